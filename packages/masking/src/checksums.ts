/** Check digits that tell a real identifier from a number of the same shape. */

export function digitsOf(text: string): string {
  return text.replace(/\D/g, '');
}

/** Luhn (mod 10) over a digit string whose last digit is the check digit. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits.length > 1 && sum % 10 === 0;
}

/** NPI: ten digits, Luhn over the number prefixed with the card issuer prefix 80840. */
export function npiValid(text: string): boolean {
  const digits = digitsOf(text);
  return digits.length === 10 && luhnValid(`80840${digits}`);
}

/**
 * DEA registration number: two letters and seven digits; (d1+d3+d5) + 2·(d2+d4+d6) ends in d7.
 */
export function deaValid(text: string): boolean {
  const m = /^[A-Z][A-Z9](\d)(\d)(\d)(\d)(\d)(\d)(\d)$/i.exec(text);
  if (!m) return false;
  const d = m.slice(1).map(Number) as number[];
  const sum = (d[0] ?? 0) + (d[2] ?? 0) + (d[4] ?? 0) + 2 * ((d[1] ?? 0) + (d[3] ?? 0) + (d[5] ?? 0));
  return sum % 10 === d[6];
}

const VIN_VALUES: Record<string, number> = {};
'ABCDEFGH'.split('').forEach((c, i) => {
  VIN_VALUES[c] = i + 1;
});
'JKLMN'.split('').forEach((c, i) => {
  VIN_VALUES[c] = i + 1;
});
VIN_VALUES.P = 7;
VIN_VALUES.R = 9;
'STUVWXYZ'.split('').forEach((c, i) => {
  VIN_VALUES[c] = i + 2;
});
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

/** VIN (North America): 17 characters without I, O, Q; position 9 is the mod-11 check digit. */
export function vinValid(text: string): boolean {
  const vin = text.toUpperCase();
  if (!/^[A-HJ-NPR-Z0-9]{17}$/.test(vin)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const c = vin[i] as string;
    const value = c >= '0' && c <= '9' ? Number(c) : VIN_VALUES[c];
    if (value === undefined) return false;
    sum += value * (VIN_WEIGHTS[i] as number);
  }
  const check = sum % 11;
  return vin[8] === (check === 10 ? 'X' : String(check));
}

const MEDICARE_AU_WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9];

/** Australian Medicare card number: ten digits (an eleventh, the person on the card, may follow); the ninth checks the first eight. */
export function medicareAuValid(text: string): boolean {
  const digits = digitsOf(text);
  const first = digits.charCodeAt(0) - 48;
  if ((digits.length !== 10 && digits.length !== 11) || first < 2 || first > 6) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (digits.charCodeAt(i) - 48) * (MEDICARE_AU_WEIGHTS[i] as number);
  return sum % 10 === digits.charCodeAt(8) - 48 && digits[9] !== '0';
}

/** Letters of the NZ NHI alphabet (no I, no O), valued 1..24. */
const NHI_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

/**
 * New Zealand NHI number: three letters and four digits (the last a mod-11 check digit), or,
 * since 2022, three letters, two digits and two letters (the last a mod-23 check letter).
 */
export function nhiValid(text: string): boolean {
  const nhi = text.toUpperCase();
  const old = /^[A-HJ-NP-Z]{3}\d{4}$/.test(nhi);
  if (!old && !/^[A-HJ-NP-Z]{3}\d{2}[A-HJ-NP-Z]{2}$/.test(nhi)) return false;
  let sum = 0;
  for (let i = 0; i < 6; i++) {
    const c = nhi[i] as string;
    const value = c >= '0' && c <= '9' ? c.charCodeAt(0) - 48 : NHI_LETTERS.indexOf(c) + 1;
    sum += value * (7 - i);
  }
  const last = nhi[6] as string;
  if (old) {
    const r = sum % 11;
    if (r === 0) return false;
    return (11 - r) % 10 === last.charCodeAt(0) - 48;
  }
  return NHI_LETTERS[23 - (sum % 23) - 1] === last;
}

/** Irish PPS number: seven digits, a check letter (weights 8..2, a second letter weighted 9, mod 23; W for 0) and perhaps that second letter. */
export function ppsValid(text: string): boolean {
  const m = /^(\d{7})([A-W])([A-IW]?)$/.exec(text.toUpperCase());
  if (!m) return false;
  const digits = m[1] as string;
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += (digits.charCodeAt(i) - 48) * (8 - i);
  const second = m[3] as string;
  if (second && second !== 'W') sum += (second.charCodeAt(0) - 64) * 9;
  const r = sum % 23;
  return (r === 0 ? 'W' : String.fromCharCode(64 + r)) === m[2];
}

/** Verhoeff's tables: the dihedral group's products, the position's permutations. */
const VERHOEFF_D = [
  '0123456789',
  '1234067895',
  '2340178956',
  '3401289567',
  '4012395678',
  '5987604321',
  '6598710432',
  '7659821043',
  '8765932104',
  '9876543210',
].map((row) => [...row].map(Number));
const VERHOEFF_P = [
  '0123456789',
  '1576283094',
  '5803796142',
  '8916043527',
  '9453126870',
  '4286573901',
  '2793806415',
  '7046913258',
].map((row) => [...row].map(Number));

/** Whether the digits end in a valid Verhoeff check digit. */
export function verhoeffValid(digits: string): boolean {
  let c = 0;
  for (let i = 0; i < digits.length; i++) {
    const d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (d < 0 || d > 9) return false;
    c = (VERHOEFF_D[c] as number[])[(VERHOEFF_P[i % 8] as number[])[d] as number] as number;
  }
  return c === 0;
}

/**
 * A SNOMED CT identifier: six to eighteen digits, no leading zero, the partition's two digits
 * before the check digit (a concept, a description or a relationship, short or in an extension's
 * namespace) and Verhoeff's check digit.
 */
export function snomedIdValid(text: string): boolean {
  if (!/^[1-9]\d{5,17}$/.test(text)) return false;
  return /^[01][0-5]$/.test(text.slice(-3, -1)) && verhoeffValid(text);
}
