/**
 * People of blind split 4, from its own name lists: South African, Indian, Singaporean and
 * Malaysian, Filipino, Korean, Chinese (family name first), Arabic (bin/al-), Hispanic double
 * surnames, Portuguese, German/Austrian/Swiss, Polish, Nigerian, and names that are common
 * words. SYNTHETIC DATA ONLY: combinations are drawn at random.
 */
import type { Gen } from '../context';
import { type Frag, phi, type Span, t } from '../fragment';

export type Culture =
  | 'za'
  | 'in'
  | 'sg'
  | 'my'
  | 'ph'
  | 'kr'
  | 'cn'
  | 'ar'
  | 'hisp'
  | 'pt'
  | 'de'
  | 'pl'
  | 'ng'
  | 'word';

interface NameList {
  f: readonly string[];
  m: readonly string[];
  family: readonly string[];
}

const LISTS: Record<Culture, NameList> = {
  za: {
    f: ['Thandiwe', 'Nomvula', 'Lerato', 'Zanele', 'Anneliese', 'Marelize', 'Naledi', 'Busisiwe', 'Refilwe'],
    m: ['Sipho', 'Themba', 'Pieter', 'Jacobus', 'Lwazi', 'Mandla', 'Tshepo', 'Riaan', 'Bongani'],
    family: [
      'Dlamini',
      'van der Merwe',
      'Nkosi',
      'Botha',
      'Mokoena',
      'Khumalo',
      'du Plessis',
      'Mahlangu',
      'Ngcobo',
      'Steenkamp',
    ],
  },
  in: {
    f: ['Lakshmi', 'Priyanka', 'Meenakshi', 'Ananya', 'Sunita', 'Kavya', 'Deepthi', 'Revathi'],
    m: ['Venkatesh', 'Rajendra', 'Arjun', 'Sandeep', 'Mohan', 'Harish', 'Gurpreet', 'Nandakumar'],
    family: [
      'Iyer',
      'Reddy',
      'Chatterjee',
      'Deshpande',
      'Nair',
      'Kulkarni',
      'Bhattacharya',
      'Menon',
      'Sandhu',
      'Pillai',
    ],
  },
  sg: {
    f: ['Wei Ling', 'Hui Min', 'Xin Yi', 'Jia Hui', 'Pei Shan', 'Li Ting'],
    m: ['Wei Jie', 'Jun Hao', 'Zhi Hao', 'Kok Leong', 'Boon Huat', 'Yong Sheng'],
    family: ['Tan', 'Lim', 'Goh', 'Ong', 'Teo', 'Chua', 'Koh', 'Seah'],
  },
  my: {
    f: ['Nurul Aina', 'Siti Hajar', 'Nur Syafiqah', 'Farah Adlina', 'Aisyah Sofea'],
    m: ['Muhammad Hafiz', 'Ahmad Faizal', 'Mohd Azlan', 'Khairul Anuar', 'Amirul Hakim'],
    family: ['Rahman', 'Ismail', 'Abdullah', 'Yusof', 'Hassan', 'Othman'],
  },
  ph: {
    f: ['Ma. Cristina', 'Rowena', 'Maricel', 'Jocelyn', 'Lovely Joy', 'Analyn', 'Rhea Mae'],
    m: ['Jose Rizalino', 'Rodel', 'Jun-Jun', 'Reynaldo', 'Efren', 'Mark Anthony', 'Noel'],
    family: [
      'Dela Cruz',
      'Bautista',
      'Macaraeg',
      'Villanueva',
      'Panganiban',
      'Dimaculangan',
      'Tolentino',
      'Soriano',
    ],
  },
  kr: {
    f: ['Ji-yeon', 'Seo-yeon', 'Min-ji', 'Eun-ha', 'Hye-jin', 'Su-bin'],
    m: ['Ji-hoon', 'Min-jun', 'Dong-hyun', 'Sung-min', 'Jae-won', 'Tae-yang'],
    family: ['Kim', 'Park', 'Choi', 'Jeong', 'Kang', 'Yoon', 'Han', 'Shin'],
  },
  cn: {
    f: ['Xiuying', 'Meiling', 'Yanping', 'Guiying', 'Shuhua', 'Lihua'],
    m: ['Jianguo', 'Zhiqiang', 'Guoliang', 'Haitao', 'Weidong', 'Jianjun'],
    family: ['Wang', 'Zhang', 'Liu', 'Chen', 'Huang', 'Zhou', 'Xu', 'Sun'],
  },
  ar: {
    f: ['Fatimah', 'Noura', 'Maryam', 'Huda', 'Latifa', 'Reem'],
    m: ['Khalid', 'Abdulrahman', 'Faisal', 'Tariq', 'Omar', 'Yousef'],
    family: ['Al-Harthi', 'al-Qahtani', 'Al Mansoori', 'al-Shamsi', 'Al-Otaibi', 'Al-Zahrani'],
  },
  hisp: {
    f: ['María José', 'Guadalupe', 'Ximena', 'Rocío', 'Maribel', 'Itzel'],
    m: ['José Luis', 'Juan Carlos', 'Jesús', 'Ramiro', 'Eduardo', 'Fidel'],
    family: [
      'Fernández Ruiz',
      'García Lozano',
      'Hernández de la Peña',
      'Ochoa Villarreal',
      'Treviño Salinas',
      'Cárdenas Ibarra',
    ],
  },
  pt: {
    f: ['Maria da Conceição', 'Inês', 'Leonor', 'Beatriz', 'Graça'],
    m: ['João Pedro', 'Tiago', 'Gonçalo', 'Rui', 'Manuel'],
    family: [
      'dos Santos Ferreira',
      'Gonçalves',
      'Magalhães',
      'Rodrigues da Silva',
      'Azevedo',
      'Carvalho Pinto',
    ],
  },
  de: {
    f: ['Jutta', 'Gisela', 'Lieselotte', 'Ursula', 'Bärbel', 'Anneliese'],
    m: ['Jürgen', 'Götz', 'Wolfgang', 'Ludwig', 'Björn', 'Dieter'],
    family: ['Weißmüller', 'Schönberger', 'Grüßner', 'Hößl', 'Überall', 'Strauß', 'Kälin', 'Brändli'],
  },
  pl: {
    f: ['Małgorzata', 'Agnieszka', 'Bożena', 'Grażyna', 'Jadwiga'],
    m: ['Grzegorz', 'Przemysław', 'Wojciech', 'Zbigniew', 'Łukasz'],
    family: ['Wróblewski', 'Szczepańska', 'Krzyżanowski', 'Błaszczyk', 'Zając', 'Kowalczyk'],
  },
  ng: {
    f: ['Chiamaka', 'Oluwaseun', 'Ngozi', 'Folasade', 'Hauwa', 'Adaeze'],
    m: ['Chukwuemeka', 'Babatunde', 'Obinna', 'Olumide', 'Ibrahim', 'Ikechukwu'],
    family: ['Okonkwo', 'Adeyemi', 'Nwachukwu', 'Balogun', 'Eze', 'Okafor-Bello', 'Oyelaran'],
  },
  word: {
    f: ['Rose', 'Hope', 'Faith', 'Summer', 'Joy', 'Grace', 'Holly', 'Dawn'],
    m: ['Bill', 'Will', 'Mark', 'Grant', 'Chase', 'Rich', 'Drew', 'Cliff'],
    family: ['Young', 'King', 'Rich', 'Bush', 'Hale', 'Best', 'Sharp', 'Little', 'Moody', 'Strong'],
  },
};

const CULTURES: readonly [Culture, number][] = [
  ['za', 3],
  ['in', 3],
  ['sg', 2],
  ['my', 1],
  ['ph', 2],
  ['kr', 2],
  ['cn', 2],
  ['ar', 2],
  ['hisp', 3],
  ['pt', 1],
  ['de', 2],
  ['pl', 1],
  ['ng', 2],
  ['word', 4],
];

export interface Person {
  culture: Culture;
  sex: 'f' | 'm';
  given: string;
  family: string;
  /** The name as its bearer writes it (family first where that is the custom). */
  full: string;
  /** Title and family name form: "Mr Dlamini", "Ms Fernández Ruiz", "Encik Rahman"'s family part. */
  formal: string;
}

function fullName(culture: Culture, sex: 'f' | 'm', given: string, family: string, g: Gen): string {
  switch (culture) {
    case 'sg':
    case 'cn':
      return g.chance(0.3) ? `${family.toUpperCase()} ${given}` : `${family} ${given}`;
    case 'kr':
      return g.chance(0.7) ? `${family} ${given}` : `${given} ${family}`;
    case 'my':
      return `${given} ${sex === 'f' ? 'binti' : 'bin'} ${family}`;
    case 'ar':
      return sex === 'm' && g.chance(0.6)
        ? `${given} bin ${g.pick(LISTS.ar.m)} ${family}`
        : `${given} ${family}`;
    default:
      return `${given} ${family}`;
  }
}

export function person(g: Gen, culture: Culture = g.weighted(CULTURES), sex?: 'f' | 'm'): Person {
  const list = LISTS[culture];
  const s = sex ?? (g.chance(0.5) ? 'f' : 'm');
  const given = g.pick(list[s]);
  const family = g.pick(list.family);
  const full = fullName(culture, s, given, family, g);
  return { culture, sex: s, given, family, full, formal: culture === 'my' ? given : family };
}

/** A family member who shares the family name (ignored where the family name is a patronymic). */
export function relative(g: Gen, of: Person, sex?: 'f' | 'm'): Person {
  const p = person(g, of.culture, sex);
  if (of.culture === 'my' || of.culture === 'hisp') return p;
  const family = of.family;
  return { ...p, family, full: fullName(p.culture, p.sex, p.given, family, g), formal: family };
}

export const nameSpan = (p: Person): Span => phi('name', p.full);
export const givenSpan = (p: Person): Span => phi('name', p.given);
export const familySpan = (p: Person): Span => phi('name', p.formal);

/** "Mr Dlamini", "Mrs. Iyer", "Ms Al-Harthi": the title is not labeled. */
export function titled(g: Gen, p: Person): Frag {
  const title = p.sex === 'f' ? g.pick(['Ms', 'Mrs', 'Ms.', 'Mrs.']) : g.pick(['Mr', 'Mr.']);
  return t`${title} ${familySpan(p)}`;
}

const CREDENTIALS = [
  'RN',
  'NP',
  'PA-C',
  'MBBS',
  'MBBS, FRCP',
  'MD',
  'BSN, RN',
  'LCSW',
  'DDS',
  'PT, DPT',
  'PharmD',
  'CNM',
  'EMT-P',
  'MBChB',
  'MSW',
  'RD',
];

/** A clinician as they sign: "Zanele Nkosi, RN", "Dr. Venkatesh Iyer MBBS, FRCP". */
export function clinician(
  g: Gen,
  credential: string = g.pick(CREDENTIALS),
): { person: Person; signed: Frag; cred: string } {
  const p = person(g);
  const dr = /MD|MBBS|MBChB|DDS|DPT/.test(credential) && g.chance(0.4) ? 'Dr. ' : '';
  const sep = g.chance(0.7) ? ', ' : ' ';
  return { person: p, signed: t`${dr}${nameSpan(p)}${sep}${credential}`, cred: credential };
}

/** The name in another case, as legacy systems and chat write it. */
export function nameAs(p: Person, style: 'upper' | 'lower' | 'lastFirst' | 'as-is'): Span {
  if (style === 'upper') return phi('name', p.full.toUpperCase(), 'name-upper');
  if (style === 'lower') return phi('name', p.full.toLowerCase(), 'name-lower');
  if (style === 'lastFirst') return phi('name', `${p.family.toUpperCase()}, ${p.given}`, 'name-last-first');
  return phi('name', p.full);
}

/** The word for a relative that agrees with their sex: "daughter" or "son". */
export function kinWord(g: Gen, p: Person, female: readonly string[], male: readonly string[]): string {
  return g.pick(p.sex === 'f' ? female : male);
}
