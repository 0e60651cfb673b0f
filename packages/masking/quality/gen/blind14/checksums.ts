/**
 * Check characters of the national and health identifiers blind split 14 writes: NHS number
 * (mod 11), Aadhaar (Verhoeff), Singapore NRIC/FIN (weighted mod 11 letter) and Hong Kong
 * identity card (weighted mod 11). South African ID numbers use the shared Luhn helper.
 */

/** NHS number check digit over nine digits, or undefined when the draft has none (remainder 1). */
export function nhsCheckDigit(nine: string): number | undefined {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(nine[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return undefined;
  return check === 11 ? 0 : check;
}

export function nhsValid(nhs: string): boolean {
  const digits = nhs.replace(/\s/g, '');
  return /^\d{10}$/.test(digits) && nhsCheckDigit(digits.slice(0, 9)) === Number(digits[9]);
}

const VERHOEFF_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 7, 6, 8, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
const VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];

function verhoeffState(digits: string, offset: number): number {
  let c = 0;
  const rev = [...digits].reverse();
  rev.forEach((ch, i) => {
    c = (VERHOEFF_D[c] as number[])[
      (VERHOEFF_P[(i + offset) % 8] as number[])[Number(ch)] as number
    ] as number;
  });
  return c;
}

export function verhoeffCheckDigit(digits: string): number {
  return VERHOEFF_INV[verhoeffState(digits, 1)] as number;
}

export function verhoeffValid(digits: string): boolean {
  return /^\d+$/.test(digits) && verhoeffState(digits, 0) === 0;
}

const NRIC_WEIGHTS = [2, 7, 6, 5, 4, 3, 2];
const NRIC_ST = 'JZIHGFEDCBA';
const NRIC_FG = 'XWUTRQPNMLK';

/** Singapore NRIC (S, T) or FIN (F, G) check letter for seven digits. */
export function nricCheckLetter(prefix: 'S' | 'T' | 'F' | 'G', seven: string): string {
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(seven[i]) * (NRIC_WEIGHTS[i] as number);
  if (prefix === 'T' || prefix === 'G') sum += 4;
  const table = prefix === 'S' || prefix === 'T' ? NRIC_ST : NRIC_FG;
  return table[sum % 11] as string;
}

export function nricValid(nric: string): boolean {
  const m = /^([STFG])(\d{7})([A-Z])$/.exec(nric);
  return !!m && nricCheckLetter(m[1] as 'S' | 'T' | 'F' | 'G', m[2] as string) === m[3];
}

const letterValue = (c: string): number => c.charCodeAt(0) - 55;

/** Hong Kong identity card check character (0-9 or A) for one or two letters and six digits. */
export function hkidCheck(letters: string, six: string): string {
  const padded = letters.length === 1 ? [36, letterValue(letters)] : [...letters].map(letterValue);
  let sum = (padded[0] as number) * 9 + (padded[1] as number) * 8;
  for (let i = 0; i < 6; i++) sum += Number(six[i]) * (7 - i);
  const check = (11 - (sum % 11)) % 11;
  return check === 10 ? 'A' : String(check);
}

export function hkidValid(hkid: string): boolean {
  const m = /^([A-Z]{1,2})(\d{6})\(?([0-9A])\)?$/.exec(hkid);
  return !!m && hkidCheck(m[1] as string, m[2] as string) === m[3];
}
