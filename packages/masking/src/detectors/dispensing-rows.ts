/**
 * A pharmacy's dispensing or compounding log written in columns without a header: on a line that
 * names the pharmacist, the technician or the beyond-use date ("RPh", "tech", "BUD") and carries
 * a dose, a column of seven digits (perhaps a dash and a refill's two) is the prescription's
 * number, and the column right after it the patient: initials, "Last, First" or "LAST^FIRST"
 * ("2025-07-01 06:40:32  lot 010622  4314893-79  KKM  vatiquinone 400 mg  BUD 5/29/23  tech KAO").
 * Columns part at two blanks or a tab; a lot number after "lot" is no prescription's.
 */
import type { Detector, ScanContext } from './detector';

const LINE_CUE = /\b(?:RPh|BUD|tech|Tech|CPhT)\b/;
const DOSE = /\d[ \t]?(?:mg|mcg|mL|g|units?|IU|mEq)\b/;
/** A column of a prescription's number, then perhaps the patient's column. */
const RX_COLUMN_RE =
  /(?:^| {2}|\t)(?<!\blot {1,2}|\blot\t)(\d{7}(?:-\d{2})?)(?= {2}|\t|$)(?:(?: {2,}|\t)([A-Z]{2,3}|\p{Lu}[\p{L}'’. -]{1,30}, \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?|\p{Lu}[\p{Lu}'’. -]{1,30}\^\p{Lu}[\p{Lu}'’-]+(?: \p{Lu}[\p{Lu}'’-]+)?)(?= {2}|\t|$))?/dgmu;

/** Capitals in the patient's column that are a route or a form, not initials. */
const NOT_INITIALS = new Set(['IV', 'PO', 'IM', 'SC', 'SQ', 'SL', 'PR', 'TOP', 'INH', 'NA', 'OK', 'PRN']);

function rowsOf(ctx: ScanContext, line: string, offset: number): void {
  RX_COLUMN_RE.lastIndex = 0;
  for (let m = RX_COLUMN_RE.exec(line); m !== null; m = RX_COLUMN_RE.exec(line)) {
    const rx = m.indices?.[1];
    if (rx && !ctx.skip?.has('other_id'))
      ctx.out.push({
        start: offset + rx[0],
        end: offset + rx[1],
        type: 'other_id',
        ruleId: 'dispensing_rows',
      });
    const patient = m.indices?.[2];
    const value = m[2];
    if (patient && value !== undefined && !NOT_INITIALS.has(value) && !ctx.skip?.has('name'))
      ctx.out.push({
        start: offset + patient[0],
        end: offset + patient[1],
        type: 'name',
        ruleId: 'dispensing_rows',
      });
  }
}

export const dispensingRows: Detector = {
  id: 'dispensing_rows',
  types: ['other_id', 'name'],
  run(ctx: ScanContext) {
    if (ctx.longestDigitRun < 7 || !ctx.test(LINE_CUE)) return;
    const { text } = ctx;
    let start = 0;
    while (start < text.length) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      const line = text.slice(start, end);
      if (LINE_CUE.test(line) && DOSE.test(line)) rowsOf(ctx, line, start);
      start = end + 1;
    }
  },
};
