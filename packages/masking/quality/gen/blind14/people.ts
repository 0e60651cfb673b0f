/**
 * People of blind split 14 and the many ways their names are written. SYNTHETIC DATA ONLY.
 * Only the name is labeled: titles ("Dr", "Sister", "Alhaji"), possessive "'s" and the
 * surrounding punctuation stay outside the span.
 */
import type { Gen } from '../context';
import { type Piece, phi, t } from '../fragment';
import { AKAN_DAY, POPULATIONS, type Population, type Region, WESTERN_GIVEN } from './names';

export interface Person {
  region: Region;
  sex: 'female' | 'male';
  given: string;
  family: string;
  /** The name as the person's own community writes it in full. */
  full: string;
  nick: string;
  dob: Date;
  age: number;
}

/** Today's date for the split's documents' ages. */
const YEAR_NOW = 2025;

function fullName(g: Gen, pop: Population, sex: 'female' | 'male', given: string, family: string): string {
  switch (pop.style) {
    case 'chinese':
      return g.chance(0.25) ? `${g.pick(WESTERN_GIVEN[sex])} ${family} ${given}` : `${family} ${given}`;
    case 'malay':
      return `${given} ${sex === 'female' ? 'binte' : 'bin'} ${family}`;
    case 'tamil':
      return g.chance(0.4) ? `${given} ${sex === 'female' ? 'd/o' : 's/o'} ${family}` : `${given} ${family}`;
    case 'sikh':
      return `${given} ${sex === 'female' ? 'Kaur' : 'Singh'} ${family}`;
    default:
      return `${given} ${family}`;
  }
}

export function person(g: Gen, region: Region, opts: { minAge?: number; maxAge?: number } = {}): Person {
  const pop = g.weighted(POPULATIONS[region]);
  const sex = g.chance(0.5) ? 'female' : 'male';
  const age = g.int(opts.minAge ?? 19, opts.maxAge ?? 86);
  const dob = new Date(Date.UTC(YEAR_NOW - age, g.int(0, 9), g.int(1, 28)));
  const given =
    region === 'gh' && g.chance(0.5) ? (AKAN_DAY[sex][dob.getUTCDay()] as string) : g.pick(pop[sex]);
  let family = g.pick(pop.family);
  if (family === given) family = g.pick(pop.family.filter((f) => f !== given));
  return {
    region,
    sex,
    given,
    family,
    full: fullName(g, pop, sex, given, family),
    nick: g.pick(pop.nick),
    dob,
    age,
  };
}

/** A patient old enough, sometimes, that the age itself is PHI. */
export function patient(g: Gen, region: Region, oldShare = 0.2): Person {
  return g.chance(oldShare)
    ? person(g, region, { minAge: 90, maxAge: 101 })
    : person(g, region, { minAge: 2, maxAge: 88 });
}

export function staff(g: Gen, region: Region): Person {
  return person(g, region, { minAge: 27, maxAge: 66 });
}

const TITLES: Record<'female' | 'male', readonly string[]> = {
  female: ['Mrs', 'Ms', 'Miss', 'Mrs.', 'Madam'],
  male: ['Mr', 'Mr.'],
};

export type NameForm =
  | 'full'
  | 'caps_full'
  | 'family_caps_first'
  | 'title_family'
  | 'initial_family'
  | 'initials'
  | 'given'
  | 'nick'
  | 'lower'
  | 'family';

/** A name piece: only the name itself is labeled. */
export function nameAs(g: Gen, p: Person, form: NameForm): Piece {
  switch (form) {
    case 'full':
      return phi('name', p.full, form);
    case 'caps_full':
      return phi('name', p.full.toUpperCase(), form);
    case 'family_caps_first':
      return phi('name', `${p.family.toUpperCase()}, ${p.given}`, form);
    case 'title_family':
      return t`${g.pick(TITLES[p.sex])} ${phi('name', p.family, form)}`;
    case 'initial_family':
      return phi(
        'name',
        `${p.given[0]}${g.pick(['.', '', '. '])}${g.chance(0.5) ? ' ' : ''}${p.family}`.replace(/\s+/g, ' '),
        form,
      );
    case 'initials':
      return phi(
        'name',
        g.chance(0.5)
          ? `${p.given[0]}.${p.family[0]?.toUpperCase()}.`
          : `${p.given[0]}${p.family[0]?.toUpperCase()}`,
        form,
      );
    case 'given':
      return phi('name', p.given, form);
    case 'nick':
      return phi('name', p.nick, form);
    case 'lower':
      return phi('name', p.full.toLowerCase(), form);
    case 'family':
      return phi('name', p.family, form);
  }
}

export function anyNameAs(g: Gen, p: Person, forms: readonly NameForm[]): Piece {
  return nameAs(g, p, g.pick(forms));
}

const CLINICIAN_TITLES = ['Dr', 'Dr.', 'Prof', 'Mr', 'Ms', 'Sister', 'Matron', 'Nurse', 'Prof.'];

/** Staff as they are written: "Dr Ndlovu", "Sister N. Mkhize", "K. Reddy (Reg)", "Mr Pemberton". */
export function staffName(g: Gen, p: Person, titles: readonly string[] = CLINICIAN_TITLES): Piece {
  const fit = titles.filter((x) =>
    p.sex === 'female' ? !/^Mr/.test(x) : !/^(Ms|Mrs|Miss|Sister|Sr|Matron|Madam)/.test(x),
  );
  const title = g.pick(fit.length ? fit : titles);
  switch (g.int(0, 4)) {
    case 0:
      return t`${title} ${phi('name', p.family, 'staff_family')}`;
    case 1:
      return t`${title} ${phi('name', p.full, 'staff_full')}`;
    case 2:
      return t`${title} ${phi('name', `${p.given[0]}. ${p.family}`, 'staff_initial')}`;
    case 3:
      return phi('name', `${p.given} ${p.family}`, 'staff_bare');
    default:
      return phi('name', `${p.family.toUpperCase()} ${p.given[0]}`, 'staff_caps');
  }
}

/** Initials with a full stop or without, as trial and safety reports write a patient. */
export function patientInitials(p: Person): string {
  const parts = `${p.given} ${p.family}`.split(/[\s-]+/).filter((s) => /^[A-Za-z]/.test(s));
  return parts.map((s) => s[0]?.toUpperCase()).join('');
}
