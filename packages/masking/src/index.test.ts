import { describe, expect, it } from 'vitest';
import {
  createMasker,
  DEFAULT_RULES,
  detectText,
  engineFor,
  maskJsonText,
  maskString,
  PHI_TYPES,
  QUARANTINED_JSON,
} from './index';

describe('package API', () => {
  it('detectText returns spans with offsets into the original string and types from the vocabulary', () => {
    const text = 'Ｊａｎｅ? no: call ５５５-０１０-１２３４ or jane@example.com';
    const spans = detectText(text);
    expect(spans.map((s) => [s.type, text.slice(s.start, s.end)])).toEqual([
      ['name', 'Ｊａｎｅ'],
      ['phone', '５５５-０１０-１２３４'],
      ['email', 'jane@example.com'],
    ]);
    for (const s of spans) expect(PHI_TYPES).toContain(s.type);
  });

  it('detectText can skip types', () => {
    expect(detectText('DOB 03/17/1984', { skipTypes: ['date'] })).toEqual([]);
  });

  it('maskJsonText keeps its contract: masked text, counts per rule, records, quarantine', () => {
    const out = maskJsonText(
      JSON.stringify({ a: 'jane@example.com', b: ['x 900-12-3456', 'y 900-12-3457'] }),
    );
    expect(JSON.parse(out.text)).toEqual({ a: '[EMAIL]', b: ['x [SSN]', 'y [SSN]'] });
    expect(out.matches).toEqual([
      { rule: 'email', count: 1 },
      { rule: 'ssn', count: 2 },
    ]);
    expect(out.records).toHaveLength(3);
    expect(out.quarantined).toBe(false);
    expect(maskJsonText('{"a": ')).toEqual({
      text: QUARANTINED_JSON,
      matches: [],
      records: [],
      quarantined: true,
      quarantineReason: 'invalid_json',
    });
  });

  it('returns the very same text when nothing matches', () => {
    const input = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list', params: { cursor: 'abc' } });
    expect(maskJsonText(input).text).toBe(input);
  });

  it('maskString masks one string and throws rather than fall back when a rule fails', () => {
    expect(maskString('SSN 900-12-3456')).toBe('SSN [SSN]');
    const failing = createMasker({
      detectors: [
        {
          id: 'boom',
          type: 'other_id',
          detect: () => {
            throw new Error('x');
          },
        },
      ],
    });
    expect(() => maskString('anything', failing)).toThrow(/rule error \(boom\)/);
  });

  it('exposes the built-in rule catalogue and one shared default engine', () => {
    expect(DEFAULT_RULES.map((r) => r.id)).toContain('person_name');
    expect(new Set(DEFAULT_RULES.flatMap((r) => r.types))).toEqual(new Set(PHI_TYPES));
    expect(engineFor()).toBe(engineFor());
  });
});
