import { describe, expect, it } from 'vitest';
import { FieldRules } from './field-rules';

// Synthetic values only.
describe("a record's text under the field rules", () => {
  const rules = new FieldRules();

  it("is a name's full text beside the name's other parts", () => {
    expect(rules.ruleFor('text', undefined, ['text', 'family', 'given'])?.type).toBe('name');
  });

  it("is free text beside a note's patient and author", () => {
    expect(rules.ruleFor('text', undefined, ['noteId', 'patient', 'author', 'text'])).toBeUndefined();
  });
});
