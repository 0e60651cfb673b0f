import { describe, expect, it } from 'vitest';
import { shiftDate } from './date-shift';
import { createMasker } from './masker';

const KEY_A = 'tenant-a-0123456789abcdef';
const KEY_B = 'tenant-b-0123456789abcdef';

describe('redact', () => {
  it('replaces with a type label and records the match without the clear value', () => {
    const out = createMasker().maskText('SSN 900-12-3456, mail jane@example.com');
    expect(out.text).toBe('SSN [SSN], mail [EMAIL]');
    expect(out.matches).toEqual([
      { jsonPath: '$', start: 4, end: 15, ruleId: 'ssn', type: 'ssn', strategy: 'redact' },
      { jsonPath: '$', start: 22, end: 38, ruleId: 'email', type: 'email', strategy: 'redact' },
    ]);
    expect(JSON.stringify(out.matches)).not.toMatch(/900|jane/);
  });
});

describe('keyed pseudonym', () => {
  const a = createMasker({ tenantKey: KEY_A, strategies: { default: 'pseudonym' } });
  const a2 = createMasker({ tenantKey: KEY_A, strategies: { default: 'pseudonym' } });
  const b = createMasker({ tenantKey: KEY_B, strategies: { default: 'pseudonym' } });

  it('gives the same token for the same value within a tenant, whatever its formatting', () => {
    const x = a.maskText('SSN 900-12-3456').matches[0]?.pseudonym;
    const y = a2.maskText('ssn: 900 12 3456').matches[0]?.pseudonym;
    expect(x).toMatch(/^[0-9a-f]{16}$/);
    expect(y).toBe(x);
    expect(a.maskText('Smith, John was seen').matches[0]?.pseudonym).toBe(
      a.maskText('John Smith was seen').matches[0]?.pseudonym,
    );
    expect(a.maskText('SSN 900-12-3456').text).toBe(`SSN [SSN:${x}]`);
  });

  it('gives different tokens for different values and in another tenant', () => {
    const x = a.maskText('SSN 900-12-3456').matches[0]?.pseudonym;
    expect(a.maskText('SSN 900-12-3457').matches[0]?.pseudonym).not.toBe(x);
    expect(b.maskText('SSN 900-12-3456').matches[0]?.pseudonym).not.toBe(x);
  });

  it('needs a tenant key of at least 16 bytes', () => {
    expect(() => createMasker({ strategies: { name: 'pseudonym' } })).toThrow(/tenant key/);
    expect(() => createMasker({ tenantKey: 'short', strategies: { name: 'pseudonym' } })).toThrow(/16 bytes/);
  });
});

describe('partial', () => {
  it('keeps the last four characters and the separators', () => {
    const m = createMasker({ strategies: { ssn: 'partial', account: 'partial', phone: 'partial' } });
    expect(m.maskText('SSN 900-12-3456').text).toBe('SSN ***-**-3456');
    expect(m.maskText('call 555-010-1234').text).toBe('call ***-***-1234');
    expect(m.maskText('acct# 88812345').text).toBe('acct# ****2345');
  });
});

describe('date shift', () => {
  const m = createMasker({ tenantKey: KEY_A, strategies: { date: 'dateshift' } });
  const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;

  it('moves all of one patient’s dates by the same offset, keeping intervals and formats', () => {
    const out = m.maskJson({
      mrn: 'A123456',
      dob: '1984-03-17',
      admitted: 'admitted 2024-02-27, discharged 2024-03-05',
    });
    const v = out.value as { mrn: string; dob: string; admitted: string };
    const [admit, discharge] = v.admitted.match(/\d{4}-\d{2}-\d{2}/g) as [string, string];
    expect(days(admit, discharge)).toBe(days('2024-02-27', '2024-03-05'));
    expect(days('1984-03-17', v.dob)).toBe(days('2024-02-27', admit));
    expect(v.dob).not.toBe('1984-03-17');
    expect(out.matches.filter((x) => x.type === 'date').every((x) => x.strategy === 'dateshift')).toBe(true);
  });

  it('gives another patient another offset, and the same patient the same one across payloads', () => {
    const shiftOf = (mrn: string) => {
      const v = m.maskJson({ mrn, dob: '1984-03-17' }).value as { dob: string };
      return days('1984-03-17', v.dob);
    };
    expect(shiftOf('A123456')).toBe(shiftOf('A123456'));
    const offsets = new Set(['A1', 'A2', 'A3', 'A4', 'A5'].map(shiftOf));
    expect(offsets.size).toBeGreaterThan(1);
    for (const o of offsets) expect(o).not.toBe(0);
  });

  it('writes dates back in the format they came in', () => {
    expect(shiftDate('03/17/1984', 10)).toBe('03/27/1984');
    expect(shiftDate('3/7/84', 1)).toBe('3/8/84');
    expect(shiftDate('17 Mar 1984', 20)).toBe('6 Apr 1984');
    expect(shiftDate('March 17th, 1984', -17)).toBe('February 29th, 1984');
    expect(shiftDate('1984-03-17T08:00:00Z', 1)).toBe('1984-03-18T08:00:00Z');
    expect(shiftDate('17.03.1984', 1)).toBe('18.03.1984');
    expect(shiftDate('not a date', 1)).toBeUndefined();
  });
});
