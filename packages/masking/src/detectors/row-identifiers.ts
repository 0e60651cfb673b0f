/**
 * Identifiers a row of text holds without a label beside them:
 *
 * - A census's or a medication record's patient line: the name in capitals ("DAVIS, BRIANNE",
 *   "LEMKE,MARYSE"), then the record number, then the age and sex ("3398670  83M",
 *   "001-99-62  24F"). The number between the name and the age is the patient's.
 * - A two-column Markdown table of a record ("| MRN | 00667722 |"): the first cell names the
 *   second as a JSON key names its value, and an identifier's value is masked whatever it looks
 *   like when shaped like a number (letters and figures, a figure at least).
 * - A cumulative report's row of accession numbers, one per column under its dates
 *   ("ACCESSION  53-NC-710080   33-YS-409739   L829339700"): every cell of the row.
 * - A member's or a patient's number after a label OCR read with a lower-case l or a 1 for the
 *   I ("Member lD: 885627759-02", "Patient 1D 4471902").
 */
import { ruleHolds } from '../field-rules';
import type { PhiType } from '../types';
import type { Detector, ScanContext } from './detector';

const ROW_NUMBER =
  /(?<=\p{Lu}[\p{Lu}'’-]*, ?\p{Lu}[\p{Lu} '’.-]{0,40}[ \t]{2,})([A-Z]{0,3}\d{6,10}|\d{3}-\d{2}-\d{2,3})(?=[ \t]{2,}\d{1,3}[MF](?:[ \t]|$))/gmu;
const AGE_SEX = /\d[MF](?:[ \t]|$)/m;

const TABLE_ROW =
  /^[ \t]*\|[ \t]*([\p{L}][\p{L}\p{N} #./-]{0,30}?)[ \t]*\|[ \t]*([^|\n]{1,40}?)[ \t]*\|[ \t]*$/gmu;
/** Types a table's label may give its value here: the record, plan and other numbers. */
const NUMBER_TYPES: ReadonlySet<PhiType> = new Set([
  'mrn',
  'health_plan',
  'account',
  'license',
  'other_id',
  'device',
  'vehicle',
  'biometric',
  'ssn',
]);
const NUMBER_SHAPE = /^(?=[^\d]*\d)[A-Za-z0-9][A-Za-z0-9-]{3,24}$/;

const ACCESSION_ROW =
  /^[ \t]*(?:ACCESSION|ACCESSIONS|ACCN|Accession|SPECIMEN|Specimen)(?:[ \t]*(?:#|NO\.?|No\.?))?((?:[ \t]{2,}[A-Z0-9][A-Z0-9-]{5,19})+)[ \t]*$/gm;
const CELL = /[A-Z0-9][A-Z0-9-]{5,19}/g;
const FIVE_DIGITS = /(?:\D*\d){5}/;

function accessionRows(ctx: ScanContext): void {
  if (ctx.skip?.has('other_id') || !ctx.test(/ACCESSION|ACCN|Accession|SPECIMEN|Specimen/)) return;
  ACCESSION_ROW.lastIndex = 0;
  for (let m = ACCESSION_ROW.exec(ctx.text); m !== null; m = ACCESSION_ROW.exec(ctx.text)) {
    const cells = m[1] as string;
    const base = m.index + m[0].indexOf(cells);
    for (const c of cells.matchAll(CELL))
      if (FIVE_DIGITS.test(c[0])) {
        const start = base + (c.index ?? 0);
        ctx.out.push({ start, end: start + c[0].length, type: 'other_id', ruleId: 'row_identifier' });
      }
  }
}

/** An OCR'd "ID" (a lower-case l or a 1 for the I) after whose number it is. */
const OCR_ID =
  /(?<![\p{L}])(Member|MEMBER|Subscriber|SUBSCRIBER|Policy|POLICY|Patient|PATIENT|Medicaid|Medicare)[ \t]+[l1]D[ \t]*[:#.]?[ \t]*([A-Z0-9][A-Z0-9-]{4,20})(?![\p{L}\p{N}-])/gu;

function ocrIds(ctx: ScanContext): void {
  if (!ctx.includes('lD') && !ctx.includes('1D')) return;
  OCR_ID.lastIndex = 0;
  for (let m = OCR_ID.exec(ctx.text); m !== null; m = OCR_ID.exec(ctx.text)) {
    const value = m[2] as string;
    const type: PhiType = /^pat/i.test(m[1] as string) ? 'mrn' : 'health_plan';
    if (!FIVE_DIGITS.test(value) || ctx.skip?.has(type)) continue;
    const start = m.index + m[0].length - value.length;
    ctx.out.push({ start, end: start + value.length, type, ruleId: 'row_identifier' });
  }
}

function rowNumbers(ctx: ScanContext): void {
  if (ctx.skip?.has('mrn') || ctx.longestDigitRun < 2 || !ctx.test(AGE_SEX)) return;
  ROW_NUMBER.lastIndex = 0;
  for (let m = ROW_NUMBER.exec(ctx.text); m !== null; m = ROW_NUMBER.exec(ctx.text))
    ctx.out.push({ start: m.index, end: m.index + m[0].length, type: 'mrn', ruleId: 'row_identifier' });
}

function tableRows(ctx: ScanContext): void {
  if (!ctx.includes('|')) return;
  TABLE_ROW.lastIndex = 0;
  for (let m = TABLE_ROW.exec(ctx.text); m !== null; m = TABLE_ROW.exec(ctx.text)) {
    const value = m[2] as string;
    if (!NUMBER_SHAPE.test(value)) continue;
    const rule = ctx.fields.ruleFor(m[1] as string, undefined, []);
    if (!rule || !NUMBER_TYPES.has(rule.type) || ctx.skip?.has(rule.type) || !ruleHolds(rule, value))
      continue;
    const start = m.index + m[0].lastIndexOf(value);
    ctx.out.push({ start, end: start + value.length, type: rule.type, ruleId: 'row_identifier' });
  }
}

export const rowIdentifiers: Detector = {
  id: 'row_identifier',
  types: ['mrn', 'health_plan', 'account', 'license', 'other_id', 'device', 'vehicle', 'biometric', 'ssn'],
  run(ctx) {
    if (ctx.longestDigitRun < 1) return;
    rowNumbers(ctx);
    tableRows(ctx);
    if (ctx.longestDigitRun >= 3) {
      accessionRows(ctx);
      ocrIds(ctx);
    }
  },
};
