import { describe, it } from 'vitest';
import { expectDetected, expectKept, expectNoType } from '../test-helpers';

describe('postal codes at the end of an address line and in answers', () => {
  it.each([
    ['D/C to: 100 sample dr testville ky 40001   home', '40001'],
    ['lives at 828 quarry hill trl apt 4b testtown hi 96750 (Test County)', '96750'],
    ['home address 54 sample ave apt. 3 testcity nm 87441.', '87441'],
    ['D/C to: 26 sample ct testbury on C7L 9S9   best', 'C7L 9S9'],
    ['118 Sample St Testville QLD  4350   best', '4350'],
    ['75 sample wheel pde testvale nsw 2650\nHosp no', '2650'],
    ['[agent] Can you verify your date of birth and zip?\n[guest] 7/24/53 and 46552\n', '46552'],
  ] as const)('finds %s', (text, value) => expectDetected(text, value, 'zip'));

  it.each([
    ['D/C to: 100 sample dr testville ky 40001   home', 'testville'],
    ['lives at 828 quarry hill trl apt 4b testtown hi 96750 (Test County)', 'testtown'],
    ['at 2405 sample blvd ste 110 west testbury ky 98102 (Test County)', 'west testbury'],
    ['D/C to: 26 sample ct testbury on C7L 9S9   best', 'testbury'],
    ['118 Sample St Testville QLD  4350   best', 'Testville'],
    ['lives at 12 sample rd, port testing, nsw 2650', 'port testing'],
  ] as const)('finds the town before the region in %s', (text, value) => expectDetected(text, value, 'geo'));

  it('takes no town when more than three words stand before the region', () => {
    expectKept('seen at 12 sample rd for the old testing ward testville ky 40001', 'for the old');
  });

  it('keeps numbers after state-like words off an address line', () => {
    expectNoType('took 2 tabs in 12345 ways', 'zip');
    expectKept('Glucose 110 mg/dL, ok 12345 units given', '12345');
    expectNoType('room 12 on A1B 2C3 was cleaned', 'zip');
  });

  it('reads only the line right after the question', () => {
    expectNoType('what is your zip?\nnot sure\nlot 12345 of the batch', 'zip');
  });
});

describe('a town and its ZIP code after a word of living there', () => {
  it.each([
    ['sister at bedside lives in west testfurt 68377', 'west testfurt', '68377'],
    ['pt resides in Testport 13070-1234 with wife', 'Testport', '13070-1234'],
  ] as const)('finds %s', (text, town, zip) => {
    expectDetected(text, town, 'geo');
    expectDetected(text, zip, 'zip');
  });

  it('keeps numbers after other words of living', () => {
    expectNoType('lives in the area 12345 units away', 'zip');
    expectNoType('living in pain 10000 steps a day', 'zip');
  });
});

describe('a ZIP code said in a sentence', () => {
  it.each([
    ['User: 5359 - also my zip is 91109\nUser: thanks', '91109'],
    ['my zip code would be 60614-2203.', '60614-2203'],
    ['the postal code was 00501, I think', '00501'],
  ] as const)('finds %s', (text, zip) => expectDetected(text, zip, 'zip'));

  it('keeps a number that is no ZIP code after the words', () => {
    expectNoType('zip is 1234 short', 'zip');
    expectNoType('the zipper is 12345 mm long', 'zip');
  });
});
