/**
 * Synthetic people: names from faker's locale dictionaries, plus invented names built from
 * syllables, so the set has names no dictionary holds (as real patients' often are not).
 */
import type { Gen } from './context';
import { type Piece, phi, t } from './fragment';

export interface Person {
  first: string;
  middle: string;
  last: string;
  sex: 'female' | 'male';
  dob: Date;
}

/** The splits with syllables of their own; every later blind split draws on the blind split's. */
type SyllableSplit = 'dev' | 'heldout' | 'blind';

const SYLLABLES: Record<SyllableSplit, { onset: string[]; rime: string[]; coda: string[] }> = {
  dev: {
    onset: ['Bra', 'Ke', 'Mor', 'Ta', 'Vel', 'Dri', 'So', 'Qua', 'Len', 'Ha', 'Zo', 'Pry'],
    rime: ['ven', 'li', 'mar', 'tos', 'ric', 'don', 'sel', 'bur', 'nia', 'vik'],
    coda: ['a', 'o', 'en', 'ard', 'ley', 'is', 'ton', 'ek'],
  },
  heldout: {
    onset: ['Ysa', 'Gro', 'Fen', 'Uly', 'Chu', 'Wam', 'Ots', 'Kiv', 'Ned', 'Oro', 'Tse', 'Bal'],
    rime: ['dre', 'mu', 'kav', 'lin', 'zar', 'pho', 'tig', 'wes', 'nob'],
    coda: ['e', 'u', 'ith', 'ova', 'ski', 'ane', 'ez', 'um'],
  },
  blind: {
    onset: ['Akw', 'Ibe', 'Quo', 'Sva', 'Thu', 'Emb', 'Jor', 'Pav', 'Rho', 'Nyx', 'Ulf', 'Dag'],
    rime: ['ari', 'ong', 'elu', 'kka', 'vro', 'sim', 'edu', 'laq', 'ynn'],
    coda: ['i', 'o', 'sen', 'ova', 'oğlu', 'ay', 'ette', 'ur'],
  },
};

function inventedName(g: Gen): string {
  const s = SYLLABLES[g.split === 'dev' || g.split === 'heldout' ? g.split : 'blind'];
  const parts = [g.pick(s.onset), g.pick(s.rime)];
  if (g.chance(0.5)) parts.push(g.pick(s.coda));
  return parts.join('');
}

export function person(g: Gen, opts: { minAge?: number; maxAge?: number } = {}): Person {
  const sex = g.chance(0.5) ? 'female' : 'male';
  const f = g.anyLocale();
  const invented = g.chance(g.split === 'dev' ? 0.1 : g.split === 'heldout' ? 0.15 : 0.2);
  const first = invented ? inventedName(g) : f.person.firstName(sex);
  const last = invented || g.chance(0.05) ? inventedName(g) : f.person.lastName(sex);
  const middle = f.person.firstName(sex);
  const age = g.int(opts.minAge ?? 18, opts.maxAge ?? 88);
  const dob = new Date(Date.UTC(2025 - age, g.int(0, 11), g.int(1, 28)));
  return { first, middle, last, sex, dob };
}

/** Age in whole years on 2025-11-01 (the set's "today"). */
export function ageOf(p: Person): number {
  return 2025 - p.dob.getUTCFullYear() - (p.dob.getUTCMonth() > 9 ? 1 : 0);
}

export type NameForm =
  | 'full'
  | 'full_middle'
  | 'last_first'
  | 'upper_last_first'
  | 'title_last'
  | 'dr_full'
  | 'initial_last'
  | 'initials'
  | 'first'
  | 'last_first_middle'
  | 'hl7';

const TITLES = { female: ['Ms.', 'Mrs.', 'Ms'], male: ['Mr.', 'Mr'] };

/** The person's name in one of the forms notes and records use; only the name is labeled. */
export function nameIn(g: Gen, p: Person, form: NameForm): Piece {
  switch (form) {
    case 'full':
      return phi('name', `${p.first} ${p.last}`, form);
    case 'full_middle':
      return phi('name', `${p.first} ${p.middle[0]}. ${p.last}`, form);
    case 'last_first':
      return phi('name', `${p.last}, ${p.first}`, form);
    case 'upper_last_first':
      return phi('name', `${p.last}, ${p.first}`.toUpperCase(), form);
    case 'title_last':
      return t`${g.pick(TITLES[p.sex])} ${phi('name', p.last, form)}`;
    case 'dr_full':
      return t`Dr. ${phi('name', `${p.first} ${p.last}`, form)}`;
    case 'initial_last':
      return phi('name', `${p.first[0]}. ${p.last}`, form);
    case 'initials':
      return phi('name', g.chance(0.5) ? `${p.first[0]}.${p.last[0]}.` : `${p.first[0]}${p.last[0]}`, form);
    case 'first':
      return phi('name', p.first, form);
    case 'last_first_middle':
      return phi('name', `${p.last}, ${p.first} ${p.middle[0]}.`, form);
    case 'hl7':
      return phi('name', `${p.last}^${p.first}^${p.middle[0]}`.toUpperCase(), form);
  }
}

/** A clinician referred to as clinicians are: "Dr. Last", "Dr. First Last", "First Last, MD". */
export function clinicianName(g: Gen, p: Person): Piece {
  const forms: (() => Piece)[] = [
    () => t`Dr. ${phi('name', p.last, 'dr_last')}`,
    () => t`Dr. ${phi('name', `${p.first} ${p.last}`, 'dr_full')}`,
    () => t`${phi('name', `${p.first} ${p.last}`, 'full')}, ${g.pick(['MD', 'DO', 'NP', 'PA-C', 'RN'])}`,
    () => t`Dr. ${phi('name', `${p.first[0]}. ${p.last}`, 'dr_initial')}`,
  ];
  if (g.split === 'heldout') {
    forms.push(
      () => t`${phi('name', `${p.last}, ${p.first}`, 'last_first')} MD`,
      () => t`Doctor ${phi('name', p.last, 'doctor_last')}`,
      () => t`${g.pick(['Nurse', 'NP'])} ${phi('name', p.first, 'first')}`,
    );
  }
  return g.pick(forms)();
}

export function anyName(g: Gen, p: Person, forms: readonly NameForm[]): Piece {
  return nameIn(g, p, g.pick(forms));
}
