import { describe, expect, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';
import { GIVEN, nameDictionaries } from './dictionaries';

describe('given names of the census and the English names corpus', () => {
  it('are given names of the dictionaries', () => {
    const flags = nameDictionaries().flags;
    for (const name of ['ebenezer', 'lorrie', 'sharleen', 'lyndon', 'ghislaine'])
      expect((flags.get(name) ?? 0) & GIVEN, name).toBe(GIVEN);
  });

  it.each([
    ['Children at home: Ebenezer (9) and a baby.', 'Ebenezer'],
    ['Passenger Lorrie (14) was unhurt.', 'Lorrie'],
  ])('find a given name alone in %s', (text, name) => expectDetected(text, name, 'name'));

  it.each([
    ['Morse Fall Scale 40; Barthel index 55', 'Morse Fall Scale'],
    ["Family history of Huntington's chorea", "Huntington's chorea"],
    ['Referred to Visiting Nurse Service of York', 'York'],
  ])('leave scales, diseases and towns that are also names in %s', (text, keep) => expectKept(text, keep));
});
