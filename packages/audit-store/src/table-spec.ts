/**
 * One declaration per ClickHouse table: its row type's fields mapped to columns and kinds.
 * The insert mapper, the select list and the read mapper all derive from it, so a new column
 * is one line in the table's module (plus its migration), not an edit in ten places.
 */
import type { ClickHouseClient } from '@clickhouse/client';
import { chdbInserterOf } from './chdb-insert';
import { AuditStoreInputError } from './errors';

export type ColumnKind =
  | 'string'
  | 'strings'
  /** Array(Int32) / Array(UInt32): every element checked like the scalar kind. */
  | 'int32s'
  | 'uint32s'
  | 'map'
  | 'bool'
  | 'uint16'
  | 'uint32'
  | 'int32'
  | 'uint64'
  | 'nullableUint32'
  | 'nullableUint64'
  /** Integer microseconds since the Unix epoch ↔ DateTime64(6, 'UTC'). */
  | 'time'
  | 'nullableTime';

export type ColumnMap<Row> = { readonly [K in keyof Row]-?: readonly [column: string, kind: ColumnKind] };

export interface TableSpec<Row> {
  readonly table: string;
  readonly columns: ColumnMap<Row>;
  /** `col, toUnixTimestamp64Micro(t) AS t__us, …`: every column, times as integer microseconds. */
  readonly selectList: string;
  /** Column names in the order of `toInsertValues`. */
  readonly columnNames: readonly [string, ...string[]];
  toInsertRow(row: Row, index: number): Record<string, unknown>;
  /** The row's column values in `columnNames` order (what a compact insert sends). */
  toInsertValues(row: Row, index: number): unknown[];
  fromSelectRow(raw: Record<string, unknown>): Row;
}

const UINT16_MAX = 0xffff;
const UINT32_MAX = 0xffff_ffff;
const INT32_MIN = -0x8000_0000;
const INT32_MAX = 0x7fff_ffff;

/**
 * TTLs evaluate toDateTime(time), whose range ends in 2106: a later time would wrap to the
 * past and the row would expire on insert, a silent drop. Such rows are refused.
 */
export const MAX_STORABLE_TIME_US = UINT32_MAX * 1_000_000 + 999_999;

/**
 * Integer microseconds → DateTime64(6) text. Integer arithmetic only: a float seconds value
 * (e.g. 1.7e9 + 0.123456) cannot hold six decimals exactly.
 */
export function microsToDateTime64(micros: number): string {
  // Rows of one event share its time (an event and its masking matches): convert once.
  if (micros === lastMicros) return lastText;
  lastText = dateTime64Text(micros);
  lastMicros = micros;
  return lastText;
}
let lastMicros = -1;
let lastText = '';

function dateTime64Text(micros: number): string {
  let millis = Math.floor(micros / 1000);
  let subMillis = micros - millis * 1000;
  // Near 2^53 the division above can round up by one millisecond; correct it exactly.
  if (subMillis < 0) {
    millis -= 1;
    subMillis += 1000;
  }
  const iso = new Date(millis).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 23)}${String(subMillis).padStart(3, '0')}`;
}

/** An integer column's range; what toColumnValue returns for a value outside it. */
class OutOfRange {
  constructor(
    readonly min: number,
    readonly max: number,
  ) {}
}
const UINT16 = new OutOfRange(0, UINT16_MAX);
const UINT32 = new OutOfRange(0, UINT32_MAX);
const INT32 = new OutOfRange(INT32_MIN, INT32_MAX);
const UINT64 = new OutOfRange(0, Number.MAX_SAFE_INTEGER);
const TIME = new OutOfRange(0, MAX_STORABLE_TIME_US);

function inRange(value: unknown, range: OutOfRange): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= range.min && value <= range.max;
}

function allInRange(values: unknown, range: OutOfRange): boolean {
  if (!Array.isArray(values)) return false;
  for (const value of values) if (!inRange(value, range)) return false;
  return true;
}

/** The column value, or the range a refused integer should have been in (rows are many: no error text built unless needed). */
function toColumnValue(kind: ColumnKind, value: unknown): unknown {
  switch (kind) {
    case 'uint16':
      return inRange(value, UINT16) ? value : UINT16;
    case 'uint32':
      return inRange(value, UINT32) ? value : UINT32;
    case 'int32':
      return inRange(value, INT32) ? value : INT32;
    case 'uint64':
      return inRange(value, UINT64) ? value : UINT64;
    case 'int32s':
      return allInRange(value, INT32) ? value : INT32;
    case 'uint32s':
      return allInRange(value, UINT32) ? value : UINT32;
    case 'nullableUint32':
      return value === null || inRange(value, UINT32) ? value : UINT32;
    case 'nullableUint64':
      return value === null || inRange(value, UINT64) ? value : UINT64;
    case 'time':
      return inRange(value, TIME) ? microsToDateTime64(value) : TIME;
    case 'nullableTime':
      if (value === null) return null;
      return inRange(value, TIME) ? microsToDateTime64(value) : TIME;
    case 'bool':
      return value === true ? 1 : 0;
    default:
      return value;
  }
}

/** 64-bit integers arrive as JSON strings (output_format_json_quote_64bit_integers). */
function fromColumnValue(kind: ColumnKind, value: unknown): unknown {
  switch (kind) {
    case 'uint16':
    case 'uint32':
    case 'int32':
    case 'uint64':
    case 'time':
      return Number(value);
    case 'nullableUint32':
    case 'nullableUint64':
    case 'nullableTime':
      return value === null || value === undefined ? null : Number(value);
    case 'bool':
      return Number(value) === 1;
    default:
      return value;
  }
}

const isTime = (kind: ColumnKind) => kind === 'time' || kind === 'nullableTime';

export interface TableOptions<Row> {
  /** A check across columns: what is wrong with the row, or undefined when nothing is. */
  check?: (row: Row) => string | undefined;
}

export function defineTable<Row>(
  table: string,
  columns: ColumnMap<Row>,
  options: TableOptions<Row> = {},
): TableSpec<Row> {
  const entries = Object.entries(columns) as [keyof Row & string, readonly [string, ColumnKind]][];
  const selectList = entries
    .map(([, [column, kind]]) =>
      isTime(kind) ? `toUnixTimestamp64Micro(${column}) AS ${column}__us` : column,
    )
    .join(', ');
  function toInsertValues(row: Row, index: number): unknown[] {
    const out = new Array<unknown>(entries.length);
    for (let i = 0; i < entries.length; i++) {
      const [field, [, kind]] = entries[i] as (typeof entries)[number];
      const value = toColumnValue(kind, row[field]);
      if (value instanceof OutOfRange) {
        throw new AuditStoreInputError(
          `${table}[${index}].${field} must be ${kind === 'int32s' || kind === 'uint32s' ? 'integers' : 'an integer'} in [${value.min}, ${value.max}]`,
        );
      }
      out[i] = value;
    }
    const problem = options.check?.(row);
    if (problem !== undefined) throw new AuditStoreInputError(`${table}[${index}]: ${problem}`);
    return out;
  }
  return {
    table,
    columns,
    selectList,
    columnNames: entries.map(([, [column]]) => column) as [string, ...string[]],
    toInsertValues,
    toInsertRow(row, index) {
      const values = toInsertValues(row, index);
      const out: Record<string, unknown> = {};
      entries.forEach(([, [column]], i) => {
        out[column] = values[i];
      });
      return out;
    },
    fromSelectRow(raw) {
      const out: Record<string, unknown> = {};
      for (const [field, [column, kind]] of entries) {
        out[field] = fromColumnValue(kind, raw[isTime(kind) ? `${column}__us` : column]);
      }
      return out as Row;
    },
  };
}

/** Settings for every read, so a server and chDB hand back the same JSON shapes. */
export const READ_SETTINGS = { output_format_json_quote_64bit_integers: 1 } as const;

/**
 * One INSERT of many rows. The token makes a retried insert of the same rows a no-op within
 * the table's non_replicated_deduplication_window; it is always sent, because chDB applies
 * settings with SET on its session and would otherwise reuse a token left by an earlier insert.
 */
export async function insertRows<Row>(
  client: ClickHouseClient,
  database: string,
  spec: TableSpec<Row>,
  rows: readonly Row[],
  dedupToken: string,
): Promise<void> {
  if (rows.length === 0) return;
  // Compact rows (arrays in column order): no column names repeated in every row, for the
  // client to write and ClickHouse to parse.
  const values = rows.map((row, i) => spec.toInsertValues(row, i));
  const chdbInsert = chdbInserterOf(client);
  if (chdbInsert !== undefined) {
    await chdbInsert({
      table: `${database}.${spec.table}`,
      columns: spec.columnNames,
      body: compactJsonLines(values),
      settings: { insert_deduplication_token: dedupToken },
    });
    return;
  }
  await client.insert({
    table: `${database}.${spec.table}`,
    values,
    columns: [...spec.columnNames],
    format: 'JSONCompactEachRow',
    clickhouse_settings: { insert_deduplication_token: dedupToken },
  });
}

/**
 * JSONCompactEachRow: one JSON array per row, each line ended by a newline. Each line is
 * written into one buffer as it is made (3 bytes per UTF-16 unit is UTF-8's worst case):
 * concatenating megabytes of lines into one string and encoding that costs several times more.
 */
export function compactJsonLines(values: readonly unknown[][]): Buffer {
  const lines = values.map((row) => JSON.stringify(row));
  let units = 0;
  for (const line of lines) units += line.length + 1;
  const body = Buffer.allocUnsafe(units * 3);
  let at = 0;
  for (const line of lines) {
    at += body.write(line, at, 'utf8');
    body[at++] = 0x0a;
  }
  return body.subarray(0, at);
}
