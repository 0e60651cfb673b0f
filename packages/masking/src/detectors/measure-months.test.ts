import { describe, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';

// Synthetic values only.
describe("a month alone after a change of the person's weight", () => {
  it.each([
    ['Pt reports 3 lb weight gain since June. O: RR 20', 'June'],
    ['Down 12 kg since March per her scale.', 'March'],
  ])('is a date: %s', (text, month) => expectDetected(text, month, 'date'));

  it.each([
    ['146 discharges in October across the system.', 'October'],
    ['Readmission rate 12% in March.', 'March'],
  ])("leaves a statistic's period alone: %s", (text, month) => expectKept(text, month));
});
