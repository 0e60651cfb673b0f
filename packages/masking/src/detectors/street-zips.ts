/**
 * The town and ZIP code closing a street address a detector found, on its line, with no comma
 * between, as a scanned form or a terminal's line prints them ("Addr 42053 Jaeden Burg Apt. 119
 * Binshaven 50959 | Ph …", "… Suite 285 West Lukas 78465"): five digits (or ZIP+4) after the
 * street, its town's one to three capitalized words and a state's code between or not, are the
 * place the person lives. A number after a bar, a label or a word in lower case is none.
 */
import type { Detector, ScanContext } from './detector';

/** After the street: a town of up to three capitalized words, a state's code, then the ZIP. */
const TOWN_ZIP =
  /^,?[ \t]+((?:\p{Lu}[\p{L}'’.-]*[ \t]+){0,2}\p{Lu}[\p{L}'’.-]*)?,?[ \t]*(?:[A-Z]{2}[ \t]+)?(\d{5}(?:-\d{4})?)(?![\d\p{L}])/u;
/** A town's word that is a label or a unit's word, not a place ("Ph", "Tel", "Unit"). */
const NOT_TOWN =
  /^(?:ph|phone|tel|fax|cell|mob|mobile|dob|mrn|id|no|unit|apt|suite|ste|room|rm|bed|zip|code)\.?$/i;

export const streetZips: Detector = {
  id: 'street_zip',
  types: ['geo', 'zip'],
  run(ctx: ScanContext) {
    if (ctx.out.length === 0 || ctx.longestDigitRun < 5) return;
    const text = ctx.text;
    const found = ctx.out.length;
    for (let i = 0; i < found; i++) {
      const span = ctx.out[i];
      if (span?.type !== 'street_address') continue;
      const m = TOWN_ZIP.exec(text.slice(span.end, span.end + 60));
      const zip = m?.[2];
      if (!m || !zip) continue;
      const town = m[1];
      if (town?.split(/[ \t]+/).some((w) => NOT_TOWN.test(w))) continue;
      const zipEnd = span.end + m[0].length;
      const zipStart = zipEnd - zip.length;
      if (town && !ctx.skip?.has('geo')) {
        const townStart = span.end + m[0].indexOf(town);
        ctx.out.push({ start: townStart, end: townStart + town.length, type: 'geo', ruleId: 'street_zip' });
      }
      if (!ctx.skip?.has('zip'))
        ctx.out.push({ start: zipStart, end: zipEnd, type: 'zip', ruleId: 'street_zip' });
    }
  },
};
