import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ClickHouseClient, ClickHouseSettings } from '@clickhouse/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClickHouseAuditStore } from './clickhouse-audit-store';
import { DEFAULT_MIGRATIONS_DIR, loadMigrations, migrate } from './migrations';
import type { CheckpointRow } from './tables/checkpoints';
import { freshDatabaseName, openTestClient, removeChdbTestPath, selectRows } from './testing/chdb-fixture';

let client: ClickHouseClient;

beforeAll(() => {
  client = openTestClient();
});
afterAll(async () => {
  await client.close();
  removeChdbTestPath();
});

/** A checkpoint row whose JWS carries the statement's number (the store reads it, never the signature). */
function checkpoint(scope: string, scopeSeq: number | undefined, issuedAt: number): CheckpointRow {
  const statement = scopeSeq === undefined ? { v: 1, scope } : { v: 2, scope, scopeSeq };
  const id = `${scope}#${scopeSeq ?? 'v1'}@${issuedAt}`;
  return {
    checkpointId: id,
    issuedAt,
    issuer: 'ingest-a',
    scope,
    keyId: 'k1',
    eventCount: 0,
    sessionIds: [],
    jws: `eyJhbGciOiJFZERTQSJ9.${Buffer.from(JSON.stringify({ id, ...statement })).toString('base64url')}.c2ln`,
  };
}

/** The store over `database`, recording every query it sends. */
function recordingStore(database: string) {
  const sent: { query: string; params: Record<string, unknown>; settings: ClickHouseSettings }[] = [];
  const recording = new Proxy(client, {
    get(target, name, receiver) {
      if (name !== 'query') return Reflect.get(target, name, receiver);
      return (args: Parameters<ClickHouseClient['query']>[0]) => {
        sent.push({
          query: args.query,
          params: (args.query_params ?? {}) as Record<string, unknown>,
          settings: args.clickhouse_settings ?? {},
        });
        return target.query(args);
      };
    },
  });
  return { store: createClickHouseAuditStore({ client: recording, database }), sent };
}

/** The part of the table a query reads, from its plan. */
async function readsFrom(sent: {
  query: string;
  params: Record<string, unknown>;
  settings: ClickHouseSettings;
}) {
  const plan = await client.query({
    query: `EXPLAIN ${sent.query}`,
    query_params: sent.params,
    clickhouse_settings: sent.settings,
    format: 'JSONEachRow',
  });
  const lines = (await plan.json<{ explain: string }>()).map((row) => row.explain);
  return lines.flatMap((line) => /ReadFromMergeTree \(([^)]+)\)/.exec(line)?.[1] ?? []);
}

describe('checkpoints by scope (migration 0016)', () => {
  it("numbers checkpoints stored before the migration from their own statements, and reads a scope's chain from the copy sorted by scope and number", async () => {
    const database = freshDatabaseName();
    // Up to 0015 first: checkpoints stored by a version without the column.
    const before = await mkdtemp(join(tmpdir(), 'proctor-migrations-'));
    for (const m of (await loadMigrations()).filter((m) => m.version < 16))
      await symlink(join(DEFAULT_MIGRATIONS_DIR, m.file), join(before, m.file));
    await migrate(client, { database, migrationsDir: before });
    await rm(before, { recursive: true });
    const { store, sent } = recordingStore(database);
    const T = 1_763_683_200_000_000;
    // Issue times out of number order (two instances' clocks), a version 1 checkpoint, two scopes.
    const old = [
      checkpoint('raw/0', undefined, T),
      checkpoint('raw/0', 0, T + 30),
      checkpoint('raw/0', 1, T + 20),
      checkpoint('raw/1', 0, T + 10),
    ];
    for (const row of old) await store.insertCheckpoint(row);
    expect((await migrate(client, { database })).applied).toContain(16);
    for (const row of [checkpoint('raw/0', 2, T + 40), checkpoint('raw/1', 1, T + 50)])
      await store.insertCheckpoint(row);

    const numbered = await selectRows<{ scope: string; scope_seq: number }>(
      client,
      `SELECT scope, scope_seq FROM ${database}.checkpoints ORDER BY scope, scope_seq`,
    );
    expect(numbered.map((r) => `${r.scope}:${r.scope_seq}`)).toEqual([
      'raw/0:-1',
      'raw/0:0',
      'raw/0:1',
      'raw/0:2',
      'raw/1:0',
      'raw/1:1',
    ]);

    sent.length = 0;
    const first = await store.scanCheckpoints({ limit: 3 });
    const last = first.at(-1);
    if (last === undefined) throw new Error('nothing scanned');
    const rest = await store.scanCheckpoints({ after: last, limit: 3 });
    expect([...first, ...rest].map((c) => `${c.scope}:${c.scopeSeq}`)).toEqual(
      numbered.map((r) => `${r.scope}:${r.scope_seq}`),
    );
    const latest = await store.latestCheckpoints({ scope: 'raw/0', perScope: 2 });
    expect(latest.map((c) => c.checkpointId)).toEqual([`raw/0#2@${T + 40}`, `raw/0#1@${T + 20}`]);

    expect(sent).toHaveLength(3);
    for (const query of sent) expect(await readsFrom(query)).toEqual(['checkpoints_by_scope']);
  });
});
