/**
 * Detection runs on a normalized copy of the text: NFKC (full-width digits and letters,
 * compatibility spaces), every Unicode decimal digit folded to ASCII, every dash to '-', and
 * invisible characters (zero-width spaces and joiners, soft hyphens) removed — so
 * `９００–１２–３４５６` or `900\u200b-12-3456` is seen as `900-12-3456`. Offsets found in the copy
 * map back to the original text.
 */

export interface NormalizedText {
  text: string;
  /** Maps a span of `text` to the span of the original it came from. */
  toOriginal(start: number, end: number): [number, number];
}

// Printable ASCII only: a string of these is its own normal form.
const NEEDS_NORMALIZING = /[^\t\n\r -~]/;
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
    const ch = String.fromCodePoint(cp);
    const next = i + ch.length;
    const mapped = mapChar(ch, cp);
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

function mapChar(ch: string, cp: number): string {
  if (cp < 0x80) return ch;
  if (INVISIBLE.test(ch)) return '';
  if (DASH.test(ch)) return '-';
  if (DIGIT.test(ch)) return String(digitValue(cp));
  return ch.normalize('NFKC');
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
