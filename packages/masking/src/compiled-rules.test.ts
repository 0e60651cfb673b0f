import { describe, expect, it } from 'vitest';
import { CompiledRules } from './compiled-rules';
import type { Detector } from './detectors/detector';
import { emptyRulesConfig } from './rule-config';

describe('CompiledRules.detectBuiltIn cache', () => {
  it('gives a repeated short value the same spans however many one-off values pass between', () => {
    const rules = new CompiledRules(emptyRulesConfig());
    // No three digits in a row: values like that are cached (identifiers are not).
    const value = 'mail q.ander@example.org';
    const first = rules.detectBuiltIn(value);
    expect(first.length).toBeGreaterThan(0);
    expect(first.every((s) => s.type === 'email')).toBe(true);
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 5_000; i++) rules.detectBuiltIn(`ref ${round}-${letters(i)}`);
      expect(rules.detectBuiltIn(value)).toEqual(first);
    }
  });

  it('detects values with an identifier in them (kept out of the cache) the same every time', () => {
    const rules = new CompiledRules(emptyRulesConfig());
    const value = 'SSN 900-12-3456';
    const first = rules.detectBuiltIn(value);
    expect(first.length).toBeGreaterThan(0);
    expect(first.every((s) => s.type === 'ssn')).toBe(true);
    for (let i = 0; i < 3; i++) expect(rules.detectBuiltIn(value)).toEqual(first);
  });

  it('hands out copies: a caller changing its spans does not change the next answer', () => {
    const rules = new CompiledRules(emptyRulesConfig());
    const value = 'mail q.ander@example.org';
    const answer = rules.detectBuiltIn(value);
    const expected = structuredClone(answer);
    answer.length = 0;
    expect(rules.detectBuiltIn(value)).toEqual(expected);
  });
});

describe('CompiledRules.detectBuiltIn cache of long values', () => {
  /** Rules whose one detector counts the texts it reads and finds the word "Quenby" in each. */
  function countingRules(rereadLongValues = false): { rules: CompiledRules; reads: () => number } {
    let reads = 0;
    const quenby: Detector = {
      id: 'quenby',
      types: ['name'],
      run(ctx) {
        reads++;
        const at = ctx.text.indexOf('Quenby');
        if (at >= 0) ctx.out.push({ start: at, end: at + 6, type: 'name', ruleId: 'quenby' });
      },
    };
    const rules = new CompiledRules(emptyRulesConfig(), { only: [quenby], rereadLongValues });
    return { rules, reads: () => reads };
  }
  const note = `Seen 2024-03-05 with Quenby. ${'Vitals stable, BP 120/80, HR 72. '.repeat(3)}`;

  it('reads a long value seen before (digits and all) once, and answers it the same again', () => {
    const { rules, reads } = countingRules();
    const first = rules.detectBuiltIn(note);
    expect(first).toEqual([{ start: 21, end: 27, type: 'name', ruleId: 'quenby' }]);
    expect(rules.detectBuiltIn(note)).toEqual(first);
    expect(reads()).toBe(1);
  });

  it('reads again a long value differing only in a lone surrogate, or asked with types to skip', () => {
    const { rules, reads } = countingRules();
    rules.detectBuiltIn(`\ud800${note}`);
    rules.detectBuiltIn(`\udc00${note}`);
    rules.detectBuiltIn(note, new Set(['date']));
    rules.detectBuiltIn(note, new Set(['date']));
    expect(reads()).toBe(4);
  });

  it('reads a long value each time it comes when asked to (what the detectors cost on unseen notes)', () => {
    const { rules, reads } = countingRules(true);
    rules.detectBuiltIn(note);
    rules.detectBuiltIn(note);
    expect(reads()).toBe(2);
  });
});

/** A digit-free name for one-off value number `i`. */
function letters(i: number): string {
  let out = '';
  for (let n = i; out.length < 3; n = Math.floor(n / 26)) out += String.fromCharCode(97 + (n % 26));
  return out;
}

describe('CompiledRules.detectBuiltIn on lower-case text', () => {
  const rules = new CompiledRules(emptyRulesConfig());
  const typesIn = (text: string) =>
    rules.detectBuiltIn(text).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);

  it('runs the detectors on lower-case words in a row and on dotted words, as detectText does', () => {
    expect(typesIn('see wound_left_heel.jpg')).toEqual(['photo:wound_left_heel.jpg']);
    expect(typesIn('facebook.com/quenby.ashdown')).toContain('url:facebook.com/quenby.ashdown');
  });

  it('skips one lower-case word without a dot (an enum value, a status)', () => {
    expect(typesIn('active')).toEqual([]);
    expect(typesIn('in-progress')).toEqual([]);
  });
});
