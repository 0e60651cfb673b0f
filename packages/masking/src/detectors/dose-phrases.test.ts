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
  ])('finds the brand in %s', (text, brand) => expect(brands(text)).toContain(brand));

  it.each([
    // A plain name right before a dose may be the person given it; a name prefix is no product's capital.
    'gave Ormsby 5 mg of morphine',
    'McTavish 10 mg given',
    'Hb 121 g/L',
  ])('finds none in %s', (text) => expect(brands(text)).toEqual([]));

  it('keeps the brand in the engine and still masks the patient', () => {
    const text = 'Orla Quennell was started on Ferrovale-tab 200 mg and Ural sachet 4 g.';
    expectKept(text, 'Ferrovale-tab 200 mg');
    expectKept(text, 'Ural sachet 4 g');
    expectDetected(text, 'Orla Quennell', 'name');
  });
});
