import { describe, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';

describe('identifiers named by their cue word', () => {
  it.each([
    ['Interpreter: via phone line, interpreter ID 480273', '480273', 'other_id'],
    ['-- interpreter session QX-2093317 ended, 31 min', 'QX-2093317', 'other_id'],
    ['video session no. 77310582 started', '77310582', 'other_id'],
    ['custody per court order no. 2211-0093', '2211-0093', 'other_id'],
    ['parenting plan (order on file PAR-30917-24).', 'PAR-30917-24', 'other_id'],
    ['name: kel roan   crn: 308114726K', '308114726K', 'other_id'],
    ['Centrelink CRN 204 519 830 B on the form', '204 519 830 B', 'other_id'],
    ['Medical card held   Your ref 372-8810\n\nDear colleague,', '372-8810', 'mrn'],
    ['Pt: seen at home (41)  ID 70392218   lives alone', '70392218', 'mrn'],
    ['Pt: seen at home (62)  ID 418-2290   lives alone', '418-2290', 'mrn'],
    ['Pt: seen at home (37)  ID KT448102   lives alone', 'KT448102', 'mrn'],
    ['ID 123456', '123456', 'mrn'],
    ['Accession: 25SQ6283718     Specimen: BB23-515097-BC (blood)', 'BB23-515097-BC', 'other_id'],
    ['Specimen: 7694551912.6 (saliva)\nCollected: 2025-08-03', '7694551912.6', 'other_id'],
    ['aliquot SPM0593295 thawed twice', 'SPM0593295', 'other_id'],
    ['Accession/Seq: OB-9416-982/01     Abstractor: ZJV', 'OB-9416-982', 'other_id'],
    ['plate 1WBU038 (per EMS run 2023-CA-642437)', '2023-CA-642437', 'other_id'],
    ['CI notes TR2319684 — interviewer F. Vang', 'TR2319684', 'other_id'],
    ['rerun of 23MB8497761 per Phred QC', '23MB8497761', 'other_id'],
  ] as const)('finds %s', (text, value, type) => expectDetected(text, value, type));

  it.each([
    ['★★☆☆☆ "long wait"  by tamsin.902\nthe doctor was kind', 'tamsin.902'],
    ['posted by quill_dad_of_2 » 2024-11-02T08:15:00Z', 'quill_dad_of_2'],
    ['★☆☆☆☆  "rude"  by marlow482\nwent in for my knee', 'marlow482'],
  ])('finds the user name signing %s', (text, value) => expectDetected(text, value, 'other_id'));

  it('keeps counts, years, codes and words after the same cues', () => {
    expectKept('therapy session 2 of 6 completed', 'session 2 of 6');
    expectKept('web chat session a3f9c2e17b log', 'a3f9c2e17b');
    expectKept(
      'model v3 | session 5e0f2c1a-7b3d-4c9e-a2f1-0d4b6e8c9a17',
      '5e0f2c1a-7b3d-4c9e-a2f1-0d4b6e8c9a17',
    );
    expectKept('interpreter session lasted 25 minutes');
    expectKept('court hearing in 2019 was adjourned', '2019');
    expectKept('SNOMED CT ID 22298006 (myocardial infarction)', '22298006');
    expectKept('taken by mouth twice daily');
    expectKept('updated by v2.1 of the protocol', 'v2.1');
    expectKept('reviewed by the team on 3.5 mg dose', '3.5 mg');
    expectKept('sample ID 2024 batch', '2024');
    expectKept('increase by day14\nthen stop', 'day14');
    expectKept(
      'sample 12.5 mL; specimen 2 of 3 sent; sample size 40 per arm',
      'sample 12.5 mL; specimen 2 of 3',
    );
    expectKept('rerun of 1.12.17 pipeline on the same flow cell', 'rerun of 1.12.17');
  });
});
