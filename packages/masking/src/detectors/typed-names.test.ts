import { describe, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';

describe('names in the shorthand of notes, logs and lists', () => {
  it.each([
    ['Steri-Strips intact.\nspouse rose called x2, updated, wants call back', 'rose'],
    ['family wants update, dtr Quenby @ 555-0142', 'Quenby'],
    ['NIGHT SHIFT NOTE\nrm 632A tova quarrievane\n22:37 pt resting', 'tova quarrievane'],
    ['Person affected: consuelo tarrow lópez  Hospital No. E01634261  age 64', 'consuelo tarrow lópez'],
    ['summarize this for handoff: imani quarrie 21f MRN: 334-156-42', 'imani quarrie'],
    ['BS 189 this am. spoke w/ chidi.\nTaken by: WCN', 'chidi'],
    ['Sent: Mon 10:24 PM\n\nhi lachlan - yes she is ok to come in next wk', 'lachlan'],
    ['see you then\nthank you, mason\n\n---- reply ----', 'mason'],
    ['[clinician] thx - xiaoling\nmodel scribe-assist 2023.5.1', 'xiaoling'],
    ['Waitlist\n* ivy quarrie   74yo   added 6/12/24', 'ivy quarrie'],
    ['CALL LOG 2025-09-16T10:39:44Z  agent anh.tarrow ext 4379', 'anh.tarrow'],
    ['report given to night RN. - BVA RN\n', 'BVA'],
    ['Outcome: no effect. SPI M.A. RN.', 'M.A.'],
    ['Progress Note\npt: hanh quarrie, 103 y/o f, MRN: E70223017', 'hanh quarrie'],
    ['caller: kwame du tarrow verified w/ dob 6/7/1939', 'kwame du tarrow'],
    ['Re: guadalupe quarrie, D.O.B. 14.8.24', 'guadalupe quarrie'],
  ])('%s', (text, value) => expectDetected(text, value, 'name'));

  it.each([
    ['Transferred - ICU RN notified', 'ICU'],
    ['spoke with pharmacy.', 'pharmacy'],
    ['my son will call back', 'will'],
    ['Labs\n- Sodium   140   mmol/L\n- Potassium   4.1', 'Sodium'],
    ['rm 12 clean and ready\n', 'clean and ready'],
    ['hi team - update below', 'team'],
    ['Plan: continue meds  follow up in 2 weeks', 'continue meds'],
  ])('keeps %s', (text, keep) => expectKept(text, keep));
});
