/**
 * Identifiers of blind split 12, with real check digits where the identifier has one: Ontario
 * and BC health numbers, Québec RAMQ, Canadian SIN, Irish PPSN, NZ NHI, Australian Medicare and
 * IHI, and the US ones (SSN forms, NPI, DEA, VIN). SYNTHETIC ONLY.
 */
import { deaFromParts, luhnCheckDigit, npiFromBase, VIN_ALPHABET, vinWithCheckDigit } from '../checksums';
import type { Gen } from '../context';
import { type Piece, phi, type Span, t } from '../fragment';
import { fullWidth } from '../identifiers';
import type { Person } from './people';

/** Ontario health number: ten digits, the last a Luhn check digit, and a two-letter version code. */
export function ohip(g: Gen): Span {
  const base = `${g.int(1, 9)}${g.digits(8)}`;
  const digits = base + luhnCheckDigit(base);
  const spaced = g.chance(0.5)
    ? `${digits.slice(0, 4)}-${digits.slice(4, 7)}-${digits.slice(7)}`
    : `${digits.slice(0, 4)} ${digits.slice(4, 7)} ${digits.slice(7)}`;
  return phi('health_plan', `${spaced}${g.pick(['', ` ${g.letters(2)}`, g.letters(2)])}`, 'ohip');
}

/** BC personal health number: 9 + eight digits, the last a mod-11 check over weights 2,4,8,5,10,9,7,3. */
export function bcPhn(g: Gen): Span {
  const weights = [2, 4, 8, 5, 10, 9, 7, 3];
  for (;;) {
    const body = g.digits(8);
    const sum = [...body].reduce((s, d, i) => s + ((Number(d) * (weights[i] as number)) % 11), 0);
    const check = 11 - (sum % 11);
    if (check > 9) continue;
    const value = `9${body}${check}`;
    return phi(
      'health_plan',
      g.chance(0.5) ? `${value.slice(0, 4)} ${value.slice(4, 7)} ${value.slice(7)}` : value,
      'bc_phn',
    );
  }
}

/** Québec RAMQ: the first three letters of the surname, the first of the given name, birth date, two digits. */
export function ramq(g: Gen, p: Person): Span {
  const letters = (s: string): string =>
    s
      .normalize('NFD')
      .replace(/[^A-Za-z]/g, '')
      .toUpperCase();
  const sur = `${letters(p.last)}XXX`.slice(0, 3);
  const yy = String(p.dob.getUTCFullYear()).slice(2);
  const mm = String(p.dob.getUTCMonth() + 1 + (p.sex === 'female' ? 50 : 0)).padStart(2, '0');
  const dd = String(p.dob.getUTCDate()).padStart(2, '0');
  const value = `${sur}${letters(p.first)[0] ?? 'X'} ${yy}${mm} ${dd}${g.digits(2)}`;
  return phi('health_plan', g.chance(0.5) ? value : value.replaceAll(' ', ''), 'ramq');
}

/** Canadian social insurance number: nine digits, Luhn-valid. */
export function sin(g: Gen): Span {
  const base = `${g.pick([1, 2, 3, 4, 5, 6, 7])}${g.digits(7)}`;
  const v = base + luhnCheckDigit(base);
  return phi(
    'ssn',
    g.chance(0.6)
      ? `${v.slice(0, 3)} ${v.slice(3, 6)} ${v.slice(6)}`
      : `${v.slice(0, 3)}-${v.slice(3, 6)}-${v.slice(6)}`,
    'sin',
  );
}

/** Irish PPSN: seven digits and a mod-23 check letter (weights 8..2), sometimes a second letter. */
export function ppsn(g: Gen): Span {
  const digits = g.digits(7);
  const second = g.chance(0.3) ? 'A' : '';
  let sum = [...digits].reduce((s, d, i) => s + Number(d) * (8 - i), 0);
  if (second) sum += 9 * 1;
  const r = sum % 23;
  const check = r === 0 ? 'W' : String.fromCharCode(64 + r);
  return phi('other_id', `${digits}${check}${second}`, 'ppsn');
}

const NHI_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

/** NZ NHI (old form AAANNNC): letters as A=1…Z=24 without I and O, weights 7..2, mod-11 check digit. */
export function nhi(g: Gen): Span {
  for (;;) {
    const letters = g.letters(3, NHI_LETTERS);
    const digits = g.digits(3);
    const values = [...letters].map((c) => NHI_LETTERS.indexOf(c) + 1).concat([...digits].map(Number));
    const sum = values.reduce((s, v, i) => s + v * (7 - i), 0);
    const r = sum % 11;
    if (r === 0) continue;
    const check = (11 - r) % 10;
    return phi('mrn', `${letters}${digits}${check}`, 'nhi');
  }
}

/** Australian Medicare number: ten digits (the ninth a weighted check digit) and the issue number, then the IRN. */
export function medicareAu(g: Gen): Span {
  const first8 = `${g.int(2, 6)}${g.digits(7)}`;
  const w = [1, 3, 7, 9, 1, 3, 7, 9];
  const check = [...first8].reduce((s, d, i) => s + Number(d) * (w[i] as number), 0) % 10;
  const issue = g.int(1, 5);
  const irn = g.int(1, 6);
  const n = `${first8}${check}${issue}`;
  return phi(
    'health_plan',
    g.pick([
      `${n.slice(0, 4)} ${n.slice(4, 9)} ${n.slice(9)}-${irn}`,
      `${n}/${irn}`,
      `${n.slice(0, 4)} ${n.slice(4, 9)} ${n.slice(9)}`,
    ]),
    'medicare_au',
  );
}

/** Australian IHI: sixteen digits beginning 800360, Luhn-valid over all sixteen. */
export function ihi(g: Gen): Span {
  const base = `800360${g.digits(9)}`;
  const v = base + luhnCheckDigit(base);
  return phi('mrn', g.chance(0.6) ? v.replace(/(\d{4})(?=\d)/g, '$1 ') : v, 'ihi');
}

/** US SSN in the written forms (labels name the form, as the generator test requires each). */
export function ssnUs(g: Gen): Span {
  const a = String(g.int(1, 665)).padStart(3, '0');
  const b = String(g.int(1, 99)).padStart(2, '0');
  const c = String(g.int(1, 9999)).padStart(4, '0');
  const form = g.pick(['dash', 'dot', 'space', 'endash', 'none', 'fullwidth', 'glued'] as const);
  const value = {
    dash: `${a}-${b}-${c}`,
    dot: `${a}.${b}.${c}`,
    space: `${a} ${b} ${c}`,
    endash: `${a}\u2013${b}\u2013${c}`,
    none: `${a}${b}${c}`,
    fullwidth: fullWidth(`${a}-${b}-${c}`),
    glued: `${a}-${b}-${c}`,
  }[form];
  return phi('ssn', value, `ssn-${form}`);
}

export function npi(g: Gen): Span {
  return phi('license', npiFromBase(`${g.int(1, 2)}${g.digits(8)}`), 'npi');
}

export function dea(g: Gen, prescriber: Person): Span {
  const initial = (prescriber.last.normalize('NFD').replace(/[^A-Za-z]/g, '')[0] ?? 'X').toUpperCase();
  return phi('license', deaFromParts(`${g.pick(['A', 'B', 'F', 'M'])}${initial}`, g.digits(6)), 'dea');
}

export function vin(g: Gen): Span {
  let draft = '';
  for (let i = 0; i < 17; i++) draft += VIN_ALPHABET[g.int(0, VIN_ALPHABET.length - 1)];
  return phi('vehicle', vinWithCheckDigit(draft), 'vin');
}

export function plate(g: Gen, country: 'us' | 'ca' | 'ie' | 'nz' | 'au'): Span {
  const v = {
    us: () => `${g.int(1, 9)}${g.letters(3)}${g.digits(3)}`,
    ca: () => `${g.letters(4)} ${g.digits(3)}`,
    ie: () => `${g.int(12, 25)}${g.int(1, 2)}-${g.pick(['G', 'C', 'T', 'D', 'MH'])}-${g.int(100, 99999)}`,
    nz: () => `${g.letters(3)}${g.digits(3)}`,
    au: () => `${g.digits(1)}${g.letters(3)}${g.digits(3)}`,
  }[country]();
  return phi('vehicle', v, 'plate');
}

export function mrnLocal(g: Gen): Span {
  return phi(
    'mrn',
    g.pick([
      `${g.digits(8)}`,
      `H${g.digits(7)}`,
      `${g.letters(2)}${g.digits(6)}`,
      `${g.digits(3)}-${g.digits(4)}`,
    ]),
    'local',
  );
}

export function accountNo(g: Gen): Span {
  return phi(
    'account',
    g.pick([`${g.digits(9)}`, `V${g.digits(8)}`, `${g.digits(5)}-${g.digits(3)}`, `ENC${g.digits(7)}`]),
  );
}

export function memberId(g: Gen): Span {
  return phi(
    'health_plan',
    g.pick([`${g.letters(3)}${g.digits(8)}`, `${g.digits(11)}`, `M${g.digits(8)}-0${g.int(1, 3)}`]),
    'member',
  );
}

export function claimNo(g: Gen): Span {
  return phi(
    'other_id',
    g.pick([`WC-${g.int(21, 25)}-${g.digits(6)}`, `${g.digits(8)}`, `CLM${g.digits(7)}`]),
    'claim',
  );
}

export function deviceSerial(g: Gen): Span {
  return phi(
    'device',
    g.pick([
      `${g.letters(3)}${g.digits(6)}`,
      `${g.digits(10)}`,
      `${g.digits(4)}-${g.letters(2)}${g.digits(4)}`,
    ]),
    'serial',
  );
}

export function emailOf(g: Gen, p: Person): Span {
  const clean = (s: string): string =>
    s
      .normalize('NFD')
      .replace(/[^A-Za-z]/g, '')
      .toLowerCase();
  const user = g.pick([
    `${clean(p.first)}.${clean(p.last)}`,
    `${clean(p.first)}${g.int(1, 99)}`,
    `${clean(p.last)}${clean(p.first)[0] ?? 'x'}${g.int(70, 99)}`,
  ]);
  return phi(
    'email',
    `${user}@${g.pick(['xtra.example.nz', 'eircom.example.ie', 'bigpond.example.com.au', 'sympatico.example.ca', 'mail.example.com'])}`,
  );
}

export function ipAddr(g: Gen): Span {
  return phi('ip', `${g.int(24, 223)}.${g.int(0, 255)}.${g.int(0, 255)}.${g.int(1, 254)}`, 'ipv4');
}

export function photoName(g: Gen): Span {
  return phi(
    'photo',
    g.pick([
      `IMG_${g.digits(4)}.jpeg`,
      `DSC${g.digits(5)}.JPG`,
      `PXL_2025${g.digits(4)}_${g.digits(6)}.jpg`,
      `scene_${g.digits(3)}.tif`,
    ]),
  );
}

export function biometricId(g: Gen): Span {
  return phi(
    'biometric',
    g.pick([
      `FP-${g.letters(2)}${g.digits(6)}`,
      `${g.f.string.hexadecimal({ length: 20, casing: 'lower', prefix: '' })}`,
      `PV${g.digits(4)}-${g.letters(3)}`,
    ]),
  );
}

/** "SSN 123-45-6789" as fax and form text writes it; the label covers the number only. */
export function ssnField(g: Gen): Piece {
  const s = ssnUs(g);
  return s.form === 'ssn-glued' ? t`SSN#${s}` : t`${g.pick(['SSN', 'Soc Sec #', 'S.S.N.'])} ${s}`;
}
