import { describe, expect, it } from 'vitest';
import { maskJsonText } from '../index';
import { expectDetected, expectKept, foundBy } from '../test-helpers';
import { cuedIds, numberedRuns } from './cued-ids';
import { scanContext } from './detector';

describe('identifiers after a label no list names', () => {
  it.each([
    ['Surname: QUELLAN   HN: HN550213874   Sex: F', 'HN550213874', 'mrn'],
    ['(2) Ochieng W, 23F, IP no IP318806/24, from the estate;', 'IP318806/24', 'mrn'],
    ['(4) K.M., 51M, IP no 552901-17, from the estate;', '552901-17', 'mrn'],
    ['Bed 4 - Mrs Q 71/F, folder 40217/33, for review', '40217/33', 'mrn'],
    ['Bed 9 - Mr T 66/M, folder TX581120, for review', 'TX581120', 'mrn'],
    ['- **MRN:** 41-907215 · next of kin on file', '41-907215', 'mrn'],
    ['TRN: 206-318-447   Docket #: KGN-880173', '206-318-447', 'other_id'],
    ['TRN: 206-318-447   Docket #: KGN-880173', 'KGN-880173', 'mrn'],
    ['Health plan: NHF card NHF 5519024.', 'NHF 5519024', 'health_plan'],
    ['NHIS no. NHIS/KW/5520918; referred on', 'NHIS/KW/5520918', 'health_plan'],
    ['Scheme PM-JAY PMJAY-QZ771046203.', 'PMJAY-QZ771046203', 'health_plan'],
    ['could not state the Medicare number (QRZ804417562) or', 'QRZ804417562', 'health_plan'],
    ['Signed, Dr. T. Onwueme\nMDCN 40715\n', '40715', 'license'],
    ['SW: T. Venter, SACSSP 10-44719', '10-44719', 'license'],
    ['seen by the physician; reg. ZA/OH/80413', 'ZA/OH/80413', 'license'],
    ['PI: Prof Q   MDC/RN/55102\nMonitor:', 'MDC/RN/55102', 'license'],
    ['Claim series no. 7702-4419023-58; denied', '7702-4419023-58', 'other_id'],
    ['Grade 7, 12 yrs, LRN 901122334455', '901122334455', 'other_id'],
    ['Member: DOE, J  PIN 118825502736', '118825502736', 'other_id'],
    ['Donor: K.R., 40/M, ID 5519 2047 8836, blood group B+', '5519 2047 8836', 'other_id'],
    ['Billing done; invoice INV-553019.', 'INV-553019', 'account'],
    ['resubmitted claim CLM-4471902 today', 'CLM-4471902', 'account'],
    // A date's label is the date detector's: the date stays a date.
    ['DOB 19711204 on the form', '19711204', 'date'],
  ] as const)('finds %s', (text, value, type) => expectDetected(text, value, type));

  it('keeps measurements, codes, standards, amounts, versions and system ids after acronyms', () => {
    expectKept('BP 122/60, HR 88, WBC 12500, GCS 15, CD4 350, K+ 6.3');
    expectKept('HIV VL 45000 copies/mL on day 3', 'VL 45000 copies/mL');
    expectKept('CPT 99213; ICD-10 J18.3; SNOMED 22298006; LOINC 2345-7; RVS 90935');
    expectKept('certified to ISO 13485 and IEC 62304', 'ISO 13485 and IEC 62304');
    expectKept('fee KES 25000 paid at the desk', 'KES 25000');
    expectKept('Elective LSCS 59514 | GA | first on list', 'LSCS 59514');
    expectKept('PDF report (4.2.17-hf3) attached', '4.2.17-hf3');
    expectKept('case ID 5e0f2c1a-7b3d-4c9e-a2f1-0d4b6e8c9a17', '5e0f2c1a-7b3d-4c9e-a2f1-0d4b6e8c9a17');
    expectKept('pathogenic variant CFTR p.Gly551Asp found', 'p.Gly551Asp');
    expectKept('Nihon Kohden Vismo PVM-2701 loaned to ward', 'PVM-2701');
    expectKept('follow-up COVID 2021 cohort', 'COVID 2021');
    expectKept('Age/Sex: 58 yo F   DOB 01/02/1967', 'Age/Sex: 58');
    expectKept('VALPROATE SOD DR 500MG tablets', 'SOD DR 500MG');
    expectKept('pulse ox 95% RA FSBG 412 GCS 14', 'RA FSBG 412');
    expectKept('LAST SYNC : 1761234567890\nNEXT', 'LAST SYNC : 1761234567890');
    expectKept('*** RUN 2024-11-03T04:12:55Z ***', '2024-11-03T04:12:55Z');
  });

  it("keeps a maker's model after its name in capitals, not a number after another acronym", () => {
    expectKept('Equipment: VOCERA B3000N badge', 'VOCERA B3000N');
    expectKept('LEVEL: BLS   O2 5 LPM   VOCERA B3000N\nVENDOR: LIFELINE', 'VOCERA B3000N');
    expectKept('prior auth for VOCERA B3000N\nRequested by', 'VOCERA B3000N');
    expect(JSON.parse(maskJsonText('{"gateway":{"handset":"VOCERA B3000N"}}').text).gateway.handset).toBe(
      'VOCERA B3000N',
    );
    // A number after an acronym that is no maker's stays found.
    expect(foundBy(cuedIds, 'TRN: B3000N4471 on file')).toEqual(['B3000N4471']);
  });
});

describe('a SNOMED concept after the diagnosis it codes', () => {
  it.each([
    'Imp/Plan: CKD stage 4 due to type 2 DM (721000119107) - start allopurinol.',
    'Anemia in CKD (399210005) - start NaHCO3 tabs.',
    '4. CKD stage 2 (SCT 90688006) - onset 2009',
  ])('keeps the code in %s', (text) => expect(foundBy(cuedIds, text)).toEqual([]));

  it.each([
    ['ED (7706862) arrival', '7706862'],
    ['CKD (721000119108) - check digit wrong', '721000119108'],
    ['HN 399210005 on file', '399210005'],
  ])('still finds the number in %s', (text, value) => expect(foundBy(cuedIds, text)).toEqual([value]));
});

describe('the stretches a cued value is looked for in', () => {
  const prose = 'Seen today, no concerns raised; diet and sleep discussed at length; ';

  it('passes over pieces with fewer than three digits and joins close ones', () => {
    const text = `${prose}Ref no. QX-40127, file 88213; ${prose}`;
    const runs = numberedRuns(text);
    expect(runs).toHaveLength(2);
    expect(text.slice(runs[0], runs[1])).toBe(' Ref no. QX-40127, file 88213');
  });

  it('returns no stretch when no piece has three digits', () => {
    expect(numberedRuns(`${prose}room 4, bed 12; ${prose}`)).toEqual([]);
  });

  it('reads the characters around a stretch as the whole text would', () => {
    expectDetected(`${prose}${prose}Trust no. TQ-583301 on the referral; ${prose}`, 'TQ-583301', 'other_id');
    expectKept(`${prose}${prose}HGB 14.2 and WBC 11800 today; ${prose}`, 'WBC 11800');
    // An e-mail's '@' after the value is read: it is no cued value.
    const ctx = scanContext(`${prose}${prose}write to QA 78812a@clinic.example; ${prose}`);
    cuedIds.run(ctx);
    expect(ctx.out).toEqual([]);
  });
});

describe('a laboratory test before its value', () => {
  it('keeps a urine albumin-creatinine ratio beside the next result of a list', () => {
    // Neighbouring items are also read joined ("UACR 1295hs-TnT 211"): the test's name is no id's label.
    const values = '{"values":["UACR 1295","hs-TnT 211","LVEF 22 %"]}';
    expect(maskJsonText(values).text).toBe(values);
  });
});

describe("a call's number and a veteran's initial and last four", () => {
  it.each([
    ['member services  call C512093377  03/02/2025 10:14', 'C512093377'],
    ['CALL ID: Q7720014581 transferred to nurse line', 'Q7720014581'],
    ['Inbound call CB01922873 from the member', 'CB01922873'],
    ['Veteran: Roe, Ann   Last4 R5732   ICN pending', 'R5732'],
    ['LAST-4: K0913 verified at check-in', 'K0913'],
  ])('finds the id in %s', (text, id) => expectDetected(text, id, 'other_id'));

  it.each([
    ['call 911 if worse', '911'],
    ['call back in 2 days', '2'],
    ['last 4 readings 1234 steps', '1234'],
    ['Last4 5732 on the form', '5732'],
  ])('keeps %s', (text, keep) => expectKept(text, keep));

  it('keeps the time the call was logged, and a phone number after "call" stays a phone number', () => {
    expectKept('member services  call C512093377  03/02/2025 10:14', '03/02/2025 10:14');
    expectDetected('please call 612-555-0188 today', '612-555-0188', 'phone');
  });
});

describe("a remittance's payment trace after 'check/EFT'", () => {
  it('reads the trace as the account it paid into', () => {
    expectDetected(
      'payer Blue Ridge PPO  check/EFT 771204938812  paid 2025-03-02T10:11:00Z',
      '771204938812',
      'account',
    );
    expectKept(
      'payer Blue Ridge PPO  check/EFT 771204938812  paid 2025-03-02T10:11:00Z',
      '2025-03-02T10:11:00Z',
    );
  });
  it('keeps a path segment in capitals and a short amount', () =>
    expectKept('see docs/EFT 2024 guide', '2024'));
});
