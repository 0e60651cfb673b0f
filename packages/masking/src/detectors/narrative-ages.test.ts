import { describe, it } from 'vitest';
import { expectDetected, expectKept, expectNoType } from '../test-helpers';

describe('ages over 89 in narrative and other languages', () => {
  it.each([
    ['her grandfather lived to 104 and smoked', '104'],
    ['his aunt lived to be 96.', '96'],
    ['FAMILY HX: Mother Ann Roe alive at 97 in a nursing home', '97'],
    ['grandmother alive and well at 93', '93'],
    ['father died at 93 of a stroke', '93'],
    ['mother passed away aged 91 in hospice', '91'],
    ['she celebrated her 100th birthday', '100'],
    ['Paciente de 92 años, viuda', '92'],
    ['Patiente de 95 ans, autonome', '95'],
    ['Patientin, 94 Jahre alt', '94'],
    ['患者 97歳 女性', '97'],
    ['Pt Sample, Test (E70000001), 103m seen on 8 June', '103'],
    ['summarize for handoff: Test Sample 93f mrn# 000-000-00', '93'],
    ['test sample 94m MRN 12345678 admitted', '94'],
  ] as const)('finds %s', (text, value) => expectDetected(text, value, 'age'));

  it.each([
    ['SSN 123   DOB 09-Jan-1927 (98)\nService: US Army', '98'],
    ['Patient: Wendt, Hannelore, geb. 11. April 1931, 94 J.\nAnschrift', '94'],
    ['DOB December 22, 1925 (100)\n', '100'],
    ['a discharge letter for Ivy Roe, 102, MRN 45943455, admitted', '102'],
  ])('finds an age over 89 after a birth date or before a record number: %s', (text, value) =>
    expectDetected(text, value, 'age'),
  );

  it.each([
    ['NURSING NOTE\nPt Tamsin Quell (98, M) A&Ox4. BP 134/64', '98'],
    ["Here's what I found for **Quell, Tamsin** (92, DOB 11/25/1932):", '92'],
    ['HPI: 90 female w/ hx of Bernard-Soulier disease', '90'],
    ['HPI: 99 man presenting with dyspnea', '99'],
    ['She is a 101 woman with CHF', '101'],
  ])('finds an age over 89 before a sex word or in a bracket after a name: %s', (text, value) =>
    expectDetected(text, value, 'age'),
  );

  it('keeps counts of people, younger ages and temperatures beside a sex word', () => {
    expectNoType('Of the cohort: 90 female patients and 80 male', 'age');
    expectNoType('Enrolled: 120 female, 95 male', 'age');
    expectNoType('Pt Tamsin Quell (45, F) A&Ox3.', 'age');
    expectNoType('Temp (99, F) this am', 'age');
  });

  it('keeps an age under 90, a dose and counts between commas', () => {
    expectKept('DOB 09-Jan-1957 (68)\n', '68');
    expectKept('DOB 1/2/1930, 95 mg aspirin', '95 mg');
    expectKept('scores 91, 92, 93 and more', '92');
  });

  it('keeps younger ages, spans of time and measures', () => {
    expectKept('his mother lived to 88.');
    expectNoType('her father is alive at 84, HTN', 'age');
    expectKept('graft alive at 90 days', '90');
    expectKept('grandfather died at 67 of MI');
    expectKept('la clínica abrió hace 95 años', '95');
    expectKept('lived to 95% of the predicted value', '95%');
    expectKept('died at 120 minutes after arrival', '120');
  });

  it('keeps distances, temperatures, rooms and younger ages glued to a letter', () => {
    expectKept('ambulated 100m with walker', '100m');
    expectKept('temp 99f overnight', '99f');
    expectKept('moved to rm 95f today', '95f');
    expectKept('cable 100m long', '100m');
    expectKept('Pt Sample (E70000001), 46f seen', '46f');
  });
});

describe('ages over 89 in capitals', () => {
  it.each([
    ['HPI: 94 YO F PRESENTED WITH CHEST PAIN.', '94'],
    ['100 Y/O MALE WITH CHF', '100'],
    ['92 YEAR OLD WOMAN', '92'],
  ] as const)('finds %s', (text, value) => expectDetected(text, value, 'age'));

  it('keeps ages under 90 and numbers that are no age', () => {
    expectNoType('HPI: 84 YO F PRESENTED', 'age');
    expectNoType('TEMP 99 F, HR 95 BPM', 'age');
  });
});
