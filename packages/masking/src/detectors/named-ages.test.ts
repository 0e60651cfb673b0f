import { describe, it } from 'vitest';
import { expectDetected, expectKept, expectNoType } from '../test-helpers';

describe('an age in brackets after a name', () => {
  it.each([
    ['Proband: Orla Quennell (93), referred for review.', '93'],
    ['Patient: Tavish Marrowby (101), lives alone.', '101'],
  ])('finds %s', (text, value) => expectDetected(text, value, 'age'));

  it('keeps a bracketed value after anything but a name, and ages under 90', () => {
    expectKept('fasting glucose (102), repeat in 3 months', '102');
    expectKept('HR (96) regular', '96');
    expectKept('Proband: Orla Quennell (48), referred for review.', '48');
  });
});

describe('an age between commas after a name', () => {
  it.each([
    ['- Orla Quennell, 94, admitted 3/2 with pneumonia.', '94'],
    ['Marrowby, Tavish, 102; lives alone.', '102'],
    ['Tavish Marrowby, 91 yo, fell at home.', '91'],
  ])('finds %s', (text, value) => expectDetected(text, value, 'age'));

  it('keeps counts and values after other words, and ages under 90', () => {
    expectKept('glucose, 102, repeat fasting', '102');
    expectKept('Beds on ward, 96, all staffed', '96');
    expectKept('- Orla Quennell, 48, admitted 3/2 with pneumonia.', '48');
    expectKept('Orla Quennell, 95 mg daily', '95 mg');
  });
});

describe('an age over 89 a writer gives of themself', () => {
  it.each([
    ['the bill says i never came. im 97 not confused. call me', '97'],
    ["I'm 104 years old and still drive", '104'],
  ])('finds %s', (text, value) => expectDetected(text, value, 'age'));

  it('keeps a percentage, a weight and a younger age', () => {
    expectKept("I'm 95% sure it was Tuesday", '95%');
    expectKept('I am 100 kg now', '100 kg');
    expectKept('im 45 not stupid', '45');
  });
});

describe('ages over 89 after a word no dictionary knows', () => {
  it.each([
    ['Hi team,\nReferring Thukkasen (94) for weekly box from the pantry', '94'],
    ['* TROMP, YAZMIN (95), benefit period 3, day 101.', '95'],
    ['Caller: self — Ulfynn Svaeduay, 92; callback pending', '92'],
  ] as const)('finds %s', (text, value) => expectDetected(text, value, 'age'));

  it('keeps values in brackets after clinical and common words', () => {
    expectNoType('Glucose (95) fasting, HR (96), Chloride (98), Weight (92) kg', 'age');
    expectNoType('Results: Sodium, 98; Potassium, 4.1', 'age');
  });
});

describe("an age over 89 before the sex, and a relative's in brackets", () => {
  it.each([
    ['May 4th - Quorrinby, Rhoynn, 101 woman, Hosp # 00499157', '101'],
    ['2025-02-23 - Tarrow, Ilse, 93 man, chart # 6195868', '93'],
    ['Married to Orrin Vale. Her mother (92) lives with them.', '92'],
  ])('finds it in %j', (text, age) => expectDetected(text, age, 'age'));

  it.each([
    'Cardiology, 95 male patients seen',
    'Married. Her mother (72) lives with them.',
    'Tarrow, Ilse, 45 woman',
  ])('keeps %j', (text) => expectNoType(text, 'age'));
});
