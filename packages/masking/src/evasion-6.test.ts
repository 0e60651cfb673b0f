/**
 * Evasions of the sixth catalogue: blanks NFKC leaves alone, references escaped twice, more
 * look-alike letters, words and labels spaced or joined letter by letter, records quoted
 * otherwise, quoted-printable punctuation, internationalized domains, birth dates set apart by
 * blanks.
 */
import { describe, expect, it } from 'vitest';
import { normalizeForDetection } from './normalize';
import { expectDetected, expectKept } from './test-helpers';

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
