/**
 * People of blind split 12: Māori, Pasifika, Irish, Québécois, Punjabi, Somali, Ukrainian,
 * Aboriginal-Australian-English and North American names, plus invented ones. SYNTHETIC ONLY.
 */
import type { Gen } from '../context';
import { type Piece, phi, type Span, t } from '../fragment';

export interface Person {
  first: string;
  last: string;
  middle: string;
  sex: 'female' | 'male';
  dob: Date;
  age: number;
}

const FEMALE = [
  'Aroha',
  'Mereana',
  'Kahurangi',
  'Ngaio',
  'Siobhán',
  'Aoife',
  'Gráinne',
  'Mairéad',
  'Saoirse',
  'Róisín',
  'Marie-Ève',
  'Geneviève',
  'Josée',
  'Harpreet',
  'Simranjit',
  'Hodan',
  'Ifrah',
  'Oksana',
  'Halyna',
  'Leilani',
  'Mele',
  'Losaline',
  'Kirrily',
  'Tahnee',
  'Shaylee',
  'Destinee',
  'Marisol',
  'Yolanda',
  'Catriona',
  'Brigid',
  'Thi Hoa',
  'Maybelle',
];
const MALE = [
  'Wiremu',
  'Rāwiri',
  'Hemi',
  'Nikau',
  'Tāne',
  'Oisín',
  'Cathal',
  'Pádraig',
  'Donnacha',
  'Ruairí',
  'Jean-François',
  'Étienne',
  'Mathieu',
  'Gurpreet',
  'Rajvir',
  'Abdirahman',
  'Dmytro',
  'Bohdan',
  'Tevita',
  'Sione',
  'Viliami',
  'Lachlan',
  'Hamish',
  'Jarrah',
  'Brayden',
  'Tyrese',
  'DeShawn',
  'Cormac',
  'Ezekiel',
  'Anh Tuan',
  'Wendell',
];
const LAST = [
  'Ngata',
  'Te Whare',
  'Parata',
  'Horomona',
  'Tawhiri',
  'Ó Súilleabháin',
  "O'Driscoll",
  'Mac Giolla Phádraig',
  'Cullinane',
  'Breathnach',
  'Mulcahy',
  'Tremblay-Roy',
  'Thibodeau',
  'Desrochers',
  'Lapointe',
  'Sandhu',
  'Grewal',
  'Dhaliwal',
  'Warsame',
  'Abdullahi',
  'Hryhorenko',
  'Shevchuk',
  'Fifita',
  'Tuilagi',
  "Fa'amausili",
  'Vainikolo',
  'Wotherspoon',
  'McTavish',
  'Pettigrew',
  'Quayle',
  'Kowalczyk',
  'de Villiers',
  'Haddad',
  'Nguyen-Tran',
  'Blackwood',
  'Strachan',
  'Okafor-Lyons',
  'Castellanos',
  'Begay',
  'Yazzie',
];
const ONSET = ['Ka', 'Tor', 'Wyn', 'Bel', 'Mirr', 'Quen', 'Os', 'Dal', 'Fyr', 'Lun'];
const RIME = ['rath', 'ello', 'anu', 'iskey', 'ombe', 'evant', 'usk', 'ira'];

function invented(g: Gen): string {
  return `${g.pick(ONSET)}${g.pick(RIME)}`;
}

/** A person aged `minAge`–`maxAge` on 2025-11-01. */
export function person(g: Gen, minAge = 18, maxAge = 88, fixedSex?: 'female' | 'male'): Person {
  const sex = fixedSex ?? (g.chance(0.5) ? 'female' : 'male');
  const names = sex === 'female' ? FEMALE : MALE;
  const first = g.chance(0.15) ? invented(g) : g.pick(names);
  const last = g.chance(0.15) ? invented(g) : g.pick(LAST);
  const age = g.int(minAge, maxAge);
  const dob = new Date(Date.UTC(2025 - age, g.int(0, 9), g.int(1, 28)));
  return { first, last, middle: g.pick(names), sex, dob, age };
}

/** A patient: three in ten over 89. */
export function patient(g: Gen): Person {
  return g.chance(0.3) ? person(g, 90, 103) : person(g, 19, 88);
}

export function full(p: Person, form = 'full'): Span {
  return phi('name', `${p.first} ${p.last}`, form);
}

export function lastFirst(p: Person): Span {
  return phi('name', `${p.last}, ${p.first}`, 'last_first');
}

export function upper(p: Person): Span {
  return phi('name', `${p.last.toUpperCase()} ${p.first}`, 'upper_last');
}

export function lower(p: Person): Span {
  return phi('name', `${p.first} ${p.last}`.toLowerCase(), 'lower');
}

export function first(p: Person): Span {
  return phi('name', p.first, 'first');
}

export function last(p: Person): Span {
  return phi('name', p.last, 'last');
}

export function initials(p: Person): Span {
  return phi('name', `${p.first[0]}${p.last[0]}`, 'initials');
}

/** Staff as they sign and are named: "Dr Ngata", "RN Aoife Mulcahy", "A. Mulcahy, NP". */
export function staff(g: Gen, p: Person): Piece {
  return g.pick([
    () => t`Dr ${phi('name', p.last, 'dr_last')}`,
    () => t`Dr. ${full(p, 'dr_full')}`,
    () => t`${full(p)}, ${g.pick(['RN', 'NP', 'RM', 'MD', 'PharmD', 'Paramedic'])}`,
    () => t`${phi('name', `${p.first[0]}. ${p.last}`, 'initial_last')} ${g.pick(['RN', 'CNM', 'APN'])}`,
    () => t`${first(p)}`,
  ])();
}

/** Any of the forms a patient is called by in a note. */
export function named(g: Gen, p: Person): Span {
  return g.pick([full, lastFirst, upper, full])(p);
}

export function title(p: Person): string {
  return p.sex === 'female' ? 'Ms' : 'Mr';
}

export function he(p: Person): string {
  return p.sex === 'female' ? 'she' : 'he';
}

export function his(p: Person): string {
  return p.sex === 'female' ? 'her' : 'his';
}
