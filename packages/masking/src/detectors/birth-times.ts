/**
 * The time of a birth, which dates the person to the minute: "Born 03/04/25 at 1809 hrs",
 * "delivered at 07:42", "time of birth 0342". A clock time counts only after a birth cue and in
 * a clock's form (four digits with "hrs" or "h" after them, or hours and minutes apart), so a
 * gestation ("born at 38 weeks") or a year ("born in 1988") stays.
 */
import type { Detector, ScanContext } from './detector';

/** A 24-hour clock time: "1809 hrs", "18:09", "6.09 pm". */
const CLOCK = String.raw`(?:(?:[01]\d|2[0-3])[0-5]\d(?=[ \t]*(?:hrs?|hours|h)\b)|(?:[01]?\d|2[0-3])[:.h][0-5]\d(?![\d.:]))`;
const BIRTH_TIME_RE = new RegExp(
  String.raw`\b(?:(?:born|delivered|birth)\b(?:[^\n.;]|\.(?=\d)){0,48}?\bat|time of birth|birth time|TOB)[ \t]*[:=]?[ \t]*(?:approx(?:imately|\.)?[ \t]+)?(${CLOCK})`,
  'dgi',
);

export const birthTimes: Detector = {
  id: 'birth_time',
  types: ['date'],
  run(ctx: ScanContext) {
    if (!ctx.hasDigit || ctx.skip?.has('date')) return;
    if (!(ctx.includes('orn') || ctx.includes('irth') || ctx.includes('elivered') || ctx.includes('TOB')))
      return;
    const { text } = ctx;
    BIRTH_TIME_RE.lastIndex = 0;
    for (let m = BIRTH_TIME_RE.exec(text); m !== null; m = BIRTH_TIME_RE.exec(text)) {
      const span = m.indices?.[1];
      if (span) ctx.out.push({ start: span[0], end: span[1], type: 'date', ruleId: 'birth_time' });
    }
  },
};
