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
  /** Throws the AuditStoreInputError toInsertValues would, without converting anything. */
  validate(row: Row, index: number): void;
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

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/**
 * Formatted from integer days and microseconds of the day (the civil date from the day
 * number, as in Howard Hinnant's days_from_civil inverse): no Date object and no ISO string
 * sliced, for every row of every insert. Valid for micros ≥ 0 below 2^53.
 */
function dateTime64Text(micros: number): string {
  let days = Math.floor(micros / MICROS_PER_DAY);
  let ofDay = micros - days * MICROS_PER_DAY;
  // Near 2^53 the division can round up by one day; correct it exactly.
  if (ofDay < 0) {
    days -= 1;
    ofDay += MICROS_PER_DAY;
  }
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const seconds = Math.floor(ofDay / 1_000_000);
  const fraction = ofDay - seconds * 1_000_000;
  const hh = Math.floor(seconds / 3600);
  const mm = Math.floor((seconds - hh * 3600) / 60);
  const ss = seconds - hh * 3600 - mm * 60;
  return `${year}-${pad2(month)}-${pad2(day)} ${pad2(hh)}:${pad2(mm)}:${pad2(ss)}.${String(fraction).padStart(6, '0')}`;
}
const MICROS_PER_DAY = 86_400_000_000;

/** An integer column's range; what refusedRange returns for a value outside it. */
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

/** The range a value of this kind must be in when it is not, else undefined (rows are many: no error text built unless needed). */
function refusedRange(kind: ColumnKind, value: unknown): OutOfRange | undefined {
  switch (kind) {
    case 'uint16':
      return inRange(value, UINT16) ? undefined : UINT16;
    case 'uint32':
      return inRange(value, UINT32) ? undefined : UINT32;
    case 'int32':
      return inRange(value, INT32) ? undefined : INT32;
    case 'uint64':
      return inRange(value, UINT64) ? undefined : UINT64;
    case 'int32s':
      return allInRange(value, INT32) ? undefined : INT32;
    case 'uint32s':
      return allInRange(value, UINT32) ? undefined : UINT32;
    case 'nullableUint32':
      return value === null || inRange(value, UINT32) ? undefined : UINT32;
    case 'nullableUint64':
      return value === null || inRange(value, UINT64) ? undefined : UINT64;
    case 'time':
      return inRange(value, TIME) ? undefined : TIME;
    case 'nullableTime':
      return value === null || inRange(value, TIME) ? undefined : TIME;
    default:
      return undefined;
  }
}

/** The column value of a value refusedRange accepted. */
function toColumnValue(kind: ColumnKind, value: unknown): unknown {
  switch (kind) {
    case 'time':
      return microsToDateTime64(value as number);
    case 'nullableTime':
      return value === null ? null : microsToDateTime64(value as number);
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
  function refuse(field: string, kind: ColumnKind, range: OutOfRange, index: number): never {
    const what = kind === 'int32s' || kind === 'uint32s' ? 'integers' : 'an integer';
    throw new AuditStoreInputError(
      `${table}[${index}].${field} must be ${what} in [${range.min}, ${range.max}]`,
    );
  }
  function validate(row: Row, index: number): void {
    for (let i = 0; i < entries.length; i++) {
      const [field, [, kind]] = entries[i] as (typeof entries)[number];
      const range = refusedRange(kind, row[field]);
      if (range !== undefined) refuse(field, kind, range, index);
    }
    const problem = options.check?.(row);
    if (problem !== undefined) throw new AuditStoreInputError(`${table}[${index}]: ${problem}`);
  }
  function toInsertValues(row: Row, index: number): unknown[] {
    validate(row, index);
    const out = new Array<unknown>(entries.length);
    for (let i = 0; i < entries.length; i++) {
      const [field, [, kind]] = entries[i] as (typeof entries)[number];
      out[i] = toColumnValue(kind, row[field]);
    }
    return out;
  }
  return {
    table,
    columns,
    selectList,
    columnNames: entries.map(([, [column]]) => column) as [string, ...string[]],
    validate,
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
