import { describe, expect, it } from 'vitest';
import { foundBy } from '../test-helpers';
import { dobNames } from './dob-names';

describe("a name right before its birth date's label", () => {
  it.each([
    ['FYI edmund runolfsdottir DOB 8/7/05 no-showed again', 'edmund runolfsdottir'],
    ['FYI Svaeluette E. Ulfvroo DOB 8/7/05 no-showed again', 'Svaeluette E. Ulfvroo'],
    ['look up stefanie brown dob 06-25-1962 at the ED', 'stefanie brown'],
    ['Claimant: embeluur svaongoğlu, DOB 9/25/1940, SSN on file', 'embeluur svaongoğlu'],
    ['pavedu jorongur   94 y.o.   DOB: 11/05/1930   MRN: 0091', 'pavedu jorongur'],
    ['Records for Ilona Kovacs date of birth 3/3/1951', 'Ilona Kovacs'],
  ])('finds the name in %j', (text, value) => expect(foundBy(dobNames, text)).toEqual([value]));

  it.each([
    ['Please verify name and DOB before the draw'],
    ['Confirm pt DOB on file'],
    ['Father colon cancer DOB unknown'],
    ['two identifiers (name, DOB) checked'],
    ['Requested records DOB 1/2/1950'],
    ['Wrong DOB on the wristband'],
    ['IVR: please say your date of birth. CALLER: april'],
    ['press two and like, have your date of birth ready thanks'],
  ])('reads no name in %j', (text) => expect(foundBy(dobNames, text)).toEqual([]));
});
