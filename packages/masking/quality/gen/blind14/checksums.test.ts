/** Blind split 14's identifiers carry valid check characters, as the real ones do. */
import { describe, expect, it } from 'vitest';
import { generateSplit } from '../../dataset';
import { luhnValid } from '../checksums';
import { hkidValid, nhsValid, nricValid, verhoeffCheckDigit, verhoeffValid } from './checksums';

describe('blind14 check characters', () => {
  it('accept published examples and reject a changed character', () => {
    expect(nhsValid('943 476 5919')).toBe(true);
    expect(nhsValid('943 476 5918')).toBe(false);
    expect(verhoeffCheckDigit('236')).toBe(3);
    expect(verhoeffValid('2363')).toBe(true);
    expect(verhoeffValid('2364')).toBe(false);
    expect(nricValid('S1234567D')).toBe(true);
    expect(nricValid('S1234567E')).toBe(false);
    expect(hkidValid('A123456(3)')).toBe(true);
    expect(hkidValid('A123456(4)')).toBe(false);
    expect(luhnValid('8001015009087')).toBe(true);
  });

  it('holds for every generated NHS number, Aadhaar, NRIC/FIN, HKID and South African ID', () => {
    const labels = generateSplit('blind14').flatMap((d) => d.labels);
    const values = (form: string): string[] => labels.filter((l) => l.form === form).map((l) => l.value);
    const checks: [string, (v: string) => boolean][] = [
      ['nhs', (v) => nhsValid(v.replace(/-/g, ''))],
      ['aadhaar', (v) => verhoeffValid(v.replace(/[\s-]/g, ''))],
      ['nric', (v) => nricValid(v.toUpperCase())],
      ['fin', (v) => nricValid(v.toUpperCase())],
      ['hkid', (v) => hkidValid(v.replace(' ', ''))],
      ['za_id', luhnValid],
    ];
    for (const [form, valid] of checks) {
      const found = values(form);
      expect(found.length, form).toBeGreaterThan(10);
      expect(
        found.filter((v) => !valid(v)),
        form,
      ).toEqual([]);
    }
  });
});
