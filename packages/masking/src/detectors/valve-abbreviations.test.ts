import { describe, expect, it } from 'vitest';
import { foundBy } from '../test-helpers';
import { personNames } from './names';

// Synthetic values only.
describe('MR and MS in capitals as findings, not titles', () => {
  it.each([
    'TTE showed severe MR. Repeat echo in 6 months.',
    'Mild AS, mild MR. Normal RV function.',
    'History of MS. Baseline EDSS 3.0.',
    'Moderate MS. Valve area 1.2 cm2.',
  ])('masks nothing in %s', (text) => {
    expect(foundBy(personNames, text)).toEqual([]);
  });

  it('keeps MR. and MS. as titles before a name', () => {
    expect(foundBy(personNames, 'seen by MR. Quigley in clinic.')).toEqual(['MR. Quigley']);
    expect(foundBy(personNames, 'MS. Ortega called back.')).toEqual(['MS. Ortega']);
  });
});

describe('a name in capitals after a title', () => {
  it('ends where the sentence goes on', () => {
    expect(foundBy(personNames, 'MR. JOHN SMITH WAS SEEN TODAY.')).toEqual(['MR. JOHN SMITH']);
    expect(foundBy(personNames, 'MRS. ANNA QUENBY IS A 54 YEAR OLD WOMAN.')).toEqual(['MRS. ANNA QUENBY']);
  });
});
