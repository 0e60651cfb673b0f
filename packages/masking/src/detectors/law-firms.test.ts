import { describe, expect, it } from 'vitest';
import { expectKept } from '../test-helpers';
import { lawFirmSpans } from './law-firms';

function firms(text: string): string[] {
  return lawFirmSpans(text).map(([s, e]) => text.slice(s, e));
}

describe('firms named after their partners', () => {
  it.each([
    ['"organization": "Marrow, Quist & Tarrow",', 'Marrow, Quist & Tarrow'],
    [
      'Atty rep ltr from Odile Vane, Marrow, Quist & Tarrow. All contact thru atty.',
      'Marrow, Quist & Tarrow',
    ],
    ['to Vale, Orrin, Quist & Tarrow, LLP, 12 Main St', 'Vale, Orrin, Quist & Tarrow, LLP'],
    ['Counsel: Marrow, Quist & Tarrow PC', 'Marrow, Quist & Tarrow PC'],
  ])('keeps the firm in %s', (text, firm) => {
    expect(firms(text)).toEqual([firm]);
    expectKept(text, firm);
  });

  it.each([
    'Guardians: Tarrow, John & Mary',
    'Tarrow, John & Mary Tarrow attended',
    'Marrow & Quist',
    'Seen: Tarrow, Quist and Vale',
  ])('reads no firm in %s', (text) => expect(firms(text)).toEqual([]));
});
