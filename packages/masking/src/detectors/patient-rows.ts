/**
 * The patient a census, handoff or MAR row opens with, in capitals, before their room or number
 * and their age and sex ("* QUOONGO 447 67F - etoh w/d", "454-A  QUOVRO,SVAELUETTE  E6428951  26F",
 * "DAGVRO, DAGVROO J  U6959579  102F  WT 108 KG"): a legacy printout's row holds one person and
 * says who first. A plain or clinical word there ("BED 447 67F") stays.
 */
import type { Detector, ScanContext } from './detector';
import { knownName, plainWord } from './name-runs';

/** A row's start, its bullet and its bed ("404-B", "12"), then the name, then a number and the age with sex. */
const PATIENT_ROW =
  /(?:^|\n)[ \t]*(?:[*•-][ \t]+)?(?:\d{1,4}(?:-[A-Z])?[ \t]+)?(\p{Lu}[\p{Lu}'’-]*\p{Lu}(?:,[ \t]?\p{Lu}[\p{Lu}'’-]*\p{Lu}(?:[ \t]\p{Lu})?)?)[ \t]+(?:[A-Z]{0,3}\d[\d-]{0,11}[ \t]+)?\d{1,3}[MF](?![\p{L}\p{N}])/dgu;
const AGE_SEX = /\d[MF](?![p{L}p{N}])/;

function personWords(name: string): boolean {
  const words = name.split(/[ \t,]+/).filter((w) => w.length > 1);
  if (words.length === 0) return false;
  // One word alone is a known name or a longer word no list holds ("PNA" is an abbreviation);
  // a "FAMILY,GIVEN" pair needs one name-like word.
  const word = words[0] as string;
  if (words.length === 1) return knownName(word) || (word.length > 3 && !plainWord(word));
  return words.some((w) => knownName(w) || !plainWord(w));
}

export const patientRows: Detector = {
  id: 'patient_row',
  types: ['name'],
  run(ctx: ScanContext) {
    if (!ctx.hasUpper || !ctx.hasDigit || ctx.skip?.has('name') || !ctx.test(AGE_SEX)) return;
    const text = ctx.text;
    PATIENT_ROW.lastIndex = 0;
    for (let m = PATIENT_ROW.exec(text); m !== null; m = PATIENT_ROW.exec(text)) {
      const at = m.indices?.[1];
      if (!at || !personWords(m[1] as string)) continue;
      ctx.out.push({ start: at[0], end: at[1], type: 'name', ruleId: 'patient_row' });
    }
  },
};
