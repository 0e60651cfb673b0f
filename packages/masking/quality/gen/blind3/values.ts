/**
 * Value generators of the third blind split: people, dates, ages, addresses in six countries,
 * telephone numbers, national health numbers and other identifiers, and keep strings. Every
 * value is drawn from the split's own lists with the split's seeded randomness. SYNTHETIC DATA.
 */
import { deaFromParts, luhnCheckDigit, npiFromBase, vinWithCheckDigit } from '../checksums';
import type { Gen } from '../context';
import { MONTHS } from '../dates';
import { type Frag, keep, type Piece, phi, type Span, t } from '../fragment';
import { fullWidth } from '../identifiers';
import * as v from './vocab';

// ---- people ---------------------------------------------------------------------------------

export interface Person {
  given: string;
  family: string;
  /** A second given name's initial, or ''. */
  middle: string;
  sex: v.Sex;
  /** One-word name: `given` holds it, `family` is ''. */
  mononym: boolean;
}

export function person(g: Gen, sex?: v.Sex): Person {
  if (g.chance(0.03)) {
    const [given, s] = g.pick(v.MONONYMS);
    return { given, family: '', middle: '', sex: s, mononym: true };
  }
  const pool = sex ? v.GIVEN.filter((x) => x[1] === sex) : v.GIVEN;
  const [given, s] = g.pick(pool);
  return {
    given,
    family: g.pick(v.FAMILY),
    middle: g.chance(0.3) ? g.letters(1) : '',
    sex: s,
    mononym: false,
  };
}

export const full = (p: Person): string => (p.mononym ? p.given : `${p.given} ${p.family}`);
export const title = (p: Person): string => (p.sex === 'f' ? 'Ms' : 'Mr');

/** A person's name in one of many written forms, labeled as one span (titles outside it). */
export function name(g: Gen, p: Person): Piece {
  if (p.mononym) return phi('name', p.given, 'mononym');
  const form = g.pick([
    'first_last',
    'first_last',
    'last_comma_first',
    'upper_last_comma',
    'first_mid_last',
    'title_last',
    'initial_last',
    'first_only',
  ] as const);
  switch (form) {
    case 'first_last':
      return phi('name', full(p), form);
    case 'last_comma_first':
      return phi('name', `${p.family}, ${p.given}${p.middle ? ` ${p.middle}` : ''}`, form);
    case 'upper_last_comma':
      return phi('name', `${p.family.toUpperCase()}, ${p.given.toUpperCase()}`, form);
    case 'first_mid_last':
      return phi('name', `${p.given} ${p.middle || g.letters(1)}. ${p.family}`, form);
    case 'title_last':
      return t`${g.pick([title(p), `${title(p)}.`, p.sex === 'f' ? 'Mrs' : 'Mr.'])} ${phi('name', p.family, form)}`;
    case 'initial_last':
      return phi('name', `${p.given[0]}. ${p.family}`, form);
    case 'first_only':
      return phi('name', p.given, form);
  }
}

/** `Family^Given^M` as HL7 writes it, each component its own span. */
export function hl7Name(p: Person): Frag {
  if (p.mononym) return t`${phi('name', p.given, 'hl7')}`;
  return t`${phi('name', p.family.toUpperCase(), 'hl7')}^${phi('name', p.given.toUpperCase(), 'hl7')}^${p.middle}`;
}

/** A clinician: name with a credential or title. */
export function clinicianName(g: Gen, p: Person): Piece {
  const f = g.pick(['dr_last', 'full_cred', 'last_first_cred', 'consultant'] as const);
  if (p.mononym || f === 'full_cred')
    return t`${phi('name', full(p))}, ${g.pick(['MD', 'DO', 'FRCS', 'MBBS', 'NP', 'PA-C', 'FRACP'])}`;
  if (f === 'dr_last') return t`${g.pick(['Dr', 'Dr.', 'DR'])} ${phi('name', p.family)}`;
  if (f === 'last_first_cred') return t`${phi('name', `${p.family}, ${p.given}`)} MD`;
  return t`Mr ${phi('name', `${p.given[0]} ${p.family}`)} (Consultant)`;
}

// ---- dates ----------------------------------------------------------------------------------

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

export function birth(g: Gen, age?: number): Ymd {
  const y = age === undefined ? g.int(1921, 2004) : 2025 - age;
  return { y, m: g.int(1, 12), d: g.int(1, 28) };
}

export function visit(g: Gen): Ymd {
  return { y: g.pick([2024, 2025, 2025, 2026]), m: g.int(1, 12), d: g.int(1, 28) };
}

export function later(x: Ymd, days: number): Ymd {
  const d = x.d + days;
  return d <= 28
    ? { ...x, d }
    : x.m < 12
      ? { y: x.y, m: x.m + 1, d: d - 28 }
      : { y: x.y + 1, m: 1, d: d - 28 };
}

const p2 = (n: number): string => String(n).padStart(2, '0');
const ord = (n: number): string =>
  `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;
const mon = (x: Ymd): string => (MONTHS[x.m - 1] as string).slice(0, 3);
const weekday = (x: Ymd): string => WEEKDAYS[new Date(Date.UTC(x.y, x.m - 1, x.d)).getUTCDay()] as string;

export const DATE_FORMS = {
  dd_mon_yy: (x: Ymd) => `${x.d}-${mon(x)}-${p2(x.y % 100)}`,
  ddmonyyyy: (x: Ymd) => `${p2(x.d)}${mon(x).toUpperCase()}${x.y}`,
  mon_dot_ord: (x: Ymd) => `${mon(x)}. ${ord(x.d)}, ${x.y}`,
  ord_of_month: (x: Ymd) => `${ord(x.d)} of ${MONTHS[x.m - 1]} ${x.y}`,
  uk_slash: (x: Ymd) => `${p2(x.d)}/${p2(x.m)}/${x.y}`,
  eu_dot: (x: Ymd) => `${p2(x.d)}.${p2(x.m)}.${x.y}`,
  us_slash: (x: Ymd) => `${p2(x.m)}/${p2(x.d)}/${x.y}`,
  us_short: (x: Ymd) => `${x.m}/${x.d}/${p2(x.y % 100)}`,
  us_dash: (x: Ymd) => `${p2(x.m)}-${p2(x.d)}-${x.y}`,
  iso: (x: Ymd) => `${x.y}-${p2(x.m)}-${p2(x.d)}`,
  compact: (x: Ymd) => `${x.y}${p2(x.m)}${p2(x.d)}`,
  roman: (x: Ymd) => `${x.d}.${ROMAN[x.m - 1]}.${x.y}`,
  d_month_y: (x: Ymd) => `${x.d} ${MONTHS[x.m - 1]} ${x.y}`,
  month_d_y: (x: Ymd) => `${MONTHS[x.m - 1]} ${x.d}, ${x.y}`,
  weekday_d_month: (x: Ymd) => `${weekday(x)} ${x.d} ${MONTHS[x.m - 1]}`,
  weekday_short: (x: Ymd) => `${weekday(x).slice(0, 3)} ${x.m}/${x.d}`,
  month_ord: (x: Ymd) => `${MONTHS[x.m - 1]} ${ord(x.d)}`,
  d_mon: (x: Ymd) => `${x.d} ${mon(x)}`,
  m_d: (x: Ymd) => `${x.m}/${x.d}`,
  mon_yy: (x: Ymd) => `${mon(x)}-${p2(x.y % 100)}`,
  month_year: (x: Ymd) => `${MONTHS[x.m - 1]} ${x.y}`,
  slash_yyyy_m_d: (x: Ymd) => `${x.y}/${x.m}/${x.d}`,
} as const;
export type DateForm = keyof typeof DATE_FORMS;

const FULL_FORMS: DateForm[] = [
  'dd_mon_yy',
  'ddmonyyyy',
  'mon_dot_ord',
  'ord_of_month',
  'uk_slash',
  'eu_dot',
  'us_slash',
  'us_short',
  'us_dash',
  'iso',
  'roman',
  'd_month_y',
  'month_d_y',
  'slash_yyyy_m_d',
];
const PARTIAL_FORMS: DateForm[] = [
  'weekday_d_month',
  'weekday_short',
  'month_ord',
  'd_mon',
  'm_d',
  'mon_yy',
  'month_year',
];

/** A date with a year, in one of fourteen forms (or the form asked for). */
export function date(g: Gen, x: Ymd, form?: DateForm): Span {
  const f = form ?? g.pick(FULL_FORMS);
  return phi('date', DATE_FORMS[f](x), f);
}

/** A date written without its year, as notes write dates near the visit. */
export function shortDate(g: Gen, x: Ymd): Span {
  const f = g.pick(PARTIAL_FORMS);
  return phi('date', DATE_FORMS[f](x), f);
}

/** A chat writer's date: lower case, ordinal or slashes. */
export function chatDate(g: Gen, x: Ymd): Span {
  const m = (MONTHS[x.m - 1] as string).toLowerCase();
  return phi(
    'date',
    g.pick([
      `${m} ${ord(x.d)}`,
      `${ord(x.d)} ${m}`,
      `${x.d}/${x.m}`,
      `${m} ${x.d} ${x.y}`,
      `${x.d}/${x.m}/${p2(x.y % 100)}`,
    ]),
    'chat',
  );
}

// ---- ages -----------------------------------------------------------------------------------

export function oldAge(g: Gen): number {
  return g.int(90, 106);
}

/** An age over 89 in running text ("a 94-year-old", "94yo", "aged 94"), the number labeled. */
export function agePhrase(g: Gen, age: number): Frag {
  const a = phi('age', String(age));
  return g.pick([
    t`${a}-year-old`,
    t`${a} y.o.`,
    t`${a}yo`,
    t`aged ${a}`,
    t`${a} yrs`,
    t`${a}y`,
    t`age ${a}`,
    t`${a} years of age`,
  ]);
}

/** Any age: PHI above 89, a keep string below. */
export function ageValue(age: number): Span {
  return age > 89 ? phi('age', String(age)) : keep('age_under_90', String(age));
}

// ---- addresses ------------------------------------------------------------------------------

export interface Address {
  country: 'US' | 'UK' | 'CA' | 'AU' | 'NZ' | 'NL' | 'IE';
  /** The street line(s), one span. */
  street: Span;
  town: Span;
  /** State, province or region: not PHI at state level, written plain. */
  region: string;
  postcode: Span;
  /** One-line form: `street, town REGION postcode` in the country's order. */
  line: Frag;
  /** Multi-line block for letters. */
  block: Frag;
}

function usStreet(g: Gen): string {
  const road = `${g.pick(v.US_STREET_NAMES)} ${g.pick(v.US_STREET_TYPES)}`;
  return g.pick([
    () => `${g.int(100, 9899)} ${road}`,
    () => `${g.int(100, 9899)} ${g.pick(['N', 'S', 'E', 'W'])} ${road}`,
    () => `${g.int(10, 999)} ${road}, ${g.pick(['Apt', 'Unit', 'Trlr', 'Spc'])} ${g.int(1, 60)}`,
    () => `RR ${g.int(1, 9)} Box ${g.int(10, 999)}`,
    () => `HC ${g.int(60, 89)} Box ${g.int(100, 4999)}`,
    () => `PO Box ${g.int(10, 9999)}`,
    () => `N${g.int(1000, 9999)} County Road ${g.letters(1, 'ABCDEFGHJKMQ')}`,
    () => `${g.int(100, 9999)} ${g.pick(['E', 'W'])} ${g.int(1, 99) * 100} ${g.pick(['N', 'S'])}`,
    () => `${g.int(100, 4999)} 1/2 ${road}`,
  ])();
}

export function address(g: Gen, country?: Address['country']): Address {
  const c =
    country ??
    g.weighted<Address['country']>([
      ['US', 5],
      ['UK', 2],
      ['CA', 1],
      ['AU', 1],
      ['NZ', 1],
      ['NL', 1],
      ['IE', 1],
    ]);
  const mk = (street: string, town: string, region: string, postcode: string, form: string): Address => {
    const s = phi('street_address', street, `${c}-${form}`);
    const tw = phi('geo', town, c);
    const pc = phi('zip', postcode, c);
    const sep = region ? ` ${region} ` : ' ';
    const line =
      c === 'NL'
        ? t`${s}, ${pc} ${tw}`
        : c === 'US'
          ? t`${s}, ${tw}, ${region} ${pc}`
          : t`${s}, ${tw}${sep}${pc}`;
    const block =
      c === 'NL'
        ? t`${s}\n${pc} ${tw}`
        : c === 'US'
          ? t`${s}\n${tw}, ${region} ${pc}`
          : c === 'UK'
            ? t`${s}\n${tw}\n${pc}`
            : t`${s}\n${tw}${sep}${pc}`;
    return { country: c, street: s, town: tw, region, postcode: pc, line, block };
  };
  switch (c) {
    case 'US': {
      const [town, st, zip] = g.pick(v.US_TOWNS);
      return mk(usStreet(g), town, st, g.chance(0.2) ? `${zip}-${g.digits(4)}` : zip, 'street');
    }
    case 'UK': {
      const [town, district] = g.pick(v.UK_TOWNS);
      const pc = `${district} ${g.int(1, 9)}${g.letters(2, 'ABDEFGHJLNPQRSTUWXYZ')}`;
      const street = g.pick([
        () => `Flat ${g.int(1, 24)}, ${g.pick(v.BUILDINGS)}, ${g.int(1, 180)} ${g.pick(v.UK_STREETS)}`,
        () => `${g.int(1, 12)} ${g.pick(v.BUILDINGS)}, ${g.pick(v.UK_STREETS)}`,
        () => `${g.pick(v.BUILDINGS)}, ${g.pick(v.UK_STREETS)}`,
        () => `${g.int(1, 240)}${g.pick(['', 'a', 'b'])} ${g.pick(v.UK_STREETS)}`,
      ])();
      return mk(street, town, '', pc, 'street');
    }
    case 'CA': {
      const [town, prov, fsa] = g.pick(v.CA_TOWNS);
      const pc = `${fsa} ${g.int(1, 9)}${g.letters(1, 'ABCEGHJKLMNPRSTVWXYZ')}${g.int(0, 9)}`;
      const street = g.pick([
        () => `${g.int(10, 9999)} ${g.pick(v.CA_STREETS)}`,
        () => `app. ${g.int(1, 30)}, ${g.int(10, 999)} ${g.pick(v.CA_STREETS)}`,
        () => `Unit ${g.int(100, 2400)}, ${g.int(1, 400)} ${g.pick(v.CA_STREETS)}`,
        () => `RR ${g.int(1, 5)} Site ${g.int(1, 30)} Comp ${g.int(1, 60)}`,
      ])();
      return mk(street, town, prov, pc, 'street');
    }
    case 'AU': {
      const [town, st, pc] = g.pick(v.AU_TOWNS);
      const street = g.pick([
        () => `Unit ${g.int(1, 30)}/${g.int(1, 200)} ${g.pick(v.AU_STREETS)}`,
        () => `${g.int(1, 30)}/${g.int(1, 200)} ${g.pick(v.AU_STREETS)}`,
        () => `Lot ${g.int(1, 400)} ${g.pick(v.AU_STREETS)}`,
        () => `${g.int(1, 400)} ${g.pick(v.AU_STREETS)}`,
      ])();
      return mk(street, town, st, pc, 'street');
    }
    case 'NZ': {
      const [suburb, city, pc] = g.pick(v.NZ_TOWNS);
      const street = g.pick([
        () => `Flat ${g.int(1, 9)}, ${g.int(1, 300)} ${g.pick(v.NZ_STREETS)}, ${suburb}`,
        () => `${g.int(1, 300)}${g.pick(['A', 'B', ''])} ${g.pick(v.NZ_STREETS)}, ${suburb}`,
        () => `${g.int(1, 300)} ${g.pick(v.NZ_STREETS)}, RD ${g.int(1, 9)}, ${suburb}`,
      ])();
      return mk(street, city, '', pc, 'street');
    }
    case 'NL': {
      const [city, digits] = g.pick(v.NL_TOWNS);
      const pc = `${Number(digits) + g.int(0, 80)} ${g.letters(2, 'ABCDEGHJKLMNPRSTVWXZ')}`;
      const street = `${g.pick(v.NL_STREETS)} ${g.int(1, 300)}${g.pick(['', '-2', ' bis', '-II'])}`;
      return mk(street, city, '', pc, 'street');
    }
    case 'IE': {
      const [town, key] = g.pick(v.IE_TOWNS);
      const pc = `${key} ${g.letters(1, 'ACDEFHKNPRTVWXY')}${g.digits(1)}${g.letters(1, 'ACDEFHKNPRTVWXY')}${g.digits(1)}`;
      const street = g.pick([
        () => `Apt ${g.int(1, 80)}, ${g.pick(v.BUILDINGS)}, ${g.pick(v.IE_STREETS)}`,
        () => `${g.int(1, 90)} ${g.pick(v.IE_STREETS)}`,
      ])();
      return mk(street, town, '', pc, 'street');
    }
  }
}

// ---- telephone ------------------------------------------------------------------------------

export function usPhone(g: Gen, type: 'phone' | 'fax' = 'phone'): Span {
  const a = `${g.int(2, 9)}${g.digits(2)}`;
  const b = `${g.int(2, 9)}${g.digits(2)}`;
  const c = g.digits(4);
  return phi(
    type,
    g.pick([
      `(${a}) ${b}-${c}`,
      `${a}.${b}.${c}`,
      `${a}-${b}-${c}`,
      `+1 ${a} ${b} ${c}`,
      `1-${a}-${b}-${c}`,
      `${a}/${b}-${c}`,
    ]),
    'us',
  );
}

/** A seven-digit local number, written without its area code. */
export function localPhone(g: Gen): Span {
  return phi('phone', `${g.int(2, 9)}${g.digits(2)}-${g.digits(4)}`, 'local7');
}

export function phoneFor(g: Gen, country: Address['country'], type: 'phone' | 'fax' = 'phone'): Span {
  const d = (n: number): string => g.digits(n);
  switch (country) {
    case 'US':
    case 'CA':
      return usPhone(g, type);
    case 'UK':
      return phi(
        type,
        g.pick([`07${d(3)} ${d(6)}`, `+44 ${g.int(1, 2)}${d(1)} ${d(4)} ${d(4)}`, `01${d(3)} ${d(6)}`]),
        'uk',
      );
    case 'AU':
      return phi(
        type,
        g.pick([
          `(0${g.pick([2, 3, 7, 8])}) ${d(4)} ${d(4)}`,
          `04${d(2)} ${d(3)} ${d(3)}`,
          `+61 4${d(2)} ${d(3)} ${d(3)}`,
        ]),
        'au',
      );
    case 'NZ':
      return phi(
        type,
        g.pick([
          `021 ${d(3)} ${d(4)}`,
          `(0${g.pick([3, 4, 6, 7, 9])}) ${d(3)} ${d(4)}`,
          `+64 21 ${d(3)} ${d(4)}`,
        ]),
        'nz',
      );
    case 'NL':
      return phi(type, g.pick([`+31 6 ${d(4)} ${d(4)}`, `030-${d(3)} ${d(4)}`, `06-${d(8)}`]), 'nl');
    case 'IE':
      return phi(
        type,
        g.pick([
          `+353 8${g.int(3, 9)} ${d(3)} ${d(4)}`,
          `08${g.int(3, 9)} ${d(3)} ${d(4)}`,
          `(06${g.int(1, 8)}) ${d(6)}`,
        ]),
        'ie',
      );
  }
}

/** A telephone number of Germany or France, for relatives abroad. */
export function euPhone(g: Gen): Span {
  return phi(
    'phone',
    g.pick([
      `+49 ${g.int(30, 89)} ${g.digits(7)}`,
      `+49 (0)${g.int(151, 179)} ${g.digits(7)}`,
      `+33 ${g.int(1, 7)} ${g.digits(2)} ${g.digits(2)} ${g.digits(2)} ${g.digits(2)}`,
      `0033 6 ${g.digits(2)} ${g.digits(2)} ${g.digits(2)} ${g.digits(2)}`,
    ]),
    'eu',
  );
}

// ---- e-mail, web, network -------------------------------------------------------------------

const ascii = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .replace(/\p{M}/gu, '')
    .toLowerCase();

export function emailOf(g: Gen, p: Person): Span {
  const a = ascii(p.given);
  const b = ascii(p.family) || g.digits(3);
  const domain = g.pick([
    'outlook.ie',
    'xtra.co.nz',
    'bigpond.com',
    'btinternet.com',
    'gmx.de',
    'icloud.com',
    'yahoo.ca',
  ]);
  return phi(
    'email',
    g.pick([`${a}.${b}@${domain}`, `${a[0]}${b}${g.int(1, 99)}@${domain}`, `${b}_${a}@${domain}`]),
  );
}

export function portalUrl(g: Gen): Span {
  return phi(
    'url',
    g.pick([
      `https://myhealth.example-trust.nhs.uk/records/${g.digits(7)}`,
      `https://portal.hillcrest-clinic.org/patients/${g.digits(6)}/documents`,
      `http://intranet.waimea-hospital.org.nz/ward/pt?id=${g.digits(8)}`,
      `https://telehealth.example.org/join/${g.letters(4).toLowerCase()}-${g.digits(4)}`,
    ]),
  );
}

export function ipv4(g: Gen): Span {
  return phi(
    'ip',
    `${g.pick([10, 172, 192, 81, 203])}.${g.int(0, 255)}.${g.int(0, 255)}.${g.int(1, 254)}`,
    'ipv4',
  );
}

export function ipv6(g: Gen): Span {
  const h = (): string => g.int(0, 0xffff).toString(16);
  return phi('ip', `2001:db8:${h()}:${h()}::${h()}`, 'ipv6');
}

// ---- identifiers ----------------------------------------------------------------------------

export function mrn(g: Gen): Span {
  return phi(
    'mrn',
    g.pick([
      `${g.digits(8)}`,
      `RX${g.digits(7)}`,
      `H${g.digits(6)}`,
      `${g.digits(3)}-${g.digits(2)}-${g.digits(2)}`,
      `K${g.digits(7)}`,
    ]),
  );
}

/** An NHS number (mod-11 check digit), written 3-3-4. */
export function nhsNumber(g: Gen): Span {
  for (;;) {
    const base = `${g.int(4, 9)}${g.digits(8)}`;
    const sum = [...base].reduce((s, c, i) => s + Number(c) * (10 - i), 0);
    const check = 11 - (sum % 11);
    if (check === 10) continue;
    const n = `${base}${check === 11 ? 0 : check}`;
    return phi('health_plan', g.chance(0.7) ? `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` : n, 'nhs');
  }
}

/** National and provincial health numbers of other countries, and US plan ids. */
export function healthNumber(g: Gen, country: Address['country']): Span {
  switch (country) {
    case 'UK':
      return nhsNumber(g);
    case 'CA':
      return phi(
        'health_plan',
        g.pick([
          `${g.digits(4)}-${g.digits(3)}-${g.digits(3)}-${g.letters(2)}`,
          `${g.digits(4)} ${g.digits(3)} ${g.digits(3)}`,
        ]),
        'ca_health',
      );
    case 'AU':
      return phi('health_plan', `${g.int(2, 6)}${g.digits(3)} ${g.digits(5)} ${g.int(1, 9)}`, 'au_medicare');
    case 'NZ':
      return phi('health_plan', `${g.letters(3, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}${g.digits(4)}`, 'nz_nhi');
    case 'IE':
      return phi('health_plan', `${g.digits(7)}${g.letters(1)}${g.chance(0.5) ? 'W' : ''}`, 'ie_pps');
    default:
      return memberId(g);
  }
}

export function memberId(g: Gen): Span {
  return phi(
    'health_plan',
    g.pick([
      `${g.letters(3)}${g.digits(9)}`,
      `${g.int(1, 9)}${g.letters(2)}${g.digits(1)}-${g.letters(2)}${g.digits(1)}-${g.letters(2)}${g.digits(2)}`,
      `W${g.digits(9)}`,
      `${g.digits(11)}`,
      `${g.letters(2)}${g.digits(6)}-0${g.int(1, 4)}`,
    ]),
    'member',
  );
}

export function account(g: Gen): Span {
  return phi(
    'account',
    g.pick([`HAR ${g.digits(10)}`, `${g.digits(4)}-${g.digits(6)}`, `G${g.digits(9)}`, `${g.digits(12)}`]),
  );
}

export function cardNumber(g: Gen): Span {
  const base = `4${g.digits(14)}`;
  const n = `${base}${luhnCheckDigit(base)}`;
  return phi('account', `${n.slice(0, 4)} ${n.slice(4, 8)} ${n.slice(8, 12)} ${n.slice(12)}`, 'card');
}

export function npi(g: Gen): Span {
  return phi('license', npiFromBase(`${g.int(1, 2)}${g.digits(8)}`), 'npi');
}

export function dea(g: Gen, p: Person): Span {
  const initial =
    (p.mononym ? p.given : p.family)
      .replace(/[^A-Za-z]/g, '')
      .charAt(0)
      .toUpperCase() || 'X';
  return phi('license', deaFromParts(`${g.pick(['A', 'B', 'F', 'G'])}${initial}`, g.digits(6)), 'dea');
}

/** A state or national professional registration number. */
export function registration(g: Gen): Piece {
  return g.pick([
    () => t`GMC ${phi('license', g.digits(7), 'gmc')}`,
    () => t`NMC PIN ${phi('license', `${g.digits(2)}${g.letters(1)}${g.digits(4)}${g.letters(1)}`, 'nmc')}`,
    () => t`AHPRA ${phi('license', `MED000${g.digits(7)}`, 'ahpra')}`,
    () => t`lic. ${phi('license', `${g.letters(2)}.${g.digits(6)}`, 'state')}`,
    () => t`CPSO #${phi('license', g.digits(5), 'cpso')}`,
  ])();
}

/** A driving licence number, UK or US style. */
export function drivingLicence(g: Gen, p: Person): Span {
  const fam = (p.mononym ? p.given : p.family)
    .replace(/[^A-Za-z]/g, '')
    .toUpperCase()
    .padEnd(5, '9')
    .slice(0, 5);
  return phi(
    'license',
    g.pick([
      `${fam}${g.digits(6)}${g.letters(2)}${g.digits(1)}${g.letters(2)}`,
      `${g.letters(1)}${g.digits(3)}-${g.digits(4)}-${g.digits(4)}`,
      `${g.digits(3)} ${g.digits(3)} ${g.digits(3)}`,
    ]),
    'driving',
  );
}

export function vin(g: Gen): Span {
  let draft = '';
  for (let i = 0; i < 17; i++) draft += g.pick([...'ABCDEFGHJKLMNPRSTUVWXYZ0123456789']);
  return phi('vehicle', vinWithCheckDigit(draft), 'vin');
}

export function plate(g: Gen): Span {
  return phi(
    'vehicle',
    g.pick([
      `${g.letters(2)}${g.digits(2)} ${g.letters(3)}`,
      `${g.digits(1)}${g.letters(3)}${g.digits(3)}`,
      `${g.letters(3)}-${g.digits(3)}`,
      `${g.letters(3)}${g.digits(3)}`,
      `${g.digits(3)}-${g.letters(1)}-${g.digits(5)}`,
    ]),
    'plate',
  );
}

export function serial(g: Gen): Span {
  return phi(
    'device',
    g.pick([
      `${g.letters(3)}${g.digits(6)}${g.letters(1)}`,
      `SN${g.digits(10)}`,
      `${g.digits(2)}${g.letters(1)}${g.digits(5)}-${g.digits(3)}`,
      `NG${g.digits(7)}H`,
      `(21)${g.digits(10)}`,
    ]),
    'serial',
  );
}

export function biometric(g: Gen): Piece {
  return g.pick([
    () => t`voiceprint ${phi('biometric', `VP-${g.digits(4)}-${g.digits(4)}`, 'voice')}`,
    () => t`palm-vein template ${phi('biometric', `PV${g.letters(2)}${g.digits(7)}`, 'palm')}`,
    () => t`facial geometry hash ${phi('biometric', g.digits(12).replace(/(\d{4})(?=\d)/g, '$1:'), 'face')}`,
    () => t`thumbprint ref ${phi('biometric', `TP/${g.digits(6)}/${g.letters(1)}`, 'thumb')}`,
  ])();
}

export function photo(g: Gen): Span {
  return phi(
    'photo',
    g.pick([
      `IMG_${g.int(2019, 2025)}${g.digits(4)}_${g.digits(6)}.HEIC`,
      `wound_${g.digits(7)}.png`,
      `PXL_${g.digits(8)}_${g.digits(9)}.jpg`,
      `patient-${g.digits(6)}-face.jpg`,
    ]),
    'photo_file',
  );
}

export function ssn(g: Gen): Piece {
  const a = String(g.int(1, 665)).padStart(3, '0');
  const b = String(g.int(1, 99)).padStart(2, '0');
  const c = String(g.int(1, 9999)).padStart(4, '0');
  return g.pick([
    () => t`SSN ${phi('ssn', `${a}-${b}-${c}`, 'ssn-dash')}`,
    () => t`social sec # ${phi('ssn', `${a}.${b}.${c}`, 'ssn-dot')}`,
    () => t`SS no. ${phi('ssn', `${a} ${b} ${c}`, 'ssn-space')}`,
    () => t`SSN ${phi('ssn', `${a}\u2013${b}\u2013${c}`, 'ssn-endash')}`,
    () => t`Soc Sec ${phi('ssn', `${a}${b}${c}`, 'ssn-none')}`,
    () => t`SSN ${phi('ssn', fullWidth(`${a}-${b}-${c}`), 'ssn-fullwidth')}`,
    () => t`SSN#${phi('ssn', `${a}-${b}-${c}`, 'ssn-glued')}`,
  ])();
}

export function bareSsn(g: Gen): Span {
  return phi('ssn', `${String(g.int(1, 665)).padStart(3, '0')}-${g.digits(2)}-${g.digits(4)}`, 'ssn-dash');
}

/** Case, claim, authorisation, accession and job numbers. */
export function otherId(g: Gen, kind: 'auth' | 'claim' | 'accession' | 'job' | 'rx' | 'case' | 'fhir'): Span {
  const value = {
    auth: () => `PA-${g.int(2024, 2026)}-${g.digits(7)}`,
    claim: () => `${g.digits(2)}${g.letters(1)}${g.digits(9)}`,
    accession: () => `${g.pick(['S', 'SP', 'CY', 'H'])}${g.digits(2)}-${g.digits(5)}`,
    job: () => g.digits(g.int(6, 8)),
    rx: () => `${g.digits(7)}`,
    case: () => `CS${g.digits(8)}`,
    fhir: () => `${g.letters(1).toLowerCase()}${g.digits(4)}-${g.letters(2).toLowerCase()}${g.digits(3)}`,
  }[kind]();
  return phi('other_id', value, kind);
}

// ---- keep strings ---------------------------------------------------------------------------

export const drug = (g: Gen): Span => keep('drug_dose', g.pick(v.DRUGS_B3));
export const lab = (g: Gen): Span => keep('lab_value', g.pick(v.LABS_B3));
export const eponym = (g: Gen): Span => keep('eponym', g.pick(v.EPONYMS_B3));
export const device = (g: Gen): Span => keep('device_name', g.pick(v.DEVICES_B3));
export const stat = (g: Gen): Span => keep('statistic', g.pick(v.STATS_B3));
export const version = (g: Gen): Span => keep('version', g.pick(v.VERSIONS_B3));
export const org = (g: Gen): Span => keep('organization', g.pick(v.ORGS_B3));
export const year = (g: Gen): Span => keep('year', String(g.int(1998, 2025)));
export const youngAge = (g: Gen): Span => keep('age_under_90', String(g.int(19, 89)));

/** A code with its system written before it ("ICD-10-CM I48.19"). */
export function code(g: Gen): Frag {
  const [system, value] = g.pick(v.CODES_B3);
  return t`${system} ${keep('clinical_code', value)}`;
}

export function uuid(g: Gen): Span {
  const h = (n: number): string => {
    let s = '';
    for (let i = 0; i < n; i++) s += '0123456789abcdef'[g.int(0, 15)];
    return s;
  };
  return keep('uuid', `${h(8)}-${h(4)}-4${h(3)}-${g.pick(['8', '9', 'a', 'b'])}${h(3)}-${h(12)}`);
}

/** A machine's time stamp: ISO with milliseconds, a log's, or a fax header's. */
export function systemTime(g: Gen, x: Ymd = visit(g)): Span {
  const hms = `${p2(g.int(0, 23))}:${p2(g.int(0, 59))}:${p2(g.int(0, 59))}`;
  return keep(
    'timestamp',
    g.pick([
      `${x.y}-${p2(x.m)}-${p2(x.d)}T${hms}.${g.digits(3)}Z`,
      `${x.y}-${p2(x.m)}-${p2(x.d)} ${hms}.${g.digits(3)}`,
      `${x.y}${p2(x.m)}${p2(x.d)}${hms.replaceAll(':', '')}+0000`,
      `${x.y}-${p2(x.m)}-${p2(x.d)}T${hms}+13:00`,
    ]),
  );
}
