/**
 * Dates, phone numbers and identifiers of blind split 10, typed the ways staff type them.
 * SYNTHETIC DATA ONLY: every value is random; check digits are valid where the real one has one.
 */
import { deaFromParts, npiFromBase, VIN_ALPHABET, vinWithCheckDigit } from '../checksums';
import type { Gen } from '../context';
import { MONTHS, ordinal } from '../dates';
import { type Piece, phi, type Span, t } from '../fragment';
import { fullWidth } from '../identifiers';

const pad = (n: number): string => String(n).padStart(2, '0');
const mon = (d: Date): string => MONTHS[d.getUTCMonth()] as string;
const y2 = (d: Date): string => String(d.getUTCFullYear()).slice(2);

const DATE_FORMS: Record<string, (d: Date) => string> = {
  us: (d) => `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${d.getUTCFullYear()}`,
  us_bare: (d) => `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}`,
  us_yy: (d) => `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${y2(d)}`,
  us_dash: (d) => `${d.getUTCMonth() + 1}-${d.getUTCDate()}-${y2(d)}`,
  mon_d_yyyy: (d) => `${mon(d)} ${d.getUTCDate()}, ${d.getUTCFullYear()}`,
  mon3: (d) => `${mon(d).slice(0, 3)} ${d.getUTCDate()} ${d.getUTCFullYear()}`,
  mon3_lower: (d) => `${mon(d).slice(0, 3).toLowerCase()} ${d.getUTCDate()}`,
  month_ord: (d) => `${mon(d).toLowerCase()} ${ordinal(d.getUTCDate())}`,
  d_mon_yyyy: (d) => `${d.getUTCDate()} ${mon(d)} ${d.getUTCFullYear()}`,
  dd_mon_yyyy: (d) => `${pad(d.getUTCDate())}-${mon(d).slice(0, 3).toUpperCase()}-${d.getUTCFullYear()}`,
  iso: (d) => d.toISOString().slice(0, 10),
  m_d: (d) => `${d.getUTCMonth() + 1}/${d.getUTCDate()}`,
};

/** A person's date (birth, visit, admission, death) in a named or random form. */
export function dt(g: Gen, d: Date, form?: keyof typeof DATE_FORMS): Span {
  const name = form ?? g.pick(Object.keys(DATE_FORMS));
  return phi('date', (DATE_FORMS[name] as (d: Date) => string)(d), name);
}

/** A UK/AU style day-first date. */
export function dtDayFirst(g: Gen, d: Date): Span {
  return g.chance(0.5)
    ? phi('date', `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`, 'dmy')
    : phi('date', `${d.getUTCDate()}.${d.getUTCMonth() + 1}.${y2(d)}`, 'dmy_dot');
}

export function day(g: Gen): Date {
  return new Date(Date.UTC(g.int(2024, 2025), g.int(0, 11), g.int(1, 28)));
}

export function plus(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86_400_000);
}

/** A date of birth for someone aged `age` on 2025-11-01. */
export function dobFor(g: Gen, age: number): Date {
  return new Date(Date.UTC(2025 - age, g.int(0, 9), g.int(1, 28)));
}

const WEEKDAY = ['Mon', 'Tues', 'Wed', 'Thurs', 'Fri', 'Sat', 'Sun', 'monday', 'Friday', 'tue'];

/** A weekday as typed before a date; not itself PHI, so never labeled. */
export const weekday = (g: Gen): string => g.pick(WEEKDAY);

export function phoneNo(g: Gen, type: 'phone' | 'fax' = 'phone', country = 'US'): Span {
  const a = `${g.int(2, 9)}${g.digits(2)}`;
  const e = `${g.int(2, 9)}${g.digits(2)}`;
  const n = g.digits(4);
  if (country === 'UK')
    return phi(
      type,
      g.pick([
        `07${g.digits(3)} ${g.digits(6)}`,
        `+44 7${g.digits(3)} ${g.digits(6)}`,
        `01${g.digits(3)} ${g.digits(6)}`,
      ]),
      'uk',
    );
  if (country === 'AU')
    return phi(
      type,
      g.pick([
        `04${g.digits(2)} ${g.digits(3)} ${g.digits(3)}`,
        `+61 4${g.digits(2)} ${g.digits(3)} ${g.digits(3)}`,
        `(07) ${g.digits(4)} ${g.digits(4)}`,
      ]),
      'au',
    );
  const forms = [
    `(${a}) ${e}-${n}`,
    `${a}-${e}-${n}`,
    `${a}.${e}.${n}`,
    `(${a})${e}-${n}`,
    `${a} ${e} ${n}`,
    `${a}${e}${n}`,
    `1-${a}-${e}-${n}`,
    `+1 ${a}-${e}-${n}`,
    `${a}/${e}-${n}`,
  ];
  return phi(type, g.pick(forms), 'us');
}

/** A phone with the words around it, maybe an extension (the extension is not labeled). */
export function ph(g: Gen, country = 'US'): Piece {
  const ext = g.chance(0.12) ? g.pick([' x', ' ext ', ' ext. ']) + String(g.int(10, 9999)) : '';
  return t`${g.pick(['ph', 'cell', 'call back #', 'best # is', 'Tel:', 'mobile', 'home', 'c:', 'phone'])} ${phoneNo(g, 'phone', country)}${ext}`;
}

export function mrnNo(g: Gen): Span {
  return phi(
    'mrn',
    g.pick([
      () => g.digits(8),
      () => `0${g.digits(6)}`,
      () => `${g.digits(3)}-${g.digits(3)}-${g.digits(2)}`,
      () => `M${g.digits(7)}`,
      () => `E${g.digits(8)}`,
      () => `${g.digits(2)}${g.letters(1)}${g.digits(5)}`,
      () => `${g.int(1, 9)}${g.digits(5)}`,
    ])(),
  );
}

export function mrnLabeled(g: Gen): Piece {
  return t`${g.pick(['MRN', 'MRN:', 'mrn#', 'MR#', 'Med Rec #', 'chart #', 'Pt ID', 'Hospital No.', 'UR no.'])} ${mrnNo(g)}`;
}

export function acctNo(g: Gen): Span {
  return phi(
    'account',
    g.pick([
      () => g.digits(11),
      () => `V${g.digits(8)}`,
      () => g.digits(9),
      () => `${g.digits(5)}-${g.digits(4)}`,
      () => `HAR${g.digits(9)}`,
      () => `ENC-${g.digits(7)}`,
    ])(),
  );
}

export function acctLabeled(g: Gen): Piece {
  return t`${g.pick(['Acct', 'acct#', 'Account #', 'FIN', 'Visit #', 'Enc #', 'HAR', 'guarantor acct'])} ${acctNo(g)}`;
}

const MBI_L = 'ACDEFGHJKMNPQRTUVWXY';

export function memberNo(g: Gen): Span {
  return g.pick([
    () => phi('health_plan', `${g.letters(3)}${g.digits(9)}`, 'member'),
    () => phi('health_plan', `${g.digits(9)}${g.letters(1)}`, 'medicaid'),
    () => phi('health_plan', `U${g.digits(8)} 0${g.int(1, 3)}`, 'member_suffix'),
    () =>
      phi(
        'health_plan',
        `${g.int(1, 9)}${g.letters(1, MBI_L)}${g.letters(1, MBI_L)}${g.digits(1)}-${g.letters(1, MBI_L)}${g.digits(1)}${g.letters(1, MBI_L)}-${g.letters(2, MBI_L)}${g.digits(2)}`,
        'mbi',
      ),
    () => phi('health_plan', `${g.digits(4)}-${g.digits(3)}-${g.digits(3)}-${g.letters(2)}`, 'ohip'),
    () => phi('health_plan', `${g.digits(3)} ${g.digits(3)} ${g.digits(4)}`, 'nhs'),
  ])();
}

export function memberLabeled(g: Gen): Piece {
  return t`${g.pick(['Member ID', 'mbr id', 'Subscriber #', 'Policy no.', 'Medicaid #', 'ins id', 'Plan ID#'])} ${memberNo(g)}`;
}

export function claimNo(g: Gen): Span {
  return phi(
    'other_id',
    g.pick([
      `${g.int(2024, 2025)}${g.digits(9)}`,
      `CLM-${g.digits(8)}`,
      `${g.digits(2)}${g.letters(1)}${g.digits(9)}`,
    ]),
    'claim',
  );
}

export function npi(g: Gen): Span {
  return phi('license', npiFromBase(`${g.int(1, 2)}${g.digits(8)}`), 'npi');
}

export function dea(g: Gen, last: string): Span {
  const c = (last.replace(/[^A-Za-z]/g, '')[0] ?? 'X').toUpperCase();
  return phi('license', deaFromParts(`${g.pick(['A', 'B', 'F', 'M'])}${c}`, g.digits(6)), 'dea');
}

export function stateLic(g: Gen): Span {
  return phi(
    'license',
    g.pick([
      `${g.letters(1)}${g.digits(6)}`,
      `RN${g.digits(6)}`,
      `${g.digits(2)}-${g.digits(5)}`,
      g.digits(8),
    ]),
    'state',
  );
}

export function vin(g: Gen): Span {
  let s = '';
  for (let i = 0; i < 17; i++) s += VIN_ALPHABET[g.int(0, VIN_ALPHABET.length - 1)];
  return phi('vehicle', vinWithCheckDigit(s), 'vin');
}

export function plate(g: Gen): Span {
  return phi(
    'vehicle',
    g.pick([
      `${g.letters(3)} ${g.digits(4)}`,
      `${g.int(1, 9)}${g.letters(3)}${g.digits(3)}`,
      `${g.letters(2)}-${g.digits(5)}`,
    ]),
    'plate',
  );
}

export function serial(g: Gen): Span {
  return phi(
    'device',
    g.pick([`${g.letters(3)}${g.digits(6)}${g.letters(1)}`, g.digits(10), `${g.letters(2)}${g.digits(7)}`]),
    'serial',
  );
}

export function ipAddr(g: Gen): Span {
  return phi(
    'ip',
    `${g.pick([10, 172, 192, 67, 98, 73, 24])}.${g.int(0, 255)}.${g.int(0, 255)}.${g.int(1, 254)}`,
    'ipv4',
  );
}

export function bio(g: Gen): Span {
  return phi(
    'biometric',
    g.pick([
      `FP-${g.digits(6)}-${g.letters(2)}`,
      `${g.f.string.hexadecimal({ length: 20, casing: 'lower', prefix: '' })}`,
      `VP${g.digits(8)}`,
    ]),
  );
}

export function photoName(g: Gen, last: string): Span {
  const s = last.toLowerCase().replace(/[^a-z]/g, '');
  return phi(
    'photo',
    g.pick([
      `IMG_${g.digits(4)}.jpg`,
      `${s}_wound_${g.digits(3)}.jpeg`,
      `PXL_2025${g.digits(4)}_${g.digits(6)}.jpg`,
      `${s}-face.png`,
    ]),
  );
}

export function personalEmail(g: Gen, first: string, last: string): Span {
  const f = first.toLowerCase().replace(/[^a-z]/g, '');
  const l = last.toLowerCase().replace(/[^a-z]/g, '');
  const user = g.pick([
    `${f}.${l}`,
    `${f[0]}${l}${g.int(1, 99)}`,
    `${f}${l[0]}${g.int(60, 99)}`,
    `${l}.${f}`,
    `${f}_${g.int(1950, 2005)}`,
  ]);
  return phi(
    'email',
    `${user}@${g.pick(['gmail.example', 'yahoo.example', 'outlook.example', 'hotmail.example', 'icloud.example', 'aol.example'])}.com`,
  );
}

export function staffEmail(g: Gen, first: string, last: string): Span {
  const f = first.toLowerCase().replace(/[^a-z]/g, '');
  const l = last.toLowerCase().replace(/[^a-z]/g, '');
  return phi(
    'email',
    `${f}.${l}@${g.pick(['mercyridge', 'tristatehealth', 'lakeshorefm', 'valleyortho'])}.example.org`,
  );
}

/** An SSN in one of the forms staff type or paste, with its words. */
export function ssnTyped(g: Gen): Piece {
  const a = String(g.int(100, 665)).padStart(3, '0');
  const b = pad(g.int(1, 99));
  const c = String(g.int(1, 9999)).padStart(4, '0');
  return g.pick([
    () => t`SSN ${phi('ssn', `${a}-${b}-${c}`, 'ssn-dash')}`,
    () => t`ss# ${phi('ssn', `${a}.${b}.${c}`, 'ssn-dot')}`,
    () => t`soc sec ${phi('ssn', `${a} ${b} ${c}`, 'ssn-space')}`,
    () => t`SSN ${phi('ssn', `${a}\u2013${b}\u2013${c}`, 'ssn-endash')}`,
    () => t`ssn ${phi('ssn', `${a}${b}${c}`, 'ssn-none')}`,
    () => t`SSN ${phi('ssn', fullWidth(`${a}-${b}-${c}`), 'ssn-fullwidth')}`,
    () => t`SSN#${phi('ssn', `${a}-${b}-${c}`, 'ssn-glued')}`,
  ])();
}
