/**
 * Text hidden in an encoding inside a string: a base64 (or base64url) token, a hex token or
 * hex written as spaced bytes (a dump's `53 53 4e 20 …`) whose bytes are printable UTF-8 text — `U1NOIDkwMC0xMi0zNDU2` is "SSN 900-12-3456", a JSON
 * object encoded whole, a note. The decoded text is scanned like any text (encodings inside it
 * too, five levels deep); when it holds an identifier the whole token is one span of that
 * identifier's type. Tokens are found by probing every 15th character (a run of 15 holds one),
 * and only a run of 16 characters or more of one alphabet (15 and its padding), of a length that alphabet allows and
 * whose first bytes decode to printable ASCII, is decoded: ordinary text pays for the probes.
 * A run that is no token whole is read segment by segment between its slashes, as a URI's path.
 */
import type { DetectedSpan } from './types';

/**
 * Shortest token decoded, its padding counted: 11 bytes of text in base64 (an SSN written with
 * its dashes, `OTAwLTEyLTM0NTY=`), 8 in hex.
 */
const MIN_TOKEN = 16;
/** Shortest run of the alphabet looked at: a padded token's body is one shorter. */
const MIN_BODY = MIN_TOKEN - 1;
/** Longest token decoded (a larger blob is a file, not a hidden value). */
const MAX_TOKEN = 1 << 20;
/** An encoding inside an encoding is read, down to this many levels. */
const MAX_DEPTH = 5;

/** Bits of a character's classes: a hex digit, another letter, '+' or '/' (base64), '-' or '_' (base64url). */
const HEX = 1;
const LETTER = 2;
const STANDARD = 4;
const URL_SAFE = 8;
const ALPHABET = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[0-9a-fA-F]/.test(ch)) ALPHABET[c] = HEX;
  else if (/[g-zG-Z]/.test(ch)) ALPHABET[c] = LETTER;
  else if (ch === '+' || ch === '/') ALPHABET[c] = STANDARD;
  else if (ch === '-' || ch === '_') ALPHABET[c] = URL_SAFE;
}
const EQUALS = 0x3d;

let depth = 0;

/**
 * Spans of the encoded tokens of `text` whose decoded text `detect` finds an identifier in.
 * `detect` is the engine's own detection (so a disabled type stays disabled inside a token).
 */
export function encodedSpans(
  text: string,
  detect: (decoded: string) => readonly DetectedSpan[],
): DetectedSpan[] {
  if (text.length < MIN_TOKEN || depth >= MAX_DEPTH) return [];
  let out: DetectedSpan[] | undefined;
  // A run of MIN_BODY holds every MIN_BODY-th character: probe those, read around a hit.
  for (let probe = MIN_BODY - 1; probe < text.length; ) {
    if (kindAt(text, probe) === 0) {
      probe += MIN_BODY;
      continue;
    }
    let start = probe;
    while (start > 0 && kindAt(text, start - 1) !== 0) start--;
    let bodyEnd = probe + 1;
    while (bodyEnd < text.length && kindAt(text, bodyEnd) !== 0) bodyEnd++;
    if (
      bodyEnd - start >= MIN_TOKEN ||
      (bodyEnd - start === MIN_BODY && text.charCodeAt(bodyEnd) === EQUALS)
    ) {
      // `0x53534e20…`: a hex literal's prefix is no part of what it encodes.
      const bodyStart = hasHexPrefix(text, start) ? start + 2 : start;
      let kinds = 0;
      for (let k = bodyStart; k < bodyEnd; k++) kinds |= kindAt(text, k);
      // Padding belongs to the token: at most two '='.
      let end = bodyEnd;
      while (end < text.length && end - bodyEnd < 2 && text.charCodeAt(end) === EQUALS) end++;
      const span = decodedSpan(text, bodyStart, end, bodyEnd, kinds, detect);
      if (span) {
        out ??= [];
        out.push({ ...span, start });
      } else if ((kinds & STANDARD) !== 0) {
        for (const part of pathSegmentSpans(text, bodyStart, end, bodyEnd, detect)) {
          out ??= [];
          out.push(part);
        }
      }
    }
    probe = bodyEnd + MIN_BODY;
  }
  const spaced = spacedHexSpans(text, detect);
  if (spaced.length === 0) return out ?? [];
  return out === undefined ? spaced : [...out, ...spaced];
}

/**
 * A run holding slashes that is no token whole may be a path whose segments are
 * (`ehr://blob/eyJwYXRpZW50Ijp7…`, a base64url record as a URI's segment): each segment long
 * enough is read as a token of its own.
 */
function pathSegmentSpans(
  text: string,
  start: number,
  end: number,
  bodyEnd: number,
  detect: (decoded: string) => readonly DetectedSpan[],
): DetectedSpan[] {
  const out: DetectedSpan[] = [];
  let from = start;
  while (from < bodyEnd) {
    let to = from;
    while (to < bodyEnd && text.charCodeAt(to) !== SLASH) to++;
    const segmentEnd = to === bodyEnd ? end : to;
    if (to - from >= MIN_BODY && (to - from >= MIN_TOKEN || segmentEnd > to)) {
      let kinds = 0;
      for (let k = from; k < to; k++) kinds |= kindAt(text, k);
      const span = decodedSpan(text, from, segmentEnd, to, kinds, detect);
      if (span) out.push(span);
    }
    from = to + 1;
  }
  return out;
}
const SLASH = 0x2f;

/** Hex written as spaced bytes, as a dump shows them (`53 53 4e 20 39 30 30 …`): this many at least. */
const MIN_SPACED_BYTES = 12;
/** Printable ASCII bytes (first digit 2–7), each after the previous one and one space or colon. */
const SPACED_HEX = /(?:[2-7][\da-fA-F][ :]){11,}[2-7][\da-fA-F](?![\da-zA-Z])/y;
/**
 * A run of MIN_SPACED_BYTES bytes spans 35 characters: a probe lands in its first 33 whatever
 * the offset, and finds a separator within three characters there.
 */
const SPACED_PROBE = 33;

/**
 * Spans of the runs of spaced hex bytes of `text` whose ASCII text (three letters at least, so a
 * table of two-digit numbers is no text) `detect` finds an identifier in. Each 33rd character
 * is probed for a separator between two bytes; only there is the run read.
 */
function spacedHexSpans(text: string, detect: (decoded: string) => readonly DetectedSpan[]): DetectedSpan[] {
  const out: DetectedSpan[] = [];
  if (text.length < MIN_SPACED_BYTES * 3 - 1) return out;
  for (let probe = SPACED_PROBE - 1; probe < text.length; probe += SPACED_PROBE) {
    let sep = probe;
    while (sep < probe + 3 && !isByteSeparator(text, sep)) sep++;
    if (sep === probe + 3) continue;
    let start = sep - 2;
    while (start >= 3 && isByteSeparator(text, start - 1)) start -= 3;
    if (start > 0 && /[\da-zA-Z]/.test(text[start - 1] as string)) continue;
    SPACED_HEX.lastIndex = start;
    const run = SPACED_HEX.exec(text);
    if (run === null) continue;
    const end = start + run[0].length;
    probe = end;
    const decoded = Buffer.from(run[0].replace(/[ :]/g, ''), 'hex').toString('latin1');
    if ((decoded.match(/[A-Za-z]/g)?.length ?? 0) < 3) continue;
    const span = encodedSpan(start, end, decoded, detect);
    if (span) out.push(span);
  }
  return out;
}

/** A space or colon at `i` between two hex bytes of printable ASCII. */
function isByteSeparator(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== 0x20 && c !== 0x3a) return false;
  return isTextByte(text, i - 2) && isTextByte(text, i + 1);
}

function isTextByte(text: string, at: number): boolean {
  const high = text.charCodeAt(at);
  return at >= 0 && high >= 0x32 && high <= 0x37 && kindAt(text, at + 1) === HEX;
}

function hasHexPrefix(text: string, start: number): boolean {
  return text.charCodeAt(start) === 0x30 && (text.charCodeAt(start + 1) | 0x20) === 0x78;
}

function kindAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c < 128 ? (ALPHABET[c] as number) : 0;
}

function decodedSpan(
  text: string,
  start: number,
  end: number,
  bodyEnd: number,
  kinds: number,
  detect: (decoded: string) => readonly DetectedSpan[],
): DetectedSpan | undefined {
  if (end - start > MAX_TOKEN || (kinds & (STANDARD | URL_SAFE)) === (STANDARD | URL_SAFE)) return undefined;
  const hex = kinds === HEX && startsLikeHexText(text, start);
  if (!hex && !startsLikeBase64Text(text, start)) return undefined;
  const token = text.slice(start, end);
  const decoded = (hex && decodeHex(token)) || decodeBase64(token, bodyEnd - start, kinds);
  if (decoded === undefined) return undefined;
  return encodedSpan(start, end, decoded, detect);
}

/** The span of an encoded token whose decoded text holds an identifier, typed by the first one found. */
function encodedSpan(
  start: number,
  end: number,
  decoded: string,
  detect: (decoded: string) => readonly DetectedSpan[],
): DetectedSpan | undefined {
  depth++;
  let found: readonly DetectedSpan[];
  try {
    found = detect(decoded);
  } finally {
    depth--;
  }
  const first = found[0];
  return first ? { start, end, type: first.type, ruleId: 'encoded_text' } : undefined;
}

/**
 * The first four bytes are printable ASCII: in hex each byte's first digit is 2–7; in base64
 * each group of four starts with the top six bits of a byte from 0x20 to 0x7e, a letter from
 * I to Z or a to f. A UUID, a hash or a word in camel case seldom starts so; text always does.
 */
function startsLikeHexText(text: string, start: number): boolean {
  for (let k = 0; k < 8; k += 2) {
    const c = text.charCodeAt(start + k);
    if (c < 0x32 || c > 0x37) return false;
  }
  return true;
}

function startsLikeBase64Text(text: string, start: number): boolean {
  for (let k = 0; k < 16; k += 4) {
    const c = text.charCodeAt(start + k);
    if (!((c >= 0x49 && c <= 0x5a) || (c >= 0x61 && c <= 0x66))) return false;
  }
  return true;
}

/** Hex of text: an even number of digits, letters of one case, bytes of printable UTF-8. */
function decodeHex(token: string): string | undefined {
  if (token.length % 2 !== 0 || (/[a-f]/.test(token) && /[A-F]/.test(token))) return undefined;
  return printable(Buffer.from(token, 'hex'));
}

/**
 * Base64 of text: a length the alphabet allows (a multiple of 4 with padding, not 1 more than
 * one without), capitals and small letters both (the first sextet of a byte of ASCII text
 * lies in I–f), bytes of printable UTF-8.
 */
function decodeBase64(token: string, bodyLength: number, kinds: number): string | undefined {
  const padded = token.length > bodyLength;
  if (padded ? token.length % 4 !== 0 : bodyLength % 4 === 1) return undefined;
  if (!/[A-Z]/.test(token) || !/[a-z]/.test(token)) return undefined;
  return printable(Buffer.from(token, kinds & URL_SAFE ? 'base64url' : 'base64'));
}

/** The bytes as text when they are UTF-8 of printable characters, tabs and line breaks only. */
function printable(bytes: Buffer): string | undefined {
  if (bytes.length < 8) return undefined;
  for (const b of bytes)
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) || b === 0x7f) return undefined;
  const text = bytes.toString('utf8');
  if (text.includes('\ufffd') || /[\p{Cc}\p{Cn}\p{Co}]/u.test(text.replace(/[\t\n\r]/g, '')))
    return undefined;
  return text;
}
