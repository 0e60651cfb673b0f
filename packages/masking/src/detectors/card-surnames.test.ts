import { describe, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';

// Synthetic values only.
const LICENCE = [
  'OCR (confidence 0.73) page 1/1',
  'DRIVER L1CENSE   OHIO',
  'DL 965 716 594   CLASS D',
  'QUENNEVILLE',
  'ODILE TAMSIN',
  '394 Kip Locks',
  'DOB 10/22/1984  EXP 10/24/2031  SEX F',
].join('\n');

describe('the family name a card prints above the given names', () => {
  it('finds the line above the given names on a licence', () => {
    expectDetected(LICENCE, 'QUENNEVILLE', 'name');
    expectDetected(LICENCE.replace('QUENNEVILLE', "O'HARA-VANTRESK"), "O'HARA-VANTRESK", 'name');
  });

  it("keeps a state, a card's word or a heading above a name, and any line outside a card", () => {
    expectKept('DRIVER LICENSE\nGEORGIA\nODILE TAMSIN QUENNEVILLE', 'GEORGIA');
    expectKept('IDENTIFICATION CARD\nDUPLICATE\nODILE TAMSIN QUENNEVILLE', 'DUPLICATE');
    expectKept('Discharge summary\nDIAGNOSIS\nTamsin Quenneville', 'DIAGNOSIS');
    expectKept('Referral\nQUENNEVILLE\nODILE TAMSIN', 'QUENNEVILLE');
  });
});
