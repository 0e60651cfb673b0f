/**
 * A medicine's brand before its generic name in brackets and a dose ("Celestone Soluspan
 * (betamethasone) 12 mg IM", "Fer-In-Sol (ferrous sulfate drops) 1 mL daily", "HBIG (hepatitis B
 * immune globulin) 0.5 mL IM"): no person's name is followed by a drug's name in lower case and
 * what was given. The brand, one to three capitalized words or an acronym, is kept whole; the
 * resolution step drops what a detector found inside it.
 */

/** A brand's word: capitalized, joined by hyphens ("Fer-In-Sol"), or an acronym ("HBIG"). */
const BRAND_WORD = "\\p{Lu}[\\p{L}\\p{M}'’]{0,20}(?:-\\p{Lu}?[\\p{L}\\p{M}\\d]{1,12}){0,3}";
/** The generic in brackets: words in lower case, a capital letter alone among them ("hepatitis B"). */
const GENERIC =
  '\\((?:\\p{Ll}[\\p{Ll}\\d/-]{2,30}|\\p{Lu}\\d?)(?:[ \\t]+(?:\\p{Ll}[\\p{Ll}\\d/-]{1,30}|\\p{Lu}\\d?)){0,5}\\)';
/** What was given: a number and its unit, or a count of a form. */
const DOSE =
  '\\d{1,5}(?:[.,]\\d{1,3})?[ \\t]?(?:mg|mcg|µg|μg|g|mL|ml|L|IU|iu|units?|mEq|meq|mmol|%|tabs?|tablets?|caps?|capsules?|drops?|puffs?|sprays?|patch(?:es)?|vials?)(?![\\p{L}\\p{N}])';
const BRAND_GENERIC = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}'’-])(${BRAND_WORD}(?:[ \\t]+${BRAND_WORD}){0,2})[ \\t]+${GENERIC}[ \\t,]+${DOSE}`,
  'dgu',
);

/** Who stands in brackets after a person's name ("Jane Hale (daughter) 2 tabs given"): no generic. */
const PERSON_IN_BRACKETS =
  /\((?:mother|mom|father|dad|daughter|son|wife|husband|spouse|partner|sister|brother|caregiver|carer|guardian|friend|aide|nurse|patient|pt|self|pharmacist|parent|grandmother|grandfather)\)/i;

/** Character ranges of brands before their generic in brackets and a dose in `text`. */
export function brandGenericSpans(text: string): [number, number][] {
  if (!text.includes('(')) return [];
  const out: [number, number][] = [];
  BRAND_GENERIC.lastIndex = 0;
  for (let m = BRAND_GENERIC.exec(text); m !== null; m = BRAND_GENERIC.exec(text)) {
    const span = m.indices?.[1];
    if (span && !PERSON_IN_BRACKETS.test(m[0])) out.push([span[0], span[1]]);
  }
  return out;
}
