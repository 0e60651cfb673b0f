import { describe, expect, it } from 'vitest';
import { detectText } from '../detect';

// Synthetic numbers only.
const phones = (text: string): string[] =>
  detectText(text)
    .filter((s) => s.type === 'phone' || s.type === 'fax')
    .map((s) => text.slice(s.start, s.end));

describe("a phone number's extension", () => {
  it.each([
    ['Reply C to confirm or call 555.010.0757,,6854.', '555.010.0757,,6854'],
    ['CivicRx Mail Pharmacy, 5550104417 ext 7282', '5550104417 ext 7282'],
    ['new cell is +49 30 60064790,,956. i moved', '+49 30 60064790,,956'],
    ['Phone (C): 5550104417 ext 473', '5550104417 ext 473'],
    ['Phone (C) = 5550104417 x9549', '5550104417 x9549'],
    ['Phone: (555) 010-4417 (ext 12) today', '(555) 010-4417 (ext 12)'],
    ['Fax: (555) 010-4417, extension 4', '(555) 010-4417, extension 4'],
    ['call 555.010.0757,, 6854 after hours', '555.010.0757,, 6854'],
    ['Phone (C):\t5550104417\text 473', '5550104417\text 473'],
  ])('%s holds %s', (text, number) => {
    expect(phones(text)).toEqual([number]);
  });

  it('leaves a dose and a count after it', () => {
    expect(phones('Phone: 555-010-0100, 20 mg daily')).toEqual(['555-010-0100']);
    expect(phones('Pharmacy: 555-010-0100,, closed Sundays')).toEqual(['555-010-0100']);
    expect(phones('Pharmacy: 555-010-0100 exterior door')).toEqual(['555-010-0100']);
  });
});
