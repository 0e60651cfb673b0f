import { describe, expect, it } from 'vitest';
import { foundBy } from '../test-helpers';
import { personNames } from './names';

// Synthetic values only.
describe('a pronoun opening a sentence before a verb people do in notes', () => {
  it.each([
    'Chest pain resolved. He was admitted to the floor on 11/23.',
    'He was seen by cardiology.',
    'Afebrile overnight. He reports less pain. He denies dyspnea.',
    'He was discharged home with his wife.',
  ])('is no name: %s', (text) => {
    expect(foundBy(personNames, text)).toEqual([]);
  });

  it('still finds the family name He with a title or a given name', () => {
    expect(foundBy(personNames, 'Mr. He was admitted on 11/23.')).toEqual(['Mr. He']);
    expect(foundBy(personNames, 'He Wei was admitted on 11/23.')).toEqual(['He Wei']);
  });
});
