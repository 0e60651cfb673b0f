import { describe, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';

const PANDAS = [
  '>>> df.head()',
  '   mrn       name            dob         age  zip    last_result      overdue',
  '0  Q0000017  Sample, Test    1930-01-02  94   30301  A1c 7.2%         False',
  '1  4000123   Person, Other   1980-05-06  44   10001  hs-TnT 12 ng/L   True',
  '>>> df.shape',
  '(2, 7)',
].join('\n');

describe('printed data frames read in order, typed by their column names', () => {
  it('masks a bare ZIP, a record number and an age over 89 under their columns', () => {
    expectDetected(PANDAS, '30301', 'zip');
    expectDetected(PANDAS, '10001', 'zip');
    expectDetected(PANDAS, 'Q0000017', 'mrn');
    expectDetected(PANDAS, '4000123', 'mrn');
    expectDetected(PANDAS, '94', 'age');
  });

  it('keeps younger ages, results and the row index', () => {
    expectKept(PANDAS, '44');
    expectKept(PANDAS, 'A1c 7.2%');
    expectKept(PANDAS, 'hs-TnT 12 ng/L');
    expectKept(PANDAS, '(2, 7)');
  });

  it('reads rows without an index (to_string(index=False), a SQL client)', () => {
    const text = 'patient_zip  member_id    visits\n02139        XQ71234560   8\n';
    expectDetected(text, '02139', 'zip');
    expectDetected(text, 'XQ71234560', 'health_plan');
    expectKept(text, '8');
  });

  it('leaves the marks of a missing value', () => {
    const text = 'mrn       zip    name\n4000123   NaN    None\nQ0000017  30301  null';
    expectKept(text, 'None');
    expectKept(text, 'null');
    expectDetected(text, '30301', 'zip');
  });

  it('ends the frame at the first line that is no row of it', () => {
    const text =
      'mrn      zip    score\n4000123  30301  0.7\n\nBatch 55555 finished in 30301 ms with code 12345';
    expectDetected(text, '30301', 'zip');
    expectKept(text, 'Batch 55555 finished in 30301 ms with code 12345');
  });

  it('needs a header that names an identifier', () => {
    expectKept(
      'lab      value  units\nsodium   140    mmol/L\nglucose  98     mg/dL',
      'sodium   140    mmol/L',
    );
  });
});

describe('a printed table whose first column has a name', () => {
  it('reads a row by its columns when the header opens at the line start, its first cell no index', () => {
    const census = [
      'BED  PATIENT                AGE  SX MRN       ADM',
      '26   SAMPLE, Test           36   M  80050655  22/03',
    ].join('\n');
    expectKept(census, '36');
  });
});

describe('a column-aligned report read by where its cells start', () => {
  const census = [
    'BED  PATIENT NAME               AGE  SX MRN        ADM    CONSULTANT     ALERTS',
    '04B  QUENBY, Marisol            97   F  RX4410023  09/09  Orvell         falls risk',
    '11   BRISK, Ola                 71   M  55012-33   21/03  Tamsin Hale    DNACPR',
    'occupancy 97%; 12 beds open',
  ].join('\n');
  it.each([
    ['QUENBY, Marisol', 'name'],
    ['97', 'age'],
    ['RX4410023', 'mrn'],
    ['09/09', 'date'],
    ['Orvell', 'name'],
    ['BRISK, Ola', 'name'],
    ['Tamsin Hale', 'name'],
  ] as const)('types a cell of a column-aligned report by its column: %s', (value, type) =>
    expectDetected(census, value, type),
  );

  it('keeps the cells of a column-aligned report that name no identifier, and its footer', () => {
    expectKept(census, '71');
    expectKept(census, 'falls risk');
    expectKept(census, '04B');
    expectKept(census, 'occupancy 97%');
  });

  it('takes no sentence or key-value line for a column-aligned header', () => {
    expectKept(
      'Patient seen today.  Age and weight stable.  Plan as below\nGrace  is fine.  She is 88.  Home',
    );
    expectKept('Patient: stable  Age: unchanged  Plan: home\nTake  with  food  daily');
  });

  it('reads a header line of capitalised words set apart by tabs and wide gaps alike', () => {
    const text = 'BED\tPATIENT NAME  AGE  MRN\n04B\tQUENBY, Marisol  97  RX4410023';
    expectDetected(text, 'RX4410023', 'mrn');
    expectDetected(text, '97', 'age');
  });
});
