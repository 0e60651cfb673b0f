import { describe, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';

describe('delimited tables', () => {
  const csv =
    'chart_no,surname,given_name,birth_date,postal_code,dx\n4410023,Quenby,Marisol,1950-03-02,73301,I10\n';
  it.each([
    ['4410023', 'mrn'],
    ['Quenby', 'name'],
    ['Marisol', 'name'],
    ['73301', 'zip'],
  ] as const)('types a CSV cell by its column: %s', (value, type) => expectDetected(csv, value, type));

  it('keeps the cells of columns that name no identifier', () => expectKept(csv, 'I10'));

  const tsv =
    'Patient\tHome Phone\tAge\tQty\n"Orvell, Dana"\t5550104477\t93\t12\nBrisk, Ola\t5550104478\t71\t3';
  it('reads a header whose field names are written in another language', () => {
    const export_ =
      'Nachname;Vorname;Straße;PLZ;Ort;Analyt;Ergebnis\nQuenby;Marisol;Am Hang 3;38791;Harrowmere;Zink;138\n';
    expectDetected(export_, '38791', 'zip');
    expectDetected(export_, 'Harrowmere', 'geo');
    expectDetected(export_, 'Am Hang 3', 'street_address');
    expectKept(export_, '138');
  });

  it.each([
    ['name,ssn\nOttoline Marwood,900123456', '900123456', 'ssn'],
    ['"patient","ssn"\n"Ottoline Marwood","900123456"', '900123456', 'ssn'],
    ['name,ssn\n"Marwood, Ottoline",900123456', '900123456', 'ssn'],
    ['Patient\tMRN\nOttoline Marwood\t00482913', '00482913', 'mrn'],
    ['mrn;status\n00482913;active', '00482913', 'mrn'],
  ] as const)('types the cells of a table of two columns: %j', (text, value, type) =>
    expectDetected(text, value, type),
  );

  it.each([
    ['code,description\nE11.9,Type 2 diabetes', 'E11.9'],
    ['Age,Score\n45,12', '45,12'],
    ['Plan, continue\nDose 5 mg, twice daily', 'Dose 5 mg'],
    ['drug;dose\nmetformin;500 mg', '500 mg'],
  ])('keeps a two-column table or two clauses that name no identifier: %j', (text, keep) =>
    expectKept(text, keep),
  );

  it("types a ward census's columns: a unit number, an EMPI, initials, a header cell with a colon", () => {
    const census =
      'Rm\tPatient\tUnit No.\tDOB\tInit\tDx\n' +
      '12\tQuarrow, Anselma\t6604812\t03/04/1951\tAQT\tI10\n' +
      '14\tVell, Torin\t771-204-559\t11/12/1948\tT.V.\tN18.3\n';
    expectDetected(census, '6604812', 'mrn');
    expectDetected(census, '771-204-559', 'mrn');
    expectDetected(census, 'AQT', 'name');
    expectDetected(census, 'T.V.', 'name');
    expectKept(census, 'N18.3');
    const empi = 'Rm\tPatient\tEMPI\tDOB\n12\tQuarrow, Anselma\t44019273\t03/04/1951\n';
    expectDetected(empi, '44019273', 'mrn');
    const medRec = 'Rm\tPatient\tMed Rec No.\tDOB\n12\tQuarrow, Anselma\t44019273\t03/04/1951\n';
    expectDetected(medRec, '44019273', 'mrn');
    const colon = 'Rm\tPatient\tMRN:\tDOB\n12\tQuarrow, Anselma\t52-7719-04\t03/04/1951\n';
    expectDetected(colon, '52-7719-04', 'mrn');
  });

  it('reads no line of labels and their values as a header', () => {
    const form = 'Patient:\tWard\tSex:\tF\nMRN:\tTeam\tNote:\tStable\n';
    expectKept(form, 'Team');
    expectKept(form, 'MRN:');
  });

  it("reads a form's label and value aligned by a tab as no header, whatever the value's word names", () => {
    const kin = 'Next of kin:\tspouse\nHome medications:\tmetoprolol 25 mg\nAge:\t68\n';
    expectKept(kin, 'Home medications:\tmetoprolol 25 mg');
    expectKept(kin, 'Age:\t68');
    const relation = 'Relation:\tmother\nCurrent meds:\tamlodipine 10 mg PO daily\nAge:\t71\n';
    expectKept(relation, 'amlodipine 10 mg PO daily');
    expectKept(relation, '71');
  });

  it('reads tab-separated rows with quoted cells', () => {
    expectDetected(tsv, 'Orvell, Dana', 'name');
    expectDetected(tsv, '5550104477', 'phone');
    expectDetected(tsv, '93', 'age');
    expectKept(tsv, '71');
    expectKept(tsv, '12');
  });

  const html =
    '<table><tbody><tr><th>Patient</th><th>MRN</th><th>Seen</th><th>Dx</th><th scope="col">Age</th></tr>' +
    '<tr><td>QUENBY, MARISOL</td><td>TV4478120</td><td>12/16/2024</td><td>G61.81</td><td>102</td></tr>' +
    '<tr><td><strong>Orvell, Dana</strong></td><td>78-39048-2</td><td>-</td><td>E83.110</td><td>71</td></tr></tbody></table>';
  it('reads HTML tables by the header cells of their first row', () => {
    expectDetected(html, 'QUENBY, MARISOL', 'name');
    expectDetected(html, 'Orvell, Dana', 'name');
    expectDetected(html, 'TV4478120', 'mrn');
    expectDetected(html, '78-39048-2', 'mrn');
    expectDetected(html, '102', 'age');
    expectKept(html, 'G61.81');
    expectKept(html, 'E83.110');
    expectKept(html, '71');
  });

  it('leaves HTML rows under a header naming no identifier', () => {
    const labs = '<table><tr><th>Test</th><th>Result</th></tr><tr><td>Sodium</td><td>138</td></tr></table>';
    expectKept(labs, '138');
    expectKept(labs, 'Sodium');
  });

  const markdown = '| MRN | Member ID | Result |\n|---|---|---|\n| 0099812 | ZQK448812 | 5.4 mmol/L |\n';
  it('reads Markdown tables', () => {
    expectDetected(markdown, '0099812', 'mrn');
    expectDetected(markdown, 'ZQK448812', 'health_plan');
    expectKept(markdown, '5.4 mmol/L');
  });

  it('reads quoted cells holding the delimiter', () => {
    const quoted = 'patient,dob,note\n"Quenby, Marisol",1950-03-02,"stable, eating"\n';
    expectDetected(quoted, 'Quenby, Marisol', 'name');
    expectKept(quoted, 'stable, eating');
  });

  it('reads a row whose unquoted cell holds a comma and a space, and the rows after it', () => {
    const export_ =
      'Export:\npt_id,first_name,dob,city,zip,dx\n71930001,Quenby,May 10, 2019,Savannah,31468,I10\n71930002,Marisol,1/14/49,Brackmoor,31433,E11.9\nrows: 2';
    expectDetected(export_, '71930001', 'mrn');
    expectDetected(export_, 'Savannah', 'geo');
    expectDetected(export_, '31468', 'zip');
    expectDetected(export_, 'Marisol', 'name');
    expectDetected(export_, '31433', 'zip');
    expectKept(export_, 'I10');
    expectKept(export_, 'E11.9');
  });

  it('still reads a file whose delimiter is a comma and a space', () => {
    const spaced = 'mrn, surname, dx\n4410023, Quenby, I10\n4410024, Orvell, E11.9\n';
    expectDetected(spaced, '4410023', 'mrn');
    expectDetected(spaced, 'Orvell', 'name');
    expectKept(spaced, 'E11.9');
  });

  it('stops at the end of the table', () => {
    expectKept('mrn,name,dob\n1,2\nTotal, 12, rows');
    expectKept('We saw, with thanks, the results\n12, 14, 16');
  });
});

describe('Synthea CSV exports', () => {
  const encounters =
    'Id,START,STOP,PATIENT,ORGANIZATION,PROVIDER,PAYER,ENCOUNTERCLASS,CODE,DESCRIPTION\n' +
    'd9b94ce3-29a3-4f16-9862-da102d5a9ba6,2019-06-24T18:18:22Z,2019-06-24T20:18:02Z,62843773-27e9-4d73-a4a1-7f5a87b494d9,' +
    'a12f7ef2-6777-45f6-8879-ad1b1465506a,ae8ad861-4a27-4cf6-86ba-839296003106,4f0c0d81-217c-48df-bcd9-c01bfd65f1fd,' +
    'ambulatory,698314001,Consultation for treatment (procedure)\n';
  it('keeps the resource UUIDs of the PATIENT and PROVIDER columns', () => {
    expectKept(encounters, '62843773-27e9-4d73-a4a1-7f5a87b494d9');
    expectKept(encounters, 'ae8ad861-4a27-4cf6-86ba-839296003106');
    expectDetected('PATIENT,PROVIDER,CODE\nQuenby Marisol,Orvell Dana,I10\n', 'Quenby Marisol', 'name');
  });

  it("masks the dates of a row after its Id, and a patient's FIPS code and driver's licence", () => {
    expectDetected(encounters, '2019-06-24T18:18:22Z', 'date');
    expectDetected(encounters, '2019-06-24T20:18:02Z', 'date');
    const patients =
      'Id,BIRTHDATE,SSN,DRIVERS,COUNTY,FIPS,ZIP\n' +
      'c2324650-833a-488b-a4a1-7f5a87b494d9,1938-06-23,999-47-8739,S99996698,Hampden County,25013,01085\n';
    expectDetected(patients, '25013', 'geo');
    expectDetected(patients, 'S99996698', 'license');
    expectKept(patients, 'c2324650-833a-488b-a4a1-7f5a87b494d9');
  });
});

describe("a member's column beside the person's name", () => {
  const remit =
    'PATIENT|MEMBER|PT ACCT|DOS|PROC|DX\nROE*ANNIKA|ZQK40918273|HB5501922|03/02/2025|99213|E11.9\nOKAFOR*JAN|90218837104|HB5501923|03/04/2025|80053|I10\n';
  const csv = 'Patient Name,Mbr #,Plan,CPT\n"Roe, Annika",W7730019241,Blue Ridge PPO,99214\n';
  it.each([
    [remit, 'ZQK40918273'],
    [remit, '90218837104'],
    [csv, 'W7730019241'],
  ])('reads the member number under "member" in %#', (text, value) =>
    expectDetected(text, value, 'health_plan'),
  );

  it('keeps the codes beside it, and a roster\'s "member" column without a person\'s name is no plan number', () => {
    expectKept(remit, '99213');
    expectKept(remit, 'E11.9');
    expectKept('TEAM|MEMBER|SHIFT\nICU-2|float pool|0700-1900\nICU-3|charge|1900-0700\n', 'float pool');
  });
});

describe("a nurse's degree after a name", () => {
  it("heads no column of national numbers: a signature's figures under it stay", () => {
    const text =
      'Regards,\nOrla Quenby, BSN, RN\nUnit Educator, 2.6 falls per 1,000 patient days this month\n';
    expectKept(text, '2.6 falls per 1,000 patient days');
  });
});
