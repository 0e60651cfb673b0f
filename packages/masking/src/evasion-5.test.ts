/**
 * Evasions of the fifth catalogue: numbers broken over a line, Arabic and other odd dots,
 * look-alike letters without a label, names spaced letter by letter, zero-padded IPv4 addresses.
 */
import { describe, expect, it } from 'vitest';
import { brokenNumberRewrites, mayHoldBrokenNumber } from './broken-numbers';
import type { Rewrite } from './disguises';
import { expectDetected, expectKept, expectMaskedFrame, toolResult } from './test-helpers';

describe('evasion 5: an identifier broken over two lines inside a group', () => {
  it.each([
    ['SSN 900-12-34\n56', '900-12-34\n56', 'ssn'],
    ['SSN 900-12-34\r\n56 on file', '900-12-34\r\n56', 'ssn'],
    ['social: 90\n0-12-3456', '90\n0-12-3456', 'ssn'],
    ['call me at 617-555-01\n99 today', '617-555-01\n99', 'phone'],
    ['fax 617.55\n5.0199', '617.55\n5.0199', 'fax'],
    ['cell 1-617-5\n55-0199', '1-617-5\n55-0199', 'phone'],
    ['phone: (617)\n555-0199', '(617)\n555-0199', 'phone'],
    ['call (617) \r\n 555-0199 ok', '(617) \r\n 555-0199', 'phone'],
  ] as const)('finds %j', (text, value, type) => expectDetected(text, value, type));

  it('masks the halves of a broken number in a tool result', () => {
    expectMaskedFrame(
      toolResult('Patient SSN 900-12-34\n56, phone 617-555-01\n99.'),
      '900-12-34',
      '617-555-01',
    );
  });

  it.each([
    'lot 2024-03-17\n2024-03-18 expiry',
    'Tel 555-014-2231\n42 units given',
    'v1.2.3\n4 builds',
    'rows 12-40\n3456 total',
    'a 900-12\n3456 b',
  ])('reads %j as written', (text) => {
    const found: Rewrite[] = [];
    if (mayHoldBrokenNumber(text, { includes: (s) => text.includes(s) })) brokenNumberRewrites(text, found);
    expect(found).toEqual([]);
  });

  it('is not looked for in a text without a digit and a mark on each side of a line break', () => {
    const text = 'Seen today.\nBP 120/80\n98 F\n2 doses';
    expect(mayHoldBrokenNumber(text, { includes: (s) => text.includes(s) })).toBe(false);
  });
});

describe('evasion 5: Arabic separators and other odd dots between digits', () => {
  it.each([
    ['SSN ٩٠٠٫١٢٫٣٤٥٦', '٩٠٠٫١٢٫٣٤٥٦', 'ssn'],
    ['SSN 900٬12٬3456', '900٬12٬3456', 'ssn'],
    ['SSN ٩٠٠،١٢،٣٤٥٦', '٩٠٠،١٢،٣٤٥٦', 'ssn'],
    ['SSN 900⸱12⸱3456', '900⸱12⸱3456', 'ssn'],
    ['SSN 900˙12˙3456', '900˙12˙3456', 'ssn'],
    ['ph 555᛫014᛫2231', '555᛫014᛫2231', 'phone'],
  ] as const)('finds %j', (text, value, type) => expectDetected(text, value, type));

  it('keeps a dose written with an Arabic decimal separator', () => expectKept('Dose 3٫5 mg twice daily'));

  it.each([
    ['write to jdoe@stmarys·org', 'jdoe@stmarys·org'],
    ['mail: j.doe@st·marys•org today', 'j.doe@st·marys•org'],
  ])('finds an e-mail address whose domain is written with middle dots or bullets: %j', (text, value) =>
    expectDetected(text, value, 'email'),
  );

  it('keeps middle dots between words outside an address', () =>
    expectKept('plan·review·done, see x@y and a·b'));
});

describe('evasion 5: letters drawn like digits without a label', () => {
  it.each([
    ['on file 9OO-12-3456.', '9OO-12-3456', 'ssn'],
    ['reach her at 617.555.O199', '617.555.O199', 'phone'],
    ['backup 555-O14-2231', '555-O14-2231', 'phone'],
    ['see 5l7-42-3456 above', '5l7-42-3456', 'ssn'],
  ] as const)('finds %j', (text, value, type) => expectDetected(text, value, type));

  it.each(['vitamin B12-34-5678 lot', 'part SOB-12-3456 in stock'])('keeps %j', (text) => expectKept(text));
});

describe('evasion 5: a name with a blank between its letters', () => {
  it.each([
    ['Name: J a n e  D o e', 'J a n e  D o e'],
    ['Name: J a n e D o e', 'J a n e D o e'],
    ['Patient J a n e D o e is here', 'J a n e D o e'],
    ['Name: J A N E  D O E', 'J A N E  D O E'],
  ])('finds %j', (text, value) => expectDetected(text, value, 'name'));

  it.each([
    'options a b c d',
    'grades: A B C  D E F',
    'I a m here',
    'plan: A n t i b i o t i c s for 7 days',
  ])('keeps %j', (text) => expectKept(text));
});

describe('evasion 5: an IPv4 address with zero-padded parts', () => {
  it.each([
    ['IP 192.168.001.010', '192.168.001.010'],
    ['from 010.000.000.001 at 10:02', '010.000.000.001'],
  ])('finds %j', (text, value) => expectDetected(text, value, 'ip'));

  it.each(['Lot 12.01.03.04', 'see section 1.01.02.03'])('keeps %j', (text) => expectKept(text));
});
