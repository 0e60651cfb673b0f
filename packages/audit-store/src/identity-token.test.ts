import { describe, expect, it } from 'vitest';
import { identityToken } from './clickhouse-audit-store';
import type { CheckpointRow } from './tables/checkpoints';

function checkpoint(checkpointId: string): CheckpointRow {
  return {
    checkpointId,
    issuedAt: 1_764_000_000_000,
    issuer: 'ingest-a',
    scope: 'partition:0',
    keyId: 'k1',
    eventCount: 1000,
    sessionIds: ['s1'],
    jws: `header.${checkpointId}.signature`,
  };
}

describe('identityToken', () => {
  it('gives each checkpoint its own token, and a retried one the same', () => {
    const first = identityToken('checkpoints', [checkpoint('cp-1')]);
    expect(identityToken('checkpoints', [checkpoint('cp-2')])).not.toBe(first);
    expect(identityToken('checkpoints', [checkpoint('cp-1')])).toBe(first);
  });

  it('keys event rows by session, seq and event id', () => {
    const row = { sessionId: 's1', seq: 1, eventId: 'e1' };
    expect(identityToken('events', [row])).toBe(identityToken('events', [{ ...row }]));
    expect(identityToken('events', [{ ...row, seq: 2 }])).not.toBe(identityToken('events', [row]));
  });
});
