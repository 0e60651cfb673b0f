/** Evasions of the second catalogue: invisible marks, digit forms, encodings and cut values. */
import { describe, expect, it } from 'vitest';
import { detectText } from './detect';
import { createMasker, QUARANTINED_JSON } from './masker';
import { expectDetected, expectKept, expectMaskedFrame, toolResult } from './test-helpers';
import type { PhiType } from './types';

const masker = createMasker();
const b64 = (text: string): string => Buffer.from(text).toString('base64');

/** The text masked by the default masker, and that none of `clear` is left in it. */
function expectMaskedText(text: string, ...clear: string[]): void {
  const out = masker.maskText(text).text;
  for (const c of clear) expect(out, `${JSON.stringify(c)} in ${JSON.stringify(out)}`).not.toContain(c);
}

describe('evasion 2: invisible characters and marks', () => {
  it.each([
    ['variation selectors', 'SSN 9\ufe0f00-12-34\ufe0e56'],
    ['combining marks on digits', 'SSN 9\u03010\u03040-12-3\u0336456'],
    ['keycaps', 'SSN 9\ufe0f\u20e30\ufe0f\u20e30\ufe0f\u20e3-12-3456'],
    ['bidi isolates', 'SSN 9\u206600\u2069-\u206712\u2069-3456'],
    ['an Arabic letter mark', 'SSN 900\u061c-12-3456'],
    ['a Hangul filler', 'SSN 900\u3164-12-3456'],
    ['a supplementary variation selector', 'SSN 900\u{e0100}-12-3456'],
  ])('finds an SSN through %s', (_kind, text) => expectDetected(text, text.slice(4), 'ssn'));

  it('reads tag characters (an invisible copy of ASCII) as the ASCII they copy', () => {
    const hidden = [...'SSN 900-12-3456']
      .map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0)))
      .join('');
    const text = `Nothing to see here.${hidden}`;
    expectDetected(text, hidden.slice(8), 'ssn');
  });

  it('reads a right-to-left override as displayed and masks the reversed characters', () => {
    const text = 'SSN \u202e6543-21-009\u202c on file';
    expectDetected(text, '6543-21-009', 'ssn');
    const phone = 'call \u202e4321-010-555\u202c today';
    expectDetected(phone, '4321-010-555', 'phone');
  });

  it('strips a mark only after an ASCII letter or digit: other scripts keep theirs', () => {
    expectDetected('Patient: Jo\u0336hn Smi\u0336th', 'Jo\u0336hn Smi\u0336th', 'name');
    expectKept('नमस्ते, आपका स्वागत है');
  });
});

describe('evasion 2: other digit forms', () => {
  it.each([
    ['dingbat circled', 'SSN ➒⓿⓿-➀➁-➂➃➄➅'],
    ['negative circled', 'SSN ❾⓿⓿-❶❷-❸❹❺❻'],
    ['double circled', 'SSN ⓽⓿⓿-⓵⓶-⓷⓸⓹⓺'],
    ['parenthesized', 'SSN ⑼⓪⓪-⑴⑵-⑶⑷⑸⑹'],
    ['full stop', 'SSN ⒐⓪⓪-⒈⒉-⒊⒋⒌⒍'],
    ['mathematical', 'SSN 𝟗𝟎𝟎-𝟏𝟐-𝟑𝟒𝟓𝟔'],
    ['superscript', 'SSN ⁹⁰⁰-¹²-³⁴⁵⁶'],
  ])('finds an SSN in %s digits', (_kind, text) => expectDetected(text, text.slice(4), 'ssn'));
});

describe('evasion 2: escapes in ASCII text', () => {
  it.each([
    ['SSN \\u0039\\u0030\\u0030-12-3456', '\\u0039\\u0030\\u0030-12-3456', 'ssn'],
    ['tel \\x35\\x35\\x35-010-1234', '\\x35\\x35\\x35-010-1234', 'phone'],
    ['mail mary.smith\\u0040example.com', 'mary.smith\\u0040example.com', 'email'],
    ['SSN =39=30=30-12-3456', '=39=30=30-12-3456', 'ssn'],
    ['Patient: =4D=61=72=79 Smith', '=4D=61=72=79 Smith', 'name'],
  ] as const)('decodes source escapes and quoted-printable runs: %s', (text, value, type) =>
    expectDetected(text, value, type),
  );

  it.each([
    ['SSN 900+12+3456', '900+12+3456', 'ssn'],
    ['GET /lookup?ssn=900+12+3456&full=1', '900+12+3456', 'ssn'],
    ['SSN 900%E2%80%8B-12-3456', '900%E2%80%8B-12-3456', 'ssn'],
    ['SSN %EF%BC%99%EF%BC%90%EF%BC%90-12-3456', '%EF%BC%99%EF%BC%90%EF%BC%90-12-3456', 'ssn'],
    ['SSN 900&shy;-12&ZeroWidthSpace;-3456', '900&shy;-12&ZeroWidthSpace;-3456', 'ssn'],
    ['call 555&ndash;010&ndash;1234', '555&ndash;010&ndash;1234', 'phone'],
  ] as const)(
    'reads form-encoded pluses, percent-encoded UTF-8 and named references: %s',
    (text, value, type) => expectDetected(text, value, type),
  );

  it('leaves a lone "=41" of a query string as it is', () => {
    expectKept('GET /orders?limit=20&offset=40&page=3D');
    expectKept('score 2+2=4, dose 10+5 units');
  });
});

describe('evasion 2: encodings inside a string', () => {
  it.each([
    ['base64 of a labelled SSN', `note: ${b64('SSN 900-12-3456')}`, 'ssn'],
    ['base64 of a JSON record', b64(JSON.stringify({ ssn: '900-12-3456', name: 'Mary Smith' })), 'ssn'],
    ['base64url without padding', Buffer.from('mail: mary.smith@example.com').toString('base64url'), 'email'],
    ['base64 twice', `blob=${b64(b64('SSN 900-12-3456 on file'))}`, 'ssn'],
    ['hex of a labelled SSN', `payload ${Buffer.from('SSN 900-12-3456').toString('hex')}`, 'ssn'],
    [
      'upper-case hex of a phone number',
      `x ${Buffer.from('tel 555-010-1234').toString('hex').toUpperCase()}`,
      'phone',
    ],
  ] as const)('redacts the whole token of %s', (_kind, text, type) => {
    const token = /[A-Za-z0-9+/_-]{16,}={0,2}/.exec(text)?.[0] as string;
    expectDetected(text, token, type);
  });

  it('masks the token in a tool result and keeps nothing of what it encodes', () => {
    const record = JSON.stringify({ patient: { mrn: '12345678', dob: '1984-03-17' } });
    const out = expectMaskedFrame(toolResult(b64(record)), b64(record).slice(0, 16));
    expect(out).toContain('[MRN]');
  });

  it('leaves tokens that decode to no text, or to text without identifiers', () => {
    expectKept(`greeting ${b64('Hello there, all is well today')}`);
    expectKept('request 3f2a9c1e-77b4-4c1a-9d2e-0b5a1f6e8c3d traced');
    expectKept('sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08');
    expectKept('cursor eyJwYWdlIjoyLCJzaXplIjo1MH0=');
  });
});

describe('evasion 2: e-mail addresses spelled out', () => {
  it.each([
    'email jane dot doe at example dot com',
    'email jane.doe[at]example[.]com',
    'email jane.doe(at)example(dot)com',
    'email jane.doe{at}example{dot}com',
    'email jane.doe AT example DOT com',
    'email jane.doe at example.com',
    'email jane_doe [@] mail [dot] example [dot] org',
  ])('finds %s', (text) => expectDetected(text, text.slice(6), 'email'));

  it('leaves "at" and "dot" of plain English', () => {
    expectKept('The patient was seen at clinic.org yesterday');
    expectKept('Dot the i and meet me at noon.');
  });
});

describe('evasion 2: structure: values cut across strings, JSON encoded again', () => {
  it('reads JSON encoded as a string two and three times', () => {
    const record = JSON.stringify({ patient: { mrn: '12345678', name: 'Mary Smith' } });
    const twice = JSON.stringify(record);
    const thrice = JSON.stringify(twice);
    for (const text of [twice, thrice]) {
      const out = expectMaskedFrame(toolResult(text), '12345678', 'Mary Smith');
      expect(out).toContain('[MRN]');
    }
  });
  it.each([
    [['SSN 900-12-', '3456'], '3456'],
    [['My SSN is 900-12', '-3456 thanks'], '3456'],
    [['Patient name is Ma', 'ry Smith'], 'ry Smith'],
  ])('masks an identifier cut across two text blocks: %j', (texts, tail) => {
    const out = expectMaskedFrame(toolResult(...texts), tail);
    expect(out).not.toMatch(/900-12|is Ma"/);
  });

  it('masks an identifier cut across three array items and a mail address cut in two', () => {
    expectMaskedFrame({ parts: ['SSN 900', '-12-', '3456'] }, '900', '3456');
    expectMaskedFrame({ parts: ['call 555-010', '-1234'] }, '555-010', '1234');
    expectMaskedFrame({ parts: ['jane.doe@', 'example.com'] }, 'jane.doe', 'example.com');
  });

  it('leaves neighbouring values that only look joined', () => {
    const frame = { codes: ['E11.9', 'I10'], counts: ['12', '40'], tags: ['follow-up', 'cardiology'] };
    expect(masker.maskFrame(JSON.stringify(frame)).text).toBe(JSON.stringify(frame));
  });
});

describe('evasion 2: size and depth', () => {
  it('masks every identifier of a very long string', () => {
    const line = 'Follow-up call for Mary Smith, SSN 900-12-3456, tel 555-010-1234. ';
    const text = line.repeat(5_000);
    const started = performance.now();
    expectMaskedText(text, '900-12-3456', '555-010-1234', 'Mary Smith');
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it('masks every identifier among many tiny strings and their seams', () => {
    const parts = Array.from({ length: 20_000 }, (_, i) => (i % 2 === 0 ? 'SSN 900-12-' : '3456'));
    const out = masker.maskFrame(JSON.stringify({ parts })).text;
    expect(out).not.toMatch(/900-12|"3456"/);
  });

  it('quarantines JSON nested too deep inside a string and never echoes it', () => {
    const nested = `${'['.repeat(600)}"SSN 900-12-3456"${']'.repeat(600)}`;
    const out = masker.maskFrame(JSON.stringify(toolResult(nested)));
    expect(out).toMatchObject({ quarantined: true, text: QUARANTINED_JSON });
  });

  it('quarantines the payload when the budget trips while decoding, so nothing leaks', () => {
    const slow = {
      id: 'slow-rule',
      type: 'other_id' as PhiType,
      detect(): Array<{ start: number; end: number }> {
        const until = performance.now() + 2;
        while (performance.now() < until) {
          // busy: a rule that takes too long
        }
        return [];
      },
    };
    const budgeted = createMasker({ rules: { budgetMs: 1 }, detectors: [slow] });
    const parts = [b64('SSN 900-12-3456'), 'SSN 900-12-', '3456', 'jane dot doe at example dot com'];
    const out = budgeted.maskFrame(JSON.stringify(toolResult(...parts)));
    expect(out).toMatchObject({ quarantined: true, quarantineReason: 'rule_error', text: QUARANTINED_JSON });
  });

  it('finds nothing new in a long run of ordinary words', () => {
    expect(detectText('the quick brown fox jumps over the lazy dog '.repeat(500))).toEqual([]);
  });
});
