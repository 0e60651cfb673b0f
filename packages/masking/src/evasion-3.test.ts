/** Evasions of the third catalogue: controls, separators and escapes the first two did not read. */
import { describe, expect, it } from 'vitest';
import { createMasker } from './masker';
import { normalizeForDetection } from './normalize';
import { expectDetected, expectKept } from './test-helpers';

const masker = createMasker();

describe('evasion 3: characters that draw nothing', () => {
  it.each([
    ['a NUL', 'SSN 900\u0000-12-3456'],
    ['a backspace and an escape', 'SSN 90\u00080-12\u001b-3456'],
    ['a DEL', 'SSN 900-1\u007f2-3456'],
    ['a C1 control', 'SSN 900\u0085-12-3456'],
    ['the blank Braille pattern', 'SSN 900\u2800-12-3456'],
    ['a deprecated format character', 'SSN 900\u206b-12-3456'],
    ['an interlinear annotation mark', 'SSN 900\ufff9-12-3456'],
    ['a shorthand format control', 'SSN 900\u{1bca1}-12-3456'],
  ])('finds an SSN through %s', (_kind, text) => expectDetected(text, text.slice(4), 'ssn'));

  it('masks an SSN with a NUL inside it in a tool result, where JSON carries it as \\u0000', () => {
    const frame =
      '{"jsonrpc":"2.0","id":4,"result":{"content":[{"type":"text","text":"SSN 900\\u0000-12-3456"}]}}';
    const out = masker.maskFrame(frame).text;
    expect(out).not.toContain('3456');
    expect(out).toContain('"id":4');
  });

  it('keeps the separators of tables and records: tab, form feed, FS to US', () => {
    expectKept('Counts:\t900\t12\t3456');
    expectKept('page one\fpage two');
    expectKept('field\u001fvalue\u001erecord');
  });
});

describe('evasion 3: separators drawn otherwise', () => {
  it.each([
    ['a hyphen bullet', 'SSN 900\u204312\u20433456', 'ssn'],
    ['middle dots', 'SSN 900·12·3456', 'ssn'],
    ['bullets', 'SSN 900•12•3456', 'ssn'],
    ['dot operators', 'tel 555\u22c5010\u22c51234', 'phone'],
    ['fraction slashes', 'DOB 03\u204417\u20441984', 'date'],
    ['division slashes', 'DOB 03\u221517\u22151984', 'date'],
    ['ideographic full stops', 'SSN 900\u300212\u30023456', 'ssn'],
    ['wave dashes', 'SSN 900\u301c12\u301c3456', 'ssn'],
  ] as const)('finds a value written with %s', (_kind, text, type) =>
    expectDetected(text, text.slice(4), type),
  );

  it('reads ideographic full stops in an address as dots, and leaves a sentence of CJK text', () => {
    const text = 'mail mary\u3002smith@example\uff61com';
    expectDetected(text, text.slice(5), 'email');
    expectKept('今日は晴れです。明日は雨です。');
  });

  it('reads a middle dot as a dot only between digits: a bulleted list and a Catalan word stay', () => {
    expectKept('• follow-up in two weeks\n• repeat labs');
    expectKept('la col·lecció del museu');
  });
});

describe('evasion 3: labels in look-alike letters of other scripts', () => {
  it.each([
    ['Latin small capitals', 'ꜱꜱɴ 900123456', '900123456', 'ssn'],
    ['Armenian Tiwn', 'ՏՏN 900123456', '900123456', 'ssn'],
    ['Cherokee Du', 'ᏚᏚN 900123456', '900123456', 'ssn'],
    ['Cherokee and small capitals', 'ᎷᎡɴ: 12345678', '12345678', 'mrn'],
  ] as const)('reads a label spelt with %s', (_kind, text, value, type) => expectDetected(text, value, type));
});

describe('evasion 3: escapes and encodings', () => {
  it.each([
    ['references by name', 'mail mary&period;smith&commat;example&period;com', 'email'],
    ['percent-encoding done twice', 'SSN %2539%2530%2530-12-3456', 'ssn'],
    ['escape() of JavaScript', 'SSN %u0039%u0030%u0030-12-3456', 'ssn'],
    ['escapes with a capital U', 'SSN \\U0039\\U0030\\U00000030-12-3456', 'ssn'],
    ['escapes in braces', 'SSN \\u{39}\\u{30}\\u{30}-12-3456', 'ssn'],
    ['markdown backslash escapes', 'SSN 900\\-12\\-3456', 'ssn'],
    ['an address with escaped dots and at', 'mail mary\\.smith\\@example\\.com', 'email'],
    ['a quoted-printable soft break alone', 'SSN 900-12-=\r\n3456', 'ssn'],
  ] as const)('finds a value hidden by %s', (_kind, text, type) => expectDetected(text, text.slice(5), type));

  it('reads through inline tags around each part of a value', () => {
    const text = 'SSN <span>900</span>-<span>12</span>-<span>3456</span>';
    expectDetected(text, '900</span>-<span>12</span>-<span>3456', 'ssn');
  });

  it('redacts hex written as spaced bytes, as a dump shows them, and leaves a table of two-digit numbers', () => {
    const bytes = Buffer.from('SSN 900-12-3456')
      .toString('hex')
      .replace(/(..)(?!$)/g, '$1 ');
    const text = `dump: ${bytes}`;
    expectDetected(text, bytes, 'ssn');
    expectDetected(`x ${bytes.replaceAll(' ', ':')}`, bytes.replaceAll(' ', ':'), 'ssn');
    expectKept('scores 31 32 35 35 35 30 31 30 31 32 34 38 47 55 62 and 70');
  });

  it('redacts a hex literal of text with its 0x prefix', () => {
    const text = `blob 0x${Buffer.from('SSN 900-12-3456').toString('hex')}`;
    expectDetected(text, text.slice(5), 'ssn');
  });

  it('reads no text into a tag with attributes, and leaves escapes that stand for nothing', () => {
    expectKept('see <span class="note">the chart</span> for details');
    expectKept('path C:\\Users\\clinic\\reports and 50% off, 100%25 sure');
    expectKept('regex \\d+\\.\\d+ matches 2.5');
  });

  it("leaves HL7's formatting commands, XML elements named Code and base64 padding at a line's end to the readers they are", () => {
    const hl7 = 'NTE|1|L|Repeat labs in 6 weeks\\.br\\Home meds: lisinopril';
    expect(normalizeForDetection(hl7).text).toBe(hl7);
    const xml = '<ProductCode><Code>50419-0540-01</Code></ProductCode>';
    expect(normalizeForDetection(xml).text).toBe(xml);
    const padded = 'template k3OTQtTA2nIc+oiTLSPCzvnS5FwH+i=\nMatch score 97.5%';
    expect(normalizeForDetection(padded).text).toBe(padded);
  });
});
