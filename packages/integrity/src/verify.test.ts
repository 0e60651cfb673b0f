import { describe, expect, it } from 'vitest';
import { chainHash } from './chain';
import type { StoredChainEvent } from './chained-event';
import { buildCheckpoint, createCheckpointSigner, generateCheckpointKey } from './checkpoint';
import { chainedSession } from './testing/sample-chain';
import { verifyAuditTrail, verifySessionChain } from './verify';

const kinds = (problems: { kind: string }[]) => problems.map((p) => p.kind);

function at<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`no item ${index}`);
  return item;
}

describe('verifySessionChain', () => {
  it('accepts an intact chain in any order', () => {
    expect(verifySessionChain(chainedSession('s', 6).reverse())).toEqual([]);
  });

  it('detects a modified event', () => {
    const events = chainedSession('s', 4);
    events[2] = { ...at(events, 2), toolName: 'delete_patient' };
    expect(verifySessionChain(events)).toEqual([expect.objectContaining({ kind: 'modified', seq: 2 })]);
  });

  it('detects a deleted event as a gap, and a deleted first event', () => {
    const events = chainedSession('s', 5);
    expect(verifySessionChain(events.filter((e) => e.seq !== 2))).toEqual([
      expect.objectContaining({ kind: 'deleted', from: 2, to: 2 }),
    ]);
    expect(kinds(verifySessionChain(events.slice(1)))).toEqual(['deleted']);
  });

  it('detects an inserted event, also one re-linked to look right', () => {
    const events = chainedSession('s', 3);
    const extra = { ...at(events, 1), eventId: 'forged' };
    extra.hash = chainHash(extra.prevHash, extra);
    expect(kinds(verifySessionChain([...events, extra]))).toContain('inserted');
  });

  it('detects reordered events (seq values swapped)', () => {
    const events = chainedSession('s', 5);
    const swapped: StoredChainEvent[] = events.map((e) =>
      e.seq === 2 ? { ...e, seq: 3 } : e.seq === 3 ? { ...e, seq: 2 } : e,
    );
    const found = kinds(verifySessionChain(swapped));
    expect(found).toContain('reordered');
    expect(found).toContain('modified');
  });
});

describe('verifyAuditTrail', () => {
  async function signedTrail() {
    const key = await generateCheckpointKey();
    const signer = await createCheckpointSigner(key.privateJwk);
    // Two sessions share one gateway stream: a at even positions, b at odd ones.
    const a = chainedSession('s-a', 4, { start: 0, step: 2 });
    const b = chainedSession('s-b', 4, { start: 1, step: 2 });
    const head = (events: StoredChainEvent[]) => {
      const last = at(events, events.length - 1);
      return { sessionId: last.sessionId, seq: last.seq, hash: last.hash };
    };
    const jws = await signer.sign(
      buildCheckpoint({
        issuer: 'ingest-a',
        scope: 'raw/0',
        eventCount: 8,
        issuedAt: 1,
        sessions: [head(a), head(b)],
        streams: [{ gatewayId: 'gw-1', epoch: 1, streamSeq: 7 }],
      }),
    );
    return { a, b, checkpoints: [jws], publicKeys: [key.publicJwk] };
  }

  it('passes an intact trail and counts what it checked', async () => {
    const { a, b, checkpoints, publicKeys } = await signedTrail();
    const report = await verifyAuditTrail({
      events: [...a, ...b],
      checkpoints,
      publicKeys,
      checkStreams: true,
    });
    expect(report).toEqual({
      ok: true,
      sessions: 2,
      events: 8,
      checkpoints: 1,
      problems: [],
      signedThrough: new Map([
        ['s-a', 3],
        ['s-b', 3],
      ]),
    });
  });

  it('detects a whole missing session through the checkpoint and the gateway stream', async () => {
    const { a, checkpoints, publicKeys } = await signedTrail();
    const report = await verifyAuditTrail({ events: a, checkpoints, publicKeys, checkStreams: true });
    expect(report.ok).toBe(false);
    expect(report.problems).toContainEqual(
      expect.objectContaining({ kind: 'missing_session', sessionId: 's-b' }),
    );
    expect(report.problems.filter((p) => p.kind === 'stream_gap').map((p) => [p.from, p.to])).toEqual([
      [1, 1],
      [3, 3],
      [5, 5],
      [7, 7],
    ]);
  });

  it('detects a truncated tail and a chain rewritten after the checkpoint', async () => {
    const { a, b, checkpoints, publicKeys } = await signedTrail();
    const truncated = await verifyAuditTrail({ events: [...a.slice(0, 3), ...b], checkpoints, publicKeys });
    expect(truncated.problems).toContainEqual(
      expect.objectContaining({ kind: 'deleted', sessionId: 's-a', seq: 3 }),
    );
    // Rewritten consistently (every hash recomputed): only the signed head gives it away.
    const rewritten = chainedSession('s-b', 4, { start: 1, step: 2 }).map((e) => e);
    const edited = rewritten.map((e) => ({ ...e, subject: 'mallory@example.com' }));
    let prev = edited[0]?.prevHash ?? '';
    for (const e of edited) {
      e.prevHash = prev;
      e.hash = chainHash(prev, e);
      prev = e.hash;
    }
    const report = await verifyAuditTrail({ events: [...a, ...edited], checkpoints, publicKeys });
    expect(kinds(report.problems)).toEqual(['checkpoint_mismatch']);
  });

  it('reports a checkpoint that does not verify, and skips sessions outside the ones asked about', async () => {
    const { a, checkpoints } = await signedTrail();
    const other = await generateCheckpointKey();
    const report = await verifyAuditTrail({
      events: a,
      checkpoints,
      publicKeys: [other.publicJwk],
      sessions: new Set(['s-a']),
    });
    expect(kinds(report.problems)).toEqual(['checkpoint_invalid']);
    // Chains are a function of the events, so a second signing run checkpoints the same heads.
    const { checkpoints: good, publicKeys } = await signedTrail();
    const scoped = await verifyAuditTrail({
      events: a,
      checkpoints: good,
      publicKeys,
      sessions: new Set(['s-a']),
    });
    expect(scoped).toMatchObject({ ok: true, problems: [] });
    const unscoped = await verifyAuditTrail({ events: a, checkpoints: good, publicKeys });
    expect(kinds(unscoped.problems)).toEqual(['missing_session']);
  });
});
