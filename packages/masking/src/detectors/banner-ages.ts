/**
 * An age of 90 or over as a patient banner prints it, a number and a year unit between bars or in
 * brackets, or before the sex: "| 95 Y Male |", "| 103 years F |", "DOB: 5/2/1933 (92 years) F",
 * "(96 Y)". Safe Harbor hides every age over 89; younger ages stay.
 */
import type { Detector, ScanContext } from './detector';

const BANNER_AGE_RE =
  /(?<=(?:^|[|(\n])[ \t]*)(\d{2,3})[ \t]?(?:Y|y|yr|yrs|years?|Years?|YRS?|YEARS?|yo|YO|y\.o\.|y\/o)(?=[ \t]*[|)]|[ \t]+(?:Male|Female|male|female|MALE|FEMALE|M|F|Other|Unknown|X|Nonbinary)(?![\w-]))/dg;
/** An age over 89 and its unit's first letter: the expression runs only where one is. */
const AGE_GATE = /(?:9\d|1[01]\d|12[0-5])[ \t]?[Yy]/;
/** The youngest age Safe Harbor hides, and the oldest number read as an age. */
const OLDEST_SHOWN = 89;
const OLDEST_AGE = 125;

function bannerAges(ctx: ScanContext): void {
  if (ctx.longestDigitRun < 2 || ctx.skip?.has('age')) return;
  if ((!ctx.includes('|') && !ctx.includes('(') && !ctx.includes('\n')) || !ctx.test(AGE_GATE)) return;
  const { text } = ctx;
  BANNER_AGE_RE.lastIndex = 0;
  for (let m = BANNER_AGE_RE.exec(text); m !== null; m = BANNER_AGE_RE.exec(text)) {
    const span = m.indices?.[1];
    const age = Number(m[1]);
    if (!span || age <= OLDEST_SHOWN || age > OLDEST_AGE) continue;
    ctx.out.push({ start: span[0], end: span[1], type: 'age', ruleId: 'banner_ages' });
  }
}

export const bannerAgesDetector: Detector = {
  id: 'banner_ages',
  types: ['age'],
  run: bannerAges,
};
