/**
 * A firm named after its partners, as law and accounting firms are: three or more surnames, the
 * last after an ampersand ("Marrow, Quist & Tarrow", "Vale, Orrin, Quist & Tarrow, LLP"), and the
 * firm's legal form after it when written. A person's "Last, First" is followed by no "& Surname":
 * a second person after the ampersand is a given name ("Tarrow, John & Mary") or a full name
 * ("… & Mary Tarrow"), and neither is read as a firm. A capitalized word right before the first
 * partner makes that one a person's surname ("Odile Vane, Marrow, Quist & Tarrow"): the firm
 * opens after it.
 */

import { GIVEN, nameDictionaries, SURNAME } from './dictionaries';

const PARTNER = "\\p{Lu}[\\p{Ll}\\p{M}'’]{1,24}(?:-\\p{Lu}[\\p{Ll}\\p{M}]{1,24})?";
const LEGAL_FORM = '(?:,?[ \\t]+(?:LLP|LLC|PLLC|PC|P\\.C\\.|PA|P\\.A\\.|Ltd\\.?))?';
const FIRM = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}'’.-]|\\p{Lu}[\\p{Ll}\\p{M}'’]*[ \\t])(${PARTNER}(?:,[ \\t]${PARTNER}){1,3},?[ \\t]&[ \\t](${PARTNER})${LEGAL_FORM})(?![\\p{L}\\p{M}\\p{N}'’-]|[ \\t]+\\p{Lu}\\p{Ll})`,
  'dgu',
);

/** Whether a word is only ever a given name (no surname): a second person's, not a partner's. */
function givenOnly(word: string): boolean {
  const f = nameDictionaries().flags.get(word.toLowerCase()) ?? 0;
  return (f & GIVEN) !== 0 && (f & SURNAME) === 0;
}

/** Character ranges of firms named after their partners in `text`. */
export function lawFirmSpans(text: string): [number, number][] {
  if (!text.includes(' & ')) return [];
  const out: [number, number][] = [];
  FIRM.lastIndex = 0;
  for (let m = FIRM.exec(text); m !== null; m = FIRM.exec(text)) {
    const span = m.indices?.[1];
    if (span && !givenOnly(m[2] as string)) out.push([span[0], span[1]]);
  }
  return out;
}
