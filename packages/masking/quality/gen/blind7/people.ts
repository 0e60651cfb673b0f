/**
 * People of blind split 7: given names of many traditions and family names composed from
 * invented English-looking parts, with particles and apostrophes. SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { birthDay, type Day } from './dates';

const GIVEN_F = [
  'Odalys',
  'Ottilie',
  'Saoirse',
  'Yevgenia',
  'Leocadia',
  'Dagny',
  'Ifeoma',
  'Marisol',
  'Anneliese',
  'Perpetua',
  'Thandeka',
  'Rosalind',
  'Mireille',
  'Nanami',
  'Wilhelmina',
  'Zofia',
  'Henrietta',
  'Aurelie',
  'Temperance',
  'Gwendolyn',
  'Ximena',
  'Ingrid',
  'Philippa',
  'Adaeze',
  'Lucinda',
  'Oona',
  'Svetlana',
  'Concepcion',
  'Bernadette',
  'Imelda',
  'Hyacinth',
  'Ludmila',
  'Marguerite',
  'Esperanza',
  'Tova',
  'Winifred',
  'Kalinda',
  'Lorelei',
  'Dorothea',
  'Maren',
];
const GIVEN_M = [
  'Teodor',
  'Kwabena',
  'Rustam',
  'Ambrose',
  'Florian',
  'Wendell',
  'Hollis',
  'Bertrand',
  'Thiago',
  'Casimir',
  'Obadiah',
  'Lazarus',
  'Evander',
  'Ignatius',
  'Radomir',
  'Cornelius',
  'Tadeo',
  'Leopold',
  'Emeka',
  'Sigurd',
  'Anselm',
  'Barnaby',
  'Crispin',
  'Desmond',
  'Fitzgerald',
  'Gunnar',
  'Horatio',
  'Isidore',
  'Jasper',
  'Lysander',
  'Mortimer',
  'Nikodem',
  'Osvaldo',
  'Percival',
  'Quentin',
  'Rafferty',
  'Severin',
  'Thaddeus',
  'Ulrich',
  'Virgil',
];
const FAMILY_HEAD = [
  'Ash',
  'Brack',
  'Cald',
  'Dun',
  'Elder',
  'Fen',
  'Gar',
  'Hal',
  'Ing',
  'Kes',
  'Lom',
  'Mar',
  'Nor',
  'Oak',
  'Pen',
  'Quar',
  'Rad',
  'Sel',
  'Thorn',
  'Wy',
  'Yar',
  'Bram',
  'Cog',
  'Dew',
  'Fal',
  'Hob',
  'Kel',
  'Lud',
  'Mal',
  'Pim',
  'Ros',
  'Stan',
  'Tam',
  'Ul',
  'Ver',
  'Wren',
];
const FAMILY_TAIL = [
  'by',
  'well',
  'ridge',
  'ford',
  'wick',
  'ton',
  'more',
  'stead',
  'hurst',
  'ley',
  'dale',
  'croft',
  'combe',
  'thwaite',
  'bourne',
  'garth',
  'mere',
  'holt',
  'shaw',
  'sett',
];
const PARTICLES = ["O'", 'Mc', 'Mac', 'van der ', 'de la ', 'Fitz', 'St. ', 'di '];

export interface Person {
  given: string;
  family: string;
  /** A middle name or initial, when the person has one. */
  middle?: string;
  sex: 'F' | 'M';
  dob: Day;
}

export function familyName(g: Gen): string {
  const core = `${g.pick(FAMILY_HEAD)}${g.pick(FAMILY_TAIL)}`;
  if (g.chance(0.12)) return `${g.pick(PARTICLES)}${core}`;
  if (g.chance(0.08)) return `${core}-${g.pick(FAMILY_HEAD)}${g.pick(FAMILY_TAIL)}`;
  return core;
}

export function givenName(g: Gen, sex: 'F' | 'M'): string {
  return g.pick(sex === 'F' ? GIVEN_F : GIVEN_M);
}

/** A patient (or relative); `old` makes someone over 89. */
export function person(g: Gen, old = g.chance(0.2)): Person {
  const sex = g.chance(0.5) ? 'F' : 'M';
  const p: Person = { given: givenName(g, sex), family: familyName(g), sex, dob: birthDay(g, old) };
  if (g.chance(0.4)) p.middle = g.chance(0.5) ? g.letters(1) : givenName(g, sex);
  return p;
}

/** A clinician: no birth date is ever shown, but the shape is shared. */
export function clinician(g: Gen): Person {
  return person(g, false);
}
