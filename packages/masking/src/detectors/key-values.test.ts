import { describe, expect, it } from 'vitest';
import { detectText } from '../detect';
import { expectDetected, expectKept, expectNoType } from '../test-helpers';
import { labelledValues } from './key-values';

describe('values named by a label in text', () => {
  const form = [
    'Name: Quenby Marisol',
    'City: Brackmoor',
    'postal_code: 02139',
    "Mother's maiden name: Quell",
    'Home Phone = 5550104477',
    'Employer: Acme Widgets',
    'Status: Improving',
  ].join('\n');
  it.each([
    ['Quenby Marisol', 'name'],
    ['Brackmoor', 'geo'],
    ['02139', 'zip'],
    ['Quell', 'name'],
    ['5550104477', 'phone'],
  ] as const)('finds %s by its label', (value, type) => expectDetected(form, value, type));

  it('keeps values whose label names no identifier', () => {
    expectKept(form, 'Acme Widgets');
    expectKept(form, 'Improving');
  });

  it('reads a label OCR broke inside its word, and a guarantor by its short label', () => {
    const fax =
      'Pat ient: JARED SVASIMSEN      D0B: 02/25/1960\nGUAR: AKWVRO, EMBVROETTE    GUAR SSN: 929358906';
    expectDetected(fax, 'JARED SVASIMSEN', 'name');
    expectDetected(fax, 'AKWVRO, EMBVROETTE', 'name');
    expectKept('Pat ient: stable\nBlood Pressure: 120/80\nNext Visit: Monday\nGuar: pending');
    // A blank line or a stray mark OCR read after the name.
    const intake = 'Last Name: Nyxkkaay _        First: Dageluo _      MI: W\nFirst: Ulfynnette:      MI: E';
    expectDetected(intake, 'Dageluo', 'name');
    expectDetected(intake, 'Ulfynnette', 'name');
  });

  it('ends a value at a wide gap, a comma or a bracket', () => {
    const header = 'Patient: ORTELL, VANYA   Sex: F   City: Quarrow, OH';
    expectDetected(header, 'ORTELL, VANYA', 'name');
    expectKept(header, 'Sex: F');
    expectKept('SSN: 900-12-3456, born on the 2nd, a 39-year-old', 'a 39-year-old');
  });

  it('reads a label before its bracketed qualifier', () => {
    expectDetected('DRIVER LICENSE (OH): RT449102\nEMPLOYER: none', 'RT449102', 'license');
    expectDetected(
      'Participant ID (if enrolled at the college): K77310452\nNext: none',
      'K77310452',
      'other_id',
    );
    expectDetected('Phone (cell): 555 010 4477', '555 010 4477', 'phone');
    expectKept('Weight (kg): 72.4\nDose (mg): 500', '72.4');
    expectKept('Weight (kg): 72.4\nDose (mg): 500', '500');
  });

  it('reads the field a bracket names after a word that says nothing', () => {
    expectDetected(
      'ERROR:  duplicate key value violates unique constraint "patients_pkey"\nDETAIL:  Key (mrn)=(31-07-52) already exists.',
      '31-07-52',
      'mrn',
    );
  });

  it('ends an identifier at the next word', () => {
    expectDetected('MRN:00412 DOB:1950-01-02', '00412', 'mrn');
    expectDetected('MRN:00412 DOB:1950-01-02', '1950-01-02', 'date');
  });

  it('reads fields of one line set apart by semicolons', () => {
    const line = 'scan ok; name=Marisol Quenby; dob=03/02/1950; city=Harrowmere; score=0.93';
    expectDetected(line, 'Harrowmere', 'geo');
    expectDetected(line, '03/02/1950', 'date');
    expectKept(line, '0.93');
  });

  it('keeps values that say there is nothing', () => {
    expectKept('County: n/a   State: OH');
    expectKept('Zip Code: none');
  });

  it('reads a person only from a value that looks like a name', () => {
    expectNoType('Patient: stable overnight', 'name');
    expectNoType('Patient: Improving', 'name');
  });

  it.each([
    ['Age 54; Name: osvaldo quenbury; D.O.B. 10-25-1971', 'osvaldo quenbury'],
    ['Pt: eleanor solvang | DOB: 2/14/51', 'eleanor solvang'],
    ['Emergency contact: amadou quillfeather, nephew, 555-0143', 'amadou quillfeather'],
    ['Name: tobiah quillfeather   Acc# A195768034', 'tobiah quillfeather'],
    // Words no list knows, after a label that names a person outright.
    ['Patient: jozefina quellmoor\nMRN UL008660', 'jozefina quellmoor'],
    ['Caller: halvard tarrowby (son) — H: 555-0158', 'halvard tarrowby'],
    ['Guarantor: quoongova rhoedusen (self)', 'quoongova rhoedusen'],
    // What the person did after the name is none of it.
    ['Family: halvard tarrowby called x2, wants update', 'halvard tarrowby'],
    ['Family: QUELLMOOR, TOBIAH called twice, wants update', 'QUELLMOOR, TOBIAH'],
  ])('reads a name typed in lower case after its label: %s', (text, value) =>
    expectDetected(text, value, 'name'),
  );

  it.each([
    'Patient: alert and oriented',
    'Emergency contact: none listed',
    'Contact: front desk',
    'Test name: basic metabolic panel',
    '{"name": "sertraline hydrochloride", "dose": "50 mg"}',
    '{"name": "amlodipine besylate"}',
    '{"name": "redis cache", "status": "up"}',
    'Infant: caffeine citrate (Cafcit) 5 mg/kg/day maintenance',
    'Family: aware and agrees with plan',
    'Family: supportive at bedside',
    'Patient: is stable overnight',
    'Infant: poractant alfa (Curosurf) 200 mg/kg intratracheal',
  ])('keeps lower-case words after a name label that read as no name: %s', (text) =>
    expectNoType(text, 'name'),
  );

  it.each([
    ['{"name":"Ann Roe","dob":"1941-07-23","status":"final"}', '1941-07-23', 'date'],
    ['log line {"plan": "W260846074", "age": "33"}', 'W260846074', 'health_plan'],
    ['{"insurance":"3809 47645 8"}', '3809 47645 8', 'health_plan'],
  ] as const)('reads a key of JSON written as text: %s', (text, value, type) =>
    expectDetected(text, value, type),
  );

  it('keeps a plan key holding words, not a number', () => {
    expectKept('{"plan":"continue lisinopril 10 mg daily"}', 'continue lisinopril 10 mg daily');
    expectKept('{"plan":"Q2 2024"}', 'Q2 2024');
  });

  const cda =
    '<patient><name><given>Tamsin</given><family>Volkerant</family></name><birthTime value="19410723"/>' +
    '<addr><streetAddressLine>18 Quillfeather Row</streetAddressLine><city>Brackmoor</city>' +
    '<postalCode>43999</postalCode></addr><languageCode code="en"/></patient>' +
    '<patientRole><id root="2.16.840.1.113883.19.5" extension="Q6127322"/></patientRole>';
  it.each([
    ['Tamsin', 'name'],
    ['Volkerant', 'name'],
    ['19410723', 'date'],
    ['18 Quillfeather Row', 'street_address'],
    ['Brackmoor', 'geo'],
    ['43999', 'zip'],
    ['Q6127322', 'mrn'],
  ] as const)('finds %s in an XML element named for it', (value, type) => expectDetected(cda, value, type));
});

describe('JSON written as text, read by its neighbours', () => {
  it('types a value by the descriptor pair before it and a generic id by its parent key', () => {
    const line =
      '{"identifier":[{"system":"https://ids.example/fhir/sid/mrn","value":"894-250-245"}],"patient":{"id":"QX262853906","display":"Roe, Ann"},"meta":{"id":"v-3120"}}';
    expectDetected(line, '894-250-245', 'mrn');
    expectDetected(line, 'QX262853906', 'mrn');
    expectKept(line, 'v-3120');
  });

  it('types a FHIR XML identifier value by the system or the type coded before it', () => {
    const xml = [
      '<identifier><system value="http://hl7.org/fhir/sid/us-npi"/><value value="2605948522"/></identifier>',
      '<identifier><type><coding><system value="http://terminology.hl7.org/CodeSystem/v2-0203"/><code value="MR"/></coding></type>',
      '  <value value="QX678175"/></identifier>',
      '<valueQuantity><value value="5.4"/></valueQuantity>',
    ].join('\n');
    expectDetected(xml, '2605948522', 'license');
    expectDetected(xml, 'QX678175', 'mrn');
    expectKept(xml, '5.4');
  });

  it("reads a FHIR XML period's start and end as dates, not a meta element's time", () => {
    const xml = [
      '<Appointment xmlns="http://hl7.org/fhir">',
      '  <meta><lastUpdated value="2025-02-03T04:05:06.789Z"/></meta>',
      '  <requestedPeriod>',
      '    <start value="2025-03-14T09:30:00-06:00"/>',
      '    <end value="2025-03-14T10:00:00-06:00"/>',
      '  </requestedPeriod>',
      '  <timing><start value="08:00"/></timing>',
      '</Appointment>',
    ].join('\n');
    expectDetected(xml, '2025-03-14T09:30:00-06:00', 'date');
    expectDetected(xml, '2025-03-14T10:00:00-06:00', 'date');
    expectKept(xml, '2025-02-03T04:05:06.789Z');
    expectKept(xml, '08:00');
  });

  it('reads an HTML header cell or term as the label of the cell beside it', () => {
    const html = [
      '<table>',
      '  <tr><th>Patient name</th><td>Orlay, Benedikt</td></tr>',
      '  <tr><th>DOB</th><td>04/12/1951 (74 yrs)</td></tr>',
      '  <tr><th>Town</th><td class="v">Harrowmere</td></tr>',
      '  <tr><th>Status</th><td>Improving</td></tr>',
      '</table>',
      '<dl><dt>Chart No:</dt><dd>QX-44120</dd><dt>Ward</dt><dd>4 North</dd></dl>',
    ].join('\n');
    expectDetected(html, 'Orlay, Benedikt', 'name');
    expectDetected(html, '04/12/1951', 'date');
    expectDetected(html, 'Harrowmere', 'geo');
    expectDetected(html, 'QX-44120', 'mrn');
    expectKept(html, '74 yrs');
    expectKept(html, 'Improving');
    expectKept(html, '4 North');
  });

  it('finds the NCPDP SCRIPT medical record number element', () => {
    expectDetected(
      '<Patient><MedicalRecordIdentificationNumberEHR>E3241062</MedicalRecordIdentificationNumberEHR></Patient>',
      'E3241062',
      'mrn',
    );
  });
});

describe('printed form lines: labels, a wide gap, their values', () => {
  const FORM = [
    'Patient Name (Last, First, MI)  NORWELL, FLORIAN L',
    'City / State / ZIP    Lowell Crossing / NM / 08572-7501',
    'Driver License # / State  AG038607 / NM',
  ].join('\n');
  it.each([
    ['NORWELL, FLORIAN L', 'name'],
    ['Lowell Crossing', 'geo'],
    ['AG038607', 'license'],
  ] as const)('finds %s as %s', (value, type) => expectDetected(FORM, value, type));

  it('keeps a lab line in the same layout', () => expectKept('Hemoglobin     13.2 g/dL', '13.2'));
});

describe('printed form lines: each label line over its value line', () => {
  const FORM = [
    'Patient Name (Last, First, MI)',
    'ROE, ANN L',
    'Date of Birth (MM/DD/YYYY)',
    '04/12/1951    Age 74',
    'City / State / ZIP',
    'Harrowmere / NM / 08572',
    'Member ID / Group',
    'QZ4417730 / 0091',
    'Home Phone',
    'Date of Birth',
    'Reason for visit',
    'Follow-up of a fall. Seen with her daughter.',
  ].join('\n');
  it.each([
    ['ROE, ANN L', 'name'],
    ['04/12/1951', 'date'],
    ['Harrowmere', 'geo'],
    ['QZ4417730', 'health_plan'],
  ] as const)('finds %s as %s', (value, type) => expectDetected(FORM, value, type));

  it('keeps what follows a value and a label line under a label', () => {
    expectKept(FORM, 'Age 74');
    expectKept(FORM, 'Date of Birth\nReason');
    expectKept(FORM, 'Follow-up of a fall. Seen with her daughter.');
  });

  it('reads fields joined by slashes with one blank before the values', () => {
    const line = 'Insurance / Member ID Lakeside Mutual Health / QZ4417730';
    expectDetected(line, 'QZ4417730', 'health_plan');
    expectKept(line, 'Lakeside Mutual Health');
    expectKept('Pass / Fail Grade A / B', 'B');
  });

  it('types each part of a value under a label naming two fields (DOB/AGE, HT/WT)', () => {
    const dump =
      'NAME      : QUELL, VANYA\nDOB/AGE   : 14-JUN-1929 / 96\nHT/WT     : 170 cm / 82 kg\nAGE/SEX   : 41 / F';
    expectDetected(dump, '14-JUN-1929', 'date');
    expectDetected(dump, '96', 'age');
    expectKept(dump, '170 cm');
    expectKept(dump, '82 kg');
    expectKept(dump, '41');
  });

  it('finds a member number after the payer under an insurance label, and keeps the payer', () => {
    const dump = 'INS       : Gila River Health Alliance #MBV14697024\nNOK       : QUELL, VANYA';
    expectDetected(dump, 'MBV14697024', 'health_plan');
    expectKept(dump, 'Gila River Health Alliance');
    // The member number alone after the label, a gap before the next field; a payer alone stays.
    const fax =
      'Re: QUELL, VANYA  D0B 6/13/1954\nIns: 421535119-02  ssn# 967-74-6073\nIns: Medicare Part B\n';
    expectDetected(fax, '421535119-02', 'health_plan');
    expectKept(fax, 'Medicare Part B');
    expectKept('INS: Gila River Health Alliance #12', 'Gila River Health Alliance #12');
  });

  it("reads a name element's text as a person's inside a person's element only", () => {
    const cda =
      '<performer><assignedEntity><assignedPerson><name>Quell, Vanya</name></assignedPerson></assignedEntity></performer>';
    expectDetected(cda, 'Quell, Vanya', 'name');
    const org = '<representedOrganization><name>Brackmoor Imaging</name></representedOrganization>';
    expectKept(org, 'Brackmoor Imaging');
  });

  it('reads logfmt pairs as labels when a line has three or more', () => {
    const line =
      "[intake-worker] Duplicate candidate: name='QUELL, VANYA' dob=1926-03-26 mrn=3777028 score=0.81";
    expectDetected(line, 'QUELL, VANYA', 'name');
    expectDetected(line, '3777028', 'mrn');
    expectKept(line, 'score=0.81');
    const palm = 'level=info msg="palm vein match" template=PV-8474-LVXU score=0.93';
    expectDetected(palm, 'PV-8474-LVXU', 'biometric');
    expectKept('level=info msg="report rendered" template=discharge-v2 id=4471', 'template=discharge-v2');
    const system = 'a=1 b=2 user=svc_report host=db01 drug="Aspirin 81 mg"';
    expectKept(system);
  });

  it("reads a logfmt key at a line's start or after a blank, not glued to what stands before it", () => {
    const pairs = 'template=PV-8474-LVXU score=0.93 msg="palm vein match"';
    expectDetected(pairs, 'PV-8474-LVXU', 'biometric');
    expectDetected(`ok\n${pairs}`, 'PV-8474-LVXU', 'biometric');
    expectDetected(`level=info\t${pairs}`, 'PV-8474-LVXU', 'biometric');
    expectKept('level=info msg="palm vein match" x/template=PV-8474-LVXU score=0.93', 'PV-8474-LVXU');
    expectKept('level=info msg="palm vein match" 9template=PV-8474-LVXU score=0.93', 'PV-8474-LVXU');
  });

  it('reads two logfmt pairs when one is quoted, its quotes escaped inside a JSON line too', () => {
    const hit = 'patient lookup hit name="Orrin Tarrowby" dob=1934-08-08';
    expectDetected(hit, 'Orrin Tarrowby', 'name');
    const jsonLine =
      '{"ts":"2025-01-01T00:00:00Z","msg":"lookup hit name=\\"Tarrowby, Orrin\\" dob=1934-08-08"}\n{"ts":"x"}';
    expectDetected(jsonLine, 'Tarrowby, Orrin', 'name');
    expectKept('service started name="metrics-exporter" port=9090', 'metrics-exporter');
  });

  it("reads a JSON number after its key in JSON written as text (a test's diff in a log), an age only from 90", () => {
    const diff =
      '2025-05-01T17:24:10.7Z     "memberId": "N34318062*02",\n2025-05-01T17:24:11.8Z     "age": 94,\n2025-05-01T17:24:12.1Z     "ssn": 900123456\n';
    expectDetected(diff, '94', 'age');
    expectDetected(diff, '900123456', 'ssn');
    const young = '  "age": 47,\n  "count": 12345,\n  "score": 98.5\n';
    expectKept(young, '47');
    expectKept(young, '12345');
    expectKept(young, '98.5');
  });

  it("reads a form control's value by its accessible name in a page's accessibility snapshot", () => {
    const snapshot = [
      '- textbox "SSN (last step)" [value="495739418"]',
      '- combobox "Member ID" [ref=e12]: W47619601',
      '- spinbutton "Age" [value="97"]',
      '- textbox "Search medications" [value="metformin 500 mg"]',
      '- spinbutton "Dose count" [value="30"]',
    ].join('\n');
    expectDetected(snapshot, '495739418', 'ssn');
    expectDetected(snapshot, 'W47619601', 'health_plan');
    expectDetected(snapshot, '97', 'age');
    expectKept(snapshot, 'metformin 500 mg');
    expectKept(snapshot, '30');
  });

  it('reads a case sheet\'s "Label value" fields set apart by wide gaps, a name after its role in lower case', () => {
    const sheet =
      'Case no. 251357916   Date 28/08/2025\nSurname TARROWBY-QUELL   Given Orrin Tuan   DOB 11/10/1955';
    expectDetected(sheet, 'TARROWBY-QUELL', 'name');
    expectDetected(sheet, 'Orrin Tuan', 'name');
    expectKept('Hemoglobin 13.2   Platelets 250   Name of test CBC', 'CBC');
    expectNoType('Surname field   left blank', 'name');
    const signed = 'Prepared by: Tane Tarrowby, supervisor    Date: 3/7/23';
    expectDetected(signed, 'Tane Tarrowby', 'name');
    expectKept(signed, 'supervisor');
    const reporter = 'E. REPORTER: Dr M. Tarrowby, Cedars-Sinai, 7672 Old Mill Pike';
    expectDetected(reporter, 'Dr M. Tarrowby', 'name');
    expectKept(reporter, 'Cedars-Sinai');
  });

  it("reads a label after a list item's bullet", () => {
    const summary =
      '### People\n- GP: TARROWBY L, 044-0829 3481 (fax)\n  * Next of kin: Orrin Vessaby (son)\n- Plan: continue metformin';
    expectDetected(summary, 'TARROWBY L', 'name');
    expectDetected(summary, 'Orrin Vessaby', 'name');
    expectKept(summary, 'continue metformin');
    expectNoType('score 7 - GP: review', 'name');
  });

  it("reads a heading over a person's fields as their name", () => {
    const card = '<div class="card"><h3>Orrin Tarrowby</h3><dl><dt>DOB</dt><dd>6/22/1950</dd></dl></div>';
    expectDetected(card, 'Orrin Tarrowby', 'name');
    const table = '<table><caption>TARROWBY, ORRIN</caption><tr><th>MRN</th><td>A1234567</td></tr></table>';
    expectDetected(table, 'TARROWBY, ORRIN', 'name');
    expectKept('<h2>Lab Results</h2><table><tr><th>Date</th><td>2024-01-01</td></tr></table>', 'Lab Results');
    expectKept(
      '<h3>Harbour Medical Center</h3><dl><dt>Phone</dt><dd>555-201-3344</dd></dl>',
      'Harbour Medical Center',
    );
    expectKept('<h3>Medications</h3><ul><li>Age: 45</li></ul>', 'Medications');
  });

  it("reads a chat link's label as the person's name when the link goes into a chart", () => {
    const alert = 'New arrival <https://portal.example/MyChart/Visits/1173275|QUELL-ROE, VANYA> 57F, CC: AMS';
    expectDetected(alert, 'QUELL-ROE, VANYA', 'name');
    expectKept('see <https://ehr.example/patients/0041/summary|Open chart>', 'Open chart');
    // A link elsewhere says nothing about its label (other detectors may still read it).
    const guide = 'see <https://docs.example/guide|Quell Roe> now';
    expect(detectText(guide, { detectors: [labelledValues] })).toEqual([]);
  });
});

describe("a name part's array and a person reference's display", () => {
  it.each([
    ['{"name":[{"family":"Quellwood","given":["Tamsin","Delva"]}]}', 'Tamsin'],
    ['{"name":[{"family":"Quellwood","given": [ "Tamsin", "Delva" ]}]}', 'Delva'],
    [
      '<beneficiary><reference value="Patient/1"/>\n  <display value="Orvande Brisk"/></beneficiary>',
      'Orvande Brisk',
    ],
    [
      '<patient><reference value="Patient/1"/><display value="Tamsin Quellwood"/></patient>',
      'Tamsin Quellwood',
    ],
  ])('%s marks %s', (text, name) => {
    expectDetected(text, name, 'name');
  });

  it.each([
    ['{"code":{"coding":[{"code":"4548-4"}]},"category":["laboratory","vital-signs"]}', 'laboratory'],
    [
      '<coding><system value="http://loinc.org"/><code value="4548-4"/><display value="Hemoglobin A1c"/></coding>',
      'Hemoglobin A1c',
    ],
    ['<payor><display value="Harborlight Health"/></payor>', 'Harborlight Health'],
  ])('%s keeps %s', (text, keep) => {
    expectKept(text, keep);
  });
});

describe("a labelled name ends at the form's next label", () => {
  it.each([
    ['Patient: Quenby Tarrowell Age 45 y/o', 'Quenby Tarrowell', 'Age'],
    ['Patient: Quenby Tarrowell D.O.B. pending', 'Quenby Tarrowell', 'D.O.B.'],
    ['Name: Quenby Tarrowell Sex F', 'Quenby Tarrowell', 'Sex'],
  ])('%s', (text, name, label) => {
    const found = detectText(text, { detectors: [labelledValues] }).map((s) => text.slice(s.start, s.end));
    expect(found).toContain(name);
    expect(found.join(' ')).not.toContain(label);
  });
});

describe('labels padded with a dot leader, as terminal printouts write them', () => {
  it.each([
    ['SSN........: 002570675\nADDR.......: 6273 N 6TH STREET', '002570675', 'ssn'],
    ['SSN........: 002570675\nADDR.......: 6273 N 6TH STREET', '6273 N 6TH STREET', 'street_address'],
    ['COUNTY.....: ADAMS COUNTY\nHOME PH....: none', 'ADAMS COUNTY', 'geo'],
  ] as const)('reads the label before its dots in %s', (text, value, type) =>
    expectDetected(text, value, type),
  );

  const sheet = [
    'Guarantor .......... QUELL, TAMSIN (self)',
    'Emergency contact .......... eleanor solvang, sister, 555-0143',
    'DOB/Age .......... 02.09.1929 / 96',
    'Diet .......... cardiac',
    'Introduction .......... 3',
  ].join('\n');
  it.each([
    ['QUELL, TAMSIN', 'name'],
    ['eleanor solvang', 'name'],
    ['02.09.1929', 'date'],
    ['96', 'age'],
  ] as const)('reads %s after a dot leader with no colon', (value, type) =>
    expectDetected(sheet, value, type),
  );

  it('keeps values after a dot leader whose label names no identifier, and an ellipsis', () => {
    expectKept(sheet, 'cardiac');
    expectKept(sheet, 'Introduction .......... 3');
    expectNoType('Patient.... stable overnight', 'name');
  });

  it('keeps values under labels that name no identifier', () => {
    expectKept('UNIT.......: PCU 7\nSVC........: NEURO', 'PCU 7');
    expectKept('K..........: 4.1 MMOL/L', '4.1 MMOL/L');
  });

  it('reads a leader of any length once: a run of 100,000 dots is no catastrophe', () => {
    // Each dot of a run used to start a new attempt over the rest of the run (minutes for this text).
    const text = `Emergency contact ${'.'.repeat(100_000)} Ann Roe, sister\nNote ${'.'.repeat(100_000)}x`;
    const started = performance.now();
    expectDetected(text, 'Ann Roe', 'name');
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});

describe('a record written as an object literal or as YAML', () => {
  it.each([
    ["{ssn: '900123456'}", '900123456', 'ssn'],
    ["[{mrn: '00482913'}]", '00482913', 'mrn'],
    ['{ ssn: "900123456", name: \'Ottoline Marwood\' }', 'Ottoline Marwood', 'name'],
    ["{ssn: '900123456', lastName: `Marwood`}", 'Marwood', 'name'],
    ["lastName: 'Marwood'", 'Marwood', 'name'],
    ['{lastName: Marwood}', 'Marwood', 'name'],
    ['ssn: >\n  900123456', '900123456', 'ssn'],
    ['patient: |\n  Ottoline Marwood\nmrn: |-\n  00482913', '00482913', 'mrn'],
    ['dob: >\r\n  1984-03-17', '1984-03-17', 'date'],
  ] as const)('reads the key of %j as a label', (text, value, type) => expectDetected(text, value, type));

  it('masks a quoted value inside its quotes', () => {
    const text = "{ssn: '900123456', lastName: 'Marwood'}";
    expect(detectText(text).map((s) => text.slice(s.start, s.end))).toEqual(['900123456', 'Marwood']);
  });

  it.each([
    "{dose: '5 mg', route: 'PO', code: 'E11.9', status: 'final'}",
    "{x: 1, note: 'stable, plan: rest'}",
    'Seen today, plan: rest',
    'plan: |\n  metformin 500 mg BID\n  recheck A1c in 3 months',
    'x: >5 mg',
    "Note: 'stable' per team",
  ])('keeps %j', (text) => expectKept(text));
});

describe("an HTML row of two cells, the first its value's label", () => {
  it.each([
    ['<tr><td>SSN</td><td>900123456</td></tr>', '900123456', 'ssn'],
    ['<tr>\n  <td>MRN:</td>\n  <td>00482913</td>\n</tr>', '00482913', 'mrn'],
    ['<table><tr><td>Patient</td><td>Ottoline Marwood</td></tr></table>', 'Ottoline Marwood', 'name'],
  ] as const)('reads %j', (text, value, type) => expectDetected(text, value, type));

  it.each([
    ['<tr><td>Patient</td><td>Ward</td><td>Status</td></tr>', 'Ward'],
    ['<tr><td>Dose</td><td>5 mg</td></tr><tr><td>Patient</td><td>Stable</td></tr>', 'Stable'],
  ])('keeps in %j the cell %j', (text, keep) => expectKept(text, keep));
});

describe('a value under a key that says nothing, or a number under a person', () => {
  it("reads a lone identifier-shaped token under a positional or generic key as the person's number", () => {
    const log = 'DEBUG call id=7 args.arg0=chart args.arg1=Q4410582 mode=read';
    expectDetected(log, 'Q4410582', 'mrn');
    expectKept(log, 'args.arg0=chart');
    expectDetected('{"value": "318-40-27", "kind": "lookup"}', '318-40-27', 'mrn');
    expectKept('{"system": "http://snomed.info/sct", "value": "1156216004"}', '1156216004');
    expectKept('run a=1 value=1200 b=2', 'value=1200');
  });

  it("reads a number under a person's role key as that person's number, not a name", () => {
    expectDetected('{"patient": "6620417", "name": "Quell, Vanya"}', '6620417', 'mrn');
  });

  it('reads an identity match as a biometric event, its request UUID kept', () => {
    const log =
      'INFO call id=2f0c1a4e-1b2c-4d5e-8f90-0a1b2c3d4e5f user=ops\nDEBUG identity match V. Quell template=QT-5521-LMV score=0.91';
    expectDetected(log, 'QT-5521-LMV', 'biometric');
    expectKept(log, '2f0c1a4e-1b2c-4d5e-8f90-0a1b2c3d4e5f');
  });
});
