import { describe, it } from 'vitest';
import { expectDetected, expectKept, expectNoType } from '../test-helpers';

const LIST = [
  'WAITLIST derm (updated 6/10)',
  '* Test Sample   74yo   555-0100   added 1/24   any am',
  '* Sample Person   103   555-0101   added 3/19   needs interpreter',
  '[x] other sample   45   555-0102   added 5/4/25',
].join('\n');

describe('ages over 89 in a column whose other rows give the unit', () => {
  it('finds the bare number in the age column', () => expectDetected(LIST, '103', 'age'));

  it('keeps younger ages in that column and numbers in other columns', () => {
    expectKept(LIST, '45');
    expectKept('* Test Sample   74yo   room   95\n* Other Sample   60   bed   92', '95');
  });

  it('needs a row that gives the unit', () => {
    expectNoType('* Sample Person   103   555-0101\n* Other Person   95   555-0102', 'age');
  });
});
