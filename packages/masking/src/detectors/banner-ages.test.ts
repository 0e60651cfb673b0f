import { describe, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';

describe('an age over 89 in a patient banner', () => {
  it.each([
    ['TAMSWORTH, QUILL | 97 Y Female | DOB 02/03/1928 | MRN Q7720145', '97'],
    ['Quill Tamsworth | 101 years M | DOB 1924-06-01', '101'],
    ['DOB: 4/4/1931 (94 years) F', '94'],
    ['DOB: 4/4/1928 (96 Y) Male', '96'],
  ])('finds %s', (text, value) => expectDetected(text, value, 'age'));

  it('keeps younger ages and numbers that are not ages', () => {
    expectKept('TAMSWORTH, QUILL | 47 Y Female | DOB 02/03/1978', '47 Y');
    expectKept('Smoking history | 40 years |', '40 years');
    expectKept('Survival at 5 years (95% CI)', '95% CI');
  });
});
