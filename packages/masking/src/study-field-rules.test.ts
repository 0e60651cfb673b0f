import { describe, expect, it } from 'vitest';
import { FieldRules } from './field-rules';

// Synthetic values only.
describe("the field rules consult a study's fields", () => {
  const rules = new FieldRules();

  it("masks a subject's initials and a specimen's number under their keys", () => {
    expect(rules.ruleFor('subj_init', undefined, ['subj_init', 'record_id', 'dob'])?.type).toBe('name');
    expect(rules.ruleFor('specimenId', undefined, ['specimenId', 'participantId'])?.type).toBe('other_id');
  });

  it('lets a rules file override them', () => {
    const custom = new FieldRules({ subj_init: 'other_id' });
    expect(custom.ruleFor('subj_init', undefined, ['subj_init', 'record_id'])?.type).toBe('other_id');
  });
});

describe('a built-in age key beside the study fields', () => {
  it('keeps masking an age over 89 written as a number', () => {
    const rules = new FieldRules();
    for (const key of ['age', 'ageyears']) {
      expect(rules.ruleFor(key, 'patient', [key, 'name'])?.ruleId).toBe('field:age');
    }
  });
});
