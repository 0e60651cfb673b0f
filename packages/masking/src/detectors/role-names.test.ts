import { describe, it } from 'vitest';
import { expectDetected, expectNoType } from '../test-helpers';

// Synthetic values only.
describe("a person named right after the role they hold in the patient's care", () => {
  it.each([
    ['Attending Dr. Stone; next of kin Kalani Quolaq 251.858.6348.', 'Kalani Quolaq'],
    ['MWF since 4/2022; dialysis coordinator Rusty (310) 526-5338.', 'Rusty'],
    ['Your nurse today: Joy.', 'Joy'],
    ['case manager Hung will follow up on the ride', 'Hung'],
    ['Spoke with the health care proxy Dawn Okerlund by phone', 'Dawn Okerlund'],
  ])('%s', (text, name) => expectDetected(text, name, 'name'));

  it.each(['Pain coordinator Training was moved to May', 'proxy server unreachable', 'next of kin notified'])(
    'keeps %s',
    (text) => expectNoType(text, 'name'),
  );
});
