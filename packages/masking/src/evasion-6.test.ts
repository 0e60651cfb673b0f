/**
 * Evasions of the sixth catalogue: blanks NFKC leaves alone, references escaped twice, more
 * look-alike letters, words and labels spaced or joined letter by letter, records quoted
 * otherwise, quoted-printable punctuation, internationalized domains, birth dates set apart by
 * blanks.
 */
import { describe, expect, it } from 'vitest';
import { normalizeForDetection } from './normalize';
import { expectDetected, expectKept, expectMaskedFrame } from './test-helpers';

describe('evasion 6: blanks and breaks NFKC leaves alone', () => {
  it.each([
    ['SSN\u1680900\u168012\u16803456', '900\u168012\u16803456', 'ssn'],
    ['Patient:\u1680Mary\u1680Quellwood', 'Mary\u1680Quellwood', 'name'],
    ['tel (555)\u1680014\u16802231', '(555)\u1680014\u16802231', 'phone'],
  ] as const)('reads the Ogham space mark as a blank: %j', (text, value, type) =>
    expectDetected(text, value, type),
  );

  it('reads the line and paragraph separators as line breaks', () => {
    expect(normalizeForDetection('Name: Ann Roe\u2028SSN 900-12-3456\u2029').text).toBe(
      'Name: Ann Roe\nSSN 900-12-3456\n',
    );
  });
});

describe('evasion 6: character references escaped twice', () => {
  it.each([
    ['SSN &amp;#57;&amp;#48;&amp;#48;-12-3456', '&amp;#57;&amp;#48;&amp;#48;-12-3456', 'ssn'],
    ['SSN &amp;#x39;00-12-3456', '&amp;#x39;00-12-3456', 'ssn'],
    ['mail mary&amp;commat;example&amp;period;com', 'mary&amp;commat;example&amp;period;com', 'email'],
  ] as const)('decodes %j', (text, value, type) => expectDetected(text, value, type));

  it('reads an escaped ampersand once, as written', () => {
    expect(normalizeForDetection('R&amp;D &amp;amp; more').text).toBe('R&D & more');
    expectKept('R&amp;D budget &amp; plan');
  });
});

describe('evasion 6: more look-alike letters and the slashed zero', () => {
  it.each([
    ['email mαry.quellwood@example.com', 'mαry.quellwood@example.com', 'email'],
    ['email mary.quellwοοd@exαmple.cοm', 'mary.quellwοοd@exαmple.cοm', 'email'],
    ['email ivan.коwalski@mail.com', 'ivan.коwalski@mail.com', 'email'],
    ['SSN 9ØØ-12-3456', '9ØØ-12-3456', 'ssn'],
    ['SSN ØØ9-12-3456', 'ØØ9-12-3456', 'ssn'],
  ] as const)('reads %j', (text, value, type) => expectDetected(text, value, type));

  it('reads a slashed O as a zero only beside a digit', () => {
    expect(normalizeForDetection('Bjørn Øvergaard, 9ØØ').text).toBe('Bjørn Øvergaard, 900');
    expectKept('Я думаю, что это хорошо');
  });
});

describe('evasion 6: words spaced or joined letter by letter', () => {
  it.each([
    ['name: j o h n  s m i t h', 'j o h n  s m i t h'],
    ['Name: J.o.h.n S.m.i.t.h', 'J.o.h.n S.m.i.t.h'],
    ['Name: J-o-h-n S-m-i-t-h', 'J-o-h-n S-m-i-t-h'],
    ['Name: J_o_h_n S_m_i_t_h', 'J_o_h_n S_m_i_t_h'],
    ['Name: J·o·h·n S·m·i·t·h', 'J·o·h·n S·m·i·t·h'],
    ['Name: J\u00a0o\u00a0h\u00a0n\u00a0\u00a0S\u00a0m\u00a0i\u00a0t\u00a0h', 'J\u00a0o\u00a0h\u00a0n'],
    ['Name: J\u2009a\u2009n\u2009e D\u2009o\u2009e', 'J\u2009a\u2009n\u2009e D\u2009o\u2009e'],
  ])('finds the name of %j', (text, value) => expectDetected(text, value, 'name'));

  it('finds an address spelled one character at a time', () =>
    expectDetected(
      'mail j o h n . d o e @ m a i l . c o m today',
      'j o h n . d o e @ m a i l . c o m',
      'email',
    ));

  it("gives up a long spaced run that is no address after an address's length, not the run's", () => {
    // 50,000 spaced letters, a stop, then a spaced '@': each start once read the whole run (3.8 s).
    const text = `${'a '.repeat(50_000)}! x @ y`;
    const started = performance.now();
    normalizeForDetection(text);
    expect(performance.now() - started).toBeLessThan(1_500);
  });

  it.each([
    'options a b c d',
    'grades: A B C  D E F',
    'I a m here',
    'answers a b c  d e f',
    'Give q.i.d. and B.i.d. doses, see p-value and X-r-a-y',
    'email me @ noon a b c',
  ])('keeps %j', (text) => expectKept(text));
});

describe('evasion 6: a label spelled letter by letter', () => {
  it.each([
    ['S S N 900123456', '900123456', 'ssn'],
    ['S-S-N 900123456', '900123456', 'ssn'],
    ['s/s/n 900123456', '900123456', 'ssn'],
    ['M R N 44719203', '44719203', 'mrn'],
    ['m_r_n 44719203', '44719203', 'mrn'],
  ] as const)('finds the value after %j', (text, value, type) => expectDetected(text, value, type));

  it.each(['P R N meds given', 'A-B-C score 900123456 points', 'rows A B C 12'])('keeps %j', (text) =>
    expectKept(text),
  );
});

describe('evasion 6: records written as text in other quoting', () => {
  it.each([
    ['result { "ssn" : 900123456 }', '900123456', 'ssn'],
    ['result {"mrn" :"44719203"}', '44719203', 'mrn'],
    ["row {'ssn': '900123456', 'dob': '1984-03-17'}", '900123456', 'ssn'],
    ["row {'ssn': '900123456', 'dob': '1984-03-17'}", '1984-03-17', 'date'],
    ["row {'name': \"Mary O'Quellwood\", 'id': 7}", "Mary O'Quellwood", 'name'],
  ] as const)('reads the key of %j as a label', (text, value, type) => expectDetected(text, value, type));

  it.each([
    ['x <patient ssn="900123456"/>', '900123456', 'ssn'],
    ['<contact phone="555-014-2231" type="home">', '555-014-2231', 'phone'],
    ['<pt dob="1984-03-17" sex="F"/>', '1984-03-17', 'date'],
  ] as const)('reads an XML attribute named for a field: %j', (text, value, type) =>
    expectDetected(text, value, type),
  );

  it.each([
    '<input name="ssn" class="x" id="f1"/>',
    '<a href="/x" title="Open chart">chart</a>',
    "he said 'plan': 'rest' today",
  ])('keeps %j', (text) => expectKept(text));
});

describe('evasion 6: quoted-printable escapes of punctuation alone in a word', () => {
  it.each([
    ['mail john=2Edoe=40mail.com', 'john=2Edoe=40mail.com', 'email'],
    ['mail mary=40example.com', 'mary=40example.com', 'email'],
    ['SSN 900=2D12=2D3456', '900=2D12=2D3456', 'ssn'],
  ] as const)('decodes %j', (text, value, type) => expectDetected(text, value, type));

  it.each(['GET /x?limit=40&offset=20&page=2D', 'dose=20mg width=2Dx'])('keeps %j', (text) => {
    expect(normalizeForDetection(text).text).toBe(text);
  });
});

describe('evasion 6: source escapes with a doubled backslash, octal escapes', () => {
  it.each([
    ['SSN \\\\u0039\\\\u0030\\\\u0030-12-3456', '\\\\u0039\\\\u0030\\\\u0030-12-3456', 'ssn'],
    ['SSN \\071\\060\\060-12-3456', '\\071\\060\\060-12-3456', 'ssn'],
    ['SSN 900\\05512\\0553456', '900\\05512\\0553456', 'ssn'],
  ] as const)('decodes %j', (text, value, type) => expectDetected(text, value, type));

  it('leaves a lone octal-looking escape in a path', () => {
    const path = 'saved to C:\\100files\\archive';
    expect(normalizeForDetection(path).text).toBe(path);
  });
});

describe('evasion 6: an e-mail address at an internationalized domain', () => {
  it.each([
    ['mail mary@quellwöod.de now', 'mary@quellwöod.de'],
    ['write to müller@praxis-köln.de', 'müller@praxis-köln.de'],
  ])('finds %j', (text, value) => expectDetected(text, value, 'email'));
});

describe('evasion 6: a date of birth set apart by blanks after its label', () => {
  it.each([
    ['DOB 03 17 1984', '03 17 1984'],
    ['born 1984 03 17', '1984 03 17'],
    ['born on 17 03 1984', '17 03 1984'],
    ['Date of birth 3 7 1984 seen', '3 7 1984'],
  ])('finds %j', (text, value) => expectDetected(text, value, 'date'));

  it.each(['dob 45 17 1984', 'born 2 kids 1984', 'birth weight 3 45 2001', 'scores 03 17 1984'])(
    'keeps %j',
    (text) => expectKept(text),
  );
});

describe('evasion 6: an e-mail address spelled between dashes or underscores', () => {
  it.each([
    'mail mary-dot-quellwood-at-gmail-dot-com',
    'mail mary_dot_quellwood_at_gmail_dot_com',
    'mail mary.quellwood-at-gmail.com',
  ])('finds %j', (text) => expectDetected(text, text.slice(5), 'email'));

  it.each(['we are stuck-at-home.com today', 'a state-of-the-art at-home test'])('keeps %j', (text) =>
    expectKept(text),
  );
});

describe('evasion 6: a short base64 token', () => {
  it('redacts the base64 of an SSN written with its dashes, 16 characters with its padding', () => {
    const token = Buffer.from('900-12-3456').toString('base64');
    expectDetected(`x ${token}`, token, 'ssn');
  });

  it('leaves short tokens of text without an identifier', () => {
    expectKept('cursor eyJwYWdlIjoyfQ== next');
    expectKept('id QWxhZGRpbjpvcGVu=');
  });
});

describe('evasion 6: a JSON key in full-width or look-alike letters', () => {
  it.each([
    [{ ＳＳＮ: '900123456' }, '900123456'],
    [{ ЅЅN: '900123456' }, '900123456'],
    [{ Ｐｈｏｎｅ: '5550142231' }, '5550142231'],
    [{ dаte_of_birth: '1984-03-17' }, '1984-03-17'],
  ])('masks the value of %j', (frame, value) => {
    expectMaskedFrame(frame, value);
  });
});

describe('evasion 6: an e-mail address broken over a line at its @', () => {
  it.each([
    ['mail mary.quellwood@\nmail.com today', 'mary.quellwood@\nmail.com'],
    ['mail mary.quellwood\n@mail.com', 'mary.quellwood\n@mail.com'],
    ['x mary.quellwood@\r\nmail.com y', 'mary.quellwood@\r\nmail.com'],
  ])('finds %j', (text, value) => expectDetected(text, value, 'email'));

  it('keeps a mention on a line of its own', () => expectKept('Thanks,\n@channel please review'));
});

describe('evasion 6: a telephone number broken over lines between its groups', () => {
  it.each([
    ['phone 555\n014\n2231', '555\n014\n2231', 'phone'],
    ['cell: 555-\n014-\n2231 ok', '555-\n014-\n2231', 'phone'],
    ['Fax 555\n014\n2231', '555\n014\n2231', 'fax'],
  ] as const)('finds %j', (text, value, type) => expectDetected(text, value, type));

  it.each(['Tel 555-014-2231\n42 units given', 'call 555\n014\n22310', 'home 2024\n03\n17'])(
    'keeps the next line of %j',
    (text) => expectKept(text, text.slice(text.lastIndexOf('\n') + 1)),
  );
});
