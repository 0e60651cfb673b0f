/**
 * National identifiers, phones and postcodes of the countries blind split 8 writes from, with
 * their real check digits (Verhoeff, Luhn, mod 11, mod 97, check letters). All random.
 */
import { luhnCheckDigit } from '../checksums';
import type { Gen } from '../context';
import { phi, type Span } from '../fragment';

const VD = [
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
const VP = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
const VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];

/** Verhoeff check digit (Aadhaar). */
export function verhoeffDigit(digits: string): number {
  let c = 0;
  const rev = [...digits].reverse().map(Number);
  rev.forEach((d, i) => {
    c = VD[c]?.[VP[(i + 1) % 8]?.[d] ?? 0] ?? 0;
  });
  return VINV[c] ?? 0;
}

export function verhoeffValid(digits: string): boolean {
  let c = 0;
  [...digits].reverse().forEach((d, i) => {
    c = VD[c]?.[VP[i % 8]?.[Number(d)] ?? 0] ?? 0;
  });
  return c === 0;
}

export function aadhaar(g: Gen): Span {
  const base = `${g.int(2, 9)}${g.digits(10)}`;
  const n = `${base}${verhoeffDigit(base)}`;
  return phi('other_id', g.chance(0.7) ? `${n.slice(0, 4)} ${n.slice(4, 8)} ${n.slice(8)}` : n, 'aadhaar');
}

/** ABHA number: 14 digits, "91-4827-3310-6652". */
export function abha(g: Gen): Span {
  const d = `${g.int(1, 9)}${g.digits(13)}`;
  return phi('health_plan', `${d.slice(0, 2)}-${d.slice(2, 6)}-${d.slice(6, 10)}-${d.slice(10)}`);
}

/** Singapore NRIC/FIN: S or T, seven digits, check letter. */
export function nric(g: Gen): Span {
  const prefix = g.pick(['S', 'T']);
  const d = g.digits(7);
  const w = [2, 7, 6, 5, 4, 3, 2];
  const sum = [...d].reduce((s, c, i) => s + Number(c) * (w[i] as number), prefix === 'T' ? 4 : 0);
  return phi('other_id', `${prefix}${d}${'JZIHGFEDCBA'[sum % 11]}`, 'nric');
}

/** South African ID: YYMMDD SSSS C A Z, Luhn over the 13 digits. */
export function rsaId(g: Gen, dob: Date): Span {
  const yy = String(dob.getUTCFullYear()).slice(2);
  const mm = String(dob.getUTCMonth() + 1).padStart(2, '0');
  const dd = String(dob.getUTCDate()).padStart(2, '0');
  const base = `${yy}${mm}${dd}${g.digits(4)}0 8`.replace(' ', '');
  return phi('other_id', `${base}${luhnCheckDigit(base)}`, 'rsa-id');
}

const CURP_ALPHA = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';

/** Mexican CURP, 18 characters with its check digit. */
export function curp(g: Gen, dob: Date, sex: 'f' | 'm'): Span {
  const yy = String(dob.getUTCFullYear()).slice(2);
  const mm = String(dob.getUTCMonth() + 1).padStart(2, '0');
  const dd = String(dob.getUTCDate()).padStart(2, '0');
  const state = g.pick(['DF', 'JC', 'NL', 'OC', 'PL', 'VZ', 'MC']);
  const body = `${g.letters(1, 'BCGHLMPRSTVZ')}${g.letters(1, 'AEIOU')}${g.letters(2, 'BCGHLMPRSTVZ')}${yy}${mm}${dd}${sex === 'f' ? 'M' : 'H'}${state}${g.letters(3, 'BCDFGHJKLMNPRSTVZ')}${dob.getUTCFullYear() < 2000 ? g.digits(1) : g.letters(1)}`;
  const sum = [...body].reduce((s, c, i) => s + CURP_ALPHA.indexOf(c) * (18 - i), 0);
  return phi('other_id', `${body}${(10 - (sum % 10)) % 10}`, 'curp');
}

/** Spanish DNI (eight digits and letter) or NIE (X/Y/Z, seven digits, letter). */
export function dniNie(g: Gen): Span {
  const letters = 'TRWAGMYFPDXBNJZSQVHLCKE';
  if (g.chance(0.7)) {
    const n = g.digits(8);
    return phi('other_id', `${n}${letters[Number(n) % 23]}`, 'dni');
  }
  const p = g.int(0, 2);
  const n = g.digits(7);
  return phi('other_id', `${'XYZ'[p]}${n}${letters[Number(`${p}${n}`) % 23]}`, 'nie');
}

/** French NIR (numéro de sécurité sociale, on the Carte Vitale) with its two-digit key. */
export function nir(g: Gen, dob: Date, sex: 'f' | 'm'): Span {
  const yy = String(dob.getUTCFullYear()).slice(2);
  const mm = String(dob.getUTCMonth() + 1).padStart(2, '0');
  const dep = g.pick(['69', '35', '93', '49', '66', '75']);
  const body = `${sex === 'f' ? 2 : 1}${yy}${mm}${dep}${g.digits(3)}${g.digits(3)}`;
  const key = String(97 - Number(BigInt(body) % 97n)).padStart(2, '0');
  const spaced = `${body[0]} ${body.slice(1, 3)} ${body.slice(3, 5)} ${body.slice(5, 7)} ${body.slice(7, 10)} ${body.slice(10)} ${key}`;
  return phi('health_plan', g.chance(0.6) ? spaced : `${body}${key}`, 'nir');
}

/** Dutch BSN, passing the 11-proof. */
export function bsn(g: Gen): Span {
  for (;;) {
    const d = g.digits(8);
    const sum = [...d].reduce((s, c, i) => s + Number(c) * (9 - i), 0);
    const last = sum % 11;
    if (last < 10 && d[0] !== '0') return phi('other_id', `${d}${last}`, 'bsn');
  }
}

/** Polish PESEL: birth date coded with the century in the month, weighted check digit. */
export function pesel(g: Gen, dob: Date): Span {
  const y = dob.getUTCFullYear();
  const m = dob.getUTCMonth() + 1 + (y >= 2000 ? 20 : 0);
  const base = `${String(y).slice(2)}${String(m).padStart(2, '0')}${String(dob.getUTCDate()).padStart(2, '0')}${g.digits(4)}`;
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const sum = [...base].reduce((s, c, i) => s + Number(c) * (w[i] as number), 0);
  return phi('other_id', `${base}${(10 - (sum % 10)) % 10}`, 'pesel');
}

/** Turkish TC Kimlik No: eleven digits, the last two checks. */
export function tcKimlik(g: Gen): Span {
  const d = [g.int(1, 9), ...[...g.digits(8)].map(Number)];
  const odd = (d[0] ?? 0) + (d[2] ?? 0) + (d[4] ?? 0) + (d[6] ?? 0) + (d[8] ?? 0);
  const even = (d[1] ?? 0) + (d[3] ?? 0) + (d[5] ?? 0) + (d[7] ?? 0);
  const d10 = (((odd * 7 - even) % 10) + 10) % 10;
  const d11 = (d.reduce((s, x) => s + x, 0) + d10) % 10;
  return phi('other_id', `${d.join('')}${d10}${d11}`, 'tckn');
}

/** Korean resident registration number, YYMMDD-SXXXXXC. */
export function rrn(g: Gen, dob: Date, sex: 'f' | 'm'): Span {
  const y = dob.getUTCFullYear();
  const s = (y >= 2000 ? 3 : 1) + (sex === 'f' ? 1 : 0);
  const base = `${String(y).slice(2)}${String(dob.getUTCMonth() + 1).padStart(2, '0')}${String(dob.getUTCDate()).padStart(2, '0')}${s}${g.digits(5)}`;
  const w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  const sum = [...base].reduce((acc, c, i) => acc + Number(c) * (w[i] as number), 0);
  const full = `${base}${(11 - (sum % 11)) % 10}`;
  return phi('other_id', `${full.slice(0, 6)}-${full.slice(6)}`, 'rrn');
}

/** PhilHealth identification number, "12-345678901-2". */
export function philHealth(g: Gen): Span {
  return phi('health_plan', `${g.digits(2)}-${g.digits(9)}-${g.digits(1)}`);
}

/** Nigerian NIN (11 digits) and Kenyan SHA/NHIF member numbers. */
export function nin(g: Gen): Span {
  return phi('other_id', `${g.int(1, 9)}${g.digits(10)}`);
}

export function shaNumber(g: Gen): Span {
  return phi('health_plan', g.pick([`CR${g.digits(10)}-${g.int(1, 9)}`, `${g.digits(8)}`]));
}

/** Phones by country, in the local ways of writing them. */
export function intlPhone(g: Gen, country: string, type: 'phone' | 'fax' = 'phone'): Span {
  const d = (n: number): string => g.digits(n);
  const forms: Record<string, string[]> = {
    in: [
      `+91 ${g.int(6, 9)}${d(4)} ${d(5)}`,
      `+91-${g.int(6, 9)}${d(9)}`,
      `0${g.int(6, 9)}${d(9)}`,
      `${g.int(6, 9)}${d(4)}-${d(5)}`,
    ],
    sg: [`+65 ${g.pick([8, 9, 6])}${d(3)} ${d(4)}`, `${g.pick([8, 9])}${d(7)}`],
    za: [`+27 ${g.int(60, 84)} ${d(3)} ${d(4)}`, `0${g.int(60, 84)} ${d(3)} ${d(4)}`],
    mx: [`+52 55 ${d(4)} ${d(4)}`, `(33) ${d(4)}-${d(4)}`, `+52 1 ${d(3)} ${d(3)} ${d(4)}`],
    es: [`+34 6${d(2)} ${d(3)} ${d(3)}`, `9${d(2)} ${d(2)} ${d(2)} ${d(2)}`],
    fr: [
      `06 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`,
      `+33 7 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`,
      `01.${d(2)}.${d(2)}.${d(2)}.${d(2)}`,
    ],
    nl: [`06-${d(8)}`, `+31 6 ${d(4)} ${d(4)}`, `038-${d(7)}`],
    pl: [`+48 ${g.int(50, 89)}${d(1)} ${d(3)} ${d(3)}`, `${g.int(50, 89)}${d(1)}-${d(3)}-${d(3)}`],
    tr: [`+90 5${d(2)} ${d(3)} ${d(2)} ${d(2)}`, `0 (5${d(2)}) ${d(3)} ${d(2)} ${d(2)}`],
    jp: [`090-${d(4)}-${d(4)}`, `+81 3-${d(4)}-${d(4)}`, `03-${d(4)}-${d(4)}`],
    kr: [`010-${d(4)}-${d(4)}`, `+82 10 ${d(4)} ${d(4)}`, `02-${d(3)}-${d(4)}`],
    ph: [`0917 ${d(3)} ${d(4)}`, `+63 9${d(2)} ${d(3)} ${d(4)}`, `(02) 8${d(3)} ${d(4)}`],
    ng: [`0803 ${d(3)} ${d(4)}`, `+234 80${d(1)} ${d(3)} ${d(4)}`, `0${g.pick([70, 81, 90])}${d(8)}`],
    ke: [`+254 7${d(2)} ${d(3)} ${d(3)}`, `07${d(2)} ${d(6)}`, `0722-${d(6)}`],
  };
  return phi(type, g.pick(forms[country] ?? forms.in ?? []));
}
