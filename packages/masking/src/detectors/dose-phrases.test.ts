import { describe, expect, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';
import { doseBrandSpans } from './dose-phrases';

function brands(text: string): string[] {
  return doseBrandSpans(text).map(([s, e]) => text.slice(s, e));
}

describe("a medicine's brand before its dose", () => {
  it.each([
    ['On Brisko-tab 150 mg nocte.', 'Brisko-tab'],
    ['meds include Ormsby sachet 3 g and more', 'Ormsby sachet'],
    ['Current medication: Quellax Half 1 sachet q4h PRN', 'Quellax Half'],
    ['Quellix inhaler 250/50 mcg', 'Quellix inhaler'],
    ['started NovaPrexil 20 mg daily', 'NovaPrexil'],
    ['Tarrow SR 100 mg tds', 'Tarrow SR'],
    // A brand before a pack of so many days, a strength between or not.
    ['749762,Quellique 91 Day Pack,233.38', 'Quellique'],
    ['Current: Camila 28 Day Pack', 'Camila'],
    ['Levora 0.15/30 28 Day Pack', 'Levora'],
  ])('finds the brand in %s', (text, brand) => expect(brands(text)).toContain(brand));

  it.each([
    // A plain name right before a dose may be the person given it; a name prefix is no product's capital.
    'gave Ormsby 5 mg of morphine',
    'McTavish 10 mg given',
    'Hb 121 g/L',
    // A pack's days without the word "Pack", or a count of days alone.
    'Camila 28 Day supply',
    'Camila 28 days',
  ])('finds none in %s', (text) => expect(brands(text)).toEqual([]));

  it('keeps the brand in the engine and still masks the patient', () => {
    const text = 'Orla Quennell was started on Ferrovale-tab 200 mg and Ural sachet 4 g.';
    expectKept(text, 'Ferrovale-tab 200 mg');
    expectKept(text, 'Ural sachet 4 g');
    expectDetected(text, 'Orla Quennell', 'name');
  });

  it("keeps a pack's brand that borrows a given name", () => {
    const text = 'Orla Quennell: Camila 28 Day Pack since March.';
    expectKept(text, 'Camila 28 Day Pack');
    expectDetected(text, 'Orla Quennell', 'name');
  });
});
