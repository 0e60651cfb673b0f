import { describe, expect, it } from 'vitest';
import { createMasker } from './masker';

const masker = createMasker();
const frame = (value: unknown) => masker.maskFrame(JSON.stringify(value));

/** Same structure: same keys (envelope keys exactly), same array lengths, same leaf positions. */
function shapeOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shapeOf);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shapeOf(v)]));
  }
  return 'leaf';
}

describe('MCP-aware traversal', () => {
  it("keeps the JSON-RPC envelope's shape and masks what a client wrote into its string id", () => {
    const input =
      '{"jsonrpc":"2.0","id":"900-12-3456","method":"tools/call","params":{"name":"lookup_patient","arguments":{"ssn":"900-12-3456"}}}';
    const out = masker.maskFrame(input);
    const parsed = JSON.parse(out.text);
    expect(parsed.jsonrpc).toBe('2.0');
    expect(parsed.id).toBe('[SSN]');
    expect(parsed.method).toBe('tools/call');
    expect(parsed.params.name).toBe('lookup_patient');
    expect(parsed.params.arguments.ssn).toBe('[SSN]');
    const plain = '{"jsonrpc":"2.0","id":"req-17","method":"tools/call","params":{"name":"lookup_patient"}}';
    expect(masker.maskFrame(plain).text).toBe(plain);
  });

  it('keeps big integer ids, numbers and layout byte for byte', () => {
    const input =
      '{ "jsonrpc": "2.0", "id": 12345678901234567890, "result": { "n": 1.50e10, "content": [ { "type": "text", "text": "call 555-010-1234" } ] } }';
    const out = masker.maskFrame(input);
    expect(out.text).toBe(input.replace('call 555-010-1234', 'call [PHONE]'));
  });

  it('masks tool-call arguments with field rules and detection', () => {
    const out = frame({
      jsonrpc: '2.0',
      id: 1,
      method: 'tools/call',
      params: {
        name: 'search',
        arguments: { mrn: 'A123456', query: 'notes for Jane Doe', limit: 5 },
        _meta: { progressToken: 't-1' },
      },
    });
    const p = JSON.parse(out.text).params;
    expect(p.arguments).toEqual({ mrn: '[MRN]', query: 'notes for [NAME]', limit: 5 });
    expect(p._meta).toEqual({ progressToken: 't-1' });
    expect(out.matches.map((m) => m.jsonPath)).toEqual([
      '$.params.arguments.mrn',
      '$.params.arguments.query',
    ]);
  });

  it('masks every kind of content block and keeps their shape', () => {
    const input = {
      jsonrpc: '2.0',
      id: 2,
      result: {
        content: [
          { type: 'text', text: 'Patient Jane Doe, DOB 03/17/1984' },
          { type: 'text', text: JSON.stringify({ patient: { ssn: '900-12-3456', note: 'ok' } }) },
          { type: 'image', data: 'iVBORw0KGgo=', mimeType: 'image/png' },
          { type: 'audio', data: 'UklGRg==', mimeType: 'audio/wav' },
          {
            type: 'resource',
            resource: { uri: 'ehr://notes/1', mimeType: 'text/plain', text: 'mail jane@example.com' },
          },
          {
            type: 'resource',
            resource: { uri: 'ehr://scans/1', mimeType: 'application/dicom', blob: 'AAECAw==' },
          },
          { type: 'resource_link', uri: 'https://portal.example.com/patients/900123', name: 'chart.pdf' },
        ],
        structuredContent: { patient: { name: 'Test Patient', mrn: 'A123456' }, count: 3 },
        isError: false,
      },
    };
    const out = frame(input);
    const r = JSON.parse(out.text);
    expect(shapeOf(r)).toEqual(shapeOf(input));
    expect(r.result.content[0].text).toBe('Patient [NAME], DOB [DATE]');
    expect(JSON.parse(r.result.content[1].text)).toEqual({ patient: { ssn: '[SSN]', note: 'ok' } });
    expect(r.result.content[2]).toEqual({ type: 'image', data: '[PHOTO]', mimeType: 'image/png' });
    expect(r.result.content[3].data).toBe('[BIOMETRIC]');
    expect(r.result.content[4].resource).toEqual({
      uri: 'ehr://notes/1',
      mimeType: 'text/plain',
      text: 'mail [EMAIL]',
    });
    expect(r.result.content[5].resource.blob).toBe('[PHOTO]');
    expect(r.result.content[6]).toEqual({ type: 'resource_link', uri: '[URL]', name: 'chart.pdf' });
    expect(r.result.structuredContent).toEqual({ patient: { name: '[NAME]', mrn: '[MRN]' }, count: 3 });
    const jsonInText = out.matches.find((m) => m.type === 'ssn');
    expect(jsonInText?.jsonPath).toBe('$.result.content[1].text#$.patient.ssn');
  });

  it('lets binary media through when a rule allows its type', () => {
    const allowing = createMasker({ rules: { media: { allow: ['image/png'] } } });
    const input = JSON.stringify({
      jsonrpc: '2.0',
      id: 3,
      result: { content: [{ type: 'image', data: 'iVBORw0KGgo=', mimeType: 'image/png' }] },
    });
    expect(allowing.maskFrame(input).text).toBe(input);
  });

  it('masks prompts, sampling, elicitation, error data and keeps protocol names', () => {
    const prompt = frame({
      jsonrpc: '2.0',
      id: 4,
      result: { messages: [{ role: 'user', content: { type: 'text', text: 'Summarize Jane Doe chart' } }] },
    });
    expect(JSON.parse(prompt.text).result.messages[0]).toEqual({
      role: 'user',
      content: { type: 'text', text: 'Summarize [NAME] chart' },
    });

    const sampling = frame({
      jsonrpc: '2.0',
      id: 5,
      method: 'sampling/createMessage',
      params: {
        messages: [{ role: 'user', content: { type: 'text', text: 'SSN 900-12-3456' } }],
        systemPrompt: 'You help Dr. Kertzmann',
        maxTokens: 10,
      },
    });
    const sp = JSON.parse(sampling.text).params;
    expect(sp.messages[0].content.text).toBe('SSN [SSN]');
    expect(sp.systemPrompt).toBe('You help [NAME]');

    const elicitation = frame({
      jsonrpc: '2.0',
      id: 6,
      result: { action: 'accept', content: { dob: '1984-03-17', email: 'jane@example.com' } },
    });
    expect(JSON.parse(elicitation.text).result).toEqual({
      action: 'accept',
      content: { dob: '[DATE]', email: '[EMAIL]' },
    });

    const error = frame({
      jsonrpc: '2.0',
      id: 7,
      error: { code: -32000, message: 'no patient 900-12-3456', data: { mrn: 'A1' } },
    });
    expect(JSON.parse(error.text).error).toEqual({
      code: -32000,
      message: 'no patient [SSN]',
      data: { mrn: '[MRN]' },
    });

    const tools = frame({
      jsonrpc: '2.0',
      id: 8,
      result: {
        tools: [
          {
            name: 'lookup_patient',
            description: 'Looks up a patient',
            inputSchema: { type: 'object', properties: { name: { type: 'string' } } },
          },
        ],
      },
    });
    expect(JSON.parse(tools.text)).toEqual(
      JSON.parse(
        JSON.stringify({
          jsonrpc: '2.0',
          id: 8,
          result: {
            tools: [
              {
                name: 'lookup_patient',
                description: 'Looks up a patient',
                inputSchema: { type: 'object', properties: { name: { type: 'string' } } },
              },
            ],
          },
        }),
      ),
    );
  });

  it('masks every message of a batch and identifiers used as object keys', () => {
    const out = masker.maskFrame(
      JSON.stringify([
        { jsonrpc: '2.0', id: 1, result: { structuredContent: { visits: { 'jane@example.com': 3 } } } },
        {
          jsonrpc: '2.0',
          method: 'notifications/message',
          params: { level: 'info', data: 'paged 555-010-1234' },
        },
      ]),
    );
    const [a, b] = JSON.parse(out.text);
    expect(a.result.structuredContent.visits).toEqual({ '[EMAIL]': 3 });
    expect(b.params).toEqual({ level: 'info', data: 'paged [PHONE]' });
    expect(out.matches.every((m) => !m.jsonPath.includes('jane'))).toBe(true);
  });

  it('keeps system timestamps in time fields and masks dates in person fields', () => {
    const out = masker.maskJson({
      createdAt: '2024-03-17T10:22:01Z',
      updated_at: '2024-03-17',
      admissionDate: '2024-03-17',
    });
    expect(out.value).toEqual({
      createdAt: '2024-03-17T10:22:01Z',
      updated_at: '2024-03-17',
      admissionDate: '[DATE]',
    });
  });

  it("keeps a receipt's date-time stamp ('recvd', 'sent') and masks a bare date or a sentence there", () => {
    const out = masker.maskJson({
      attachments: [{ kind: 'fax', recvd: '2025-12-15 10:21', from: '555-0101' }],
      received: '2023-02-12T20:01:00-05:00',
      rcvd: '2024-10-02 19:27 UTC',
      sent: '03/14/2024',
      faxed: 'to Dr Roe on 03/14/2024 10:21',
      specimen: { received: '2024-03-14' },
    });
    expect(out.value).toMatchObject({
      attachments: [{ recvd: '2025-12-15 10:21' }],
      received: '2023-02-12T20:01:00-05:00',
      rcvd: '2024-10-02 19:27 UTC',
      sent: '[DATE]',
      specimen: { received: '[DATE]' },
    });
    expect((out.value as { faxed: string }).faxed).toContain('[DATE]');
  });

  it("keeps the date-time a program stamped under a key naming its act ('exported_at', 'rcvd_ts', 'last_transmission')", () => {
    const out = masker.maskJson({
      exported_at: '11/02/2025 08:15',
      generated: '2024-07-19 22:04',
      rcvd_ts: '2025-01-30T06:12:44Z',
      lastTransmission: '03/09/2026 17:40',
      printedOn: '12/01/2024 09:30',
      exported: '03/14/2024',
      admitted_at: '11/02/2025 08:15',
      transmission_note: 'sent to Dr Roe 03/14/2024 10:21',
    });
    expect(out.value).toMatchObject({
      exported_at: '11/02/2025 08:15',
      generated: '2024-07-19 22:04',
      rcvd_ts: '2025-01-30T06:12:44Z',
      lastTransmission: '03/09/2026 17:40',
      printedOn: '12/01/2024 09:30',
      exported: '[DATE]',
      admitted_at: '[DATE]',
    });
  });

  it("keeps a protocol's revision date under a protocol key and masks a sentence or a birth date beside it", () => {
    const out = masker.maskJson({
      protocol: '2025-03-26',
      mcp_protocol: '2024-11-05',
      protocolRevision: '2025-06-18',
      sepsis_protocol: 'started 03/14/2024 10:21',
      dob: '2025-03-26',
    });
    expect(out.value).toMatchObject({
      protocol: '2025-03-26',
      mcp_protocol: '2024-11-05',
      protocolRevision: '2025-06-18',
      dob: '[DATE]',
    });
    expect((out.value as { sepsis_protocol: string }).sepsis_protocol).toContain('[DATE]');
  });

  it("keeps the stateless era's protocol revision in a request's _meta and masks a date a client wrote beside it", () => {
    const input = {
      jsonrpc: '2.0',
      id: 4,
      method: 'tools/call',
      params: {
        name: 'find_patient',
        arguments: {},
        _meta: {
          'io.modelcontextprotocol/protocolVersion': '2026-07-28',
          'io.modelcontextprotocol/clientInfo': { name: 'ward-agent', version: '2025.11.3' },
          note: 'born 2024-02-29',
        },
      },
    };
    const out = JSON.parse(frame(input).text);
    expect(out.params._meta).toEqual({
      'io.modelcontextprotocol/protocolVersion': '2026-07-28',
      'io.modelcontextprotocol/clientInfo': { name: 'ward-agent', version: '2025.11.3' },
      note: 'born [DATE]',
    });
  });

  it("masks the numbers a protocol object's key names as a record's field, and keeps its protocol values", () => {
    const input = {
      jsonrpc: '2.0',
      id: 5,
      result: {
        content: [],
        _meta: {
          ssn: '900123456',
          mrn: 482913,
          phone: '555-014-2231',
          progressToken: 'abc-1',
          requestId: '123456789',
          'io.modelcontextprotocol/protocolVersion': '2026-07-28',
        },
      },
    };
    const out = JSON.parse(frame(input).text);
    expect(out.result._meta).toEqual({
      ssn: '[SSN]',
      mrn: '[MRN]',
      phone: '[PHONE]',
      progressToken: 'abc-1',
      requestId: '123456789',
      'io.modelcontextprotocol/protocolVersion': '2026-07-28',
    });
  });

  it('keeps a version under its key, four-part too; an address under another key is masked', () => {
    const out = masker.maskJson({
      schema: '12.4.0.118',
      implementation: '12.4.0.118',
      softwareVersions: '12.4.0.118',
      clientIp: '12.4.0.118',
    });
    expect(out.value).toEqual({
      schema: '12.4.0.118',
      implementation: '12.4.0.118',
      softwareVersions: '12.4.0.118',
      clientIp: '[IP]',
    });
  });

  it("keeps a maker's name under a make or model key; the people and identifiers beside it are masked", () => {
    const out = masker.maskJson({
      vehicle: { make: 'Ford', model: 'Lincoln', plate: '7QRT418', driver: 'Wendell Ford' },
      pump: { brandName: 'Graham', deviceModel: 'Mason 300', serial_no: 'SN 61230987' },
      vehicleMake: 'Lincoln',
    });
    expect(out.value).toEqual({
      vehicle: { make: 'Ford', model: 'Lincoln', plate: '[VEHICLE]', driver: '[NAME]' },
      pump: { brandName: 'Graham', deviceModel: 'Mason 300', serial_no: '[DEVICE]' },
      vehicleMake: 'Lincoln',
    });
  });

  it('quarantines invalid JSON and payloads nested deeper than it walks, never echoing them', () => {
    const bad = masker.maskFrame('{"email": "jane@example.com", ');
    expect(bad).toMatchObject({
      text: '{"redacted":"quarantined"}',
      quarantined: true,
      quarantineReason: 'invalid_json',
    });
    const deep = masker.maskFrame(`${'['.repeat(10_000)}"jane@example.com"${']'.repeat(10_000)}`);
    expect(deep).toMatchObject({ quarantined: true, quarantineReason: 'too_deep' });
    expect(deep.text).not.toContain('jane');
    const ok = masker.maskFrame(`${'['.repeat(200)}"jane@example.com"${']'.repeat(200)}`);
    expect(ok.text).toBe(`${'['.repeat(200)}"[EMAIL]"${']'.repeat(200)}`);
  });

  it('handles JSON escapes and writes valid JSON back', () => {
    const input =
      '{"note":"line1\\nmail jane\\u0040example.com \\"quoted\\" \\\\ end","k\\u0065y":"\\u0035\\u0035\\u0035-010-1234","a":"ends with \\\\"}';
    const out = masker.maskFrame(input);
    expect(JSON.parse(out.text)).toEqual({
      note: 'line1\nmail [EMAIL] "quoted" \\ end',
      key: '[PHONE]',
      a: 'ends with \\',
    });
  });

  it('masks data keys that are names or record numbers, keeping every entry and valid JSON', () => {
    const content = {
      byPatient: { 'Mary Quell': { lastVisit: 'x' }, 'Jon Brackmoor': { lastVisit: 'y' } },
      visits: { 'Smith, Mary': 3, 'Quell, Jon': 2 },
      byMrn: { '00412345': { ward: '4B' }, '00412346': { ward: '5C' } },
      patients: { '00412347': { bed: '12' }, '00412348': { bed: '14' } },
      counts: { '2024-01': 3, '2024-02': 4 },
    };
    const out = masker.maskFrame(
      JSON.stringify({ jsonrpc: '2.0', id: 1, result: { structuredContent: content } }),
    );
    const masked = JSON.parse(out.text).result.structuredContent;
    for (const [key, clear] of Object.entries(content)) {
      // The same number of entries under each data key: masked keys stay distinct.
      expect(Object.keys(masked[key]), key).toHaveLength(Object.keys(clear).length);
    }
    for (const text of ['Quell', 'Brackmoor', 'Smith', '0041234']) expect(out.text).not.toContain(text);
    expect(Object.keys(masked.byPatient)).toEqual(['[NAME]', '[NAME] 2']);
    // A map keyed by record number: its keys go, the records under them are not record numbers.
    expect(masked.byMrn).toEqual({ '[MRN]': { ward: '4B' }, '[MRN] 2': { ward: '5C' } });
    expect(Object.keys(masked.patients)).toEqual(['[MRN]', '[MRN] 2']);
    expect(masked.counts).toEqual(content.counts);
    expect(out.text.startsWith('{"jsonrpc":"2.0","id":1,"result":{"structuredContent":{"byPatient":')).toBe(
      true,
    );
  });

  it("keeps a key the field rules read as a field's name, masking its value", () => {
    const fields = {
      'Patient Name': 'Mary Quell',
      'Pump Serial': 'QX42117',
      'Fingerprint Ref': 'FPR-20931-QX',
    };
    const out = masker.maskFrame(
      JSON.stringify({ jsonrpc: '2.0', id: 1, result: { structuredContent: { records: [{ fields }] } } }),
    );
    const masked = JSON.parse(out.text).result.structuredContent.records[0].fields;
    expect(Object.keys(masked)).toEqual(Object.keys(fields));
    expect(masked).toEqual({
      'Patient Name': '[NAME]',
      'Pump Serial': '[DEVICE]',
      'Fingerprint Ref': '[BIOMETRIC]',
    });
  });

  it("masks what a server puts in a block's _meta or beyond the standard annotations", () => {
    const annotations = {
      audience: ['user'],
      priority: 0.5,
      lastModified: '2025-01-12T10:00:00Z',
      note: 'for Mary Quell, SSN 900-12-3456',
    };
    const _meta = { 'example.com/owner': 'jo.quell@example.com' };
    const out = frame({
      jsonrpc: '2.0',
      id: 1,
      result: {
        content: [{ type: 'text', text: 'ok', annotations, _meta }],
        contents: [{ uri: 'file:///a.txt', text: 'ok', annotations, _meta }],
      },
    });
    for (const clear of ['900-12-3456', 'jo.quell', 'Quell']) expect(out.text).not.toContain(clear);
    const parsed = JSON.parse(out.text).result;
    for (const block of [parsed.content[0], parsed.contents[0]]) {
      expect(block.annotations).toMatchObject({
        audience: ['user'],
        priority: 0.5,
        lastModified: '2025-01-12T10:00:00Z',
      });
      expect(Object.keys(block._meta)).toEqual(['example.com/owner']);
    }
  });

  it("keeps an error's integer code and masks a code of another kind", () => {
    const error = (code: unknown) =>
      JSON.parse(
        masker.maskFrame(JSON.stringify({ jsonrpc: '2.0', id: 1, error: { code, message: 'x' } })).text,
      ).error;
    expect(error(-32602).code).toBe(-32602);
    const masked = error('SSN 900-12-3456');
    expect(JSON.stringify(masked)).not.toContain('900-12-3456');
    expect(masked.code).toContain('[SSN]');
  });

  it('masks a value written into a key the field rules read, keeping the entries', () => {
    const content = {
      'SSN 900-12-3456': true,
      'ssn:900-12-3457': 'on file',
      'email jo.quell@example.com': 1,
      ssn_2: 'x',
    };
    const out = masker.maskFrame(
      JSON.stringify({ jsonrpc: '2.0', id: 1, result: { structuredContent: content } }),
    );
    for (const text of ['900-12-345', 'jo.quell']) expect(out.text).not.toContain(text);
    const masked = JSON.parse(out.text).result.structuredContent;
    expect(Object.keys(masked)).toHaveLength(4);
    // A field's name with a digit but no value in it stays.
    expect(masked.ssn_2).toBe('[SSN]');
  });

  it('decodes character references and percent-encoding in the frames it masks', () => {
    const out = frame({
      jsonrpc: '2.0',
      id: 1,
      result: {
        content: [
          { type: 'text', text: 'SSN: &#57;&#48;&#48;-12-3456' },
          { type: 'text', text: 'GET /api/search?name=Mary%20Quell&dob=1984-03-17' },
        ],
      },
    });
    const [a, b] = JSON.parse(out.text).result.content;
    expect(a.text).toBe('SSN: [SSN]');
    expect(b.text).not.toContain('Quell');
    expect(b.text).not.toContain('1984-03-17');
  });
});

describe('a lone label and the value after it', () => {
  const data = (value: unknown) => masker.maskJson(value).value;

  it('masks the array item or object entry after a label that names a field, a number too', () => {
    expect(data(['MRN', 4471920])).toEqual(['MRN', '[MRN]']);
    expect(data(['Patient MRN:', 4471920, 'SSN', '900123456'])).toEqual([
      'Patient MRN:',
      '[MRN]',
      'SSN',
      '[SSN]',
    ]);
    expect(data({ note: 'MRN:', n: 4471920 })).toEqual({ note: 'MRN:', n: '[MRN]' });
    expect(data([{ k: 'SSN' }, { v: '900-12-3456' }])).toEqual([{ k: 'SSN' }, { v: '[SSN]' }]);
    expect(data([{ label: 'Member ID' }, { value: 'W47619601' }])).toEqual([
      { label: 'Member ID' },
      { value: '[HEALTH_PLAN]' },
    ]);
  });

  it('keeps a list of field names, a count after a word, and what follows a label without a value', () => {
    expect(data(['city', 'state', 'zip'])).toEqual(['city', 'state', 'zip']);
    expect(data(['Account', 2, 'Pages', 140])).toEqual(['Account', 2, 'Pages', 140]);
    expect(data({ title: 'Results', count: 12345 })).toEqual({ title: 'Results', count: 12345 });
    // A record of its own after the label is no lone value.
    expect(data([{ k: 'MRN' }, { v: 'QX-20931', unit: 'lot' }])).toEqual([
      { k: 'MRN' },
      { v: 'QX-20931', unit: 'lot' },
    ]);
  });
});

describe('an organisation under a place key', () => {
  it('keeps a school district\'s or a hospital district\'s name under "district", masks a place there', () => {
    const out = JSON.parse(
      frame({
        student: {
          district: 'Maplewood Unified School District',
          county: 'Polk County',
          city: 'Brooksburgh',
        },
        clinic: { district: 'Harbor Hospital District' },
        patient: { district: 'Kowloon City' },
      }).text,
    );
    expect(out.student.district).toBe('Maplewood Unified School District');
    expect(out.clinic.district).toBe('Harbor Hospital District');
    expect(out.student.county).toBe('[GEO]');
    expect(out.student.city).toBe('[GEO]');
    expect(out.patient.district).toBe('[GEO]');
  });
});

describe("a bank's name in an account's object", () => {
  it('keeps the bank, masks the holder and the numbers beside it', () => {
    const out = JSON.parse(
      frame({
        account: {
          holder: 'Maren Ashworth',
          iban: 'GB29NWBK60161331926819',
          bank: 'Tamsin Cooperative Bank',
          branch: 'Eastleigh Building Society',
          number: '31926819',
        },
      }).text,
    );
    expect(out.account.bank).toBe('Tamsin Cooperative Bank');
    expect(out.account.branch).toBe('Eastleigh Building Society');
    expect(out.account.holder).not.toContain('Ashworth');
    expect(out.account.iban).not.toContain('60161331926819');
    expect(out.account.number).not.toContain('31926819');
  });
});

describe('a value under a key that says nothing', () => {
  it("masks a record's number by its shape under a positional argument, a search's examples and an error's echo", () => {
    const call = JSON.parse(
      frame({
        jsonrpc: '2.0',
        id: 4,
        method: 'tools/call',
        params: { name: 'find', arguments: { arg1: '412-07-93', value: 'K5521907', mode: 'chart' } },
      }).text,
    );
    expect(call.params.arguments.arg1).not.toContain('412');
    expect(call.params.arguments.value).not.toContain('5521907');
    expect(call.params.arguments.mode).toBe('chart');
    const error = JSON.parse(
      frame({
        jsonrpc: '2.0',
        id: 5,
        error: { code: -32602, message: 'bad', data: { received: 'QX88120457' } },
      }).text,
    );
    expect(error.error.data.received).not.toContain('88120457');
    const tools = JSON.parse(
      frame({
        jsonrpc: '2.0',
        id: 6,
        result: {
          tools: [
            {
              name: 'find',
              inputSchema: { type: 'object', properties: { q: { type: 'string', examples: ['7730418'] } } },
            },
          ],
        },
      }).text,
    );
    expect(tools.result.tools[0].inputSchema.properties.q.examples[0]).not.toBe('7730418');
  });

  it("keeps a clock's reading in milliseconds under an error's echo", () => {
    const input = {
      jsonrpc: '2.0',
      id: 8,
      error: { code: -32602, message: 'late', data: { received: '1718345012093' } },
    };
    const out = JSON.parse(frame(input).text);
    expect(out.error.data.received).toBe('1718345012093');
  });

  it('keeps a date, a short count and a coded value under the same keys', () => {
    const input = {
      jsonrpc: '2.0',
      id: 7,
      method: 'tools/call',
      params: {
        name: 'find',
        arguments: {
          arg1: '20240312',
          value: '1200',
          coded: { system: 'http://snomed.info/sct', value: '1156216004' },
        },
      },
    };
    const out = JSON.parse(frame(input).text);
    expect(out.params.arguments.value).toBe('1200');
    expect(out.params.arguments.coded.value).toBe('1156216004');
  });
});

describe("an elicitation's answer under a plan's key", () => {
  it("masks a plan's number under 'plan' or 'insurance', keeping a care plan's words", () => {
    const out = JSON.parse(
      frame({
        jsonrpc: '2.0',
        id: 9,
        result: { action: 'accept', content: { plan: 'QK4471902', insurance: '530118274-02', care: 'rest' } },
      }).text,
    );
    expect(out.result.content.plan).not.toContain('4471902');
    expect(out.result.content.insurance).not.toContain('530118274');
    const words = frame({
      jsonrpc: '2.0',
      id: 10,
      result: { action: 'accept', content: { plan: 'continue PT' } },
    });
    expect(JSON.parse(words.text).result.content.plan).toBe('continue PT');
  });
});
