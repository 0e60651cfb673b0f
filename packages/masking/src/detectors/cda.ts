/**
 * HL7 v3 and C-CDA documents write a point in time as a TS value in an attribute:
 * `<effectiveTime value="20251115093000-0500"/>`, `<birthTime value="19410723"/>`,
 * `<low value="20240301"/>`. In a clinical document every such time is about the patient's
 * care (the document's date, an author's signature, a result's collection), so the value is a
 * date whatever the element's neighbours say.
 */
import type { Detector } from './detector';

/** The v3 elements of type TS (and the bounds of an interval, IVL_TS). */
const TIME_ELEMENT =
  /<(?:[\w-]+:)?(?:effectiveTime|time|birthTime|deceasedTime|low|high|center|expectedUseTime)\b[^<>]*?\svalue="(\d{8}(?:\d{2,6}(?:\.\d{1,4})?)?(?:[+-]\d{4})?)"/dg;

export const cdaTimes: Detector = {
  id: 'cda_times',
  types: ['date'],
  run(ctx) {
    if (ctx.longestDigitRun < 8 || !ctx.includes('value="') || ctx.skip?.has('date')) return;
    TIME_ELEMENT.lastIndex = 0;
    for (let m = TIME_ELEMENT.exec(ctx.text); m !== null; m = TIME_ELEMENT.exec(ctx.text)) {
      const span = m.indices?.[1];
      if (span) ctx.out.push({ start: span[0], end: span[1], type: 'date', ruleId: 'cda_time' });
    }
  },
};
