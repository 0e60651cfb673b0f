/**
 * Hand-written pre-checks for the gates that ran on nearly every string: each holds wherever
 * the expression it replaces would match (same answer, found with `indexOf` and character
 * codes instead of trying an expression at every position).
 */

import type { TextLookup } from './detector';

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isHex(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/** Whether the text contains any of `words` (what `/w1|w2|…/` tests), looked up through the scan. */
export function containsAny(...words: string[]): (text: string, ctx: TextLookup) => boolean {
  return (_text, ctx) => {
    for (const w of words) if (ctx.includes(w)) return true;
    return false;
  };
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
