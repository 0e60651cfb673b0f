/**
 * An identifier broken over two lines inside one of its groups, as a fixed-width wrap, a fax
 * or an OCR'd page leaves it: `900-12-34⏎56`, `617-555-01⏎99`, `1-617-5⏎55-0199`. The line
 * break is read as nothing when the two halves together have the shape of an SSN (3-2-4) or a
 * North American telephone number (3-3-4, 1-3-3-4) written with one kind of mark, and neither
 * half is a whole group of that shape by itself. (A break with a hyphen before it is
 * normalization's: `Ma-⏎rk`, `812.754.8-⏎506`.) Numbers on lines of their own, a table's
 * cells and dates are left as written: a break between two whole groups, a half that is a
 * number of its own shape, or a run that goes on into more digits or marks reads as written.
 * A telephone number broken after its bracketed area code (`(617)⏎555-0199`) is read with a
 * blank for the break; an e-mail address broken right before or after its '@'
 * (`mary.roe@⏎example.org`) is read whole.
 */
import type { CharLookup, Piece, Rewrite } from './disguises';

/** Digits and marks on each side of one line break, not inside a longer word or number. */
const BROKEN = /(?<![\w.-])\d[\d.-]{0,13}\r?\n[\d.-]{0,13}\d(?![\w]|[.-]\d)/g;
/** A telephone number broken after its bracketed area code: `(617)⏎555-0199`. */
const AREA_CODE_BROKEN = /(?<![\w)])\(\d{3}\)[ \t]?\r?\n[ \t]?\d{3}[-. ]\d{4}(?![\w]|[-.]\d)/g;
/**
 * What a broken number needs: a digit on each side of a line break and a mark among the
 * digits of the line before or after, or a bracketed area code ending a line.
 */
const HINT = /\d[-.]\d{0,3}\r?\n\d|\d\r?\n\d{0,3}[-.]\d|\d\)[ \t]?\r?\n[ \t]?\d|@\r?\n\w|\w\r?\n@/;
/** An e-mail address broken at its '@', the line break before or after it: `mary.roe@⏎example.org`. */
const ADDRESS_BROKEN =
  /(?<![\w.+-])[\w.+-]{1,64}(?:@\r?\n|\r?\n@)[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,24}(?![\w-])/g;
/** The shapes read whole: an SSN and a North American number, one kind of mark between the groups. */
const SHAPED = /^(?:\d{3}([-.])\d{2}\1\d{4}|\d{3}([-.])\d{3}\2\d{4}|1([-.])\d{3}\3\d{3}\3\d{4})$/;

/** Whether `brokenNumberRewrites` may find something: a line break and one expression. */
export function mayHoldBrokenNumber(text: string, lookup: CharLookup): boolean {
  return lookup.includes('\n') && HINT.test(text);
}

/** The rewrites of the identifiers of `text` broken over two lines inside a group, appended to `out`. */
export function brokenNumberRewrites(text: string, out: Rewrite[]): void {
  ADDRESS_BROKEN.lastIndex = 0;
  for (let m = ADDRESS_BROKEN.exec(text); m !== null; m = ADDRESS_BROKEN.exec(text))
    out.push(withoutBreak(m[0], m.index));
  AREA_CODE_BROKEN.lastIndex = 0;
  for (let m = AREA_CODE_BROKEN.exec(text); m !== null; m = AREA_CODE_BROKEN.exec(text))
    out.push(lineBreakAsBlank(m[0], m.index));
  BROKEN.lastIndex = 0;
  for (let m = BROKEN.exec(text); m !== null; m = BROKEN.exec(text)) {
    const value = m[0];
    const nl = value.indexOf('\n');
    const breakStart = value.charCodeAt(nl - 1) === 0x0d ? nl - 1 : nl;
    if (!isDigit(value.charCodeAt(breakStart - 1)) || !isDigit(value.charCodeAt(nl + 1))) continue;
    if (!SHAPED.test(value.slice(0, breakStart) + value.slice(nl + 1))) continue;
    out.push(withoutBreak(value, m.index));
  }
}

/** `value` at `start` read without its (one) line break. */
function withoutBreak(value: string, start: number): Rewrite {
  const nl = value.indexOf('\n');
  const breakStart = value.charCodeAt(nl - 1) === 0x0d ? nl - 1 : nl;
  const pieces: Piece[] = [];
  for (let k = 0; k < value.length; k++) {
    const inBreak = k >= breakStart && k <= nl;
    pieces.push({ text: inBreak ? '' : (value[k] as string), from: start + k, to: start + k + 1 });
  }
  return { start, end: start + value.length, pieces };
}

/** `value` at `start` with the line break and the blanks around it read as one blank. */
function lineBreakAsBlank(value: string, start: number): Rewrite {
  const pieces: Piece[] = [];
  const close = value.indexOf(')') + 1;
  let open = close;
  while (
    value.charCodeAt(open) === 0x20 ||
    value.charCodeAt(open) === 0x09 ||
    value.charCodeAt(open) === 0x0d
  )
    open++;
  open++; // the line feed
  while (value.charCodeAt(open) === 0x20 || value.charCodeAt(open) === 0x09) open++;
  for (let k = 0; k < close; k++)
    pieces.push({ text: value[k] as string, from: start + k, to: start + k + 1 });
  pieces.push({ text: ' ', from: start + close, to: start + open });
  for (let k = open; k < value.length; k++)
    pieces.push({ text: value[k] as string, from: start + k, to: start + k + 1 });
  return { start, end: start + value.length, pieces };
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
