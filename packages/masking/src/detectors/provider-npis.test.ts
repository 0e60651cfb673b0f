import { describe, it } from 'vitest';
import { expectDetected, expectNoType } from '../test-helpers';

// Synthetic numbers whose NPI check digit (Luhn over 80840 and the number) holds: 1234567893,
// 2125551236, 1749336685; 1234567890 fails it.
describe('bare NPIs on a clinician line', () => {
  it.each([
    ['-- J. Doe, BSN, RN 1234567893', '1234567893'],
    ['-- Dr Test Person 1234567893\n', '1234567893'],
    ['Test Person, MD | 1234567893 | pager 555-0100', '1234567893'],
    ['dr person | 2125551236 | pager 555-0100', '2125551236'],
    ['Alex Sample PharmD | 1234567893', '1234567893'],
  ] as const)('finds %s', (text, value) => expectDetected(text, value, 'license'));

  it('keeps numbers that fail the check digit or have no clinician on their line', () => {
    expectNoType('-- J. Doe, RN 1234567890', 'license');
    expectNoType('CALL LOG  1749336685  agent test.user ext 4327', 'license');
    expectNoType('batch 1234567893 processed', 'license');
    expectNoType('A. Sample, MD    Statement date: 1749336685', 'license');
    expectNoType('{"pa":false,"updated":"1749336685"}', 'license');
    expectNoType('what do 1234567893 mean', 'license');
  });

  it('leaves a pager number to the phone detectors', () => {
    expectNoType('Test Person, MD | pager 2125551236', 'license');
  });
});
