/**
 * Hand-written pre-checks for the gates that ran on nearly every string: each holds wherever
 * the expression it replaces would match (same answer, found with `indexOf` and character
 * codes instead of trying an expression at every position).
 */
import { isDigit, isHex, isAsciiLetter as isLetter, isWhiteSpace } from '../char-codes';
import type { TextLookup } from './detector';

/**
 * Whether the text contains any of `words`: one expression of the words as literals, which
 * finds them in one pass (a search per word took about twice as long on notes and tokens),
 * tried only when the context's characters and character pairs leave one of the words possible.
 */
export function containsAny(...words: string[]): (text: string, lookup?: TextLookup) => boolean {
  const re = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
  return (text, lookup) => {
    if (lookup !== undefined && !mayIncludeAny(lookup, words)) return false;
    return re.test(text);
  };
}

function mayIncludeAny(lookup: TextLookup, words: readonly string[]): boolean {
  for (const w of words) if (lookup.mayInclude(w)) return true;
  return false;
}

/** `/\d\.\d{1,3}\.\d/`: a digit, a dot, one to three digits, a dot, a digit (an IPv4 address's start). */
export function hasDottedDigits(text: string): boolean {
  for (let p = text.indexOf('.'); p >= 0; p = text.indexOf('.', p + 1)) {
    if (!isDigit(text.charCodeAt(p - 1))) continue;
    let q = p + 1;
    while (q - p <= 4 && isDigit(text.charCodeAt(q))) q++;
    const run = q - p - 1;
    if (run >= 1 && run <= 3 && text.charCodeAt(q) === 0x2e && isDigit(text.charCodeAt(q + 1))) return true;
  }
  return false;
}

/** `/[0-9A-Fa-f]:[0-9A-Fa-f]*:|::[0-9A-Fa-f]/`: two colons with hex digits around (an IPv6 address). */
export function hasHexColons(text: string): boolean {
  for (let p = text.indexOf(':'); p >= 0; p = text.indexOf(':', p + 1)) {
    if (text.charCodeAt(p + 1) === 0x3a && isHex(text.charCodeAt(p + 2))) return true;
    if (!isHex(text.charCodeAt(p - 1))) continue;
    let q = p + 1;
    while (isHex(text.charCodeAt(q))) q++;
    if (text.charCodeAt(q) === 0x3a) return true;
  }
  return false;
}

/**
 * `/\.[A-Za-z]{2,6}\//`: a dot, two to six letters and a slash — what a site's address has
 * before its path ("instagram.com/", "youtu.be/", "t.me/").
 */
export function hasDomainSlash(text: string): boolean {
  for (let p = text.indexOf('.'); p >= 0; p = text.indexOf('.', p + 1)) {
    let q = p + 1;
    while (q - p <= 6 && isLetter(text.charCodeAt(q))) q++;
    if (q - p >= 3 && text.charCodeAt(q) === 0x2f) return true;
  }
  return false;
}

/** A character that, before a number, makes it part of something longer: [\w/.-]. */
function joinsNumber(c: number): boolean {
  return (
    isDigit(c) ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    c === 0x5f ||
    c === 0x2f ||
    c === 0x2e ||
    c === 0x2d
  );
}

/**
 * A number of one or two digits standing alone before a slash, and a digit after it: what
 * "3/17" and "03/1984" have and "records/1234/17" or "1.5/2" do not.
 */
export function hasShortNumberSlash(text: string): boolean {
  for (let p = text.indexOf('/'); p >= 0; p = text.indexOf('/', p + 1)) {
    if (!isDigit(text.charCodeAt(p + 1))) continue;
    let s = p;
    while (s > 0 && isDigit(text.charCodeAt(s - 1)) && p - s < 3) s--;
    const run = p - s;
    if (run >= 1 && run <= 2 && (s === 0 || !joinsNumber(text.charCodeAt(s - 1)))) return true;
  }
  return false;
}

/** `hasShortNumberSlash` as bits (1 when it holds), for `ScanContext.bits`: the date detectors ask it of one text in turn. */
export function shortNumberSlash(text: string): number {
  return hasShortNumberSlash(text) ? 1 : 0;
}

function isWordChar(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 0x5f;
}

const IMAGE_EXTENSIONS = new Set([
  'jpg',
  'jpeg',
  'png',
  'gif',
  'heic',
  'heif',
  'bmp',
  'tif',
  'tiff',
  'webp',
  'dcm',
]);

/** `/\.(?:jpe?g|png|gif|heic|heif|bmp|tiff?|webp|dcm)\b/i`: an image file's extension. */
export function hasImageExtension(text: string): boolean {
  for (let p = text.indexOf('.'); p >= 0; p = text.indexOf('.', p + 1)) {
    let q = p + 1;
    while (q - p <= 5 && isWordChar(text.charCodeAt(q))) q++;
    const length = q - p - 1;
    if (length >= 3 && length <= 4 && IMAGE_EXTENSIONS.has(text.slice(p + 1, q).toLowerCase())) return true;
  }
  return false;
}

/** What `\s` matches: ASCII and Unicode white space (one definition, in `char-codes.ts`). */
export const isSpace: (c: number) => boolean = isWhiteSpace;

/** A number from 90 to 139 standing alone (two or three digits): what `/(?:^|\D)(?:9\d|1[0-3]\d)(?:\D|$)/` finds. */
export const AGE_NUMBER = 1;
/** Such a number (a leading zero allowed) after white space, before the end or a character that is neither a word character nor '/'. */
export const SPOKEN_AGE_NUMBER = 2;
/** Such a number (a leading zero allowed) before a 'y', at most three spaces or dashes between. */
export const AGE_NUMBER_BEFORE_Y = 4;
/** Such a number (no leading zero) before an 'M' or 'F', a space and "yo", "y/o" or a slash allowed between ("96 yo F", "96/F"). */
export const AGE_NUMBER_BEFORE_SEX = 8;

const AGE_NUMBER_RE = /(?<!\d)(0?)(?:9\d|1[0-3]\d)(?!\d)/g;

/** `/^\s?(?:yo\s?|y\/o\s?)?[MF]/` at `at`: the sex after an age. */
function sexAfter(text: string, at: number): boolean {
  let p = at;
  if (isSpace(text.charCodeAt(p))) p++;
  const unit = text.startsWith('yo', p)
    ? 2
    : text.startsWith('y/o', p)
      ? 3
      : text.charCodeAt(p) === 0x2f
        ? 1
        : 0;
  if (unit > 0) {
    p += unit;
    if (isSpace(text.charCodeAt(p))) p++;
  }
  const c = text.charCodeAt(p);
  return c === 0x4d || c === 0x46;
}

/**
 * The numbers an age over 89 can be, and what is around them, as the bits above: every age
 * expression takes its number whole (no digit on either side) and keeps it only from 90 to 130,
 * and each wants its own neighbours ("she is 94.", "92 yo"), so one pass over the candidates
 * tells which expressions can match.
 */
export function ageNumbers(text: string): number {
  let bits = 0;
  const re = AGE_NUMBER_RE;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[1] === '') bits |= AGE_NUMBER;
    const next = text.charCodeAt(end);
    if (
      start > 0 &&
      isSpace(text.charCodeAt(start - 1)) &&
      (end === text.length || (next !== 0x2f && !isWordChar(next)))
    )
      bits |= SPOKEN_AGE_NUMBER;
    let p = end;
    while (p < end + 3 && (isSpace(text.charCodeAt(p)) || text.charCodeAt(p) === 0x2d)) p++;
    if (text.charCodeAt(p) === 0x79) bits |= AGE_NUMBER_BEFORE_Y;
    if (m[1] === '' && sexAfter(text, end)) bits |= AGE_NUMBER_BEFORE_SEX;
  }
  return bits;
}
