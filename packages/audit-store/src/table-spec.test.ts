import { describe, expect, it } from 'vitest';
import { compactJsonLines, MAX_STORABLE_TIME_US, microsToDateTime64 } from './table-spec';
import { EVENTS } from './tables/events';
import { frameEvent } from './testing/sample-events';

describe('microsToDateTime64', () => {
  it('formats integer microseconds exactly, without a float seconds step', () => {
    expect(microsToDateTime64(0)).toBe('1970-01-01 00:00:00.000000');
    expect(microsToDateTime64(1_763_683_200_123_457)).toBe('2025-11-21 00:00:00.123457');
    expect(microsToDateTime64(1_763_683_200_000_999)).toBe('2025-11-21 00:00:00.000999');
    expect(microsToDateTime64(MAX_STORABLE_TIME_US)).toBe('2106-02-07 06:28:15.999999');
    expect(microsToDateTime64(8_999_999_999_999_999)).toBe('2255-03-14 15:59:59.999999');
  });

  it('gives the calendar the Date object gives: leap days, month and year ends, any time of day', () => {
    const viaDate = (micros: number) => {
      const iso = new Date(Math.floor(micros / 1000)).toISOString();
      return `${iso.slice(0, 10)} ${iso.slice(11, 23)}${String(micros % 1000).padStart(3, '0')}`;
    };
    const days = [
      '2000-02-28',
      '2000-02-29',
      '2000-03-01',
      '2100-02-28',
      '2100-03-01',
      '2024-12-31',
      '2026-01-01',
    ];
    const samples = days.flatMap((d) =>
      [0, 1, 86_399_999_999].map((us) => Date.parse(`${d}T00:00:00Z`) * 1000 + us),
    );
    let x = 12_345;
    for (let i = 0; i < 2000; i++) {
      x = (x * 1_103_515_245 + 12_345) % 2_147_483_648;
      samples.push(Math.floor((x / 2_147_483_648) * MAX_STORABLE_TIME_US));
    }
    for (const micros of samples) expect(microsToDateTime64(micros)).toBe(viaDate(micros));
  });
});

describe('the events table spec', () => {
  it('maps field names to columns and keeps values as they are', () => {
    const row = EVENTS.toInsertRow(frameEvent({ seq: 3, ci: { provider: 'github' } }), 0);
    expect(row).toMatchObject({
      session_id: 'sess-1',
      seq: 3,
      gateway_id: 'gw-1',
      jsonrpc_id: '3',
      tool_name: 'lookup_patient',
      payload_sha256: 'a'.repeat(64),
      masked_rules: ['ssn'],
      ci: { provider: 'github' },
      gateway_epoch: 3,
      round: null,
      quarantined: 0,
    });
  });

  it('reads back what it wrote, times as integer microseconds and 64-bit integers from strings', () => {
    const event = frameEvent({ seq: 5, quarantined: true, round: 2 });
    const written = EVENTS.toInsertRow(event, 0);
    const read = EVENTS.fromSelectRow({
      ...written,
      time__us: String(event.time),
      seq: String(event.seq),
      stream_seq: String(event.streamSeq),
    });
    expect(read).toEqual(event);
    expect(EVENTS.selectList).toContain('toUnixTimestamp64Micro(time) AS time__us');
  });

  it('names the event and field that cannot be stored', () => {
    expect(() => EVENTS.toInsertRow(frameEvent({ maskedCount: -2 }), 4)).toThrow(
      'events[4].maskedCount must be an integer in [0, 4294967295]',
    );
    expect(() => EVENTS.validate(frameEvent({ maskedCount: -2 }), 4)).toThrow(
      'events[4].maskedCount must be an integer in [0, 4294967295]',
    );
    expect(() => EVENTS.validate(frameEvent({ time: MAX_STORABLE_TIME_US + 1 }), 0)).toThrow(
      /events\[0\]\.time/,
    );
    expect(() => EVENTS.validate(frameEvent({}), 0)).not.toThrow();
    expect(() => EVENTS.toInsertRow(frameEvent({ time: MAX_STORABLE_TIME_US + 1 }), 0)).toThrow(
      /events\[0\]\.time/,
    );
  });
});

describe('compactJsonLines', () => {
  it('writes one JSON array per row, newline-ended, in UTF-8 whatever the characters', () => {
    const rows = [
      ['ascii', 1, null, ['a', 'b'], { k: 'v' }],
      ['Zoë Ünal · 患者 · 🩺', 'tab\there', 'quote " and \\ backslash'],
      [],
    ];
    const body = compactJsonLines(rows);
    expect(body.toString('utf8')).toBe(`${rows.map((row) => JSON.stringify(row)).join('\n')}\n`);
    expect(body.length).toBe(Buffer.byteLength(body.toString('utf8')));
    expect(compactJsonLines([]).length).toBe(0);
  });
});
