import { describe, expect, it } from 'vitest';
import { expectKept, foundBy } from '../test-helpers';
import { employers } from './employers';

describe('an employer where a note says the person works there', () => {
  it.each([
    [
      'Social: lives with his wife; works at Pemberton Tool & Die; smoked until 1992.',
      'Pemberton Tool & Die',
    ],
    ['Works at Keller Bros. Roofing. Family: sister with diabetes.', 'Keller Bros. Roofing'],
    ["Employed by Harlan's Auto Body since 2001 as a mechanic.", "Harlan's Auto Body"],
    ['She has worked for the Millbrook Paper Company for 30 years.', 'Millbrook Paper Company'],
    ['is employed at Sunrise Bakery, nights.', 'Sunrise Bakery'],
    ['works for Quillfield Grain Co-op and farms', 'Quillfield Grain Co-op'],
    ['Works for Veldhoven Optics B.V. since 2019.', 'Veldhoven Optics B.V.'],
    ['employed by Carrow Ltd. as a welder', 'Carrow Ltd.'],
  ])('finds the employer in %j', (text, value) => expect(foundBy(employers, text)).toEqual([value]));

  it.each([
    ['RN, works at Marrowstone Valley Hospital on 4 West.'],
    ['works at St. Brendan of the Dunes Medical Center'],
    ['works for Sandpiper Health Plan'],
    ['works at home; worked nights in the past.'],
    ['Works as a dispatcher for Union Pacific Railroad.'],
    ['Retired from Osgood Poultry in 2013.'],
    ['walks at night; works out at the gym'],
  ])('leaves a health-care employer, a setting and other verbs in %j', (text) =>
    expect(foundBy(employers, text)).toEqual([]),
  );

  it('leaves the drug, the dose and the year around it', () => {
    const text = 'Works at Osgood Poultry since 2013; Eliquis (apixaban) 5 mg PO BID.';
    expectKept(text, 'since 2013');
    expectKept(text, 'Eliquis (apixaban) 5 mg PO BID');
  });
});
