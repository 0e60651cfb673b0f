import { describe, expect, it } from 'vitest';
import { foundBy } from '../test-helpers';
import { dictationFooters } from './dictation-footers';

describe("a note footer's typists, staff initials and logins", () => {
  it.each([
    ['on 9/8.\nBEV/ty   DD: 9/7/23   DT: 9/8/2023   Job 90411', ['BEV', 'ty']],
    ['to attend.\nMTV/gq   DD: 4/1/25', ['MTV', 'gq']],
    // No colon, dash or bracket: the slash before a small letter lets the footer be read.
    ['to attend.\nMTV/gq   Job 90411', ['MTV', 'gq']],
    ['Job #: 154-8546\nTranscribed by: ko', ['ko']],
    ['Job #: J3338911\nTranscribed by: as', ['as']],
    ['updated.\nMKd/vn   DD: 9/24/22', ['MKd', 'vn']],
    ['to attend.\nBLC/it   DD: 7/25/24', ['BLC', 'it']],
    ['Signed: 8/11/2022\nDOMBROWSKIL / tr: ED', ['DOMBROWSKIL', 'ED']],
    ['RTC 3 mo.\nCDE: md, 691 301-9562', ['md']],
    ['Reconciled by iw with niece', ['iw']],
    ['Signed: 7/15/2023\nydelafuente / tr: AC', ['ydelafuente', 'AC']],
    ['T 97.7F.\nNurse: sb. Report faxed', ['sb']],
    ['RTC 3 mo.\nCDE: mf, (292) 999-7971', ['mf']],
    ['Machine: Aplio i800\nSonographer: td   Referring: Dr. Roe', ['td']],
    ['Routed to Dr. Roe. — qg', ['qg']],
    ['cc: D. Roe, MD\n[ewojciechowski] 06/21/2023\nJOB 525724', ['ewojciechowski']],
    ['Electronically signed by Mortimer Doe (mdoe12) on 2/5/25 at 11:16', ['mdoe12']],
    ['PCP: Dr. Roe   Registrar: sfairc45', ['sfairc45']],
  ] as const)('finds %s', (text, values) => expect(foundBy(dictationFooters, text)).toEqual(values));

  it('keeps words, answers and clinical words in those places', () => {
    const text =
      'Nurse: no. Reviewed by me with the family.\nCM: SNF, SW: DME\nsigned by Dr. Roe (cardiology) on 2/5\nRegistrar: pending\n' +
      'Sonographer: n/a\nBP 120/80. — ok\nwalk - in\n[Note] 2/5 addendum\nDrug/mg 5\nHTN/dm\n';
    expect(foundBy(dictationFooters, text)).toEqual([]);
  });
});

describe('initials after the work done and its date', () => {
  it.each([
    ['Uploaded to chart.\nDictated 12/7/2025 by IK; job #5212739.', ['IK']],
    ['Dictated 27-Sep-2023 by MB; job #1723331.', ['MB']],
    ['Transcribed on 20231008 by eb.', ['eb']],
  ])('%s', (text, found) => expect(foundBy(dictationFooters, text)).toEqual(found));

  it.each(['Dictated 12/7/2025 by IV.', 'Verified 2/3/2024 by me, then sent'])('keeps %s', (text) =>
    expect(foundBy(dictationFooters, text)).toEqual([]),
  );
});
