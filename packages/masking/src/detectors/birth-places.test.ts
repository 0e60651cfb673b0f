import { describe, expect, it } from 'vitest';
import { foundBy } from '../test-helpers';
import { birthPlaces } from './birth-places';

describe("the place of birth a form's label names", () => {
  it.each([
    [
      '5. FACILITY NAME: Ironwood ASC   6. CITY, TOWN, OR LOCATION OF BIRTH: Quarry Hill   7. COUNTY',
      'Quarry Hill',
    ],
    ['City of birth: Wyndmoor\nSex: F', 'Wyndmoor'],
    ['CITY OF BIRTH: New Bremen\n8a. MOTHER', 'New Bremen'],
    ['Town/village of birth: Port Ansel, WI', 'Port Ansel'],
  ])('finds the town in %j', (text, value) => expect(foundBy(birthPlaces, text)).toEqual([value]));

  it.each([
    ['City of birth: Nigeria'],
    ['City of birth: Texas'],
    ['TOWN OF BIRTH: Hospital'],
    ['City of birth: unknown'],
    ['DATE OF BIRTH: 11/7/2022'],
  ])('keeps a country, a state, a setting and other labels in %j', (text) =>
    expect(foundBy(birthPlaces, text)).toEqual([]),
  );
});
