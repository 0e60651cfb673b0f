/**
 * Dates in a German day's form and dates without a separator or a year that their context
 * makes days; and the scores, ratios, codes and doses of the same shapes that stay.
 */
import { describe, it } from 'vitest';
import { expectDetected, expectKept, expectNoType } from '../test-helpers';

describe('dates the context makes days', () => {
  it.each([
    ['Geburtsdatum 14. November 1951, Station 3', '14. November 1951'],
    ['born 3. Okt. 2019 at home', '3. Okt. 2019'],
    ['Next 20240311 2:15 pm with the physio', '20240311'],
    ['next review 20231107 at 9:05 am', '20231107'],
    ['EDD by Naegele rule 20240512.', '20240512'],
    ['Next contact 10/14. Counsellor on leave', '10/14'],
    ['Next recall 8/19.', '8/19'],
    ['Ward census - 4/2\n- Bed 1: stable', '4/2'],
    ['II-1 father - d. 6/30 aged 71 (MI)', '6/30'],
    ['Refill history: 1/5/2022, 9/14, 2021-02-03.', '9/14'],
    ['Fills: 20180412, 3 May 2019', '20180412'],
    ['Eviction notice served 6/12; car', '6/12'],
    ['name: A. Roe, d.o.b. 4/19/l96l', '4/19/l96l'],
    ['d.o.b. l2 March l948', 'l2 March l948'],
    ['DOB 3O/1O/2OO1 per scan', '3O/1O/2OO1'],
    ['d.o.b. January ll, 2007\nAddress: on file', 'January ll, 2007'],
    ['| Date | Nurse | Notes |\n|---|---|---|\n| 20220914 | A. Roe | INR 2.1 |', '20220914'],
    ['| Date | Nurse | Notes |\n|---|---|---|\n| 3/9 | A. Roe | INR 2.1 |', '3/9'],
    ['| Patient | Age | Last seen | Result |\n|---|---|---|---|\n| A. Roe | 42 | 28/4 | ok |', '28/4'],
    ['| Patient | Next appt |\n|---|---|\n| A. Roe | 11/4 |', '11/4'],
  ])('%s → %s', (text, value) => expectDetected(text, value, 'date'));

  it('leaves scores, ratios, codes and doses in the same shapes', () => {
    expectNoType('| Patient | Last result | Power |\n|---|---|---|\n| A. Roe | 4/5 | 3/5 |', 'date');
    expectNoType('Vitals: GCS 11, pain 10/10, pain 3/10, BMI 27.5', 'date');
    expectNoType('take 1/2 tab, review 3/4 of doses; NPI 20240311 on file', 'date');
    expectNoType('score 5. Grade 2 2019 cohort; version 20230101', 'date');
    expectNoType('BP 120/80 - 3/4 of the bag given', 'date');
    expectNoType('SpO2 9l% on O2 2L, IL6 l0 pg/mL, seen 2OI9 cohort', 'date');
    expectNoType('| Dose | Route |\n|---|---|\n| 1/2 | PO |\nplan | 3/4 | x', 'date');
  });
});

describe('dates an OCR engine read with letters for digits', () => {
  it.each([
    ['dob 2l/03/l984 per scanned form', '2l/03/l984'],
    ['seen l2/O5/2O2l in clinic', 'l2/O5/2O2l'],
  ])('finds %s', (text, value) => expectDetected(text, value, 'date'));

  it('keeps words whose letters only look like digits', () => {
    expectKept('Ill and lOst, seen by the team');
  });
});

describe('dates of legacy printouts and of lower-case notes', () => {
  it.each([
    ['ADM DT/TM..: 12DEC24 1712   UNIT: PCU 7', '12DEC24'],
    ['admitted 03Mar2019 from home', '03Mar2019'],
    ['quick note 11/15 saw test 44yo in ed', '11/15'],
    ['addendum 3/21 saw test in pacu', '3/21'],
    ['Sure - we have a slot 5/3. Is the partner still the contact', '5/3'],
    ['sbar handoff 3n med/surg 11/2 nights -> days', '11/2'],
  ] as const)('finds %s', (text, value) => expectDetected(text, value, 'date'));

  it('keeps codes, fractions and doses of the same shapes', () => {
    expectNoType('LOT 12MAR24A exp soon', 'date');
    expectNoType('lot 12MAR24 given', 'date');
    expectKept('note 1/2 tab given at noon', '1/2');
    expectKept('strength 5/5 in all extremities, saw no drift', '5/5');
  });
});
