import { describe, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';

describe('an age in brackets after a name', () => {
  it.each([
    ['Proband: Orla Quennell (93), referred for review.', '93'],
    ['Index case: Tavish Marrowby (101), lives alone.', '101'],
  ])('finds %s', (text, value) => expectDetected(text, value, 'age'));

  it('keeps a bracketed value after anything but a name, and ages under 90', () => {
    expectKept('fasting glucose (102), repeat in 3 months', '102');
    expectKept('HR (96) regular', '96');
    expectKept('Proband: Orla Quennell (48), referred for review.', '48');
  });
});
