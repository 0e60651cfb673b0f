import { describe, expect, it } from 'vitest';
import { expectDetected, expectNoType } from '../test-helpers';
import { ibanValid } from './iban';

describe('IBANs', () => {
  it("accepts a country's length with a right mod-97 check, refuses a wrong digit or length", () => {
    expect(ibanValid('GB54TEST12345678901234')).toBe(true);
    expect(ibanValid('DE93100000000012345678')).toBe(true);
    expect(ibanValid('DE93100000000012345679')).toBe(false);
    expect(ibanValid('DE9310000000001234567')).toBe(false);
    expect(ibanValid('ZZ93100000000012345678')).toBe(false);
  });

  it.each([
    ['Direct deposit to NL19ABCD0123456789. Account name on file.', 'NL19ABCD0123456789'],
    ['Refund to GB54 TEST 1234 5678 9012 34, account holder on file.', 'GB54 TEST 1234 5678 9012 34'],
    ['IBAN FR48 1234 5678 9012 3456 7890 123', 'FR48 1234 5678 9012 3456 7890 123'],
    ['{"iban":"DE93100000000012345678"}', 'DE93100000000012345678'],
  ] as const)('finds the IBAN in %s', (text, value) => expectDetected(text, value, 'account'));

  it('reads no IBAN in a code of the same shape whose check fails', () => {
    expectNoType('Ref GB55TEST12345678901234 closed', 'account');
    expectNoType('lot AB12 CDEF 3456 7890', 'account');
  });
});
