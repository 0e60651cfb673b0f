/**
 * Detection runs on a normalized copy of the text: NFKC (full-width digits and letters,
 * compatibility spaces), every Unicode decimal digit folded to ASCII, every dash to '-',
 * invisible characters (zero-width spaces and joiners, soft hyphens) removed, Cyrillic and
 * Greek letters that look Latin read as the Latin ones ("ЅЅN", "Ρatient"), HTML and XML
 * character references decoded (`&#57;`, `&#x39;`, `&amp;`), percent-encoded printable
 * characters decoded (`Mary%20Smith`) and markdown emphasis marks around a word dropped
 * (`**Smith**`), and so are the backticks of inline code (`` `00582029` ``), inline emphasis tags (`<em>Gurpreet</em>`) and the hyphen and line
 * break of a word or number broken over two lines (`Ma-⏎rk`) — so `９００–１２–３４５６`, `900\u200b-12-3456` or `&#57;&#48;&#48;-12-3456` is
 * seen as `900-12-3456`. Offsets found in the copy map back to the original text.
 *
 * Also read through: variation selectors, bidi isolates and other invisible fillers; combining
 * marks on an ASCII letter or digit (`9\u0301`, keycaps `9\ufe0f\u20e3`); circled, negative
 * circled and parenthesized digits NFKC leaves alone (`➒⓿⓿`, `⑼`); tag characters, an
 * invisible copy of ASCII, read as that ASCII; a right-to-left override (`\u202e6543-21-009`),
 * read in the order it is displayed; NUL and the other C0 controls no format separates with,
 * the blank Braille pattern and the other characters that draw nothing; a hyphen bullet as a
 * dash, fraction and division slashes as '/', a slashed O beside a digit as '0', a middle dot, bullet or Arabic separator between digits as '.';
 * references by name of punctuation (`&period;`, `&commat;`), references escaped twice
 * (`&amp;#57;`), the Ogham space mark as a blank and the line and paragraph separators as line
 * breaks, percent-encoding done twice
 * (`%2539`), inline tags such as `<span>`; the JSON-escaped line breaks and tabs of a record
 * serialized into a text (`RESULT\nMRN: …`), read as the break itself so every detector sees
 * the record's lines; and the ASCII disguises of `disguises.ts` (spelled
 * e-mail addresses, `\u0039` escapes, quoted-printable runs, pluses between digits).
 */
import { asciiDisguises, type CharLookup, type Rewrite } from './disguises';

export interface NormalizedText {
  text: string;
  /** Maps a span of `text` to the span of the original it came from. */
  toOriginal(start: number, end: number): [number, number];
}

const NAMED_REFERENCES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  // Invisible characters, spaces and dashes by name (`900&shy;-12&ZeroWidthSpace;-3456`).
  shy: '\u00ad',
  zwnj: '\u200c',
  zwj: '\u200d',
  lrm: '\u200e',
  rlm: '\u200f',
  thinsp: '\u2009',
  ensp: '\u2002',
  emsp: '\u2003',
  ndash: '\u2013',
  mdash: '\u2014',
  minus: '\u2212',
  hyphen: '\u2010',
  dash: '\u2010',
  ZeroWidthSpace: '\u200b',
  NoBreak: '\u2060',
  // The punctuation of an address, a date or a number by name (`mary&period;smith&commat;…`).
  period: '.',
  commat: '@',
  colon: ':',
  comma: ',',
  sol: '/',
  num: '#',
  plus: '+',
  lowbar: '_',
  lpar: '(',
  rpar: ')',
};
const REFERENCE_NAMES = Object.keys(NAMED_REFERENCES).join('|');
/**
 * `<em>Gurpreet</em>`, `<span>900</span>`: inline tags without attributes, as search results
 * highlight a match and rich text wraps a run (a tag with attributes stays: they are text too;
 * so does `<Code>`, an element of XML records whose name the detectors read); and a short HTML
 * comment, which draws nothing (`900<!-- -->12<!-- -->3456`).
 */
const INLINE_TAGS = String.raw`<\/?(?:em|b|i|u|s|strong|mark|span|font|small|kbd|tt|del|ins|sub|sup)>|<!--(?:[^-]|-(?!->)){0,80}-->`;
const INLINE_TAG = new RegExp(INLINE_TAGS, 'iy');
/**
 * What a string needs normalizing for: a character outside printable ASCII, a character
 * reference, a percent-encoded character or an emphasis mark beside a word or number.
 */
const NEEDS_NORMALIZING = new RegExp(
  String.raw`[^\t\n\r -~]|&(?:#\d|#[xX][\da-fA-F]|(?:${REFERENCE_NAMES});)|%(?:[2-7][\da-f]|[c-f][\da-f]%)|(?<![\w*])\*{1,3}(?=[\w(])|(?<=[\w).])\*{1,3}(?![\w*])|${INLINE_TAGS}|(?<![\w\x60])\x60(?=\w)|(?<=[\w).])\x60(?![\w\x60])|[\p{L}\d]-\r?\n[\p{Ll}\d]|\\[nrt]`,
  'iu',
);
/**
 * `&#57;`, `&#x39;` (the semicolon is optional in HTML), `&amp;`: one character written as a
 * reference; also escaped twice, its '&' written `&amp;` (`&amp;#57;`, `&amp;commat;`), as a
 * page that escapes an already escaped text shows it.
 */
const CHAR_REFERENCE = new RegExp(
  String.raw`&(?:amp;)?(?:#(\d{1,7});?|#[xX]([\da-fA-F]{1,6});?|(${REFERENCE_NAMES});)`,
  'y',
);
/**
 * `%20`, `%2D`, `%40`: a printable ASCII character percent-encoded (`%25` is '%'), also encoded
 * twice (`%2539` is '9'); or a character beyond ASCII as the percent-encoded bytes of its UTF-8
 * (`%E2%80%8B`, `%EF%BC%99`).
 */
const PERCENT_ENCODED = /%(?:25)?([2-7][\da-fA-F])|(%[c-fC-F][\da-fA-F](?:%[89abAB][\da-fA-F]){1,3})/y;
/**
 * `**Smith**`, `*12*`: the marks of italic, bold or bold italic text before or after a word or
 * number — not a '*' or a run of them between two words, as X12 segments separate their
 * elements ("NM1*IL*1*SMITH****MI"), nor a '*' between blanks (a product), nor a single '*'
 * between a code and a value opening with '(' or '+' ("PER*IC**TE*(555) 014-2231*FX*+15550142231"):
 * no italic closes right before a bracket or a sign, and an X12 element's phone is written so.
 * A word's letters are any script's ("NM1*85*1*Ó DÚILL", "SEÁN*P"), not only ASCII's. Nor is
 * one of the six service characters an EDIFACT interchange declares after 'UNA' ("UNA*|,\ #").
 * A single '*' closes only an italic it opened on the same line: a keypad code's star ("gate
 * 6369*", "lockbox 3555*.") is part of the code.
 */
const EMPHASIS =
  /(?<!\bUNA[\s\S]{0,5})(?:(?<![\p{L}\p{N}_*])\*{1,3}(?=[\p{L}\p{N}_(])|(?<=[\p{L}\p{N}_).])(?:\*{2,3}(?![\p{L}\p{N}_*])|(?<=\*[^*\n]{1,64})\*(?![\p{L}\p{N}_*(+])))/uy;
/**
 * `` `00582029` ``: the backtick of markdown inline code before or after a word or number, as
 * assistants and chat tools quote an identifier — not a fence (```) nor a backtick inside a word.
 */
const INLINE_CODE = /(?<![\w`])`(?=\w)|(?<=[\w).])`(?![\w`])/y;
/**
 * Characters that draw nothing: C1 controls, soft hyphen, zero-width space, joiners and marks of
 * direction, bidi embeddings, overrides and isolates, word joiner and invisible operators, the
 * deprecated format characters, BOM, variation selectors, interlinear annotation marks, the
 * Arabic letter mark, the combining grapheme joiner, Mongolian free variation selectors, Khmer
 * inherent vowels, Hangul fillers, the blank Braille pattern, shorthand format controls and
 * invisible musical formatting.
 */
const INVISIBLE_RANGES: readonly (readonly [number, number])[] = [
  [0x0080, 0x009f],
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x061c, 0x061c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0x2800, 0x2800],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
  [0xfff9, 0xfffb],
  [0x1bca0, 0x1bca3],
  [0x1d173, 0x1d17a],
];

/**
 * C0 controls that no text format uses as a separator (NUL to backspace, shift out to escape,
 * DEL): a JSON string may carry them (`\u0000`), and they draw nothing. Tab, line breaks, form
 * feed and the information separators (FS, GS, RS, US) stay: they separate what is beside them.
 */
function isInvisibleControl(cp: number): boolean {
  return cp <= 0x08 || (cp >= 0x0e && cp <= 0x1b) || cp === 0x7f;
}

function isInvisible(cp: number): boolean {
  for (const [lo, hi] of INVISIBLE_RANGES) if (cp >= lo && cp <= hi) return true;
  return false;
}
/** A combining mark: dropped after an ASCII letter or digit (`9\u0301`, `9\u20e3`). */
const MARK = /\p{M}/u;
/** Right-to-left and left-to-right override: the text up to its pop (or the line's end) is displayed reversed. */
const RLO = 0x202e;
const PDF = 0x202c;
const DASH = /[\u2010-\u2015\u2043\u2212\u301c\u3030\ufe58\ufe63\uff0d]/;
/**
 * Blanks and breaks NFKC leaves as they are: the Ogham space mark (a space separator, drawn as
 * a dash in Ogham script and as a blank elsewhere) reads as a blank, the line and paragraph
 * separators as the line break they are (`Name:\u1680Ann\u1680Roe`, `SSN\u2028900-12-3456`).
 */
const OGHAM_SPACE = 0x1680;
const LINE_SEPARATOR = 0x2028;
const PARAGRAPH_SEPARATOR = 0x2029;
/** Slashes NFKC leaves as they are (fraction, division and big solidus): a date's separator. */
const SLASHES: ReadonlySet<number> = new Set([0x2044, 0x2215, 0x29f8]);
/**
 * Dots drawn at mid-height (middle dot, bullets, dot operator, hyphenation point, katakana
 * middle dots, Greek ano teleia, word-separator and runic dots, the z notation spot), a dot
 * above, and the separators of Arabic numbers (decimal, thousands, comma): read as '.' between
 * two digits (`900·12·3456`, `٩٠٠٫١٢٫٣٤٥٦`), as written elsewhere.
 */
const DIGIT_DOTS: ReadonlySet<number> = new Set([
  0xb7, 0x2d9, 0x387, 0x60c, 0x66b, 0x66c, 0x16eb, 0x2022, 0x2027, 0x2219, 0x22c5, 0x2981, 0x2e31, 0x30fb,
  0xff65,
]);
/**
 * Ideographic full stops: read as '.' between two ASCII letters or digits, as IDNA maps them in
 * a domain (`mary。smith@example。com`, `900。12。3456`); a sentence's end in CJK text stays.
 */
const IDEOGRAPHIC_STOPS: ReadonlySet<number> = new Set([0x3002, 0xff61]);
const DIGIT = /\p{Nd}/u;

const identity = (start: number, end: number): [number, number] => [start, end];

/**
 * `lookup` answers whether the text contains a string (the scan context's character set makes
 * a miss cheap); it decides which ASCII disguises are looked for.
 */
export function normalizeForDetection(original: string, lookup?: CharLookup): NormalizedText {
  const rewrites = asciiDisguises(original, lookup ?? { includes: (s) => original.includes(s) });
  if (rewrites.length === 0 && !NEEDS_NORMALIZING.test(original))
    return { text: original, toOriginal: identity };
  const out: string[] = [];
  // For each UTF-16 unit of the output: where its source character starts and ends.
  const from: number[] = [];
  const to: number[] = [];
  let last = 0;
  /** Writes what `ch` reads as, from `start` to `end` of the original. */
  const write = (ch: string, start: number, end: number): void => {
    let mapped = ch.length === 0 ? '' : mapChar(ch, ch.codePointAt(0) as number);
    if (mapped.length > 0 && mapped.charCodeAt(0) >= 0x300 && MARK.test(mapped) && isAsciiAlnum(last))
      mapped = '';
    for (let k = 0; k < mapped.length; k++) {
      from.push(start);
      to.push(end);
    }
    if (mapped.length === 0) return;
    out.push(mapped);
    last = mapped.charCodeAt(mapped.length - 1);
  };
  let reversed = false;
  let r = 0;
  let i = 0;
  while (i < original.length) {
    // A rewrite that an escape or a reversed stretch already passed over is dropped.
    while ((rewrites[r]?.start ?? original.length) < i) r++;
    const rewrite = rewrites[r];
    if (rewrite !== undefined && rewrite.start === i) {
      for (const p of rewrite.pieces) write(p.text, p.from, p.to);
      i = rewrite.end;
      r++;
      continue;
    }
    const cp = original.codePointAt(i) as number;
    if (cp === RLO) {
      i = writeReversed(original, i, write, rewrites[r]);
      reversed = true;
      continue;
    }
    let ch = String.fromCodePoint(cp);
    let next = i + ch.length;
    if (cp === 0x5c && isEscapedBreak(original, i)) {
      // "…RESULT\nMRN: …" (the two characters): a JSON-escaped line break or tab in a serialized record is one.
      ch = ESCAPED_BREAKS[original.charAt(i + 1)] as string;
      next = i + 2;
    } else if (cp === 0x2d && i > 0 && isBrokenWord(original, i)) {
      // "Ma-⏎rk", "812.754.8-⏎506": a word or number broken over a line is read whole.
      next = original.charCodeAt(i + 1) === 0x0d ? i + 3 : i + 2;
      ch = '';
    } else if (cp === 0x26 || cp === 0x25 || cp === 0x2a || cp === 0x3c || cp === 0x60) {
      // A reference, an encoded character, emphasis or inline code: what it stands for, from all of it.
      const escaped = unescapeAt(original, i);
      if (escaped) [ch, next] = escaped;
    } else if (cp >= 0xb7 && isDotBetween(cp, last, original.codePointAt(next) ?? 0x20, original, i)) {
      ch = '.';
    } else if ((cp === 0xd8 || cp === 0xf8) && besideDigit(last, original, next)) {
      ch = '0';
    }
    write(ch, i, next);
    i = next;
  }
  const text = out.join('');
  return {
    text,
    toOriginal(start, end) {
      if (end <= start) return [from[start] ?? original.length, from[start] ?? original.length];
      if (!reversed) return [from[start] ?? 0, to[end - 1] ?? original.length];
      // Reversed stretches map out of order: the span covers every source it was read from.
      let lo = original.length;
      let hi = 0;
      for (let k = start; k < end; k++) {
        lo = Math.min(lo, from[k] ?? lo);
        hi = Math.max(hi, to[k] ?? hi);
      }
      return [lo, hi];
    },
  };
}

function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * Whether the code point `cp` at `i` of `text`, after the written `last` and before the code
 * point `next`, reads as a dot: between two digits, or between two ASCII letters or digits of an
 * e-mail address's domain (`jdoe@stmarys·org`).
 */
function isDotBetween(cp: number, last: number, next: number, text: string, i: number): boolean {
  if (IDEOGRAPHIC_STOPS.has(cp)) return isAsciiAlnum(last) && isAsciiAlnum(next);
  if (!DIGIT_DOTS.has(cp)) return false;
  if (isDigitCode(last) && DIGIT.test(String.fromCodePoint(next))) return true;
  return isAsciiAlnum(last) && isAsciiAlnum(next) && inMailDomain(text, i);
}

/** Whether an '@' comes before `i` in the same run of characters without blanks. */
function inMailDomain(text: string, i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 255; k--) {
    const c = text.charCodeAt(k);
    if (c === 0x40) return k > 0 && isAsciiAlnum(text.charCodeAt(k - 1));
    if (c <= 0x20 || c === 0x3c || c === 0x22 || c === 0x2c || c === 0x3b) return false;
  }
  return false;
}

/**
 * `9ØØ-12-3456`: a slashed O beside a digit (or beside another slashed O that is) is the
 * slashed zero typewriters and terminals print; a letter of a word ("Bjørn") stays.
 */
function besideDigit(last: number, text: string, next: number): boolean {
  if (isDigitCode(last)) return true;
  let k = next;
  while (k < text.length && (text.charCodeAt(k) === 0xd8 || text.charCodeAt(k) === 0xf8)) k++;
  return isDigitCode(text.charCodeAt(k)) && !isAsciiLetter(last);
}

function isAsciiLetter(c: number): boolean {
  return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
}

/**
 * `\u202e6543-21-009\u202c` is displayed `900-12-3456`: the characters after a right-to-left
 * override up to its pop, a line break, a rewrite or the end are written in reverse order (each
 * still mapped to itself). Returns where the stretch ends.
 */
function writeReversed(
  text: string,
  at: number,
  write: (ch: string, start: number, end: number) => void,
  nextRewrite: Rewrite | undefined,
): number {
  let end = at + 1;
  const limit = nextRewrite?.start ?? text.length;
  while (end < limit) {
    const c = text.charCodeAt(end);
    if (c === PDF || c === 0x0a || c === 0x0d || c === RLO) break;
    end++;
  }
  const chars: [string, number][] = [];
  for (let k = at + 1; k < end; ) {
    const ch = String.fromCodePoint(text.codePointAt(k) as number);
    chars.push([ch, k]);
    k += ch.length;
  }
  for (let k = chars.length - 1; k >= 0; k--) {
    const [ch, start] = chars[k] as [string, number];
    write(ch, start, start + ch.length);
  }
  return end;
}

/** The characters `\n`, `\r` and `\t` of a JSON string stand for a line break, a return and a tab. */
const ESCAPED_BREAKS: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t' };
/** A drive path's folders before a backslash (`C:\Users`): the path's own characters, no blank. */
const DRIVE_PATH = /^[A-Za-z]:\\[^\\]/;
const MAX_PATH = 260;

/**
 * Whether the backslash at `i` opens an escaped break: `\n`, `\r` or `\t` after an even number
 * of backslashes (`\\n` is a backslash written twice, then the letter), not inside a drive path
 * written with single backslashes (`C:\Users\nsmith`, whose `\n` opens a folder's name; JSON
 * doubles a path's backslashes).
 */
function isEscapedBreak(text: string, i: number): boolean {
  if (ESCAPED_BREAKS[text.charAt(i + 1)] === undefined) return false;
  let k = i - 1;
  while (k >= 0 && text.charCodeAt(k) === 0x5c) k--;
  if ((i - 1 - k) % 2 !== 0) return false;
  // The run of characters of a path before the backslash, back to a blank, a quote or a bracket.
  const floor = Math.max(0, i - MAX_PATH);
  while (k >= floor && !PATH_END.has(text.charCodeAt(k))) k--;
  return !DRIVE_PATH.test(text.slice(k + 1, i));
}
/** Characters a path runs up to: blanks, line breaks, quotes, angle brackets and a bar. */
const PATH_END: ReadonlySet<number> = new Set([0x20, 0x09, 0x0a, 0x0d, 0x22, 0x27, 0x3c, 0x3e, 0x7c, 0x60]);

/** A hyphen at `i` ending a line between a letter or digit and a small letter or digit. */
function isBrokenWord(text: string, i: number): boolean {
  const after = text.charCodeAt(i + 1) === 0x0d ? i + 2 : i + 1;
  if (text.charCodeAt(after) !== 0x0a) return false;
  return ALNUM.test(text[i - 1] as string) && LOWER_OR_DIGIT.test(text[after + 1] ?? '');
}
const ALNUM = /[\p{L}\d]/u;
const LOWER_OR_DIGIT = /[\p{Ll}\d]/u;

/** The character an escape at `i` stands for ('' for emphasis marks) and where the escape ends. */
function unescapeAt(text: string, i: number): [string, number] | undefined {
  const c = text.charCodeAt(i);
  const re =
    c === 0x26
      ? CHAR_REFERENCE
      : c === 0x25
        ? PERCENT_ENCODED
        : c === 0x2a
          ? EMPHASIS
          : c === 0x60
            ? INLINE_CODE
            : INLINE_TAG;
  re.lastIndex = i;
  const m = re.exec(text);
  if (!m) return undefined;
  const end = i + m[0].length;
  if (c === 0x2a || c === 0x3c || c === 0x60) return ['', end];
  if (c === 0x25)
    return m[1] !== undefined ? [String.fromCharCode(Number.parseInt(m[1], 16)), end] : utf8At(m[2], end);
  if (m[3] !== undefined) return [NAMED_REFERENCES[m[3]] as string, end];
  const cp = m[1] !== undefined ? Number.parseInt(m[1], 10) : Number.parseInt(m[2] as string, 16);
  // Not a character (or a control): the reference stays as written.
  if (cp > 0x10ffff || (cp < 0x20 && cp !== 0x09 && cp !== 0x0a) || (cp >= 0xd800 && cp <= 0xdfff))
    return undefined;
  return [String.fromCodePoint(cp), end];
}

/** The character of percent-encoded UTF-8 bytes, if they are one. */
function utf8At(encoded: string | undefined, end: number): [string, number] | undefined {
  try {
    const ch = decodeURIComponent(encoded ?? '');
    return [...ch].length === 1 ? [ch, end] : undefined;
  } catch {
    return undefined;
  }
}

function mapChar(ch: string, cp: number): string {
  if (cp < 0x80) return cp >= 0x20 && cp < 0x7f ? ch : isInvisibleControl(cp) ? '' : ch;
  const latin = CONFUSABLES.get(cp);
  if (latin !== undefined) return latin;
  if (isInvisible(cp)) return '';
  if (cp >= 0xe0000) return tagOrSelector(cp) ?? ch.normalize('NFKC');
  const enclosed = enclosedNumber(cp);
  if (enclosed !== undefined) return enclosed;
  if (cp === OGHAM_SPACE) return ' ';
  if (cp === LINE_SEPARATOR || cp === PARAGRAPH_SEPARATOR) return '\n';
  if (DASH.test(ch)) return '-';
  if (SLASHES.has(cp)) return '/';
  if (DIGIT.test(ch)) return String(digitValue(cp));
  return ch.normalize('NFKC');
}

/**
 * Cyrillic, Greek, Armenian and Cherokee letters and Latin small capitals drawn like Latin ones
 * (Unicode's confusables of the Latin alphabet): "ЅЅN" (Cyrillic Dze), "Ρatient" (Greek Rho),
 * "ՏՏN" (Armenian Tiwn), "ᏚᏚN" (Cherokee Du), "ꜱꜱɴ" (small capitals), "mαry" (Greek alpha),
 * "ivan.коwalski" (Cyrillic ka) read as Latin.
 */
const CONFUSABLES = new Map<number, string>();
for (const [from, to] of [
  // Cyrillic capitals and small letters.
  ['АВЕКМНОРСТХУЅІЈԚԜ', 'ABEKMHOPCTXYSIJQW'],
  ['аеорсухѕіјԁһԛԝкӏ', 'aeopcyxsijdhqwkl'],
  ['Ӏ', 'I'],
  // Greek capitals and small letters.
  ['ΑΒΕΖΗΙΚΜΝΟΡΤΥΧϹ', 'ABEZHIKMNOPTYXC'],
  ['οινακρτυχϲϳ', 'oivakptuxcj'],
  // Latin letters drawn like others: alpha, script g, dotless i and j.
  ['ɑɡıȷ', 'agij'],
  // Armenian capitals and small letters.
  ['ՏՕՍ', 'SOU'],
  ['սօհոցզ', 'uohngq'],
  // Cherokee letters.
  ['ᎪᏴᏟᎠᎬᏀᎻᎫᏦᏞᎷᏢᎡᏚᎢᏙᏔᏃ', 'ABCDEGHJKLMPRSTVWZ'],
  // Latin small capitals, read as capitals.
  ['ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ', 'ABCDEFGHIJKLMNOPRSTUVWYZ'],
] as const)
  for (let k = 0; k < from.length; k++) CONFUSABLES.set(from.charCodeAt(k), to.charAt(k));

/**
 * Tag characters (U+E0020–E007E) are an invisible copy of printable ASCII, read as it; the
 * other tags and the supplementary variation selectors are dropped.
 */
function tagOrSelector(cp: number): string | undefined {
  if (cp >= 0xe0020 && cp <= 0xe007e) return String.fromCharCode(cp - 0xe0000);
  if (cp <= 0xe007f || (cp >= 0xe0100 && cp <= 0xe01ef)) return '';
  return undefined;
}

/**
 * Numbers in circles and brackets that NFKC does not make digits of (or makes "(9)" and "9."
 * of): dingbat and negative circled digits (`❾`, `➒`, `⓿`), double-circled ones (`⓽`),
 * negative circled 11–20 and parenthesized and full-stop digits (`⑼`, `⒐`), read as the number.
 */
function enclosedNumber(cp: number): string | undefined {
  if (cp < 0x2474 || cp > 0x2793) return cp === 0x1f10b || cp === 0x1f10c ? '0' : undefined;
  if (cp <= 0x2487) return String(cp - 0x2473); // ⑴–⒇
  if (cp <= 0x249b) return String(cp - 0x2487); // ⒈–⒛
  if (cp >= 0x24eb && cp <= 0x24f4) return String(cp - 0x24eb + 11); // ⓫–⓴
  if (cp >= 0x24f5 && cp <= 0x24fe) return String(cp - 0x24f4); // ⓵–⓾
  if (cp === 0x24ff) return '0'; // ⓿
  if (cp >= 0x2776) return String(((cp - 0x2776) % 10) + 1); // ❶–❿, ➀–➉, ➊–➓
  return undefined;
}

const zeroOf = new Map<number, number>();

/** Unicode lays decimal digits out in runs of ten (adjacent runs stay aligned to ten). */
function digitValue(cp: number): number {
  const cached = zeroOf.get(cp);
  if (cached !== undefined) return cp - cached;
  let runStart = cp;
  while (runStart > 0 && DIGIT.test(String.fromCodePoint(runStart - 1))) runStart--;
  const value = (cp - runStart) % 10;
  zeroOf.set(cp, cp - value);
  return value;
}
