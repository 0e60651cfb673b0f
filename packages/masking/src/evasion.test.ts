/** Evasions found by trying the engine as an attacker would (issue 7b). */
import { describe, expect, it } from 'vitest';
import { detectText } from './detect';
import { expectDetected } from './test-helpers';

describe('evasion', () => {
  it.each([
    ['900.12.3456'],
    ['900 12 3456'],
    ['900–12–3456'], // en dash
    ['900—12—3456'], // em dash
    ['900‐12‐3456'], // Unicode hyphen
    ['SSN 900123456'],
  ])('finds an SSN written %s', (value) =>
    expectDetected(`on file: ${value}.`, value.replace(/^SSN /, ''), 'ssn'),
  );

  it.each([
    ['ssn900-12-3456'],
    ['SSN:900-12-3456'],
    ['SSN: 900123456'],
    ['ssn#900123456'],
    ['SSN-900123456'],
  ])('finds an SSN with its label glued on: %s', (text) => {
    const digits = /\d[\d-]*\d/.exec(text)?.[0] as string;
    expectDetected(text, digits, 'ssn');
  });

  it('normalizes full-width digits and maps the span back to the original text', () => {
    const text = 'SSN ９００－１２－３４５６ on file';
    const spans = detectText(text);
    expect(spans).toHaveLength(1);
    expect(text.slice(spans[0]?.start, spans[0]?.end)).toBe('９００－１２－３４５６');
  });

  it('reads other Unicode digits (Arabic-Indic, Devanagari) as digits', () => {
    const arabic = 'هاتف ٥٥٥-٠١٠-١٢٣٤';
    expectDetected(arabic, '٥٥٥-٠١٠-١٢٣٤', 'phone');
    const devanagari = 'SSN ९००-१२-३४५६';
    expectDetected(devanagari, '९००-१२-३४५६', 'ssn');
  });

  it('sees through zero-width characters and soft hyphens inside an identifier', () => {
    const text = 'SSN 900\u200b-12-\u00ad3456 and mail jane\u200d.doe@example.com';
    const spans = detectText(text);
    expect(spans.map((s) => s.type)).toEqual(['ssn', 'email']);
    expect(text.slice(spans[0]?.start, spans[0]?.end)).toBe('900\u200b-12-\u00ad3456');
    expect(text.slice(spans[1]?.start, spans[1]?.end)).toBe('jane\u200d.doe@example.com');
  });

  it('keeps offsets right after characters outside the BMP', () => {
    const text = '😀😀 call 555-010-1234';
    expectDetected(text, '555-010-1234', 'phone');
  });

  it.each([
    ['call me at 5550101234', '5550101234'],
    ['tel 555 0101234', '555 0101234'],
    ['cell: +15550101234', '+15550101234'],
    ['text 555.0101234 tonight', '555.0101234'],
  ])('finds bare or oddly grouped phone numbers in context: %s', (text, value) =>
    expectDetected(text, value, 'phone'),
  );

  it('finds a phone number with en-dash separators', () =>
    expectDetected('call 555–010–1234', '555–010–1234', 'phone'));
});
