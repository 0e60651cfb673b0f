import { describe, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';

// Synthetic values only.
describe('a day of the month written alone as an ordinal', () => {
  it.each([
    ['Day 3: On the 14th transitioned to oral regimen.', '14th'],
    ['By the 16th Odile was walking the hall without dyspnea.', '16th'],
    ['Since the 11th polyuria; glucose 303 mg/dL.', '11th'],
    ['Virtual visits are scheduled; next in-person visit the 23rd.', '23rd'],
    ['Cultures from the 12th growing GNR.', '12th'],
    ['Hi, since I left on the 18th my ankles are swelling.', '18th'],
    ['Admitted the 2nd; expired 2025-07-08 at 1100.', '2nd'],
    ['HOSPITALIST PROGRESS NOTE — HD #6, the 8th\nS: slept poorly', '8th'],
    ['Lasix 40 mg | last fill the 28th | Rx# 0000000', '28th'],
    ['TELEPHONE ENCOUNTER the 5th 0310\nCaller: sister', '5th'],
    ['MICU ATTENDING NOTE the 21st\nremains intubated', '21st'],
    ['Day 2 (the 24th): potassium 3.7 mmol/L.', '24th'],
    ['COMPARISON: CT chest the 6th and chest radiograph 8/2024.', '6th'],
    ['Transitioned to comfort care on the 18th after a family meeting.', '18th'],
    ['MRN (sending) 0000000; transfer the 15th at 0115', '15th'],
    ['is a 68-year-old admitted the 3rd with A41.52.', '3rd'],
    ['Dispo: anticipate discharge the 26th. Dr. Quenneville pager', '26th'],
    ['Device placed on the 21st (serial withheld) without events.', '21st'],
    ['Labs repeated on the 30th.', '30th'],
    ['admitted on the 18th with dyspnea', '18th'],
    ['Visit with Dr. Quispe on Thursday the 12th', '12th'],
    ['Seen Thursday the 12th cardiology review; stable.', '12th'],
    ['Seen Wednesday, the 4th wound check.', '4th'],
    ['Plan to transfer to the rehab unit on the 12th.', '12th'],
    ["Plan to transfer to Saint Agnes Children's Research Hospital on the 11th.", '11th'],
    ['Consent: enrolled on the 11th, randomised 2025-11-25', '11th'],
  ])('%s', (text, day) => expectDetected(text, day, 'date'));

  it('keeps an ordinal that counts something', () => {
    expectKept('Transferred to the 14th floor for telemetry.', '14th floor');
    expectKept('Fracture of the 3rd rib on the left.', '3rd rib');
    expectKept('Fracture of the 3rd left anterior rib.', '3rd left');
    expectKept('She is due for the 4th cycle of FOLFOX.', '4th cycle');
    expectKept('Held the 2nd dose of vancomycin.', '2nd dose');
    expectKept('Fractures of the 4th and 5th toes.', '4th and 5th toes');
    expectKept('Ambulating on the 2nd postoperative day.', '2nd postoperative day');
    expectKept('Hypotensive for the 2nd time tonight.', '2nd time');
    expectKept('She is the 3rd of 4 children.', '3rd of 4');
    expectKept('Weight at the 5th percentile.', '5th percentile');
    expectKept('PMI in the 5th intercostal space.', '5th intercostal');
    expectKept('A split 2nd heart sound.', '2nd heart');
    expectKept('Pain over the 1st MTP joint.', '1st MTP');
    expectKept('In the 3rd trimester.', '3rd trimester');
    expectKept('Symptoms began in the 4th decade.', '4th decade');
    expectKept('Admitted on the 3rd floor.', '3rd floor');
    expectKept('Electrode placed on the 5th intercostal, midclavicular line.', '5th intercostal');
    expectKept('Transferred to the ward; drain out on the 2nd postoperative day.', '2nd postoperative day');
    expectKept('the 5th may be late', '5th may');
  });
});
