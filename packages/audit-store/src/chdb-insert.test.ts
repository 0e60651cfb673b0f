import type { ClickHouseClient } from '@clickhouse/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asClickHouseError, chdbInserterOf } from './chdb-insert';
import { createClickHouseAuditStore } from './clickhouse-audit-store';
import { createClickHouseClient } from './clickhouse-client';
import { AuditStoreQueryError, toAuditStoreError } from './errors';
import { migrate } from './migrations';
import { chdbTestPath, freshDatabaseName, removeChdbTestPath } from './testing/chdb-fixture';
import { frameEvent } from './testing/sample-events';

let client: ClickHouseClient;
let database: string;

beforeAll(async () => {
  client = createClickHouseClient({ chdbPath: chdbTestPath() });
  database = freshDatabaseName();
  await migrate(client, { database });
});
afterAll(async () => {
  await client.close();
  removeChdbTestPath();
});

async function failure(work: Promise<unknown>): Promise<AuditStoreQueryError> {
  const error = await work.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(error).toBeInstanceOf(AuditStoreQueryError);
  return error as AuditStoreQueryError;
}

describe('inserts into embedded chDB', () => {
  it('go through the raw insert of a chDB client, never of a server client', () => {
    expect(chdbInserterOf(client)).toBeTypeOf('function');
    expect(chdbInserterOf(createClickHouseClient({ url: 'http://127.0.0.1:8123' }))).toBeUndefined();
  });

  it('report a value ClickHouse cannot parse with its code and type, as the HTTP client does', async () => {
    const insert = chdbInserterOf(client);
    const error = await failure(
      (async () => {
        try {
          await insert?.({
            table: `${database}.masking_matches`,
            columns: ['event_id', 'session_id', 'seq'],
            body: Buffer.from('["e1","s1","not a number"]\n'),
            settings: { insert_deduplication_token: 'parse-failure' },
          });
        } catch (err) {
          // What the store does with every failure.
          throw toAuditStoreError(err, { operation: 'insert into masking_matches', target: 'chDB' });
        }
      })(),
    );
    expect(error.clickhouseCode).toMatch(/^\d+$/);
    expect(error.clickhouseType).toMatch(/^CANNOT_PARSE|INCORRECT_DATA/);
    expect(error.retryable).toBe(false);
  });

  it('report a missing table as UNKNOWN_TABLE, not as a refused row', async () => {
    const empty = freshDatabaseName();
    await client.command({ query: `CREATE DATABASE ${empty}` });
    const store = createClickHouseAuditStore({ client, database: empty });
    const error = await failure(store.insertEvents([frameEvent({})]));
    expect(error.clickhouseCode).toBe('60');
    expect(error.clickhouseType).toBe('UNKNOWN_TABLE');
  });

  it('keep the original text of an error without a ClickHouse code, with no code invented', () => {
    const shaped = asClickHouseError(new Error('ChdbConnection is closed'));
    expect(shaped.message).toBe('ChdbConnection is closed');
    expect((shaped as { code?: unknown }).code).toBeUndefined();
  });
});
