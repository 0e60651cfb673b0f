import { describe, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';

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
