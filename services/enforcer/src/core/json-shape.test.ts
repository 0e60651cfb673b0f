import { describe, expect, it } from 'vitest';
import { closingQuote, scanJsonShape } from './json-shape';

/** The closing quote by decoding the string as JSON does: each backslash escapes the byte after it. */
function decodedEnd(text: string, from: number): number {
  for (let at = from; at < text.length; at++) {
    if (text[at] === '\\') at++;
    else if (text[at] === '"') return at;
  }
  return text.length;
}

describe('closingQuote', () => {
  it('finds the closing quote of short and long strings, escapes on either side of the look-ahead', () => {
    const cases: string[] = [];
    for (let length = 55; length <= 75; length++) {
      const text = 'a'.repeat(length);
      for (const cut of [length - 2, length - 1]) {
        // An escaped quote, an escaped backslash before a quote, three backslashes, at every offset.
        cases.push(`${text.slice(0, cut)}\\"${text.slice(cut)}"tail`);
        cases.push(`${text.slice(0, cut)}\\\\"${text.slice(cut)}"tail`);
        cases.push(`${text.slice(0, cut)}\\\\\\"${text.slice(cut)}"tail`);
      }
      cases.push(`${text}"`, text, `${text}\\`);
    }
    for (const text of cases) {
      const body = Buffer.from(text);
      expect(closingQuote(body, 0), text).toBe(decodedEnd(text, 0));
    }
  });

  it('keeps the shape scan of a body with long escaped strings exact', () => {
    const long = `${'x'.repeat(100)}\\"{[${'y'.repeat(100)}`;
    const body = Buffer.from(`[{"a":"${long}"},{"b":["${long}"]}]`);
    expect(scanJsonShape(body, 64, 100)).toEqual({ depth: 3, batch: true, items: 2 });
  });
});
