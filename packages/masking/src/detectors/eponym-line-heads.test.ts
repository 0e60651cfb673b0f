import { describe, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';

// Synthetic values only.
describe("an eponym's noun on the next line", () => {
  it.each([
    ['Anesthesia: Dr Mark Mahlangu\nProcedure: Hamman crunch (CPT 95910)', 'Mark Mahlangu'],
    ['Surgeon: Dr Ines Quarrell\nTest Results: pending', 'Ines Quarrell'],
    ['Attending: Dr Wilhelm Okerlund\nSign: electronically', 'Wilhelm Okerlund'],
  ])('is a label opening the next line, not the noun after a name: %s', (text, name) =>
    expectDetected(text, name, 'name'),
  );

  it.each(['Hx of Parkinson\ndisease and Hashimoto\nthyroiditis, s/p Whipple\nprocedure'])(
    'is the noun of an eponym wrapped onto the next line: %s',
    (text) => expectKept(text),
  );
});
