import { describe, expect, it } from 'vitest';
import { foundBy } from '../test-helpers';
import { remittanceLines } from './remittance-lines';

// Synthetic values only.
const found = (text: string): string[] => foundBy(remittanceLines, text);

describe("a printed remittance's claim lines and payment numbers", () => {
  it.each([
    ['CLP 2025924265141  BAKER, AUTUMN  ID PFV222464942  PT ACCT ACCT-4311577', ['BAKER, AUTUMN']],
    ['Header\nCLP CLM-15773085  NGUYỄN, PERPETUA  ID ATG565281231', ['NGUYỄN, PERPETUA']],
    ['CLM PA64836226\tO’BRIEN-SHAW, ANNA MARIE Q\tMBR 44', ['O’BRIEN-SHAW, ANNA MARIE Q']],
    ['CLAIM #: 77120045  Vasquez, Rita ID W1234567', ['Vasquez, Rita']],
    ['CLP 9495740188992  KUROSAWA, EAMON', ['KUROSAWA, EAMON']],
  ])('%s names the patient', (text, names) => expect(found(text)).toEqual(names));

  it.each([
    ['Payer: Aetna   Check/EFT# EFT7253407154', ['EFT7253407154']],
    ['EFT Trace: 0087123456 dated today', ['0087123456']],
    ['TRN 1234567890', ['1234567890']],
    ['Check No. 00482219 mailed', ['00482219']],
  ])('%s holds the trace number', (text, numbers) => expect(found(text)).toEqual(numbers));

  it.each([
    ["INSURED'S ID: BZ7688633      11 GROUP: GRP 889737", ['GRP 889737']],
    ['Group # GRP-0044817 active', ['GRP-0044817']],
  ])('%s holds the group number with its prefix', (text, groups) => expect(found(text)).toEqual(groups));

  it.each([
    'CLP 2025924265141  PAID 80.71  CARC CO-45',
    'CLP 2025924265141  DENIED, RESUBMIT',
    'clinic CLP notes: SMITH, JOHN',
    'Check # 2024 issued',
    'Check/EFT# pending',
    'Payment # 12 of 36',
    'Check/EFT date 10/12/2025',
    'Group: GRP visits weekly',
    'support group GRP 12',
  ])('finds nothing in %s', (text) => expect(found(text)).toEqual([]));
});
