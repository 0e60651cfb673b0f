/**
 * Words written with a blank or a mark between their letters so that no pattern reads them:
 * `J a n e  D o e`, `J a n e D o e`, `J A N E  D O E`, `j a n e  d o e`, `J.a.n.e D.o.e`,
 * `J-a-n-e`, an address spelled out letter by letter (`j a n e @ e x a m p l e . o r g`) and a
 * label's letters (`S S N`, `M-R-N`). Each such word is read joined (`Jane Doe`), the blank or
 * blanks after it as one blank, so the detectors see the name, the address or the label; what
 * they find maps back to the spaced letters. A blank is any space separator (a no-break or a
 * thin space too).
 *
 * A spaced word has at least three letters and is either capitalized (`J a n e`: a capital,
 * then small letters, one blank or one repeated mark between them) or, in capitals or in small
 * letters, one of at least two such words set apart by two blanks or more (`J A N E  D O E`,
 * `j a n e  d o e`), as people space out a name. A label is three or four letters, one blank,
 * '-', '_' or '/' between them, that make an identifier's abbreviation. Single letters in lists
 * ("a b c", "A B C"), initials ("J. D.") and grades stay as written.
 */
import type { CharLookup, Piece, Rewrite } from './disguises';

/** A space separator: the blank, the no-break, the typographic and the ideographic spaces. */
const B = '[ \\u00a0\\u2000-\\u200a\\u202f\\u205f\\u3000]';
const BLANK = new RegExp(`^${B}$`, 'u');
/** Not inside a word or a longer spaced run: no letter or digit right before, nor a lone one and a blank. */
const OPEN = String.raw`(?<![\p{L}\p{N}])(?<!(?:^|[^\p{L}\p{N}])[\p{L}\p{N}]${B})`;
/** Not followed by a letter or digit, or by one more spaced letter. */
const CLOSE = String.raw`(?![\p{L}\p{N}]|${B}[\p{L}\p{N}](?:${B}|$))`;
/** A capitalized spaced word: a capital, then two or more small letters, one blank before each. */
const WORD = String.raw`\p{Lu}(?:${B}[\p{Ll}'’-]){2,}`;
/** A spaced word in capitals, three letters or more. */
const CAPS_WORD = String.raw`\p{Lu}(?:${B}[\p{Lu}'’-]){2,}`;
/** A spaced word in small letters, three letters or more. */
const LOWER_WORD = String.raw`\p{Ll}(?:${B}[\p{Ll}'’-]){2,}`;
/** Capitalized spaced words, one to four blanks between them. */
const CAPITALIZED = new RegExp(`${OPEN}${WORD}(?:${B}{1,4}${WORD})*${CLOSE}`, 'uy');
/** Two or more spaced words in capitals, or in small letters, set apart by two to four blanks. */
const CAPITALS = new RegExp(`${OPEN}${CAPS_WORD}(?:${B}{2,4}${CAPS_WORD})+${CLOSE}`, 'uy');
const SMALL = new RegExp(`${OPEN}${LOWER_WORD}(?:${B}{2,4}${LOWER_WORD})+${CLOSE}`, 'uy');
/**
 * Capitalized words whose letters one mark joins, the same mark throughout (`J.a.n.e D.o.e`,
 * `J-a-n-e`, `J_a_n_e`, `J·a·n·e`), one to four blanks between the words.
 */
const MARKED = new RegExp(
  String.raw`(?<![\p{L}\p{N}._·-])\p{Lu}([._·-])\p{Ll}(?:\1\p{Ll})+(?:${B}{1,4}\p{Lu}\1\p{Ll}(?:\1\p{Ll})+)*(?![\p{L}\p{N}]|[._·-][\p{L}\p{N}])`,
  'uy',
);
/**
 * An address spelled one character at a time: eight characters or more, one blank between each,
 * an '@' among them. The parts are bounded as an address's are (64 characters before the '@', 255
 * after), so a long spaced run that is no address is given up after 64 characters, not its length.
 */
const SPACED_ADDRESS = /(?<![^\s])[\w.+-](?: [\w.+-]){2,63} @(?: [\w.-]){4,255}(?![^\s])/g;
/** A domain after the '@' of a joined address: a dot and two letters at least after it. */
const JOINED_DOMAIN = /@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}$/;
/** Three or four letters, one blank, '-', '_' or '/' between them, of one case. */
const SPACED_LABEL = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:\p{Lu}(${B}|[-_/])\p{Lu}(?:\1\p{Lu}){1,2}|\p{Ll}(${B}|[-_/])\p{Ll}(?:\2\p{Ll}){1,2})(?![\p{L}\p{N}]|(?:${B}|[-_/])\p{L}(?![\p{L}\p{N}]))`,
  'uy',
);

/** Abbreviations that label an identifier, read joined when spelled out (`S S N`, `D-O-B`). */
const LABEL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'SSN',
  'SIN',
  'MRN',
  'DOB',
  'NPI',
  'DEA',
  'EIN',
  'TIN',
  'ITIN',
  'MBI',
  'HICN',
  'NHS',
  'PHN',
  'ZIP',
  'VIN',
]);
/**
 * Where a spaced word may start: a blank, a letter and a blank after a letter, or one mark, a
 * letter and the same mark after one (every label is three letters or four). Each expression
 * opens with the blank or the mark and looks back for the letter before it, so it is tried at
 * few characters; the run it hints at starts at that letter.
 */
const BLANK_HINT = new RegExp(String.raw`${B}[\p{L}'’]${B}(?<=\p{L}.{3})(?=\p{L})`, 'gu');
const MARK_HINT = /([._·/-])\p{L}\1(?<=\p{L}.{3})(?=\p{L})/gu;
const BLANK_KINDS = [CAPITALIZED, CAPITALS, SMALL, SPACED_LABEL];
const MARK_KINDS = [MARKED, SPACED_LABEL];

/** Whether `spacedLetterRewrites` may find something: one or two expressions. */
export function mayHoldSpacedLetters(text: string, _lookup: CharLookup): boolean {
  if (text.length < 5) return false;
  BLANK_HINT.lastIndex = 0;
  MARK_HINT.lastIndex = 0;
  return BLANK_HINT.test(text) || MARK_HINT.test(text) || text.includes(' @ ');
}

/** The rewrites of the spaced words of `text`, appended to `out`. */
export function spacedLetterRewrites(text: string, out: Rewrite[]): void {
  runsAtHints(text, BLANK_HINT, BLANK_KINDS, out);
  runsAtHints(text, MARK_HINT, MARK_KINDS, out);
  if (text.includes(' @ ')) spacedAddresses(text, out);
}

/**
 * At each place `hint` finds, the first of `kinds` that reads a run from the letter before it
 * (a label only when its letters make an identifier's abbreviation); the search goes on after
 * the run, or at the next character.
 */
function runsAtHints(text: string, hint: RegExp, kinds: readonly RegExp[], out: Rewrite[]): void {
  hint.lastIndex = 0;
  for (let h = hint.exec(text); h !== null; h = hint.exec(text)) {
    const start = h.index - 1;
    // A run that starts inside this hint ("Patient J a n e") is found at the next one.
    hint.lastIndex = h.index + 1;
    for (const re of kinds) {
      re.lastIndex = start;
      const m = re.exec(text);
      if (m === null || (re === SPACED_LABEL && !isLabel(m[0]))) continue;
      out.push(joined(m[0], start));
      hint.lastIndex = start + m[0].length;
      break;
    }
  }
}

/** `S S N`, `M-R-N`: the letters of an identifier's abbreviation. */
function isLabel(value: string): boolean {
  return LABEL_ABBREVIATIONS.has(value.replace(/[^\p{L}]/gu, '').toUpperCase());
}

/** `j a n e . d o e @ e x a m p l e . o r g`: an address's characters, read joined. */
function spacedAddresses(text: string, out: Rewrite[]): void {
  SPACED_ADDRESS.lastIndex = 0;
  for (let m = SPACED_ADDRESS.exec(text); m !== null; m = SPACED_ADDRESS.exec(text))
    if (JOINED_DOMAIN.test(m[0].replaceAll(' ', ''))) out.push(joined(m[0], m.index));
}

/**
 * The letters of a spaced run joined, the marks between them dropped; a run of blanks between
 * two words (two blanks or more, one between two words joined by a mark, or one before a capital
 * that follows a small letter) read as one blank.
 */
function joined(value: string, start: number): Rewrite {
  const pieces: Piece[] = [];
  const marked = /^\p{L}[._·-]/u.test(value);
  let k = 0;
  while (k < value.length) {
    const ch = value[k] as string;
    if (!BLANK.test(ch)) {
      const dropped = marked ? /[._·-]/.test(ch) : !/[\p{L}\p{N}'’@.+_-]/u.test(ch);
      pieces.push({ text: dropped ? '' : ch, from: start + k, to: start + k + 1 });
      k++;
      continue;
    }
    let end = k;
    while (end < value.length && BLANK.test(value[end] as string)) end++;
    const newWord = marked || end - k > 1 || (isUpper(value[end]) && !isUpper(value[k - 1]));
    pieces.push({ text: newWord ? ' ' : '', from: start + k, to: start + end });
    k = end;
  }
  return { start, end: start + value.length, pieces };
}

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase();
}
