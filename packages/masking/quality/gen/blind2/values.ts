/**
 * Value generators of the second blind split: people, addresses, dates, ages, identifiers and
 * keep strings as labeled spans. Written without reference to the other splits' generators.
 */
import { deaFromParts, luhnCheckDigit, npiFromBase, VIN_ALPHABET, vinWithCheckDigit } from '../checksums';
import type { Gen } from '../context';
import { MONTHS } from '../dates';
import { type Frag, keep, type Piece, phi, type Span, t } from '../fragment';
import {
  AU_PLACES,
  AU_STREETS,
  BARE_STREETS,
  CA_PLACES,
  CA_STREETS,
  CODES,
  DEVICE_NAMES,
  DRUGS,
  EPONYMS,
  FAMILY,
  GIVEN,
  LABS,
  ORGANISATIONS,
  STATS,
  STREET_STEMS,
  UK_HOUSES,
  UK_PLACES,
  UK_STREETS,
  US_PLACES,
  US_SUFFIXES,
  US_UNITS,
  VERSIONS,
} from './vocab';

export interface Person {
  given: string;
  family: string;
  middle?: string;
  sex: 'F' | 'M';
}

const TRADITIONS = Object.keys(GIVEN) as (keyof typeof GIVEN)[];
const FAMILY_KINDS = Object.keys(FAMILY) as (keyof typeof FAMILY)[];

/** A person: a given name of one tradition, a family name often of another (families mix). */
export function person(g: Gen): Person {
  const tradition = g.pick(TRADITIONS);
  const given = g.pick(GIVEN[tradition]);
  const familyKind: keyof typeof FAMILY =
    tradition in FAMILY && g.chance(0.55) ? (tradition as keyof typeof FAMILY) : g.pick(FAMILY_KINDS);
  const p: Person = { given, family: g.pick(FAMILY[familyKind]), sex: g.chance(0.5) ? 'F' : 'M' };
  if (g.chance(0.2)) p.middle = g.pick(GIVEN[g.pick(TRADITIONS)]);
  return p;
}

const upper = (s: string): string => s.toLocaleUpperCase('en-US');

/** The person's name in one of many written forms, labeled as one span; `form` names the shape. */
export function nameSpan(g: Gen, p: Person, form?: string): Span {
  const f =
    form ??
    g.weighted([
      ['full', 6],
      ['first_middle_last', 1],
      ['last_first', 2],
      ['LAST_first', 1],
      ['initial_last', 1],
      ['first_initial', 1],
      ['lower', 1],
      ['upper', 1],
    ] as const);
  const value = {
    full: `${p.given} ${p.family}`,
    first_middle_last: `${p.given} ${p.middle ?? 'J.'} ${p.family}`,
    last_first: `${p.family}, ${p.given}`,
    LAST_first: `${upper(p.family)}, ${p.given}`,
    initial_last: `${p.given[0]}. ${p.family}`,
    first_initial: `${p.given} ${p.family[0]}.`,
    lower: `${p.given} ${p.family}`.toLowerCase(),
    upper: upper(`${p.given} ${p.family}`),
    given: p.given,
    family: p.family,
    given_lower: p.given.toLowerCase(),
  }[f as string];
  if (value === undefined) throw new Error(`unknown name form ${f}`);
  return phi('name', value, f);
}

export const given = (p: Person): Span => phi('name', p.given, 'given');
export const family = (p: Person): Span => phi('name', p.family, 'family');

/** A clinician with a title or credential around the labeled name. */
export function clinician(g: Gen): Piece {
  const p = person(g);
  switch (g.int(0, 5)) {
    case 0:
      return t`Dr. ${family(p)}`;
    case 1:
      return t`Dr ${nameSpan(g, p, 'full')}`;
    case 2:
      return t`${nameSpan(g, p, 'full')}, ${g.pick(['MD', 'DO', 'NP', 'PA-C', 'RN', 'MBBS', 'FRCP'])}`;
    case 3:
      return t`${nameSpan(g, p, 'initial_last')} MD`;
    case 4:
      return t`Doctor ${family(p)}`;
    default:
      return t`${nameSpan(g, p, 'full')} (${g.pick(['attending', 'PCP', 'cardiology', 'hospitalist', 'on call'])})`;
  }
}

// ---- dates -------------------------------------------------------------------------------

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const ordinal = (n: number): string =>
  `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export function birthDate(g: Gen): Ymd {
  return { y: g.int(1926, 2008), m: g.int(1, 12), d: g.int(1, 28) };
}

export function serviceDate(g: Gen): Ymd {
  return { y: g.int(2023, 2026), m: g.int(1, 12), d: g.int(1, 28) };
}

const DATE_FORMS = {
  mdy_slash: (x: Ymd) => `${x.m}/${x.d}/${x.y}`,
  mdy_short: (x: Ymd) => `${x.m}/${x.d}/${pad(x.y % 100)}`,
  mdy_pad: (x: Ymd) => `${pad(x.m)}/${pad(x.d)}/${x.y}`,
  mdy_dash: (x: Ymd) => `${pad(x.m)}-${pad(x.d)}-${x.y}`,
  dmy_dot: (x: Ymd) => `${pad(x.d)}.${pad(x.m)}.${x.y}`,
  dmy_slash: (x: Ymd) => `${pad(x.d)}/${pad(x.m)}/${x.y}`,
  iso: (x: Ymd) => `${x.y}-${pad(x.m)}-${pad(x.d)}`,
  ymd_slash: (x: Ymd) => `${x.y}/${pad(x.m)}/${pad(x.d)}`,
  month_d_y: (x: Ymd) => `${MONTHS[x.m - 1]} ${x.d}, ${x.y}`,
  mon_d_y: (x: Ymd) => `${(MONTHS[x.m - 1] as string).slice(0, 3)} ${x.d} ${x.y}`,
  d_month_y: (x: Ymd) => `${x.d} ${MONTHS[x.m - 1]} ${x.y}`,
  d_mon_y_dash: (x: Ymd) => `${pad(x.d)}-${(MONTHS[x.m - 1] as string).slice(0, 3)}-${x.y}`,
  d_mon_yy: (x: Ymd) => `${x.d}-${(MONTHS[x.m - 1] as string).slice(0, 3)}-${pad(x.y % 100)}`,
  month_ordinal: (x: Ymd) => `${MONTHS[x.m - 1]} ${ordinal(x.d)}`,
  ordinal_of_month: (x: Ymd) => `${ordinal(x.d)} of ${MONTHS[x.m - 1]} ${x.y}`,
  month_year: (x: Ymd) => `${MONTHS[x.m - 1]} ${x.y}`,
  mon_year: (x: Ymd) => `${(MONTHS[x.m - 1] as string).slice(0, 3)} ${x.y}`,
  md_slash: (x: Ymd) => `${x.m}/${x.d}`,
  compact: (x: Ymd) => `${x.y}${pad(x.m)}${pad(x.d)}`,
} as const;
export type DateForm = keyof typeof DATE_FORMS;
const FULL_FORMS: DateForm[] = [
  'mdy_slash',
  'mdy_short',
  'mdy_pad',
  'mdy_dash',
  'dmy_dot',
  'dmy_slash',
  'iso',
  'ymd_slash',
  'month_d_y',
  'mon_d_y',
  'd_month_y',
  'd_mon_y_dash',
  'd_mon_yy',
];

/** A date as a labeled span, in the given form or any full form. */
export function dateSpan(g: Gen, x: Ymd, form?: DateForm): Span {
  const f = form ?? g.pick(FULL_FORMS);
  return phi('date', DATE_FORMS[f](x), f);
}

/** A bare day of the month said in speech: "the 3rd". */
export function dayOrdinal(x: Ymd): Span {
  return phi('date', ordinal(x.d), 'day_ordinal');
}

// ---- ages ----------------------------------------------------------------------------------

/** An age phrase; over 89 the number is PHI, under 90 it must survive. */
export function agePhrase(g: Gen, age: number): Frag {
  const n = age > 89 ? phi('age', String(age), 'age') : keep('age_under_90', String(age));
  switch (g.int(0, 7)) {
    case 0:
      return t`a ${n}-year-old`;
    case 1:
      return t`aged ${n}`;
    case 2:
      return t`${n} y/o`;
    case 3:
      return t`${n}yo`;
    case 4:
      return t`${n} years old`;
    case 5:
      return t`age ${n}`;
    case 6:
      return t`${n} yr old`;
    default:
      return t`${n}-yo`;
  }
}

export function oldAge(g: Gen): number {
  return g.int(90, 104);
}

export function anyAge(g: Gen): number {
  return g.chance(0.35) ? oldAge(g) : g.int(19, 89);
}

// ---- addresses -----------------------------------------------------------------------------

export interface Address {
  /** Street line(s) as pieces (labeled street spans). */
  street: Piece;
  city: Span;
  region: string;
  postcode: Span;
  country: 'US' | 'UK' | 'CA' | 'AU';
  county?: Span;
  /** One line: street, city, region and postcode with commas. */
  line: Frag;
}

function usStreet(g: Gen): string {
  const number = String(g.int(2, 29_999));
  const dir = g.chance(0.2) ? `${g.pick(['N', 'S', 'E', 'W', 'NE', 'SW'])} ` : '';
  const street = g.chance(0.12)
    ? g.pick(BARE_STREETS)
    : g.chance(0.1)
      ? `County Road ${g.int(2, 900)}`
      : `${dir}${g.pick(STREET_STEMS)} ${g.pick(US_SUFFIXES)}`;
  const unit = g.chance(0.3)
    ? ` ${g.pick(US_UNITS)} ${g.int(1, 40)}${g.chance(0.3) ? g.letters(1) : ''}`
    : '';
  return `${number} ${street}${unit}`;
}

/** The address with its one line: street, city, then `afterCity`, region and postcode. */
function withLine(parts: Omit<Address, 'line'>, afterCity = ' '): Address {
  const { street, city, region, postcode } = parts;
  return { ...parts, line: t`${street}, ${city}${afterCity}${region} ${postcode}` };
}

export function address(g: Gen, country?: Address['country']): Address {
  const c =
    country ??
    g.weighted([
      ['US', 6],
      ['UK', 2],
      ['CA', 1],
      ['AU', 1],
    ] as const);
  if (c === 'UK') {
    const [town, area] = g.pick(UK_PLACES);
    const flat = g.chance(0.3) ? `Flat ${g.int(1, 12)}, ` : '';
    const house = g.chance(0.2) ? `${g.pick(UK_HOUSES)}, ` : '';
    const street = phi('street_address', `${flat}${house}${g.int(1, 240)} ${g.pick(UK_STREETS)}`, 'uk');
    const pc = phi(
      'zip',
      `${area}${g.int(1, 19)} ${g.int(1, 9)}${g.letters(2, 'ABDEFGHJLNPQRSTUWXYZ')}`,
      'uk_postcode',
    );
    const city = phi('geo', town, 'city');
    return { street, city, region: '', postcode: pc, country: c, line: t`${street}, ${city} ${pc}` };
  }
  if (c === 'CA') {
    const [town, prov, letter] = g.pick(CA_PLACES);
    const street = phi(
      'street_address',
      `${g.int(10, 9800)} ${g.pick(CA_STREETS)}${g.chance(0.3) ? `, app. ${g.int(1, 300)}` : ''}`,
      'ca',
    );
    // Canadian postal codes never use D, F, I, O, Q or U.
    const ca = 'ABCEGHJKLMNPRSTVWXYZ';
    const pc = phi(
      'zip',
      `${letter}${g.int(0, 9)}${g.letters(1, ca)} ${g.int(0, 9)}${g.letters(1, ca)}${g.int(0, 9)}`,
      'ca_postal',
    );
    const city = phi('geo', town, 'city');
    return withLine({ street, city, region: prov, postcode: pc, country: c });
  }
  if (c === 'AU') {
    const [town, state, code] = g.pick(AU_PLACES);
    const unit = g.chance(0.4) ? `${g.int(1, 30)}/` : '';
    const street = phi('street_address', `${unit}${g.int(1, 300)} ${g.pick(AU_STREETS)}`, 'au');
    const pc = phi('zip', code, 'au_postcode');
    const city = phi('geo', town, 'city');
    return withLine({ street, city, region: state, postcode: pc, country: c });
  }
  const [town, state, prefix, countyName] = g.pick(US_PLACES);
  const street = phi('street_address', usStreet(g), 'us');
  const zip5 = `${prefix}${g.digits(2)}`;
  const pc = phi('zip', g.chance(0.25) ? `${zip5}-${g.digits(4)}` : zip5, 'us_zip');
  const city = phi('geo', town, 'city');
  return withLine(
    { street, city, region: state, postcode: pc, country: c, county: phi('geo', countyName, 'county') },
    ', ',
  );
}

// ---- contact and identifiers --------------------------------------------------------------------

export function usPhone(g: Gen, type: 'phone' | 'fax' = 'phone'): Span {
  const a = `${g.int(2, 9)}${g.digits(2)}`;
  const b = `${g.int(2, 9)}${g.digits(2)}`;
  const c = g.digits(4);
  const f = g.pick(['paren', 'dash', 'dot', 'plain', 'e164', 'space'] as const);
  const value = {
    paren: `(${a}) ${b}-${c}`,
    dash: `${a}-${b}-${c}`,
    dot: `${a}.${b}.${c}`,
    plain: `${a}${b}${c}`,
    e164: `+1${a}${b}${c}`,
    space: `${a} ${b} ${c}`,
  }[f];
  return phi(type, value, f);
}

export function intlPhone(g: Gen, country: Address['country']): Span {
  if (country === 'UK') return phi('phone', `0${g.int(1, 7)}${g.digits(3)} ${g.digits(6)}`, 'uk');
  if (country === 'AU')
    return phi(
      'phone',
      g.chance(0.5)
        ? `04${g.digits(2)} ${g.digits(3)} ${g.digits(3)}`
        : `+61 ${g.int(2, 8)} ${g.digits(4)} ${g.digits(4)}`,
      'au',
    );
  return usPhone(g);
}

export function emailOf(g: Gen, p: Person): Span {
  const local = `${p.given}.${p.family}`.toLowerCase().replace(/[^a-z.]/g, '');
  return phi(
    'email',
    `${local}${g.chance(0.5) ? g.int(1, 99) : ''}@${g.pick(['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'proton.me', 'hotmail.co.uk', 'bigpond.com'])}`,
  );
}

export function mrn(g: Gen): Span {
  const f = g.pick(['digits7', 'digits8', 'prefixed', 'dashed'] as const);
  const value = {
    digits7: g.digits(7),
    digits8: `00${g.digits(6)}`,
    prefixed: `${g.pick(['E', 'M', 'H', 'MR'])}${g.digits(7)}`,
    dashed: `${g.digits(3)}-${g.digits(2)}-${g.digits(2)}`,
  }[f];
  return phi('mrn', value, f);
}

export function memberId(g: Gen): Span {
  const f = g.pick(['alpha', 'mbi', 'digits'] as const);
  if (f === 'mbi') {
    const L = 'ACDEFGHJKMNPQRTUVWXY';
    const value = `${g.int(1, 9)}${g.letters(1, L)}${g.letters(1, `${L}0123456789`)}${g.int(0, 9)}${g.letters(1, L)}${g.letters(1, `${L}0123456789`)}${g.int(0, 9)}${g.letters(2, L)}${g.int(0, 9)}${g.int(0, 9)}`;
    return phi('health_plan', value, 'mbi');
  }
  return phi(
    'health_plan',
    f === 'alpha' ? `${g.letters(3)}${g.digits(9)}` : `${g.digits(9)}${g.chance(0.5) ? '-01' : ''}`,
    f,
  );
}

export function accountNo(g: Gen): Span {
  return phi(
    'account',
    g.pick([
      `${g.digits(4)}-${g.digits(3)}-${g.digits(2)}`,
      `A${g.digits(9)}`,
      g.digits(10),
      `${g.digits(6)}/${g.digits(2)}`,
    ]),
    'account',
  );
}

export function npi(g: Gen): Span {
  return phi('license', npiFromBase(`${g.int(1, 2)}${g.digits(8)}`), 'npi');
}

export function dea(g: Gen, p: Person): Span {
  const initial = (p.family.replace(/^[^A-Za-z]+/, '')[0] ?? 'X').toUpperCase();
  const first = g.pick(['A', 'B', 'F', 'G', 'M']);
  return phi('license', deaFromParts(`${first}${/[A-Z]/.test(initial) ? initial : 'X'}`, g.digits(6)), 'dea');
}

export function stateLicense(g: Gen): Span {
  return phi(
    'license',
    g.pick([
      `${g.letters(1)}${g.digits(5)}`,
      `MD${g.digits(6)}`,
      `${g.digits(2)}-${g.digits(6)}`,
      `RN${g.digits(7)}`,
    ]),
    'state_license',
  );
}

export function vin(g: Gen): Span {
  let draft = '';
  for (let i = 0; i < 17; i++) draft += VIN_ALPHABET[g.int(0, VIN_ALPHABET.length - 1)];
  return phi('vehicle', vinWithCheckDigit(draft), 'vin');
}

export function plate(g: Gen): Span {
  return phi(
    'vehicle',
    g.pick([
      `${g.digits(1)}${g.letters(3)}${g.digits(3)}`,
      `${g.letters(3)}-${g.digits(4)}`,
      `${g.letters(2)}${g.digits(2)} ${g.letters(3)}`,
    ]),
    'plate',
  );
}

export function serial(g: Gen): Span {
  return phi(
    'device',
    g.pick([
      `${g.letters(3)}${g.digits(6)}${g.letters(1)}`,
      `SN${g.digits(8)}`,
      `${g.letters(2)}${g.digits(4)}-${g.digits(4)}`,
      `(01)${g.digits(14)}(21)${g.letters(2)}${g.digits(5)}`,
    ]),
    'serial',
  );
}

export function ipv4(g: Gen): Span {
  return phi(
    'ip',
    `${g.pick([10, 172, 192, 73, 98, 24])}.${g.int(0, 255)}.${g.int(0, 255)}.${g.int(1, 254)}`,
    'ipv4',
  );
}

export function ipv6(g: Gen): Span {
  const h = (): string => g.int(0, 0xffff).toString(16);
  return phi('ip', `2001:db8:${h()}:${h()}::${h()}`, 'ipv6');
}

export function patientUrl(g: Gen): Span {
  const id = g.digits(g.int(5, 8));
  return phi(
    'url',
    g.pick([
      `https://portal.${g.pick(['riverbend', 'northstar', 'harborview'])}health.org/patients/${id}/chart`,
      `http://pacs.internal/viewer?pid=${id}`,
      `https://myhealth.example.net/u/${g.letters(2).toLowerCase()}${id}`,
    ]),
    'url',
  );
}

export function ssn(g: Gen): Span {
  const a = `${g.int(1, 8)}${g.digits(2)}`;
  const b = pad(g.int(1, 99));
  const c = pad(g.int(1, 9999), 4);
  const f = g.pick([
    'ssn-dash',
    'ssn-dash',
    'ssn-dot',
    'ssn-space',
    'ssn-endash',
    'ssn-none',
    'ssn-fullwidth',
  ] as const);
  const full = (s: string): string => s.replace(/\d/g, (d) => String.fromCodePoint(0xff10 + Number(d)));
  const value = {
    'ssn-dash': `${a}-${b}-${c}`,
    'ssn-dot': `${a}.${b}.${c}`,
    'ssn-space': `${a} ${b} ${c}`,
    'ssn-endash': `${a}–${b}–${c}`,
    'ssn-none': `${a}${b}${c}`,
    'ssn-fullwidth': full(`${a}-${b}-${c}`),
  }[f];
  return phi('ssn', value, f);
}

/** An SSN glued to its label ("SSN#123456789"); only the digits are labeled. */
export function gluedSsn(g: Gen): Frag {
  return t`${g.pick(['SSN#', 'ssn:', 'SS#'])}${phi('ssn', `${g.int(1, 8)}${g.digits(8)}`, 'ssn-glued')}`;
}

export function otherId(g: Gen, prefix: string): Span {
  return phi('other_id', `${prefix}${g.digits(g.int(6, 9))}`, 'other_id');
}

export function cardNumber(g: Gen): Span {
  const base = `4${g.digits(14)}`;
  return phi('account', `${base}${luhnCheckDigit(base)}`, 'card');
}

// ---- keep strings --------------------------------------------------------------------------

export const drug = (g: Gen): Span => keep('drug_dose', g.pick(DRUGS));
export const eponym = (g: Gen): Span => keep('eponym', g.pick(EPONYMS));
export const deviceName = (g: Gen): Span => keep('device_name', g.pick(DEVICE_NAMES));
export const lab = (g: Gen): Span => keep('lab_value', g.pick(LABS));
export const stat = (g: Gen): Span => keep('statistic', g.pick(STATS));
export const version = (g: Gen): Span => keep('version', g.pick(VERSIONS));
export const org = (g: Gen): Span => keep('organization', g.pick(ORGANISATIONS));

export function code(g: Gen): Frag {
  const [system, value] = g.pick(CODES);
  return t`${system} ${keep('clinical_code', value)}`;
}

export function uuid(g: Gen): Span {
  const h = (n: number): string => {
    let s = '';
    for (let i = 0; i < n; i++) s += g.int(0, 15).toString(16);
    return s;
  };
  return keep('uuid', `${h(8)}-${h(4)}-4${h(3)}-${g.pick(['8', '9', 'a', 'b'])}${h(3)}-${h(12)}`);
}

/** A system timestamp (log line, API metadata), never a person's date. */
export function systemTimestamp(g: Gen): Span {
  const x = serviceDate(g);
  const time = `${pad(g.int(0, 23))}:${pad(g.int(0, 59))}:${pad(g.int(0, 59))}`;
  return keep(
    'timestamp',
    g.pick([
      `${x.y}-${pad(x.m)}-${pad(x.d)}T${time}Z`,
      `${x.y}-${pad(x.m)}-${pad(x.d)}T${time}.${g.digits(3)}Z`,
      `${x.y}-${pad(x.m)}-${pad(x.d)}T${time}+00:00`,
      String(g.int(1_690_000_000, 1_790_000_000)),
    ]),
  );
}

export const year = (g: Gen): Span => keep('year', String(g.int(1995, 2025)));
