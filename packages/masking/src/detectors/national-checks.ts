/**
 * The check rules of national health, insurance and identity numbers, as their issuers
 * define them: a number of the right shape whose check fails is a number of something else.
 */
import { luhnValid } from '../checksums';

function digitAt(s: string, i: number): number {
  return s.charCodeAt(i) - 48;
}

/** Brazilian CPF: nine digits and two check digits (weights 10..2, then 11..2, mod 11); not one digit eleven times. */
export function cpfValid(digits: string): boolean {
  if (!/^\d{11}$/.test(digits) || /^(\d)\1{10}$/.test(digits)) return false;
  for (const n of [9, 10]) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += digitAt(digits, i) * (n + 1 - i);
    if (((sum * 10) % 11) % 10 !== digitAt(digits, n)) return false;
  }
  return true;
}

/** Brazilian CNS (Cartão Nacional de Saúde): 15 digits opening with 1, 2, 7, 8 or 9; weights 15..1 sum to a multiple of 11. */
export function cnsValid(digits: string): boolean {
  if (!/^[12789]\d{14}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) sum += digitAt(digits, i) * (15 - i);
  return sum % 11 === 0;
}

/** Values of a codice fiscale character in an odd (1st, 3rd …) place: digits as A–J. */
const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

/** Italian codice fiscale: 15 characters and a check letter (odd places by table, even places by value, mod 26). */
export function codiceFiscaleValid(code: string): boolean {
  const s = code.toUpperCase();
  if (s.length !== 16) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = s.charCodeAt(i);
    const v = c <= 57 ? c - 48 : c - 65;
    sum += i % 2 === 0 ? (CF_ODD[v] ?? 0) : v;
  }
  return String.fromCharCode(65 + (sum % 26)) === s[15];
}

/**
 * Italian tessera sanitaria (the TEAM card's number): 20 digits, 80 and Italy's code 380
 * first, Luhn over the whole.
 */
export function tesseraValid(digits: string): boolean {
  return /^80380\d{15}$/.test(digits) && luhnValid(digits);
}

/**
 * German KVNR (Krankenversichertennummer): a letter, eight digits and a check digit; the
 * letter as two digits (A = 01) before the eight, weights 1 and 2 alternating, the digits of
 * each product summed, mod 10.
 */
export function kvnrValid(code: string): boolean {
  const m = /^([A-Z])(\d{9})$/.exec(code.toUpperCase());
  if (!m) return false;
  const letter = (m[1] as string).charCodeAt(0) - 64;
  const digits = `${String(letter).padStart(2, '0')}${(m[2] as string).slice(0, 8)}`;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const p = digitAt(digits, i) * (i % 2 === 0 ? 1 : 2);
    sum += p > 9 ? p - 9 : p;
  }
  return sum % 10 === digitAt(m[2] as string, 8);
}

/**
 * Québec RAMQ health insurance number: three letters of the surname and one of the given
 * name, the birth year's last two digits, the month (plus 50 for a woman), the day and two
 * digits.
 */
export function ramqValid(code: string): boolean {
  const m = /^[A-Z]{4}(\d\d)(\d\d)(\d\d)\d\d$/.exec(code.toUpperCase().replace(/[ -]/g, ''));
  if (!m) return false;
  const month = Number(m[2]) % 50;
  const day = Number(m[3]);
  return Number(m[2]) <= 62 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}
