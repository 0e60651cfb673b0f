import {
  type AuditStore,
  type CheckpointRow,
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
import { type Checkpointer, type CheckpointerOptions, createCheckpointer } from './checkpointer';

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
async function instance(issuer: string, overrides: Partial<CheckpointerOptions> = {}): Promise<Checkpointer> {
  return createCheckpointer({
    signer: await createCheckpointSigner(key.privateJwk),
    issuer,
    everyEvents: 1_000_000,
    everyMs: EVERY_MS,
    store,
    nowMicros: () => Date.now() * 1000,
    ...overrides,
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

describe('retried checkpoints (chDB)', () => {
  it('send a checkpoint whose store was not acknowledged again as it was signed: a write landing late is a copy, not a fork', async () => {
    const first = await instance('ingest-1');
    await first.afterBatch('raw/0', [], [head(0)]);
    await first.flush();
    // The store takes the next checkpoint but the answer is lost, and the write lands only after the retry.
    let late: CheckpointRow | undefined;
    let lost = false;
    const flaky: CheckpointerOptions['store'] = {
      latestCheckpoints: (query) => store.latestCheckpoints(query),
      async insertCheckpoint(row) {
        if (!lost) {
          lost = true;
          late = row;
          throw new Error('timed out');
        }
        await store.insertCheckpoint(row);
        if (late !== undefined) await store.insertCheckpoint(late);
      },
    };
    const second = await instance('ingest-1', { store: flaky });
    await second.afterBatch('raw/0', [], [head(1)]);
    await expect(second.flush()).rejects.toThrow('timed out');
    await second.flush();
    const all = await stored();
    expect(all.map((c) => (c.statement.v === 2 ? c.statement.scopeSeq : -1))).toEqual([0, 1]);
    expect(await chainProblems()).toEqual([]);
  });

  it("keep checkpointing a scope whose heartbeat was stored but not emitted: the retry emits that checkpoint instead of taking it for another instance's", async () => {
    const emitted = new Set<string>();
    let failures = 0;
    const ingest = await instance('ingest-1', {
      emit: async ({ jws }) => {
        if (failures > 0) {
          failures--;
          throw new Error('broker unavailable');
        }
        emitted.add(jws);
      },
    });
    ingest.start();
    await ingest.afterBatch('raw/0', [], [head(0)]);
    await sleep(EVERY_MS * 2);
    failures = 1;
    while (failures > 0) await sleep(EVERY_MS / 2);
    await sleep(EVERY_MS * 3);
    await ingest.stop();
    await ingest.flush();
    const all = await stored();
    expect(all.filter((c) => !emitted.has(c.jws))).toEqual([]);
    expect(all.at(-1)).toMatchObject({ statement: { final: true } });
    expect(await chainProblems()).toEqual([]);
  });
});
