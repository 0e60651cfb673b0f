import { describe, expect, it } from 'vitest';
import { generateSplit } from '../../dataset';
import { luhnValid } from '../checksums';
import { verhoeffValid } from './intl';

const labels = generateSplit('blind8').flatMap((d) => d.labels);
const byForm = (form: string): string[] => labels.filter((l) => l.form === form).map((l) => l.value);
const digits = (s: string): number[] => [...s.replace(/\D/g, '')].map(Number);
const weighted = (d: number[], w: number[]): number => w.reduce((s, x, i) => s + x * (d[i] as number), 0);

/** Independent checks of each national identifier's check digit or letter, as issuers compute them. */
const VALID: Record<string, (v: string) => boolean> = {
  aadhaar: (v) => /^[2-9]\d{3} ?\d{4} ?\d{4}$/.test(v) && verhoeffValid(v.replace(/ /g, '')),
  nric: (v) => {
    const m = /^([ST])(\d{7})([A-Z])$/.exec(v);
    if (!m) return false;
    const sum = weighted(digits(m[2] as string), [2, 7, 6, 5, 4, 3, 2]) + (m[1] === 'T' ? 4 : 0);
    return 'JZIHGFEDCBA'[sum % 11] === m[3];
  },
  'rsa-id': (v) => /^\d{13}$/.test(v) && luhnValid(v),
  card: (v) => luhnValid(v.replace(/ /g, '')),
  dni: (v) => /^\d{8}[A-Z]$/.test(v) && 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(v.slice(0, 8)) % 23] === v[8],
  nie: (v) =>
    /^[XYZ]\d{7}[A-Z]$/.test(v) &&
    'TRWAGMYFPDXBNJZSQVHLCKE'[Number(`${'XYZ'.indexOf(v[0] as string)}${v.slice(1, 8)}`) % 23] === v[8],
  nir: (v) => {
    const d = v.replace(/ /g, '');
    return /^\d{15}$/.test(d) && 97 - Number(BigInt(d.slice(0, 13)) % 97n) === Number(d.slice(13));
  },
  bsn: (v) => /^\d{9}$/.test(v) && weighted(digits(v), [9, 8, 7, 6, 5, 4, 3, 2, -1]) % 11 === 0,
  pesel: (v) =>
    /^\d{11}$/.test(v) &&
    (10 - (weighted(digits(v), [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10 === Number(v[10]),
  tckn: (v) => {
    const d = digits(v);
    const odd = (d[0] ?? 0) + (d[2] ?? 0) + (d[4] ?? 0) + (d[6] ?? 0) + (d[8] ?? 0);
    const even = (d[1] ?? 0) + (d[3] ?? 0) + (d[5] ?? 0) + (d[7] ?? 0);
    const sum10 = d.slice(0, 10).reduce((s, x) => s + x, 0);
    return /^[1-9]\d{10}$/.test(v) && (((odd * 7 - even) % 10) + 10) % 10 === d[9] && sum10 % 10 === d[10];
  },
  rrn: (v) => {
    const d = digits(v);
    return (
      /^\d{6}-\d{7}$/.test(v) &&
      (11 - (weighted(d, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11)) % 10 === d[12]
    );
  },
  curp: (v) => {
    const alpha = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';
    const sum = [...v.slice(0, 17)].reduce((s, c, i) => s + alpha.indexOf(c) * (18 - i), 0);
    return /^[A-Z]{4}\d{6}[HM][A-Z]{5}[A-Z0-9]\d$/.test(v) && (10 - (sum % 10)) % 10 === Number(v[17]);
  },
};

describe('blind8 national identifiers', () => {
  it.each(Object.keys(VALID))('%s values carry a valid check digit or letter', (form) => {
    const values = byForm(form);
    expect(values.length).toBeGreaterThan(5);
    expect(values.filter((v) => !(VALID[form] as (v: string) => boolean)(v))).toEqual([]);
  });

  it.each(Object.keys(VALID))('%s check fails when its check character changes', (form) => {
    const value = byForm(form)[0] as string;
    const last = value.slice(-1);
    const changed = /\d/.test(last)
      ? String((Number(last) + 1) % 10)
      : last === 'Z'
        ? 'A'
        : String.fromCharCode(last.charCodeAt(0) + 1);
    expect((VALID[form] as (v: string) => boolean)(value.slice(0, -1) + changed)).toBe(false);
  });
});
