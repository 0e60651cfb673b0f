/**
 * Ages over 89 written bare in a list's column whose other rows give their unit: in a waitlist
 * or a census typed with wide gaps, "* A. Sample   74yo   555-0100" on one row makes the bare
 * "103" in the same column of the next row an age. Columns are the cells between runs of two
 * spaces or more (or tabs); the column is an age column when a cell of it on another row is a
 * number with a year unit ("74yo", "90y", "66 y/o", "45 yrs").
 */
import type { Detector, ScanContext } from './detector';
import { AGE_NUMBER, ageNumbers } from './gates';

const CELL_GAP = /[ ]{2,}|\t/;
const AGE_WITH_UNIT = /^\d{1,3}\s?(?:y|yo|y\/o|yrs?|years?)$/i;
const BARE_OLD_AGE = /^(?:9\d|1[0-2]\d)$/;
const GATE = /\d\s?(?:y|yo|y\/o|yrs?|years?)(?:[ ]{2,}|\t)/i;

/** The cells of a line, with where each starts. */
function cells(line: string, offset: number): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let at = 0;
  for (const part of line.split(CELL_GAP)) {
    const start = line.indexOf(part, at);
    if (part.trim() !== '')
      out.push({ text: part.trim(), start: offset + start + (part.length - part.trimStart().length) });
    at = start + part.length;
  }
  return out;
}

export const ageColumns: Detector = {
  id: 'age_column',
  types: ['age'],
  run(ctx: ScanContext) {
    if (ctx.skip?.has('age') || !ctx.includes('\n') || (ctx.bits(ageNumbers) & AGE_NUMBER) === 0) return;
    if (!ctx.test(GATE)) return;
    const rows: { text: string; start: number }[][] = [];
    let offset = 0;
    for (const line of ctx.text.split('\n')) {
      rows.push(cells(line, offset));
      offset += line.length + 1;
    }
    const ageColumns = new Set<number>();
    for (const row of rows)
      if (row.length >= 3)
        for (const [i, c] of row.entries()) if (AGE_WITH_UNIT.test(c.text)) ageColumns.add(i);
    for (const row of rows) {
      if (row.length < 3) continue;
      for (const i of ageColumns) {
        const cell = row[i];
        if (cell && BARE_OLD_AGE.test(cell.text))
          ctx.out.push({
            start: cell.start,
            end: cell.start + cell.text.length,
            type: 'age',
            ruleId: 'age_over_89',
          });
      }
    }
  },
};
