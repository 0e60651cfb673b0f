import { describe, expect, it } from 'vitest';
import { createMasker } from '../masker';

const mask = (value: unknown) => createMasker().maskJson(value).value;

describe('JSON shapes typed by a neighbour', () => {
  it("types a form's answers by their question, and leaves an answer to any other question to detection", () => {
    const form = (title: string, value: string) => ({
      questionId: 'q1',
      title,
      textAnswers: { answers: [{ value }] },
    });
    expect(
      mask({
        answers: [
          form('Full legal name', 'bea oyarzun'),
          form('Emergency contact', 'Orrin Vessaby 555 201 3344'),
          form('Date of birth', 'March 3, 1950'),
          form('Current medications', 'metformin 500 mg'),
        ],
        survey: [
          { question: 'Preferred name?', answer: 'Bea' },
          { question: 'How did you hear about us?', answer: 'A friend' },
        ],
        page: { title: 'Status', response: { code: 'ok' } },
      }),
    ).toEqual({
      answers: [
        form('Full legal name', '[NAME]'),
        form('Emergency contact', '[NAME]'),
        form('Date of birth', '[DATE]'),
        form('Current medications', 'metformin 500 mg'),
      ],
      survey: [
        { question: 'Preferred name?', answer: '[NAME]' },
        { question: 'How did you hear about us?', answer: 'A friend' },
      ],
      page: { title: 'Status', response: { code: 'ok' } },
    });
  });

  it('types a described value by its system, type or url', () => {
    expect(
      mask({
        telecom: [
          { system: 'phone', value: '5550104477', use: 'home' },
          { system: 'fax', value: '5550104478' },
        ],
        identifier: [
          { type: { text: 'MRN' }, system: 'urn:oid:2.16.840.1.999', value: '00412' },
          { type: { coding: [{ code: 'SS' }] }, value: 'A-1' },
          { system: 'https://ids.example/sid/us-ssn', value: '900001234' },
        ],
        extension: [
          { url: 'https://example.test/ext/age', valueString: '96' },
          { url: 'https://example.test/ext/age', valueString: '41' },
        ],
        attributes: [{ name: 'Postal code', value: '02139' }],
        pairs: [{ k: 'mrn', v: '0041' }],
      }),
    ).toEqual({
      telecom: [
        { system: 'phone', value: '[PHONE]', use: 'home' },
        { system: 'fax', value: '[FAX]' },
      ],
      identifier: [
        { type: { text: 'MRN' }, system: 'urn:oid:2.16.840.1.999', value: '[MRN]' },
        { type: { coding: [{ code: 'SS' }] }, value: '[SSN]' },
        { system: 'https://ids.example/sid/us-ssn', value: '[SSN]' },
      ],
      extension: [
        { url: 'https://example.test/ext/age', valueString: '[AGE]' },
        { url: 'https://example.test/ext/age', valueString: '41' },
      ],
      attributes: [{ name: 'Postal code', value: '[ZIP]' }],
      pairs: [{ k: 'mrn', v: '[MRN]' }],
    });
  });

  it("types a fact's value as a town when its name says where someone lives and the value is a place", () => {
    expect(
      mask({
        facts: [
          { name: 'Home', value: 'Pine Grove Mills' },
          { name: 'Home', value: 'yes' },
          { type: 'home', system: 'phone', value: '5550104477' },
        ],
      }),
    ).toEqual({
      facts: [
        { name: 'Home', value: '[GEO]' },
        { name: 'Home', value: 'yes' },
        { type: 'home', system: 'phone', value: '[PHONE]' },
      ],
    });
  });

  it('keeps values whose descriptor names no identifier', () => {
    const obs = { code: { text: 'Glucose' }, name: 'glucose', value: '5.4', unit: 'mmol/L' };
    expect(mask(obs)).toEqual(obs);
  });

  it('types table cells by the column names beside the rows', () => {
    expect(
      mask({
        columns: ['Chart No', 'Patient', 'Result', { name: 'ZIP' }],
        rows: [
          ['004411', 'Quenby, Marisol', '5.4', '73301'],
          ['004412', 'Orvell, Dana', '6.1', '73302'],
        ],
      }),
    ).toEqual({
      columns: ['Chart No', 'Patient', 'Result', { name: 'ZIP' }],
      rows: [
        ['[MRN]', '[NAME]', '5.4', '[ZIP]'],
        ['[MRN]', '[NAME]', '6.1', '[ZIP]'],
      ],
    });
  });

  it("types the cells of a database's JSON result by its meta column names", () => {
    const meta = [
      { name: 'mrn', type: 'String' },
      { name: 'city', type: 'String' },
      { name: 'last_result', type: 'String' },
    ];
    expect(mask({ meta, data: [['QX15272052', 'Brackmoor', '0.84 ng/mL']], rows: 1 })).toEqual({
      meta,
      data: [['[MRN]', '[GEO]', '0.84 ng/mL']],
      rows: 1,
    });
  });

  it('masks a plan key holding a member number, not one holding a care plan', () => {
    expect(mask({ plan: 'SG289368-02', age: '33' })).toEqual({ plan: '[HEALTH_PLAN]', age: '33' });
    expect(mask({ plan: 'rest, fluids, review in 2 days' })).toEqual({
      plan: 'rest, fluids, review in 2 days',
    });
  });

  it("types a grid's cells by its first row when that row names the columns", () => {
    expect(
      mask({
        range: 'Sheet1!A1:D3',
        values: [
          ['Chart No', 'Patient', 'Town', 'Result'],
          ['QX-44120', 'Orlay, Benedikt', 'Harrowmere', '5.4 mmol/L'],
          ['81230017', 'Quenby, Mara', 'Lower Tessick', '6.1 mmol/L'],
        ],
        matrix: [
          ['x', 'y'],
          ['1', '2'],
        ],
      }),
    ).toEqual({
      range: 'Sheet1!A1:D3',
      values: [
        ['Chart No', 'Patient', 'Town', 'Result'],
        ['[MRN]', '[NAME]', '[GEO]', '5.4 mmol/L'],
        ['[MRN]', '[NAME]', '[GEO]', '6.1 mmol/L'],
      ],
      matrix: [
        ['x', 'y'],
        ['1', '2'],
      ],
    });
  });

  it('reads key-value pairs written as two-item arrays like the entries of an object', () => {
    expect(
      mask({
        rows: [
          [
            ['mrn', '4410023'],
            ['name', 'Quenby, Marisol'],
            ['zip', '73301'],
            ['cohort', 'B'],
            ['meds', [['name', 'LISINOPRIL 10MG']]],
          ],
        ],
        points: [
          ['x', '12'],
          ['y', '40'],
        ],
      }),
    ).toEqual({
      rows: [
        [
          ['mrn', '[MRN]'],
          ['name', '[NAME]'],
          ['zip', '[ZIP]'],
          ['cohort', 'B'],
          ['meds', [['name', 'LISINOPRIL 10MG']]],
        ],
      ],
      points: [
        ['x', '12'],
        ['y', '40'],
      ],
    });
  });

  it('keeps a random UUID under a record-number key or descriptor, masks a record number there', () => {
    const uuid = '3c9e1f20-7a4b-4d2e-9f61-8b0a2c4d6e8f';
    expect(
      mask({
        fields: [
          { field: 'Record ID', value: uuid },
          { field: 'Record ID', value: 'RX-00817' },
        ],
        accountId: uuid,
        patientId: '00417731',
        memberId: uuid,
      }),
    ).toEqual({
      fields: [
        { field: 'Record ID', value: uuid },
        { field: 'Record ID', value: '[MRN]' },
      ],
      accountId: uuid,
      patientId: '[MRN]',
      memberId: uuid,
    });
  });

  it("keeps a resource UUID under a person's key, masks the person's name there", () => {
    const uuid = '62843773-27e9-4d73-a4a1-7f5a87b494d9';
    expect(mask({ patient: uuid, provider: uuid, encounter: 'ENC-20931' })).toEqual({
      patient: uuid,
      provider: uuid,
      encounter: '[OTHER_ID]',
    });
    expect(mask({ patient: 'Quenby, Marisol', mrn: '00417731' })).toEqual({
      patient: '[NAME]',
      mrn: '[MRN]',
    });
  });

  it("masks a claim's supporting patient account number by its category, not other supporting text", () => {
    const info = (code: string, valueString: string) => ({
      sequence: 1,
      category: { coding: [{ code }] },
      valueString,
    });
    expect(
      mask({ supportingInfo: [info('patientaccount', 'PA76118483'), info('info', 'Follow-up in 2 weeks')] }),
    ).toEqual({
      supportingInfo: [info('patientaccount', '[ACCOUNT]'), info('info', 'Follow-up in 2 weeks')],
    });
    expect(mask({ category: [{ coding: [{ code: 'vital-signs' }] }], valueString: '120 mmHg' })).toEqual({
      category: [{ coding: [{ code: 'vital-signs' }] }],
      valueString: '120 mmHg',
    });
  });

  it("masks a person resource's own id and a claim's number, not an observation's or an organisation's", () => {
    const uuid = '0f8e2a4c-5b6d-4e7f-8a9b-0c1d2e3f4a5b';
    expect(
      mask({
        entry: [
          { resource: { resourceType: 'Patient', id: 'pat-0042', gender: 'female' } },
          { resource: { resourceType: 'RelatedPerson', id: '7731' } },
          { resource: { resourceType: 'Observation', id: 'obs-9', status: 'final' } },
          { resource: { resourceType: 'Practitioner', id: 'prac-1' } },
          { resource: { resourceType: 'Organization', id: 'org-7' } },
          { resource: { resourceType: 'Claim', id: '18K204417730' } },
          { resource: { resourceType: 'ExplanationOfBenefit', id: uuid } },
        ],
      }),
    ).toEqual({
      entry: [
        { resource: { resourceType: 'Patient', id: '[OTHER_ID]', gender: 'female' } },
        { resource: { resourceType: 'RelatedPerson', id: '[OTHER_ID]' } },
        { resource: { resourceType: 'Observation', id: 'obs-9', status: 'final' } },
        { resource: { resourceType: 'Practitioner', id: '[OTHER_ID]' } },
        { resource: { resourceType: 'Organization', id: 'org-7' } },
        { resource: { resourceType: 'Claim', id: '[OTHER_ID]' } },
        { resource: { resourceType: 'ExplanationOfBenefit', id: uuid } },
      ],
    });
  });

  it('types a JSON Patch value by the last field of its path, a generic one by the field before it', () => {
    expect(
      mask({
        resourceType: 'AuditEvent',
        body: [
          { op: 'test', path: '/meta/versionId', value: '7' },
          { op: 'replace', path: '/name/0/family', value: 'de la Quenby' },
          { op: 'add', path: '/birthDate', value: '1961-04-02' },
          { op: 'add', path: '/name/0/given/-', value: 'Marisol' },
          { op: 'replace', path: '/status', value: 'active' },
          { op: 'replace', path: '/telecom/0/value', value: '7216820225' },
          { op: 'replace', path: '/extension/0/value', value: 'blue' },
        ],
        notPatch: { path: '/name/0/family', value: 'Brackmoor' },
      }),
    ).toEqual({
      resourceType: 'AuditEvent',
      body: [
        { op: 'test', path: '/meta/versionId', value: '7' },
        { op: 'replace', path: '/name/0/family', value: '[NAME]' },
        { op: 'add', path: '/birthDate', value: '[DATE]' },
        { op: 'add', path: '/name/0/given/-', value: '[NAME]' },
        { op: 'replace', path: '/status', value: 'active' },
        { op: 'replace', path: '/telecom/0/value', value: '[PHONE]' },
        { op: 'replace', path: '/extension/0/value', value: 'blue' },
      ],
      notPatch: { path: '/name/0/family', value: 'Brackmoor' },
    });
  });

  it('types a labelled text, a value an error reports for a field, and an age extension', () => {
    expect(
      mask({
        fields: [
          { label: 'MRN', text: '17-121-555' },
          { label: 'City', text: 'Brackmoor' },
          { label: 'Allergies', text: 'penicillin' },
        ],
        code: { coding: [{ code: 'MR' }], text: 'Medical record number' },
        error: { field: 'memberId', got: 'R22725623-02', reason: 'no coverage' },
        extension: [{ url: 'https://ehr.example/ext/age-at-registration', valueString: '98' }],
        referral: { ins: 'W93164222-05' },
      }),
    ).toEqual({
      fields: [
        { label: 'MRN', text: '[MRN]' },
        { label: 'City', text: '[GEO]' },
        { label: 'Allergies', text: 'penicillin' },
      ],
      code: { coding: [{ code: 'MR' }], text: 'Medical record number' },
      error: { field: 'memberId', got: '[HEALTH_PLAN]', reason: 'no coverage' },
      extension: [{ url: 'https://ehr.example/ext/age-at-registration', valueString: '[AGE]' }],
      referral: { ins: '[HEALTH_PLAN]' },
    });
  });
});

describe('a value a neighbour names', () => {
  it("masks a CRM record's name when it is the record's number, not when it is words", () => {
    const claim = (Name: string) => ({
      attributes: { type: 'Claim__c', url: '/sobjects/Claim__c/a0B5' },
      Name,
    });
    expect(mask(claim('WC-04-18620'))).toEqual(claim('[OTHER_ID]'));
    expect(mask(claim('CLM-2025-421120'))).toEqual(claim('[OTHER_ID]'));
    expect(mask(claim('Back injury review'))).toEqual(claim('Back injury review'));
    expect(mask(claim('Q3-2024'))).toEqual(claim('Q3-2024'));
    expect(mask({ Name: 'PA75522309', kind: 'batch' })).toEqual({ Name: 'PA75522309', kind: 'batch' });
  });

  it("masks a document's number beside the descriptor of what the document is, not a page's", () => {
    const card = (type: string, number: string | number) => ({ idDocument: { type, number, state: 'TX' } });
    expect(mask(card('drivers_license', '245682266'))).toEqual(card('drivers_license', '[LICENSE]'));
    expect(mask({ doc: { type: 'passport', no: 'X1234567' } })).toEqual({
      doc: { type: 'passport', no: '[LICENSE]' },
    });
    expect(mask({ page: { type: 'summary', number: 3 } })).toEqual({ page: { type: 'summary', number: 3 } });
    expect(mask({ reward: { type: 'loyalty', number: 'LY-2041' } })).toEqual({
      reward: { type: 'loyalty', number: 'LY-2041' },
    });
  });

  it('masks a template reference beside the biometric capture it was made from', () => {
    const check = (method: string, templateRef: string) => ({ method, templateRef, matchScore: '93.7%' });
    expect(mask(check('palm_vein', 'VP-611077-FM'))).toEqual(check('palm_vein', '[BIOMETRIC]'));
    expect(mask(check('face_match', '01c3dbe95e4e2c605178d308d1f7ba6f'))).toEqual(
      check('face_match', '[BIOMETRIC]'),
    );
    expect(mask({ modality: 'iris', templateId: 'IR-88213' })).toEqual({
      modality: 'iris',
      templateId: '[BIOMETRIC]',
    });
    // A form's or a report's template stays.
    expect(mask(check('pdf_render', 'TPL-2024-07'))).toEqual(check('pdf_render', 'TPL-2024-07'));
    expect(mask({ method: 'interface', template: 'v2-1003' })).toEqual({
      method: 'interface',
      template: 'v2-1003',
    });
  });
});

describe("an entity recognizer's entities, typed by their label", () => {
  it('masks the word or value whose sibling label names a kind of PHI, and leaves the others', () => {
    const ent = (entity_group: string, word: string) => ({
      entity_group,
      word,
      score: 0.97,
      start: 0,
      end: 4,
    });
    expect(
      mask({
        entities: [
          ent('FIRSTNAME', 'Tobiah'),
          ent('PER', 'Ines Varga'),
          ent('ACCOUNTNUMBER', '40219931'),
          ent('JOBTITLE', 'Quantity Surveyor'),
          ent('USERAGENT', 'curl/8.4.0'),
        ],
      }),
    ).toEqual({
      entities: [
        ent('FIRSTNAME', '[NAME]'),
        ent('PER', '[NAME]'),
        ent('ACCOUNTNUMBER', '[ACCOUNT]'),
        ent('JOBTITLE', 'Quantity Surveyor'),
        ent('USERAGENT', 'curl/8.4.0'),
      ],
    });
    expect(mask({ entity: 'B-PER', word: 'Orla', index: 3 })).toEqual({
      entity: 'B-PER',
      word: '[NAME]',
      index: 3,
    });
    // A masking set's spans: {"label": "VEHICLEVRM", "value": …} with the label in capitals.
    expect(mask({ privacy_mask: [{ label: 'VEHICLEVRM', value: 'KX51 ZTR', start: 8, end: 16 }] })).toEqual({
      privacy_mask: [{ label: 'VEHICLEVRM', value: '[VEHICLE]', start: 8, end: 16 }],
    });
    // A form's label in words is no entity label: "Name" over a drug stays with detection.
    expect(mask({ label: 'Name', value: 'metformin 500 mg' })).toEqual({
      label: 'Name',
      value: 'metformin 500 mg',
    });
  });
});

describe("a FHIR reference's display", () => {
  const masker = createMasker();
  const masked = (value: unknown) => JSON.stringify(masker.maskJson(value).value);

  it('is the name of the person it points at', () => {
    expect(masked({ focus: { reference: 'RelatedPerson/7', display: 'Orvande Brisk' } })).not.toContain(
      'Orvande',
    );
    expect(
      masked({
        basedOn: { reference: 'https://fhir.example/r4/Practitioner/ab', display: 'Tamsin Quellwood' },
      }),
    ).not.toContain('Quellwood');
  });

  it('stays for a reference to anything else', () => {
    const out = masked({
      payor: [{ reference: 'Organization/9', display: 'Harborlight Health' }],
      medicationReference: { reference: 'Medication/5', display: 'Apixaban 5 mg' },
    });
    expect(out).toContain('Harborlight Health');
    expect(out).toContain('Apixaban 5 mg');
  });
});

describe('a table written as rows of cells', () => {
  /** A block API's rich text run. */
  const run = (text: string) => [{ type: 'text', text: { content: text, link: null }, plain_text: text }];
  const row = (...cells: string[]) => ({
    object: 'block',
    type: 'table_row',
    table_row: { cells: cells.map(run) },
  });

  it("types each later row's cells by the header row among its sibling blocks", () => {
    const page = {
      results: [
        { object: 'block', type: 'paragraph', paragraph: { rich_text: run('Device clinic') } },
        row('Name', 'Device', 'Serial', 'Firmware'),
        row('Quenby Orlay', 'Medtronic Azure XT', '072XTS3107', '5.0.82'),
        row('Mara Tessick', 'Biotronik Edora 8', 'RNR968206H', '2.1.4'),
      ],
    };
    const out = mask(page) as typeof page;
    expect(out.results[1]).toEqual(row('Name', 'Device', 'Serial', 'Firmware'));
    expect(out.results[2]).toEqual(row('[NAME]', 'Medtronic Azure XT', '[DEVICE]', '5.0.82'));
    expect(out.results[3]).toEqual(row('[NAME]', 'Biotronik Edora 8', '[DEVICE]', '2.1.4'));
  });

  it('leaves the cells of a table whose header names no identifier to detection', () => {
    const page = { results: [row('Drug', 'Lot', 'Dose'), row('Apixaban', 'L20931', '5 mg')] };
    expect(mask(page)).toEqual(page);
  });

  it("types a query result's rows by the column names nested apart from them", () => {
    expect(
      mask({
        manifest: { schema: { columns: [{ name: 'mrn' }, { name: 'device_serial' }, { name: 'n' }] } },
        result: { data_array: [['Q4471920', '072XTS3107', '3']] },
      }),
    ).toEqual({
      manifest: { schema: { columns: [{ name: 'mrn' }, { name: 'device_serial' }, { name: 'n' }] } },
      result: { data_array: [['[MRN]', '[DEVICE]', '3']] },
    });
    const bigQuery = (mrn: string, count: string) => ({
      schema: { fields: [{ name: 'mrn' }, { name: 'visits' }] },
      rows: [{ f: [{ v: mrn }, { v: count }] }],
    });
    expect(mask(bigQuery('Q4471920', '12'))).toEqual(bigQuery('[MRN]', '12'));
    expect(mask({ columns: ['MRN', 'Lot'], pages: [{ rows: [['Q4471920', 'L2093']] }] })).toEqual({
      columns: ['MRN', 'Lot'],
      pages: [{ rows: [['[MRN]', 'L2093']] }],
    });
    const drugs = {
      meta: { columns: [{ name: 'drug' }, { name: 'lot' }] },
      result: { data_array: [['Apixaban', 'L20931']] },
    };
    expect(mask(drugs)).toEqual(drugs);
  });

  it('types the rows of sibling objects by a header object before them', () => {
    expect(mask([{ header: ['MRN', 'Serial', 'Count'] }, { row: ['Q4471920', '072XTS3107', 3] }])).toEqual([
      { header: ['MRN', 'Serial', 'Count'] },
      { row: ['[MRN]', '[DEVICE]', 3] },
    ]);
    const counts = [{ values: ['Ward', 'Beds'] }, { values: ['4B', '22'] }];
    expect(mask(counts)).toEqual(counts);
  });

  it("types the cells of row objects by the columns named beside the rows (a sheet API's cells)", () => {
    const sheet = {
      columns: [{ title: 'Member ID' }, { title: 'Status' }],
      rows: [{ id: 71, cells: [{ value: 'W47619601-01' }, { value: 'active' }] }],
    };
    expect(mask(sheet)).toEqual({
      columns: sheet.columns,
      rows: [{ id: 71, cells: [{ value: '[HEALTH_PLAN]' }, { value: 'active' }] }],
    });
  });
});
