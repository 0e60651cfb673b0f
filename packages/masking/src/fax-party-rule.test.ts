import { describe, expect, it } from 'vitest';
import { FieldRules } from './field-rules';

// Synthetic values only.
describe("the field rules read a fax's to and from", () => {
  const rules = new FieldRules();

  it('as fax numbers beside a cover sheet or pages', () => {
    for (const key of ['to', 'from']) {
      expect(rules.ruleFor(key, undefined, ['to', 'from', 'cover_sheet', 'pages'])?.type).toBe('fax');
    }
  });

  it("as a message's parties beside a subject, and as nothing special in a range", () => {
    expect(rules.ruleFor('to', undefined, ['to', 'from', 'subject', 'body'])?.type).not.toBe('fax');
    expect(rules.ruleFor('to', undefined, ['from', 'to', 'step'])?.type).not.toBe('fax');
  });
});
