/**
 * Numbers as optical character recognition returns a scanned fax: letters that look like digits
 * inside a run of digits (O or o for 0, l or I for 1, S for 5: "4O1-8S5-4130", "O4/OS/2O23",
 * "November S, 2O23"), a label run into its value ("MRNH276Ol86") and a ZIP code run into its
 * state ("Gallup NM98394"). A run is read with its letters as digits only when it holds three
 * real digits at least and then has the exact shape of a telephone number or a date.
 */
import { en } from '@faker-js/faker';
import { MONTHS } from '../date-shift';
import type { PhiType } from '../types';
import { before, type Detector, type ScanContext } from './detector';

const DIGIT_LIKE: Readonly<Record<string, string>> = { O: '0', o: '0', l: '1', I: '1', S: '5' };
const D = '[\\dOolIS]';

/** The run with each digit-like letter read as its digit (same length: offsets hold). */
export function asDigits(run: string): string {
  return run.replace(/[OolIS]/g, (c) => DIGIT_LIKE[c] as string);
}

function realDigits(run: string): number {
  let n = 0;
  for (let i = 0; i < run.length; i++) {
    const c = run.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/** A run of digits, digit-like letters and the punctuation of phone numbers and dates. */
const RUN_RE = /(?<![\p{L}\d])[\d(OolIS][\dOolIS()\-. /]{4,16}[\dOolIS](?![\p{L}\d])/gu;
const PHONE_SHAPE = /^(?:\(\d{3}\) ?|\d{3}[-. ])\d{3}[-. ]\d{4}$/;
const DATE_SHAPE = /^(?:(\d{1,2})([/.-])(\d{1,2})\2(?:\d{2}|(?:19|20)\d{2})|(?:19|20)\d{2}-(\d{2})-(\d{2}))$/;
const FAX_BEFORE = /\b(?:fax|facsimile|from)\b[^\n\d]{0,12}$/i;

function validDate(m: RegExpExecArray): boolean {
  if (m[4] !== undefined)
    return Number(m[4]) >= 1 && Number(m[4]) <= 12 && Number(m[5]) >= 1 && Number(m[5]) <= 31;
  const a = Number(m[1]);
  const b = Number(m[3]);
  return a >= 1 && b >= 1 && ((a <= 12 && b <= 31) || (b <= 12 && a <= 31));
}

function push(ctx: ScanContext, start: number, end: number, type: PhiType): void {
  if (ctx.skip?.has(type)) return;
  ctx.out.push({ start, end, type, ruleId: 'ocr_value' });
}

function digitRuns(ctx: ScanContext): void {
  const { text } = ctx;
  RUN_RE.lastIndex = 0;
  for (let m = RUN_RE.exec(text); m !== null; m = RUN_RE.exec(text)) {
    const run = m[0].trim();
    if (!/[OolIS]/.test(run) || realDigits(run) < 3) continue;
    const start = m.index + m[0].indexOf(run);
    const digits = asDigits(run);
    if (PHONE_SHAPE.test(digits))
      push(ctx, start, start + run.length, FAX_BEFORE.test(before(text, start, 24)) ? 'fax' : 'phone');
    else {
      const date = DATE_SHAPE.exec(digits);
      if (date && validDate(date)) push(ctx, start, start + run.length, 'date');
    }
  }
}

const MONTH = `(?:${MONTHS.map((m) => `${m[0]?.toUpperCase()}${m.slice(1, 3)}(?:${m.slice(3)}|\\.)?`).join('|')})`;
/** "November S, 2O23", "Jan 17 l931": a month's name with a day or year OCR misread. */
const MONTH_DATE_RE = new RegExp(`\\b${MONTH}[ \\t]+(${D}{1,2}),?[ \\t]+(${D}{4})(?![\\p{L}\\d])`, 'gu');

function monthDates(ctx: ScanContext): void {
  const { text } = ctx;
  MONTH_DATE_RE.lastIndex = 0;
  for (let m = MONTH_DATE_RE.exec(text); m !== null; m = MONTH_DATE_RE.exec(text)) {
    const day = m[1] as string;
    const year = m[2] as string;
    if (!/[OolIS]/.test(day + year) || realDigits(year) < 2) continue;
    const d = Number(asDigits(day));
    const y = Number(asDigits(year));
    if (d >= 1 && d <= 31 && y >= 1900 && y <= 2099) push(ctx, m.index, m.index + m[0].length, 'date');
  }
}

/** "MRNH276Ol86", "MRN087-l547": a record number's label run into the number. */
const GLUED_RECORD_RE = new RegExp(
  `\\b(?:MRN|MR#|CHART#)[:#]?([A-Z]{0,3}${D}[\\dOolIS-]{4,12})(?![\\p{L}\\d])`,
  'dgu',
);

function gluedRecords(ctx: ScanContext): void {
  const { text } = ctx;
  GLUED_RECORD_RE.lastIndex = 0;
  for (let m = GLUED_RECORD_RE.exec(text); m !== null; m = GLUED_RECORD_RE.exec(text)) {
    const span = m.indices?.[1];
    if (span && realDigits(m[1] as string) >= 4) push(ctx, span[0], span[1], 'mrn');
  }
}

const STATE_CODES = [...(en.location?.state_abbr ?? []), 'DC', 'PR'];
/**
 * "Gallup NM98394", "Wasilla AK80104-2698": a town, its state and the ZIP with no blank between.
 * The town before the state's two letters is checked by a look-behind written after them, ending
 * with them again, so the search goes from state to state instead of running it at every character.
 */
const GLUED_ZIP_RE = new RegExp(
  `(?:${STATE_CODES.join('|')})(?<=\\p{Lu}[\\p{Ll}\\p{M}'’.-]+,?[ \\t]+[A-Z]{2})(\\d{5}(?:-\\d{4})?)(?![\\p{L}\\d-])`,
  'dgu',
);

function gluedZips(ctx: ScanContext): void {
  const { text } = ctx;
  GLUED_ZIP_RE.lastIndex = 0;
  for (let m = GLUED_ZIP_RE.exec(text); m !== null; m = GLUED_ZIP_RE.exec(text)) {
    const span = m.indices?.[1];
    if (span) push(ctx, span[0], span[1], 'zip');
  }
}

/** A digit beside a digit-like letter: what every misread run holds. */
const MISREAD_GATE = /\d[OolIS]|[OolIS]\d/;

export const ocrValues: Detector = {
  id: 'ocr_value',
  types: ['phone', 'fax', 'date', 'mrn', 'zip'],
  run(ctx: ScanContext) {
    if (ctx.longestDigitRun < 1 || !ctx.hasUpper) return;
    if (ctx.longestDigitRun >= 5) gluedZips(ctx);
    if (ctx.includes('MRN') || ctx.includes('MR#') || ctx.includes('CHART#')) gluedRecords(ctx);
    if (!ctx.test(MISREAD_GATE)) return;
    digitRuns(ctx);
    monthDates(ctx);
  },
};
