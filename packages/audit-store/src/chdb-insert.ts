/**
 * Inserts into embedded chDB without the HTTP client's machinery. Through `@clickhouse/client`
 * an insert encodes every row into a stream, chDB's connection reads that stream back into
 * one string, prepends `SET` statements and parses the whole text as a multi-statement query.
 * chDB's raw insert takes the body as bytes (handed to the engine without a copy) with the
 * settings in the INSERT itself, so a batch costs one `JSON.stringify` per row and nothing
 * more on the JavaScript side. The rows, format and settings are the same as the client's.
 */
import type { ClickHouseClient } from '@clickhouse/client';
import type { ChdbConnection } from 'chdb/connection';

export interface ChdbInsert {
  table: string;
  columns: readonly string[];
  /** JSONCompactEachRow lines, one per row. */
  body: Buffer;
  settings: Record<string, string>;
}

export type ChdbInserter = (insert: ChdbInsert) => Promise<void>;

const inserters = new WeakMap<ClickHouseClient, ChdbInserter>();

/** Remembers that `client` talks to this chDB connection, so inserts through it can go raw. */
export function registerChdbInserter(client: ClickHouseClient, connection: ChdbConnection): void {
  inserters.set(client, async ({ table, columns, body, settings }) => {
    try {
      await connection.chdb.rawInsert({
        table,
        columns: [...columns],
        values: body,
        format: 'JSONCompactEachRow',
        settings,
      });
    } catch (err) {
      throw asClickHouseError(err);
    }
  });
}

/** The raw inserter of a chDB-backed client; undefined for a server (HTTP) client. */
export function chdbInserterOf(client: ClickHouseClient): ChdbInserter | undefined {
  return inserters.get(client);
}

/**
 * chDB reports engine errors as `Code: N. DB::Exception: … (TYPE)`; the HTTP client reports
 * the same failure as an error with `code` N and `type` TYPE. The store classifies errors by
 * that shape (row rejection, retryable, …), so a raw insert's error is given it too.
 */
// The client's own pattern: the first `(TYPE)` after the message; a type has three capitals in a row.
const CLICKHOUSE_ERROR = /(?:Code|Error): (\d+).*Exception: .+?\(((?=[A-Z0-9_]*[A-Z]{3})[A-Z0-9_]+)\)/s;

export function asClickHouseError(err: unknown): Error {
  const message = err instanceof Error ? err.message : String(err);
  const match = CLICKHOUSE_ERROR.exec(message);
  const shaped = new Error(message, { cause: err });
  if (match) Object.assign(shaped, { code: match[1], type: match[2] });
  else if (err instanceof Error) Object.assign(shaped, { name: err.name });
  return shaped;
}
