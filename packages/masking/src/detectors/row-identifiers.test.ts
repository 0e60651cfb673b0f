import { describe, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';

describe('identifiers a row holds without a label beside them', () => {
  it.each([
    ['432-A  PFANNERSTILL-FADEL, WATSON B  3398670  83M  10/02/25  I214', '3398670', 'mrn'],
    ['LEMKE,MARYSE  001-99-62  24F  WT 122 KG  ALLERGY: NKDA', '001-99-62', 'mrn'],
    ['| Field | Value |\n|---|---|\n| MRN | 00667722 |\n| Admit | 2023-03-06 |', '00667722', 'mrn'],
    ['| Item | Detail |\n|------|--------|\n| Member ID | W404464078 |', 'W404464078', 'health_plan'],
    [
      '08/30/23 0605\nACCESSION  53-NC-710080   33-YS-409739   ACC438534291\n  CREAT 2.55',
      '33-YS-409739',
      'other_id',
    ],
    ['ACCESSION  ACC829843362   80-RS-439627   L829339700\n  LACTATE 2.8', 'L829339700', 'other_id'],
    ['Member lD: 885627759-02       Plan: BCBS OF ILLINOIS', '885627759-02', 'health_plan'],
  ] as const)('finds %s', (text, value, type) => expectDetected(text, value, type));

  it.each([
    ['WBC  1234567  45M cells', '1234567'],
    ['| Dx | J15.212 |\n| Version | 2.4.1 |\n| Build | 20250314 |', 'J15.212'],
    ['| Item | Detail |\n|---|---|\n| NDC | 0002-8215-01 |', '0002-8215-01'],
    ['ACCESSION  PENDING   CREAT 2.55   INR 1.8', 'CREAT 2.55   INR 1.8'],
  ])('keeps %s', (text, keep) => expectKept(text, keep));
});
