import { describe, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';

describe('a town and its postcode before the region, as Nigeria and South Africa write them', () => {
  it.each([
    ['Seen at 14 Marina Road, Ikeja, 100271, Lagos State. Tel: pending', 'Ikeja', 'geo'],
    ['Seen at 14 Marina Road, Ikeja, 100271, Lagos State. Tel: pending', '100271', 'zip'],
    ['lives at 8 Church Street, Zone B, Tembisa, 1632, Gauteng; works nights', 'Tembisa', 'geo'],
    ['lives at 8 Church Street, Zone B, Tembisa, 1632, Gauteng; works nights', 'Zone B', 'geo'],
    ['lives at 8 Church Street, Zone B, Tembisa, 1632, Gauteng; works nights', '1632', 'zip'],
  ])('finds in %s: %s', (text, value, type) => expectDetected(text, value, type as 'geo' | 'zip'));

  it('keeps the state or province after the postcode', () => {
    expectKept('Seen at 14 Marina Road, Ikeja, 100271, Lagos State. Tel: pending', 'Lagos State');
  });

  it('takes nothing from counts between commas without a street before them', () => {
    expectKept('Cohort A, Arm 2, 1500, Baseline visit done', '1500');
    expectKept('Platelets, Haemoglobin, 2500, Normal range', 'Haemoglobin');
  });
});

describe('streets named in Afrikaans or Dutch', () => {
  it.each([
    ['Household of 4 at 312 Kerk Straat, Section F, Atteridgeville', '312 Kerk Straat'],
    ['moved to 27 Voortrekkerweg last winter', '27 Voortrekkerweg'],
    ['address 9 Jan Smuts Laan, Randburg', '9 Jan Smuts Laan'],
  ])('finds in %s', (text, value) => expectDetected(text, value, 'street_address'));

  it('keeps a number before other capitalized words', () => {
    expectKept('Gave 2 Weeks supply of insulin', '2 Weeks');
  });
});

describe('the parts after a street line', () => {
  it('takes a Singapore unit after a blank on the block line', () => {
    expectDetected(
      'Mdm Lee\nBlk 12 Bedok North Ave 4 #03-117\nSingapore 460012',
      '#03-117',
      'street_address',
    );
  });

  it('takes the town that closes a quoted address', () => {
    expectDetected('check failed: \\"4411 HARBOR VIEW DR, KALISPELL\\" (zip 59901)', 'KALISPELL', 'geo');
  });

  it('takes the town before whom the person lives there with', () => {
    expectDetected('Lives at 22 Alder Way, Fernhill with her daughter.', 'Fernhill', 'geo');
  });

  it('keeps a number sign after other lines', () => {
    expectKept('Room 4 #12-3 checked', '#12-3');
  });
});
