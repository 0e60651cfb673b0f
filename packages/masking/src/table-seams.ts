/**
 * A table cut across neighbouring strings: its header row closes one text block (a Markdown,
 * CSV or HTML table's names: "| Patient | Device | Serial |") and its rows come in the next
 * blocks, which name no column. Each such block is read again after the header it continues,
 * so a cell takes its column's meaning as it would in one text ("072XTS3107" under "Serial").
 */
import type { LeafEdit, MaskingSession } from './masking-session';
import { addPiece, type SeamLeaf } from './seams';

const DELIMITERS = ['|', '\t', ',', ';'];
/** A column's name: a word first, no value's marks (no leading digit, no '@'), short. */
const HEADER_CELL = /^[\p{L}_][\p{L}\p{N}_ .#/()'’-]{0,47}$/u;
/** Characters of a header line at most. */
const MAX_HEADER = 600;

interface Header {
  /** The header's text, read before each block that continues the table. */
  text: string;
  /** The delimiter of a delimited table and its count on the header line; none for HTML. */
  delimiter?: string;
  count?: number;
}

function countOf(line: string, delimiter: string): number {
  let n = 0;
  for (let i = line.indexOf(delimiter); i >= 0; i = line.indexOf(delimiter, i + 1)) n++;
  return n;
}

/** The delimiter a line of names is split at (two cells at least, each a column's name), or undefined. */
function headerDelimiter(line: string): string | undefined {
  if (line.length > MAX_HEADER) return undefined;
  for (const d of DELIMITERS) {
    if (!line.includes(d)) continue;
    const cells = line.split(d).map((c) => c.trim().replace(/^"|"$/g, ''));
    // A Markdown row's outer bars leave an empty cell at either end.
    if (d === '|') {
      if (cells[0] === '') cells.shift();
      if (cells[cells.length - 1] === '') cells.pop();
    }
    if (cells.length >= 2 && cells.every((c) => HEADER_CELL.test(c))) return d;
  }
  return undefined;
}

/** A Markdown rule line (|---|:---:|) or a blank line: no row of the table, no end of it. */
function isFiller(line: string): boolean {
  return /^[\s|:+-]*$/.test(line);
}

/**
 * The header of the table a text ends in: the last header line whose rows (and rule lines) run
 * to the text's end, or the last header row of an HTML table; undefined when it ends in none.
 */
function openHeader(text: string): Header | undefined {
  const th = text.lastIndexOf('<th');
  if (th >= 0) {
    const start = text.lastIndexOf('<tr', th);
    const end = text.indexOf('</tr', th);
    return start >= 0 ? { text: text.slice(start, end < 0 ? text.length : end + 5) } : undefined;
  }
  if (!text.includes('\n')) return undefined;
  const lines = text.split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = (lines[i] as string).replace(/\r$/, '');
    const delimiter = headerDelimiter(line);
    if (delimiter !== undefined) {
      const count = countOf(line, delimiter);
      const rows = lines.slice(i + 1);
      return rows.every((r) => isFiller(r) || countOf(r, delimiter) === count)
        ? { text: line, delimiter, count }
        : undefined;
    }
  }
  return undefined;
}

function firstLine(text: string): string {
  const end = text.indexOf('\n');
  return (end < 0 ? text : text.slice(0, end)).replace(/\r$/, '');
}

/** Whether a text may be a table's rows (a cheap look before its neighbour's header is sought). */
function mayContinue(text: string): boolean {
  const line = text.slice(0, MAX_HEADER);
  return line.includes('<td') || DELIMITERS.some((d) => firstLine(line).includes(d));
}

/** Whether a text continues the header's table: its first line is a row of it, not a header of its own. */
function continues(text: string, header: Header): boolean {
  if (header.delimiter === undefined) return /<td\b/i.test(text) && !/<th\b/i.test(text);
  const line = firstLine(text);
  return (
    countOf(line, header.delimiter) === header.count && !isFiller(line) && headerDelimiter(line) === undefined
  );
}

/**
 * Reads each text that continues a table whose header closed a text before it (in a run of
 * neighbouring strings; `undefined` breaks a run) after that header, and masks what is found
 * in it.
 */
export function carryTableHeaders(
  session: MaskingSession,
  leaves: readonly (SeamLeaf | undefined)[],
  edits: LeafEdit[],
): void {
  let header: Header | undefined;
  let previous: string | undefined;
  for (const leaf of leaves) {
    const text = leaf?.node.value;
    if (leaf === undefined || text === undefined) {
      header = undefined;
      previous = undefined;
      continue;
    }
    if (header === undefined && previous !== undefined && mayContinue(text)) header = openHeader(previous);
    if (header !== undefined && continues(text, header)) {
      const at = header.text.length + 1;
      for (const span of session.detect(`${header.text}\n${text}`))
        if (span.start >= at)
          addPiece(session, leaf, { ...span, start: span.start - at, end: span.end - at }, edits);
    } else header = undefined;
    previous = text;
  }
}
