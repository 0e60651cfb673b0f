/**
 * The person who gave a dose, in the last column of a dose record's line (an immunisation
 * history, a vaccination register's print-out): after the dose and a column's gap, where it was
 * given or by whom ("GP", "Pharmacy", "Council clinic", "Practice nurse") and the giver's family
 * name: "14/12/2024  Vaxelis 0.5 mL  Pharmacy Quenby", "… 0.5 mL  Council clinic Te Whare". The
 * name must read as one: capitalized words, a particle ("Te", "Ó", "van"), no word that is only
 * a plain word ("Pharmacy Counter", "Clinic Room" stay).
 */
import type { Detector, ScanContext } from './detector';
import { plainWord } from './name-runs';

/**
 * A dose ("0.5 mL", "1 dose", "20 mcg"), a column's gap, one or two words saying where or by
 * whom, then one to three capitalized words or particles up to the line's or the column's end.
 */
const DOSE_GIVER =
  /\d(?:[.,]\d+)?[ \t]?(?:mL|ml|mcg|µg|mg|units?|doses?)[ \t]{2,}((?:\p{Lu}[\p{L}-]*[ \t]){0,1}(?:GP|Dr\.?|PHN|RN|NP|[Cc]linic|[Pp]harmacy|[Pp]harmacist|[Pp]ractice|[Nn]urse|[Mm]idwife|[Cc]entre|[Cc]enter|[Ss]urgery|[Hh]ospital|[Vv]accinator)[ \t]+)((?:\p{Lu}[\p{L}\p{M}'’-]*|Te|Ó|Ní|Mac|Mc|de|van|von|da)(?:[ \t](?:\p{Lu}[\p{L}\p{M}'’-]*|de|van|von|da|la)){0,2})(?=[ \t]*(?:\r?\n|$|\t|[ \t]\|))/gmu;

/** Words a particle may be; the name needs another word. */
const PARTICLE = /^(?:Te|Ó|Ní|Mac|Mc|de|van|von|da|la)$/;

function doseGivers(ctx: ScanContext): void {
  const text = ctx.text;
  DOSE_GIVER.lastIndex = 0;
  for (let m = DOSE_GIVER.exec(text); m !== null; m = DOSE_GIVER.exec(text)) {
    const name = m[2] as string;
    const words = name.split(/[ \t]/).filter((w) => !PARTICLE.test(w));
    if (words.length === 0 || words.every((w) => plainWord(w))) continue;
    const start = m.index + m[0].length - name.length;
    ctx.out.push({ start, end: start + name.length, type: 'name', ruleId: 'dose_giver' });
  }
}

export const doseGiversDetector: Detector = {
  id: 'dose_giver',
  types: ['name'],
  run(ctx) {
    if (ctx.skip?.has('name') || !ctx.hasDigit || !ctx.hasUpper) return;
    if (!(ctx.includes('mL') || ctx.includes('ml') || ctx.includes('mcg') || ctx.includes('dose'))) return;
    doseGivers(ctx);
  },
};
