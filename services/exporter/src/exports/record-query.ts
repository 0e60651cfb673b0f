/**
 * Reads one kind of audit record in (time, key) order with a keyset cursor, scoped to the
 * caller's tenants, without FINAL: duplicates an unmerged ReplacingMergeTree still holds are
 * dropped with LIMIT 1 BY the row identity, or, for events, read in order from their
 * time-ordered projection and dropped as adjacent copies, so a page costs its own rows.
 */
import type { ClickHouseClient } from '@clickhouse/client';
import { ProctorError } from '@proctor/errors';
import type { FilterName, RecordKind } from './record-kinds';

export class ExportQueryError extends ProctorError<'BAD_EXPORT_QUERY'> {
  constructor(message: string) {
    super(message, { code: 'BAD_EXPORT_QUERY', httpStatus: 400, retryable: false });
  }
}

export interface RecordQuery {
  tenants: readonly string[];
  /** Microseconds since the epoch: from inclusive, to exclusive. */
  from?: number;
  to?: number;
  filters: Partial<Record<FilterName, string>>;
  /** CI claims (events only): claim name → value. */
  ci?: Record<string, string>;
  cursor?: string;
  limit: number;
  /**
   * Bytes a page may carry (of kinds with large rows): a page ends before the record that would
   * pass it, though it always holds one. `limit` records of megabytes each would otherwise be
   * read into memory at once.
   */
  maxBytes?: number;
}

export interface RecordPage {
  rows: Record<string, unknown>[];
  nextCursor: string | null;
}

/**
 * The JSON shapes every read asks for, as the audit store's reads do: 64-bit integers as strings
 * (a ClickHouse server's default; chDB keeps a setting once any read of the process set it).
 */
const READ_SETTINGS = { output_format_json_quote_64bit_integers: 1 } as const;

/** One page of records. */
export async function readRecordPage(
  client: ClickHouseClient,
  database: string,
  kind: RecordKind,
  query: RecordQuery,
): Promise<RecordPage> {
  const { where, params } = conditions(kind, query);
  const keys = kind.keyColumns.join(', ');
  const order = `time, ${keys}`;
  // Events read in order from the time-ordered projection and stopped at the limit (LIMIT BY
  // would make ClickHouse read to the end): copies of one event carry the same time and key, so
  // they are adjacent and the later ones are dropped below. Other kinds drop them with LIMIT BY.
  const from = `FROM ${database}.${kind.spec.table} WHERE ${where.join(' AND ')} ORDER BY ${order}${
    kind.timeOrdered ? '' : ` LIMIT 1 BY ${keys}`
  } LIMIT {limit:UInt32}`;
  const select = async (sql: string, limit: number) => {
    const result = await client.query({
      query: sql,
      query_params: { ...params, limit },
      format: 'JSONEachRow',
      clickhouse_settings: READ_SETTINGS,
    });
    return result.json<Record<string, unknown>>();
  };
  const sizes = await pageSizes(kind, query, (sql) => select(`${sql} ${from}`, query.limit));
  const all = await select(`SELECT ${kind.spec.selectList} ${from}`, sizes.limit);
  const more = all.length === sizes.limit && sizes.more;
  const raw = kind.timeOrdered
    ? all.filter((row, i) => i === 0 || kind.keyColumns.some((c) => row[c] !== all[i - 1]?.[c]))
    : all;
  const rows = raw.map((r) => kind.spec.fromSelectRow(r) as Record<string, unknown>);
  const end = raw[raw.length - 1];
  const nextCursor =
    more && end
      ? encodeCursor([
          Number((rows[rows.length - 1] as { time: number }).time),
          // A key column's value as its type: 64-bit integers arrive as JSON strings.
          ...kind.keyColumns.map((c) => (typeOfKey(c) === 'String' ? String(end[c]) : Number(end[c]))),
        ])
      : null;
  return { rows, nextCursor };
}

/**
 * How many rows the page reads: `limit`, or, of a kind with large rows, those that fit in
 * `maxBytes` (asked first without the rows themselves; at least one); and whether rows remain
 * beyond them when as many come back.
 */
async function pageSizes(
  kind: RecordKind,
  query: RecordQuery,
  select: (columns: string) => Promise<Record<string, unknown>[]>,
): Promise<{ limit: number; more: boolean }> {
  if (kind.rowBytes === undefined || query.maxBytes === undefined) return { limit: query.limit, more: true };
  const rows = await select(`SELECT ${kind.rowBytes} AS bytes`);
  let fit = 0;
  let bytes = 0;
  for (const row of rows) {
    bytes += Number(row.bytes);
    if (fit > 0 && bytes > query.maxBytes) break;
    fit++;
  }
  return { limit: Math.max(fit, 1), more: fit < rows.length || rows.length === query.limit };
}

/** The query's filters as WHERE conditions and their parameters (never interpolated). */
function conditions(
  kind: RecordKind,
  query: RecordQuery,
): { where: string[]; params: Record<string, unknown> } {
  const params: Record<string, unknown> = { tenants: [...query.tenants], limit: query.limit };
  const where = ['tenant IN {tenants:Array(String)}', ...timeRange(query, params)];
  for (const [name, value] of Object.entries(query.filters) as [FilterName, string][]) {
    const column = kind.filters[name];
    if (column === undefined) throw new ExportQueryError(`${kind.name} cannot be filtered by ${name}`);
    where.push(`${column} = {f_${name}:String}`);
    params[`f_${name}`] = value;
  }
  for (const [claim, value] of Object.entries(query.ci ?? {})) {
    if (kind.name !== 'events') throw new ExportQueryError(`${kind.name} cannot be filtered by CI claims`);
    if (!/^[A-Za-z][A-Za-z0-9_]{0,40}$/.test(claim))
      throw new ExportQueryError(`unknown CI claim "${claim.slice(0, 40)}"`);
    where.push(`ci[{c_${claim}_name:String}] = {c_${claim}:String}`);
    params[`c_${claim}_name`] = claim;
    params[`c_${claim}`] = value;
  }
  if (query.cursor !== undefined) {
    const values = decodeCursor(query.cursor, kind.keyColumns);
    where.push(keyAfter(kind, 'k'));
    Object.assign(params, keyParams('k', values));
  }
  return { where, params };
}

/** Conditions for rows from `from` (inclusive) to `to` (exclusive), µs; sets their parameters. */
export function timeRange(range: { from?: number; to?: number }, params: Record<string, unknown>): string[] {
  const where: string[] = [];
  if (range.from !== undefined) {
    where.push('time >= fromUnixTimestamp64Micro({from:Int64})');
    params.from = range.from;
  }
  if (range.to !== undefined) {
    where.push('time < fromUnixTimestamp64Micro({to:Int64})');
    params.to = range.to;
  }
  return where;
}

/**
 * Rows after a position in (time, key) order, written so that the time part prunes by the
 * sort key of the time-ordered projection.
 */
function keyAfter(kind: RecordKind, prefix: string): string {
  const rest = kind.keyColumns.map((c, i) => `{${prefix}${i + 1}:${typeOfKey(c)}}`).join(', ');
  const at = `fromUnixTimestamp64Micro({${prefix}0:Int64})`;
  return `time >= ${at} AND (time > ${at} OR (${kind.keyColumns.join(', ')}) > (${rest}))`;
}

function keyParams(prefix: string, values: (string | number)[]): Record<string, string | number> {
  return Object.fromEntries(values.map((v, i) => [`${prefix}${i}`, v]));
}

/** Every record matching the query, page after page (constant memory in the caller's hands). */
export async function* readAllRecords(
  client: ClickHouseClient,
  database: string,
  kind: RecordKind,
  query: Omit<RecordQuery, 'limit' | 'cursor'>,
  pageSize = 5_000,
): AsyncGenerator<Record<string, unknown>> {
  let cursor: string | undefined;
  for (;;) {
    const page = await readRecordPage(client, database, kind, {
      ...query,
      limit: pageSize,
      ...(cursor !== undefined && { cursor }),
    });
    yield* page.rows;
    if (page.nextCursor === null) return;
    cursor = page.nextCursor;
  }
}

function typeOfKey(column: string): string {
  return column === 'seq' ? 'UInt64' : column.endsWith('_index') ? 'UInt32' : 'String';
}

function encodeCursor(values: (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** A cursor's values, each of its column's type (a forged one would reach ClickHouse as a bad parameter). */
function decodeCursor(cursor: string, keyColumns: readonly string[]): (string | number)[] {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new ExportQueryError('cursor is not one this API gave out');
  }
  const types = ['Int64', ...keyColumns.map(typeOfKey)];
  if (
    !Array.isArray(values) ||
    values.length !== types.length ||
    !values.every((v, i) => fitsType(v, types[i] as string))
  ) {
    throw new ExportQueryError('cursor is not one this API gave out');
  }
  return values as (string | number)[];
}

function fitsType(value: unknown, type: string): boolean {
  if (type === 'String') return typeof value === 'string';
  const max = type === 'UInt32' ? 0xffff_ffff : Number.MAX_SAFE_INTEGER;
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value <= max;
}
