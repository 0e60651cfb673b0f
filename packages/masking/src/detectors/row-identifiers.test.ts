import { describe, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';

describe('identifiers a row holds without a label beside them', () => {
  it.each([
    ['432-A  PFANNERSTILL-FADEL, WATSON B  3398670  83M  10/02/25  I214', '3398670', 'mrn'],
    ['LEMKE,MARYSE  001-99-62  24F  WT 122 KG  ALLERGY: NKDA', '001-99-62', 'mrn'],
    ['| Field | Value |\n|---|---|\n| MRN | 00667722 |\n| Admit | 2023-03-06 |', '00667722', 'mrn'],
    ['| Item | Detail |\n|------|--------|\n| Member ID | W404464078 |', 'W404464078', 'health_plan'],
  ] as const)('finds %s', (text, value, type) => expectDetected(text, value, type));

  it.each([
    ['WBC  1234567  45M cells', '1234567'],
    ['| Dx | J15.212 |\n| Version | 2.4.1 |\n| Build | 20250314 |', 'J15.212'],
    ['| Item | Detail |\n|---|---|\n| NDC | 0002-8215-01 |', '0002-8215-01'],
  ])('keeps %s', (text, keep) => expectKept(text, keep));
});
