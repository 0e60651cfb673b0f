import { describe, expect, it } from 'vitest';
import { detectText } from '../detect';
import { createMasker } from '../masker';
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
    ['PERFORMED AT QUARRY LABS CLIA 05D7224531', '05D7224531'],
    ['Performing lab: Quarry Labs, CLIA# 05D7224531, Director A. Roe, MD', '05D7224531'],
    ['CLIA No. 33D2045678 | CAP 7654321', '33D2045678'],
    ['Lab director: Dr. Ann Roe, MD  CLIA ID: 14D0001234  Tel 555-0142', '14D0001234'],
    ['# lab: Quarry Labs CLIA 45D1234567  export 2025-01-01T10:00:00Z', '45D1234567'],
    ['{"lab":"Quarry Labs","cliaNumber":"05D7224531"}', '05D7224531'],
    ['Quarry Labs  CLIA License # 05D7224531', '05D7224531'],
    ['Lab ID (CLIA): 05D7224531', '05D7224531'],
    ['CLIA Number (05D7224531)', '05D7224531'],
    ['Billed HIPPS 1FC21 this period', 'HIPPS 1FC21'],
    ['GROUP NOTE (GG0170C) — Seeking Safety', 'GG0170C'],
    ['NEWBORN SCREENING REPORT (54089-8)', '54089-8'],
    ['LOINC 2345-7 glucose', '2345-7'],
  ])('%s keeps %s', (text, code) => {
    expect(kept(text).some((k) => k.endsWith(code))).toBe(true);
    expect(masked(text).some((m) => m.includes(code))).toBe(false);
  });

  it('leaves a number that does not check or follows an identifier label', () => {
    expect(kept('REPORT (54089-3)')).toEqual([]);
    expect(kept('MRN (54089-8)')).toEqual([]);
    expect(kept('Member 1FC21')).toEqual([]);
    expect(kept('Licence 05D7224531')).toEqual([]);
  });

  it("keeps the codes of a table's column headed LOINC, and only that column's", () => {
    const csv = 'Results:\nloinc,result,collected,mrn\n77202-0,K 3.7 mmol/L,2023-02-09,54089-8\n';
    expect(kept(csv)).toEqual(['77202-0']);
    expect(masked(csv)).not.toContain('77202-0');
    const tsv = 'LOINC code\tresult\tpatient\n49765-1\tA1c 6.7 %\tRoe^Ann\n';
    expect(kept(tsv)).toEqual(['49765-1']);
    // A code that does not check, and a row after the table's end, stay with the detectors.
    expect(kept('loinc,result\n77202-3,K 3.7\n\n77202-0,next table\n')).toEqual([]);
  });

  it("keeps a laboratory's CLIA number under its own key", () => {
    const { matches } = createMasker().maskJson({
      performingLab: {
        name: 'Quarry Labs',
        clia: '05D7224531',
        cliaNumber: '05D7224531',
        clia_id: '05D7224531',
      },
    });
    expect(matches).toEqual([]);
  });

  it('still masks the licences written beside a CLIA number', () => {
    const text = 'State license: MD 12345; DEA AB1234563; NPI 1234567893; CLIA 45D1234567';
    expect(masked(text)).toEqual(['MD 12345', 'AB1234563', '1234567893']);
    expect(masked('Licence 05D7224531 (state board)')).toEqual(['05D7224531']);
  });
});
