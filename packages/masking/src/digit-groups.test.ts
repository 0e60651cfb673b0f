import { describe, expect, it } from 'vitest';
import { digitGroupRewrites, mayHoldDigitGroups } from './digit-groups';
import type { Rewrite } from './disguises';
import { normalizeForDetection } from './normalize';

/** What the text reads as after the digit-group rewrites alone. */
function reads(text: string): string {
  const found: Rewrite[] = [];
  if (mayHoldDigitGroups(text, { includes: (s) => text.includes(s) }))
    digitGroupRewrites(text, { includes: (s) => text.includes(s) }, found);
  let out = '';
  let at = 0;
  for (const r of found) {
    out += text.slice(at, r.start) + r.pieces.map((p) => p.text).join('');
    at = r.end;
  }
  return out + text.slice(at);
}

describe('digit groups read otherwise than written', () => {
  it.each([
    ['on file 482~31~7720', 'on file 482-31-7720'],
    ['x 482|31|7720.', 'x 482-31-7720.'],
    ['x 482-31.7720', 'x 482-31-7720'],
    ['x 1*617*555*0199', 'x 1-617-555-0199'],
  ])('joins the groups of an identifier-shaped number by dashes: %s', (text, read) =>
    expect(reads(text)).toBe(read),
  );

  it.each([
    ['SSN: 482:31:7720', 'SSN: 482-31-7720'],
    ['phone 617,555,0199', 'phone 617-555-0199'],
    ['MRN 71~20~448', 'MRN 71-20-448'],
    ['SSN 4 8 2  3 1  7 7 2 0', 'SSN 482317720'],
    ['SSN 4 8 2 - 3 1 - 7 7 2 0', 'SSN 482-31-7720'],
    ['SSN 482 - 31 - 7720', 'SSN 482-31-7720'],
    ['SSN 4B2-3l-772O', 'SSN 482-31-7720'],
    ['ph 617-555-O19S', 'ph 617-555-0195'],
  ])('reads the digits after a label: %s', (text, read) => expect(reads(text)).toBe(read));

  it.each([
    'Follow-up call 2025-11-03. 82% of visits were on time.',
    'MRN 4471920. 3 visits since',
    'phone 617-555-0199. 12 calls this month',
  ])('ends a number at a full stop before the next sentence: %s', (text) => expect(reads(text)).toBe(text));

  it.each([
    ['SSN 482. 31. 7720', 'SSN 482-31-7720'],
    ['SSN 482-31. 7720', 'SSN 482-31-7720'],
  ])(
    "joins groups across a full stop when every mark is one or the shape is an identifier's: %s",
    (text, read) => expect(reads(text)).toBe(read),
  );

  it.each([
    ['482317720 is my social', 'social: 482317720 is my social'],
    ['7120448 (MRN)', 'MRN: 7120448 (MRN)'],
    ['6175550199 - cell', 'cell: 6175550199 - cell'],
    ['482~31~7720 [ssn]', 'ssn: 482-31-7720 [ssn]'],
  ])('writes a label after the number before it too: %s', (text, read) => expect(reads(text)).toBe(read));

  it.each([
    'ratio 3:2:1 at 10:30:45',
    'BP 120/80/72 and 12/40/2024',
    'counts 1,234,567 and 482,31,7720',
    '| 482 | 31 | 7720 |',
    'SSN 482-31-7720',
    'ID 482317720   3. Next',
    'B12 1000 mcg, SpO2 98, O2 2L',
    'SSN IS 482 31 7720',
    '12500 (approx) and 2500 mg (oral)',
  ])('leaves %s as written', (text) => expect(reads(text)).toBe(text));

  it('maps a span of the rewritten number back to the characters it was written as', () => {
    const text = 'note: 482~31~7720 (SSN) ok';
    const norm = normalizeForDetection(text);
    const at = norm.text.indexOf('482-31-7720');
    expect(text.slice(...norm.toOriginal(at, at + 11))).toBe('482~31~7720');
    const label = norm.text.indexOf('SSN: ');
    expect(norm.toOriginal(label, label + 3)).toEqual([6, 6]);
  });

  it('is not looked for in a text with fewer than six digits or no odd grouping', () => {
    expect(mayHoldDigitGroups('x 12~34', { includes: () => true })).toBe(false);
    const plain = 'Seen 2024-11-27, BP 120/80, dose 5 mg';
    expect(mayHoldDigitGroups(plain, { includes: (s) => plain.includes(s) })).toBe(false);
  });

  it('is looked for after look-alike letters that open a number, not after those that end a word', () => {
    const hint = (text: string) => mayHoldDigitGroups(text, { includes: (s) => text.includes(s) });
    expect(hint('ticket BO12-4 of 123456')).toBe(true);
    expect(hint('code 9O0-12-3456')).toBe(true);
    expect(hint('ticket xBO12-4 of 123456')).toBe(false);
    expect(hint('ticket BOOO12-4 of 123456')).toBe(false);
    expect(hint('lot 12-34 of 123456')).toBe(false);
  });
});
