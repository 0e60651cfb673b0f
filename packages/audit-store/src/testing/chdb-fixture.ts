import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ClickHouseClient } from '@clickhouse/client';
import { createClickHouseClient } from '../clickhouse-client';

/**
 * Test isolation for chDB. libchdb binds one data path per process, so every test file (each
 * runs in its own forked process) gets one temporary path, and every test a fresh database
 * in it. The path is kept on globalThis so a re-evaluated module in the same process still
 * finds the path the native library is bound to.
 */
const PATH_KEY = Symbol.for('proctor.audit-store.test-chdb-path');

export function chdbTestPath(): string {
  const holder = globalThis as { [PATH_KEY]?: string };
  let path = holder[PATH_KEY];
  if (path === undefined) {
    path = mkdtempSync(join(tmpdir(), 'proctor-chdb-test-'));
    holder[PATH_KEY] = path;
  }
  return path;
}

/**
 * Deletes the file's chDB data once its clients are closed (call from afterAll). The test
 * runner ends worker processes without a normal exit, so an exit hook would not run.
 */
export function removeChdbTestPath(): void {
  const path = (globalThis as { [PATH_KEY]?: string })[PATH_KEY];
  if (path !== undefined) rmSync(path, { recursive: true, force: true });
}

export function freshDatabaseName(): string {
  return `test_${randomUUID().replaceAll('-', '')}`;
}

export function openTestClient(): ClickHouseClient {
  return createClickHouseClient({ chdbPath: chdbTestPath() });
}

/** Runs a read and returns its rows: for assertions that look under the store's API. */
export async function selectRows<T>(
  client: ClickHouseClient,
  query: string,
  params: Record<string, unknown> = {},
): Promise<T[]> {
  const result = await client.query({ query, query_params: params, format: 'JSONEachRow' });
  return result.json<T>();
}

/** The daily_masking view of `database`: each identifier type with its count of distinct matches. */
export async function dailyMaskingCounts(
  client: ClickHouseClient,
  database: string,
): Promise<[string, number][]> {
  const rows = await selectRows<{ identifier_type: string; n: string }>(
    client,
    `SELECT identifier_type, uniqExactMerge(matches) AS n FROM ${database}.daily_masking
     GROUP BY identifier_type ORDER BY identifier_type`,
  );
  return rows.map((row) => [row.identifier_type, Number(row.n)]);
}
