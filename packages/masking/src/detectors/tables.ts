/**
 * Delimited tables in text — CSV, TSV, pipe, tilde and Markdown tables, query results pasted into a
 * note — and HTML tables: a header line whose cells are field names ("mrn", "last_name", "DOB",
 * "Phone") types every cell below it in that column (see table-columns.ts). Tables aligned with
 * blanks are read by aligned-tables.ts.
 */
import { isWhiteSpace } from '../char-codes';
import { PHI_TYPES } from '../types';
import type { Detector, ScanContext } from './detector';
import { type Cell, type ColumnRules, columnRules, markCells } from './table-columns';

const DELIMITERS = [0x2c, 0x09, 0x7c, 0x3b, 0x7e]; // , tab | ; ~
/** A header cell: a field name in any language ("Straße", "Código"), not a value (no leading digit, no '@', short). */
const HEADER_CELL = /^[\p{L}_][\p{L}\p{N}_ .#/()'’-]{0,47}$/u;
const MAX_HEADER_LINE = 600;

/** The cells of text[start, end) split at `delim`, quotes honoured, each trimmed of blanks and quotes. */
function splitCells(text: string, start: number, end: number, delim: number, out: Cell[]): Cell[] {
  out.length = 0;
  let from = start;
  let quoted = false;
  for (let i = start; i <= end; i++) {
    const c = i === end ? -1 : text.charCodeAt(i);
    if (c === 0x22) quoted = !quoted;
    if (c !== -1 && (c !== delim || quoted)) continue;
    let s = from;
    let e = i;
    while (s < e && (text.charCodeAt(s) === 0x20 || text.charCodeAt(s) === 0x22)) s++;
    while (e > s && (text.charCodeAt(e - 1) === 0x20 || text.charCodeAt(e - 1) === 0x22)) e--;
    out.push({ start: s, end: e });
    from = i + 1;
  }
  return out;
}

/** The most frequent delimiter of a line (at least twice), in one pass; -1 when none. */
function delimiterOf(text: string, start: number, end: number): number {
  let comma = 0;
  let tab = 0;
  let bar = 0;
  let semi = 0;
  let tilde = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2c) comma++;
    else if (c === 0x09) tab++;
    else if (c === 0x7c) bar++;
    else if (c === 0x3b) semi++;
    else if (c === 0x7e) tilde++;
  }
  const counts = [comma, tab, bar, semi, tilde];
  let best = -1;
  let bestCount = 1;
  for (let k = 0; k < counts.length; k++) {
    if ((counts[k] as number) > bestCount) {
      best = DELIMITERS[k] as number;
      bestCount = counts[k] as number;
    }
  }
  return best;
}

/**
 * The delimiter of a two-column header ("name,ssn", "Patient<TAB>MRN"): a line's one comma,
 * semicolon or tab, with no blank after it (a clause's comma has one), no other delimiter and no
 * wide gap (two blanks set a column-aligned header's cells apart: 'BED<TAB>PATIENT NAME  AGE  MRN');
 * -1 otherwise. Its row must be split the same way and the header must name an identifier.
 */
function pairDelimiter(text: string, start: number, end: number): number {
  let found = -1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // A wide gap sets a column-aligned line's cells apart: no two-column header.
    if (c === 0x20 && text.charCodeAt(i + 1) === 0x20) return -1;
    if (c !== 0x2c && c !== 0x09 && c !== 0x3b && c !== 0x7c && c !== 0x7e) continue;
    if (found >= 0 || c === 0x7c || c === 0x7e || (c !== 0x09 && isWhiteSpace(text.charCodeAt(i + 1))))
      return -1;
    found = c;
  }
  return found;
}

/** The column rules of a header line, or undefined when the line is not a header of identifiers. */
function headerRules(ctx: ScanContext, cells: readonly Cell[]): ColumnRules | undefined {
  const text = ctx.text;
  const names: string[] = [];
  let colons = 0;
  for (const c of cells) {
    // "#  Hosp no": the rows' numbers and the first column share the header's first cell.
    let name = text.slice(c.start, c.end).replace(/^#[ \t]+/, '');
    // "MRN:": a header cell written as a label, read without its colon (see colonCellsHold).
    if (name.length > 1 && name.charCodeAt(name.length - 1) === 0x3a) {
      name = name.slice(0, -1).trimEnd();
      colons++;
    }
    if (name.length > 0 && !HEADER_CELL.test(name)) return undefined;
    names.push(name);
  }
  if (names.filter((n) => n.length > 0).length < 2) return undefined;
  const rules = columnRules(ctx, names);
  return colons === 0 || (rules && colonCellsHold(text, cells, rules)) ? rules : undefined;
}

/**
 * A header whose cells end in colons is one when each such cell has a field-naming cell after it
 * ("Name<TAB>MRN:<TAB>DOB"), or before it when it is the last: a line of labels and their values
 * ("Patient:<TAB>Ada Quill<TAB>Sex:<TAB>F") has a value after each label, and is no header. Nor
 * is a line of two cells whose first ends in a colon: a form's label and its value aligned by a
 * tab ("Relationship:<TAB>mother"), whatever field the value's word might name.
 */
function colonCellsHold(text: string, cells: readonly Cell[], rules: ColumnRules): boolean {
  const first = cells[0];
  if (cells.length === 2 && first && first.end - first.start > 1 && text.charCodeAt(first.end - 1) === 0x3a)
    return false;
  for (let k = 0; k < cells.length; k++) {
    const cell = cells[k] as Cell;
    if (cell.end - cell.start < 2 || text.charCodeAt(cell.end - 1) !== 0x3a) continue;
    const beside = k + 1 < cells.length ? rules[k + 1] : rules[k - 1];
    if (beside === undefined) return false;
  }
  return true;
}

/** A Markdown header rule line: |---|:---:|. */
function isRuleLine(text: string, start: number, end: number): boolean {
  if (end - start < 3) return false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x2d && c !== 0x7c && c !== 0x3a && c !== 0x20 && c !== 0x2b) return false;
  }
  return true;
}

/**
 * A row with more cells than its header, whose extra commas are followed by a space: the cell's
 * own text written unquoted ("May 10, 2019", "Smith, Jane") — a delimiter of the file has no
 * space after it. Joins each such cell to the one before, from the right, down to `want` cells.
 */
function joinSpacedCells(text: string, cells: Cell[], want: number): void {
  const spaced: number[] = [];
  for (let k = 1; k < cells.length; k++) {
    const cell = cells[k] as Cell;
    if (text.charCodeAt(cell.start - 1) === 0x20 && text.charCodeAt(cell.start - 2) === 0x2c) spaced.push(k);
  }
  if (spaced.length !== cells.length - want) return;
  for (let j = spaced.length - 1; j >= 0; j--) {
    const k = spaced[j] as number;
    (cells[k - 1] as Cell).end = (cells[k] as Cell).end;
    cells.splice(k, 1);
  }
}

/** Delimiters of a line outside quotes. */
function countOf(text: string, start: number, end: number, delim: number): number {
  let n = 0;
  let quoted = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) quoted = !quoted;
    else if (c === delim && !quoted) n++;
  }
  return n;
}

/** Delimiters of a row, a comma with a space after it aside (a cell's own text, see joinSpacedCells). */
function rowCount(text: string, start: number, end: number, delim: number): number {
  if (delim !== 0x2c) return countOf(text, start, end, delim);
  let n = 0;
  let quoted = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) quoted = !quoted;
    else if (c === delim && !quoted && text.charCodeAt(i + 1) !== 0x20) n++;
  }
  return n;
}

/** Whether the line at `from` (or the one after a Markdown rule line) has `count` delimiters. */
function rowFollows(text: string, from: number, delim: number, count: number): boolean {
  for (let pass = 0; pass < 2 && from < text.length; pass++) {
    let end = text.indexOf('\n', from);
    if (end < 0) end = text.length;
    const matches = countOf(text, from, end, delim) === count || rowCount(text, from, end, delim) === count;
    if (matches && !isRuleLine(text, from, end)) return true;
    if (!isRuleLine(text, from, end)) return false;
    from = end + 1;
  }
  return false;
}

/**
 * HTML tables (a wiki page's storage format, a mail's or a report's table): a row of <th> field
 * names types every <td> below it in that column, as a delimited header does.
 */
const HTML_CELL = /<(t[hd])\b[^<>]{0,200}>([\s\S]{0,400}?)<\/\1\s*>/gi;
const HTML_ROW_END = /<\/tr\s*>/gi;

/** The text of a cell's content, its own tags (<p>, <strong>) aside, trimmed. */
function cellText(text: string, start: number, end: number): Cell {
  let s = start;
  let e = end;
  for (;;) {
    while (s < e && isWhiteSpace(text.charCodeAt(s))) s++;
    while (e > s && isWhiteSpace(text.charCodeAt(e - 1))) e--;
    if (text.charCodeAt(s) === 0x3c) {
      const close = text.indexOf('>', s);
      if (close < 0 || close >= e) break;
      s = close + 1;
    } else if (text.charCodeAt(e - 1) === 0x3e) {
      const open = text.lastIndexOf('<', e - 1);
      if (open < s) break;
      e = open;
    } else break;
  }
  return { start: s, end: e };
}

function markHtmlTables(ctx: ScanContext): void {
  const text = ctx.text;
  const table: HtmlTable = { rules: undefined, cells: [], header: true };
  let rowEnd = -1;
  HTML_CELL.lastIndex = 0;
  for (let m = HTML_CELL.exec(text); m; m = HTML_CELL.exec(text)) {
    if (m.index > rowEnd) {
      endRow(ctx, table);
      HTML_ROW_END.lastIndex = m.index;
      rowEnd = HTML_ROW_END.exec(text)?.index ?? text.length;
    }
    const innerEnd = m.index + m[0].lastIndexOf('<');
    table.cells.push(cellText(text, innerEnd - (m[2] as string).length, innerEnd));
    if ((m[1] as string).toLowerCase() !== 'th') table.header = false;
  }
  endRow(ctx, table);
}

interface HtmlTable {
  /** The columns' rules from the last header row, if it named any identifier. */
  rules: ColumnRules | undefined;
  /** The cells of the row being read, and whether they are all header cells. */
  cells: Cell[];
  header: boolean;
}

/** A finished row: a header row sets the columns' rules, a data row under them is marked. */
function endRow(ctx: ScanContext, table: HtmlTable): void {
  if (table.cells.length > 0) {
    if (table.header) table.rules = headerRules(ctx, table.cells);
    else if (table.rules && table.cells.length === table.rules.length)
      markCells(ctx, table.cells, table.rules, 'table_column');
  }
  table.cells.length = 0;
  table.header = true;
}

export const delimitedTables: Detector = {
  id: 'table_columns',
  types: PHI_TYPES,
  run(ctx) {
    if (ctx.includes('<th') || ctx.includes('<TH')) markHtmlTables(ctx);
    if (!ctx.includes('\n')) return;
    const text = ctx.text;
    const cells: Cell[] = [];
    let rules: ColumnRules | undefined;
    let delim = -1;
    let lineStart = 0;
    while (lineStart < text.length) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = text.length;
      const end = lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 0x0d ? lineEnd - 1 : lineEnd;
      if (rules) {
        splitCells(text, lineStart, end, delim, cells);
        if (cells.length > rules.length && delim === 0x2c) joinSpacedCells(text, cells, rules.length);
        if (cells.length === rules.length) markCells(ctx, cells, rules, 'table_column');
        else if (!isRuleLine(text, lineStart, end)) rules = undefined;
      }
      if (!rules && lineEnd < text.length - 1 && end - lineStart <= MAX_HEADER_LINE) {
        delim = delimiterOf(text, lineStart, end);
        if (delim < 0) delim = pairDelimiter(text, lineStart, end);
        // A header has a row under it (a Markdown rule line aside) split the same way.
        if (delim >= 0 && rowFollows(text, lineEnd + 1, delim, countOf(text, lineStart, end, delim)))
          rules = headerRules(ctx, splitCells(text, lineStart, end, delim, cells));
      }
      lineStart = lineEnd + 1;
    }
  },
};
