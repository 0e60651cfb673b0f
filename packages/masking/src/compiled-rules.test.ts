import { describe, expect, it } from 'vitest';
import { CompiledRules } from './compiled-rules';
import { emptyRulesConfig } from './rule-config';

describe('CompiledRules.detectBuiltIn cache', () => {
  it('gives a repeated short value the same spans however many one-off values pass between', () => {
    const rules = new CompiledRules(emptyRulesConfig());
    const value = 'call 555-010-1234';
    const first = rules.detectBuiltIn(value);
    expect(first.length).toBeGreaterThan(0);
    expect(first.every((s) => s.type === 'phone')).toBe(true);
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 5_000; i++) rules.detectBuiltIn(`ref ${round}-${i}`);
      expect(rules.detectBuiltIn(value)).toEqual(first);
    }
  });

  it('hands out copies: a caller changing its spans does not change the next answer', () => {
    const rules = new CompiledRules(emptyRulesConfig());
    const value = 'SSN 900-12-3456';
    const answer = rules.detectBuiltIn(value);
    const expected = structuredClone(answer);
    answer.length = 0;
    expect(rules.detectBuiltIn(value)).toEqual(expected);
  });
});
