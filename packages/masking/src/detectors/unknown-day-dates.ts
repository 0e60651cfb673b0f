/**
 * A case report form's partial date: the day unknown, written as "UN", "UNK", "UK" or "XX", the
 * month and the year known ("UN-MAR-2024", "UNK/04/2022", "uk-Jan-2020", "XX/03/2021"). The month
 * and year of a person's event are a date; a year alone ("UNK/UNK/2022") stays a year.
 */
import type { Detector, ScanContext } from './detector';

const MONTHS = 'JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC';
const UNKNOWN_DAY_RE = new RegExp(
  `\\b(?:UNK?|UK|XX)([-/])(?:(?:${MONTHS})|0?[1-9]|1[0-2])\\1(?:19|20)\\d\\d(?![\\w/-])`,
  'dgi',
);

/** How an unknown day opens such a date, in the cases forms write it. */
const MARKS = ['UN', 'UK', 'XX', 'un', 'uk', 'xx', 'Un', 'Uk'];

export const unknownDayDates: Detector = {
  id: 'unknown_day_dates',
  types: ['date'],
  run(ctx: ScanContext) {
    if (ctx.skip?.has('date') || ctx.longestDigitRun < 4) return;
    if (!MARKS.some((w) => ctx.mayInclude(w))) return;
    const { text } = ctx;
    UNKNOWN_DAY_RE.lastIndex = 0;
    for (let m = UNKNOWN_DAY_RE.exec(text); m !== null; m = UNKNOWN_DAY_RE.exec(text))
      ctx.out.push({ start: m.index, end: m.index + m[0].length, type: 'date', ruleId: 'unknown_day_dates' });
  },
};
