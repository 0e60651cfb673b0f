/**
 * People of blind split 9, from this split's own name lists combined at random: names of many
 * traditions, with particles, hyphens, apostrophes, diacritics and names that are also words.
 * SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { keep, phi, type Span } from '../fragment';

const FEMALE = [
  'Maribel',
  'Oluwaseun',
  'Siobhan',
  'Thandiwe',
  'Ingeborg',
  'Ximena',
  'Anneliese',
  'Keziah',
  'Rosalind',
  'Yevgenia',
  'Marisol',
  'Dagny',
  'Amaranta',
  'Noor',
  'Teodora',
  'Hope',
  'Liesel',
  'Paulette',
  'Wren',
  'Ayesha',
  'Ione',
  'Cosima',
  'Beulah',
  'Mirela',
  'Fenna',
  'Ngozi',
  'Saoirse',
  'Henrietta',
  'Yuki',
  'Perpetua',
  'Magnhild',
  'Dolores',
  'Ebele',
  'Jolanta',
  'Ruth Ann',
];
const MALE = [
  'Thaddeus',
  'Oisín',
  'Bartholomew',
  'Kwabena',
  'Anselm',
  'Radomir',
  'Ignatius',
  'Leopold',
  'Cyrus',
  'Emeka',
  'Joaquín',
  'Torsten',
  'Hamish',
  'Wendell',
  'Mateus',
  'Florin',
  'Abelardo',
  'Rich',
  'Dmitri',
  'Caspian',
  'Olusegun',
  'Eero',
  'Lazlo',
  'Stellan',
  'Zebulon',
  'Tadhg',
  'Baptiste',
  'Hiroshi',
  'Lemuel',
  'Ruairí',
  'Augustin',
  'Obadiah',
  'Jan-Willem',
  'Tomasz',
  'Bao',
];
const LAST = [
  'Okonkwo-Reyes',
  'Vandersloot',
  'Ferreira da Silva',
  'Halvorsen',
  'McGillicuddy',
  'Szczepański',
  'Nakashima',
  'Abernathy',
  "O'Dwyer",
  'Quispe',
  'Tshabalala',
  'Lindqvist',
  'de la Cruz',
  'Achterberg',
  'Villanueva',
  'Blackwood',
  'Papadakis',
  'Rautenbach',
  'Oyelaran',
  'Kowalczyk',
  'Brightwater',
  'Marchetti',
  'Haugland',
  'Delacroix',
  'Obuya',
  'Winterbottom',
  'Castellanos',
  'Gallagher',
  'Ng',
  'Lau',
  'Fox',
  'Church',
  'Baker',
  'Rivers',
  'Moon',
  'Sousa',
  'Yılmaz',
  'Petrov',
  'Huynh',
  'Adeyemi',
  'Strand',
  'Kimura',
  'Faulkner',
  'Dunmore',
  'van den Heuvel',
  'Mac an tSaoir',
  'Ó Briain',
  'Eszterházy',
  'Chakraborty',
  'Al-Khatib',
  'Santangelo',
  'Whitfield',
  'Ruiz-Tagle',
  'Hollings',
  'Pemberton-Kerr',
  'Tanaka',
  'Mbatha',
  'Lindgren',
  'Wojcik',
  'Bellweather',
  'Duarte',
];

export interface Who {
  first: string;
  middle: string;
  last: string;
  sex: 'F' | 'M';
  dob: Date;
  age: number;
}

/** A person; `old` (or by chance about a third of patients) over 89 years of age. */
export function who(g: Gen, opts: { old?: boolean; adult?: boolean } = {}): Who {
  const sex = g.chance(0.5) ? 'F' : 'M';
  const names = sex === 'F' ? FEMALE : MALE;
  const old = opts.old ?? (!opts.adult && g.chance(0.33));
  const age = old ? g.int(90, 103) : g.int(opts.adult ? 28 : 2, opts.adult ? 71 : 89);
  const dob = new Date(Date.UTC(2025 - age, g.int(0, 9), g.int(1, 28)));
  return { first: g.pick(names), middle: g.pick(names), last: g.pick(LAST), sex, dob, age };
}

/** Letters of a name as a file name or user name writes them: "o'dwyer" → "odwyer". */
export function slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

export function upper(s: string): string {
  return s.toUpperCase();
}

/** A labeled name as written (`form` says how, for the scorer's per-form counts). */
export function nm(value: string, form?: string): Span {
  return phi('name', value, form);
}

/** The person's age: PHI over 89, a keep string otherwise; `value` as written ("067" in DICOM). */
export function ageOf(p: Who, value = String(p.age)): Span {
  return p.age > 89 ? phi('age', value) : keep('age_under_90', value);
}
