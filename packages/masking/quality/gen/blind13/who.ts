/**
 * People and places of blind split 13: its own first and family names (many traditions,
 * particles, hyphens, apostrophes), US towns and streets. Invented combinations, no real people.
 */
import type { Gen } from '../context';
import { keep, phi, type Span } from '../fragment';

const FIRST = [
  'Marisol',
  'Tobiah',
  'Ingrid',
  'Dashiell',
  'Nkechi',
  'Paloma',
  'Ruairí',
  'Thuy',
  'Eldon',
  'Saoirse',
  'Kwabena',
  'Lucinda',
  'Radomir',
  'Anouk',
  'Temperance',
  'Yusuf',
  'Wren',
  'Ottoline',
  'Jasper',
  'Imani',
  'Bartholomew',
  'Xiomara',
  'Leland',
  'Hollis',
  'Perpetua',
  'Soren',
  'Aurelio',
  'Chioma',
  'Dov',
  'Ximena',
  'Garnet',
  'Mireille',
  'Alder',
  'Henrike',
  'Tavita',
  'Jolene',
  'Ezekiel',
  'Sunniva',
  'Kalani',
  'Rosalind',
  'Cosmo',
  'Nilufar',
  'Gideon',
  'Faustina',
  'Bram',
  'Oyelaran',
  'May',
  'Hope',
  'Joy',
  'Grant',
];
const LAST = [
  'Quennell',
  'Abernathy-Oduya',
  'Vasquez-Tierney',
  "O'Dowd",
  'van der Heijde',
  'Kowalczyk',
  'Nakashima',
  'Achterberg',
  'Okonkwo-Reyes',
  'Delacroix',
  'Lindgren',
  'Mbatha',
  'Fairweather',
  'Szymańska',
  'Thornbury',
  'Adeyemi',
  'Castellanos',
  'Hollingsworth',
  'Ngata',
  'Papadakis',
  'Rautenbach',
  'Yilmazer',
  'Dubois-Marchetti',
  'MacAskill',
  'Esterhuizen',
  'Oyelowo',
  'Pruett',
  'Villaseñor',
  'Brannigan',
  'Tsosie',
  'Halvorsen',
  'Kirkwood',
  'Anand',
  'Stroud',
  'de la Fuente',
  'Wojcik',
  'Ballard',
  'Mercer',
  'Rainwater',
  'Iwu',
  'Sandoval',
  'Hart',
  'Moss',
  'Frost',
  'Banks',
  'Lamb',
  'Quist',
  'Obi',
];

const STREETS = [
  'Larkspur',
  'Old Quarry',
  'Tallowwood',
  'Bittern',
  'Wexford',
  'Candlebrook',
  'Juniper Hill',
  'Sawmill',
  'Ferncliff',
  'Greenbriar',
  'Pheasant Run',
  'Cobblestone',
  'Wickham',
  'Alder Creek',
  'Martin Luther King Jr',
  'Rosewood',
];
const SUFFIXES = ['St', 'Street', 'Ave', 'Rd', 'Lane', 'Ln', 'Ct', 'Dr', 'Blvd', 'Way', 'Pkwy', 'Terrace'];
const TOWNS: [string, string][] = [
  ['Bemidji', 'MN'],
  ['Cheyenne', 'WY'],
  ['Kalispell', 'MT'],
  ['Tahlequah', 'OK'],
  ['Nacogdoches', 'TX'],
  ['Opelousas', 'LA'],
  ['Chillicothe', 'OH'],
  ['Poughkeepsie', 'NY'],
  ['Bozeman', 'MT'],
  ['Hattiesburg', 'MS'],
  ['Kennewick', 'WA'],
  ['Dothan', 'AL'],
  ['Keene', 'NH'],
  ['Hagerstown', 'MD'],
  ['Lompoc', 'CA'],
  ['Sandusky', 'OH'],
  ['Valdosta', 'GA'],
  ['Bangor', 'ME'],
  ['Pueblo', 'CO'],
  ['Winona', 'MN'],
];

export interface Who {
  first: string;
  last: string;
  middle: string;
  sex: 'f' | 'm';
  dob: Date;
  age: number;
}

export function who(g: Gen, minAge = 1, maxAge = 99): Who {
  const age = g.int(minAge, maxAge);
  return {
    first: g.pick(FIRST),
    last: g.pick(LAST),
    middle: g.pick(FIRST),
    sex: g.chance(0.5) ? 'f' : 'm',
    dob: new Date(Date.UTC(2025 - age, g.int(0, 9), g.int(1, 28))),
    age,
  };
}

/** A patient, a third of them over 89 (whose age is PHI). */
export function patient(g: Gen): Who {
  return g.chance(0.33) ? who(g, 90, 103) : who(g, 1, 88);
}

export function staff(g: Gen): Who {
  return who(g, 27, 68);
}

export type Form = 'full' | 'lf' | 'LF' | 'fi' | 'first' | 'last' | 'lower' | 'fml' | 'initials';

export function nm(p: Who, form: Form = 'full'): Span {
  const v: Record<Form, string> = {
    full: `${p.first} ${p.last}`,
    lf: `${p.last}, ${p.first}`,
    LF: `${p.last}, ${p.first}`.toUpperCase(),
    fi: `${p.first[0]}. ${p.last}`,
    first: p.first,
    last: p.last,
    lower: `${p.first} ${p.last}`.toLowerCase(),
    fml: `${p.first} ${p.middle[0]}. ${p.last}`,
    initials: `${p.first[0]}${p.last[0]}`,
  };
  return phi('name', v[form], form);
}

export function anyNm(g: Gen, p: Who, forms: readonly Form[] = ['full', 'lf', 'fi', 'fml', 'LF']): Span {
  return nm(p, g.pick(forms));
}

/** The age as a label: PHI over 89, a keep string otherwise. */
export function ageOf(p: Who): Span {
  return p.age > 89 ? phi('age', String(p.age)) : keep('age_under_90', String(p.age));
}

/** A slug of a name for handles, file names and e-mail local parts. */
export function slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

export function emailOf(g: Gen, p: Who): Span {
  const f = slug(p.first);
  const l = slug(p.last);
  const local = g.pick([`${f}.${l}`, `${f[0]}${l}`, `${f}${l}${g.int(1, 99)}`, `${l}.${f}`, `${f}_${l[0]}`]);
  return phi(
    'email',
    `${local}@${g.pick(['gmail.example', 'outlook.example', 'yahoo.example', 'proton.example', 'icloud.example'])}`,
  );
}

/** A work address at an invented health system's domain. */
export function workEmail(_g: Gen, p: Who): Span {
  const domains = ['tamarackvalley.example', 'harrowgate-hosp.example', 'greywaterhealth.example'];
  const domain = domains[(p.first.length + p.last.length) % domains.length] as string;
  return phi('email', `${slug(p.first)}.${slug(p.last)}@${domain}`);
}

export function street(g: Gen): Span {
  const unit = g.chance(0.25)
    ? g.pick([` Apt ${g.int(1, 40)}${g.letters(1, 'ABCD')}`, ` Unit ${g.int(100, 999)}`, ` #${g.int(2, 19)}`])
    : '';
  return phi('street_address', `${g.int(12, 9899)} ${g.pick(STREETS)} ${g.pick(SUFFIXES)}${unit}`);
}

export interface Place {
  street: Span;
  city: Span;
  state: string;
  zip: Span;
}

export function place(g: Gen): Place {
  const [town, state] = g.pick(TOWNS);
  const five = `${g.int(1, 9)}${g.digits(4)}`;
  return {
    street: street(g),
    city: phi('geo', town, 'city'),
    state,
    zip: g.chance(0.3) ? phi('zip', `${five}-${g.digits(4)}`, 'zip4') : phi('zip', five, 'zip5'),
  };
}
