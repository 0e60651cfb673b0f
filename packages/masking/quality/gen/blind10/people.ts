/**
 * People of blind split 10: its own given names and surnames of many naming traditions, and the
 * ways notes, chats and letters write them. Only the name itself is labeled, never a title or a
 * credential. SYNTHETIC DATA ONLY: names are drawn at random and combined; nobody is real.
 */
import type { Gen } from '../context';
import { type Piece, phi, type Span, t } from '../fragment';

export interface P {
  first: string;
  last: string;
  mid: string;
  sex: 'f' | 'm';
}

const FIRST_F = [
  'Hope',
  'Rose',
  'Joy',
  'Ivy',
  'June',
  'Faith',
  'Pearl',
  'Autumn',
  'Ngozi',
  'Thi Lan',
  'Mei-Ling',
  'Ji-woo',
  'Priyanka',
  'Fatima',
  'Aaliyah',
  'Oksana',
  'Bronwyn',
  'Guadalupe',
  'Siobhan',
  'Keisha',
  'Yesenia',
  'Hanh',
  'Soo-ah',
  'Dagny',
  'Amara',
  'Wanjiru',
  'Leilani',
  'Marisol',
  'Tamsin',
  'Olena',
  'Zainab',
  'Imani',
  'Consuelo',
  'Precious',
  'Ruthanne',
  'Bettye',
  'LaToya',
  'Maribel',
  'Anh',
  'Xiaoling',
  'Roshni',
  'Yetunde',
  'Magdalena',
  'Saoirse',
  'Kaylee',
  'Dorcas',
];

const FIRST_M = [
  'Will',
  'Rocky',
  'Sonny',
  'Hunter',
  'Chase',
  'Mason',
  'Dallas',
  'Thanh',
  'Wei',
  'Min-jun',
  'Arjun',
  'Omar',
  'Kwame',
  'Dmitri',
  'Bohdan',
  'Cormac',
  'Jamal',
  'Tobias',
  'Eduardo',
  'Hieu',
  'Sung-ho',
  'Rajesh',
  'Tariq',
  'Chidi',
  'Tomasz',
  'Duc',
  'Lachlan',
  'Rhys',
  'Mateo',
  'Ezekiel',
  'Bo',
  'Junior',
  'Dwayne',
  'Cletus',
  'Yusuf',
  'Kofi',
  'Anil',
  'Guillermo',
  'Vasyl',
  'Tavita',
  'Ikaika',
  'Reuben',
  'Fitzroy',
  'Delroy',
];

const LAST = [
  'Young',
  'Brown',
  'King',
  'Bishop',
  'Rivers',
  'Banks',
  'Marsh',
  'Nguyen',
  'Tran',
  'Pham',
  'Le',
  'Zhang',
  'Liu',
  'Huang',
  'Park',
  'Choi',
  'Kang',
  'Patel',
  'Raghunathan',
  'Venkataraman',
  'Chaudhry',
  'Al-Masri',
  'Haddad',
  'El-Amin',
  'Okafor',
  'Adeyemi',
  'Mensah',
  'Owusu',
  'Kowalczyk',
  'Wiśniewski',
  'Shevchenko',
  'Petrova',
  'Novák',
  "O'Shaughnessy",
  'McAllister',
  'MacLeod',
  'McBride',
  'Fitzgerald',
  'de la Cruz',
  'van der Berg',
  'du Plessis',
  'St. Clair',
  'Smith-Ortiz',
  'Washington-Boyd',
  'García López',
  'Hernández Ruiz',
  'Ramírez de León',
  'Baptiste',
  'Jean-Louis',
  'Holloway',
  'Whitfield',
  'Pruitt',
  'Stoltzfus',
  'Begay',
  'Yazzie',
  'Kealoha',
  'Fonoti',
  'Abernathy',
  'Oyelaran',
  'Kariuki',
  'Bergström',
  'Dimitriou',
  'Takahashi',
  'Ishikawa',
  'Delacroix',
  'Ferreira',
  'Gutierrez',
  'Lindqvist',
  'Moon',
  'Hale',
  'Frost',
];

export function mk(g: Gen): P {
  const sex = g.chance(0.5) ? 'f' : 'm';
  const pool = sex === 'f' ? FIRST_F : FIRST_M;
  return { first: g.pick(pool), last: g.pick(LAST), mid: g.pick([...FIRST_F, ...FIRST_M]), sex };
}

/** Five people with distinct first and last names (a document's cast). */
export function crowd(g: Gen): [P, P, P, P, P] {
  const out: P[] = [];
  while (out.length < 5) {
    const p = mk(g);
    if (!out.some((q) => q.first === p.first || q.last === p.last)) out.push(p);
  }
  return out as [P, P, P, P, P];
}

const nm = (v: string, form: string): Span => phi('name', v, form);

export const full = (p: P): Span => nm(`${p.first} ${p.last}`, 'full');
export const first = (p: P): Span => nm(p.first, 'first');
export const last = (p: P): Span => nm(p.last, 'last');
export const lowerFirst = (p: P): Span => nm(p.first.toLowerCase(), 'lower_first');
export const lastFirst = (p: P): Span => nm(`${p.last}, ${p.first}`, 'last_first');
export const upperLastFirst = (p: P): Span =>
  nm(`${p.last.toUpperCase()}, ${p.first.toUpperCase()} ${p.mid[0]}`, 'upper_last_first');
export const initialLast = (p: P): Span => nm(`${p.first[0]}. ${p.last}`, 'initial_last');
export const initials = (p: P): Span =>
  nm(`${p.first[0]}${p.mid[0]}${p.last.replace(/^(?:de la |van der |du |St\. )/, '')[0]}`, 'initials');

/** A patient's name in any of the forms a chart, a letter or a chat writes it. */
export function ptName(g: Gen, p: P): Piece {
  return g.pick([
    () => full(p),
    () => lastFirst(p),
    () => upperLastFirst(p),
    () => t`${g.pick(p.sex === 'f' ? ['Ms.', 'Mrs.', 'Ms', 'Miss'] : ['Mr.', 'Mr'])} ${last(p)}`,
    () => nm(`${p.first} ${p.mid[0]}. ${p.last}`, 'full_middle'),
    () => nm(`${p.first.toLowerCase()} ${p.last.toLowerCase()}`, 'lower_full'),
  ])();
}

const CRED = [
  'MD',
  'DO',
  'NP',
  'PA-C',
  'RN',
  'BSN, RN',
  'MSW, LCSW',
  'PharmD',
  'CNM',
  'FNP-C',
  'MBBS',
  'LPN',
];

/** A clinician: "Dr. Okafor", "hope young rn", "Tobias Frost, PA-C", "Dr Mei-Ling Zhang". */
export function doc(g: Gen, p: P): Piece {
  return g.pick([
    () => t`Dr. ${last(p)}`,
    () => t`Dr ${full(p)}`,
    () => t`${full(p)}, ${g.pick(CRED)}`,
    () => t`${full(p)} ${g.pick(CRED)}`,
    () => t`dr ${nm(p.last.toLowerCase(), 'lower_last')}`,
    () => t`${initialLast(p)}, ${g.pick(CRED)}`,
    () => t`Doctor ${last(p)}`,
  ])();
}

export function title(p: P): string {
  return p.sex === 'f' ? 'Ms.' : 'Mr.';
}
