/**
 * Tables aligned with blanks: a ward census or a clinic list printed to text, pandas' and
 * polars' printed data frames (an agent's `print(df.head())`), a SQL client's plain result. A
 * header line of column names set apart by two blanks or more, then rows whose cells are set
 * apart the same way; a column the field rules know types every cell under it (see
 * table-columns.ts). A row's cells are given to the header's columns two ways:
 *
 * - in order: a header of H names types the rows of H cells, or of H + 1 cells whose first is
 *   the row's index when the header leaves the index's column blank (`   mrn    zip`, as pandas
 *   prints it; pandas right-aligns its cells under their names, so positions do not tell);
 * - by position: under a header of capitalised words ("BED  PATIENT NAME  AGE  SX MRN") a cell
 *   belongs to the word starting at or just before it (two characters of slack), so a cell
 *   holding one blank ("DOE, Jane") stays whole and a row need not have a cell per column.
 *
 * The first line that is no row of the header ends the table ("[5 rows x 7 columns]").
 */
import { PHI_TYPES } from '../types';
import type { Detector, ScanContext } from './detector';
import { type Cell, type ColumnRules, columnRules, markCells } from './table-columns';

/** A column's name read in order: a field name in any language, short, single blanks inside. */
const COLUMN_NAME = /^[\p{L}_][\p{L}\p{N}_.#/()-]{0,39}(?: [\p{L}\p{N}_.#/()-]{1,20}){0,2}$/u;
/** A column's word read by position: capitalised ("MRN", "Patient", "Adm."); a sentence has lower-case words. */
const CAPITALISED = /^[A-Z][A-Za-z_.#/()-]{0,23}$/;
/** A row's index: a number, or pandas' and polars' elision of rows. */
const ROW_INDEX = /^(?:\d{1,7}|\.{2,3}|…)$/;
const MAX_LINE = 600;
const MAX_COLUMNS = 40;

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

/** Words of text[start, end) with their offsets: runs of characters other than a blank. */
function wordsOf(text: string, start: number, end: number): Cell[] {
  const words: Cell[] = [];
  let i = start;
  while (i < end) {
    while (i < end && isBlank(text.charCodeAt(i))) i++;
    const s = i;
    while (i < end && !isBlank(text.charCodeAt(i))) i++;
    if (i > s) words.push({ start: s, end: i });
  }
  return words;
}

/** Cells of text[start, end): its words joined across single spaces (two blanks or a tab part them). */
function wideCells(words: readonly Cell[], text: string): Cell[] {
  const cells: Cell[] = [];
  for (const w of words) {
    const last = cells[cells.length - 1];
    if (last && w.start - last.end === 1 && text.charCodeAt(last.end) === 0x20) last.end = w.end;
    else cells.push({ ...w });
  }
  return cells;
}

/** The header read in order: its cells' rules, and whether its rows may open with an index. */
interface OrderedHeader {
  rules: ColumnRules;
  indexed: boolean;
}

/** The header read by position: where each word starts within its line, and its rule. */
interface PositionedHeader {
  starts: number[];
  rules: ColumnRules;
}

function orderedHeader(
  ctx: ScanContext,
  cells: readonly Cell[],
  lineStart: number,
): OrderedHeader | undefined {
  if (cells.length < 2 || cells.length > MAX_COLUMNS) return undefined;
  const names = cells.map((c) => ctx.text.slice(c.start, c.end));
  if (!names.every((n) => COLUMN_NAME.test(n))) return undefined;
  const rules = columnRules(ctx, names);
  return rules && { rules, indexed: (cells[0]?.start ?? lineStart) > lineStart };
}

function positionedHeader(
  ctx: ScanContext,
  words: readonly Cell[],
  lineStart: number,
  lineEnd: number,
  gapFrom: (at: number) => number,
): PositionedHeader | undefined {
  const text = ctx.text;
  // Two gaps of two blanks at least: a report's header, not a sentence.
  const gap = gapFrom(lineStart);
  if (gap < 0 || gap >= lineEnd || gapFrom(gap + 2) >= lineEnd || words.length < 3) return undefined;
  const names = words.map((w) => text.slice(w.start, w.end));
  if (!names.every((n) => CAPITALISED.test(n))) return undefined;
  // "PATIENT NAME", "ADM DATE": a word with no rule of its own may name a column with the next.
  const joined = words.map((w, k) => {
    const next = words[k + 1];
    return next && next.start - w.end === 1 ? `${names[k]} ${names[k + 1]}` : undefined;
  });
  const rules = columnRules(ctx, names, joined);
  return rules && { starts: words.map((w) => w.start - lineStart), rules };
}

/** The row's cells in column order (its index dropped), or undefined when it is no row of the header. */
function orderedRow(text: string, cells: Cell[], header: OrderedHeader): Cell[] | undefined {
  const columns = header.rules.length;
  if (cells.length === columns) return cells;
  if (
    header.indexed &&
    cells.length === columns + 1 &&
    ROW_INDEX.test(text.slice(cells[0]?.start, cells[0]?.end))
  )
    return cells.slice(1);
  return undefined;
}

/** The row's cells by the header word each starts under, or undefined when it is no row of the header. */
function positionedRow(
  cells: readonly Cell[],
  lineStart: number,
  header: PositionedHeader,
): Cell[] | undefined {
  if (cells.length < Math.min(3, header.starts.length)) return undefined;
  const byColumn: Cell[] = header.starts.map(() => ({ start: 0, end: 0 }));
  for (const cell of cells) {
    const at = cell.start - lineStart + 2;
    let k = header.starts.length - 1;
    while (k > 0 && (header.starts[k] as number) > at) k--;
    byColumn[k] = cell;
  }
  return byColumn;
}

function alignedTables(ctx: ScanContext): void {
  if (!ctx.includes('\n') || !ctx.includes('  ')) return;
  const text = ctx.text;
  let ordered: OrderedHeader | undefined;
  let positioned: PositionedHeader | undefined;
  let lineStart = 0;
  // Where the next gap of two blanks is, found again only once passed: looked for from each
  // line's start, it was looked for up to the text's end from each line of a text without one.
  let gapAt = -2;
  const gapFrom = (at: number): number => {
    if (gapAt === -2 || (gapAt >= 0 && gapAt < at)) gapAt = text.indexOf('  ', at);
    return gapAt;
  };
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const end = lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 0x0d ? lineEnd - 1 : lineEnd;
    const long = end - lineStart > MAX_LINE;
    const words = long ? [] : wordsOf(text, lineStart, end);
    const cells = wideCells(words, text);
    const inOrder = ordered && orderedRow(text, cells, ordered);
    if (ordered && inOrder) markCells(ctx, inOrder, ordered.rules, 'printed_frame');
    else {
      // A header has a gap of two blanks at least and a line after it.
      const gap = gapFrom(lineStart);
      ordered =
        !long && gap >= 0 && gap < end && lineEnd < text.length
          ? orderedHeader(ctx, cells, lineStart)
          : undefined;
    }
    const byPosition = positioned && positionedRow(cells, lineStart, positioned);
    if (positioned && byPosition) markCells(ctx, byPosition, positioned.rules, 'table_column');
    else positioned = long ? undefined : positionedHeader(ctx, words, lineStart, end, gapFrom);
    lineStart = lineEnd + 1;
  }
}

export const alignedTablesDetector: Detector = {
  id: 'aligned_tables',
  types: PHI_TYPES,
  run: alignedTables,
};
