import { describe, expect, it } from 'vitest';
import { eponymSpans } from './eponym-phrases';

function eponyms(text: string): string[] {
  return eponymSpans(text).map(([s, e]) => text.slice(s, e));
}

describe('eponyms before their clinical noun', () => {
  it.each([
    ['Family referred to Brannock-Velde model handout.', 'Brannock-Velde'],
    ['Skin: Quist-Marrow folds bilaterally.', 'Quist-Marrow'],
    ['Exam: Lévêque-Ørsted sign positive', 'Lévêque-Ørsted'],
    ['72 yo w/ Tarrowby pentad, febrile', 'Tarrowby'],
    ["Hx Ostrander's syndrome.", "Ostrander's"],
    ['flag for Vessaby triad? next appt', 'Vessaby'],
    ['Inhaler 2 puffs q4h PRN. Quist-Marrow folds.', 'Quist-Marrow'],
  ])('finds the name in %s', (text, name) => expect(eponyms(text)).toEqual([name]));

  it.each([
    // A verb after a name, or a person named before it, is no eponym.
    'Please have Tarrowby sign here.',
    'let Quist test her sugars',
    'Jane Quist-Marrow test results pending',
    'Dr Tarrowby syndrome clinic on Friday',
    'Seen by Dr. Tarrowby pentad clinic',
    'Orrin folds the laundry',
    'No clinical noun here at all.',
  ])('finds none in %s', (text) => expect(eponyms(text)).toEqual([]));
});
