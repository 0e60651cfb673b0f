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
const CAPITALIZED = new RegExp(`${OPEN}${WORD}(?:${B}{1,4}${WORD})*${CLOSE}`, 'gu');
/** Two or more spaced words in capitals, or in small letters, set apart by two to four blanks. */
const CAPITALS = new RegExp(`${OPEN}${CAPS_WORD}(?:${B}{2,4}${CAPS_WORD})+${CLOSE}`, 'gu');
const SMALL = new RegExp(`${OPEN}${LOWER_WORD}(?:${B}{2,4}${LOWER_WORD})+${CLOSE}`, 'gu');
/**
 * Capitalized words whose letters one mark joins, the same mark throughout (`J.a.n.e D.o.e`,
 * `J-a-n-e`, `J_a_n_e`, `J·a·n·e`), one to four blanks between the words.
 */
const MARKED = new RegExp(
  String.raw`(?<![\p{L}\p{N}._·-])\p{Lu}([._·-])\p{Ll}(?:\1\p{Ll})+(?:${B}{1,4}\p{Lu}\1\p{Ll}(?:\1\p{Ll})+)*(?![\p{L}\p{N}]|[._·-][\p{L}\p{N}])`,
  'gu',
);
/** An address spelled one character at a time: eight characters or more, one blank between each, an '@' among them. */
const SPACED_ADDRESS = /(?<![^\s])[\w.+-](?: [\w.+-]){2,} @(?: [\w.-]){4,}(?![^\s])/g;
/** A domain after the '@' of a joined address: a dot and two letters at least after it. */
const JOINED_DOMAIN = /@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}$/;
/** Three or four letters, one blank, '-', '_' or '/' between them, of one case. */
const SPACED_LABEL = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:\p{Lu}(${B}|[-_/])\p{Lu}(?:\1\p{Lu}){1,2}|\p{Ll}(${B}|[-_/])\p{Ll}(?:\2\p{Ll}){1,2})(?![\p{L}\p{N}]|(?:${B}|[-_/])\p{L}(?![\p{L}\p{N}]))`,
  'gu',
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
 * What a spaced word needs: three letters, a blank between each or one mark repeated (every
 * label is three letters or four), or an '@' between blanks.
 */
const HINT = new RegExp(String.raw`\p{L}(?:${B}[\p{L}'’]${B}|([._·/-])\p{L}\1)\p{L}| @ `, 'u');

/** Whether `spacedLetterRewrites` may find something: one expression. */
export function mayHoldSpacedLetters(text: string, _lookup: CharLookup): boolean {
  return text.length >= 3 && HINT.test(text);
}

/** The rewrites of the spaced words of `text`, appended to `out`. */
export function spacedLetterRewrites(text: string, out: Rewrite[]): void {
  for (const re of [CAPITALIZED, CAPITALS, SMALL, MARKED]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push(joined(m[0], m.index));
  }
  spacedLabels(text, out);
  if (text.includes(' @ ')) spacedAddresses(text, out);
}

/** `S S N`, `M-R-N`: the letters of an identifier's abbreviation, read joined. */
function spacedLabels(text: string, out: Rewrite[]): void {
  SPACED_LABEL.lastIndex = 0;
  for (let m = SPACED_LABEL.exec(text); m !== null; m = SPACED_LABEL.exec(text)) {
    const letters = m[0].replace(/[^\p{L}]/gu, '');
    if (LABEL_ABBREVIATIONS.has(letters.toUpperCase())) out.push(joined(m[0], m.index));
  }
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
