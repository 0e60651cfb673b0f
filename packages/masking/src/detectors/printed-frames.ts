/**
 * Printed data frames (pandas' and polars' text output, a SQL client's plain result, an agent's
 * `print(df.head())`): a header line of column names set apart by two blanks or more, then rows
 * whose cells are set apart the same way, the row's index first when it has one. The columns are
 * read in order, not by position (pandas right-aligns its cells under their names), so a header
 * of H names types the rows of H cells, or of H + 1 cells whose first is an index. A column the
 * field rules know ("mrn", "zip", "dob", "age", "member_id") names what every value under it is:
 * a bare "70525" under "zip" is a ZIP code, "D0606712" under "mrn" a record number, "94" under
 * "age" an age over 89. The first line that is no such row ends the frame ("[5 rows x 7 columns]").
 */
import { type FieldRule, ruleHolds } from '../field-rules';
import { PHI_TYPES } from '../types';
import type { Detector, ScanContext } from './detector';

interface Cell {
  start: number;
  end: number;
}

/** A column's name: a field name in any language, short, no blank inside but single ones. */
const COLUMN_NAME = /^[\p{L}_][\p{L}\p{N}_.#/()-]{0,39}(?: [\p{L}\p{N}_.#/()-]{1,20}){0,2}$/u;
/** A row's index: a number, or pandas' and polars' elision of rows. */
const ROW_INDEX = /^(?:\d{1,7}|\.{2,3}|…)$/;
const MAX_LINE = 600;
const MAX_COLUMNS = 40;

/** Cells of text[start, end): runs separated by two blanks or more (or a tab). */
function wideCells(text: string, start: number, end: number): Cell[] {
  const cells: Cell[] = [];
  let i = start;
  while (i < end) {
    while (i < end && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
    if (i >= end) break;
    const s = i;
    for (; i < end; i++) {
      const c = text.charCodeAt(i);
      if (
        c === 0x09 ||
        (c === 0x20 && (i + 1 >= end || text.charCodeAt(i + 1) === 0x20 || text.charCodeAt(i + 1) === 0x09))
      )
        break;
    }
    cells.push({ start: s, end: i });
  }
  return cells;
}

/** The column rules of a header line, or undefined when it names no identifier. */
function headerRules(ctx: ScanContext, cells: readonly Cell[]): (FieldRule | undefined)[] | undefined {
  if (cells.length < 2 || cells.length > MAX_COLUMNS) return undefined;
  const names = cells.map((c) => ctx.text.slice(c.start, c.end));
  if (!names.every((n) => COLUMN_NAME.test(n))) return undefined;
  let any = false;
  const rules = names.map((n) => {
    const rule = ctx.fields.ruleFor(n, undefined, names);
    if (rule) any = true;
    return rule;
  });
  return any ? rules : undefined;
}

/**
 * The row's cells in column order (its index dropped), or undefined when it is not a row of the
 * frame. A row has an index only under a header that leaves the index's column blank, as pandas
 * prints it (`   mrn    zip`); under a header that opens at the line's start ("BED  PATIENT  AGE")
 * the first cell is a column's.
 */
function rowCells(text: string, cells: Cell[], columns: number, indexed: boolean): Cell[] | undefined {
  if (cells.length === columns) return cells;
  if (indexed && cells.length === columns + 1 && ROW_INDEX.test(text.slice(cells[0]?.start, cells[0]?.end)))
    return cells.slice(1);
  return undefined;
}

function markRow(ctx: ScanContext, cells: readonly Cell[], rules: readonly (FieldRule | undefined)[]): void {
  for (let k = 0; k < cells.length; k++) {
    const rule = rules[k];
    const cell = cells[k] as Cell;
    if (!rule || ctx.skip?.has(rule.type)) continue;
    const value = ctx.text.slice(cell.start, cell.end);
    if (!/[\p{L}\p{N}]/u.test(value) || /^(?:NaN|None|null|NaT|<NA>)$/.test(value) || !ruleHolds(rule, value))
      continue;
    if (rule.type === 'age' && !(Number.parseInt(value, 10) >= 90)) continue;
    ctx.out.push({ start: cell.start, end: cell.end, type: rule.type, ruleId: 'printed_frame' });
  }
}

export const printedFrames: Detector = {
  id: 'printed_frame',
  types: PHI_TYPES,
  run(ctx) {
    if (!ctx.includes('\n') || !ctx.includes('  ')) return;
    const text = ctx.text;
    let rules: (FieldRule | undefined)[] | undefined;
    let indexed = false;
    let lineStart = 0;
    while (lineStart < text.length) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = text.length;
      const end = lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 0x0d ? lineEnd - 1 : lineEnd;
      const long = end - lineStart > MAX_LINE;
      const cells = long ? [] : wideCells(text, lineStart, end);
      const row = rules && rowCells(text, cells, rules.length, indexed);
      if (rules && row) markRow(ctx, row, rules);
      else {
        // A header has a gap of two blanks at least and a line after it.
        const gap = text.indexOf('  ', lineStart);
        rules = !long && gap >= 0 && gap < end && lineEnd < text.length ? headerRules(ctx, cells) : undefined;
        indexed = (cells[0]?.start ?? lineStart) > lineStart;
      }
      lineStart = lineEnd + 1;
    }
  },
};
