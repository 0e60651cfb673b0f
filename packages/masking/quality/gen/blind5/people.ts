/**
 * People of blind split 5, from this split's own lists: many naming traditions (family name
 * first, particles, hyphens, apostrophes, single names, patronymics). SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { type Frag, phi, type Span, t } from '../fragment';

const GIVEN_F = [
  'Yui',
  'Hinata',
  'Mio',
  'Xiaoling',
  'Meilin',
  'Seo-yeon',
  'Ha-eun',
  'Meenakshi',
  'Rituparna',
  'Simranjeet',
  'Nino',
  'Tamar',
  'Anahit',
  'Itziar',
  'Montserrat',
  'Conceição',
  'Sigríður',
  'Maricel',
  'Jhoanna',
  'Wideline',
  'Neema',
  'Zawadi',
  'Semhar',
  'Hadiza',
  'Awa',
  'Mialy',
  'Litia',
  'Losana',
  'Aigerim',
  'Dilnoza',
  'Bolormaa',
  'Kanya',
  'Ploy',
  'Thandar',
  'Tenzin',
  'Rose',
  'Ivy',
  'Dawn',
  'Sandy',
  'Marisol',
  'Oona',
  'Ngaire',
  'Liesbeth',
  'Radmila',
  'Zdenka',
  'Ayşegül',
  'Farzaneh',
  'Noor',
  "D'Andrea",
  'Mary-Kate',
];

const GIVEN_M = [
  'Haruto',
  'Sota',
  'Kaito',
  'Zhiwei',
  'Jianhong',
  'Guoqiang',
  'Min-jun',
  'Ji-ho',
  'Karthikeyan',
  'Senthil',
  'Gurpreet',
  'Harjit',
  'Anirban',
  'Giorgi',
  'Vardan',
  'Aitor',
  'Ander',
  'Jordi',
  'Joaquim',
  'Guðmundur',
  'Rodelio',
  'Fritznel',
  'Mackenson',
  'Baraka',
  'Juma',
  'Tesfay',
  'Aminu',
  'Bashir',
  'Moussa',
  'Cheikh',
  'Rindra',
  'Tahina',
  'Sakiusa',
  'Tavita',
  'Yerlan',
  'Sardor',
  'Batbayar',
  'Somchai',
  'Nattapong',
  'Frank',
  'Chase',
  'Bishop',
  'Ciarán',
  'Tadeusz',
  'Ognjen',
  'Kemal',
  'Dariush',
  'Ezekiel',
  'Jean-Baptiste',
  "Ra'ed",
];

const FAMILY = [
  'Takahashi',
  'Nakamura',
  'Watanabe',
  'Liu',
  'Zhou',
  'Huang',
  'Choi',
  'Kang',
  'Nair',
  'Subramanian',
  'Chatterjee',
  'Sandhu',
  'Grewal',
  'Beridze',
  'Kapanadze',
  'Hovhannisyan',
  'Petrosyan',
  'Etxeberria',
  'Agirre',
  'Ferrer i Puig',
  'Magalhães',
  'dos Anjos',
  'Dela Peña',
  'Macaraeg',
  'Pierre-Louis',
  'Jean-Charles',
  'Kiprono',
  'Wanjiru',
  'Gebremedhin',
  'Diallo',
  'Ndiaye',
  'Rakotomalala',
  'Andrianarivo',
  'Naivalu',
  'Tuilagi',
  'Seitkali',
  'Karimova',
  'Bat-Erdene',
  'Srisuk',
  'Rattanakorn',
  'Winter',
  'Church',
  'Hall',
  'Banks',
  'Price',
  'van ’t Hof',
  'van den Broek',
  'de la Fuente Ríos',
  'di Stefano',
  'von Bredow',
  'Mac an tSaoir',
  'Ó Briain',
  'ter Horst',
  'al-Rashidi',
  'ben Haim',
  "O'Higgins",
  "D'Arcy",
  "N'Dour",
  "Dell'Acqua",
  "Ka'ahumanu",
  'Lloyd-Pryce',
  'Kowalczyk-Nowak',
  'Saint-Pierre',
  'Grant-Okafor',
  'Abernathy-Wu',
  'Halvorsen',
  'Øverby',
  'Szczepańska',
  'Dvořáková',
  'Yıldırım',
  'Rahimzadeh',
  'Haddad',
  'Castañeda Ochoa',
  'Villanueva',
  'Oyelaran',
  'Mbeki-Dlamini',
];

/** Names said without a family name. */
const MONONYMS = ['Suharti', 'Wiranto', 'Mulyani', 'Zaw Min Tun', 'Tenzin Dolma', 'Hlaing Myat', 'Sukarni'];
/** Traditions written family name first. */
const FAMILY_FIRST = new Set(['Takahashi', 'Nakamura', 'Watanabe', 'Liu', 'Zhou', 'Huang', 'Choi', 'Kang']);

const SUFFIXES = ['Jr.', 'Sr.', 'II', 'III', 'IV'];

export interface Person {
  given: string;
  middle?: string;
  family: string;
  /** A single name: `family` is empty. */
  mononym: boolean;
  /** Said family name first ("Takahashi Yui"). */
  familyFirst: boolean;
  sex: 'F' | 'M';
  prefix: string;
  suffix?: string;
}

export function person(g: Gen): Person {
  if (g.chance(0.04)) {
    return {
      given: g.pick(MONONYMS),
      family: '',
      mononym: true,
      familyFirst: false,
      sex: 'F',
      prefix: 'Ms.',
    };
  }
  const sex = g.chance(0.5) ? 'F' : 'M';
  const given = g.pick(sex === 'F' ? GIVEN_F : GIVEN_M);
  const family = g.pick(FAMILY);
  const p: Person = {
    given,
    family,
    mononym: false,
    familyFirst: FAMILY_FIRST.has(family) && g.chance(0.5),
    sex,
    prefix: sex === 'F' ? g.pick(['Ms.', 'Mrs.', 'Mx.']) : g.pick(['Mr.', 'Mx.']),
  };
  if (g.chance(0.3)) p.middle = g.pick(sex === 'F' ? GIVEN_F : GIVEN_M);
  if (sex === 'M' && g.chance(0.08)) p.suffix = g.pick(SUFFIXES);
  return p;
}

/** A clinician: same lists, prefix "Dr." */
export function clinician(g: Gen): Person {
  const p = person(g);
  p.prefix = 'Dr.';
  return p;
}

type Case = 'as-is' | 'upper' | 'lower';
function cased(s: string, c: Case): string {
  return c === 'upper' ? s.toUpperCase() : c === 'lower' ? s.toLowerCase() : s;
}

/** The name as said, one span ("Yui Takahashi", "Takahashi Yui", "Suharti"). */
export function fullName(p: Person, c: Case = 'as-is', withMiddle = false): Span {
  if (p.mononym) return phi('name', cased(p.given, c));
  const given = withMiddle && p.middle ? `${p.given} ${p.middle}` : p.given;
  const s = p.familyFirst ? `${p.family} ${given}` : `${given} ${p.family}`;
  return phi('name', cased(p.suffix ? `${s} ${p.suffix}` : s, c));
}

/** "FAMILY, Given" with each part labeled; the separator is free. */
export function familyComma(p: Person, c: Case = 'as-is', sep = ', '): Frag {
  if (p.mononym) return t`${phi('name', cased(p.given, c))}`;
  return t`${phi('name', cased(p.family, c))}${sep}${phi('name', cased(p.given, c))}`;
}

/** Family^Given^Middle (DICOM, HL7 person names), each part labeled. */
export function caretName(p: Person, c: Case = 'upper'): Frag {
  if (p.mononym) return t`${phi('name', cased(p.given, c))}`;
  const middle = p.middle ? t`^${phi('name', cased(p.middle, c))}` : '';
  return t`${phi('name', cased(p.family, c))}^${phi('name', cased(p.given, c))}${middle}`;
}

/** The family name alone (empty for a mononym: the single name then). */
export function familyName(p: Person, c: Case = 'as-is'): Span {
  return phi('name', cased(p.mononym ? p.given : p.family, c));
}

export function givenName(p: Person, c: Case = 'as-is'): Span {
  return phi('name', cased(p.given, c));
}

export function randomCase(g: Gen): Case {
  return g.weighted([
    ['as-is', 6],
    ['upper', 3],
    ['lower', 1],
  ] as const);
}
