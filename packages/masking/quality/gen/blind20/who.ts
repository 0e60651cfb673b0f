/**
 * Blind split 20's own people, places and date spellings. SYNTHETIC DATA ONLY: names are drawn
 * from invented combinations of the lists below, addresses from invented towns and streets.
 */
import type { Gen } from '../context';
import { MONTHS } from '../dates';
import { keep, phi, type Span } from '../fragment';
import { zipValue } from '../identifiers';
import type { Person } from '../people';

const FEMALE = [
  'Marisol',
  'Tamsin',
  'Ingrid',
  'Oluwaseun',
  'Priyanka',
  'Delphine',
  'Wren',
  'Keziah',
  'Anneliese',
  'Rosalind',
  'Yesenia',
  'Thuy',
  'Noor',
  'Bettina',
  'Calla',
  'Ximena',
  'Odalys',
  'Saoirse',
  'Hedda',
  'Lucinda',
  'Jolene',
  'Marguerite',
  'Fenna',
  'Zainab',
  'Faith',
  'Summer',
  'Precious',
  'Magnolia',
];
const MALE = [
  'Thaddeus',
  'Evander',
  'Cormac',
  'Rashid',
  'Anselm',
  'Dariusz',
  'Hollis',
  'Ignatius',
  'Kwabena',
  'Lorcan',
  'Matthias',
  'Osvaldo',
  'Percival',
  'Quincy',
  'Severin',
  'Tobias',
  'Ulysses',
  'Vikram',
  'Wendell',
  'Yusuf',
  'Zebulon',
  'Barnaby',
  'Major',
  'Sterling',
  'King',
  'Dusty',
];
const LAST = [
  'Ashgrove',
  'Blackwood',
  'Castellanos',
  'Delacroix-Mendez',
  'Eberhardt',
  'Fairweather',
  'Halvorsen',
  'Iwu',
  'Jablonski',
  'Kettleborough',
  'Lindqvist',
  'Mbeki-Ross',
  'Nakashima',
  'Oyelaran',
  'Pettigrew',
  'Quintanilla',
  'Szczepanski',
  'Thistlewood',
  'Umberger',
  'Vandermeer',
  'Whitcombe',
  'Yarborough',
  'Zielinski',
  'Brannigan',
  'Cuthbert',
  'Dunleavy',
  'Featherstone',
  'Grzelak',
  'Lockridge',
  'Mwangi',
  'Okonkwo',
  'Runyon',
  'Stallworth',
  'Tran-Nguyen',
  'Vukovic',
  'Winterbottom',
  "O'Shaughnessy",
  'De la Fuente',
  'van Heerden',
  'St. Clair',
  'Marsh',
  'Bishop',
  'Price',
  'Brook',
  'Worthy',
  'Goodnight',
];

/** A person of this split's own lists; `minAge`/`maxAge` set the birth year. */
export function who(g: Gen, minAge = 18, maxAge = 88): Person {
  const sex = g.chance(0.5) ? 'female' : 'male';
  const names = sex === 'female' ? FEMALE : MALE;
  const age = g.int(minAge, maxAge);
  return {
    first: g.pick(names),
    middle: g.pick(names),
    last: g.pick(LAST),
    sex,
    dob: new Date(Date.UTC(2025 - age, g.int(0, 11), g.int(1, 28))),
  };
}

export const full = (p: Person): Span => phi('name', `${p.first} ${p.last}`, 'full');
export const lastFirst = (p: Person): Span => phi('name', `${p.last}, ${p.first}`, 'last_first');
export const upperLastFirst = (p: Person): Span =>
  phi('name', `${p.last}, ${p.first} ${p.middle[0]}`.toUpperCase(), 'upper_last_first_mi');
export const first = (p: Person): Span => phi('name', p.first, 'first');
export const last = (p: Person): Span => phi('name', p.last, 'last');
/** Any of the common spellings of a person's whole name. */
export function nameAny(g: Gen, p: Person): Span {
  return g.pick([
    full,
    lastFirst,
    upperLastFirst,
    (q: Person) => phi('name', `${q.first} ${q.middle[0]}. ${q.last}`, 'full_middle'),
  ])(p);
}
/** A user handle made from a staff name ("mwhitcombe", "WHITCOMBE.M"). */
export function handle(g: Gen, p: Person): Span {
  const l = p.last.replace(/[^A-Za-z]/g, '');
  return phi(
    'name',
    g.pick([
      `${p.first[0]}${l}`.toLowerCase(),
      `${l}.${p.first[0]}`.toUpperCase(),
      `${p.first}.${l}`.toLowerCase(),
    ]),
    'handle',
  );
}

/** Staff credentials: the title after a name. */
export const CREDS = ['RHIA', 'RHIT', 'CCS', 'CDIP', 'CHPS', 'MD', 'DO', 'NP', 'RN', 'LPN', 'PA-C'];

const TOWNS = [
  'Millbrook Falls',
  'Cedar Hollow',
  'Port Ansel',
  'Wyndmoor',
  'Eastlake Heights',
  'Brackenridge',
  'Sutter Creek',
  'Tallowville',
  'Orchard Bend',
  'Kettle Ridge',
  'Harlan Springs',
  'New Bremen',
  'Ashby Junction',
  'Lowell Point',
  'Marisville',
  'Coldwater',
  'Fairhope Landing',
  'Quarry Hill',
];
const COUNTIES = ['Tallow', 'Brackett', 'Wexford', 'Pender', 'Marlow', 'Sable', 'Osprey', 'Greer'];
const STREETS = [
  'Larkspur',
  'Foundry',
  'Tannery',
  'Old Mill',
  'Wicklow',
  'Sassafras',
  'Conestoga',
  'Halyard',
  'Ridgeline',
  'Cobblestone',
  'Pheasant Run',
  'Lamplighter',
  'Gristmill',
  'Bellwether',
  'Oxbow',
  'County Road 14',
];
const STREET_TYPES = ['St', 'Street', 'Ave', 'Rd', 'Ln', 'Dr', 'Ct', 'Pkwy', 'Way', 'Pike', 'Trl', 'Cir'];
const UNITS = ['Apt 4B', 'Unit 12', '#207', 'Lot 33', 'Ste 110', 'Apt. 3'];
export const STATES = ['OH', 'PA', 'NC', 'MI', 'WI', 'TN', 'OR', 'GA', 'NM', 'KY', 'IA', 'VT'];

export interface Addr {
  street: Span;
  city: Span;
  county: Span;
  state: string;
  zip: Span;
}

export function addr(g: Gen): Addr {
  const name = g.pick(STREETS);
  const number = String(g.int(2, 9899));
  const type = name.startsWith('County') ? '' : ` ${g.pick(STREET_TYPES)}`;
  const unit = g.chance(0.25) ? `${g.pick([', ', ' '])}${g.pick(UNITS)}` : '';
  const line = g.chance(0.08) ? `PO Box ${g.int(10, 9999)}` : `${number} ${name}${type}${unit}`;
  return {
    street: phi('street_address', g.chance(0.15) ? line.toUpperCase() : line),
    city: phi('geo', g.pick(TOWNS), 'city'),
    county: phi('geo', `${g.pick(COUNTIES)} County`, 'county'),
    state: g.pick(STATES),
    zip: zipValue(g),
  };
}

/** A Canadian postal address's postal code ("K2P 1L4"). */
export function postalCA(g: Gen): Span {
  const L = (): string => g.letters(1, 'ABCEGHJKLMNPRSTVXY');
  return phi('zip', `${L()}${g.digits(1)}${L()} ${g.digits(1)}${L()}${g.digits(1)}`, 'ca');
}

const pad = (n: number): string => String(n).padStart(2, '0');
const MON = (d: Date): string => (MONTHS[d.getUTCMonth()] as string).slice(0, 3);

const DATE_FORMS: Record<string, (d: Date) => string> = {
  us: (d) => `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${d.getUTCFullYear()}`,
  us_short: (d) => `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}`,
  us_yy: (d) => `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${String(d.getUTCFullYear()).slice(2)}`,
  dash: (d) => `${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}-${d.getUTCFullYear()}`,
  iso: (d) => d.toISOString().slice(0, 10),
  compact: (d) => d.toISOString().slice(0, 10).replaceAll('-', ''),
  dd_mon_yyyy: (d) => `${pad(d.getUTCDate())}-${MON(d).toUpperCase()}-${d.getUTCFullYear()}`,
  mon_d_yyyy: (d) => `${MON(d)} ${d.getUTCDate()}, ${d.getUTCFullYear()}`,
  month_d_yyyy: (d) => `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`,
};

/** A date tied to a person, in a named form or one of the forms forms say. */
export function day(g: Gen, d: Date, form?: keyof typeof DATE_FORMS | (keyof typeof DATE_FORMS)[]): Span {
  const name = Array.isArray(form) ? g.pick(form) : (form ?? g.pick(Object.keys(DATE_FORMS)));
  return phi('date', (DATE_FORMS[name] as (d: Date) => string)(d), name);
}

/** A date in the set's recent past. */
export function recent(g: Gen): Date {
  return new Date(Date.UTC(g.int(2022, 2024), g.int(0, 11), g.int(1, 28)));
}

export function plusDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86_400_000);
}

export function ageOf(p: Person): number {
  return 2025 - p.dob.getUTCFullYear();
}

/** A person's age: PHI over 89, a keep string below. */
export function ageSpan(p: Person): Span {
  const age = ageOf(p);
  return age > 89 ? phi('age', String(age)) : keep('age_under_90', String(age));
}
