import { describe, expect, it } from 'vitest';
import { FieldRules } from './field-rules';
import { expectDetected, expectKept } from './test-helpers';

const rules = new FieldRules();

describe("a clinician's column beside the patient's", () => {
  it('reads the nurse, doctor or provider of a patient row as a person', () => {
    for (const key of ['RN', 'MD', 'NP', 'Provider', 'Tech'])
      expect(rules.ruleFor(key, undefined, ['Bed', 'Patient', 'Age', key])?.type).toBe('name');
  });

  it('leaves such a key alone without a patient beside it', () => {
    expect(rules.ruleFor('RN', undefined, ['Unit', 'Beds', 'RN'])?.type).toBeUndefined();
  });

  it("masks an ED board's nurse initials under its RN column", () => {
    const board = 'Bed\tPatient\tAge\tCC\tRN\nR10\tDOE, Jane\t82F\tSOB\tLM\nH17\tROE, Ann\t70F\tCP\tJK\n';
    expectDetected(board, 'LM', 'name');
    expectDetected(board, 'JK', 'name');
    expectKept(board, 'SOB');
  });
});
