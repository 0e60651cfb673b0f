/**
 * Whether a few capitalized words in a structure that names a person (a "Last, First" folder,
 * the tail of a message's subject) read as a name, without a dictionary of names as a
 * requirement: no word is a drug or clinical word, and the words are not common English words
 * ("Billing", "Forms", "Follow Up"), unless an English word stands beside a known or
 * name-shaped one ("Frost, Wren"). Names of any origin pass: words no list holds are no
 * evidence against a name.
 */
import { COMMON, GIVEN, NEVER, nameDictionaries, SURNAME } from './dictionaries';
import { ENGLISH_ENDING } from './key-values';

/** Written as only a name is: a letter beyond ASCII, an apostrophe or a capital inside ("O'Dowd", "MacLeod"). */
const NAME_SHAPED = /[^\0-\x7f]|\p{L}['’]\p{L}|\p{Ll}\p{Lu}/u;

/** The dictionary flags of a word, a hyphenated one's parts together. */
export function flagsOf(word: string): number {
  const flags = nameDictionaries().flags;
  let f = 0;
  for (const part of word.toLowerCase().split(/[-\s]+/)) f |= flags.get(part) ?? 0;
  return f;
}

/** Endings of clinical words, rarely a name's: "Cardiac", "Cardiology", "Colonoscopy", "Dialysis". */
const CLINICAL_ENDING =
  /(?:iac|ology|ologist|itis|ectomy|otomy|oscopy|ogram|graphy|plasty|emia|aemia|osis|ysis|pathy|therapy|ation)$/;

/** Whether a word in lower case ends as English and clinical words do, and names rarely ("Billing", "Cardiology"). */
export function wordEnding(lower: string): boolean {
  return ENGLISH_ENDING.test(lower) || CLINICAL_ENDING.test(lower);
}

/** A common English or clinical word and no name ("Billing", "Locked", "Cardiac"), its plural too ("Forms"). */
export function englishWord(word: string, flags: number): boolean {
  if ((flags & (GIVEN | SURNAME)) !== 0) return false;
  if ((flags & COMMON) !== 0) return true;
  const lower = word.toLowerCase();
  if (wordEnding(lower)) return true;
  const single = lower.endsWith('s') ? (nameDictionaries().flags.get(lower.slice(0, -1)) ?? 0) : 0;
  return (single & COMMON) !== 0 && (single & (GIVEN | SURNAME)) === 0;
}

/**
 * Whether `words` (two or more, particles left out) read as a person's name; `strict`, where
 * nothing else says a name stands there, also needs a word the dictionaries know as a name and
 * no English word.
 */
export function readsAsName(words: readonly string[], strict = false): boolean {
  if (words.length < 2) return false;
  let english = 0;
  let named = 0;
  let known = 0;
  for (const w of words) {
    const f = flagsOf(w);
    if ((f & NEVER) !== 0) return false;
    if (englishWord(w, f)) english++;
    else if ((f & (GIVEN | SURNAME)) !== 0) known++;
    else if (NAME_SHAPED.test(w)) named++;
  }
  // An accent alone is no evidence where nothing else says a name stands there ("Médica Sur").
  if (strict) return english === 0 && known > 0;
  named += known;
  return english === 0 || (english === 1 && named > 0);
}
