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

/** Check letters of a Singapore NRIC/FIN by its first letter's series. */
const NRIC_LETTERS: Record<string, { offset: number; letters: string }> = {
  S: { offset: 0, letters: 'JZIHGFEDCBA' },
  T: { offset: 4, letters: 'JZIHGFEDCBA' },
  F: { offset: 0, letters: 'XWUTRQPNMLK' },
  G: { offset: 4, letters: 'XWUTRQPNMLK' },
  M: { offset: 3, letters: 'XWUTRQPNJLK' },
};
const NRIC_WEIGHTS = [2, 7, 6, 5, 4, 3, 2];

/** Singapore NRIC or FIN: S, T, F, G or M, seven digits (weights 2 7 6 5 4 3 2), a check letter. */
export function nricValid(code: string): boolean {
  const m = /^([STFGM])(\d{7})([A-Z])$/.exec(code.toUpperCase());
  if (!m) return false;
  const series = NRIC_LETTERS[m[1] as string];
  if (series === undefined) return false;
  let sum = series.offset;
  for (let i = 0; i < 7; i++) sum += digitAt(m[2] as string, i) * (NRIC_WEIGHTS[i] ?? 0);
  return series.letters[sum % 11] === m[3];
}

/** Spanish DNI (eight digits) or NIE (X, Y or Z and seven digits): the letter is the number mod 23. */
export function dniValid(code: string): boolean {
  const m = /^([XYZ]|\d)(\d{7})-?([A-Z])$/.exec(code.toUpperCase().replace(/[ .]/g, ''));
  if (!m) return false;
  const first = m[1] as string;
  const lead = first === 'X' ? '0' : first === 'Y' ? '1' : first === 'Z' ? '2' : first;
  return 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(lead + (m[2] as string)) % 23] === m[3];
}

/** Turkish T.C. Kimlik No: eleven digits, the first not 0, two check digits. */
export function tcKimlikValid(digits: string): boolean {
  if (!/^[1-9]\d{10}$/.test(digits)) return false;
  let odd = 0;
  let even = 0;
  for (let i = 0; i < 9; i++) {
    if (i % 2 === 0) odd += digitAt(digits, i);
    else even += digitAt(digits, i);
  }
  if ((((odd * 7 - even) % 10) + 10) % 10 !== digitAt(digits, 9)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += digitAt(digits, i);
  return sum % 10 === digitAt(digits, 10);
}

/** A birth date written YYMMDD: a month and a day that exist. */
function yymmddValid(s: string): boolean {
  const month = Number(s.slice(2, 4));
  const day = Number(s.slice(4, 6));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

const RRN_WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];

/**
 * Korean resident registration number: a birth date (YYMMDD), a sex and century digit and six
 * digits, the last a check digit (weights 2..9, 2..5; 11 less the sum mod 11, mod 10).
 */
export function rrnValid(digits: string): boolean {
  if (!/^\d{6}[1-8]\d{6}$/.test(digits) || !yymmddValid(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += digitAt(digits, i) * (RRN_WEIGHTS[i] ?? 0);
  return (11 - (sum % 11)) % 10 === digitAt(digits, 12);
}

/**
 * French NIR (numéro de sécurité sociale): sex (1, 2; 3, 4, 7, 8 for a provisional number),
 * year, month (or 20 and more when unknown), département (2A and 2B for Corsica), commune,
 * order number, and a key of 97 less the thirteen digits mod 97.
 */
export function nirValid(code: string): boolean {
  const s = code.toUpperCase().replace(/[ .-]/g, '');
  const m = /^([123478]\d{4})(\d[\dAB]|\d{2})(\d{6})(\d{2})$/.exec(s);
  if (!m) return false;
  // Corsica's 2A and 2B count as 19 and 18 in the key.
  const dept = m[2] === '2A' ? '19' : m[2] === '2B' ? '18' : (m[2] as string);
  if (!/^\d\d$/.test(dept)) return false;
  let n = 0;
  for (const ch of `${m[1]}${dept}${m[3]}`) n = (n * 10 + (ch.charCodeAt(0) - 48)) % 97;
  return 97 - n === Number(m[4]);
}

/** South African identity number: a birth date (YYMMDD), four digits, citizenship (0, 1, 2), a digit, a Luhn check. */
export function saIdValid(digits: string): boolean {
  return /^\d{10}[012]\d{2}$/.test(digits) && yymmddValid(digits) && luhnValid(digits);
}

/**
 * Hong Kong identity card number: one or two letters, six digits and a check character (0-9 or A,
 * perhaps in brackets). Letters count A=10 … Z=35, a missing second letter 36; weights 9 to 2
 * over the eight places; the check makes the sum a multiple of 11 (A stands for 10).
 */
export function hkidValid(code: string): boolean {
  const m = /^([A-Z]{1,2})(\d{6}) ?\(?([0-9A])\)?$/.exec(code.toUpperCase());
  if (!m) return false;
  const letters = (m[1] as string).padStart(2, ' ');
  let sum = 0;
  for (let i = 0; i < 2; i++) {
    const c = letters.charCodeAt(i);
    sum += (9 - i) * (c === 32 ? 36 : c - 55);
  }
  for (let i = 0; i < 6; i++) sum += (7 - i) * digitAt(m[2] as string, i);
  const check = m[3] === 'A' ? 10 : Number(m[3]);
  return (sum + check) % 11 === 0;
}
