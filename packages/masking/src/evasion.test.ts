/** Evasions found by trying the engine as an attacker would (issue 7b). */
import { describe, expect, it } from 'vitest';
import { detectText } from './detect';
import { createMasker } from './masker';
import { expectDetected, expectKept } from './test-helpers';

describe('evasion', () => {
  it.each([
    ['900.12.3456'],
    ['900 12 3456'],
    ['900–12–3456'], // en dash
    ['900—12—3456'], // em dash
    ['900‐12‐3456'], // Unicode hyphen
    ['SSN 900123456'],
  ])('finds an SSN written %s', (value) =>
    expectDetected(`on file: ${value}.`, value.replace(/^SSN /, ''), 'ssn'),
  );

  it.each([
    ['ssn900-12-3456'],
    ['SSN:900-12-3456'],
    ['SSN: 900123456'],
    ['ssn#900123456'],
    ['SSN-900123456'],
  ])('finds an SSN with its label glued on: %s', (text) => {
    const digits = /\d[\d-]*\d/.exec(text)?.[0] as string;
    expectDetected(text, digits, 'ssn');
  });

  it('normalizes full-width digits and maps the span back to the original text', () => {
    const text = 'SSN ９００－１２－３４５６ on file';
    const spans = detectText(text);
    expect(spans).toHaveLength(1);
    expect(text.slice(spans[0]?.start, spans[0]?.end)).toBe('９００－１２－３４５６');
  });

  it('reads other Unicode digits (Arabic-Indic, Devanagari) as digits', () => {
    const arabic = 'هاتف ٥٥٥-٠١٠-١٢٣٤';
    expectDetected(arabic, '٥٥٥-٠١٠-١٢٣٤', 'phone');
    const devanagari = 'SSN ९००-१२-३४५६';
    expectDetected(devanagari, '९००-१२-३४५६', 'ssn');
  });

  it('sees through zero-width characters and soft hyphens inside an identifier', () => {
    const text = 'SSN 900\u200b-12-\u00ad3456 and mail jane\u200d.doe@example.com';
    const spans = detectText(text);
    expect(spans.map((s) => s.type)).toEqual(['ssn', 'email']);
    expect(text.slice(spans[0]?.start, spans[0]?.end)).toBe('900\u200b-12-\u00ad3456');
    expect(text.slice(spans[1]?.start, spans[1]?.end)).toBe('jane\u200d.doe@example.com');
  });

  it('keeps offsets right after characters outside the BMP', () => {
    const text = '😀😀 call 555-010-1234';
    expectDetected(text, '555-010-1234', 'phone');
  });

  it.each([
    ['call me at 5550101234', '5550101234'],
    ['tel 555 0101234', '555 0101234'],
    ['cell: +15550101234', '+15550101234'],
    ['text 555.0101234 tonight', '555.0101234'],
  ])('finds bare or oddly grouped phone numbers in context: %s', (text, value) =>
    expectDetected(text, value, 'phone'),
  );

  it('finds a phone number with en-dash separators', () =>
    expectDetected('call 555–010–1234', '555–010–1234', 'phone'));
});

describe('evasion: look-alike letters, escapes, odd separators and emphasis', () => {
  it.each([
    ['ЅЅN: 900-12-3456', '900-12-3456', 'ssn'], // Cyrillic Dze
    ['Ρatient: Ιvan Ѕmith', 'Ιvan Ѕmith', 'name'], // Greek Rho and Iota, Cyrillic Dze
    ['DΟB: 03/17/1984', '03/17/1984', 'date'], // Greek Omicron
    ['Mеmber ID: XKJ123456', 'XKJ123456', 'health_plan'], // Cyrillic e
  ] as const)('reads Cyrillic and Greek look-alikes as Latin letters: %s', (text, value, type) =>
    expectDetected(text, value, type),
  );

  it('reads a name spelled with look-alike letters and maps the span back to them', () => {
    const text = 'Ρatient: Ιvan Ѕmith, seen today';
    const name = detectText(text).find((s) => s.type === 'name');
    expect(name && text.slice(name.start, name.end)).toBe('Ιvan Ѕmith');
  });

  it.each([
    ['SSN: &#57;&#48;&#48;-12-3456', '&#57;&#48;&#48;-12-3456', 'ssn'],
    ['SSN: &#x39;&#x30;&#x30;-12-3456', '&#x39;&#x30;&#x30;-12-3456', 'ssn'],
    ['MRN&#58; 12345678', '12345678', 'mrn'],
    ['Contact: mary&#64;example.com', 'mary&#64;example.com', 'email'],
    ['&lt;name&gt;Mary Smith&lt;/name&gt;&lt;ssn&gt;900-12-3456&lt;/ssn&gt;', '900-12-3456', 'ssn'],
  ] as const)('decodes HTML and XML character references: %s', (text, value, type) =>
    expectDetected(text, value, type),
  );

  it('finds a value in &amp;-escaped XML and maps its span to the escaped text', () => {
    const text = '<note>Referred by Dr Hale &amp; Dr Obi. DOB&#58; 1984&#45;03&#45;17</note>';
    const date = detectText(text).find((s) => s.type === 'date');
    expect(date && text.slice(date.start, date.end)).toBe('1984&#45;03&#45;17');
  });

  it.each([
    ['GET /api/search?name=Mary%20Smith&dob=1984-03-17', 'Mary%20Smith', 'name'],
    ['q=phone%3A%20555-010-1234', '555-010-1234', 'phone'],
    ['?ssn=900%2D12%2D3456&x=1', '900%2D12%2D3456', 'ssn'],
    ['to=mary.smith%40example.com', 'mary.smith%40example.com', 'email'],
  ] as const)('decodes percent-encoded characters in URLs and query strings: %s', (text, value, type) =>
    expectDetected(text, value, type),
  );

  it('finds the date of a percent-encoded query string too', () =>
    expectDetected('GET /api/search?name=Mary%20Smith&dob=1984-03-17', '1984-03-17', 'date'));

  it.each([
    ['SSN 9 0 0 1 2 3 4 5 6', '9 0 0 1 2 3 4 5 6'],
    ['SSN 900/12/3456', '900/12/3456'],
    ['SSN (900) 12 3456', '(900) 12 3456'],
    ['SSN 900_12_3456', '900_12_3456'],
    ['SSN: 900-12-\n3456', '900-12-\n3456'],
  ])('finds a labelled SSN whatever separates its digits: %s', (text, value) =>
    expectDetected(text, value, 'ssn'),
  );

  it('finds a labelled record number spaced digit by digit', () =>
    expectDetected('MRN 1 2 3 4 5 6 7 8 on file', '1 2 3 4 5 6 7 8', 'mrn'));

  it.each([
    ['seen by Dr. **Quell** today', 'Quell'],
    ['Patient: **Smith**, John', 'Smith'],
    ['Patient: **Smith**, John', 'John'],
  ])('sees through markdown emphasis around a name: %s', (text, value) =>
    expectDetected(text, value, 'name'),
  );

  it.each([
    ['MRN `00417734` on the chart', '00417734', 'mrn'],
    ['SSN: `900-12-3456`', '900-12-3456', 'ssn'],
    ['Patient `Quell, Ansel` was seen', 'Quell', 'name'],
    ['- **DOB:** `03/17/1984`', '03/17/1984', 'date'],
  ] as const)('sees through the backticks of markdown inline code: %s', (text, value, type) =>
    expectDetected(text, value, type),
  );

  it.each([
    ['run `npm test` and check ```json fences```', 'npm test'],
    ['code `E11.9` and version `2.3.1`', 'E11.9'],
    ['code `E11.9` and version `2.3.1`', '2.3.1'],
  ])('keeps what inline code quotes that is no identifier: %s', (text, value) => expectKept(text, value));

  it.each([
    ['S.S.N. 900-12-3456', '900-12-3456', 'ssn'],
    ['Soc Sec # 900-12-3456', '900-12-3456', 'ssn'],
    ['SoCiAl SeCuRiTy NuMbEr: 900123456', '900123456', 'ssn'],
    ['D.O.B 03/17/1984', '03/17/1984', 'date'],
    ['d o b: 03/17/1984', '03/17/1984', 'date'],
  ] as const)('reads labels in other cases, spacing and punctuation: %s', (text, value, type) =>
    expectDetected(text, value, type),
  );

  it.each([
    ['photo data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAf', 'photo'],
    [
      'voice note data:audio/ogg;codecs=opus;base64,T2dnUwACAAAAAAAAAAA+HAAAAAAAAGyawCEBQGhlYWQ=',
      'biometric',
    ],
  ] as const)('redacts base64 media in a data: URI: %s', (text, type) =>
    expectDetected(text, text.slice(text.indexOf('data:')), type),
  );

  it('leaves text with ampersands, percent signs and asterisks that hide nothing as it is', () => {
    expectKept('Dose cut by 5 % & R&D budget at 40% * 2 of baseline');
    expectKept('**Assessment**: stable, **Plan**: continue');
  });

  it.each([
    ['PER*IC*BILLING DESK*TE*(555) 014-2231*FX*(555) 014-2298~', '(555) 014-2231', 'phone'],
    ['PER*IC*BILLING DESK*TE*(555) 014-2231*FX*(555) 014-2298~', '(555) 014-2298', 'fax'],
    ['PER*IC**TE*+15550142231*FX*+15550142298~', '+15550142231', 'phone'],
    ['PER*IC**TE*+15550142231*FX*+15550142298~', '+15550142298', 'fax'],
    ['NM1*IL*1*Ó DÚILL*SEÁN*P***MI*QZW48120577~', 'QZW48120577', 'health_plan'],
    ['NM1*85*1*Ó DÚILL*SEÁN****XX*1558014229~', '1558014229', 'license'],
  ] as const)('reads an X12 element separator as one, not as italic: %s', (text, value, type) =>
    expectDetected(text, value, type),
  );
});

describe('evasion: values broken over a line by a hyphen', () => {
  it.each([
    ['Patient name: Ma-\nrk Quell , d.o.b. 7/22/2015', 'Ma-\nrk Quell', 'name'],
    ['Tel: 812.754.8-\n506   Fax', '812.754.8-\n506', 'phone'],
  ] as const)('reads %s whole', (text, value, type) => expectDetected(text, value, type));

  it('reads a hyphen-broken value whole through the engine too', () => {
    const out = createMasker().maskText('Seen today. Tel: 812.754.8-\n506 for results');
    expect(out.text).not.toMatch(/506|812/);
  });

  it('finds the member number after an insurer and "#"', () =>
    expectDetected('Seguro: Quell Healthcare #YZZ239592031. VIN', 'YZZ239592031', 'health_plan'));
});
