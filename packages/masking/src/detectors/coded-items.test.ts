import { describe, expect, it } from 'vitest';
import { detectText } from '../detect';
import { codedItemSpans, loincChecks } from './coded-items';

// Synthetic values only.
function kept(text: string): string[] {
  return codedItemSpans(text).map(([s, e]) => text.slice(s, e));
}
function masked(text: string): string[] {
  return detectText(text).map((s) => text.slice(s.start, s.end));
}

describe('codes of the systems that classify care', () => {
  it('checks a LOINC code by its mod 10 digit', () => {
    expect(loincChecks('2345-7')).toBe(true);
    expect(loincChecks('54089-8')).toBe(true);
    expect(loincChecks('54089-3')).toBe(false);
  });

  it.each([
    ['Billed HIPPS 1FC21 this period', 'HIPPS 1FC21'],
    ['GROUP NOTE (GG0170C) — Seeking Safety', 'GG0170C'],
    ['NEWBORN SCREENING REPORT (54089-8)', '54089-8'],
    ['LOINC 2345-7 glucose', '2345-7'],
  ])('%s keeps %s', (text, code) => {
    expect(kept(text)).toContain(code);
    expect(masked(text).some((m) => m.includes(code))).toBe(false);
  });

  it('leaves a number that does not check or follows an identifier label', () => {
    expect(kept('REPORT (54089-3)')).toEqual([]);
    expect(kept('MRN (54089-8)')).toEqual([]);
    expect(kept('Member 1FC21')).toEqual([]);
  });
});
