/** Check digits of the identifiers the quality set must generate validly (and the engine may verify). */

/** Luhn check digit for a digit string (the digit to append). */
export function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

export function luhnValid(digits: string): boolean {
  return /^\d+$/.test(digits) && luhnCheckDigit(digits.slice(0, -1)) === Number(digits.slice(-1));
}

/** NPI: 10 digits, the last a Luhn check over the 9 before it prefixed with 80840. */
export function npiFromBase(base9: string): string {
  return base9 + luhnCheckDigit(`80840${base9}`);
}

export function npiValid(npi: string): boolean {
  return /^[12]\d{9}$/.test(npi) && luhnValid(`80840${npi}`);
}

/** DEA: two letters and seven digits; (d1+d3+d5) + 2(d2+d4+d6) ends in d7. */
export function deaFromParts(letters: string, base6: string): string {
  return letters + base6 + deaCheckDigit(base6);
}

function deaCheckDigit(base6: string): number {
  const d = [...base6].map(Number);
  const odd = (d[0] ?? 0) + (d[2] ?? 0) + (d[4] ?? 0);
  const even = (d[1] ?? 0) + (d[3] ?? 0) + (d[5] ?? 0);
  return (odd + 2 * even) % 10;
}

export function deaValid(dea: string): boolean {
  const m = /^[A-Z]{2}(\d{6})(\d)$/.exec(dea);
  return !!m && deaCheckDigit(m[1] as string) === Number(m[2]);
}

const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
/** Letters' transliteration values (I, O, Q never appear in a VIN). */
const VIN_VALUES: Record<string, number> = {
  A: 1,
  B: 2,
  C: 3,
  D: 4,
  E: 5,
  F: 6,
  G: 7,
  H: 8,
  J: 1,
  K: 2,
  L: 3,
  M: 4,
  N: 5,
  P: 7,
  R: 9,
  S: 2,
  T: 3,
  U: 4,
  V: 5,
  W: 6,
  X: 7,
  Y: 8,
  Z: 9,
};
export const VIN_ALPHABET = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';

function vinValue(c: string): number {
  return /\d/.test(c) ? Number(c) : (VIN_VALUES[c] ?? Number.NaN);
}

function vinCheckChar(vin17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += vinValue(vin17[i] as string) * (VIN_WEIGHTS[i] as number);
  const r = sum % 11;
  return r === 10 ? 'X' : String(r);
}

/** Sets position 9 of a 17-character draft to its check character. */
export function vinWithCheckDigit(draft17: string): string {
  return `${draft17.slice(0, 8)}${vinCheckChar(draft17)}${draft17.slice(9)}`;
}

export function vinValid(vin: string): boolean {
  return /^[A-HJ-NPR-Z0-9]{17}$/.test(vin) && vin[8] === vinCheckChar(vin);
}
