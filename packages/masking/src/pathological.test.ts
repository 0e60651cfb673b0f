/**
 * Pathological input: long runs of one token, odd characters, huge and deep JSON. Each must come
 * back in time linear in its length (at most 20 times what ordinary prose of the same length
 * costs, measured here) and either masked or quarantined with the reason given, never thrown to
 * the caller and never left hanging. The shapes that once cost their length squared or worse
 * are named beside them.
 */
import { describe, expect, it } from 'vitest';
import { CompiledRules } from './compiled-rules';
import type { Detector } from './detectors/detector';
import {
  createMasker,
  maskJsonText,
  maskString,
  QUARANTINED_JSON,
  QUARANTINED_TEXT,
  type TextMaskResult,
} from './index';
import { maskerFor } from './masker';
import { costOver, proseCost } from './relative-cost';
import { emptyRulesConfig } from './rule-config';

const N = 10_000;
/** At most this many times the cost of ordinary prose of the same length. */
const MAX_RATIO = 20;

function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length));
}

const TEXT_SHAPES: Array<[string, string]> = [
  // Once threw: a 20,000-letter "word" overflowed the name repeat's expression.
  ['"Lund-" repeated', repeatTo('Lund-', 2 * N)],
  ['"A. " repeated', repeatTo('A. ', N)],
  ['"Smith, " repeated', repeatTo('Smith, ', N)],
  ['"12/" repeated', repeatTo('12/', N)],
  ['"1-" repeated', repeatTo('1-', N)],
  ['"(555) " repeated', repeatTo('(555) ', N)],
  ['"Dr. " repeated', repeatTo('Dr. ', N)],
  ['"@a." repeated', repeatTo('@a.', N)],
  ['"http://a/" repeated', repeatTo('http://a/', N)],
  ['"ÄÖ " repeated', repeatTo('ÄÖ ', N)],
  ['zero-width spaces', repeatTo('\u200b', N)],
  ['zero-width spaces inside a name', repeatTo('Ann\u200bLee ', N)],
  ['combining marks on one letter', `A${repeatTo('\u0301', N)}`],
  ['combining marks on each letter', repeatTo('e\u0301\u0302 ', N)],
  ['right-to-left marks', repeatTo('\u200f', N)],
  ['right-to-left overrides around a name', repeatTo('\u202eAnn Lee\u202c ', N)],
  ['surrogate pairs', repeatTo('😀', N)],
  ['mathematical letters (surrogate pairs) as names', repeatTo('Ann 𝐀𝐧𝐧 ', N)],
  // Once cost their length squared: the detectors that looked behind over a run of blanks.
  ['a run of blanks after a capital', `A${' '.repeat(N)}x`],
  ['a run of blanks between cues', `my sister Ann${' '.repeat(N)}RN - DOB, 12, Main St`],
  ['a run of tabs between cues', `user jdoe${'\t'.repeat(N)}logged in by EVV, 3 Main St`],
  // Once cost its length squared: the start of a title looked back to the text's start at each dash.
  ['"- " repeated after a name', `Quenby, Tamsin ${repeatTo('- ', N)}`],
  // Once cost its length squared: a table's gap looked for up to the text's end from each line.
  ['" \\n" repeated', `NAME  MRN  DOB\n${repeatTo(' \n', N)}`],
  // Once cost their length squared: spelled letters read to the run's end from each letter.
  ['"A-" repeated', repeatTo('A-', N)],
  ['"a-" repeated', repeatTo('a-', N)],
  // Once exponential: "IV" read both as a word and as a numeral of a place.
  ['numerals before a postcode', repeatTo(`Blk 4 Lot 2\nAbc ${'IV '.repeat(60)}x 1100\n`, N)],
  // Once exponential: a long word closing with a capital beside a name.
  [
    'a long word ending in a capital after a name',
    repeatTo(`Seen with Ann Lee A${'b'.repeat(60)}Q today. `, N),
  ],
  // Once cost the number of names times the text: names said again, looked for as alternatives.
  [
    'thousands of distinct names said again',
    Array.from({ length: 1000 }, (_, i) => `Mr. Q${i.toString(36)}ville`)
      .join(' and ')
      .concat(`. ${Array.from({ length: 1000 }, (_, i) => `Q${i.toString(36)}ville`).join(', ')}`),
  ],
  ['digits and blanks', repeatTo('1 ', N)],
  ['capitals and carets', repeatTo('A^', N)],
  ['"Name: " repeated', repeatTo('Name: ', N)],
  ['"born " repeated', repeatTo('born ', N)],
  ['"a@" repeated', repeatTo('a@', N)],
  ['"Lee, " repeated', repeatTo('Lee, ', N)],
];

function frame(text: string): string {
  return JSON.stringify({ jsonrpc: '2.0', id: 1, result: { content: [{ type: 'text', text }] } });
}

/** Masked, or quarantined for a reason given (a rule error naming its rule). */
function expectMaskedOrQuarantined(r: {
  quarantined: boolean;
  quarantineReason?: string;
  ruleErrors?: unknown[];
}) {
  if (!r.quarantined) return;
  expect(r.quarantineReason).toBeDefined();
  if (r.quarantineReason === 'rule_error' && r.ruleErrors) expect(r.ruleErrors.length).toBeGreaterThan(0);
}

/** Texts that make each masker compile the expressions of most detectors before anything is timed. */
const WARM_UP = `Dr. Ann LEE, RN - my sister Ann Lee; AB = Anne Lee; 12, 3 Main St, Springfield, CA 90210 - Smith, John
Thanks,
Hi it's Ann, your name? user jdoe logged in. MRN: 1234567 DOB 01/02/1990 tel 555-123-4567 jane@x.org | PID|1|^Lee^Ann`;

describe('pathological text comes back in linear time, masked or quarantined', () => {
  // One masker per entry point: the frame's text is never answered from the text test's cache.
  const textMasker = createMasker();
  const frameMasker = createMasker();
  textMasker.maskText(WARM_UP);
  frameMasker.maskFrame(frame(WARM_UP));
  const maskText = (t: string) => textMasker.maskText(t);
  const maskFrame = (f: string) => maskJsonText(f, frameMasker);
  // Prose of N characters, per character (the shapes are of N characters, give or take).
  const textPerChar = proseCost(maskText, N, (p) => p) / N;
  const framePerChar = proseCost(maskFrame, N, frame) / N;

  it.each(TEXT_SHAPES)('%s: maskText (maskString)', (_name, text) => {
    let result: TextMaskResult | undefined;
    const ratio = costOver((t: string) => (result = maskText(t)), text, textPerChar * text.length);
    expectMaskedOrQuarantined(result as TextMaskResult);
    expect(ratio).toBeLessThanOrEqual(MAX_RATIO);
  });

  it.each(TEXT_SHAPES)('%s: maskJsonText on an MCP frame', (_name, text) => {
    let result: ReturnType<typeof maskJsonText> | undefined;
    const ratio = costOver((f: string) => (result = maskFrame(f)), frame(text), framePerChar * text.length);
    expectMaskedOrQuarantined(result as ReturnType<typeof maskJsonText>);
    if (!result?.quarantined) expect(() => JSON.parse(result?.text as string)).not.toThrow();
    expect(ratio).toBeLessThanOrEqual(MAX_RATIO);
  });

  it('a megabyte without a blank', { timeout: 60_000 }, () => {
    const text = repeatTo('abcdefghij', 1_000_000);
    let result: TextMaskResult | undefined;
    const prose = proseCost(maskText, text.length, (p) => p, 1);
    expect(costOver((t: string) => (result = maskText(t)), text, prose)).toBeLessThanOrEqual(MAX_RATIO);
    expect(result?.quarantined).toBe(false);
  });

  it('200,000 short lines', { timeout: 60_000 }, () => {
    const text = repeatTo('ab\n', 600_000);
    let result: TextMaskResult | undefined;
    const prose = proseCost(maskText, text.length, (p) => p, 1);
    expect(costOver((t: string) => (result = maskText(t)), text, prose)).toBeLessThanOrEqual(MAX_RATIO);
    expectMaskedOrQuarantined(result as TextMaskResult);
  });
});

describe('pathological JSON comes back in linear time, masked or quarantined', () => {
  const masker = createMasker();
  masker.maskFrame(frame(WARM_UP));

  it('JSON nested 10,000 deep is quarantined as too deep, through every JSON entry point', () => {
    const text = `${'['.repeat(10_000)}"Lee"${']'.repeat(10_000)}`;
    expect(maskJsonText(text, masker)).toMatchObject({ quarantined: true, quarantineReason: 'too_deep' });
    expect(masker.maskFrame(text)).toMatchObject({ quarantined: true, quarantineReason: 'too_deep' });
    // Deeper than the serializer's stack: quarantined, not thrown.
    expect(masker.maskJson(JSON.parse(text))).toMatchObject({
      value: { redacted: 'quarantined' },
      quarantined: true,
      quarantineReason: 'too_deep',
    });
    const objects = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
    expect(maskJsonText(objects, masker)).toMatchObject({ quarantined: true, quarantineReason: 'too_deep' });
  });

  it('an array of 100,000 short strings', { timeout: 60_000 }, () => {
    const items = Array.from({ length: 100_000 }, (_, i) => `x${i % 10}`);
    let result: ReturnType<typeof masker.maskJson> | undefined;
    const length = JSON.stringify(items).length;
    const prose = proseCost(
      (v: unknown) => masker.maskJson(v),
      length,
      (p) => p.match(/.{1,60}/g) ?? [],
      1,
    );
    expect(costOver((v: unknown) => (result = masker.maskJson(v)), items, prose)).toBeLessThanOrEqual(
      MAX_RATIO,
    );
    expect(result?.quarantined).toBe(false);
    expect(result?.value).toEqual(items);
  });

  it('keys 100 KB long', { timeout: 60_000 }, () => {
    // Once cost their length squared: every tail of a key of thousands of words was looked up.
    const value = { [repeatTo('A. ', 100_000)]: 'seen today', [repeatTo('Lund-', 100_000)]: 'seen' };
    const text = JSON.stringify(value);
    let result: ReturnType<typeof maskJsonText> | undefined;
    const half = (p: string) =>
      JSON.stringify({ [p.slice(0, p.length / 2)]: 'seen today', note: p.slice(p.length / 2) });
    const prose = proseCost((t: string) => maskJsonText(t, masker), text.length, half, 1);
    expect(costOver((t: string) => (result = maskJsonText(t, masker)), text, prose)).toBeLessThanOrEqual(
      MAX_RATIO,
    );
    expect(result?.quarantined).toBe(false);
    expect(Object.keys(JSON.parse(result?.text as string))).toHaveLength(2);
  });
});

describe('a rule that throws or runs past its budget quarantines the payload on every entry point', () => {
  const slow = {
    id: 'slow-rule',
    type: 'other_id' as const,
    detect(): Array<{ start: number; end: number }> {
      const until = performance.now() + 5;
      while (performance.now() < until) {
        // a rule that takes too long
      }
      return [];
    },
  };
  const budgeted = createMasker({ rules: { budgetMs: 1 }, detectors: [slow] });
  const overBudget = [{ ruleId: 'slow-rule', reason: 'budget_exceeded' }];
  const throwing: Detector = {
    id: 'name_repeat',
    types: ['name'],
    run() {
      throw new SyntaxError('Invalid regular expression: Stack overflow');
    },
  };
  const failingBuiltIn = maskerFor(new CompiledRules(emptyRulesConfig(), { only: [throwing] }));
  const threw = [{ ruleId: 'name_repeat', reason: 'threw', errorName: 'SyntaxError' }];
  const text = 'Seen with Tova Quarrie, SSN 900-12-3456';

  it('maskText and maskString', () => {
    expect(budgeted.maskText(text)).toMatchObject({
      quarantined: true,
      quarantineReason: 'rule_error',
      ruleErrors: overBudget,
    });
    expect(() => maskString(text, budgeted)).toThrow(/rule error \(slow-rule\)/);
    expect(failingBuiltIn.maskText(text)).toEqual({
      text: QUARANTINED_TEXT,
      matches: [],
      quarantined: true,
      quarantineReason: 'rule_error',
      ruleErrors: threw,
    });
    expect(() => maskString(text, failingBuiltIn)).toThrow(/rule error \(name_repeat\)/);
  });

  it('maskJson', () => {
    for (const [m, errors] of [
      [budgeted, overBudget],
      [failingBuiltIn, threw],
    ] as const)
      expect(m.maskJson({ note: text })).toEqual({
        value: { redacted: 'quarantined' },
        matches: [],
        quarantined: true,
        quarantineReason: 'rule_error',
        ruleErrors: errors,
      });
  });

  it('maskJsonText and the MCP frame walk', () => {
    const input = frame(text);
    for (const [m, errors] of [
      [budgeted, overBudget],
      [failingBuiltIn, threw],
    ] as const) {
      expect(m.maskFrame(input)).toEqual({
        text: QUARANTINED_JSON,
        matches: [],
        quarantined: true,
        quarantineReason: 'rule_error',
        ruleErrors: errors,
      });
      expect(maskJsonText(input, m)).toMatchObject({
        text: QUARANTINED_JSON,
        quarantined: true,
        quarantineReason: 'rule_error',
      });
    }
  });
});
