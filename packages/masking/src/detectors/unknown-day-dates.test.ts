import { describe, expect, it } from 'vitest';
import { foundBy } from '../test-helpers';
import { unknownDayDates } from './unknown-day-dates';

describe('unknown-day dates', () => {
  it.each([
    ['"ae_onset": "UN-JUL-2024",', 'UN-JUL-2024'],
    ['pacemaker (serial SN-45461819) implanted UNK/04/2022. Causality', 'UNK/04/2022'],
    ['onset uk-Jan-2020 per source', 'uk-Jan-2020'],
    ['start date XX/03/2021', 'XX/03/2021'],
  ])("finds a form's date with its day unknown in %s", (text, value) => {
    expect(foundBy(unknownDayDates, text)).toEqual([value]);
  });

  it('keeps a year alone, mixed separators and words that open like the mark', () => {
    expect(foundBy(unknownDayDates, 'onset UNK/UNK/2022; UN-03/2021; UNIT-12-2024; run 2 of 2024')).toEqual(
      [],
    );
  });
});
