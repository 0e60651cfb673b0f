import { describe, expect, it } from 'vitest';
import { MAX_STORABLE_TIME_US, microsToDateTime64, toEventInsertRow } from './events-table';
import { frameEvent } from './testing/sample-events';

describe('microsToDateTime64', () => {
  it('formats integer microseconds exactly, without a float seconds step', () => {
    expect(microsToDateTime64(0)).toBe('1970-01-01 00:00:00.000000');
    expect(microsToDateTime64(1_763_683_200_123_457)).toBe('2025-11-21 00:00:00.123457');
    expect(microsToDateTime64(1_763_683_200_000_999)).toBe('2025-11-21 00:00:00.000999');
    expect(microsToDateTime64(MAX_STORABLE_TIME_US)).toBe('2106-02-07 06:28:15.999999');
    expect(microsToDateTime64(8_999_999_999_999_999)).toBe('2255-03-14 15:59:59.999999');
  });
});

describe('toEventInsertRow', () => {
  it('maps field names to columns and keeps values as they are', () => {
    const row = toEventInsertRow(frameEvent({ seq: 3, ci: { provider: 'github' } }), 0);
    expect(row).toMatchObject({
      session_id: 'sess-1',
      seq: 3,
      gateway_id: 'gw-1',
      jsonrpc_id: '3',
      tool_name: 'lookup_patient',
      payload_sha256: 'a'.repeat(64),
      masked_rules: ['ssn'],
      ci: { provider: 'github' },
    });
  });

  it('names the event and field that cannot be stored', () => {
    expect(() => toEventInsertRow(frameEvent({ maskedCount: -2 }), 4)).toThrow(
      'events[4].maskedCount must be an integer in [0, 4294967295]',
    );
    expect(() => toEventInsertRow(frameEvent({ time: MAX_STORABLE_TIME_US + 1 }), 0)).toThrow(
      /events\[0\]\.time/,
    );
  });
});
