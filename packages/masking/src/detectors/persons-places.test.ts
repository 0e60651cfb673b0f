import { describe, expect, it } from 'vitest';
import { expectKept, foundBy } from '../test-helpers';
import { personNames } from './names';

// Synthetic values only.
describe("a titled person's place in lower case", () => {
  it.each([
    ["Dr. Sorensen's clinic is cancelled on Friday.", 'Dr. Sorensen'],
    ['Dr. Sorensen clinic is cancelled.', 'Dr. Sorensen'],
    ["Call Mr. Antwi's pharmacy about the refill.", 'Mr. Antwi'],
  ])("is the person's: %s", (text, name) => {
    expect(foundBy(personNames, text)).toEqual([name]);
  });

  it('leaves an organisation named after a person alone', () => {
    expectKept('Seen at Dr. Sorensen Clinic today.', 'Sorensen Clinic');
  });
});
