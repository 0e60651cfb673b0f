import { describe, expect, it } from 'vitest';
import {
  buildCheckpoint,
  CHECKPOINT_GENESIS,
  type CheckpointSigner,
  type CheckpointStatementV2,
  checkpointDigest,
  createCheckpointSigner,
  generateCheckpointKey,
  type SessionHead,
} from './checkpoint';
import { checkCheckpointChains, type VerifiedCheckpoint } from './checkpoint-chain';
import { chainedSession } from './testing/sample-chain';
import { verifyAuditTrail } from './verify';

const EVERY_SECONDS = 10;
/** A silence of more than EVERY_SECONDS + SLACK is stale. */
const SLACK = 5;
const T0 = 1_763_683_200_000_000;
const seconds = (s: number) => s * 1_000_000;
const kinds = (problems: { kind: string }[]) => problems.map((p) => p.kind);

/** Signs checkpoints of one scope as ingest does: numbered, linked, one every EVERY_SECONDS at least. */
function scopeSigner(signer: CheckpointSigner, scope = 'raw/0') {
  const signed: { jws: string; statement: CheckpointStatementV2 }[] = [];
  let prev = CHECKPOINT_GENESIS;
  return {
    signed,
    async sign(
      issuedAt: number,
      sessions: SessionHead[] = [],
      { final = false, issuer = 'ingest-a', after = prev } = {},
    ): Promise<{ jws: string; statement: CheckpointStatementV2 }> {
      const scopeSeq = signed.filter((c) => c.statement.scope === scope).length;
      const statement = buildCheckpoint({
        issuer,
        scope,
        eventCount: sessions.length,
        issuedAt,
        sessions,
        streams: [],
        link: { scopeSeq, prev: after, everySeconds: EVERY_SECONDS, final },
      });
      const checkpoint = { jws: await signer.sign(statement), statement };
      signed.push(checkpoint);
      prev = checkpointDigest(checkpoint.jws);
      return checkpoint;
    },
  };
}

async function heartbeats(count: number) {
  const key = await generateCheckpointKey();
  const signer = await createCheckpointSigner(key.privateJwk);
  const scope = scopeSigner(signer);
  for (let i = 0; i < count; i++) await scope.sign(T0 + seconds(i * EVERY_SECONDS));
  return { key, signer, scope, newestAt: T0 + seconds((count - 1) * EVERY_SECONDS) };
}

describe('checkpoint chains', () => {
  it('accept a scope checkpointed on time, and v1 checkpoints beside it', async () => {
    const { signer, scope, newestAt } = await heartbeats(5);
    const v1 = buildCheckpoint({
      issuer: 'old',
      scope: 'raw/0',
      eventCount: 0,
      issuedAt: 1,
      sessions: [],
      streams: [],
    });
    const old = { jws: await signer.sign(v1), statement: v1 };
    expect(
      checkCheckpointChains([old, ...scope.signed], { asOf: newestAt + seconds(5), slackSeconds: SLACK }),
    ).toEqual([]);
  });

  it('report a checkpoint removed from the middle of a scope', async () => {
    const { scope } = await heartbeats(5);
    const problems = checkCheckpointChains(scope.signed.filter((c) => c.statement.scopeSeq !== 2));
    expect(problems).toEqual([
      expect.objectContaining({
        kind: 'checkpoint_gap',
        detail: expect.stringMatching(/2\.\.2 are missing/),
      }),
    ]);
  });

  it('take a checkpoint stored twice (a retried insert) as one, yet report a gap beside it and another statement with its number', async () => {
    const { signer, scope, newestAt } = await heartbeats(4);
    const [c0, c1, c2, c3] = scope.signed as [
      VerifiedCheckpoint,
      VerifiedCheckpoint,
      VerifiedCheckpoint,
      VerifiedCheckpoint,
    ];
    const asOf = newestAt + seconds(5);
    expect(checkCheckpointChains([c0, c1, c1, c2, c3, c2], { asOf, slackSeconds: SLACK })).toEqual([]);
    expect(checkCheckpointChains([c0, c1, c1, c3])).toEqual([
      expect.objectContaining({
        kind: 'checkpoint_gap',
        detail: expect.stringMatching(/2\.\.2 are missing/),
      }),
    ]);
    // Signed again with the same number instead of sent again: two statements, one number.
    const head: SessionHead = { sessionId: 's-1', seq: 0, hash: 'c'.repeat(64) };
    const resigned = scopeSigner(signer);
    resigned.signed.push(scope.signed[0] as (typeof resigned.signed)[number]);
    const first = await resigned.sign(T0 + seconds(10), [head], { after: checkpointDigest(c0.jws) });
    resigned.signed.pop();
    const second = await resigned.sign(T0 + seconds(11), [head], { after: checkpointDigest(c0.jws) });
    expect(first.statement.scopeSeq).toBe(second.statement.scopeSeq);
    expect(checkCheckpointChains([c0, first, first, second])).toEqual([
      expect.objectContaining({
        kind: 'checkpoint_gap',
        detail: expect.stringMatching(/2 different checkpoints claim number 1/),
      }),
    ]);
  });

  it('report a checkpoint that links to another predecessor than the one stored before it', async () => {
    const { scope } = await heartbeats(3);
    await scope.sign(T0 + seconds(30), [], {
      after: checkpointDigest((scope.signed[0] as VerifiedCheckpoint).jws),
    });
    expect(kinds(checkCheckpointChains(scope.signed))).toEqual(['checkpoint_gap']);
  });

  it('report a cut tail as stale when verifying as of now, and a restart over the cut as a silence', async () => {
    const { scope, newestAt } = await heartbeats(6);
    const cut = scope.signed.slice(0, 4);
    const asOf = newestAt + seconds(5);
    expect(checkCheckpointChains(scope.signed, { asOf, slackSeconds: SLACK })).toEqual([]);
    // Without the time, a cut chain is a consistent chain.
    expect(checkCheckpointChains(cut)).toEqual([]);
    expect(checkCheckpointChains(cut, { asOf, slackSeconds: SLACK })).toEqual([
      expect.objectContaining({
        kind: 'stale_checkpoints',
        detail: expect.stringMatching(/newest checkpoint \(3\) is 25 s old/),
      }),
    ]);
    // An ingest restarted over the cut continues from checkpoint 3: the silence before 4 shows.
    const key = await generateCheckpointKey();
    const resumed = scopeSigner(await createCheckpointSigner(key.privateJwk));
    resumed.signed.push(...cut);
    await resumed.sign(asOf, [], { after: checkpointDigest((cut[3] as VerifiedCheckpoint).jws) });
    expect(kinds(checkCheckpointChains(resumed.signed, { asOf, slackSeconds: SLACK }))).toEqual([
      'stale_checkpoints',
    ]);
  });

  it('do not expect checkpoints after a scope was let go, until another instance continues it', async () => {
    const { scope, newestAt } = await heartbeats(3);
    await scope.sign(newestAt + seconds(1), [], { final: true });
    const later = newestAt + seconds(3600);
    expect(checkCheckpointChains(scope.signed, { asOf: later, slackSeconds: SLACK })).toEqual([]);
    await scope.sign(later, [], { issuer: 'ingest-b' });
    expect(checkCheckpointChains(scope.signed, { asOf: later + seconds(1), slackSeconds: SLACK })).toEqual(
      [],
    );
  });

  it("accept the old owner's last heartbeat beside the new owner's checkpoint at a hand-over, not a forked checkpoint that vouches for events", async () => {
    const { signer, scope, newestAt } = await heartbeats(3);
    const base = checkpointDigest((scope.signed[2] as VerifiedCheckpoint).jws);
    const head: SessionHead = { sessionId: 's-1', seq: 4, hash: 'a'.repeat(64) };
    const orphan = await scope.sign(newestAt + seconds(10), [], { after: base });
    scope.signed.pop();
    await scope.sign(newestAt + seconds(10), [head], { issuer: 'ingest-b', after: base });
    await scope.sign(newestAt + seconds(20), [], { issuer: 'ingest-b' });
    const asOf = newestAt + seconds(21);
    expect(checkCheckpointChains([...scope.signed, orphan], { asOf, slackSeconds: SLACK })).toEqual([]);

    const other = scopeSigner(signer);
    other.signed.push(...scope.signed.slice(0, 3));
    const forged = await other.sign(newestAt + seconds(10), [{ ...head, hash: 'b'.repeat(64) }], {
      after: base,
    });
    expect(forged.statement.scopeSeq).toBe(3);
    expect(kinds(checkCheckpointChains([...scope.signed, forged], { asOf, slackSeconds: SLACK }))).toEqual([
      'checkpoint_gap',
    ]);
  });

  it('catch a tail truncation the heads alone do not: the newest checkpoint and the events after the one before it removed', async () => {
    const key = await generateCheckpointKey();
    const scope = scopeSigner(await createCheckpointSigner(key.privateJwk));
    const events = chainedSession('s-t', 6);
    const headAt = (seq: number): SessionHead => {
      const e = events[seq];
      if (e === undefined) throw new Error(`no seq ${seq}`);
      return { sessionId: e.sessionId, seq, hash: e.hash };
    };
    await scope.sign(T0, [headAt(2)]);
    await scope.sign(T0 + seconds(10), [headAt(5)]);
    const asOf = T0 + seconds(18);
    const trail = (checkpoints: VerifiedCheckpoint[], kept: number, chains: boolean) =>
      verifyAuditTrail({
        events: events.slice(0, kept),
        checkpoints: checkpoints.map((c) => c.jws),
        publicKeys: [key.publicJwk],
        checkpointChains: chains && { asOf, slackSeconds: SLACK },
      });
    expect(await trail(scope.signed, 6, true)).toMatchObject({ ok: true });
    const truncated = scope.signed.slice(0, 1);
    expect(await trail(truncated, 3, false)).toMatchObject({ ok: true });
    expect(kinds((await trail(truncated, 3, true)).problems)).toEqual(['stale_checkpoints']);
  });
});
