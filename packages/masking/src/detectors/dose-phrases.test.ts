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

describe('one plain word before a dose where a medicine list puts it', () => {
  it.each([
    ['Regular medicines carried: Rabex 20 mg; inhaler', 'Rabex'],
    ['  - Olmin 20 mg PRN', 'Olmin'],
    ['Items: Cardace 5 mg x1; metformin 500 mg x2', 'Cardace'],
    ['flare settled; continue Domstal 10 mg nocte', 'Domstal'],
    ['Background therapy: Ecosprin 75 mg', 'Ecosprin'],
    ['{"drug": "Rabex 20 mg"}', 'Rabex'],
    ['reference: Rx Cardace 5 mg', 'Cardace'],
  ])('finds the brand in %s', (text, brand) => expect(brands(text)).toContain(brand));

  it.each(['gave Ormsby 5 mg of morphine', 'Dr Ormsby prescribed nothing', 'Hb 121 g/L'])(
    'finds none in %s',
    (text) => expect(brands(text)).toEqual([]),
  );

  it('is linear on a long run of list marks and words', () => {
    const t0 = performance.now();
    doseBrandSpans(': Abc '.repeat(5000));
    doseBrandSpans(`${'on '.repeat(10000)}5 mg`);
    expect(performance.now() - t0).toBeLessThan(100);
  });
});
