/**
 * The blind21 split's building blocks: its people, places, dates, ages and keep strings, in the
 * forms longitudinal hospital and clinic records write them. SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { MONTHS, ordinal } from '../dates';
import { type Frag, keep, type Piece, phi, type Span, t } from '../fragment';
import { zipValue } from '../identifiers';
import {
  CLINICS,
  COUNTIES,
  CPT,
  DEPARTMENTS,
  DEVICES,
  DRUGS,
  ECHO_MEASURES,
  EMPLOYERS,
  EPONYMS,
  FIRST_FEMALE,
  FIRST_MALE,
  HOSPITALS,
  ICD10,
  LABS,
  LAST,
  LOINC,
  PAYERS,
  SIGS,
  SNOMED,
  STREETS,
  TOWNS,
  UNITS,
} from './vocab';

export interface Who {
  first: string;
  middle: string;
  last: string;
  female: boolean;
  dob: Date;
  age: number;
}

export function who(g: Gen, minAge = 18, maxAge = 88): Who {
  const female = g.chance(0.5);
  const first = g.pick(female ? FIRST_FEMALE : FIRST_MALE);
  const middle = g.pick(female ? FIRST_FEMALE : FIRST_MALE);
  const age = g.int(minAge, maxAge);
  const dob = new Date(Date.UTC(2025 - age, g.int(0, 9), g.int(1, 28)));
  return { first, middle, last: g.pick(LAST), female, dob, age };
}

/** A patient: three in ten are over 89, whose ages are PHI. */
export function patient(g: Gen): Who {
  return g.chance(0.3) ? who(g, 90, 103) : who(g, 24, 88);
}

export const nm = (value: string, form: string): Span => phi('name', value, form);

/** A transcription slip: two neighbouring letters swapped ("Stroud" → "Storud"). */
function typo(g: Gen, s: string): string {
  if (s.length < 4) return s;
  const i = g.int(1, s.length - 3);
  return `${s.slice(0, i)}${s[i + 1]}${s[i]}${s.slice(i + 2)}`;
}

/** The patient's name as banners, letters and notes write it (titles outside the label). */
export function ptName(g: Gen, p: Who): Piece {
  const forms: (() => Piece)[] = [
    () => nm(`${p.first} ${p.last}`, 'full'),
    () => nm(`${p.last}, ${p.first}`, 'last_first'),
    () => nm(`${p.last}, ${p.first} ${p.middle[0]}`.toUpperCase(), 'upper_last_first_mi'),
    () => nm(`${p.first} ${p.middle[0]}. ${p.last}`, 'full_middle'),
    () => nm(`${p.last.toUpperCase()}, ${p.first}`, 'upper_last'),
    () => nm(`${p.first} ${typo(g, p.last)}`, 'typo_last'),
    () => t`${p.female ? g.pick(['Mrs.', 'Ms.', 'Ms']) : g.pick(['Mr.', 'Mr'])} ${nm(p.last, 'title_last')}`,
  ];
  return g.pick(forms)();
}

/** How the note's body refers to the patient again: "Mrs. Quarles", "Loretta", "the patient". */
export function ptAgain(g: Gen, p: Who): Piece {
  return g.pick([
    () => t`${p.female ? 'Mrs.' : 'Mr.'} ${nm(p.last, 'title_last')}`,
    () => nm(p.first, 'first'),
    () => nm(p.first.toLowerCase(), 'first_lower'),
    () => 'the patient',
    () => (p.female ? 'she' : 'he'),
  ])();
}

export function drName(g: Gen, p: Who): Piece {
  return g.pick([
    () => t`Dr. ${nm(p.last, 'dr_last')}`,
    () => t`Dr. ${nm(`${p.first} ${p.last}`, 'dr_full')}`,
    () => t`${nm(`${p.first} ${p.last}`, 'full')}, ${g.pick(['M.D.', 'MD', 'DO', 'MD, FACC', 'MD, PhD'])}`,
    () => t`${nm(`${p.first[0]}. ${p.last}`, 'initial_last')}, MD`,
    () => t`${nm(`${p.last}, ${p.first}`, 'last_first')} MD`,
  ])();
}

export function staffName(g: Gen, p: Who): Piece {
  return g.pick([
    () =>
      t`${nm(`${p.first} ${p.last}`, 'full')}, ${g.pick(['RN', 'NP', 'PA-C', 'CDE', 'RDCS', 'LCSW', 'PharmD'])}`,
    () => t`${nm(`${p.first[0]}${p.last[0]}`.toLowerCase(), 'initials_lower')}`,
    () => t`${nm(`${p.first} ${p.last[0]}.`, 'first_initial')}`,
  ])();
}

/** A dictation username: "jquarles", "QUARLESJ", "lquarl01". */
export function userId(g: Gen, p: Who): Span {
  const last = p.last.toLowerCase().replace(/[^a-z]/g, '');
  return g.pick([
    () => nm(`${p.first[0]?.toLowerCase()}${last}`, 'username'),
    () => nm(`${last.toUpperCase()}${p.first[0]}`, 'username_upper'),
    () => nm(`${p.first[0]?.toLowerCase()}${last.slice(0, 5)}${g.digits(2)}`, 'username_num'),
  ])();
}

const pad = (n: number): string => String(n).padStart(2, '0');
const MON = (d: Date): string => MONTHS[d.getUTCMonth()] as string;

const DATE_FORMS: Record<string, (d: Date) => string> = {
  mdy: (d) => `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${d.getUTCFullYear()}`,
  mdy_short: (d) => `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}`,
  mdy_2: (d) => `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${String(d.getUTCFullYear()).slice(2)}`,
  md: (d) => `${d.getUTCMonth() + 1}/${d.getUTCDate()}`,
  mdy_dash: (d) => `${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}-${d.getUTCFullYear()}`,
  month_day_year: (d) => `${MON(d)} ${d.getUTCDate()}, ${d.getUTCFullYear()}`,
  mon_day: (d) => `${MON(d).slice(0, 3)} ${d.getUTCDate()}`,
  mon_dot_ordinal: (d) => `${MON(d).slice(0, 3)}. ${ordinal(d.getUTCDate())}`,
  day_mon_year: (d) => `${pad(d.getUTCDate())}-${MON(d).slice(0, 3)}-${d.getUTCFullYear()}`,
  iso: (d) => d.toISOString().slice(0, 10),
  month_year: (d) => `${MON(d)} ${d.getUTCFullYear()}`,
};

/** A care date in one of the forms notes write it; `form` picks one. */
export function dt(g: Gen, d: Date, form?: string): Span {
  const name = form && DATE_FORMS[form] ? form : g.pick(Object.keys(DATE_FORMS));
  return phi('date', (DATE_FORMS[name] as (x: Date) => string)(d), name);
}

/** Month name alone ("in March"): an element of a date, PHI. */
export function monthOnly(d: Date): Span {
  return phi('date', MON(d), 'month_only');
}

export function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * 86_400_000);
}

/** A date of care before the set's "today" (2025-11-01). */
export function careDate(g: Gen): Date {
  const y = g.int(2022, 2025);
  return new Date(Date.UTC(y, g.int(0, y === 2025 ? 8 : 11), g.int(1, 28)));
}

/** A birth date in the forms banners write it. */
export function dob(g: Gen, p: Who): Span {
  return dt(g, p.dob, g.pick(['mdy', 'mdy_short', 'mdy_2', 'iso', 'month_day_year', 'day_mon_year']));
}

/** The bare age value: PHI over 89, a keep string otherwise. */
export function ageVal(age: number): Span {
  return age > 89 ? phi('age', String(age)) : keep('age_under_90', String(age));
}

/** An age phrase in one of the many ways notes write it; only the number is labeled. */
export function agePhrase(g: Gen, p: Who): Frag {
  const a = ageVal(p.age);
  const sx = p.female ? 'F' : 'M';
  return g.pick([
    () => t`${a}-year-old ${p.female ? 'woman' : 'man'}`,
    () => t`${a} y/o ${sx}`,
    () => t`${a}yo ${p.female ? 'female' : 'male'}`,
    () => t`${a}${sx}`,
    () => t`${a} yr old ${p.female ? 'lady' : 'gentleman'}`,
    () => t`${a} year old ${p.female ? 'female' : 'male'}`,
    () => t`${a}-y.o. ${sx}`,
    () => t`${p.female ? 'woman' : 'man'}, age ${a},`,
    () => t`${a} years of age`,
  ])();
}

export interface Place {
  street: Span;
  town: Span;
  state: string;
  zip: Span;
  county: Span;
}

export function place(g: Gen): Place {
  const [town, state] = g.pick(TOWNS);
  const unit = g.chance(0.3) ? ` ${g.pick(UNITS)}` : '';
  return {
    street: phi('street_address', `${g.int(2, 29_999)} ${g.pick(STREETS)}${unit}`),
    town: phi('geo', town, 'city'),
    state,
    zip: zipValue(g),
    county: phi('geo', g.pick(COUNTIES), 'county'),
  };
}

export function addressBlock(g: Gen, a: Place): Frag {
  return g.pick([
    () => t`${a.street}\n${a.town}, ${a.state} ${a.zip}`,
    () => t`${a.street}, ${a.town}, ${a.state} ${a.zip}`,
    () => t`${a.street} ${a.town} ${a.state} ${a.zip}`,
  ])();
}

function nxx(g: Gen): string {
  return `${g.int(2, 9)}${g.digits(2)}`;
}

/** A US office, home or cell number. */
export function tel(g: Gen, type: 'phone' | 'fax' = 'phone'): Span {
  const [a, e, n] = [nxx(g), nxx(g), g.digits(4)];
  return phi(
    type,
    g.pick([`(${a}) ${e}-${n}`, `${a}-${e}-${n}`, `${a}.${e}.${n}`, `(${a})${e}-${n}`, `${a} ${e}-${n}`]),
    'us',
  );
}

/** A pager: "pgr 4-1187", "pager (555) 201-3344", "beeper #31872". */
export function pager(g: Gen): Frag {
  return g.pick([
    () => t`pgr ${phi('phone', `${g.int(2, 9)}-${g.digits(4)}`, 'pager_ext')}`,
    () => t`pager ${tel(g)}`,
    () => t`beeper #${phi('phone', g.digits(5), 'pager_short')}`,
  ])();
}

export const hospital = (g: Gen): Span => keep('organization', g.pick(HOSPITALS));
export const clinic = (g: Gen): Span => keep('organization', g.pick(CLINICS));
export const dept = (g: Gen): Span => keep('organization', g.pick(DEPARTMENTS));
export const employer = (g: Gen): Span => keep('organization', g.pick(EMPLOYERS));
export const payer = (g: Gen): Span => keep('organization', g.pick(PAYERS));

export function med(g: Gen): Span {
  const [drug, doses] = g.pick(DRUGS);
  const sig = g.chance(0.7) ? ` ${g.pick(SIGS)}` : '';
  return keep('drug_dose', `${drug} ${g.pick(doses)}${sig}`);
}

export function drugOnly(g: Gen): Span {
  return keep('drug_dose', g.pick(DRUGS)[0], 'name_only');
}

function num(g: Gen, lo: number, hi: number, dec: number): string {
  return g.f.number.float({ min: lo, max: hi }).toFixed(dec);
}

export function lab(g: Gen): Span {
  const [name, unit, lo, hi, dec] = g.pick(LABS);
  const v = num(g, lo, hi, dec);
  return keep('lab_value', g.pick([`${name} ${v}${unit ? ` ${unit}` : ''}`, `${name} ${v}`]));
}

/** A value of one named lab ("A1c 8.2 %"), for trends. */
export function labNamed(g: Gen, wanted: string): Span {
  const [name, unit, lo, hi, dec] = LABS.find((l) => l[0] === wanted) ?? (LABS[0] as (typeof LABS)[number]);
  return keep('lab_value', `${name} ${num(g, lo, hi, dec)}${unit ? ` ${unit}` : ''}`);
}

export function echo(g: Gen): Span {
  const [name, unit, lo, hi, dec] = g.pick(ECHO_MEASURES);
  return keep('lab_value', `${name} ${num(g, lo, hi, dec)}${unit ? ` ${unit}` : ''}`, 'echo');
}

export function vitals(g: Gen): Span {
  return keep(
    'lab_value',
    g.pick([
      `BP ${g.int(88, 192)}/${g.int(48, 110)}`,
      `P ${g.int(44, 128)}`,
      `HR ${g.int(44, 128)} irregular`,
      `T ${num(g, 97, 102.4, 1)}F`,
      `SaO2 ${g.int(85, 100)}% 2L NC`,
      `Wt ${num(g, 48, 152, 1)} kg`,
      `RR ${g.int(12, 30)}`,
      `FSBG ${g.int(42, 420)}`,
    ]),
    'vital',
  );
}

export function code(g: Gen, system?: 'ICD-10' | 'CPT' | 'LOINC' | 'SNOMED'): Span {
  const sys = system ?? g.pick(['ICD-10', 'CPT', 'LOINC', 'SNOMED'] as const);
  const list = { 'ICD-10': ICD10, CPT, LOINC, SNOMED }[sys];
  return keep('clinical_code', g.pick(list), sys);
}

export const eponym = (g: Gen): Span => keep('eponym', g.pick(EPONYMS));
export type DeviceKind = keyof typeof DEVICES;
export const deviceName = (g: Gen, kind?: DeviceKind): Span =>
  keep('device_name', g.pick(DEVICES[kind ?? g.pick(Object.keys(DEVICES) as DeviceKind[])]));
export const year = (g: Gen, lo = 1968, hi = 2024): Span => keep('year', String(g.int(lo, hi)));

const STATS = {
  cgm: (g: Gen): string[] => [
    `time in range ${g.int(28, 92)}%`,
    `GMI ${g.int(6, 9)}.${g.int(0, 9)}%`,
    `glucose CV ${g.int(22, 48)}%`,
    `sensor wear ${g.int(70, 99)}%`,
    `TBR <70 ${g.int(0, 9)}%`,
  ],
  cardiac: (g: Gen): string[] => [
    `10-year ASCVD risk ${g.int(4, 38)}.${g.int(0, 9)}%`,
    `CHA2DS2-VASc ${g.int(1, 8)}`,
    `HAS-BLED ${g.int(0, 5)}`,
    `STS PROM ${g.int(1, 9)}.${g.int(0, 9)}%`,
    `AF burden ${g.int(0, 40)}%`,
  ],
  renal: (g: Gen): string[] => [
    `spKt/V ${g.int(1, 1)}.${g.int(10, 79)}`,
    `URR ${g.int(60, 78)}%`,
    `5-year KFRE ${g.int(2, 64)}%`,
    `2-year KFRE ${g.int(1, 30)}%`,
  ],
};

/** Clinical statistics: risk scores, CGM summaries, dialysis adequacy. */
export function stat(g: Gen, kind?: keyof typeof STATS): Span {
  const k = kind ?? g.pick(Object.keys(STATS) as (keyof typeof STATS)[]);
  return keep('statistic', g.pick(STATS[k](g)), k);
}

/** Dictation job numbers and transcription ids: other ids. */
export function jobNo(g: Gen): Span {
  return phi(
    'other_id',
    g.pick([`${g.digits(6)}`, `J${g.digits(7)}`, `${g.digits(3)}-${g.digits(4)}`, `DOC#${g.digits(8)}`]),
    'job',
  );
}

export function accession(g: Gen): Span {
  return phi(
    'other_id',
    g.pick([`RAD${g.digits(8)}`, `E${g.digits(2)}-${g.digits(6)}`, `CV${g.digits(7)}`]),
    'accession',
  );
}

export function mrnVal(g: Gen): Span {
  return phi(
    'mrn',
    g.pick([
      `${g.digits(3)}-${g.digits(2)}-${g.digits(2)}`,
      `${g.digits(8)}`,
      `M${g.digits(7)}`,
      `00${g.digits(7)}`,
    ]),
  );
}

export function finVal(g: Gen): Span {
  return phi('account', g.pick([`${g.digits(10)}`, `V${g.digits(9)}`, `${g.digits(4)}-${g.digits(6)}`]));
}

/** A room and bed: location inside the hospital, not a Safe Harbor identifier (unlabeled). */
export function room(g: Gen): string {
  return g.pick([
    `${g.int(2, 9)}${g.int(0, 4)}${g.digits(1)}-${g.pick(['A', 'B'])}`,
    `Rm ${g.int(200, 899)} Bed 2`,
    `CCU ${g.int(1, 16)}`,
  ]);
}

/** The dictation footer: dictated by, transcribed by, D/T dates, job number. */
export function footer(g: Gen, author: Who, typist: Who, d: Date): Frag {
  const t1 = `${pad(g.int(6, 20))}:${pad(g.int(0, 59))}`;
  const dd = dt(g, d, g.pick(['mdy', 'mdy_short', 'mdy_2']));
  const tt = dt(g, addDays(d, g.int(0, 2)), g.pick(['mdy', 'mdy_short', 'mdy_2']));
  return g.pick([
    () =>
      t`Dictated By: ${nm(`${author.last.toUpperCase()}, ${author.first.toUpperCase()}`, 'upper_last_first')}\nD: ${dd} ${t1}\nT: ${tt}\nJob #: ${jobNo(g)}\nTranscribed by: ${nm(`${typist.first[0]}${typist.last[0]}`.toLowerCase(), 'initials_lower')}`,
    () =>
      t`${nm(`${author.first[0]}${author.middle[0]}${author.last[0]}`, 'initials')}/${nm(`${typist.first[0]}${typist.last[0]}`.toLowerCase(), 'initials_lower')}   DD: ${dd}   DT: ${tt}   Job ${jobNo(g)}`,
    () =>
      t`Electronically signed by ${nm(`${author.first} ${author.last}`, 'full')} (${userId(g, author)}) on ${dd} at ${t1}\nTranscriptionist: ${nm(`${typist.first} ${typist.last}`, 'full')}, doc id ${jobNo(g)}`,
    () =>
      t`cc: ${nm(`${typist.first[0]}. ${typist.last}`, 'initial_last')}, MD\n[${userId(g, author)}] ${dd}\nJOB ${jobNo(g)}`,
  ])();
}
