import { describe, expect, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';
import { instrumentScoreSpans } from './instrument-scores';

// Synthetic values only.
describe('an instrument score out of its maximum', () => {
  it.each([
    ['GAD-7 11, BIMS 9/15.', 'BIMS 9/15'],
    ['MoCA 26/30 today', 'MoCA 26/30'],
    ['PHQ-9 score 12/27', 'PHQ-9 score 12/27'],
  ])('keeps %s', (text, score) => expectKept(text, score));

  it('leaves a date after a scan or a maximum that is not the instrument', () => {
    expect(instrumentScoreSpans('MRI 9/15 showed no change')).toEqual([]);
    expect(instrumentScoreSpans('BIMS 9/14')).toEqual([]);
    expectDetected('MRI 9/15 showed no change', '9/15', 'date');
  });

  it('finds a score whatever the case of its name, and none in a text naming no instrument', () => {
    expect(instrumentScoreSpans('katz 4/6, Barthel 85/100')).toEqual([
      [0, 8],
      [10, 24],
    ]);
    // The Kelvin sign is a 'k' once lower-cased, as the names are looked up.
    expect(instrumentScoreSpans('\u212AATZ 4/6')).toEqual([[0, 8]]);
    expect(instrumentScoreSpans('BP 120/80, HR 72, pain 3/10')).toEqual([]);
  });
});
