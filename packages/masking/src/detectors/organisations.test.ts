import { describe, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';

describe('organisation names', () => {
  it.each([
    [
      "Transferred to St. Jude Children's Research Hospital for chemo.",
      "St. Jude Children's Research Hospital",
    ],
    ['Previously under the care of Providence St. Joseph Health.', 'Providence St. Joseph Health'],
    ['Facility: Our Lady of Lourdes Medical Center', 'Our Lady of Lourdes Medical Center'],
    ['Insurance: Blue Cross Blue Shield PPO', 'Blue Cross Blue Shield'],
    ['Labs drawn at Quest Diagnostics', 'Quest Diagnostics'],
    ['Records requested from Kaiser Permanente.', 'Kaiser Permanente'],
    ['Follows with Mass General Brigham cardiology', 'Mass General Brigham'],
    ["Seen at Shriners Children's last year", "Shriners Children's"],
    ['Seen at Beth Israel Deaconess in May', 'Beth Israel Deaconess'],
    ['Hospital for Special Surgery follow-up', 'Hospital for Special Surgery'],
    // Payers, law firms and polyclinics by the word they are called by.
    ['Coverage: Brackenmoor Medicare Advantage (PPO)', 'Brackenmoor Medicare Advantage'],
    ['Plan: Quillfield Mutual Health Plan', 'Quillfield Mutual Health Plan'],
    ['mutuelle Quarrievane Mutuelle.', 'Quarrievane Mutuelle'],
    ['Tanglewood Accident Attorneys PLLC\nAttorneys at Law\n', 'Tanglewood Accident Attorneys PLLC'],
    ['Referred from Brackenmoor Polyclinic today.', 'Brackenmoor Polyclinic'],
    ['CHU de Quarrieville, le 3 mars', 'CHU de Quarrieville'],
  ])('keeps %s', (text, org) => expectKept(text, org));

  it.each([
    ['Seen at Sutter Health by Dr. Amadi Okoro today', 'Amadi Okoro'],
    ['his husband, José Eduardo Reynoso Molina, can be reached', 'José Eduardo Reynoso Molina'],
    ['Referred by Dr. Wanjiru Kamau to Baptist Health', 'Wanjiru Kamau'],
  ])('still finds the people beside them: %s', (text, name) => expectDetected(text, name, 'name'));
});

describe('organisations known by a name alone', () => {
  it.each([
    ['Family declined Sue Ryder referral.', 'Sue Ryder'],
    ['Second opinion at Johns Hopkins in May.', 'Johns Hopkins'],
    ["Seen at Guy's and St Thomas' last year.", "Guy's and St Thomas'"],
    ['Transferred to Santa Casa de Belém.', 'Santa Casa de Belém'],
  ])('keeps %s', (text, keep) => expectKept(text, keep));
});
