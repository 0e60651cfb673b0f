import { describe, expect, it } from 'vitest';
import { foundBy } from '../test-helpers';
import { visitSummaries } from './visit-summaries';

// Synthetic values only.
const namesIn = (text: string): string[] => foundBy(visitSummaries, text);

describe("who a visit's one-line summary names", () => {
  it.each([
    ['F/U JB - wound check', 'JB'],
    ['f/u T.Q.: dressing change', 'T.Q.'],
    ['New pt ARQ (Dr. Vantresk)', 'ARQ'],
    ['JB f/u', 'JB'],
    ['KM - post-op check', 'KM'],
    ['Tamsin Quillanoğlu new pt', 'Tamsin Quillanoğlu'],
    ['QUILL, TAMSIN - f/u', 'QUILL, TAMSIN'],
  ])('%s names %s', (text, name) => {
    expect(namesIn(text)).toEqual([name]);
  });

  it('keeps the letters of a test, a service or a condition, and words that name no one', () => {
    for (const text of [
      'F/U CT - chest',
      'f/u HF clinic',
      'F/U DM - A1c check',
      'F/U US - renal',
      'F/U MRI: brain',
      'Follow Up - Cardiology',
      'Billing Office new pt',
      'Wound Care f/u',
      'CBC f/u tomorrow',
      'follow up in 2 weeks; recheck NT-proBNP 4400 pg/mL',
      'F/U NT-proBNP',
    ])
      expect(namesIn(text)).toEqual([]);
  });
});
