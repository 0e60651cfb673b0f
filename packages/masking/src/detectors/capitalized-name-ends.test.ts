import { describe, expect, it } from 'vitest';
import { expectDetected, expectKept, foundBy } from '../test-helpers';
import { typedNames } from './typed-names';

// Synthetic values only.
describe('a name begun in capitals', () => {
  it.each([
    ['Social: her sister Colette checks on her daily.', 'Colette', 'checks'],
    ['Her daughter Maeve visits on weekends.', 'Maeve', 'visits'],
    [
      '{"text":"Patient: Abernathy, Clyde J  DOB: 05/19/1950. Wife Loretta reachable at (207) 555-0142."}',
      'Loretta',
      'reachable',
    ],
  ])('ends before a lower-case word no list has as a name: %s', (text, name, word) => {
    expectDetected(text, name, 'name');
    expectKept(text, word);
  });

  it.each([
    ['Lives alone; her sister checks on her daily.', 'checks'],
    ['his son drives him to dialysis on tuesdays', 'drives'],
  ])('a verb after a relative in lower case is no name: %s', (text, word) => {
    expectKept(text, word);
  });

  it('goes on over a name typed in lower case', () => {
    expect(foundBy(typedNames, 'dtr oksana called x2')).toEqual(['oksana']);
  });
});
