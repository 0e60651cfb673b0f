import { describe, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';

describe("the login an EHR stamps a record's last change with", () => {
  it.each([
    ['Problem List\nLast updated 01/26/2022 by OYELARANL\n1. Frank sign', 'OYELARANL'],
    ['Last edited 3/2/24 14:05 by MCGILLICUDDYR', 'MCGILLICUDDYR'],
    ['Medications (updated by FAIRCLOTHK)', 'FAIRCLOTHK'],
  ] as const)('finds the login in %s', (text, value) => expectDetected(text, value, 'name'));

  it("keeps a system's account, a department and a word in capitals", () => {
    expectKept('Last updated 01/26/2022 by SYSTEM', 'SYSTEM');
    expectKept('Last updated 01/26/2022 by PHARMACY', 'PHARMACY');
    expectKept('Last updated 01/26/2022 by INTERFACE\n', 'INTERFACE');
    expectKept('Dose changed by MOUTH', 'MOUTH');
  });
});
