/**
 * Words written with a blank between their letters so that no pattern reads them:
 * `J a n e  D o e`, `J a n e D o e`, `J A N E  D O E`. Each such word is read joined
 * (`Jane Doe`), the blank or blanks after it as one blank, so the name detectors see the name;
 * what they find maps back to the spaced letters.
 *
 * A spaced word has at least three letters and is either capitalized (`J a n e`: a capital,
 * then small letters) or, in capitals, one of at least two such words set apart by two blanks
 * or more (`J A N E  D O E`), as people space out a name. Single letters in lists ("a b c",
 * "A B C"), initials ("J. D.") and grades stay as written.
 */
import type { CharLookup, Piece, Rewrite } from './disguises';

/** Not inside a word or a longer spaced run: no letter or digit right before, nor a lone one and a blank. */
const OPEN = String.raw`(?<![\p{L}\p{N}])(?<!(?:^|[^\p{L}\p{N}])[\p{L}\p{N}] )`;
/** Not followed by a letter or digit, or by one more spaced letter. */
const CLOSE = String.raw`(?![\p{L}\p{N}]| [\p{L}\p{N}](?: |$))`;
/** A capitalized spaced word: a capital, then two or more small letters, one blank before each. */
const WORD = String.raw`\p{Lu}(?: [\p{Ll}'’-]){2,}`;
/** A spaced word in capitals, three letters or more. */
const CAPS_WORD = String.raw`\p{Lu}(?: [\p{Lu}'’-]){2,}`;
/** Capitalized spaced words, one to four blanks between them. */
const CAPITALIZED = new RegExp(`${OPEN}${WORD}(?: {1,4}${WORD})*${CLOSE}`, 'gu');
/** Two or more spaced words in capitals set apart by two to four blanks. */
const CAPITALS = new RegExp(`${OPEN}${CAPS_WORD}(?: {2,4}${CAPS_WORD})+${CLOSE}`, 'gu');
/** What a spaced word needs: a letter, a blank, a small or capital letter, a blank, a letter. */
const HINT = /\p{L} [\p{L}'’] \p{L}/u;

/** Whether `spacedLetterRewrites` may find something: a blank and one expression. */
export function mayHoldSpacedLetters(text: string, lookup: CharLookup): boolean {
  return text.length >= 5 && lookup.includes(' ') && HINT.test(text);
}

/** The rewrites of the spaced words of `text`, appended to `out`. */
export function spacedLetterRewrites(text: string, out: Rewrite[]): void {
  for (const re of [CAPITALIZED, CAPITALS]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push(joined(m[0], m.index));
  }
}

/**
 * The letters of a spaced run joined; a run of blanks between two words (two blanks or more, or
 * one before a capital that follows a small letter) read as one blank.
 */
function joined(value: string, start: number): Rewrite {
  const pieces: Piece[] = [];
  let k = 0;
  while (k < value.length) {
    if (value[k] !== ' ') {
      pieces.push({ text: value[k] as string, from: start + k, to: start + k + 1 });
      k++;
      continue;
    }
    let end = k;
    while (value[end] === ' ') end++;
    const newWord = end - k > 1 || (isUpper(value[end]) && !isUpper(value[k - 1]));
    pieces.push({ text: newWord ? ' ' : '', from: start + k, to: start + end });
    k = end;
  }
  return { start, end: start + value.length, pieces };
}

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase();
}
