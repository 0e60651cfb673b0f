import { describe, expect, it } from 'vitest';
import { foundBy } from '../test-helpers';
import { personNames } from './names';

// Synthetic values only.
describe('a word of care work opening a sentence before a verb', () => {
  it.each([
    'Refill sent to the pharmacy on 3/4.',
    'Voicemail left for the daughter.',
    'Specimen sent to pathology.',
    'Consent signed and placed in the chart.',
    'Supplies delivered to the home.',
  ])('is no name: %s', (text) => {
    expect(foundBy(personNames, text)).toEqual([]);
  });

  it('leaves a name before the same verb alone', () => {
    expect(foundBy(personNames, 'Quenby sent the form back on 3/4.')).toEqual(['Quenby']);
  });
});
