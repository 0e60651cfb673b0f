/**
 * HL7 v3 and C-CDA documents write a point in time as a TS value in an attribute:
 * `<effectiveTime value="20251115093000-0500"/>`, `<birthTime value="19410723"/>`,
 * `<low value="20240301"/>`. In a clinical document every such time is about the patient's
 * care (the document's date, an author's signature, a result's collection), so the value is a
 * date whatever the element's neighbours say. A person's name is a `<name>` element whose
 * `<given>` and `<family>` parts hold the name, whatever their case or particles ("ter Horst",
 * "al-Rashidi") or however common the word ("Church").
 */
import type { Detector, ScanContext } from './detector';

/** The v3 elements of type TS (and the bounds of an interval, IVL_TS). */
const TIME_ELEMENT =
  /<(?:[\w-]+:)?(?:effectiveTime|time|birthTime|deceasedTime|low|high|center|expectedUseTime)\b[^<>]*?\svalue="(\d{8}(?:\d{2,6}(?:\.\d{1,4})?)?(?:[+-]\d{4})?)"/dg;

function markTimes(ctx: ScanContext): void {
  TIME_ELEMENT.lastIndex = 0;
  for (let m = TIME_ELEMENT.exec(ctx.text); m !== null; m = TIME_ELEMENT.exec(ctx.text)) {
    const span = m.indices?.[1];
    if (span) ctx.out.push({ start: span[0], end: span[1], type: 'date', ruleId: 'cda_time' });
  }
}

/** A v3 person name (PN): `<name use="L"><given>…</given><family>…</family></name>`. */
const NAME_ELEMENT =
  /<(?:[\w-]+:)?name\b[^<>]*>((?:\s*<(?:[\w-]+:)?(?:given|family|prefix|suffix|delimiter)\b[^<>]*>[^<>]{0,80}<\/(?:[\w-]+:)?(?:given|family|prefix|suffix|delimiter)>)+)\s*<\//dg;
const NAME_PART = /<(?:[\w-]+:)?(?:given|family)\b[^<>]*>\s*([^<>]*?)\s*<\//dg;

function markNames(ctx: ScanContext): void {
  NAME_ELEMENT.lastIndex = 0;
  for (let m = NAME_ELEMENT.exec(ctx.text); m !== null; m = NAME_ELEMENT.exec(ctx.text)) {
    const parts = m.indices?.[1];
    if (!parts) continue;
    NAME_PART.lastIndex = 0;
    const inner = m[1] as string;
    for (let p = NAME_PART.exec(inner); p !== null; p = NAME_PART.exec(inner)) {
      const span = p.indices?.[1];
      if (span && span[1] > span[0])
        ctx.out.push({
          start: parts[0] + span[0],
          end: parts[0] + span[1],
          type: 'name',
          ruleId: 'cda_name',
        });
    }
  }
}

export const cdaFields: Detector = {
  id: 'cda_fields',
  types: ['date', 'name'],
  run(ctx) {
    if (!ctx.includes('<')) return;
    if (ctx.longestDigitRun >= 8 && ctx.includes('value="') && !ctx.skip?.has('date')) markTimes(ctx);
    if (
      (ctx.includes('<given') || ctx.includes('<family') || ctx.includes(':given')) &&
      !ctx.skip?.has('name')
    )
      markNames(ctx);
  },
};
