import { describe, expect, it } from 'vitest';
import { foundBy } from '../test-helpers';
import { letterReferences } from './letter-references';

// Synthetic values only.
const refsIn = (text: string): string[] => foundBy(letterReferences, text);

describe("a letter's reference number after 'Reference'", () => {
  it.each([
    ['Adverse benefit determination   Reference QXM425070000   Medicare ID 0000', 'QXM425070000'],
    ['Reference #0180QX863836', '0180QX863836'],
    ['REF: 0368808631287', '0368808631287'],
  ])('%s holds %s', (text, ref) => {
    expect(refsIn(text)).toEqual([ref]);
  });

  it('keeps reference ranges, codes with a dash, years and words', () => {
    for (const text of [
      'Reference range 0.45-4.50',
      'Reference 20454-5',
      'Reference 2024',
      'Reference: see attached',
      'Reference ISO15189 standard',
    ])
      expect(refsIn(text), text).toEqual([]);
  });
});
