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
});
