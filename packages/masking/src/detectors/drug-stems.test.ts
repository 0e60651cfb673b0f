import { describe, expect, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';
import { isDrugByStem, isDrugPhrase } from './drug-stems';

// Synthetic values only.
describe("a drug's generic name by its class's stem", () => {
  it.each(['obicetrapib', 'seltorexant', 'zilebesiran', 'ustekinumab-auub', 'nusinersen', 'acoziborole'])(
    'reads %s as a drug',
    (word) => expect(isDrugByStem(word)).toBe(true),
  );

  it.each(['Olaparib', 'mab', 'siobhan', 'taken', 'kevin', 'gundersen', 'pedersen'])(
    'reads %s as no drug',
    (word) => expect(isDrugByStem(word)).toBe(false),
  );

  it('takes a salt and what was done with the dose, and no other word', () => {
    expect(isDrugPhrase('tebipenem pivoxil taken')).toBe(true);
    expect(isDrugPhrase('taken')).toBe(false);
    expect(isDrugPhrase('olaparib jane')).toBe(false);
  });

  it.each([
    'obicetrapib taken 6/2/24; Ct value 14.7',
    'tebipenem pivoxil taken 6/2/24; nusinersen taken 4/4/24',
  ])('keeps the drug in %s', (text) => expectKept(text, text.slice(0, text.indexOf(' 6/2'))));

  it('still masks a typed name before a date', () =>
    expectDetected('re: tavita dimitriou 9/14/1983', 'tavita dimitriou', 'name'));
});
