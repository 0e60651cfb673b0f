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
    // The shape hospitals issue with a check group, in a file's name or in brackets after a name.
    ['"name": "CT_41-50729-3_19700101.pdf"', '41-50729-3'],
    ['bed 9 - tova quell (72-11834-5), 61yo', '72-11834-5'],
    ['bed 9 - tova quell (QRH-508211), 61yo', 'QRH-508211'],
    // Any record number in brackets before the age; between a file's kind and its date.
    ['bed 14 - tova van der quell (TV4281670), 75yo, came in', 'TV4281670'],
    ['see orla brisk (38081841), 24 y/o, on the list', '38081841'],
    ['"name":"consent_HCH-158522_19971018.pdf"', 'HCH-158522'],
    ['"name": "EOB_70758748_20111025.pdf"', '70758748'],
    ['"name": "MRI_20010855_19350215.pdf"', '20010855'],
  ] as const)('finds %s', (text, value) => expectDetected(text, value, 'mrn'));

  it('keeps a span of years before an age, and a period of two dates in a file name', () => {
    expectNoType('flu season (2024-2025), 65 yrs and older', 'mrn');
    expectKept('export_20240101_20240131.csv', '20240101');
    expectKept('build_v1.2.3_20240131.zip', 'v1.2.3');
  });

  it('keeps ranges, years and short numbers in parentheses', () => {
    expectNoType('pt given 2 doses (500-1000) overnight', 'mrn');
    expectKept('Patient Sample (2024) cohort', '2024');
    expectKept('room 4 (rm 12, bed 3) cleaned', '(rm 12, bed 3)');
    expectNoType('ur no. 1 fan of the clinic', 'mrn');
    // Phones, SSNs, NDCs, CAS numbers, dates and a code's five digits have other shapes.
    expectNoType('call 555-123-4567, NDC 0002-1433-80, CAS 7732-18-5, on 2024-03-16', 'mrn');
    expectKept('billed (CPT-99213) today', 'CPT-99213');
  });
});

describe('a study subject number before its initials and age', () => {
  it.each([
    ['PD-004 | TZ-310-0871 (MW, 41F) | visit out of window', 'TZ-310-0871'],
    ['subject 204-0193 (J.K., 67 M) withdrew consent', '204-0193'],
    ['Listing: SUB0042117 (RT, 9yo) missed dose 3', 'SUB0042117'],
  ] as const)('finds %s', (text, value) => expectDetected(text, value, 'other_id'));

  it('keeps a range or a code before brackets that hold no initials and age', () => {
    expectKept('Dose 250-1000 (IV, 5 mg) given', '250-1000');
    expectKept('Protocol 2024-0031 (v3, 12 pages) approved', '2024-0031');
  });
});

describe('a South African identity number after a bare ID', () => {
  it.each([
    ['Bed 7 - Lindiwe 9 yo F, folder 5512, ID 1504125123083\n  Dx asthma', '1504125123083'],
    ['child, hosp no X1, ID: 1109300041082', '1109300041082'],
  ] as const)('finds %s', (text, value) => expectDetected(text, value, 'other_id'));

  it('keeps a time in milliseconds after ID, whose check fails', () => {
    expectKept('request ID 1707036619000 done', '1707036619000');
  });
});
