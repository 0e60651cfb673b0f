import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES, type MaskingRule, maskJsonText, QUARANTINED_JSON } from './index';

describe('maskJsonText', () => {
  it('masks string values at any depth and in arrays, and counts matches per rule', () => {
    const input = JSON.stringify({
      jsonrpc: '2.0',
      id: 7,
      result: {
        content: [{ type: 'text', text: 'Reach jane@example.com or (555) 010-1234' }],
        contacts: ['bob@example.com', { ssn: '900-12-3456' }],
      },
    });
    const out = maskJsonText(input);
    expect(out.quarantined).toBe(false);
    expect(JSON.parse(out.text)).toEqual({
      jsonrpc: '2.0',
      id: 7,
      result: {
        content: [{ type: 'text', text: 'Reach [REDACTED:email] or [REDACTED:phone]' }],
        contacts: ['[REDACTED:email]', { ssn: '[REDACTED:us_ssn]' }],
      },
    });
    expect(out.matches).toEqual([
      { rule: 'email', count: 2 },
      { rule: 'us_ssn', count: 1 },
      { rule: 'phone', count: 1 },
    ]);
  });

  it('masks object keys', () => {
    const out = maskJsonText('{"visits":{"jane@example.com":3,"900-12-3456":{"n":1}}}');
    expect(out.text).toBe('{"visits":{"[REDACTED:email]":3,"[REDACTED:us_ssn]":{"n":1}}}');
  });

  it('leaves numbers, literals and layout exactly as they were', () => {
    const input =
      '{ "id": 12345678901234567890, "ts": 1721000000123, "x": 1.50e10,\n  "ok": true, "n": null, "phone": 5550101234 }';
    const out = maskJsonText(input);
    expect(out.text).toBe(input);
    expect(out.matches).toEqual([]);
  });

  it('returns the very same text when nothing matches', () => {
    const input = JSON.stringify({ method: 'tools/list', params: { cursor: 'abc' } });
    expect(maskJsonText(input).text).toBe(input);
  });

  it('masks bare numbers only under keys that say what they are', () => {
    const input =
      '{"homePhone":"5550101234","cell_number" : "+1 5550101234","ssn":"900123456","ts":"1700000000","ref":"900123456"}';
    expect(JSON.parse(maskJsonText(input).text)).toEqual({
      homePhone: '[REDACTED:phone]',
      cell_number: '[REDACTED:phone]',
      ssn: '[REDACTED:us_ssn]',
      ts: '1700000000',
      ref: '900123456',
    });
  });

  it('sees through JSON escapes and keeps the output valid JSON', () => {
    const input =
      '{"note":"line1\\nmail jane\\u0040example.com \\"quoted\\" \\\\ end","k\\u0065y":"\\u0035\\u0035\\u0035-010-1234"}';
    const out = maskJsonText(input);
    expect(JSON.parse(out.text)).toEqual({
      note: 'line1\nmail [REDACTED:email] "quoted" \\ end',
      key: '[REDACTED:phone]',
    });
  });

  it('handles strings ending in escaped backslashes and quotes', () => {
    const input = JSON.stringify({ a: 'ends with \\', b: 'has "quotes" 900-12-3456', c: '\\"' });
    expect(JSON.parse(maskJsonText(input).text)).toEqual({
      a: 'ends with \\',
      b: 'has "quotes" [REDACTED:us_ssn]',
      c: '\\"',
    });
  });

  it('quarantines invalid JSON without echoing it', () => {
    const out = maskJsonText('{"email": "jane@example.com", ');
    expect(out).toEqual({
      text: QUARANTINED_JSON,
      matches: [],
      quarantined: true,
      quarantineReason: 'invalid_json',
    });
    expect(JSON.parse(out.text)).toEqual({ redacted: 'quarantined' });
  });

  it('quarantines the whole text when a rule throws', () => {
    const failing: MaskingRule = {
      id: 'mrn',
      patterns: [/MRN-\d+/],
      accept: () => {
        throw new Error('validator failed');
      },
    };
    const rules = [...DEFAULT_RULES, failing];
    const out = maskJsonText('{"a":"jane@example.com","b":"MRN-100200"}', rules);
    expect(out).toEqual({
      text: QUARANTINED_JSON,
      matches: [],
      quarantined: true,
      quarantineReason: 'rule_error',
    });
  });

  it('uses custom rules with their own tokens', () => {
    const rules: MaskingRule[] = [{ id: 'mrn', patterns: [/\bMRN-\d{6}\b/], replacement: '***' }];
    const out = maskJsonText('{"a":"MRN-100200 and jane@example.com"}', rules);
    expect(out.text).toBe('{"a":"*** and jane@example.com"}');
    expect(out.matches).toEqual([{ rule: 'mrn', count: 1 }]);
  });

  it('handles 10,000 levels of nesting without recursion', () => {
    const depth = 10_000;
    const arrays = `${'['.repeat(depth)}"jane@example.com"${']'.repeat(depth)}`;
    const arraysOut = maskJsonText(arrays);
    expect(arraysOut.quarantined).toBe(false);
    expect(arraysOut.text).toBe(`${'['.repeat(depth)}"[REDACTED:email]"${']'.repeat(depth)}`);

    const objects = `${'{"900-12-3456":'.repeat(depth)}1${'}'.repeat(depth)}`;
    const objectsOut = maskJsonText(objects);
    expect(objectsOut.matches).toEqual([{ rule: 'us_ssn', count: depth }]);
    expect(objectsOut.text).not.toContain('900-12-3456');
  });
});
