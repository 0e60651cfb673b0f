/** Evasions of the fourth catalogue: odd groupings, labels after values, letters for digits, split labels. */
import { describe, expect, it } from 'vitest';
import { createMasker } from './masker';
import { expectDetected, expectKept, expectMaskedFrame, toolResult } from './test-helpers';

const masker = createMasker();

describe('evasion 4: digit groups joined by other marks', () => {
  it.each([
    ['SSN 901~23~4567', '901~23~4567', 'ssn'],
    ['SSN: 901|23|4567', '901|23|4567', 'ssn'],
    ['ssn 901*23*4567', '901*23*4567', 'ssn'],
    ['SSN 901:23:4567', '901:23:4567', 'ssn'],
    ['SSN 901,23,4567', '901,23,4567', 'ssn'],
    ['social 901~23:4567', '901~23:4567', 'ssn'],
    ['SSN 901|23/4567', '901|23/4567', 'ssn'],
    ['call 555~014~2231', '555~014~2231', 'phone'],
    ['tel: 555|014|2231', '555|014|2231', 'phone'],
    ['cell 555:014:2231', '555:014:2231', 'phone'],
    ['MRN 5528~417', '5528~417', 'mrn'],
    ['MRN: 55|28|417', '55|28|417', 'mrn'],
  ] as const)('finds %s', (text, value, type) => expectDetected(text, value, type));

  it.each([
    ['901~23~4567', 'ssn'],
    ['901|23|4567', 'ssn'],
    ['901-23.4567', 'ssn'],
    ['555*014*2231', 'phone'],
    ['1~555~014~2231', 'phone'],
  ] as const)('finds %s alone, in the shape of its identifier', (value, type) =>
    expectDetected(`on file: ${value}.`, value, type),
  );

  it.each([
    ['SSN 9  0  1  2  3  4  5  6  7', '9  0  1  2  3  4  5  6  7'],
    ['SSN: 9 0 1 - 2 3 - 4 5 6 7', '9 0 1 - 2 3 - 4 5 6 7'],
    ['SSN 901 - 23 - 4567', '901 - 23 - 4567'],
  ])('finds an SSN spaced unevenly: %s', (text, value) => expectDetected(text, value, 'ssn'));

  it('finds a number split by invisible characters, soft hyphens, marks and bidi controls', () => {
    expectDetected(
      'SSN 9\u200b0\u00ad1\u03012\u200e3\u20664\u20695\u200d6\u20607',
      '9\u200b0\u00ad1\u03012\u200e3\u20664\u20695\u200d6\u20607',
      'ssn',
    );
    expectDetected('phone 555\u00ad014\u200b2231', '555\u00ad014\u200b2231', 'phone');
  });

  it.each([
    ['SSN 901\t23\t4567', '901\t23\t4567'],
    ['SSN 901;23;4567', '901;23;4567'],
    ["SSN 901'23'4567", "901'23'4567"],
    ['SSN 901^23^4567', '901^23^4567'],
    ['SSN 901\\23\\4567', '901\\23\\4567'],
    ['SSN 901\uff5e23\uff5e4567', '901\uff5e23\uff5e4567'],
    ['SSN 901\uff5c23\uff5c4567', '901\uff5c23\uff5c4567'],
  ])('finds an SSN after its label whatever mark joins its groups: %s', (text, value) =>
    expectDetected(text, value, 'ssn'),
  );

  it.each([
    ['DOB 03~17~1984', '03~17~1984'],
    ['DOB 1984~03~17', '1984~03~17'],
    ['born 03*17*1984', '03*17*1984'],
    ['born on 3_7_1984', '3_7_1984'],
  ])('finds a date of birth joined by odd marks: %s', (text, value) => expectDetected(text, value, 'date'));

  it.each([
    'Totals 12|40|2024 and 7|14|2023',
    'vals 901;23;4567 end',
    'ratio 3:2:1, times 10:30:45 and 12:00:00',
    'Counts 120,45,6789 rows',
    'table | 555 | 014 | 2231 |',
    'cols 555|014|2231|9',
    'version 1.2.3-4.5, build 2024.11.27',
    'path /data/901/23/4567/report.pdf',
    'log_901_23_4567.txt',
  ])('leaves %s as it is', (text) => expectKept(text));
});

describe('evasion 4: a label after its value', () => {
  it.each([
    ['901-23-4567 (SSN)', '901-23-4567', 'ssn'],
    ['901234567 is my social', '901234567', 'ssn'],
    ['901234567 was the patient’s SSN', '901234567', 'ssn'],
    ['4471920 (MRN)', '4471920', 'mrn'],
    ['MRN 4471920 / 55128843 (acct)', '55128843', 'account'],
    ['5550142231 [cell]', '5550142231', 'phone'],
    ['901~23~4567 (SSN)', '901~23~4567', 'ssn'],
  ] as const)('finds %s', (text, value, type) => expectDetected(text, value, type));

  it('reads a number with its area code whole, the label after it left where it is', () => {
    const out = masker.maskText('GP: (02) 8567 1083 (fax)').text;
    expect(out).not.toMatch(/02|8567|1083/);
    expect(out).toContain('(fax)');
  });

  it.each([
    ['12500 (approx)', '12500'],
    ['dose 250 mg (oral)', '250'],
    ['batch 20241127 is the latest build', '20241127'],
  ])('leaves a number whose words after it are no label: %s', (text, keep) => expectKept(text, keep));
});

describe('evasion 4: letters drawn like digits', () => {
  it.each([
    ['SSN 9OO-l2-3456', '9OO-l2-3456', 'ssn'],
    ['SSN S01-23-4567', 'S01-23-4567', 'ssn'],
    ['SSN 901-I2-34S6', '901-I2-34S6', 'ssn'],
    ['social 9O1-23-456B', '9O1-23-456B', 'ssn'],
    ['call 555-OlO-2231', '555-OlO-2231', 'phone'],
  ] as const)('reads %s after its label', (text, value, type) => expectDetected(text, value, type));

  it.each([
    'SpO2 98% on 2L, B12 1000 mcg IM monthly',
    'SSN IS on file, see chart',
    'Hgb 13.5, O2 sat 97, lot B12-3456',
  ])('leaves letters beside digits that are words or units: %s', (text) => expectKept(text));
});

describe('evasion 4: numbers in keypad letters and escapes', () => {
  it.each([
    ['call 1-800-FLOWERS today', '1-800-FLOWERS'],
    ['text 888-555-HELP', '888-555-HELP'],
    ['ph (800) GO-FEDEX', '(800) GO-FEDEX'],
  ])('finds a number in keypad letters after a word that introduces one: %s', (text, value) =>
    expectDetected(text, value, 'phone'),
  );

  it.each(['Call 911 ASAP NOW', 'call 800 tomorrow', 'Call back 2 PM EST'])(
    'leaves capitals after a short number: %s',
    (text) => expectKept(text),
  );

  it.each([
    ['SSN \\39 01-23-4567', '\\39 01-23-4567'],
    ['SSN \\000039\\000030\\000031-23-4567', '\\000039\\000030\\000031-23-4567'],
    ['SSN \\39 \\30 \\31 -23-4567', '\\39 \\30 \\31 -23-4567'],
  ])('decodes CSS escapes of digits: %s', (text, value) => expectDetected(text, value, 'ssn'));

  it('leaves a Windows path with numbered folders', () => expectKept('saved to C:\\reports\\2024\\3d\\out'));
});

describe('evasion 4: e-mail addresses quoted, spelled or split', () => {
  it.each([
    ['reply to "jane doe"@example.org today', '"jane doe"@example.org'],
    ['mail jane.doe@example[.]org', 'jane.doe@example[.]org'],
    ['mail jane.doe@example dot org', 'jane.doe@example dot org'],
    ['mail jane(dot)doe[at]example(dot)org', 'jane(dot)doe[at]example(dot)org'],
    ['mail ja\u200bne.do\u200be@exa\u200bmple.org', 'ja\u200bne.do\u200be@exa\u200bmple.org'],
  ])('finds %s', (text, value) => expectDetected(text, value, 'email'));

  it('leaves quotes and an at sign of prose', () => {
    expectKept('she said "hi"@ noon');
    expectKept('the "dot" key at the end');
  });
});

describe('evasion 4: a label and its value in neighbouring strings', () => {
  it.each([
    [['Patient SSN:', '901234567'], '901234567'],
    [['MRN:', '4471920'], '4471920'],
    [['Best number to call me on', '5550142231'], '5550142231'],
  ])('masks the value of a label in the text block before: %j', (texts, value) => {
    expectMaskedFrame(toolResult(...texts), value);
  });

  it('masks the value of a label in the array item before', () => {
    expectMaskedFrame(['SSN', '901234567'], '901234567');
    expectMaskedFrame({ fields: ['phone', '5550142231', 'MRN', '4471920'] }, '5550142231', '4471920');
  });

  it('leaves a label beside a number no identifier is', () => {
    const frame = { row: ['Hemoglobin', '13.5', 'Platelets', '250000', 'Year', '2024'] };
    expect(masker.maskFrame(JSON.stringify(frame)).text).toBe(JSON.stringify(frame));
  });
});

describe('evasion 4: separators spelled or spaced, addresses defanged', () => {
  it.each([
    ['SSN 901 dash 23 dash 4567', '901 dash 23 dash 4567', 'ssn'],
    ['SSN: 901 l2 4567', '901 l2 4567', 'ssn'],
    ['mail jane . doe @ example . org', 'jane . doe @ example . org', 'email'],
    ['host 192[.]168[.]1[.]20', '192[.]168[.]1[.]20', 'ip'],
    ['ip 10(.)0(.)12(.)7', '10(.)0(.)12(.)7', 'ip'],
    ['see hxxps://portal[.]example[.]org/chart', 'hxxps://portal[.]example[.]org/chart', 'url'],
  ] as const)('finds %s', (text, value, type) => expectDetected(text, value, type));

  it.each(['the end . org chart', 'f(.)g and a[.]b', 'Hgb 10 O2 sat 97', 'a dash of salt, 2 dash 3'])(
    'leaves %s as it is',
    (text) => expectKept(text),
  );
});
