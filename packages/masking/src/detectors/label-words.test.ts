import { describe, expect, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';
import { NEVER, nameDictionaries } from './dictionaries';
import { FORM_LABEL_WORDS, isFormLabelWord } from './label-words';

// Synthetic names only.
describe("a form's label words are never names", () => {
  it('knows the labels in any case and with their dots', () => {
    for (const word of ['Age', 'AGE', 'D.O.B.', 'DOB', 'dob', 'M.R.N.', 'Sex', 'Wt'])
      expect(isFormLabelWord(word)).toBe(true);
    for (const word of ['Quenby', 'Tamsin', 'Dea', 'Page']) expect(isFormLabelWord(word)).toBe(false);
  });

  it('holds them among the words no name detector takes for a name', () => {
    const { flags } = nameDictionaries();
    for (const word of FORM_LABEL_WORDS) expect((flags.get(word) ?? 0) & NEVER).toBe(NEVER);
  });

  it.each([
    ['Age 45 y/o', 'Age'],
    ['D.O.B. 03/04/1961', 'D.O.B.'],
    ['DOB 03/04/1961', 'DOB'],
    ['Wt 70 kg Ht 172 cm', 'Wt'],
  ])('keeps the label of %s', (text, label) => {
    expectKept(text, label);
  });

  it('still masks the name and the birth date beside them', () => {
    expectDetected('Quenby 45 y/o', 'Quenby', 'name');
    expectDetected('Tamsin Quenby 45 y/o', 'Tamsin Quenby', 'name');
    expectDetected('Doe 19840317', 'Doe', 'name');
    expectDetected('D.O.B. 03/04/1961', '03/04/1961', 'date');
  });
});
