import { describe, it } from 'vitest';
import { expectDetected, expectKept, expectNoType } from '../test-helpers';

describe('a record number printed without a label', () => {
  it.each([
    ['    06/11/2024 0800  Given  QT  Scanned: wristband 4470921\n', '4470921'],
    ['Armband scanned: K55201873 before the dose', 'K55201873'],
    ['Patient band # 300-118-442 verified', '300-118-442'],
  ])('finds a band scan in %s', (text, value) => expectDetected(text, value, 'mrn'));

  it("finds the number alone with the patient's name on a header line", () => {
    const text = 'Flowsheet: Vitals\nTamsworth, Quill R  Q7720145\n06/11/2024 0600  Pulse 72';
    expectDetected(text, 'Q7720145', 'mrn');
    expectDetected(text, 'Tamsworth, Quill R', 'name');
    expectDetected('Quill Tamsworth\t00447092\nVitals follow', '00447092', 'mrn');
  });

  it('keeps a lab value on a line of its own further down and a band of a pump', () => {
    expectKept('Results\nChemistry\nHematology\nPlatelet Count  245000\n', '245000');
    expectKept('Flowsheet\nIntake Total  2400 mL\n', '2400 mL');
    expectKept('frequency band 2400 MHz', '2400 MHz');
    expectKept(
      'SURGICAL PATHOLOGY REPORT   QS24-19366\nQuill Tamsworth  (52 M)',
      'SURGICAL PATHOLOGY REPORT',
    );
  });
});

describe("the patient's name before a record number's label on a banner line", () => {
  it.each([
    [
      'MEDICATION RECONCILIATION\nQUORRINBY, ANSELM  EHR ID 366-12-95  DOB: 01/27/1933\n',
      'QUORRINBY, ANSELM',
    ],
    [
      'Record date: 2023-09-16\n\nINTERNAL MEDICINE\nTarrowby, Bartholomew   Hosp # 0193481\n\n',
      'Tarrowby, Bartholomew',
    ],
    ['Primary Care\nJovana Vessaby   Medical Record No. 00826032\n', 'Jovana Vessaby'],
    ['PROBLEM LIST\nQuist, Pascale   record no. 00927932   96 yo\n', 'Quist, Pascale'],
  ])('finds it in %j', (text, name) => expectDetected(text, name, 'name'));

  it.each(['Surgical Pathology   MRN 1234567\n', 'Cardiology Clinic  Hosp # 44556677\n'])(
    'keeps a title line in %j',
    (text) => expectKept(text, text.slice(0, text.indexOf('  '))),
  );
});

describe("the record number in brackets between a banner's name and the age", () => {
  it.each([
    ['RENAL CLINIC NOTE\n\nQUORRINBY, AUDIE (132-78-83)  103F\n', '132-78-83'],
    ['Tarrow, Jane Q (MR4471902) 62 yo\n', 'MR4471902'],
  ])('finds it in %j', (text, id) => expectDetected(text, id, 'mrn'));

  it('keeps a word or a short number in brackets', () => {
    expectKept('QUORRINBY, AUDIE (Cardiology)  62F\n', 'Cardiology');
    expectKept('Glucose, Fasting (5.6)  12 M\n', '5.6');
  });
});

describe("the patient's name on a clinic note's dated opening line", () => {
  it.each([
    ['PULMONARY CLINIC\nMay 4th - Quorrinby, Rhoynn, 101 woman, Hosp # 00499157\n', 'Quorrinby, Rhoynn'],
    ['Associates\n08/20/2025 - Bartholomew Tarrowby, 61 man, chart # 1297419\n', 'Bartholomew Tarrowby'],
  ])('finds it in %j', (text, name) => expectDetected(text, name, 'name'));

  it('keeps a service before the age and sex', () =>
    expectKept('Audit\n3/4/2025 - Cardiology Clinic, 45 male patients seen\n', 'Cardiology Clinic'));
});

describe('the patient\'s name after the service and "f/u" opening a visit\'s line', () => {
  it.each([
    ['*****\n\nRECORD DATE: 02/20/2023\nEndocrine f/u Quorrinby. TSH 7.56, TcPO2 28 mmHg.', 'Quorrinby'],
    ['Record date: 2023-02-27\nCARDIOLOGY f/u Tarrowby. O2 sat 94%', 'Tarrowby'],
  ])('finds it in %j', (text, name) => expectDetected(text, name, 'name'));

  it.each(['Renal f/u Cardiology. labs', 'PCP f/u Monday.', 'x\nf/u GI.\n', 'x\nf/u Labs.\n'])(
    'keeps %j',
    (text) => expectNoType(text, 'name'),
  );
});

describe("a record number standing alone on a patient's line", () => {
  it.each([
    ['PROGRESS NOTE HD#3\nQuorrinby, Casimir | 91M | Rm 735-B | 960-155-744\nDate of service', '960-155-744'],
    ['Phone note\nRe: Tamsin Vessaby (DOB 5/3/1922) E07505473\nCall back #: 555-0100', 'E07505473'],
    ['SOCIAL WORK ASSESSMENT\nPt: Tarrowby, Perpetua   HR7634496   SW case CM-2025-67212\n', 'HR7634496'],
    ['SW NOTE\nPt: Van der Vessaby, Thaddeus   HR7634496   SW case\n', 'HR7634496'],
    ['Called to evaluate Quist, Vaughn (82 y.o., 193-351-098), DNR/DNI.', '193-351-098'],
    ['CM Note -- 08/18/2024\nYsolde Quorrinby / 17222073 / HAR V649068724\nPayer: Acme', '17222073'],
    ['CM Note\nElias Van der Vessaby / 002676610 / HAR V03\n', '002676610'],
  ])('finds it in %j', (text, id) => expectDetected(text, id, 'mrn'));

  it('keeps numbers on lines that name no patient, phones, dates and labelled values', () => {
    expectNoType('Glucose, Fasting | 105 | 2024-01-01 | 1234567\n', 'mrn');
    expectNoType('Results\nChemistry\nHematology\nPlatelet Count | 2450000 | 91M\n', 'mrn');
    expectNoType('Census today 1234567 visits, up from 1234000', 'mrn');
    expectNoType('Re: Tamsin Vessaby (DOB 5/3/1922) 20240918\n', 'mrn');
  });
});
