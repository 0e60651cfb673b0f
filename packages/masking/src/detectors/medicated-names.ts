/**
 * A person said to be on a medicine mid-sentence: "Reminder that Kalani is on Samsca 50 mg BID",
 * "make sure Hope stays on apixaban 5 mg", "note Grant was started on Tikosyn". What follows the
 * verb is a medicine (a drug of the lists or a dose right after the word), and the word before it
 * follows a conjunction or a verb of the sentence, so it is no sentence's opening word
 * ("Patient is on …" and "She is on …" stay, as do kin and roles: "that Mum is on …"). A given
 * name that is also a word ("Hope", "Grant") is a name here; a common word that is no name is not.
 */
import type { ScanContext } from './detector';
import { COMMON, GIVEN, NEVER, nameDictionaries, SURNAME } from './dictionaries';

const ON_MEDICINE =
  /\b(?:that|whether|if|and|but|because|since|sure|confirm|note|noted|check|checked|remind|reminder|ensure)[ \t]+(\p{Lu}[\p{Ll}\p{M}'’-]+)[ \t]+(?:is|was|remains|stays|is still|was still|has been|was started|is started|started|restarted|was restarted|continues)[ \t]+on[ \t]+([\p{L}][\p{L}\p{M}\d-]*)/dgu;
/** A dose right after the medicine's name: "50 mg", "7.5 mg", "0.5 mL", "10 units". */
const DOSE_AFTER = /^[ \t]+\d+(?:\.\d+)?[ \t]?(?:mg|mcg|µg|g|mL|ml|units?|IU|%)\b/;
/** Who a sentence may be about without being named (kin, roles, people unnamed). */
const UNNAMED = new Set(
  'patient pt mum mom dad nan gran grandma grandpa baby child client resident partner wife husband son daughter everyone someone nobody staff team he she they'.split(
    ' ',
  ),
);

function medicine(text: string, word: string, end: number): boolean {
  const f = nameDictionaries().flags.get(word.toLowerCase()) ?? 0;
  return (f & NEVER) !== 0 || DOSE_AFTER.test(text.slice(end, end + 16));
}

function personWord(word: string): boolean {
  const lc = word.toLowerCase();
  if (UNNAMED.has(lc)) return false;
  const f = nameDictionaries().flags.get(lc) ?? 0;
  if ((f & NEVER) !== 0 && (f & (GIVEN | SURNAME)) === 0) return false;
  return (f & COMMON) === 0 || (f & GIVEN) !== 0;
}

/** The people the text says are on a medicine. */
export function namesOnMedicines(ctx: ScanContext): void {
  const text = ctx.text;
  ON_MEDICINE.lastIndex = 0;
  for (let m = ON_MEDICINE.exec(text); m !== null; m = ON_MEDICINE.exec(text)) {
    const name = m.indices?.[1];
    const drug = m.indices?.[2];
    if (!name || !drug || !personWord(m[1] as string) || !medicine(text, m[2] as string, drug[1])) continue;
    ctx.out.push({ start: name[0], end: name[1], type: 'name', ruleId: 'prose_name' });
  }
}
