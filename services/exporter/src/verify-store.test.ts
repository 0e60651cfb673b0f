import type { ClickHouseClient } from '@clickhouse/client';
import { type AuditStore, createClickHouseAuditStore, migrate, type StoredEvent } from '@proctor/audit-store';
import { freshDatabaseName, openTestClient, removeChdbTestPath } from '@proctor/audit-store/testing';
import {
  CHECKPOINT_GENESIS,
  type CheckpointKeyPair,
  checkpointDigest,
  generateCheckpointKey,
  linkEvents,
} from '@proctor/integrity';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { chainedEvent } from '../../../packages/integrity/src/testing/sample-chain';
import { runProctor } from '../../../test/harness/proctor-cli';
import { storeSignedCheckpoint } from './testing-checkpoints';
import { verifyStore } from './verify-store';

let client: ClickHouseClient;
let store: AuditStore;
let database: string;
let key: CheckpointKeyPair;

/** A linked session of `length` events on gateway stream gw-1/1 from `streamStart`. */
function session(sessionId: string, length: number, streamStart: number): StoredEvent[] {
  return linkEvents(
    undefined,
    Array.from({ length }, (_, seq) => chainedEvent(sessionId, seq, { streamSeq: streamStart + seq })),
  ) as StoredEvent[];
}

function checkpoint(id: string, sessions: StoredEvent[][], signWith = key): Promise<string> {
  const heads = sessions.map((events) => events[events.length - 1] as StoredEvent);
  const top = Math.max(...heads.map((h) => h.streamSeq ?? 0));
  return storeSignedCheckpoint(store, signWith, {
    id,
    heads,
    streams: [{ gatewayId: 'gw-1', epoch: 1, streamSeq: top }],
  });
}

const verify = (extra: { from?: number; to?: number; asOf?: number; slackSeconds?: number } = {}) =>
  verifyStore({ client, database, store, publishedKeys: [key.publicJwk], pageSize: 3, ...extra });

beforeEach(async () => {
  client ??= openTestClient();
  key ??= await generateCheckpointKey();
  database = freshDatabaseName();
  await migrate(client, { database });
  store = createClickHouseAuditStore({ client, database });
  const a = session('s-a', 5, 0);
  const b = session('s-b', 4, 5);
  const c = session('s-c', 3, 9);
  // Stored twice, in other batches: copies are not problems.
  await store.insertEvents([...a, ...b]);
  await store.insertEvents([...c, ...a.slice(1, 3)]);
  await checkpoint('cp-1', [a, b, c]);
});

afterAll(async () => {
  await client?.close();
  removeChdbTestPath();
});

/** `count` heartbeats of `scope`, one every 10 s, the newest 10 s before `asOf`, ids hb-000…. */
async function storeHeartbeats(scope: string, count: number, asOf: number): Promise<void> {
  let prev = CHECKPOINT_GENESIS;
  for (let n = 0; n < count; n++) {
    const jws = await storeSignedCheckpoint(store, key, {
      id: `hb-${String(n).padStart(3, '0')}`,
      heads: [],
      scope,
      issuedAt: asOf - (count - n) * 10_000_000,
      link: { scopeSeq: n, prev, everySeconds: 10, final: false },
    });
    prev = checkpointDigest(jws);
  }
}

/** A stored checkpoint row as written, to store it again. */
async function storedRow(checkpointId: string) {
  const [row] = (await store.listCheckpoints({ limit: 100_000 })).filter(
    (r) => r.checkpointId === checkpointId,
  );
  if (row === undefined) throw new Error(`no checkpoint ${checkpointId}`);
  return row;
}

const mutate = (sql: string) => client.command({ query: sql, clickhouse_settings: { mutations_sync: '1' } });

describe('proctor verify --store', () => {
  it('finds a clean store clean, reading it in pages', async () => {
    const progress: number[] = [];
    const report = await verifyStore({
      client,
      database,
      store,
      publishedKeys: [key.publicJwk],
      pageSize: 4,
      onProgress: (n) => progress.push(n),
    });
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ ok: true, sessions: 3, events: 12, checkpoints: 1 });
    expect(progress.length).toBeGreaterThan(2);
  });

  it('names a modified event, a deleted one and a whole session dropped from the gateway stream', async () => {
    await mutate(
      `ALTER TABLE ${database}.events UPDATE payload = '{"x":1}' WHERE session_id = 's-a' AND seq = 2`,
    );
    await mutate(`ALTER TABLE ${database}.events DELETE WHERE session_id = 's-b' AND seq = 1`);
    await mutate(`ALTER TABLE ${database}.events DELETE WHERE session_id = 's-c'`);
    const report = await verify();
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'modified', sessionId: 's-a', seq: 2 }),
        expect.objectContaining({ kind: 'deleted', sessionId: 's-b', from: 1, to: 1 }),
        expect.objectContaining({ kind: 'missing_session', sessionId: 's-c' }),
        expect.objectContaining({ kind: 'stream_gap', gatewayId: 'gw-1', epoch: 1, from: 6, to: 6 }),
        expect.objectContaining({ kind: 'stream_gap', gatewayId: 'gw-1', epoch: 1, from: 9, to: 11 }),
      ]),
    );
  });

  it('names a second stored copy of an event whose content differs, whichever copy a read would pick', async () => {
    // Inserted beside the original with the same key: a ReplacingMergeTree keeps the later copy on merge.
    for (const copy of [`'{"forged":1}' AS payload`, `'frame-x' AS type`]) {
      await client.command({
        query: `INSERT INTO ${database}.events SELECT * REPLACE (${copy}) FROM ${database}.events
                WHERE session_id = 's-a' AND seq = 2 LIMIT 1`,
      });
    }
    const report = await verify();
    expect(report.ok).toBe(false);
    expect(report.problems).toContainEqual(
      expect.objectContaining({
        kind: 'modified',
        sessionId: 's-a',
        seq: 2,
        detail: expect.stringMatching(/stored more than once with different content/),
      }),
    );
    expect(report.events).toBe(12);
  });

  it('names an inserted event and a checkpoint signed by a key that is not the published one', async () => {
    const a = session('s-a', 5, 0);
    const forged = { ...(a[3] as StoredEvent), eventId: 's-a-forged', payload: '{"forged":true}' };
    await store.insertEvents([forged]);
    await checkpoint('cp-forged', [a], await generateCheckpointKey());
    const report = await verify();
    expect(report.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'inserted', sessionId: 's-a', seq: 3 }),
        expect.objectContaining({ kind: 'checkpoint_invalid' }),
      ]),
    );
    expect(report.checkpoints).toBe(1);
  });

  it("checks each scope's chain of checkpoints: one removed from the middle, and the newest removed as of a later time", async () => {
    // Heartbeats of scope raw/1, one every 10 s, the newest 10 s before the verification.
    const asOf = Date.parse('2026-01-05T12:00:00Z') * 1000;
    let prev = CHECKPOINT_GENESIS;
    for (const n of [0, 1, 2]) {
      const jws = await storeSignedCheckpoint(store, key, {
        id: `hb-${n}`,
        heads: [],
        scope: 'raw/1',
        issuedAt: asOf - (3 - n) * 10_000_000,
        link: { scopeSeq: n, prev, everySeconds: 10, final: false },
      });
      prev = checkpointDigest(jws);
    }
    const chains = (problems: { kind: string }[]) =>
      problems
        .filter((p) => p.kind === 'checkpoint_gap' || p.kind === 'stale_checkpoints')
        .map((p) => p.kind);
    expect(await verify({ asOf, slackSeconds: 2 })).toMatchObject({ ok: true, problems: [] });
    await mutate(`ALTER TABLE ${database}.checkpoints DELETE WHERE checkpoint_id = 'hb-2'`);
    expect(await verify({})).toMatchObject({ ok: true });
    expect(chains((await verify({ asOf, slackSeconds: 2 })).problems)).toEqual(['stale_checkpoints']);
    await mutate(`ALTER TABLE ${database}.checkpoints DELETE WHERE checkpoint_id = 'hb-1'`);
    expect(chains((await verify({ asOf: asOf - 10_000_000, slackSeconds: 30 })).problems)).toEqual([]);
    await storeSignedCheckpoint(store, key, {
      id: 'hb-2',
      heads: [],
      scope: 'raw/1',
      issuedAt: asOf - 10_000_000,
      link: { scopeSeq: 2, prev, everySeconds: 10, final: false },
    });
    // Checkpoint 2 does not link to checkpoint 0, and 20 s passed between them.
    expect(chains((await verify({ asOf, slackSeconds: 2 })).problems)).toEqual([
      'checkpoint_gap',
      'stale_checkpoints',
    ]);
  });

  it('follows a long chain of checkpoints page by page, never holding more than a page: a copy is one checkpoint, a removed one a gap', async () => {
    const count = 120;
    const page = 25;
    const asOf = Date.parse('2026-01-05T12:00:00Z') * 1000;
    await storeHeartbeats('raw/2', count, asOf);
    // A retried insert: the same checkpoint stored twice, on either side of a page boundary.
    await store.insertCheckpoint({ ...(await storedRow('hb-049')) });
    const reads: number[] = [];
    const counting: typeof store = {
      ...store,
      scanCheckpoints: async (query) => {
        const found = await store.scanCheckpoints(query);
        reads.push(found.length);
        return found;
      },
    };
    const run = () =>
      verifyStore({
        client,
        database,
        store: counting,
        publishedKeys: [key.publicJwk],
        pageSize: 3,
        checkpointPageSize: page,
        asOf,
        slackSeconds: 2,
      });
    expect(await run()).toMatchObject({ ok: true, checkpoints: count + 1, problems: [] });
    expect(reads.length).toBeGreaterThanOrEqual(Math.ceil((count + 2) / page));
    expect(Math.max(...reads)).toBeLessThanOrEqual(page);

    await mutate(`ALTER TABLE ${database}.checkpoints DELETE WHERE checkpoint_id = 'hb-075'`);
    reads.length = 0;
    const cut = await run();
    expect(cut.problems.map((p) => p.kind)).toEqual(['checkpoint_gap', 'stale_checkpoints']);
    expect(cut.problems[0]?.detail).toMatch(/75\.\.75 are missing/);
    expect(Math.max(...reads)).toBeLessThanOrEqual(page);
  });

  it("names a checkpoint whose unsigned scope column was changed, which moved it out of its scope's chain", async () => {
    const asOf = Date.parse('2026-01-05T12:00:00Z') * 1000;
    await storeHeartbeats('raw/3', 3, asOf);
    expect(await verify({})).toMatchObject({ ok: true });
    await mutate(`ALTER TABLE ${database}.checkpoints UPDATE scope = 'raw/9' WHERE checkpoint_id = 'hb-001'`);
    const report = await verify({});
    expect(report.problems.map((p) => p.kind).sort()).toEqual(['checkpoint_gap', 'checkpoint_invalid']);
    expect(report.problems.find((p) => p.kind === 'checkpoint_invalid')?.detail).toMatch(
      /hb-001: its stored scope/,
    );
  });

  it('refuses a reversed or empty range instead of reporting nothing checked as clean', async () => {
    await expect(verify({ from: 2_000_000, to: 1_000_000 })).rejects.toMatchObject({ code: 'BAD_RANGE' });
    await expect(verify({ from: 1_000_000, to: 1_000_000 })).rejects.toThrow(/--to must be after --from/);
  });

  it('checks only the events of a time range, without calling the cut edges gaps', async () => {
    const base = (session('s-a', 1, 0)[0] as StoredEvent).time;
    const report = await verify({ from: base + 1000, to: base + 3000 });
    expect(report.problems).toEqual([]);
    expect(report.events).toBe(6);
  });

  it('on the command line: --from and --as-of go with --store, and a bundle and --store are not both given', async () => {
    const both = await runProctor(['verify', 'x.bundle', '--store']);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/give a bundle file or --store, not both/);
    const range = await runProctor(['verify', '--store', '--from', 'yesterday']);
    expect(range.code).toBe(2);
    expect(range.stderr).toMatch(/--from: not an ISO-8601 time/);
    const asOf = await runProctor(['verify', '--store', '--as-of', 'soon']);
    expect(asOf.code).toBe(2);
    expect(asOf.stderr).toMatch(/--as-of: not an ISO-8601 time/);
    const bundleAsOf = await runProctor(['verify', 'x.bundle', '--as-of', '2026-01-05T12:00:00Z']);
    expect(bundleAsOf.code).toBe(2);
    expect(bundleAsOf.stderr).toMatch(/--from, --to and --as-of go with --store/);
  });
});
