import { describe, expect, it } from 'vitest';
import { createMasker, QUARANTINED_JSON, QUARANTINED_TEXT } from './masker';
import { MaskingRulesError, parseRulesYaml } from './rule-config';

const load = (yaml: string) => () => parseRulesYaml(yaml);

describe('rules file', () => {
  it('loads strategies, disabled detectors, fields, custom rules, media and budget', () => {
    const config = parseRulesYaml(`
strategies:
  default: redact
  ssn: partial
disable: [url, ip]
fields:
  add: { chartRef: mrn }
  remove: [city]
  paths: { "$.params.arguments.note": other_id }
rules:
  - id: acme-mrn
    type: mrn
    pattern: 'ACME-\\d{7}'
    caseInsensitive: true
    strategy: redact
  - id: bed
    type: other_id
    pattern: '(\\d{3}[A-Z])'
    group: 1
    context: [bed, room]
media:
  allow: [image/png]
budgetMs: 20
`);
    expect(config.strategies).toEqual({ default: 'redact', ssn: 'partial' });
    expect(config.disable).toEqual(['url', 'ip']);
    expect(config.fields.add).toEqual({ chartRef: 'mrn' });
    expect(config.rules.map((r) => r.id)).toEqual(['acme-mrn', 'bed']);
    expect(config.allowMedia).toEqual(['image/png']);
    expect(config.budgetMs).toBe(20);
  });

  it('applies custom rules, context words and disabled detectors', () => {
    const m = createMasker({
      rulesYaml: `
disable: [url]
rules:
  - { id: acme-mrn, type: mrn, pattern: 'ACME-\\d{7}', caseInsensitive: true }
  - { id: bed, type: other_id, pattern: '\\d{3}[A-Z]', context: [bed], window: 8 }
`,
    });
    const out = m.maskText('acme-1234567 in bed 412B, room 413C, see https://portal.example.com/x');
    expect(out.text).toBe('[MRN] in bed [OTHER_ID], room 413C, see https://portal.example.com/x');
    expect(out.matches.map((x) => x.ruleId)).toEqual(['acme-mrn', 'bed']);
  });

  it('rejects a pattern the linear-time engine cannot run, naming the rule', () => {
    expect(load("rules: [{ id: backref, type: mrn, pattern: '(a+)\\1' }]")).toThrow(
      /rule backref: pattern: not accepted by the linear-time engine/,
    );
    expect(load("rules: [{ id: look, type: mrn, pattern: '(?<=MRN)\\\\d+' }]")).toThrow(/rule look: pattern/);
    expect(load("rules: [{ id: broken, type: mrn, pattern: '(' }]")).toThrow(MaskingRulesError);
  });

  it('runs a catastrophic-backtracking pattern in linear time', () => {
    const m = createMasker({ rulesYaml: "rules: [{ id: evil, type: other_id, pattern: '(a+)+$' }]" });
    const started = performance.now();
    const out = m.maskText(`${'a'.repeat(5_000)}!`);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(out.quarantined || out.text.endsWith('!')).toBe(true);
  });

  it.each([
    ['an unknown top-level field', 'strategy: redact', /strategy: unknown field/],
    [
      'an unknown rule field',
      "rules: [{ id: x, type: mrn, pattern: 'a', flags: i }]",
      /rules\[0\]\.flags: unknown field/,
    ],
    [
      'an unknown type',
      "rules: [{ id: x, type: planet, pattern: 'a' }]",
      /rule x: type: unknown identifier type/,
    ],
    ['an unknown strategy', 'strategies: { ssn: hide }', /strategies\.ssn: unknown strategy/],
    [
      'a duplicate id',
      "rules: [{ id: x, type: mrn, pattern: 'a' }, { id: x, type: mrn, pattern: 'b' }]",
      /rule x: id used twice/,
    ],
    [
      'a bad JSON path',
      'fields: { paths: { "params.x": mrn } }',
      /fields\.paths\.params\.x: must be a JSONPath/,
    ],
    ['a bad budget', 'budgetMs: -1', /budgetMs/],
    ['invalid YAML', 'rules: [', /not valid YAML/],
  ])('rejects %s with a clear error', (_what, yaml, message) => {
    expect(load(yaml)).toThrow(message);
  });
});

describe('a failing rule', () => {
  const throwing = {
    id: 'flaky-validator',
    type: 'mrn' as const,
    detect(): Array<{ start: number; end: number }> {
      throw new TypeError('validator failed on 900-12-3456');
    },
  };

  it('quarantines the whole payload and reports the rule, never the text or the error message', () => {
    const m = createMasker({ detectors: [throwing] });
    const frame = m.maskFrame(
      '{"jsonrpc":"2.0","id":1,"result":{"content":[{"type":"text","text":"MRN-100200 jane@example.com"}]}}',
    );
    expect(frame).toEqual({
      text: QUARANTINED_JSON,
      matches: [],
      quarantined: true,
      quarantineReason: 'rule_error',
      ruleErrors: [{ ruleId: 'flaky-validator', reason: 'threw', errorName: 'TypeError' }],
    });
    const text = m.maskText('MRN-100200');
    expect(text.text).toBe(QUARANTINED_TEXT);
    expect(JSON.stringify(text)).not.toContain('900-12-3456');
  });

  it('quarantines a payload when the custom rules run past their budget', () => {
    const slow = {
      id: 'slow-rule',
      type: 'other_id' as const,
      detect(): Array<{ start: number; end: number }> {
        const until = performance.now() + 5;
        while (performance.now() < until) {
          // busy: a rule that takes too long
        }
        return [];
      },
    };
    const m = createMasker({ rules: { budgetMs: 1 }, detectors: [slow] });
    const out = m.maskJson({ a: 'one', b: 'two' });
    expect(out.quarantined).toBe(true);
    expect(out.value).toEqual({ redacted: 'quarantined' });
    expect(out.ruleErrors).toEqual([{ ruleId: 'slow-rule', reason: 'budget_exceeded' }]);
  });
});
