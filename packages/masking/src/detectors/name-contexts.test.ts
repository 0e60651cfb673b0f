import { describe, expect, it } from 'vitest';
import { foundBy } from '../test-helpers';
import { nameContexts } from './name-contexts';

// Synthetic names only.
const names = (text: string): string[] => foundBy(nameContexts, text);

describe('names said by what is done with a person', () => {
  it.each([
    ['Call Tamsin at 5550104477 the day before.', 'Tamsin'],
    ['Result 5.4 mmol/L reviewed with Osric by phone.', 'Osric'],
    ['Discussed with Nerys ter Quill on 10/06/2024.', 'Nerys ter Quill'],
    ['Consent signed by Brit Quillan', 'Brit Quillan'],
    ['Care team of Halvor', 'Halvor'],
    // A given name that is also a word, where the phrase says a person stands.
    ['Call Joy at (698) 906-8859 re the echo', 'Joy'],
    ['Reviewed with Grant by phone.', 'Grant'],
    ['Call Ostrid Quenby in Patient Financial Services', 'Ostrid Quenby'],
    // A party to a case, before its role in the caption.
    ['Case No. 25-CV-145366\nOsric Varnow, Defendant.', 'Osric Varnow'],
    ['IN AND FOR Tallow County\n\nQUILLAN, TAMSIN R, Plaintiff,\n    v.', 'QUILLAN, TAMSIN R'],
    // The subject of a progress note's "S:" line, who holds the patient's decisions, who will call.
    ['HOSPITALIST PROGRESS NOTE\nS: Hope slept poorly; son at bedside.', 'Hope'],
    ['Subjective: Osric reports less dyspnea.', 'Osric'],
    ['Code status DNR. Dawn is health care proxy; hospice referral.', 'Dawn'],
    ['Daughter Summer is her POA.', 'Summer'],
    ['proxy named; Rusty will call the family tonight.', 'Rusty'],
    ['I saw Tamsin in follow-up on 02/13/2024.', 'Tamsin'],
    // A record's audit byline.
    ['Record belongs to the clinic; updated by Ostrid on 03/07/2025.', 'Ostrid'],
    ['Care plan approved by Nerys Quillan.', 'Nerys Quillan'],
    ['Entered by Halvor Brekke 2026-02-01T09:10:00Z (EDC 4.1)', 'Halvor Brekke'],
  ])('%s', (text, name) => {
    expect(names(text)).toEqual([name]);
  });

  it('leaves common words, departments and drugs after the phrase alone', () => {
    for (const text of [
      'Call Pharmacy at 5550104477',
      'Discussed with Family by phone',
      'reviewed with Metformin on file',
      'signed by Attending',
      'approved by FDA on 2024-01-02; Entered by ED triage.',
      'Verified by Pharmacist on 1/2/2024. Updated by System on 2025-01-07.',
      'Reviewed by Dr. Quillan',
      'Call Pharmacy in the morning',
      'Acme Medical Group, Defendant.',
      'United States of America, Plaintiff,',
      'S: Patient reports nausea.\nS: Pain is better.',
      'Wife is health care proxy. The Patient is her own decision maker.',
      'Cardiology will call with results. Nephrology will follow; Pharmacy will call.',
      'I saw Cardiology in the hallway.',
    ])
      expect(names(text)).toEqual([]);
  });
});
