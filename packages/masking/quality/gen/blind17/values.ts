/** Identifier and date values of blind split 17, in the spellings health systems emit. Synthetic. */
import { deaFromParts, luhnCheckDigit, npiFromBase, VIN_ALPHABET, vinWithCheckDigit } from '../checksums';
import type { Gen } from '../context';
import { MONTHS } from '../dates';
import { type Frag, keep, phi, type Span, t } from '../fragment';
import type { Who } from './people';

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = MONTHS;
const DOW = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const p2 = (n: number): string => String(n).padStart(2, '0');

const DATE_FORMS: Record<string, (d: Date) => string> = {
  iso: (d) => d.toISOString().slice(0, 10),
  us: (d) => `${p2(d.getUTCMonth() + 1)}/${p2(d.getUTCDate())}/${d.getUTCFullYear()}`,
  us_short: (d) => `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}`,
  us_2digit: (d) => `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${String(d.getUTCFullYear()).slice(2)}`,
  us_dash: (d) => `${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())}-${d.getUTCFullYear()}`,
  mon_d_yyyy: (d) => `${MON[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`,
  month_d_yyyy: (d) => `${MONTH[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`,
  dd_mon_yyyy: (d) => `${p2(d.getUTCDate())}-${MON[d.getUTCMonth()]?.toUpperCase()}-${d.getUTCFullYear()}`,
  compact: (d) => d.toISOString().slice(0, 10).replaceAll('-', ''),
};

/** A date tied to a person, in a named form or a random one. */
export function date(g: Gen, d: Date, form?: keyof typeof DATE_FORMS | string): Span {
  const name = form && DATE_FORMS[form] ? form : g.pick(Object.keys(DATE_FORMS));
  return phi('date', (DATE_FORMS[name] as (d: Date) => string)(d), name);
}

/** A date as typed in chats and notes without its year: "3/14", "Tue 3/14", "March 14th". */
export function shortDate(g: Gen, d: Date): Span {
  const m = d.getUTCMonth();
  const day = d.getUTCDate();
  return g.pick([
    () => phi('date', `${m + 1}/${day}`, 'm_d'),
    () => phi('date', `${DOW[d.getUTCDay()]} ${m + 1}/${day}`, 'dow_m_d'),
    () =>
      phi(
        'date',
        `${MONTH[m]} ${day}${day % 10 === 1 && day !== 11 ? 'st' : day % 10 === 2 && day !== 12 ? 'nd' : day % 10 === 3 && day !== 13 ? 'rd' : 'th'}`,
        'month_dth',
      ),
    () => phi('date', `${MON[m]} ${day}`, 'mon_d'),
  ])();
}

/** An appointment or collection time: the date part is PHI, the clock time is not. */
export function dateTime(g: Gen, d: Date): Frag {
  const hh = p2(g.int(7, 18));
  const mm = g.pick(['00', '15', '30', '45']);
  return g.pick([
    () => t`${date(g, d, 'iso')}T${hh}:${mm}:00${g.pick(['-05:00', '-06:00', '-04:00', '-07:00', ''])}`,
    () => t`${date(g, d, 'iso')} ${hh}:${mm}`,
    () =>
      t`${date(g, d, 'us')} ${Number(hh) > 12 ? Number(hh) - 12 : Number(hh)}:${mm} ${Number(hh) >= 12 ? 'PM' : 'AM'}`,
  ])();
}

export function recent(g: Gen): Date {
  return new Date(Date.UTC(g.int(2024, 2025), g.int(0, 11), g.int(1, 28)));
}

export function plusDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86_400_000);
}

/** A time a system stamped on its own record (created, updated, received): a keep string. */
export function stamp(g: Gen): Span {
  const d = new Date(
    Date.UTC(
      g.int(2024, 2025),
      g.int(0, 11),
      g.int(1, 28),
      g.int(0, 23),
      g.int(0, 59),
      g.int(0, 59),
      g.int(0, 999),
    ),
  );
  const iso = d.toISOString();
  return keep(
    'timestamp',
    g.pick([
      iso,
      iso.replace(/\.\d{3}Z$/, 'Z'),
      `${iso.slice(0, 19).replace('T', ' ')}.${iso.slice(20, 23)}+00`,
      String(d.getTime()),
      String(Math.floor(d.getTime() / 1000)),
    ]),
  );
}

const area = (g: Gen): string => `${g.int(2, 9)}${g.digits(2)}`;

/** A US phone number in one of its spellings (never with the extension inside the span). */
export function phoneNo(g: Gen, type: 'phone' | 'fax' = 'phone'): Span {
  const [a, e, n] = [area(g), area(g), g.digits(4)];
  return phi(
    type,
    g.pick([
      `(${a}) ${e}-${n}`,
      `${a}-${e}-${n}`,
      `${a}.${e}.${n}`,
      `${a}${e}${n}`,
      `+1${a}${e}${n}`,
      `+1 ${a}-${e}-${n}`,
      `1 (${a}) ${e}-${n}`,
      `${a} ${e} ${n}`,
    ]),
    'us',
  );
}

/** A phone number with an extension after it, sometimes: "(312) 555-0101 ext. 2214". */
export function phoneExt(g: Gen, type: 'phone' | 'fax' = 'phone'): Frag {
  const ext = g.chance(0.4) ? g.pick([' ext. ', ' x', ' Ext ', ', ext ']) + String(g.int(10, 9999)) : '';
  return t`${phoneNo(g, type)}${ext}`;
}

const MAIL_DOMAINS = [
  'gmail.com',
  'yahoo.com',
  'hotmail.com',
  'icloud.com',
  'aol.com',
  'outlook.com',
  'att.net',
];

export function emailOf(g: Gen, p: Who, domain?: string): Span {
  const clean = (s: string): string =>
    s
      .normalize('NFD')
      .replace(/[^A-Za-z]/g, '')
      .toLowerCase();
  const f = clean(p.first);
  const l = clean(p.last);
  const local = g.pick([
    `${f}.${l}`,
    `${f}${l}${g.int(1, 99)}`,
    `${f[0]}${l}`,
    `${l}${f}${p.dob.getUTCFullYear() % 100}`,
  ]);
  return phi('email', `${local}@${domain ?? g.pick(MAIL_DOMAINS)}`);
}

export function mrnNo(g: Gen): Span {
  return phi(
    'mrn',
    g.pick([
      () => g.digits(8),
      () => `E${g.digits(7)}`,
      () => `${g.digits(3)}${g.digits(4)}`,
      () => `MRN-${g.digits(6)}`,
      () => `0${g.digits(9)}`,
    ])(),
  );
}

export function memberNo(g: Gen): Span {
  return phi(
    'health_plan',
    g.pick([
      () => `${g.letters(3)}${g.digits(9)}`,
      () => `${g.digits(11)}`,
      () => `U${g.digits(8)}0${g.int(1, 4)}`,
      () => `${g.letters(1)}${g.digits(8)}`,
      () => `${g.letters(2)}${g.digits(8)}-0${g.int(1, 3)}`,
    ])(),
    'member',
  );
}

const MBI_L = 'ACDEFGHJKMNPQRTUVWXY';
export function mbiNo(g: Gen): Span {
  const L = (): string => g.letters(1, MBI_L);
  const AN = (): string => (g.chance(0.5) ? L() : g.digits(1));
  const raw = `${g.int(1, 9)}${L()}${AN()}${g.digits(1)}${L()}${AN()}${g.digits(1)}${L()}${L()}${g.digits(2)}`;
  return phi(
    'health_plan',
    g.chance(0.25) ? `${raw.slice(0, 4)}-${raw.slice(4, 7)}-${raw.slice(7)}` : raw,
    'mbi',
  );
}

export function medicaidNo(g: Gen): Span {
  return phi(
    'health_plan',
    g.pick([`${g.digits(9)}`, `${g.letters(2)}${g.digits(8)}${g.letters(1)}`]),
    'medicaid',
  );
}

export function accountNo(g: Gen): Span {
  return phi(
    'account',
    g.pick([
      () => g.digits(9),
      () => `HAR${g.digits(8)}`,
      () => `${g.digits(6)}-${g.digits(3)}`,
      () => `G${g.digits(7)}`,
    ])(),
  );
}

/** A payment card number with a valid Luhn digit, spaced or run together. */
export function cardNo(g: Gen): Span {
  const body = `${g.pick(['4', '51', '37', '6011'])}`;
  const len = body === '37' ? 15 : 16;
  let digits = body;
  while (digits.length < len - 1) digits += g.digits(1);
  digits += luhnCheckDigit(digits);
  const spaced =
    len === 15
      ? `${digits.slice(0, 4)} ${digits.slice(4, 10)} ${digits.slice(10)}`
      : digits.replace(/(\d{4})(?=\d)/g, '$1 ');
  return phi('account', g.chance(0.5) ? spaced : digits, 'card');
}

export function npiNo(g: Gen): Span {
  return phi('license', npiFromBase(`${g.int(1, 2)}${g.digits(8)}`), 'npi');
}

export function deaNo(g: Gen, p: Who): Span {
  const initial = (p.last.normalize('NFD').replace(/[^A-Za-z]/g, '')[0] ?? 'X').toUpperCase();
  return phi('license', deaFromParts(`${g.pick(['A', 'B', 'F', 'M'])}${initial}`, g.digits(6)), 'dea');
}

export function stateLicenseNo(g: Gen): Span {
  return phi(
    'license',
    g.pick([`${g.letters(1)}${g.digits(5)}`, `${g.digits(2)}.${g.digits(6)}`, `MD.${g.digits(7)}`]),
    'state',
  );
}

export function driversLicenseNo(g: Gen): Span {
  return phi(
    'license',
    g.pick([
      `${g.letters(1)}${g.digits(7)}`,
      `${g.letters(1)}${g.digits(3)}-${g.digits(4)}-${g.digits(4)}`,
      g.digits(9),
    ]),
    'driver',
  );
}

export function ssnNo(g: Gen): Span {
  const a = String(g.int(1, 665)).padStart(3, '0');
  const b = String(g.int(1, 99)).padStart(2, '0');
  const c = String(g.int(1, 9999)).padStart(4, '0');
  return phi('ssn', g.chance(0.75) ? `${a}-${b}-${c}` : `${a}${b}${c}`, 'ssn-field');
}

export function vinNo(g: Gen): Span {
  let draft = '';
  for (let i = 0; i < 17; i++) draft += VIN_ALPHABET[g.int(0, VIN_ALPHABET.length - 1)];
  return phi('vehicle', vinWithCheckDigit(draft), 'vin');
}

export function plateNo(g: Gen): Span {
  return phi(
    'vehicle',
    g.pick([
      `${g.int(1, 9)}${g.letters(3)}${g.digits(3)}`,
      `${g.letters(3)}-${g.digits(4)}`,
      `${g.letters(3)} ${g.letters(1)}${g.digits(2)}`,
    ]),
    'plate',
  );
}

export function serialNo(g: Gen): Span {
  return phi(
    'device',
    g.pick([
      `${g.letters(2)}${g.digits(8)}`,
      `SN${g.digits(10)}`,
      `${g.digits(4)}-${g.letters(3)}-${g.digits(5)}`,
    ]),
    'serial',
  );
}

export function imeiNo(g: Gen): Span {
  const body = `35${g.digits(12)}`;
  return phi('device', body + luhnCheckDigit(body), 'imei');
}

export function udiNo(g: Gen): Span {
  return phi(
    'device',
    `(01)0${g.digits(13)}(17)${g.int(26, 29)}${p2(g.int(1, 12))}${p2(g.int(1, 28))}(21)${g.letters(2)}${g.digits(7)}`,
    'udi',
  );
}

export function ipNo(g: Gen): Span {
  return g.chance(0.8)
    ? phi(
        'ip',
        `${g.pick([24, 47, 67, 73, 98, 108, 172, 174, 199])}.${g.int(0, 255)}.${g.int(0, 255)}.${g.int(1, 254)}`,
        'ipv4',
      )
    : phi(
        'ip',
        `2600:1700:${g.f.string.hexadecimal({ length: 4, casing: 'lower', prefix: '' })}:${g.f.string.hexadecimal({ length: 3, casing: 'lower', prefix: '' })}::${g.int(2, 99)}`,
        'ipv6',
      );
}

export function photoName(g: Gen): Span {
  return phi(
    'photo',
    g.pick([
      `IMG_${g.digits(4)}.HEIC`,
      `IMG_${g.digits(8)}_${g.digits(6)}.jpg`,
      `PXL_${g.digits(8)}_${g.digits(9)}.jpg`,
      `wound_${g.digits(6)}.jpeg`,
      `photo-${g.digits(5)}.png`,
    ]),
  );
}

export function biometricRef(g: Gen): Span {
  return phi(
    'biometric',
    g.pick([
      () => g.f.string.hexadecimal({ length: 32, casing: 'lower', prefix: '' }),
      () => `VP-${g.digits(6)}-${g.letters(2)}`,
      () => `PV${g.digits(10)}`,
    ])(),
  );
}

export function claimNo(g: Gen): Span {
  return phi(
    'other_id',
    g.pick([
      `${g.digits(2)}${g.digits(3)}${g.digits(6)}${g.digits(3)}`,
      `C${g.digits(10)}`,
      `${g.letters(2)}${g.digits(9)}`,
    ]),
    'claim',
  );
}

export function authNo(g: Gen): Span {
  return phi(
    'other_id',
    g.pick([`PA${g.digits(8)}`, `${g.digits(4)}-${g.digits(6)}`, `A${g.digits(9)}`]),
    'auth',
  );
}

export function rxNo(g: Gen): Span {
  return phi('other_id', g.pick([g.digits(7), `${g.digits(7)}-${g.digits(2)}`, `RX${g.digits(8)}`]), 'rx');
}

export function portalUrl(g: Gen, host: string): Span {
  return phi(
    'url',
    g.pick([
      `https://${host}/patients/${g.digits(7)}/summary`,
      `https://${host}/visit/join?pt=${g.digits(8)}&t=${g.letters(6, 'abcdefghjkmnpqrstuvwxyz')}`,
      `https://${host}/chart/${g.digits(6)}/documents/${g.digits(5)}`,
    ]),
  );
}

/** A patient's age: PHI from 90 on, a keep string below. */
export function ageOf(p: Who): Span {
  return p.age > 89 ? phi('age', String(p.age)) : keep('age_under_90', String(p.age));
}

const FULLWIDTH = (s: string): string => s.replace(/\d/g, (d) => String.fromCodePoint(0xff10 + Number(d)));

/** An SSN as people type it into notes and messages, with the word before it. */
export function ssnTyped(g: Gen): Frag {
  const a = String(g.int(1, 665)).padStart(3, '0');
  const b = String(g.int(1, 99)).padStart(2, '0');
  const c = String(g.int(1, 9999)).padStart(4, '0');
  return g.pick([
    () => t`ssn ${phi('ssn', `${a}.${b}.${c}`, 'ssn-dot')}`,
    () => t`SS# ${phi('ssn', `${a} ${b} ${c}`, 'ssn-space')}`,
    () => t`SSN ${phi('ssn', `${a}–${b}–${c}`, 'ssn-endash')}`,
    () => t`social ${phi('ssn', `${a}${b}${c}`, 'ssn-none')}`,
    () => t`SSN ${phi('ssn', FULLWIDTH(`${a}-${b}-${c}`), 'ssn-fullwidth')}`,
    () => t`ssn#${phi('ssn', `${a}-${b}-${c}`, 'ssn-glued')}`,
    () => t`SSN:${phi('ssn', `${a}${b}${c}`, 'ssn-glued')}`,
    () => t`SSN ${phi('ssn', `${a}-${b}-${c}`, 'ssn-dash')}`,
  ])();
}
