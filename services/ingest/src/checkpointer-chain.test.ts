import {
  type AuditStore,
  createClickHouseAuditStore,
  createClickHouseClient,
  migrate,
} from '@proctor/audit-store';
import { chdbTestPath, freshDatabaseName, removeChdbTestPath } from '@proctor/audit-store/testing';
import {
  type CheckpointKeyPair,
  createCheckpointSigner,
  generateCheckpointKey,
  readCheckpointStatement,
  type SessionHead,
  verifyAuditTrail,
} from '@proctor/integrity';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { type Checkpointer, createCheckpointer } from './checkpointer';

const EVERY_MS = 100;
let store: AuditStore;
let key: CheckpointKeyPair;

beforeEach(async () => {
  const database = freshDatabaseName();
  const admin = createClickHouseClient({ chdbPath: chdbTestPath() });
  await migrate(admin, { database });
  await admin.close();
  store = createClickHouseAuditStore({
    client: createClickHouseClient({ chdbPath: chdbTestPath() }),
    database,
  });
  key = await generateCheckpointKey();
  return () => store.close();
});
afterAll(() => removeChdbTestPath());

/** One ingest instance's checkpointer on the shared store. */
async function instance(issuer: string): Promise<Checkpointer> {
  return createCheckpointer({
    signer: await createCheckpointSigner(key.privateJwk),
    issuer,
    everyEvents: 1_000_000,
    everyMs: EVERY_MS,
    store,
    nowMicros: () => Date.now() * 1000,
  });
}

const head = (seq: number): SessionHead => ({ sessionId: 's-1', seq, hash: String(seq % 10).repeat(64) });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function stored() {
  const rows = (await store.listCheckpoints()).filter((r) => r.scope === 'raw/0');
  return rows.map((r) => ({ issuer: r.issuer, statement: readCheckpointStatement(r.jws), jws: r.jws }));
}

/** The scope chains of every stored checkpoint, as of now. */
async function chainProblems() {
  const report = await verifyAuditTrail({
    events: [],
    checkpoints: (await store.listCheckpoints()).map((r) => r.jws),
    publicKeys: [key.publicJwk],
    sessions: new Set(),
    checkpointChains: { asOf: Date.now() * 1000, slackSeconds: 2 },
  });
  return report.problems;
}

describe('chains of checkpoints across ingest instances (chDB)', () => {
  it('continue after a clean restart and after a crash, from the checkpoints in the store', async () => {
    const first = await instance('ingest-1');
    await first.afterBatch('raw/0', [], [head(0)]);
    await first.flush();
    const afterStop = await stored();
    expect(afterStop.map((c) => c.statement)).toEqual([
      expect.objectContaining({ v: 2, scopeSeq: 0, final: true, sessions: [head(0)] }),
    ]);

    const second = await instance('ingest-2');
    second.start();
    await second.afterBatch('raw/0', [], [head(1)]);
    await sleep(EVERY_MS * 3);
    // A crash: the timer stops, no final checkpoint.
    await second.stop();
    const third = await instance('ingest-3');
    await third.afterBatch('raw/0', [], [head(2)]);
    await third.flush();

    const all = await stored();
    expect(all.map((c) => (c.statement.v === 2 ? c.statement.scopeSeq : -1))).toEqual(all.map((_, i) => i));
    expect(all.at(-1)).toMatchObject({ issuer: 'ingest-3', statement: { final: true } });
    expect(await chainProblems()).toEqual([]);
  });

  it("hand a scope over without a break or a silence: the old holder stops once it sees the new holder's checkpoint", async () => {
    const old = await instance('ingest-old');
    old.start();
    try {
      await old.afterBatch('raw/0', [], [head(0)]);
      await sleep(EVERY_MS * 3);
      // The partition moved: the new holder's first batch continues the scope's chain.
      const successor = await instance('ingest-new');
      successor.start();
      await successor.afterBatch('raw/0', [], [head(1)]);
      await sleep(EVERY_MS * 4);
      const all = await stored();
      const firstOfNew = all.findIndex((c) => c.issuer === 'ingest-new');
      // At most one heartbeat of the old holder after the new holder's first checkpoint.
      expect(all.slice(firstOfNew).filter((c) => c.issuer === 'ingest-old').length).toBeLessThanOrEqual(1);
      expect(all.slice(firstOfNew + 2).every((c) => c.issuer === 'ingest-new')).toBe(true);
      expect(await chainProblems()).toEqual([]);
      await successor.stop();
    } finally {
      await old.stop();
    }
  });
});
