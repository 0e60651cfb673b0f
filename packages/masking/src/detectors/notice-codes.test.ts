import { describe, expect, it } from 'vitest';
import { foundBy } from '../test-helpers';
import { noticeCodes } from './notice-codes';

// Synthetic values only.
const codesIn = (text: string): string[] => foundBy(noticeCodes, text);

describe('the numbers a notice gives its reader', () => {
  it.each([
    ['Your activation code is QWZX402139.', 'QWZX402139'],
    ['Enrollment Code: 4TK-20931', '4TK-20931'],
    ['ACTIVATION CODE: 7QX20931Z', '7QX20931Z'],
    ['Engagement # DB40213 when you call.', 'DB40213'],
    ['RE: Notice of Data Incident - Reference INC-40213', 'INC-40213'],
    ['Our ref: PRV-2024-0192', 'PRV-2024-0192'],
    ['Ref # CASE-40213', 'CASE-40213'],
  ])('%s gives %s', (text, code) => {
    expect(codesIn(text)).toEqual([code]);
  });

  it('keeps codes without four figures, reference ranges and standards', () => {
    for (const text of [
      'Your activation code is ENROLLNOW.',
      'Reference range 3.5-5.0 mmol/L',
      'Reference ICD-10 chapter 2',
      'See reference 12 in the appendix.',
      'Enrollment number pending.',
    ])
      expect(codesIn(text)).toEqual([]);
  });
});
