import { describe, expect, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';
import { isScoreOutOfTen, isValueRange, namedScoreSpans } from './scores-and-ranges';

describe('reference ranges', () => {
  it('tells a range of values from a reference number', () => {
    expect(isValueRange('30-400')).toBe(true);
    expect(isValueRange('0.45-4.50')).toBe(true);
    expect(isValueRange('3.5-5.1')).toBe(true);
    expect(isValueRange('2024-00412')).toBe(false);
    expect(isValueRange('400-30')).toBe(false);
    expect(isValueRange('PA-95608175')).toBe(false);
  });

  it('keeps a range after "ref" and still takes a reference number there', () => {
    expectKept('sodium 131 mmol/L (ref 135-145).', '135-145');
    expectKept('TSH 6.2 mIU/L (ref 0.40-4.00)', '0.40-4.00');
    expectDetected('Prior auth approved, ref PA-88213405.', 'PA-88213405', 'other_id');
  });
});

describe('scores out of ten', () => {
  it('reads n/10 after a pain or rating word as a score', () => {
    expect(isScoreOutOfTen('pain today 4/10', 11, 10)).toBe(true);
    expect(isScoreOutOfTen('Bot: rate your pain?\nMe: 8/10', 25, 10)).toBe(true);
    expect(isScoreOutOfTen('seen 4/11 for pain', 5, 11)).toBe(false);
    expect(isScoreOutOfTen('low mood since 6/10', 15, 10)).toBe(false);
  });

  it('keeps pain scores and still takes dates after date words', () => {
    expectKept('Pt: my back pain is about 5/10 now, down from 8/10', '8/10');
    expectKept('Bot: how bad is the pain right now?\n09:14  Member> 7/10\n09:15  Bot> Thanks', '7/10');
    expectDetected('HPI: low mood since 5/10, worse after the move.', '5/10', 'date');
  });
});

describe('named scores', () => {
  it('keeps a score on its own scale after its name', () => {
    expectKept('Born at term, SVD, Apgars 3/9, BW 3687 g', 'Apgars 3/9');
    expectKept('GCS 14/15 on arrival', 'GCS 14/15');
  });
});

describe('score changes and strength grades', () => {
  it('keeps a score out of ten changing, with its score word anywhere on the line', () => {
    expectKept('improved from 3/10 to 7/10 pain after the block', '3/10');
    expectKept('pain 8/10 -> 3/10 after meds', '8/10');
  });

  it('keeps a score out of ten changing after a verb of change, whatever it rates', () => {
    expectKept('sleep improved from 3/10 to 7/10 this month', '3/10');
    expectKept('Confidence went from 2/10 to 6/10.', '2/10');
    expectKept('walking tolerance improved from 3/10 to 7/10', '7/10');
  });

  it('still takes days a change of score is not', () => {
    expectDetected('on leave from 3/10 to 7/10', '3/10', 'date');
    expectDetected('sleep improved from 3/10 to 7/10 since 3/12', '3/12', 'date');
    expectDetected('improved, seen from 3/10 to 3/14', '3/10', 'date');
  });

  it('keeps muscle strength out of five after a word for strength, a muscle or a limb', () => {
    expectKept('strength improved from 3/5 to 4/5 in the LUE', '3/5');
    expectKept('RLE power from 4/5 to 5/5', '4/5');
    expectKept('hip flexion 4/5, knee extension 5/5, EHL 4/5', 'hip flexion 4/5');
    expectKept('grip 4/5 bilaterally', '4/5');
  });

  it('still takes a day after a day word, an other sense of the word, or a month past May', () => {
    expectDetected('BLE strength 5/5, seen 3/5 in clinic', '3/5', 'date');
    expectDetected('motor vehicle accident on 3/5', '3/5', 'date');
    expectDetected('power of attorney signed 3/5', '3/5', 'date');
    expectDetected('will be seen on 3/5', '3/5', 'date');
    const graded = 'BLE strength 5/5, 7/5';
    expect(isScoreOutOfTen(graded, graded.indexOf('7/5'), 5)).toBe(false);
    expect(isScoreOutOfTen(graded, graded.indexOf('5/5'), 5)).toBe(true);
  });
});

describe('risk scores named by joined acronyms', () => {
  it.each(['Indication: I50.84 with HAS-BLED 4.  Procedure CPT 95250', 'CHA2DS2-VASc 3, MELD-Na 22'])(
    'keeps %s',
    (text) => expectKept(text),
  );

  it('reads the points, not a dose or a name of the lists', () => {
    expect(namedScoreSpans('HAS-BLED 4.').length).toBe(1);
    expect(namedScoreSpans('HAS-BLED 4 mg')).toEqual([]);
    expect(namedScoreSpans('SMITH-JONES 45')).toEqual([]);
  });

  it('reads points that stand apart, never digits glued by a hyphen', () => {
    for (const text of ['HAS-BLED=3.', 'HAS-BLED: 2.', 'MELD-Na score 22.'])
      expect(namedScoreSpans(text).length).toBe(1);
    expect(namedScoreSpans('exports/OBUYA-EBELE-2024-09-22-discharge.pdf')).toEqual([]);
    expectDetected('exports/OBUYA-EBELE-2024-09-22-discharge.pdf', 'OBUYA-EBELE', 'name');
  });

  it.each(['Exam: CHA2DS2-VASc noted.', 'pt with AF, CHA2DS2-VASc reviewed with family'])(
    'keeps a score with a count inside its acronym, named without its points: %s',
    (text) => expectKept(text),
  );

  it('still takes a name after a code and a hyphen that is no such acronym', () => {
    expectDetected('Room B2-Smith called', 'Smith', 'name');
    expectDetected('Ref G93.41-Jane Roe', 'Jane Roe', 'name');
  });
});
