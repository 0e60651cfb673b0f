/**
 * The words of a person's name read from a run of capitalized words: where the run before a
 * cue starts, which of its words are a name's (given and family names in any case, initials,
 * the particles and the "son of" links of South and South-East Asian names: "s/o", "d/o",
 * "a/l", "binte"), and whether what is left reads as a name rather than a heading, a ward or
 * a diagnosis (no word is a common, clinical or drug word unless the dictionaries know it as a
 * name).
 */
import { COMMON, GIVEN, NEVER, nameDictionaries, SURNAME } from './dictionaries';
import { CLINICAL_ENDING } from './standalone-names';

/** Links between a person's name and a parent's or a husband's: "son of", "daughter of", "wife of". */
export const LINK = String.raw`(?:[sdwhSDWH]\/[oO]|[aA]\/[lLpP]|bin|binti|binte|bte|anak)`;
/** Lower-case particles inside a family name. */
const PARTICLE = '(?:de|del|della|da|das|dos|du|van|von|der|den|ter|ten|la|le|di|dela|al|el)';
/** One word of a name run: a capitalized word, an initial ("S.", "P.Janse"), a link or a particle. */
export const RUN_WORD = String.raw`(?:\p{Lu}[\p{L}\p{M}'’.-]*|${LINK}|${PARTICLE})`;
const LINK_OR_PARTICLE = new RegExp(`^(?:${LINK}|${PARTICLE})$`, 'u');
/** Up to six words of a run ending where the cue starts, after a character no name word holds. */
const RUN_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}\p{M}\p{N}'’.\/-])(${RUN_WORD}(?:[ \t]${RUN_WORD}){0,5})$`,
  'u',
);

/** Titles before a name: dropped from the run, they are no part of the name. */
const TITLES = new Set(
  'dr mr mrs ms miss mx prof professor sr sister nurse matron rev fr pastor deacon deaconess chief alhaji alhaja mallam madam dame sir lady lord'.split(
    ' ',
  ),
);
const VOWEL = /[aeiouy]/;
const INITIAL = /^\p{Lu}\.?$/u;

/** The dictionary flags of a word, a hyphenated one's parts together. */
function flagsOf(lower: string): number {
  const flags = nameDictionaries().flags;
  let f = flags.get(lower) ?? 0;
  if (f === 0 && lower.includes('-')) for (const part of lower.split('-')) f |= flags.get(part) ?? 0;
  return f;
}

/** The word in lower case without its full stops and possessive ending. */
function bare(word: string): string {
  return word
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/\.+$/, '');
}

/** Whether the dictionaries know the word as a given or family name that is not a drug or an eponym. */
export function knownName(word: string): boolean {
  const f = flagsOf(bare(word));
  return (f & (GIVEN | SURNAME)) !== 0 && (f & NEVER) === 0;
}

/** Whether the dictionaries know the word as a given name and not as a common, clinical or drug word. */
export function givenName(word: string): boolean {
  const f = flagsOf(bare(word));
  return (f & GIVEN) !== 0 && (f & (COMMON | NEVER)) === 0;
}

/** Whether the word is a common English word, a name of the lists or not ("Ward", "Will"). */
export function commonWord(word: string): boolean {
  return (flagsOf(bare(word)) & COMMON) !== 0;
}

/** Whether the word is a drug, a device or an eponym and no name: never part of a person's name. */
export function drugOrEponym(word: string): boolean {
  const lc = bare(word);
  return TITLES.has(lc) || ((flagsOf(lc) & NEVER) !== 0 && !knownName(word));
}

/**
 * Whether a capitalized word is one no name is: a common, clinical or drug word, a word with a
 * clinical ending, a title, or an acronym (no vowel, or two letters in capitals).
 */
export function plainWord(word: string): boolean {
  const lc = bare(word);
  if (TITLES.has(lc)) return true;
  if (knownName(word)) return false;
  const f = flagsOf(lc);
  // A clinical ending only on a longer word: "Uzoma" is a name, "lipoma" a finding.
  if ((f & (COMMON | NEVER)) !== 0 || (lc.length > 5 && CLINICAL_ENDING.test(lc))) return true;
  return lc.length < 3 || !VOWEL.test(lc);
}

/** Whether a word of a run is an initial, a link or a particle: part of a name, never all of one. */
function minorWord(word: string): boolean {
  return INITIAL.test(word) || LINK_OR_PARTICLE.test(word);
}

/**
 * The run of name words ending at `end` (after at most `reach` characters), with its plain
 * words, titles, links and particles at its start left out: [start, end], or undefined when no
 * name word is left.
 */
export function runBefore(text: string, end: number, reach = 80): [number, number] | undefined {
  const from = Math.max(0, end - reach);
  const m = RUN_BEFORE.exec(text.slice(from, end));
  const run = m?.[1];
  if (run === undefined) return undefined;
  let start = end - run.length;
  const words = run.split(/[ \t]/);
  let i = 0;
  while (i < words.length && !INITIAL.test(words[i] as string) && plainWord(words[i] as string)) {
    start += (words[i] as string).length + 1;
    i++;
  }
  while (i < words.length && LINK_OR_PARTICLE.test(words[i] as string)) {
    start += (words[i] as string).length + 1;
    i++;
  }
  return i < words.length ? [start, end] : undefined;
}

/**
 * Whether the words read as a person's name: no plain word among them, a name word that is not
 * an initial, a link or a particle, and, for one word alone, a word the dictionaries know or a
 * family name with its initial glued on ("OKamau").
 */
export function nameWords(words: readonly string[]): boolean {
  let core = 0;
  for (const w of words) {
    if (minorWord(w)) continue;
    if (plainWord(w.replace(/^\p{Lu}\./u, ''))) return false;
    core++;
  }
  if (core === 0) return false;
  if (words.length > 1) return true;
  const only = words[0] as string;
  if (only.length < 3) return false;
  return (
    (knownName(only) && (flagsOf(bare(only)) & COMMON) === 0) || /^\p{Lu}\.?\p{Lu}\p{Ll}{3,}$/u.test(only)
  );
}
