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
