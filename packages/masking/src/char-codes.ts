/** Character-code tests for scans that read a text one UTF-16 code unit at a time. */

/** An ASCII digit, 0–9. */
export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** An ASCII letter of either case. */
export function isAsciiLetter(c: number): boolean {
  const lower = c | 0x20;
  return lower >= 0x61 && lower <= 0x7a;
}

/** An ASCII hexadecimal digit, 0–9, A–F or a–f. */
export function isHex(c: number): boolean {
  return isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

/** How many ASCII digits a string holds. */
export function digitCount(v: string): number {
  let n = 0;
  for (let i = 0; i < v.length; i++) if (isDigit(v.charCodeAt(i))) n++;
  return n;
}

/**
 * A white space or line break as `\s` matches it (ECMAScript's WhiteSpace and LineTerminator):
 * a scan that steps over blanks one code unit at a time tests it without an expression.
 */
export function isWhiteSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
