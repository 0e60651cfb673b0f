/**
 * People of blind split 11, from this split's own lists: given and family names of many
 * naming traditions, names that are also common words, nicknames, particles. SYNTHETIC ONLY.
 */
import type { Gen } from '../context';
import { type Piece, phi, type Span, t } from '../fragment';

export type Sex = 'F' | 'M';

export interface Person {
  given: string;
  middle: string;
  family: string;
  nick: string;
  sex: Sex;
  dob: Date;
}

const GIVEN_F = [
  'Hope',
  'Rose',
  'Joy',
  'Faith',
  'Summer',
  'Ivy',
  'Dawn',
  'Precious',
  'Marisela',
  'Yesenia',
  'Thuy',
  'Ngoc Anh',
  'Xiaoling',
  'Meiling',
  'Seo-yeon',
  'Jiwoo',
  'Aishwarya',
  'Lakshmi',
  'Noor',
  'Fatimah',
  'Rania',
  'Chiamaka',
  'Nkechi',
  'Abena',
  'Oksana',
  'Katarzyna',
  'Zuzana',
  'Bernadette',
  'Loretta',
  'Darlene',
  'Tamika',
  'Shonda',
  'Kayleigh',
  'Brynlee',
  'Guadalupe',
  'Itzel',
  'Wanjiru',
  'Siobhan',
  'Ingrid',
  'Milica',
  'Anahí',
  'Perpetua',
  'Haruka',
  'Leilani',
];
const GIVEN_M = [
  'Will',
  'Young',
  'Earnest',
  'King',
  'Sonny',
  'Rusty',
  'Deshawn',
  'Tyrell',
  'Jaxon',
  'Cletus',
  'Duc',
  'Quang Minh',
  'Wei',
  'Zhiqiang',
  'Min-jun',
  'Hyun-woo',
  'Pranav',
  'Venkatesh',
  'Omar',
  'Yousef',
  'Tariq',
  'Chukwuemeka',
  'Kwabena',
  'Tendai',
  'Bohdan',
  'Wojciech',
  'Radovan',
  'Thaddeus',
  'Lonnie',
  'Dewayne',
  'Jesús',
  'Eustaquio',
  'Rigoberto',
  'Kimani',
  'Ciarán',
  'Soren',
  'Dragan',
  'Teodoro',
  'Hiroshi',
  'Keoni',
  'Alejandro',
  'Mustafa',
  'Ebenezer',
];
const FAMILY = [
  'Brown',
  'Young',
  'Little',
  'Rich',
  'Hope',
  'Bird',
  'Church',
  'Street',
  'Moody',
  'Summers',
  'Gutiérrez Olmedo',
  'Ramírez de la Cruz',
  'Ortiz-Vélez',
  'Santamaría',
  'Quiñones Báez',
  'Nguyen',
  'Tran Thi',
  'Pham',
  'Huynh',
  'Zhao',
  'Liang',
  'Xu',
  'Park',
  'Choi',
  'Kwon',
  'Venkataraman',
  'Chaudhary',
  'Iyer',
  'Banerjee',
  'Al-Hashimi',
  'Haddad',
  'Abu-Saleh',
  'Khoury',
  'Okafor',
  'Mensah',
  'Adeyemi',
  'Mwangi',
  'Ndlovu',
  'Kowalczyk',
  'Shevchenko',
  'Dvořák',
  'Popescu',
  'Horvat',
  "O'Rourke",
  'McCandless',
  'MacAskill',
  "D'Alessandro",
  'van der Berg',
  'de Souza',
  'St. Germain',
  'Fitzgerald-Hume',
  'LaFleur',
  'Washington',
  'Jefferson',
  'Gaines',
  'Yazzie',
  'Begay',
  'Kealoha',
  'Tanaka',
  'Shimizu',
  'Lindqvist',
  'Haugen',
  'Rasmussen',
];
const NICKS: Record<string, string> = {
  Thaddeus: 'Tad',
  Bernadette: 'Bernie',
  Katarzyna: 'Kasia',
  Wojciech: 'Wojtek',
  Alejandro: 'Alex',
  Venkatesh: 'Venky',
  Guadalupe: 'Lupe',
  Chukwuemeka: 'Emeka',
  Ebenezer: 'Eben',
  Eustaquio: 'Taco',
  Loretta: 'Retta',
  Lonnie: 'Lon',
  Rigoberto: 'Rigo',
  Chiamaka: 'Ama',
  Zhiqiang: 'Johnny',
};

function draw(g: Gen, sex: Sex): string {
  return g.pick(sex === 'F' ? GIVEN_F : GIVEN_M);
}

export function person(g: Gen, minAge = 19, maxAge = 88): Person {
  const sex: Sex = g.chance(0.5) ? 'F' : 'M';
  const given = draw(g, sex);
  let family = g.pick(FAMILY);
  if (!family.includes(' ') && g.chance(0.08))
    family = `${family}-${g.pick(FAMILY.filter((f) => !f.includes(' ') && f !== family))}`;
  const age = g.int(minAge, maxAge);
  const dob = new Date(Date.UTC(2025 - age, g.int(0, 11), g.int(1, 28)));
  let middle = draw(g, sex);
  if (middle === given) middle = draw(g, sex);
  return { given, middle, family, nick: NICKS[given] ?? given, sex, dob };
}

/** A patient: about one in five is over 89. */
export function patient(g: Gen): Person {
  return g.chance(0.2) ? person(g, 90, 103) : person(g, 19, 88);
}

export function ageOf(p: Person): number {
  return 2025 - p.dob.getUTCFullYear() - (p.dob.getUTCMonth() > 9 ? 1 : 0);
}

const initial = (s: string): string => s[0] as string;

/** Name forms as records and people write them; only the name is labeled. */
const FORMS: Record<string, (p: Person) => string> = {
  full: (p) => `${p.given} ${p.family}`,
  family_given: (p) => `${p.family}, ${p.given}`,
  upper_family_given: (p) => `${p.family.toUpperCase()}, ${p.given.toUpperCase()}`,
  given_mi_family: (p) => `${p.given} ${initial(p.middle)}. ${p.family}`,
  family_given_mi: (p) => `${p.family}, ${p.given} ${initial(p.middle)}`,
  initial_family: (p) => `${initial(p.given)}. ${p.family}`,
  lower_full: (p) => `${p.given} ${p.family}`.toLowerCase(),
  lower_given: (p) => p.given.toLowerCase(),
  nick_family: (p) => `${p.nick} ${p.family}`,
  given: (p) => p.given,
  family: (p) => p.family,
  caret: (p) => `${p.family}^${p.given}^${initial(p.middle)}`,
  full_middle: (p) => `${p.given} ${p.middle} ${p.family}`,
};
export type NameForm = keyof typeof FORMS;

export function nm(g: Gen, p: Person, forms?: readonly NameForm[]): Span {
  const form = g.pick(forms ?? (Object.keys(FORMS) as NameForm[]));
  return phi('name', (FORMS[form] as (p: Person) => string)(p), form);
}

const CREDENTIALS = ['MD', 'DO', 'NP', 'PA-C', 'RN', 'MSN, APRN', 'PharmD', 'LCSW', 'DPM', 'MBBS', 'CNM'];

/** A clinician the way systems display them: "Dr. Iyer", "Choi, Min-jun MD", "R. Haddad, NP". */
export function clinician(g: Gen, p: Person): Piece {
  return g.pick([
    () => t`Dr. ${phi('name', p.family, 'dr_family')}`,
    () => t`Dr ${phi('name', `${p.given} ${p.family}`, 'dr_full')}`,
    () => t`${phi('name', `${p.family}, ${p.given}`, 'family_given')} ${g.pick(CREDENTIALS)}`,
    () => t`${phi('name', `${initial(p.given)}. ${p.family}`, 'initial_family')}, ${g.pick(CREDENTIALS)}`,
    () => t`${phi('name', `${p.given} ${p.family}`, 'full')}, ${g.pick(CREDENTIALS)}`,
  ])();
}

/** A clinician's display name only (a `display` or `name` field): labeled span without title. */
export function clinicianSpan(g: Gen, p: Person): Span {
  return nm(g, p, ['full', 'family_given', 'given_mi_family', 'initial_family', 'upper_family_given']);
}

export function sexCode(g: Gen, p: Person): string {
  return g.pick([p.sex, p.sex === 'F' ? 'female' : 'male', p.sex === 'F' ? 'Female' : 'Male']);
}
