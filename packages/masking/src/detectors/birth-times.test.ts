import { describe, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';

describe('birth times', () => {
  it.each([
    ['Born 21/10/2024 at 1809 hrs, SVD', '1809'],
    ['Born 1.3.2024 at 0342 hrs, LSCS', '0342'],
    ['delivered at 07:42 by ventouse', '07:42'],
    ['Time of birth: 2216 h', '2216'],
  ])('finds %s', (text, value) => expectDetected(text, value, 'date'));

  it('keeps gestations, weights and times of other events', () => {
    expectKept('born at 38 weeks, BW 3687 g', '38 weeks');
    expectKept('born in 1988 at home', '1988');
    expectKept('seen at 1809 hrs in clinic');
  });
});
