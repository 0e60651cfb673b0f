/**
 * The place of birth a form's label names, in the label's many forms: a birth certificate
 * worksheet's "6. CITY, TOWN, OR LOCATION OF BIRTH: Quarry Hill   7. …", "City of birth:
 * Wyndmoor", "TOWN OF BIRTH: New Bremen". The capitalized words after the label's colon, up to
 * a wide gap, a line's end, a comma or the next item's number, are the town; a country, a state
 * or a word of a setting ("Hospital", "Home") stays.
 */
import type { Detector, ScanContext } from './detector';
import { mayBePlace } from './residence-places';

const PLACE_WORD = '(?:CITY|TOWN|PLACE|LOCATION|MUNICIPALITY|VILLAGE)';
/** "CITY, TOWN, OR LOCATION OF BIRTH", "City of birth", "Town/village of birth", then a colon. */
const BIRTHPLACE_RE = new RegExp(
  `(?<![\\p{L}])(?:${PLACE_WORD}(?:[ \\t]*[,/][ \\t]*(?:OR[ \\t]+)?${PLACE_WORD}|[ \\t]+OR[ \\t]+${PLACE_WORD})*[ \\t]+OF[ \\t]+BIRTH|(?:[Cc]ity|[Tt]own|[Vv]illage|[Mm]unicipality|[Ll]ocation)(?:[ \\t]*\\/[ \\t]*(?:[Cc]ity|[Tt]own|[Vv]illage))?[ \\t]+of[ \\t]+[Bb]irth)[ \\t]*[:：][ \\t]*(\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:[ \\t]\\p{Lu}[\\p{L}\\p{M}'’.-]*){0,3})(?=[ \\t]{2,}|\\t|[ \\t]*(?:$|[\\r\\n,;(]|\\d))`,
  'dgu',
);

export const birthPlaces: Detector = {
  id: 'birth_place',
  types: ['geo'],
  run(ctx: ScanContext) {
    if (ctx.skip?.has('geo') || !ctx.hasUpper) return;
    if (!ctx.includes(' OF BIRTH') && !ctx.includes(' of birth') && !ctx.includes(' of Birth')) return;
    BIRTHPLACE_RE.lastIndex = 0;
    for (let m = BIRTHPLACE_RE.exec(ctx.text); m !== null; m = BIRTHPLACE_RE.exec(ctx.text)) {
      const at = m.indices?.[1];
      const words = m[1] as string;
      if (at && mayBePlace(words, true))
        ctx.out.push({ start: at[0], end: at[1], type: 'geo', ruleId: 'birth_place' });
    }
  },
};
