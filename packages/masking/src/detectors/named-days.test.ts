import { describe, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';

// Synthetic values only.
describe("a month and day right after a person's name", () => {
  it.each([
    ['Spoke with brother Quenneville, Odile 10/7. Pt taking Multaq 400 mg daily', '10/7'],
    ['Spoke with son Odile Quenneville 9/16. Stable.', '9/16'],
    ['LVM Odile Quenneville 3/14 re refill', '3/14'],
  ])('%s', (text, day) => expectDetected(text, day, 'date'));

  it('keeps a fraction, a dose or a score after a name', () => {
    expectKept('Odile Quenneville 1/2 tab at bedtime', '1/2 tab');
    expectKept('Odile Quenneville 3/4 strength', '3/4 strength');
    expectKept('Odile Quenneville 24/30 on MMSE', '24/30');
  });
});
