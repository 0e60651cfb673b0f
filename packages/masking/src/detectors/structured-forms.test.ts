/**
 * Identifiers in machine formats and foreign forms: X12 segments, DICOM headers, search
 * snippets with highlight tags, dates in other languages and system styles. Values are made up.
 */
import { describe, expect, it } from 'vitest';
import { detectText } from '../detect';
import { FieldRules } from '../field-rules';
import { expectDetected, expectKept } from '../test-helpers';
import { isOrganisationName } from './organisations';

const X12 = [
  'ST*837*0001*005010X222A1~',
  'NM1*41*2*CEDAR HOLLOW CLINIC*****46*QWERT~',
  'NM1*IL*1*QUELLMAN*ODALYS*R***MI*XKQ448812-02~',
  'N3*4410 BRACKEN WAY APT 3~',
  'N4*SPRINGVALE*WI*53188~',
  'DMG*D8*19610412*F~',
  'REF*SY*900123456~',
  'NM1*PR*2*Lakeside Mutual Health*****PI*77821~',
  'N3*1 PAYER PLAZA~',
  'CLM*PCN884120*150.00***11:B:1*Y*A*Y*Y~',
  'DTP*472*D8*20240917~',
].join('\n');

describe('X12 transactions', () => {
  it.each([
    ['QUELLMAN', 'name'],
    ['ODALYS', 'name'],
    ['XKQ448812-02', 'health_plan'],
    ['4410 BRACKEN WAY APT 3', 'street_address'],
    ['SPRINGVALE', 'geo'],
    ['53188', 'zip'],
    ['19610412', 'date'],
    ['900123456', 'ssn'],
    ['PCN884120', 'account'],
    ['20240917', 'date'],
  ] as const)('finds %s by its segment and position', (value, type) => expectDetected(X12, value, type));

  it("finds the numbers of a person's PER segment by their qualifiers", () => {
    const per =
      'NM1*P3*1*QUELLMAN*ODALYS****XX*1234567893~\nPER*IC**TE*5550104477*FX*5550104478*EM*oq@example.org~';
    expectDetected(per, '5550104477', 'phone');
    expectDetected(per, '5550104478', 'fax');
    expectDetected(per, 'oq@example.org', 'email');
  });

  it.each(['CEDAR HOLLOW CLINIC', 'Lakeside Mutual Health', '005010X222A1'])(
    'keeps what belongs to an organisation or the envelope: %s',
    (value) => expectKept(X12, value),
  );
});

describe('DICOM headers and keys', () => {
  const header = [
    'StudyDate: 20250110',
    'ReferringPhysicianName: VAN DER QUELL^ODALYS',
    'PatientName: BRACKMOOR^JONAS^T',
    'OtherPatientIDs: 44120981',
    'SoftwareVersions: syngo 12.4.0.118',
  ].join('\n');

  it.each([
    ['20250110', 'date'],
    ['VAN DER QUELL^ODALYS', 'name'],
    ['BRACKMOOR^JONAS^T', 'name'],
    ['44120981', 'mrn'],
  ] as const)('finds %s by its tag', (value, type) => expectDetected(header, value, type));

  it('keeps a software version after its label', () => expectKept(header, '12.4.0.118'));

  it.each([
    ['StudyDate', 'date'],
    ['eff_dt', 'date'],
    ['approvedThrough', 'date'],
    ['dispatched', 'date'],
    ['PerformingPhysicianName', 'name'],
    ['memberNumbers', 'health_plan'],
  ] as const)('reads the key %s', (key, type) =>
    expect(new FieldRules().ruleFor(key, undefined, [])?.type).toBe(type),
  );

  it.each(['created_date', 'last_updated_date', 'statement_date', 'drugName'])('says nothing of %s', (key) =>
    expect(new FieldRules().ruleFor(key, undefined, [])?.type).not.toBe('date'),
  );
});

describe('snippets, European lines and names in forms', () => {
  it('sees through highlight tags in a search snippet', () => {
    const text = '…<em>Odalys</em> Quellman, born 20-Jun-2005…';
    const name = detectText(text).find((s) => s.type === 'name');
    expect(name && text.slice(name.start, name.end)).toContain('Quellman');
    expect(name && text.slice(name.start, name.end)).toContain('Odalys');
  });

  it.each([
    ['lives at Am Brackenhof 12b, Quellenstadt 33602; MRN', 'Am Brackenhof 12b', 'street_address'],
    ['lives at Am Brackenhof 12b, Quellenstadt 33602; MRN', 'Quellenstadt', 'geo'],
    ['lives at Am Brackenhof 12b, Quellenstadt 33602; MRN', '33602', 'zip'],
  ] as const)('finds a street named before its number, then town and postcode: %s', (text, value, type) =>
    expectDetected(text, value, type),
  );

  it('keeps a room and a building number', () => expectKept('Seen in Room 12, Building 40000 today'));

  it.each([
    ['next_of_kin:\n  name: Ferrer i Quell, Odalys\n', 'Ferrer i Quell, Odalys'],
    ['<family>Mac an tQuell</family>', 'Mac an tQuell'],
  ])('finds a labelled name with particles: %s', (text, value) => expectDetected(text, value, 'name'));
});

describe('dates in other languages and system styles', () => {
  it.each([
    ['Refill history: 14. Mai 2026 and more', '14. Mai 2026'],
    ['Cita de seguimiento el 6 de mayo de 2018 a las', '6 de mayo de 2018'],
    ['desde 5 de outubro de 2025.', '5 de outubro de 2025'],
    ['| 7. März 2019 | given', '7. März 2019'],
    ['Date: Jul-23-24  Unit: M2', 'Jul-23-24'],
    ["d. Nov 7 '89 aged 46", "Nov 7 '89"],
    ['ED TRIAGE  2017-09-14T12:40', '2017-09-14T12:40'],
  ])('finds %s', (text, value) => expectDetected(text, value, 'date'));

  it.each([['created 2026-07-22T19:21'], ['at 2026-07-22T19:21:22Z'], ['mai 2026 planning']])(
    'keeps a system time or a word that is no date: %s',
    (text) => expectKept(text),
  );
});

describe('organisations named head first or with the place they serve', () => {
  it.each([
    'Klinikum Quellenau',
    'Hôpital Saint-Brac',
    'Hospital Ángeles del Quell',
    'Santa Casa de Quell',
    'Brackmoor Apothecary',
    'Quell Imaging Associates',
  ])('%s is an organisation', (value) => expect(isOrganisationName(value)).toBe(true));
});

describe('names around mail addresses, family names first, instruments and towns after streets', () => {
  it.each([
    ['To: Hope Quell <hquell@example.org>\nSubject: Re', 'Hope Quell'],
    ['From: TAN Li Quan <tan_lq@example.com>', 'TAN Li Quan'],
    ['[ ] YUSOF, Nur Quella (MRN 43509376) - Re: results', 'YUSOF, Nur Quella'],
    ['Family: Anneliese Quell 559.628.5470 x1409', 'Anneliese Quell'],
    ['Thank you for referring Xiuying. Labs', 'Xiuying'],
  ])('finds %s', (text, name) => expectDetected(text, name, 'name'));

  it.each([
    ['Outcome: Roland-Morris questionnaire 37% -> 24%', 'Roland-Morris questionnaire'],
    ['the Fugl-Meyer assessment improved', 'Fugl-Meyer assessment'],
    ['Bishop score: 9; Leopold maneuvers noted', 'Leopold maneuvers'],
    ['Harbour Clinic <info@example.org>', 'Harbour Clinic'],
  ])('keeps %s', (text, keep) => expectKept(text, keep));

  it.each([
    ['lives at 2822 Quell Trail, Kenosha 53130; MRN', 'Kenosha', 'geo'],
    ['lives at 2822 Quell Trail, Kenosha 53130; MRN', '53130', 'zip'],
    ['at 12 Main St, 44000 Nantes, tel', 'Nantes', 'geo'],
    [
      'ADDR:\n      6731 COTTONWOOD LN TRLR 188\n      YAKIMA, WA 98908\n',
      '6731 COTTONWOOD LN TRLR 188',
      'street_address',
    ],
    [
      'ADDR:\n      NO. 62, JALAN QUELL\n      59267 AMPANG, SELANGOR\nHOME PH',
      'NO. 62, JALAN QUELL',
      'street_address',
    ],
    ['      YAKIMA, WA 98908\n', 'YAKIMA', 'geo'],
  ] as const)('finds %s', (text, value, type) => expectDetected(text, value, type));

  it.each([
    ['Ref CM5295886. Call to reschedule', 'CM5295886', 'other_id'],
    ['Incident #: PA-95608175   Unit: M2', 'PA-95608175', 'other_id'],
    ['age 77, file N9363056, account', 'N9363056', 'mrn'],
    ['Implant: Quell TSV, lot/serial 62R2061864.', '62R2061864', 'device'],
    ['Baby footprint FP-9751-DS072.', 'FP-9751-DS072', 'biometric'],
    ['[ ] QUELL (MRN 1) - Re: results - 2026-01-12 9:39 AM', '2026-01-12 9:39 AM', 'date'],
  ] as const)('finds the labelled number or date in %s', (text, value, type) =>
    expectDetected(text, value, type),
  );

  it.each(['pt_fnm', 'pt_lnm'])('reads the abbreviated key %s as a name', (key) =>
    expect(new FieldRules().ruleFor(key, undefined, [])?.type).toBe('name'),
  );
});

describe('crews and payers', () => {
  it.each([
    ['Crew: Rose Quell, EMT-P / Bill Brackmoor, EMT-B. ePCR closed', 'Bill Brackmoor', 'name'],
    ['Seguro: Aetna #16840740700. VIN', '16840740700', 'health_plan'],
  ] as const)('finds %s', (text, value, type) => expectDetected(text, value, type));

  it('reads a crew member’s name key as a person’s', () =>
    expect(new FieldRules().ruleFor('name', 'crew', ['name', 'role'])?.type).toBe('name'));
});

describe('a label opening a sentence in a dense note', () => {
  it('finds the name after "Family:" mid-line', () =>
    expectDetected('BGL 159 mg/dL. Family: Anneliese Quell 559.628.5470', 'Anneliese Quell', 'name'));

  it.each(['Stable. Family: supportive at bedside.', 'BP 120/80. Plan: continue meds'])('keeps %s', (text) =>
    expectKept(text),
  );
});
