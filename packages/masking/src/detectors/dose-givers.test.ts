import { describe, expect, it } from 'vitest';
import { foundBy } from '../test-helpers';
import { doseGiversDetector } from './dose-givers';

// Synthetic names only.
const givers = (text: string): string[] => foundBy(doseGiversDetector, text);

describe('the person who gave a dose, in a dose record line', () => {
  it.each([
    ['14.12.2024  Vaxelis 0.5 mL  Pharmacy Quenby', 'Quenby'],
    ['18-FEB-2023  RotaTeq 0.5 mL  Council clinic Varnow', 'Varnow'],
    ['2/5/23  Priorix-Tetra 0.5 mL  GP Te Whare', 'Te Whare'],
    [
      '2/5/23  Infanrix hexa 0.5 mL  Pharmacy Ó Súilleabháin\nUp to date for age (11): Yes.',
      'Ó Súilleabháin',
    ],
    ['| 02/03/2024 | Fluad Quad 0.5 mL  Practice nurse Quillan | given |', 'Quillan'],
  ])('%s', (text, name) => {
    expect(givers(text)).toEqual([name]);
  });

  it('leaves the place alone when no name follows it, and lines without a dose', () => {
    for (const text of [
      '14.12.2024  Vaxelis 0.5 mL  Pharmacy Room',
      '14.12.2024  Vaxelis 0.5 mL  Council clinic',
      'Pharmacy Quenby called about the order',
      'Vaxelis given at Pharmacy Quenby',
    ])
      expect(givers(text), text).toEqual([]);
  });
});
