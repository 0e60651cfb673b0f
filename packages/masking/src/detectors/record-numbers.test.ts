import { describe, it } from 'vitest';
import { expectDetected, expectKept, expectNoType } from '../test-helpers';

describe('record numbers without a record-number label', () => {
  it.each([
    ['Sample, Test C 45f UR no. E70000001 admitted', 'E70000001'],
    ['Patient: SAMPLE, TEST   UR no. 0600001   DOB: x', '0600001'],
    ['DISCHARGE SUMMARY\nUR: 00900001   Name: SAMPLE, Test', '00900001'],
    ['UR: UR200001   Name: SAMPLE, Test', 'UR200001'],
    ['URN 418-243-82 on the request', '418-243-82'],
    ['unit record number 77001234', '77001234'],
    ['Pending dc: Test Sample (rm 582, 331036) waiting on SNF', '331036'],
    ['Pending dc: Sample, Test (bed 12B; 01D35156) waiting', '01D35156'],
    ['Pt Sample, Testa (287-027-07), 46f seen on 9/28', '287-027-07'],
    ['Pt du Sample, Test-ho (23D27224), 81m seen', '23D27224'],
  ] as const)('finds %s', (text, value) => expectDetected(text, value, 'mrn'));

  it('keeps ranges, years and short numbers in parentheses', () => {
    expectNoType('pt given 2 doses (500-1000) overnight', 'mrn');
    expectKept('Patient Sample (2024) cohort', '2024');
    expectKept('room 4 (rm 12, bed 3) cleaned', '(rm 12, bed 3)');
    expectNoType('ur no. 1 fan of the clinic', 'mrn');
  });
});
