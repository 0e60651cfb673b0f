/** People of blind split 17 and the ways records spell their names. All synthetic. */
import type { Gen } from '../context';
import { type Frag, phi, type Span, t } from '../fragment';
import { FEMALE_FIRST, MALE_FIRST, NICKNAMES, SURNAMES } from './names';
import { type Place, place } from './places';

export interface Who {
  first: string;
  middle: string;
  last: string;
  sex: 'F' | 'M';
  dob: Date;
  age: number;
}

/** Age in whole years on 2025-11-01, the set's "today". */
function ageOn(dob: Date): number {
  return 2025 - dob.getUTCFullYear() - (dob.getUTCMonth() > 9 ? 1 : 0);
}

export function who(g: Gen, minAge = 18, maxAge = 88): Who {
  const sex = g.chance(0.5) ? 'F' : 'M';
  const firsts = sex === 'F' ? FEMALE_FIRST : MALE_FIRST;
  const age = g.int(minAge, maxAge);
  const dob = new Date(Date.UTC(2025 - age, g.int(0, 11), g.int(1, 28)));
  return { first: g.pick(firsts), middle: g.pick(firsts), last: g.pick(SURNAMES), sex, dob, age: ageOn(dob) };
}

/** A patient: about one in four is 90 or older (their age is PHI). */
export function patient(g: Gen): Who {
  return g.chance(0.25) ? who(g, 90, 103) : who(g, 19, 88);
}

export interface Scene {
  pt: Who;
  kin: Who;
  kinRelation: string;
  doc: Who;
  nurse: Who;
  home: Place;
}

const RELATIONS = ['daughter', 'son', 'spouse', 'mother', 'father', 'sister', 'grandson', 'guardian'];

export function scene(g: Gen): Scene {
  return {
    pt: patient(g),
    kin: who(g),
    kinRelation: g.pick(RELATIONS),
    doc: who(g, 32, 70),
    nurse: who(g, 24, 64),
    home: place(g),
  };
}

export const nm = (value: string, form: string): Span => phi('name', value, form);

/** A full name as one string, in one of the spellings records use. */
export function fullName(g: Gen, p: Who, forms: readonly NameForm[] = NAME_FORMS): Span {
  const form = g.pick(forms);
  return nm(spell(p, form), form);
}

export const NAME_FORMS = ['first_last', 'last_comma_first', 'upper', 'first_mi_last', 'lower'] as const;
export type NameForm =
  | (typeof NAME_FORMS)[number]
  | 'last_first_mi'
  | 'first'
  | 'last'
  | 'nick'
  | 'initial_last';

export function spell(p: Who, form: NameForm): string {
  switch (form) {
    case 'first_last':
      return `${p.first} ${p.last}`;
    case 'last_comma_first':
      return `${p.last}, ${p.first}`;
    case 'upper':
      return `${p.last}, ${p.first}`.toUpperCase();
    case 'first_mi_last':
      return `${p.first} ${p.middle[0]}. ${p.last}`;
    case 'lower':
      return `${p.first} ${p.last}`.toLowerCase();
    case 'last_first_mi':
      return `${p.last}, ${p.first} ${p.middle[0]}`;
    case 'first':
      return p.first;
    case 'last':
      return p.last;
    case 'nick':
      return NICKNAMES[p.first] ?? p.first;
    case 'initial_last':
      return `${p.first[0]}. ${p.last}`;
  }
}

export const firstName = (p: Who): Span => nm(p.first, 'first');
export const lastName = (p: Who): Span => nm(p.last, 'last');
export const middleName = (p: Who): Span => nm(p.middle, 'middle');

const CREDENTIALS = ['MD', 'DO', 'NP', 'PA-C', 'FNP-BC', 'RN', 'MSN, APRN'];

/** "Dr. Okonkwo", "Ifeanyi Okonkwo, MD", "OKONKWO, IFEANYI MD". */
export function clinician(g: Gen, p: Who): Frag {
  return g.pick([
    () => t`Dr. ${lastName(p)}`,
    () => t`${nm(`${p.first} ${p.last}`, 'first_last')}, ${g.pick(CREDENTIALS)}`,
    () => t`${nm(`${p.last}, ${p.first}`.toUpperCase(), 'upper')} ${g.pick(CREDENTIALS)}`,
    () => t`Dr. ${nm(`${p.first[0]}. ${p.last}`, 'initial_last')}`,
  ])();
}

/** A chat or directory handle made from a staff member's name: "ngozi.eze", "deze". */
export function handle(g: Gen, p: Who): Span {
  const clean = (s: string): string =>
    s
      .normalize('NFD')
      .replace(/[^A-Za-z]/g, '')
      .toLowerCase();
  return nm(
    g.pick([
      `${clean(p.first)}.${clean(p.last)}`,
      `${clean(p.first)[0]}${clean(p.last)}`,
      `${clean(p.last)}${clean(p.first)[0]}`,
    ]),
    'handle',
  );
}
