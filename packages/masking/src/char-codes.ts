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
