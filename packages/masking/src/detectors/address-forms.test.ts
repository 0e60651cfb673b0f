import { describe, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';

describe('streets said in lower case after an address cue', () => {
  it.each([
    ['patient lives at 548 sample knoll in lake testing end of dictation', '548 sample knoll'],
    ['patient lives at 116 sample vista in port testtown end of dictation', '116 sample vista'],
  ] as const)('finds the street in %s', (text, value) => expectDetected(text, value, 'street_address'));

  it.each([
    ['patient lives at 548 sample knoll in lake testing end of dictation', 'lake testing'],
    ['pt lives at 12 sample rd in testville and walks daily', 'testville'],
  ] as const)('finds the town in %s', (text, value) => expectDetected(text, value, 'geo'));

  it('keeps words after a street that are no town', () => {
    expectKept('lives at 12 oak st with daughter and son', 'with daughter');
    expectKept('lives 2 miles down the road with wife', 'miles down the road');
  });
});

describe('coordinates as a JSON array of two strings inside text', () => {
  it.each([
    ['{"current_location":["47.5746893","-80.6018697"]}', '47.5746893'],
    ['{"current_location":["47.5746893","-80.6018697"]}', '-80.6018697'],
    ['"current_location": [\n  "33.2530839",\n  "-81.2385265"\n]', '-81.2385265'],
  ] as const)('finds %s → %s', (text, value) => expectDetected(text, value, 'geo'));

  it('keeps two fractions, and a longer list of figures', () => {
    expectKept('{"weights":["0.41723","0.58277"]}', '0.41723');
    expectKept('{"ratios":["12.34567","45.67890","1.00000"]}', '12.34567');
  });
});

describe('coordinates in text', () => {
  it.each([
    [
      'Crash scene (41.691302157365, -70.34629573040885), vehicle towed',
      '41.691302157365, -70.34629573040885',
    ],
    ['GPS 39.0690, -106.2970 at pickup', '39.0690, -106.2970'],
    ['c2324650,01085,42.16998755243952,-72.772731490080,676628.31', '42.16998755243952,-72.772731490080'],
  ] as const)('finds the pair in %s', (text, value) => expectDetected(text, value, 'geo'));

  it('keeps two fractions and figures with few decimals', () => {
    expectKept('ratio 0.123456789, 0.987654321 of baseline', '0.123456789, 0.987654321');
    expectKept('costs 233.38,24.37 and 46', '233.38,24.37');
  });
});

describe('military and diplomatic mailing addresses', () => {
  it.each([
    ['address is Unit 3003 Box 2421\nDPO AA 92101.', 'Unit 3003 Box 2421'],
    ['The statement went to PSC 1234, Box 5678, APO AE 09012 but I moved.', 'PSC 1234, Box 5678'],
    ['address is USNV Holloway, FPO AP 96543', 'USNV Holloway'],
  ] as const)('finds %s → %s', (text, value) => expectDetected(text, value, 'street_address'));

  it('keeps a unit and a box without the military post line', () => {
    expectKept('Unit 4 Box 5 was restocked', 'Unit 4 Box 5');
  });
});
