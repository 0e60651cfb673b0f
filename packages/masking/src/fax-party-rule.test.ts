import { describe, expect, it } from 'vitest';
import { FieldRules, ruleHolds } from './field-rules';

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

  it("as a fax number written locally or with an extension, not a range's bounds", () => {
    const rule = rules.ruleFor('from', undefined, ['kind', 'pages', 'recvd', 'from']);
    const holds = (v: string) => rule !== undefined && ruleHolds(rule, v);
    expect(holds('555-0116')).toBe(true);
    expect(holds('5550104417 x22')).toBe(true);
    expect(holds('(555) 010-4417 ext. 4')).toBe(true);
    expect(holds('2024-01-01')).toBe(false);
    expect(holds('100-2000')).toBe(false);
  });
});
