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
