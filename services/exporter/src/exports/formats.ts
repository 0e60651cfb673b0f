/**
 * Output formats of the exports: a JSON page, NDJSON and CSV streams (one record at a time,
 * constant memory). Times are written as ISO-8601 with microseconds; CSV cells are quoted per
 * RFC 4180 and a leading formula character is neutralised.
 */
import { csvCell } from '../report/render';

export type ExportFormat = 'json' | 'ndjson' | 'csv' | 'fhir';

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  json: 'application/json',
  ndjson: 'application/x-ndjson',
  csv: 'text/csv; charset=utf-8',
  fhir: 'application/fhir+ndjson',
};

const TIME_FIELDS = new Set(['time', 'issuedAt', 'expiresAt', 'validUntil']);

export function isoMicros(micros: number): string {
  const iso = new Date(Math.floor(micros / 1000)).toISOString();
  return `${iso.slice(0, 23)}${String(((micros % 1000) + 1000) % 1000).padStart(3, '0')}Z`;
}

/** The record as an API consumer sees it: times in ISO-8601 (and the raw microseconds beside `time`). */
export function presentRecord(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (TIME_FIELDS.has(key) && typeof value === 'number') {
      out[key] = isoMicros(value);
      if (key === 'time') out.timeMicros = value;
    } else {
      out[key] = value;
    }
  }
  return out;
}

/**
 * JSON text of a value that no reader splits and no page runs: `<`, `>` and `&` (a
 * `</script>` in a tool name, were the export ever put in a page), NEL, U+2028 and U+2029
 * (line breaks to Python's splitlines() and others, where NDJSON records are read line by line:
 * an attacker's value held a forged record on a line of its own) are written as `\u` escapes.
 * The parsed values are the same.
 */
export function safeJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u0085\u2028\u2029]/g,
    (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
  );
}

/** `{"records":[…],"nextCursor":null}` written one record at a time: a whole log in constant memory. */
export async function* jsonRecords(rows: AsyncIterable<Record<string, unknown>>): AsyncGenerator<string> {
  yield '{"records":[';
  let separator = '';
  for await (const row of rows) {
    yield `${separator}${safeJson(presentRecord(row))}`;
    separator = ',';
  }
  yield '],"nextCursor":null}';
}

export async function* ndjsonLines(rows: AsyncIterable<Record<string, unknown>>): AsyncGenerator<string> {
  for await (const row of rows) yield `${safeJson(presentRecord(row))}\n`;
}

export async function* csvLines(
  rows: AsyncIterable<Record<string, unknown>>,
  columns: readonly string[],
): AsyncGenerator<string> {
  yield `${columns.map(csvCell).join(',')}\r\n`;
  for await (const row of rows) {
    const shown = presentRecord(row);
    yield `${columns.map((c) => csvCell(cellText(shown[c]))).join(',')}\r\n`;
  }
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
