/**
 * Records side by side, a field to a line: an enterprise index's potential-duplicate pair, a
 * merge review or a record comparison writes each field's label first and then each record's
 * value in a column of its own, perhaps a match weight last:
 *
 *   LAST NAME     QUILLERY                        QUILERY                         -3.35
 *   DOB           12/06/1941                      06/12/1941                      +5.61
 *
 * Each value under a label the field rules know is that identifier (a misspelled surname, a
 * town, a bare record number). Read only where three lines at least hold such a label and two
 * values; a weight or score ending the line, and a dash for none, are left.
 */

import type { FieldRule } from '../field-rules';
import type { Detector, ScanContext } from './detector';
import { type Cell, markCells } from './table-columns';

/** A label of a few words, a column gap, then the values. */
const FIELD_LINE = /^([A-Za-z][A-Za-z#/.'’-]*(?: [A-Za-z#/.'’-]+){0,3})[ \t]{2,}(\S.*?)[ \t]*$/dgm;
const GAP = /[ \t]{2,}/g;
/** A match weight or score ending the line: "+5.61", "-3.35", "0.92", "--". */
const WEIGHT = /^(?:[+-]?\d{1,3}(?:\.\d+)?%?|--?|—)$/;

interface FieldRow {
  cells: Cell[];
  rules: FieldRule[];
}

function cellsOf(text: string, start: number, end: number): Cell[] {
  const cells: Cell[] = [];
  const body = text.slice(start, end);
  let from = 0;
  GAP.lastIndex = 0;
  for (let m = GAP.exec(body); m !== null; m = GAP.exec(body)) {
    cells.push({ start: start + from, end: start + m.index });
    from = m.index + m[0].length;
  }
  cells.push({ start: start + from, end });
  return cells;
}

export const recordPairs: Detector = {
  id: 'record_pairs',
  types: ['name', 'mrn', 'date', 'geo', 'zip', 'ssn', 'phone', 'street_address'],
  run(ctx: ScanContext) {
    if (!ctx.hasUpper || !ctx.includes('\n') || !ctx.includes('   ')) return;
    const { text } = ctx;
    const rows: FieldRow[] = [];
    FIELD_LINE.lastIndex = 0;
    for (let m = FIELD_LINE.exec(text); m !== null; m = FIELD_LINE.exec(text)) {
      const label = m.indices?.[1];
      const values = m.indices?.[2];
      if (!label || !values) continue;
      const rule = ctx.fields.ruleFor(m[1] as string, undefined, []);
      if (!rule) continue;
      const cells = cellsOf(text, values[0], values[1]);
      const last = cells[cells.length - 1] as Cell;
      if (cells.length > 1 && WEIGHT.test(text.slice(last.start, last.end))) cells.pop();
      if (cells.length >= 2) rows.push({ cells, rules: cells.map(() => rule) });
    }
    if (rows.length < 3) return;
    for (const row of rows) markCells(ctx, row.cells, row.rules, 'record_pairs');
  },
};
