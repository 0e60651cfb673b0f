/**
 * Evasions of the eighth catalogue: an insider or an agent led astray sends a record through the
 * gateway in an MCP frame, disguised so that no reader of the masked frame sees it at a glance
 * but any reader can undo it: invisible and look-alike characters inside names, references and
 * percent escapes, values in markdown, CSV, XML, query strings and data: URIs, a record encoded
 * or JSON-encoded three times, a value cut over lines or emphasis marks or HTML comments, a
 * nickname between a name's halves. Each masked frame is read back in every way it can be read
 * (escapes undone, invisible characters and marks dropped, look-alike letters folded, number
 * words read as digits, all punctuation dropped) and none may show the value.
 *
 * Not caught, and why: letters in ROT13 (any word may be a cipher of another; the digits of a
 * record so written are caught); a single family name as a key (`{"patients": {"Quellwood": …}}`)
 * or glued into one (`maryQuellwood`, `#MaryQuellwood`), which reads as a section's or a
 * variable's name; a number's digit groups as nested keys (`{"900": {"12": {"3456": …}}}`); a
 * bare nine-digit number under a generic `id` or in a file name, which is a server's key as
 * often; a label spelled backwards ("NSS: 6543-21-009").
 */
import { describe, expect, it } from 'vitest';
import { createMasker } from './masker';
import { expectKept, toolResult } from './test-helpers';

const masker = createMasker();
const b64 = (text: string): string => Buffer.from(text).toString('base64');
const hex = (text: string): string => Buffer.from(text).toString('hex');

/** Look-alike letters of Cyrillic and Greek, folded to the Latin letter they draw. */
const LOOK_ALIKES: Record<string, string> = {
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  і: 'i',
  ѕ: 's',
  ԁ: 'd',
  һ: 'h',
  ӏ: 'l',
  α: 'a',
  ε: 'e',
  ο: 'o',
  ρ: 'p',
  ν: 'v',
  ι: 'i',
  κ: 'k',
  τ: 't',
  υ: 'u',
  Ν: 'n',
  Μ: 'm',
  Ѕ: 's',
};
const NUMBER_WORDS: Record<string, string> = {
  zero: '0',
  oh: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
};
const NAMED: Record<string, string> = { amp: '&', commat: '@', period: '.', hyphen: '-', quot: '"' };

/** One pass of undoing the escapes a reader undoes: JSON, character references, percent. */
function unescapeOnce(text: string): string {
  return text
    .replace(/\\u([\da-fA-F]{4})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)))
    .replace(/\\(["\\/])/g, '$1')
    .replace(/&#x([\da-f]+);?/gi, (_, h: string) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&#(\d+);?/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&(amp|commat|period|hyphen|quot);/g, (_, n: string) => NAMED[n] as string)
    .replace(/%([\da-fA-F]{2})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
}

/** Every reading of a masked text, the last ones folded to small letters and digits. */
function readings(text: string): string[] {
  const out = [text];
  let s = text;
  for (let k = 0; k < 4; k++) {
    s = unescapeOnce(s);
    out.push(s);
  }
  const plain = s
    .normalize('NFKD')
    .replace(/[\p{Mn}\p{Me}\p{Cf}]/gu, '')
    .normalize('NFKC');
  const latin = [...plain]
    .map((c) => LOOK_ALIKES[c] ?? c)
    .join('')
    .toLowerCase();
  out.push(plain, latin, latin.replace(/[^a-z\d]/g, ''));
  out.push(latin.replace(/[a-z]+/g, (w) => NUMBER_WORDS[w] ?? w).replace(/[^a-z\d]/g, ''));
  return out;
}

/** The frame masked, not quarantined, and no reading of it showing any of `clear`. */
function expectHidden(frame: unknown, ...clear: string[]): string {
  const out = masker.maskFrame(JSON.stringify(frame));
  expect(out.quarantined).toBe(false);
  const seen = readings(out.text);
  for (const c of clear) {
    const folded = c.toLowerCase().replace(/[^a-z\d]/g, '');
    const leak = seen.find((r) => r.includes(c) || r.includes(folded));
    expect(leak, `${JSON.stringify(c)} readable in ${out.text}`).toBeUndefined();
  }
  return out.text;
}

/** A structured tool result. */
const structured = (value: unknown): unknown => ({
  jsonrpc: '2.0',
  id: 8,
  result: { structuredContent: value, content: [] },
});

const RECORD = JSON.stringify({ name: 'Mary Quellwood', ssn: '900-12-3456' });

describe('evasion 8: the check itself', () => {
  it('reads a value back through escapes, invisible characters, look-alikes and number words', () => {
    const seen = readings('S&#83;N n\u200bine-zero-zero 1%32 34fіve6 Q\u0301uellwood');
    expect(seen.some((r) => r.includes('900123456'))).toBe(true);
    expect(seen.some((r) => r.includes('quellwood'))).toBe(true);
  });
});

describe('evasion 8: characters that draw nothing or draw another letter, inside names', () => {
  it.each([
    ['zero-width spaces', 'Patient: Ma\u200bry Quel\u200blwood'],
    ['soft hyphens', 'Patient: Mary Quel\u00adl\u00adwood'],
    ['combining marks', 'Patient: Mary Que\u0301llwo\u0308od'],
    ['bidi isolates', 'Patient: Mary \u2066Quellwood\u2069'],
    ['a right-to-left override', 'Patient: Mary \u202edoowlleuQ\u202c'],
    ['Cyrillic letters', 'Patient: Mаry Quеllwооd'],
    ['Greek letters', 'Patient: Mαry Quεllwοοd'],
  ])('masks a labelled name written with %s', (_kind, text) => {
    expectHidden(toolResult(text), 'quellwood', 'doowlleuq');
  });

  it.each([
    ['full-width letters', 'Patient: Ｍａｒｙ Ｑｕｅｌｌｗｏｏｄ'],
    ['mathematical bold letters', 'Patient: 𝐌𝐚𝐫𝐲 𝐐𝐮𝐞𝐥𝐥𝐰𝐨𝐨𝐝'],
    ['a full stop after each letter', 'Patient: M.a.r.y Q.u.e.l.l.w.o.o.d'],
    [
      'references of each letter',
      '<name>&#77;&#97;&#114;&#121; &#81;&#117;&#101;&#108;&#108;&#119;&#111;&#111;&#100;</name>',
    ],
    ['percent escapes of each letter', 'name=%4D%61%72%79%20%51%75%65%6C%6C%77%6F%6F%64'],
    ['a look-alike key', '{"раtiеnt": "Mary Quellwood"}'],
  ])('masks a name written with %s', (_kind, text) => {
    expectHidden(toolResult(text), 'quellwood');
  });

  it.each([
    ['Cyrillic letters', 'write to mаry.quеllwооd@еxаmple.org'],
    ['a joiner between all its characters', [...'mary.quellwood@example.org'].join('\u200d')],
    ['zero-width spaces', 'mary.quellwood\u200b@\u200bexample.org'],
    ['a full-width at sign', 'mary.quellwood＠example.org'],
    ['a small at sign', 'mary.quellwood﹫example.org'],
  ])('masks an e-mail address written with %s', (_kind, text) => {
    expectHidden(toolResult(text), 'quellwood');
  });

  it.each([
    ['ЅЅΝ: 900123456', '900123456'],
    ['МRΝ: 00482913', '00482913'],
    ['SSN 9\u200b0\u200c0-1\u200d2-34\u206056', '900123456'],
  ])('masks the value of a look-alike or broken label: %j', (text, clear) => {
    expectHidden(toolResult(text), clear);
  });
});

describe('evasion 8: references and percent escapes of digits and the at sign', () => {
  it.each([
    ['SSN &#57;&#48;&#48;-&#49;&#50;-&#51;&#52;&#53;&#54;', '900123456'],
    ['SSN &#x39;&#x30;&#x30;&#x2d;12&#x2d;3456', '900123456'],
    ['mary.quellwood&commat;example.org', 'quellwood'],
    ['mary.quellwood&#64;example&period;org', 'quellwood'],
    ['ssn=%39%30%30%2D%31%32%2D%33%34%35%36', '900123456'],
    ['ssn=%2539%2530%2530%252D12%252D3456', '900123456'],
    ['contact: mary.quellwood%40example.org', 'quellwood'],
    ['SSN \\u0039\\u0030\\u0030-12-3456', '900123456'],
  ])('masks %j', (text, clear) => {
    expectHidden(toolResult(text), clear);
  });
});

describe('evasion 8: a value cut by markup that draws nothing', () => {
  it.each([
    ['HTML comments', 'SSN 900<!-- -->12<!-- -->3456'],
    ['an empty HTML comment', 'SSN 900<!---->-12-3456'],
    ['italic marks around a group', 'SSN 900-*12*-3456'],
    ['bold, italic and code around each group', 'SSN **900**-*12*-`3456`'],
    ['inline tags', 'SSN <b>900</b>-<i>12</i>-3456'],
  ])('masks an SSN cut by %s', (_kind, text) => {
    expectHidden(toolResult(text), '900123456');
  });

  it.each([
    'Dose 2 * 3 mg, 5*2 tabs',
    'Hgb 10.2* (L), K 5.9* (H)',
    '<!-- generated by the lab system --> Results follow',
    'NM1*IL*1*****MI*',
    '*Note*: take with food',
  ])('keeps %j', (text) => expectKept(text));
});

describe('evasion 8: a nickname or a line break between the halves of a name', () => {
  it.each([
    ['doubled quotes, as a CSV cell escapes them', 'Patient: Mary ""Mo"" Quellwood'],
    ['brackets', 'Patient: Robert (Bob) Quellwood'],
    ['brackets, the family name a known one', 'Patient: Mary (Mo) Smith'],
    ['a line break after a labelled given name', 'Patient: Mary\nQuellwood'],
    ['a line break, then more lines', 'Name: Mary\nQuellwood.\nseen today'],
  ])('masks the family name after %s', (_kind, text) => {
    const family = text.includes('Smith') ? 'smith' : 'quellwood';
    expectHidden(toolResult(text), family);
  });

  it('masks a CSV cell of a name with its nickname in doubled quotes', () => {
    expectHidden(toolResult('name,note\n"Mary ""Mo"" Quellwood",ok'), 'quellwood', 'mo""');
  });

  it.each([
    ['Seen by Ann Jones (Cardiology) Consult today', '(Cardiology) Consult'],
    ['Patient: Ann Jones (Stable) Plan: rest', '(Stable) Plan'],
    ['Patient Ann Jones (RN) Follow-up in 2 weeks', '(RN) Follow-up'],
    ['Patient: Mary\nAllergies\nnone', 'Allergies'],
    ['Patient: Mary\nStable', 'Stable'],
    ['Patient: Mary\nHypertension', 'Hypertension'],
  ])('keeps the words after a name that are none: %j', (text, keep) => expectKept(text, keep));
});

describe('evasion 8: values in markdown, CSV, XML, URLs and data: URIs', () => {
  it.each([
    ['a markdown table', '| name | ssn |\n|---|---|\n| Mary Quellwood | 900-12-3456 |'],
    ['a JSON code fence', '```json\n{"ssn": "900123456", "name": "Mary Quellwood"}\n```'],
    ['a YAML code fence', '```yaml\npatient:\n  ssn: 900123456\n  name: Mary Quellwood\n```'],
    ['a quoted CSV of two columns', '"patient","ssn"\n"Mary Quellwood","900123456"'],
    ['a CSV of two columns', 'name,ssn\nMary Quellwood,900123456'],
    ['a CSV of two columns, the name quoted', 'name,ssn\n"Quellwood, Mary",900123456'],
    ['a TSV of two columns', 'Patient\tSSN\nMary Quellwood\t900123456'],
    ['XML elements', '<patient><ssn>900-12-3456</ssn><name>Mary Quellwood</name></patient>'],
    ['XML attributes', '<patient ssn="900123456" name="Mary Quellwood"/>'],
    ['CDATA', '<ssn><![CDATA[900-12-3456]]></ssn><name>Mary Quellwood</name>'],
    ['a query string', 'https://ehr.example.org/p?name=Mary+Quellwood&ssn=900123456'],
    ['a markdown mail link', '[Mary Quellwood](mailto:mary.quellwood@example.org) ssn 900123456'],
  ])('masks a record in %s', (_kind, text) => {
    expectHidden(toolResult(text), 'quellwood', '900123456');
  });

  it.each([
    ['an object literal', "{ssn: '900123456', lastName: `Quellwood`}"],
    ['an object literal, its values in double quotes', '{ ssn: "900123456", name: \'Mary Quellwood\' }'],
    ['YAML block scalars', 'patient: |\n  Mary Quellwood\nssn: >-\n  900123456'],
    ['an INI section', '[patient]\nname=Mary Quellwood\nssn=900123456'],
    ['environment variables', 'PATIENT_NAME="Mary Quellwood"\nPATIENT_SSN=900123456'],
    ['an SQL insert', "INSERT INTO patients (name, ssn) VALUES ('Mary Quellwood', '900123456');"],
    ['an SQL filter', "SELECT * FROM p WHERE ssn = '900123456' AND last_name = 'Quellwood'"],
    ['a GraphQL query', 'query { patient(ssn: "900123456", name: "Mary Quellwood") { id } }'],
    ['a protobuf text record', 'patient { ssn: "900123456" name: "Mary Quellwood" }'],
    ['HTTP headers', 'X-Patient-SSN: 900123456\r\nX-Patient-Name: Mary Quellwood'],
    ['a cookie', 'Cookie: ssn=900123456; pname=Mary%20Quellwood'],
    ['a logfmt line', 'level=info msg="lookup" ssn=900123456 name="Mary Quellwood"'],
    ['a semicolon CSV, quoted', '"Name";"SSN"\n"Quellwood; Mary";"900-12-3456"'],
    [
      'an HTML table without a header',
      '<table><tr><td>SSN</td><td>900123456</td></tr><tr><td>Patient</td><td>Mary Quellwood</td></tr></table>',
    ],
  ])('masks a record in %s', (_kind, text) => {
    expectHidden(toolResult(text), 'quellwood', '900123456');
  });

  it.each([
    ['an encoded JSON query', 'https://ehr.example.org/p?q=%7B%22ssn%22%3A%22900123456%22%7D'],
    ['a text data: URI', 'data:text/plain,SSN%20900-12-3456'],
  ])('masks an SSN in %s', (_kind, text) => {
    expectHidden(toolResult(text), '900123456');
  });

  it.each([
    ['code,description\nE11.9,Type 2 diabetes', 'E11.9'],
    ['dose,route\n5 mg,PO', '5 mg'],
    ['Age,Score\n45,12', '45,12'],
    ['Plan, continue\nDose 5 mg, twice daily', 'Dose 5 mg'],
    ['id,created\n3f2a9c1e-77b4-4c1a-9d2e-0b5a1f6e8c3d,done', '3f2a9c1e-77b4-4c1a-9d2e-0b5a1f6e8c3d'],
    ['drug;dose\nmetformin;500 mg', '500 mg'],
  ])('keeps the rows of a two-column table of no identifier: %j', (text, keep) => expectKept(text, keep));
});

describe('evasion 8: a record encoded inside a text block', () => {
  it.each([
    ['base64', `payload: ${b64(RECORD)}`],
    ['base64 of base64', `blob ${b64(b64(RECORD))}`],
    ['hex', `payload: ${hex(RECORD)}`],
    ['a base64 data: URI', `data:application/json;base64,${b64(RECORD)}`],
    ['a token segment', `token eyJhbGciOiJub25lIn0.${Buffer.from(RECORD).toString('base64url')}.`],
    ['base64 wrapped at 40 columns', `payload:\n${b64(`${RECORD} ${RECORD}`).replace(/.{40}/g, '$&\n')}`],
    ['a base64 CSV data: URI', `data:text/csv;base64,${b64('name,ssn\nMary Quellwood,900-12-3456')}`],
  ])('masks a record in %s and keeps nothing it encodes', (_kind, text) => {
    const out = expectHidden(toolResult(text), 'quellwood', '900123456');
    for (const token of out.match(/[A-Za-z\d+/=_-]{16,}/g) ?? []) {
      const decoded = [Buffer.from(token, 'base64'), Buffer.from(token, 'hex')].map((b) =>
        b.toString('latin1'),
      );
      for (const d of decoded) expect(d).not.toMatch(/Quellwood|900-12-3456/);
    }
  });

  it('masks the digits of a record written in ROT13 (its letters are no longer read)', () => {
    const rot13 = RECORD.replace(/[a-z]/gi, (c) => {
      const base = c <= 'Z' ? 65 : 97;
      return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
    });
    expectHidden(toolResult(`rot13: ${rot13}`), '900123456');
  });
});

describe('evasion 8: structure: JSON in JSON, keys, array items, lines', () => {
  it('masks a record JSON-encoded three levels deep in a text block', () => {
    const inner = JSON.stringify({ ssn: '900123456', name: 'Mary Quellwood' });
    expectHidden(toolResult(JSON.stringify({ a: JSON.stringify({ b: inner }) })), '900123456', 'quellwood');
  });

  it.each([
    ['a key escaped in a text block', toolResult('{"\\u0073sn": "900123456"}')],
    [
      'a key escaped twice, two levels down',
      structured({ blob: JSON.stringify({ inner: '{"\\u0073\\u0073n": "900123456"}' }) }),
    ],
    ['a hex-escaped key', toolResult('{"\\x73sn": "900123456"}')],
  ])('masks the value of %s', (_kind, frame) => {
    expectHidden(frame, '900123456');
  });

  it.each([
    [
      'a result',
      { jsonrpc: '2.0', id: 8, result: { content: [], _meta: { ssn: '900123456', mrn: 482913 } } },
    ],
    [
      'a request',
      {
        jsonrpc: '2.0',
        id: 8,
        method: 'tools/call',
        params: { name: 'x', arguments: {}, _meta: { ssn: 900123456 } },
      },
    ],
  ])("masks the record a server or a client tucks into %s's _meta", (_kind, frame) => {
    expectHidden(frame, '900123456', '482913');
  });

  it.each([
    ['ehr://patients/ssn/900123456', '900123456'],
    ['ehr://patients/by-ssn/900-12-3456/chart', '900123456'],
    ['ehr://patients/Mary%20Quellwood', 'quellwood'],
  ])('masks what a resource address %j names', (uri, clear) => {
    expectHidden({ jsonrpc: '2.0', id: 8, method: 'resources/read', params: { uri } }, clear);
  });

  it('masks a name under a key escaped inside a nested string', () => {
    expectHidden(structured({ blob: '{"p\\u0061tient": "Mary Quellwood"}' }), 'quellwood');
  });

  it.each([
    ['an SSN', { '900-12-3456': { status: 'active' } }, '900123456'],
    ['a full name', { 'Mary Quellwood': { ward: '4B' } }, 'quellwood'],
    ['a name, family first', { patients: { 'Quellwood, Mary': { ward: '4B' } } }, 'quellwood'],
    ['an e-mail address', { 'mary.quellwood@example.org': true }, 'quellwood'],
    ['a label and its value', { patients: { 'ssn 900123456': 1 } }, '900123456'],
  ])('masks %s written as a key', (_kind, value, clear) => {
    expectHidden(structured(value), clear);
  });

  it.each([
    [{ parts: ['900', '12', '3456'] }],
    [{ ssn: ['900', '12', '3456'] }],
    [{ ssn: [900, 12, 3456] }],
    [{ ssn: 900123456 }],
  ])('masks an SSN given as numbers or as items: %j', (value) => {
    expectHidden(structured(value), '900123456');
  });

  it.each([
    [{ v: [...'SSN 900-12-3456'].map((c) => c.charCodeAt(0)) }, '900123456'],
    [{ ssn: [...'900123456'] }, '900123456'],
    [{ patient: [...'Quellwood'] }, 'quellwood'],
    [{ patient: ['Mary', 'Quellwood'] }, 'quellwood'],
    [{ to: ['mary.quellwood', '@', 'example.org'] }, 'quellwood'],
  ])('masks a value spelled as character codes or items: %j', (value, clear) => {
    expectHidden(structured(value), clear);
  });

  it.each([
    ['SSN\n9\n0\n0\n1\n2\n3\n4\n5\n6', '900123456'],
    ['SSN 900\n12\n3456', '900123456'],
    ['Patient: Mary Quell-\nwood', 'quellwood'],
    [`${'x'.repeat(200_000)} SSN 900-12-3456`, '900123456'],
    [`${'lorem ipsum '.repeat(20_000)}SSN 900-12-3456 Patient: Mary Quellwood`, 'quellwood'],
  ])('masks a value cut over lines or at the end of a long line (%#)', (text, clear) => {
    expectHidden(toolResult(text), clear);
  });
});

describe('evasion 8: numbers said in words', () => {
  it.each([
    'SSN nine zero zero one two three four five six',
    'SSN nine-zero-zero 12 3456',
    'ssn: 9oo-one2-3456',
    'SSN nine-zero-zero 12 34five6',
    'SSN 900 12 34five6',
    'SSN 900-12-34 five 6',
    'SSN 9-zero-0 one-2 3four56',
  ])('masks %j', (text) => {
    expectHidden(toolResult(text), '900123456');
  });

  it.each([
    'Give one to two tablets every four to six hours',
    'Follow up in two weeks, then three months',
    'Pain nine out of ten, down to five after morphine 4 mg',
  ])('keeps the number words of care: %j', (text) => expectKept(text));
});

describe('evasion 8: what care writes in the same shapes', () => {
  it.each([
    'Metformin 500 mg PO BID, lisinopril 10 mg daily',
    'ICD-10 E11.9, CPT 99213, LOINC 4548-4',
    'Pump build 2.14.0, rate 1.5 mL/h over 2:30 h',
    'Order 3f2a9c1e-77b4-4c1a-9d2e-0b5a1f6e8c3d complete',
    'BP **142/88**, HR *96*, SpO2 `97%`',
    '| drug | dose |\n|---|---|\n| metformin | 500 mg |',
    '```\nvitals: {"hr": 96, "bp": "142/88"}\n```',
    'Titrate *slowly*: 0.5-1 mg/kg/h, max 3 mg/kg/h',
  ])('keeps %j', (text) => expectKept(text));
});
