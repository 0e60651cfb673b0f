/**
 * Names with a number glued on, as synthetic-patient generators write them ("Marcus276
 * Schaefer486", "Mrs. Jolanda941 Hettinger594", "Ankunding314, Fermin701"): the other name
 * detectors read a capitalized word glued to digits as a measure or a code ("SaO2", "Na140") and
 * pass it by. Such a word is a name here when its letters are a given name or a surname and no
 * common word ("Kshlerin888", "Dr. Wuckert380"), when a title or a word naming a person
 * ("Patient:", "Dear") stands before it or an age after
 * it ("Hope45 is a 34 year-old"), or when it stands beside another such word that is one
 * ("Vinnie757 Toy492"); the same word said again
 * elsewhere in the text is the same person. Words of a code, a measure or a product ("Covid19",
 * "Room12 Bed4", "Hgb12 Plt250", "Ubuntu22") have no name's letters and stay.
 */
import type { Detector } from './detector';
import { COMMON, GIVEN, NEVER, nameDictionaries, SURNAME } from './dictionaries';
import { checkNamesFound } from './names';

/**
 * A capitalized word of letters (an inner capital or apostrophe allowed: "McGlynn", "DuBuque",
 * "O'Conner") with one to four digits glued on, nothing of a word on either side (an e-mail
 * address's local part, "Mueller39@…", is the e-mail detector's).
 */
const NUMBERED_WORD =
  /(?<![\p{L}\p{M}\p{N}_'’-])(\p{Lu}(?:\p{Ll}{1,2}|['’])?\p{Lu}?\p{Ll}[\p{Ll}\p{M}]*)\d{1,4}(?![\p{L}\p{M}\p{N}_@])/gu;
/** A lower-case letter right before a digit: a text without one holds no numbered word. */
const LETTER_DIGIT = /\p{Ll}\d/u;
/** A title right before a word: "Mrs. ", "Dr ". */
const TITLE_BEFORE = /(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sr|Sra)\.?[ \t]+$/u;
/** A word naming the person next, right before a word: "Patient: ", "Dear ", "Signed: ", "RE: ". */
const PERSON_CUE_BEFORE =
  /(?<![\p{L}\d])(?:patient|pt|name|dear|signed|prescriber|provider|physician|practitioner|contact|guardian|mother|father|spouse|re(?=:))[ \t]*[:,]?[ \t]*$/iu;
/**
 * An age right after a word: the person's ("Hope45 is a 34 year-old …", "Grace12 Brown33 (34 y/o
 * F)"), so a word whose letters are a name's and a common word's is a name there too.
 */
const AGE_AFTER =
  /^(?:[ \t]+(?:is|was)[ \t]+an?[ \t]+\d{1,3}[ \t-]?(?:year|month|week|day)s?[ \t-]?old|[ \t]*\([ \t]*\d{1,3}[ \t]?(?:y\/o|yo|y\.o\.|years?|yrs?)(?![\p{L}\d]))/iu;
/** What joins the words of one name: a blank, or a comma and a blank after the family name (a bare comma parts columns). */
const JOIN = /^(?:[ \t]|,[ \t])$/;

interface NumberedWord {
  start: number;
  end: number;
  /** Its letters are a drug's, a device's, an eponym's or a label's: never a name. */
  never: boolean;
  /** Taken for a name: a name's letters and no common word's, a title or a person's cue before it, or an age after it. */
  taken: boolean;
}

/** The numbered words of `text`, each judged by its letters, the title before it and the age after it. */
function numberedWords(text: string): NumberedWord[] {
  const { flags } = nameDictionaries();
  const words: NumberedWord[] = [];
  NUMBERED_WORD.lastIndex = 0;
  for (let m = NUMBERED_WORD.exec(text); m !== null; m = NUMBERED_WORD.exec(text)) {
    const f = flags.get((m[1] as string).toLowerCase()) ?? 0;
    const common = (f & COMMON) !== 0;
    const never = (f & NEVER) !== 0;
    const nameLetters = (f & (GIVEN | SURNAME)) !== 0;
    const named = !common && !never && nameLetters;
    // After a title, any letters but a common word's that are no name's ("Dr. Costa553", not "Dr.
    // Room12"); after a word naming a person, letters no list knows need three at least.
    const titled =
      !never &&
      (nameLetters || !common) &&
      (TITLE_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index)) ||
        ((m[1] as string).length >= 3 &&
          PERSON_CUE_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))));
    const end = m.index + m[0].length;
    const aged = nameLetters && !never && AGE_AFTER.test(text.slice(end, end + 24));
    words.push({ start: m.index, end, never, taken: named || titled || aged });
  }
  return words;
}

/** Whether two numbered words are one name's: only a blank, or ", ", between them. */
function joined(text: string, a: NumberedWord, b: NumberedWord): boolean {
  return b.start - a.end <= 2 && JOIN.test(text.slice(a.end, b.start));
}

/**
 * Takes the words beside a taken word for the same name's ("Vinnie757 Toy492": a common word's
 * letters too, a drug's or a label's not), then every other mention of a taken word.
 */
function spread(text: string, words: NumberedWord[]): void {
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i + 1 < words.length; i++) {
      const a = words[i] as NumberedWord;
      const b = words[i + 1] as NumberedWord;
      if (a.taken === b.taken || !joined(text, a, b)) continue;
      const other = a.taken ? b : a;
      if (other.never) continue;
      other.taken = true;
      changed = true;
    }
  }
  const said = new Set<string>();
  for (const w of words) if (w.taken) said.add(text.slice(w.start, w.end));
  for (const w of words) if (!w.taken && said.has(text.slice(w.start, w.end))) w.taken = true;
}

export const numberedNames: Detector = {
  id: 'numbered_name',
  types: ['name'],
  run(ctx) {
    if (ctx.skip?.has('name') || !ctx.hasDigit || !ctx.hasUpper || !ctx.test(LETTER_DIGIT)) return;
    const { text } = ctx;
    const words = numberedWords(text);
    if (words.length === 0) return;
    spread(text, words);
    const found = ctx.out.length;
    for (let i = 0; i < words.length; i++) {
      const first = words[i] as NumberedWord;
      if (!first.taken) continue;
      let last = first;
      while (
        i + 1 < words.length &&
        (words[i + 1] as NumberedWord).taken &&
        joined(text, last, words[i + 1] as NumberedWord)
      ) {
        last = words[++i] as NumberedWord;
      }
      ctx.out.push({ start: first.start, end: last.end, type: 'name', ruleId: 'numbered_name' });
    }
    checkNamesFound(ctx, found);
  },
};
