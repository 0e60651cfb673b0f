import { describe, expect, it } from 'vitest';
import { foundBy } from '../test-helpers';
import { dispensingRows } from './dispensing-rows';

describe('dispensing rows', () => {
  it("finds the prescription's number and the patient beside it in a log's columns", () => {
    const log = [
      '2025-03-25T12:44:09Z  lot 723951  0504173-39  Szalai, Ysolde  etanercept 50 mg/mL SC weekly  BUD 8/26/24  tech IJN',
      '1741997041  lot 706931  4067992  VMP  dupilumab PFS 300 mg/2 mL SC q2wk  BUD 4/24/24  RPh D. Akana',
      '2025-07-06 09:15:34  lot 967240  1927166-81  KAHANANUI^ADAEZE  vatiquinone 400 mg PO TID  BUD 6/18/25',
    ].join('\n');
    expect(foundBy(dispensingRows, log)).toEqual([
      '0504173-39',
      'Szalai, Ysolde',
      '4067992',
      'VMP',
      '1927166-81',
      'KAHANANUI^ADAEZE',
    ]);
  });

  it('keeps a lot number, an epoch time, a route and a line without a dose or a pharmacy cue', () => {
    expect(foundBy(dispensingRows, '1741997041  lot  7069310  IV  ceftriaxone 1 g  BUD 4/24/24')).toEqual([]);
    expect(foundBy(dispensingRows, 'order  4067992  Szalai, Ysolde  reviewed 4/24/24')).toEqual([]);
    expect(foundBy(dispensingRows, 'tech  4067992  Szalai, Ysolde  see note')).toEqual([]);
  });
});
