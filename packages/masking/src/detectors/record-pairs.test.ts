import { describe, expect, it } from 'vitest';
import { detectText } from '../detect';
import { recordPairs } from './record-pairs';

// Synthetic values only.
function found(text: string): string[] {
  return detectText(text, { detectors: [recordPairs] }).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
}

const PAIR = [
  'FIELD         RECORD A (ADT)                  RECORD B (LAB)                  WT',
  'MRN           Q6514184                        996-99-92                       --',
  'LAST NAME     QUILLERY                        QUILERY                         -3.35',
  'FIRST NAME    TAMSIN                          TAMSIN A                        -3.69',
  'DOB           12/06/1941                      06/12/1941                      +5.61',
  'SEX           F                               F                               +6.84',
  'CITY          Wyndmoor                        Wyndmoor                        -2.38',
  'ZIP           49146-6801                      49146                           +2.02',
].join('\n');

describe('records side by side, a field to a line', () => {
  it("marks each record's value under a label the field rules know", () => {
    expect(found(PAIR)).toEqual([
      'mrn:Q6514184',
      'mrn:996-99-92',
      'name:QUILLERY',
      'name:QUILERY',
      'name:TAMSIN',
      'name:TAMSIN A',
      'date:12/06/1941',
      'date:06/12/1941',
      'geo:Wyndmoor',
      'geo:Wyndmoor',
      'zip:49146-6801',
      'zip:49146',
    ]);
  });

  it('keeps the weights, the sex and a form of single values', () => {
    const values = found(PAIR).join(' ');
    for (const kept of ['-3.35', '+5.61', ' F']) expect(values).not.toContain(kept);
    const form = ['MRN           Q6514184', 'LAST NAME     QUILLERY', 'DOB           12/06/1941'].join('\n');
    expect(found(form)).toEqual([]);
  });

  it('reads nothing from fewer than three such lines', () => {
    expect(found(PAIR.split('\n').slice(0, 3).join('\n'))).toEqual([]);
  });
});
