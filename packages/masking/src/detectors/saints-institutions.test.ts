import { describe, expect, it } from 'vitest';
import { foundBy } from '../test-helpers';
import { personNames } from './names';

// Synthetic values only.
describe("a saint's name opening an institution's", () => {
  it.each([
    'Site 04 is St. Brendan of the Dunes Medical Center in the network.',
    "Transferred from Saint Luke's Hospital ED.",
    'Baptised at St. Brigid Parish Church.',
  ])('is no person: %s', (text) => expect(foundBy(personNames, text)).toEqual([]));

  it('leaves a family name that begins with St. alone', () => {
    expect(foundBy(personNames, 'Mr. St. Clair was seen.')).toContain('Clair');
    expect(foundBy(personNames, 'St. Clair was admitted to the ward.')).toContain('Clair');
  });
});
