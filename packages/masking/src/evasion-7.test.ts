/**
 * Evasions of the seventh catalogue: identifiers in the fields a client names freely (a JSON-RPC
 * id, a method, a tool's or a prompt's name), in the values a JSON Schema gives a property, and
 * after a label joined to them by an arrow, a bar, a pictograph or an example's words.
 */
import { describe, expect, it } from 'vitest';
import type { Rewrite } from './disguises';
import { labelConnectorRewrites } from './label-connectors';
import { createMasker } from './masker';
import { expectDetected, expectKept, expectMaskedFrame } from './test-helpers';

const masker = createMasker();
const masked = (frame: unknown): Record<string, unknown> =>
  JSON.parse(masker.maskFrame(JSON.stringify(frame)).text);

describe('evasion 7: identifiers in the envelope and in protocol names', () => {
  it.each([
    ['900-12-3456', '3456'],
    ['ssn 900123456', '900123456'],
    ['MRN-00482913', '00482913'],
    ['Mary Quellwood 1984-03-17', 'Quellwood'],
  ])('masks a string id %j and keeps it a string', (id, clear) => {
    const out = masked({ jsonrpc: '2.0', id, method: 'ping' });
    expect(typeof out.id).toBe('string');
    expect(out.id).not.toContain(clear);
    expect(out.jsonrpc).toBe('2.0');
    expect(out.method).toBe('ping');
    const answer = masked({ jsonrpc: '2.0', id, result: {} });
    expect(answer.id).not.toContain(clear);
  });

  it.each([
    ['tools/call', 'get_900-12-3456', '3456'],
    ['tools/call', 'ssn_900123456', '900123456'],
    ['prompts/get', 'summary for Mary Quellwood DOB 1984-03-17', 'Quellwood'],
    ['prompts/get', 'summary_for_Mary_Quellwood', 'Quellwood'],
  ])('masks what a %s names: %j', (method, name, clear) => {
    const out = masked({ jsonrpc: '2.0', id: 1, method, params: { name, arguments: {} } });
    expect((out.params as { name: string }).name).not.toContain(clear);
  });

  it('masks a method that carries a value, and the names a tool list gives', () => {
    expectMaskedFrame({ jsonrpc: '2.0', id: 1, method: 'tools/call/900-12-3456' }, '3456');
    expectMaskedFrame(
      { jsonrpc: '2.0', id: 2, result: { tools: [{ name: 'chart_ssn_900123456', inputSchema: {} }] } },
      '900123456',
    );
  });

  it("reads a tool's or a prompt's name and a request id kept beside a frame as the frame's own", () => {
    expectMaskedFrame(
      {
        body: { toolName: 'ssn_900123456', promptName: 'chart_for_mrn_00482913', jsonrpcId: 'MRN-00482913' },
      },
      '900123456',
      '00482913',
    );
    const kept = { body: { toolName: 'get_patient_by_mrn', jsonrpcId: '17', method: 'tools/call' } };
    expect(masker.maskFrame(JSON.stringify(kept)).text).toBe(JSON.stringify(kept));
  });

  it("still lets a custom rule match a stored tool's name as the client wrote it, underscores included", () => {
    const custom = createMasker({
      rulesYaml: "rules: [{ id: tool, type: other_id, pattern: 'get_patient' }]",
    });
    const out = custom.maskFrame(
      JSON.stringify({ body: { toolName: 'get_patient', promptName: 'ssn_900123456' } }),
    );
    expect(out.text).not.toContain('get_patient');
    expect(out.text).not.toContain('900123456');
    expect(out.matches.some((m) => m.ruleId === 'tool')).toBe(true);
  });

  it('leaves a number id, protocol methods, ordinary tool names and request ids as they are', () => {
    const frames = [
      { jsonrpc: '2.0', id: 900123456, method: 'ping' },
      { jsonrpc: '2.0', method: 'notifications/tools/list_changed' },
      { jsonrpc: '2.0', id: 'req-17', method: 'x-vendor/ping' },
      { jsonrpc: '2.0', id: '3f2a9c1e-77b4-4c1a-9d2e-0b5a1f6e8c3d', method: 'resources/templates/list' },
      { jsonrpc: '2.0', id: '2024-11-27T10:00:00Z-7', method: 'ping' },
      { jsonrpc: '2.0', id: 'toolu_01A09q90qw90lq917835lq9', method: 'tools/call', params: { name: 'x' } },
      ...[
        'get_patient_by_mrn',
        'lookup_icd10_code',
        'get_claims_837',
        'fetch_lab_results',
        'schedule_follow_up',
        'dob_search',
      ].map((name) => ({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name, arguments: {} } })),
      { jsonrpc: '2.0', id: 2, result: { tools: [{ name: 'get_vitals_2024', inputSchema: {} }] } },
    ];
    for (const frame of frames)
      expect(masker.maskFrame(JSON.stringify(frame)).text).toBe(JSON.stringify(frame));
  });
});

describe('evasion 7: values a JSON Schema gives a property', () => {
  const tools = (schema: unknown, key = 'inputSchema') => ({
    jsonrpc: '2.0',
    id: 2,
    result: { tools: [{ name: 'lookup', description: 'Looks a patient up', [key]: schema }] },
  });

  it.each([
    ['default', { ssn: { type: 'string', default: '900123456' } }, '900123456'],
    ['examples', { ssn: { type: 'string', examples: ['900123456'] } }, '900123456'],
    ['enum', { mrn: { type: 'string', enum: ['00482913', '00482914'] } }, '00482913'],
    ['const', { dob: { type: 'string', const: '1984-03-17' } }, '1984-03-17'],
    ['example', { patient_name: { type: 'string', example: 'Mary Quellwood' } }, 'Quellwood'],
    [
      'an array of',
      { mrn: { type: 'array', items: { type: 'string', examples: ['00482913'] } } },
      '00482913',
    ],
    [
      'a nested object of',
      { patient: { type: 'object', properties: { mrn: { type: 'string', default: '00482913' } } } },
      '00482913',
    ],
  ])('masks a property named for an identifier: its %s values', (_kind, properties, clear) => {
    expectMaskedFrame(tools({ type: 'object', properties }), clear);
    expectMaskedFrame(tools({ type: 'object', properties }, 'outputSchema'), clear);
  });

  it('masks the defaults and choices of an elicitation', () => {
    expectMaskedFrame(
      {
        jsonrpc: '2.0',
        id: 9,
        method: 'elicitation/create',
        params: {
          message: 'Confirm the patient',
          requestedSchema: {
            type: 'object',
            properties: {
              ssn: { type: 'string', default: '900123456' },
              patient: {
                type: 'string',
                enum: ['Mary Quellwood'],
                enumNames: ['Mary Quellwood (MRN 00482913)'],
              },
            },
          },
        },
      },
      '900123456',
      'Quellwood',
      '00482913',
    );
  });

  it("keeps a schema's types, patterns, lengths, descriptions and choices of what is no identifier", () => {
    const frame = tools({
      type: 'object',
      properties: {
        ssn: {
          type: 'string',
          title: 'SSN',
          pattern: '^\\d{3}-\\d{2}-\\d{4}$',
          minLength: 9,
          description: 'Social Security number',
        },
        status: { type: 'string', enum: ['active', 'inactive'], default: 'active' },
        limit: { type: 'integer', default: 20, examples: [10, 50] },
        since: { type: 'string', format: 'date' },
      },
      required: ['ssn'],
    });
    expect(masker.maskFrame(JSON.stringify(frame)).text).toBe(JSON.stringify(frame));
  });
});

describe('evasion 7: a label joined to its value by an arrow, a bar or an example', () => {
  it.each([
    ['SSN -> 900123456', '900123456', 'ssn'],
    ['SSN=>900123456', '900123456', 'ssn'],
    ['SSN → 900123456', '900123456', 'ssn'],
    ['SSN ⇒ 900123456', '900123456', 'ssn'],
    ['SSN ➡\ufe0f 900123456', '900123456', 'ssn'],
    ['SSN >> 900123456', '900123456', 'ssn'],
    ['SSN » 900123456', '900123456', 'ssn'],
    ['SSN | 900123456', '900123456', 'ssn'],
    ['SSN: -> 900123456', '900123456', 'ssn'],
    ['SSN 👉 900123456', '900123456', 'ssn'],
    ['SSN ~ 900123456', '900123456', 'ssn'],
    ['SSN ... 900123456', '900123456', 'ssn'],
    ['SSN … 900123456', '900123456', 'ssn'],
    ['MRN | 00482913', '00482913', 'mrn'],
    ['| MRN | 00482913 |', '00482913', 'mrn'],
    ['MRN -> 00482913', '00482913', 'mrn'],
    ['MRN ~> 00482913', '00482913', 'mrn'],
    ['MRN → 00482913', '00482913', 'mrn'],
    ['MRN » 00482913', '00482913', 'mrn'],
    ['acct >> 55128843', '55128843', 'account'],
    ['DOB -> 03171984', '03171984', 'date'],
    ['DOB => 03/17/1984', '03/17/1984', 'date'],
  ] as const)('finds the value of %j', (text, value, type) => expectDetected(text, value, type));

  it.each([
    ['your SSN, e.g. 900123456', '900123456', 'ssn'],
    ['SSN (e.g. 900123456)', '900123456', 'ssn'],
    ['MRN, for example 00482913', '00482913', 'mrn'],
    ['MRN such as 00482913', '00482913', 'mrn'],
  ] as const)('finds the example a label gives: %j', (text, value, type) =>
    expectDetected(text, value, type),
  );

  it.each([
    ['☎ 5550142231', '5550142231', 'phone'],
    ['📞 5550142231', '5550142231', 'phone'],
    ['📠 5550142231', '5550142231', 'fax'],
  ] as const)('reads a telephone drawn before a number as its label: %j', (text, value, type) =>
    expectDetected(text, value, type),
  );

  it.each([
    'Cr 1.2 -> 1.5 after fluids',
    'age > 90 excluded',
    'NPO -> clear liquids -> regular diet',
    'Lasix 40mg -> 80mg',
    'a statin, e.g. atorvastatin 40 mg',
    'Sodium, e.g. 135 mmol/L',
    '| Name | MRN | DOB |',
    '| Hemoglobin | 13.5 |',
    'Counts | 12 | 40',
    'Rm 735-B | 60 beds',
    'Year -> 2024',
    'Great job 👍 5 stars',
    'weight ~ 70 kg',
    'sbar handoff nights -> days',
  ])('keeps %j', (text) => expectKept(text));

  it("reads a bar as a connector only after the label of a record or an SSN, an example's words only as words", () => {
    const rewrites = (text: string): string[] => {
      const out: Rewrite[] = [];
      labelConnectorRewrites(text, { includes: (s) => text.includes(s) }, out);
      return out.map((r) => text.slice(r.start, r.end));
    };
    expect(rewrites('Halvorson, Casimir | 91M | Rm 735-B | 960-155-744')).toEqual([]);
    expect(rewrites('MRN | 00482913 | SSN | 900123456')).toEqual([' | ', ' | ']);
    expect(rewrites('Reg. 914 PNM, the leg. 12 cm, nights -> days')).toEqual([]);
    // A pipe table's bars set apart columns, under a psql or a Markdown rule line, above or below.
    const psql = [
      '+-----------+---------------------+----------------------+',
      '| plan      | member_id           | updated_at           |',
      '+-----------+---------------------+----------------------+',
      '| Acme Health Plan | 7701234 | 2024-03-09T10:11:12Z |',
      '| MRN       | 88812345            | 2024-03-09T10:11:12Z |',
      '+-----------+---------------------+----------------------+',
    ].join('\n');
    expect(rewrites(psql)).toEqual([]);
    expect(rewrites('| Payer | Member |\n|---|---|\n| Acme Health Plan | 7701234 |')).toEqual([]);
    expect(rewrites('| Payer | Member |\n| Acme Health Plan | 7701234 |\n---|---')).toEqual([]);
    // Barred lines with no rule line among them still join a label to its value.
    expect(rewrites('Patient summary\n-----------\nMRN | 00482913\nAge | 40')).toEqual([' | ']);
  });

  it("types a pipe table's columns by their headers, a record's label in a cell no connector", () => {
    const table = [
      '+------------+------------------+---------------+-----------------------+----------------------+',
      '| mrn        | full_name        | member_id     | payer                 | updated_at           |',
      '+------------+------------------+---------------+-----------------------+----------------------+',
      '| 30012345   | Quenby Ashdown   | QZX100200-01  | Acme Mutual Health Plan | 2024-03-09T10:11:12Z |',
      '| ZZ-440011  | Orla Penhallow   | QZX100311-02  | Acme Mutual Health Plan | 2024-04-19T08:01:02Z |',
      '+------------+------------------+---------------+-----------------------+----------------------+',
    ].join('\n');
    expectDetected(table, '30012345', 'mrn');
    expectDetected(table, 'ZZ-440011', 'mrn');
    expectDetected(table, 'QZX100200-01', 'health_plan');
    expectDetected(table, 'Orla Penhallow', 'name');
    expectKept(table, '2024-03-09T10:11:12Z');
    expectKept(table, '2024-04-19T08:01:02Z');
    const markdown =
      '| Patient | MRN | Plan | Seen |\n|---|---|---|---|\n| Quenby Ashdown | QZ66120044 | Acme Health Plan | 2024-03-09T10:11:12Z |';
    expectDetected(markdown, 'QZ66120044', 'mrn');
    expectKept(markdown, '2024-03-09T10:11:12Z');
  });

  it('reads its connectors in linear time', () => {
    for (const run of [
      'a ->',
      'a e.g',
      'a ~ ',
      'a ..',
      `a${' '.repeat(5_000)}x`,
      'a 👉',
      'a |',
      'MRN | 1 |\n|---|\n',
    ]) {
      const text = run.repeat(Math.ceil(20_000 / run.length));
      const started = performance.now();
      labelConnectorRewrites(text, { includes: (s) => text.includes(s) }, []);
      expect(performance.now() - started).toBeLessThan(200);
    }
  });
});

describe("evasion 7: an identifier's digit groups in neighbouring items, fields or blocks", () => {
  const call = (args: unknown) => ({
    jsonrpc: '2.0',
    id: 1,
    method: 'tools/call',
    params: { name: 'x', arguments: args },
  });

  it.each([
    ['array items', ['900', '12', '3456']],
    ['array items under a key of no meaning', { digits: ['900', '12', '3456'] }],
    ['lettered fields', { a: '900', b: '12', c: '3456', note: 'x' }],
    ['numbered arguments', call({ p1: '900', p2: '12', p3: '3456' })],
    [
      'text blocks',
      {
        jsonrpc: '2.0',
        id: 7,
        result: { content: ['900', '12', '3456'].map((text) => ({ type: 'text', text })) },
      },
    ],
  ])('masks an SSN in %s', (_kind, frame) => {
    const out = expectMaskedFrame(frame, '"900"', '"12"', '"3456"');
    expect(out).toContain('[SSN]');
  });

  it('masks an identifier cut across fields numbered as parts', () => {
    expectMaskedFrame({ a: 'SSN 900-12-', b: '3456' }, '900-12', '"3456"');
    expectMaskedFrame(call({ part1: 'call 555-010', part2: '-1234' }), '555-010', '-1234');
  });

  it('masks a telephone number and a card number one group to an item', () => {
    expectMaskedFrame(['617', '555', '0199'], '"617"', '"0199"');
    expectMaskedFrame({ parts: ['1', '617', '555', '0199'] }, '"617"', '"0199"');
    expectMaskedFrame(['4111', '1111', '1111', '1111'], '"4111"');
  });

  it.each([
    [['2024', '03', '17']],
    [['2024', '2025', '2026', '2027']],
    [['001', '002', '0003']],
    [['1', '2', '3']],
    [{ bp: '120', hr: '080', rr: '1600' }],
    [{ x: '12', y: '40', z: '2024' }],
    [{ start: '10:00', end: '11:00' }],
    [{ version: '1.2.3', build: '4567' }],
    [{ v1: '1.2.3', v2: '4567' }],
    [['900', '12', '3456', '7']],
  ])('leaves %j as it is', (frame) => {
    expect(masker.maskFrame(JSON.stringify(frame)).text).toBe(JSON.stringify(frame));
  });
});

describe('evasion 7: encodings', () => {
  const b64 = (text: string): string => Buffer.from(text).toString('base64');
  const record = JSON.stringify({ patient: { name: 'Mary Quellwood', ssn: '900123456', mrn: '00482913' } });
  const result = (text: string) => ({ jsonrpc: '2.0', id: 7, result: { content: [{ type: 'text', text }] } });

  it('reads a record escaped once more in a text, its quotes written \\"', () => {
    expectMaskedFrame(result(JSON.stringify(record).slice(1, -1)), '900123456', '00482913', 'Quellwood');
    expectDetected('log: {\\"ssn\\":\\"900123456\\"}', '900123456', 'ssn');
    expectDetected('x {\\\\\\"mrn\\\\\\":\\\\\\"00482913\\\\\\"}', '00482913', 'mrn');
  });

  it('reads a base64url record that is a segment of a URI', () => {
    const token = Buffer.from(record).toString('base64url');
    expectMaskedFrame(
      { jsonrpc: '2.0', id: 1, method: 'resources/read', params: { uri: `ehr://blob/${token}` } },
      token.slice(0, 16),
    );
    expectDetected(`see blob:${token}/view`, token, 'name');
  });

  it.each([
    [
      'base64 wrapped at 76 characters',
      `attachment:\n${b64(record + record).replace(/(.{76})/g, '$1\n')}`,
      'Quellwood',
    ],
    ['a percent-encoded record', encodeURIComponent(record), '900123456'],
    ['a form-encoded body', 'ssn=900123456&name=Mary+Quellwood&dob=1984-03-17', '900123456'],
    [
      'zero-width joiners between the letters of a name',
      'Patient: M\u200da\u200dry Quell\u200dwo\u200dod',
      'wo\u200dod',
    ],
    ['Cyrillic letters inside a name', 'Patient: Маrу Quеllwооd', 'llw'],
    [
      'character references for every letter',
      'Patient: &#77;&#97;&#114;&#121; &#81;&#117;&#101;&#108;&#108;',
      '&#81;&#117;',
    ],
  ])('masks what hides in %s', (_kind, text, clear) => {
    expectMaskedFrame(result(text), clear);
  });

  it('keeps escaped quotes of prose and runs of them in linear time', () => {
    expectKept('say \\"hello\\" to all');
    const text = `{\\"a\\": ${'\\"'.repeat(10_000)}}`;
    const started = performance.now();
    expectKept(text);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
