/**
 * People, addresses and dates of blind split 15, drawn from its own lists, and the forms
 * machine formats write them in (HL7 components, X12 elements, FHIR arrays, DICOM PN, ALL
 * CAPS, lower case, initials). SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { addDays } from '../dates';
import { type Frag, keep, phi, type Span, t } from '../fragment';
import { GIVEN_F, GIVEN_M, NICKNAMES, STREET_NAMES, STREET_TYPES, SURNAMES, TOWNS } from './lists';

export interface Who {
  given: string;
  /** A middle name or initial, or '' when there is none. */
  middle: string;
  family: string;
  nick: string;
  sex: 'F' | 'M';
  dob: Date;
  age: number;
}

/** Reference "today" of the split's documents. */
export const TODAY = new Date(Date.UTC(2025, 5, 15));

export function who(g: Gen, opts: { old?: boolean; adult?: boolean } = {}): Who {
  const sex = g.chance(0.5) ? 'F' : 'M';
  const given = g.pick(sex === 'F' ? GIVEN_F : GIVEN_M);
  const middle = g.chance(0.5) ? (g.chance(0.5) ? g.letters(1, 'ABCDEFGHJKLMNPRSTVW') : g.pick(GIVEN_F)) : '';
  const age = opts.old
    ? g.int(90, 101)
    : opts.adult
      ? g.int(28, 68)
      : g.chance(0.88)
        ? g.int(19, 88)
        : g.int(1, 17);
  const dob = new Date(Date.UTC(2025 - age - 1, g.int(6, 11), g.int(1, 28)));
  return {
    given,
    middle: sex === 'M' && middle.length > 1 ? '' : middle,
    family: g.pick(SURNAMES),
    nick: g.pick(NICKNAMES),
    sex,
    dob,
    age,
  };
}

/** A patient: over 89 in about a quarter of documents. */
export function patient(g: Gen): Who {
  return who(g, { old: g.chance(0.25) });
}

export const staff = (g: Gen): Who => who(g, { adult: true });

const n = (s: string, form?: string): Span => phi('name', s, form);

/** "Given Family" (with the middle initial sometimes). */
export function full(p: Who): Span {
  return n(p.middle.length === 1 ? `${p.given} ${p.middle}. ${p.family}` : `${p.given} ${p.family}`, 'full');
}

export function lastFirst(p: Who): Span {
  return n(`${p.family}, ${p.given}`, 'last-first');
}

export function caps(p: Who): Span {
  return n(`${p.family.toUpperCase()}, ${p.given.toUpperCase()}${p.middle ? ` ${p.middle[0]}` : ''}`, 'caps');
}

export function initialLast(p: Who): Span {
  return n(`${p.given[0]}. ${p.family}`, 'initial');
}

export function lower(p: Who): Span {
  return n(`${p.given.toLowerCase()} ${p.family.toLowerCase()}`, 'lower');
}

/** Any of the prose forms. */
export function anyName(g: Gen, p: Who): Span {
  return g.pick([full, lastFirst, caps, initialLast, full])(p);
}

/** HL7 XPN / DICOM PN: FAMILY^GIVEN^MIDDLE, each component its own span. */
export function caret(p: Who, upper = true): Frag {
  const u = (s: string): string => (upper ? s.toUpperCase() : s);
  return p.middle
    ? t`${n(u(p.family), 'hl7')}^${n(u(p.given), 'hl7')}^${n(u(p.middle), 'hl7')}`
    : t`${n(u(p.family), 'hl7')}^${n(u(p.given), 'hl7')}`;
}

export function familyOnly(p: Who): Span {
  return n(p.family, 'family');
}

export function givenOnly(p: Who): Span {
  return n(p.given, 'given');
}

export interface Addr {
  number: string;
  street: string;
  unit: string;
  town: string;
  state: string;
  zip: string;
  zip4: string;
}

export function addr(g: Gen): Addr {
  const [town, state, prefix] = g.pick(TOWNS);
  const unit = g.chance(0.3)
    ? g.pick([`Apt ${g.int(1, 40)}${g.letters(1, 'ABCD')}`, `Unit ${g.int(100, 420)}`, `#${g.int(2, 19)}`])
    : '';
  return {
    number: String(g.int(3, 29_870)),
    street: `${g.pick(STREET_NAMES)} ${g.pick(STREET_TYPES)}`,
    unit,
    town,
    state,
    zip: `${prefix}${g.digits(2)}`,
    zip4: g.digits(4),
  };
}

export function streetLine(a: Addr): Span {
  return phi('street_address', `${a.number} ${a.street}${a.unit ? ` ${a.unit}` : ''}`);
}

export const townSpan = (a: Addr): Span => phi('geo', a.town);

export function zipSpan(g: Gen, a: Addr, glued = false): Span {
  if (glued) return phi('zip', `${a.zip}${a.zip4}`, 'zip9');
  return g.chance(0.3) ? phi('zip', `${a.zip}-${a.zip4}`, 'zip4') : phi('zip', a.zip, 'zip5');
}

/** "1402 Cedar Bluff Rd, Minot, ND 58704" */
export function oneLine(g: Gen, a: Addr): Frag {
  return t`${streetLine(a)}, ${townSpan(a)}, ${a.state} ${zipSpan(g, a)}`;
}

const pad = (v: number): string => String(v).padStart(2, '0');
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ymd = (d: Date): [number, number, number] => [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];

/** The date in a named form, labeled as a PHI date. */
export function dt(d: Date, form: DateForm): Span {
  const [y, m, day] = ymd(d);
  const text: Record<DateForm, string> = {
    hl7: `${y}${pad(m)}${pad(day)}`,
    iso: `${y}-${pad(m)}-${pad(day)}`,
    us: `${pad(m)}/${pad(day)}/${y}`,
    usShort: `${m}/${day}/${String(y).slice(2)}`,
    monDay: `${MON[m - 1]} ${day}`,
    dMonY: `${day}-${(MON[m - 1] as string).toUpperCase()}-${y}`,
    long: `${MON[m - 1]} ${day}, ${y}`,
    slashNoPad: `${m}/${day}/${y}`,
  };
  return phi('date', text[form], form);
}

export type DateForm = 'hl7' | 'iso' | 'us' | 'usShort' | 'monDay' | 'dMonY' | 'long' | 'slashNoPad';

/** An HL7 TS with minutes: 202403121432 (the whole is the date of an event). */
export function hl7Time(g: Gen, d: Date): Span {
  const [y, m, day] = ymd(d);
  return phi('date', `${y}${pad(m)}${pad(day)}${pad(g.int(0, 23))}${pad(g.int(0, 59))}`, 'hl7-ts');
}

/** A clinical event time in ISO with an offset: the date of care, PHI. */
export function isoEvent(g: Gen, d: Date): Span {
  const [y, m, day] = ymd(d);
  return phi(
    'date',
    `${y}-${pad(m)}-${pad(day)}T${pad(g.int(6, 22))}:${pad(g.int(0, 59))}:00-0${g.int(4, 7)}:00`,
    'iso-event',
  );
}

/** A visit date in the months before the reference day. */
export function visit(g: Gen): Date {
  return addDays(TODAY, -g.int(1, 540));
}

/** The age in years: PHI over 89 (Safe Harbor), a keep string otherwise. */
export function ageOf(p: Who): Span {
  return p.age > 89 ? phi('age', String(p.age)) : keep('age_under_90', String(p.age));
}

export const genderCode = (p: Who): string => p.sex;

/** A date a system stamps on an envelope or header (YYYYMMDD): left unlabeled. */
export function sysDate(g: Gen): string {
  return `2025${pad(g.int(1, 6))}${pad(g.int(1, 28))}`;
}

export const hhmm = (g: Gen): string => `${pad(g.int(0, 23))}${pad(g.int(0, 59))}`;
