/**
 * Detection runs on a normalized copy of the text: NFKC (full-width digits and letters,
 * compatibility spaces), every Unicode decimal digit folded to ASCII, every dash to '-',
 * invisible characters (zero-width spaces and joiners, soft hyphens) removed, Cyrillic and
 * Greek letters that look Latin read as the Latin ones ("ЅЅN", "Ρatient"), HTML and XML
 * character references decoded (`&#57;`, `&#x39;`, `&amp;`), percent-encoded printable
 * characters decoded (`Mary%20Smith`) and markdown emphasis marks around a word dropped
 * (`**Smith**`), and so are inline emphasis tags (`<em>Gurpreet</em>`) and the hyphen and line
 * break of a word or number broken over two lines (`Ma-⏎rk`) — so `９００–１２–３４５６`, `900\u200b-12-3456` or `&#57;&#48;&#48;-12-3456` is
 * seen as `900-12-3456`. Offsets found in the copy map back to the original text.
 */

export interface NormalizedText {
  text: string;
  /** Maps a span of `text` to the span of the original it came from. */
  toOriginal(start: number, end: number): [number, number];
}

/**
 * What a string needs normalizing for: a character outside printable ASCII, a character
 * reference, a percent-encoded character or an emphasis mark beside a word or number.
 */
const NEEDS_NORMALIZING =
  /[^\t\n\r -~]|&(?:#\d|#[xX][\da-fA-F]|(?:amp|lt|gt|quot|apos|nbsp);)|%[2-7][\da-fA-F]|(?<![\w*])\*\*(?=[\w(])|(?<=[\w).])\*\*(?![\w*])|<\/?(?:em|b|i|u|strong|mark)>|[\p{L}\d]-\r?\n[\p{Ll}\d]/iu;
/** `<em>Gurpreet</em>`: inline emphasis tags, as search results highlight a match. */
const INLINE_TAG = /<\/?(?:em|b|i|u|strong|mark)>/iy;
/** `&#57;`, `&#x39;` (the semicolon is optional in HTML), `&amp;`: one character written as a reference. */
const CHAR_REFERENCE = /&(?:#(\d{1,7});?|#[xX]([\da-fA-F]{1,6});?|(amp|lt|gt|quot|apos|nbsp);)/y;
const NAMED_REFERENCES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};
/** `%20`, `%2D`, `%40`: a printable ASCII character percent-encoded (`%25` is '%'). */
const PERCENT_ENCODED = /%([2-7][\da-fA-F])/y;
/**
 * `**Smith**`: the marks of bold (or bold italic) text before or after a word or number — not
 * a run of '*' between two words, as X12 segments separate empty elements ("SMITH****MI").
 */
const EMPHASIS = /(?<![\w*])\*{2,3}(?=[\w(])|(?<=[\w).])\*{2,3}(?![\w*])/y;
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/;
const DASH = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/;
const DIGIT = /\p{Nd}/u;

const identity = (start: number, end: number): [number, number] => [start, end];

export function normalizeForDetection(original: string): NormalizedText {
  if (!NEEDS_NORMALIZING.test(original)) return { text: original, toOriginal: identity };
  const out: string[] = [];
  // For each UTF-16 unit of the output: where its source character starts and ends.
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  while (i < original.length) {
    const cp = original.codePointAt(i) as number;
    let ch = String.fromCodePoint(cp);
    let next = i + ch.length;
    if (cp === 0x2d && i > 0 && isBrokenWord(original, i)) {
      // "Ma-⏎rk", "812.754.8-⏎506": a word or number broken over a line is read whole.
      next = original.charCodeAt(i + 1) === 0x0d ? i + 3 : i + 2;
      ch = '';
    } else if (cp === 0x26 || cp === 0x25 || cp === 0x2a || cp === 0x3c) {
      // A reference, an encoded character or emphasis: what it stands for, from all of it.
      const escaped = unescapeAt(original, i);
      if (escaped) [ch, next] = escaped;
    }
    const mapped = ch.length === 0 ? '' : mapChar(ch, ch.codePointAt(0) as number);
    for (let k = 0; k < mapped.length; k++) {
      from.push(i);
      to.push(next);
    }
    if (mapped.length > 0) out.push(mapped);
    i = next;
  }
  const text = out.join('');
  return {
    text,
    toOriginal(start, end) {
      if (end <= start) return [from[start] ?? original.length, from[start] ?? original.length];
      return [from[start] ?? 0, to[end - 1] ?? original.length];
    },
  };
}

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
  const re = c === 0x26 ? CHAR_REFERENCE : c === 0x25 ? PERCENT_ENCODED : c === 0x2a ? EMPHASIS : INLINE_TAG;
  re.lastIndex = i;
  const m = re.exec(text);
  if (!m) return undefined;
  const end = i + m[0].length;
  if (c === 0x2a || c === 0x3c) return ['', end];
  if (c === 0x25) return [String.fromCharCode(Number.parseInt(m[1] as string, 16)), end];
  if (m[3] !== undefined) return [NAMED_REFERENCES[m[3]] as string, end];
  const cp = m[1] !== undefined ? Number.parseInt(m[1], 10) : Number.parseInt(m[2] as string, 16);
  // Not a character (or a control): the reference stays as written.
  if (cp > 0x10ffff || (cp < 0x20 && cp !== 0x09 && cp !== 0x0a) || (cp >= 0xd800 && cp <= 0xdfff))
    return undefined;
  return [String.fromCodePoint(cp), end];
}

function mapChar(ch: string, cp: number): string {
  if (cp < 0x80) return ch;
  const latin = CONFUSABLES.get(cp);
  if (latin !== undefined) return latin;
  if (INVISIBLE.test(ch)) return '';
  if (DASH.test(ch)) return '-';
  if (DIGIT.test(ch)) return String(digitValue(cp));
  return ch.normalize('NFKC');
}

/**
 * Cyrillic and Greek letters drawn like Latin ones (Unicode's confusables of the Latin
 * alphabet in those scripts): "ЅЅN" (Cyrillic Dze), "Ρatient" (Greek Rho) read as Latin.
 */
const CONFUSABLES = new Map<number, string>();
for (const [from, to] of [
  // Cyrillic capitals and small letters.
  ['АВЕКМНОРСТХУЅІЈԚԜ', 'ABEKMHOPCTXYSIJQW'],
  ['аеорсухѕіјԁһԛԝ', 'aeopcyxsijdhqw'],
  // Greek capitals and small letters.
  ['ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ', 'ABEZHIKMNOPTYX'],
  ['οιν', 'oiv'],
] as const)
  for (let k = 0; k < from.length; k++) CONFUSABLES.set(from.charCodeAt(k), to.charAt(k));

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
