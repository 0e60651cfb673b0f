import { describe, expect, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';
import { scanContext } from './detector';
import { typedNames } from './typed-names';

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
    // A patient in any case before the age and sex or the record number the line goes on with.
    ['ED PROVIDER NOTE\ntovan du quarrelle 33F MRN M8170004\nHPI: fall', 'tovan du quarrelle'],
    ['MEDICATION RECONCILIATION\nbrisa tarrowell  UR no. 790080  Wt 45 kg', 'brisa tarrowell'],
    ['PATHOLOGY REPORT\nquenby hallowick  (79 M)   Pt ID E95005407', 'quenby hallowick'],
    ['Name: wenna el-tarrow   Age: 34   Account # 962000806', 'wenna el-tarrow'],
    ['2 orders for siobra quarrendon (MRN HX8400081), encounter', 'siobra quarrendon'],
    ['Pt ovie tarrowby 80 yo, MR# 841000, plan id U28', 'ovie tarrowby'],
    ['Unit: MICU\nPerson affected: Tarrowby, Quenelle  Pt ID M0800712', 'Tarrowby, Quenelle'],
    ['transfer\nQUARRIE, DELVA J  chart # 01300032  Wt 68 kg', 'QUARRIE, DELVA J'],
    ['find tovah quarrelle born apr 15 1971 and show the last D-dimer', 'tovah quarrelle'],
    ['agent x ext 4182\ncaller: brisa tarrowell verified w/ dob march 7th', 'brisa tarrowell'],
    ['Call from the pharmacy re: ovie tarrowby 9/14/1983\nCall back', 'ovie tarrowby'],
    // A roster's row: the name, the age in its own column, then a phone number.
    ['waitlist (updated 7/2)\n[x] ovie tarrowby   101   6899636166   added 5/4/25', 'ovie tarrowby'],
    ['waitlist\n- QUARRIE, DELVA B   27   +1 953-219-7331   added 7/10', 'QUARRIE, DELVA B'],
    // A tab, not a space, before the age, the record label or the credential.
    ['2 orders for siobra quarrendon\t(MRN HX8400081), encounter', 'siobra quarrendon'],
    ['re: ovie tarrowby\t9/14/1983', 'ovie tarrowby'],
    // The line's first words are no name; the words after the record's cue are.
    ['orders for siobra quarrendon (MRN HX8400081)', 'siobra quarrendon'],
    ['fyi pt tova quarrie (MRN 73866916) wants a callback', 'tova quarrie'],
    ['report given. - BVA\tRN', 'BVA'],
  ])('%s', (text, value) => expectDetected(text, value, 'name'));

  it.each([
    ['Transferred - ICU RN notified', 'ICU'],
    ['spoke with pharmacy.', 'pharmacy'],
    ['my son will call back', 'will'],
    ['Labs\n- Sodium   140   mmol/L\n- Potassium   4.1', 'Sodium'],
    ['rm 12 clean and ready\n', 'clean and ready'],
    ['hi team - update below', 'team'],
    ['Plan: continue meds  follow up in 2 weeks', 'continue meds'],
    // Words before an age or a record label that are no name: clinical, common or drug words.
    ['Vital signs 80 yo stable', 'signs'],
    ['results for troponin x3 MRN 0041123', 'troponin'],
    ['Plan for discharge home 2 yrs follow-up', 'discharge home'],
    ['referral for Hand Surgery (MRN 1234567)', 'Hand Surgery'],
    ['Lisinopril Tablets 45F MRN 0041123', 'Lisinopril Tablets'],
    ['Chief complaint 45F with chest pain', 'Chief complaint'],
    [
      'Labs\n- Sodium   140   mmol/L\n- White Count   12   4.5-11\n- Total Protein   7   6.0-8.3',
      'White Count',
    ],
  ])('keeps %s', (text, keep) => expectKept(text, keep));
});

describe('what must stand before a cue', () => {
  function typed(text: string): string[] {
    const ctx = scanContext(text);
    typedNames.run(ctx);
    return [...new Set(ctx.out.map((s) => text.slice(s.start, s.end)))];
  }

  it.each([
    ['my grandson oksana called twice', ['oksana']],
    ['hi lachlan - yes', ['lachlan']],
    ['[nurse] thx - xiaoling\n', ['xiaoling']],
    ['Person affected : consuelo garcía  DOB x', ['consuelo garcía']],
    // The cue's word inside a word, or after words that are no line's start, label or "my".
    ['the grandson oksana called twice', []],
    ['xgrandson oksana called', []],
    ['ok hi lachlan - yes', []],
    ['note thx - xiaoling\n', []],
    ['unaffected: consuelo garcía  DOB', []],
  ])('%j', (text, found) => {
    expect(typed(text)).toEqual(found);
  });
});
