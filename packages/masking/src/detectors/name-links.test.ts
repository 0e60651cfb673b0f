import { describe, expect, it } from 'vitest';
import { detectText } from '../detect';
import type { ScanContext } from './detector';
import { joinNames } from './name-links';

// Synthetic names only.
function masked(text: string): string {
  let out = '';
  let at = 0;
  const spans = detectText(text)
    .filter((s) => s.type === 'name')
    .sort((a, b) => a.start - b.start);
  for (const s of spans) {
    if (s.end <= at) continue;
    out += `${text.slice(at, Math.max(at, s.start))}#`;
    at = s.end;
  }
  return out + text.slice(at);
}

describe('names joined by a link to a parent’s name', () => {
  it.each([
    ['Seen with Harshavardhan s/o Muthusamy in clinic.', 'Seen with # in clinic.'],
    ['Patient DEEPIKA D/O ARUMUGHAM, referred', 'Patient #, referred'],
    ['Next of kin: Nurul Syazwani binte Rahmat (sister)', 'Next of kin: # (sister)'],
  ])('%s', (text, out) => {
    expect(masked(text)).toBe(out);
  });

  it('leaves "suggestive of" findings alone', () => {
    for (const text of ['CT s/o Appendicitis', 'XR S/O CONSOLIDATION', 'USG S/O PID', 'MRI s/o MS plaque'])
      expect(masked(text)).toBe(text);
  });
});

describe('what stands beside a name found', () => {
  it('masks the Chinese characters of a romanized name', () => {
    expect(masked('Name: CHAN Siu Ming 陳小明   HKID: pending')).toBe('Name: # #   HKID: pending');
  });

  it('masks a quoted nickname after a name', () => {
    expect(masked('Patient: Rosalind Okonjo a.k.a. "Bebe", 67F')).toBe('Patient: # a.k.a. "#", 67F');
  });

  it('masks the familiar "Ah" before a given name', () => {
    expect(masked('Contact: 9123 4567 (son Ah Ming)')).toBe('Contact: 9123 4567 (son #)');
  });

  it('masks a given name in capitals before a family name found', () => {
    const text = 'MEDICAL REPORT ON OLIVIA QUELLWOOD';
    const found = {
      start: text.indexOf('QUELLWOOD'),
      end: text.length,
      type: 'name' as const,
      ruleId: 'test',
    };
    const ctx = { text, out: [found], hasUpper: true, test: () => true } as unknown as ScanContext;
    joinNames(ctx);
    expect(ctx.out.map((s) => text.slice(s.start, s.end))).toContain('OLIVIA QUELLWOOD');
  });

  it('masks a word between two parts of a name found', () => {
    expect(masked('Reported by Chan Kit Leung, pharmacist')).toBe('Reported by # # #, pharmacist');
  });

  it('leaves a possessive before a device found as a name alone', () => {
    const text = "also Ezekiel's Zorvatek sensor alarmed";
    const found = {
      start: text.indexOf('Zorvatek'),
      end: text.indexOf(' sensor'),
      type: 'name' as const,
      ruleId: 'test',
    };
    const ctx = { text, out: [found], hasUpper: true, test: () => true } as unknown as ScanContext;
    joinNames(ctx);
    expect(ctx.out).toHaveLength(1);
  });

  it('leaves Chinese words away from a name alone', () => {
    expect(masked('出院摘要 Discharge summary')).toBe('出院摘要 Discharge summary');
  });
});
