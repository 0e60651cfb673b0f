/** People of the split: patients, relatives and staff drawn from the split's own name lists. */
import type { Gen } from '../context';
import { keep, type Piece, phi, type Span, t } from '../fragment';
import {
  CREDENTIALS,
  FEMALE_FIRST,
  MALE_FIRST,
  MIDDLE_INITIALS,
  STAFF_FIRST,
  STAFF_SURNAMES,
  SUFFIXES,
  SURNAMES,
} from './names';

export interface Someone {
  first: string;
  middle: string;
  last: string;
  suffix: string;
  sex: 'female' | 'male';
  dob: Date;
  age: number;
}

/** Surnames that join into a hyphenated one (no particles, no hyphen of their own). */
const SIMPLE_SURNAMES = SURNAMES.filter((s) => /^[\p{L}']+$/u.test(s));

/** The set's "today": ages are reckoned on this day. */
const TODAY = Date.UTC(2025, 10, 1);

export function someone(g: Gen, minAge = 19, maxAge = 88): Someone {
  const sex = g.chance(0.5) ? 'female' : 'male';
  const age = g.int(minAge, maxAge);
  const dob = new Date(Date.UTC(2025 - age - 1, g.int(0, 11), g.int(1, 28)));
  const years = Math.floor((TODAY - dob.getTime()) / (365.25 * 86_400_000));
  return {
    first: g.pick(sex === 'female' ? FEMALE_FIRST : MALE_FIRST),
    middle: g.letters(1, MIDDLE_INITIALS),
    last: g.chance(0.08) ? `${g.pick(SIMPLE_SURNAMES)}-${g.pick(SIMPLE_SURNAMES)}` : g.pick(SURNAMES),
    suffix: sex === 'male' && g.chance(0.08) ? g.pick(SUFFIXES) : '',
    sex,
    dob,
    age: years,
  };
}

/** A patient: about one in five is 90 or older, as a geriatric panel has them. */
export function patient(g: Gen, oldShare = 0.2): Someone {
  return g.chance(oldShare) ? someone(g, 90, 103) : someone(g, 19, 88);
}

export function child(g: Gen): Someone {
  return someone(g, 0, 12);
}

export function staff(g: Gen): Someone {
  const p = someone(g, 29, 68);
  return { ...p, first: g.pick(STAFF_FIRST), last: g.pick(STAFF_SURNAMES), suffix: '' };
}

/** The patient's age: PHI at 90 and over, a keep string under 90. */
export function ageOf(p: Someone): Span {
  return p.age >= 90 ? phi('age', String(p.age)) : keep('age_under_90', String(p.age));
}

const sx = (p: Someone): string => (p.suffix ? ` ${p.suffix}` : '');

export type PatientForm =
  | 'full'
  | 'full_mi'
  | 'last_first'
  | 'upper'
  | 'upper_mi'
  | 'title'
  | 'first'
  | 'lower'
  | 'lower_first';

/** The patient's name as records and busy staff write it; honorifics stay outside the label. */
export function nameOf(g: Gen, p: Someone, form: PatientForm): Piece {
  switch (form) {
    case 'full':
      return phi('name', `${p.first} ${p.last}${sx(p)}`, form);
    case 'full_mi':
      return phi('name', `${p.first} ${p.middle}. ${p.last}${sx(p)}`, form);
    case 'last_first':
      return phi('name', `${p.last}${sx(p)}, ${p.first} ${p.middle}`, form);
    case 'upper':
      return phi('name', `${p.last}, ${p.first}`.toUpperCase(), form);
    case 'upper_mi':
      return phi('name', `${p.last.toUpperCase()}, ${p.first.toUpperCase()} ${p.middle}`, form);
    case 'title':
      return t`${p.sex === 'female' ? g.pick(['Ms.', 'Mrs.', 'Ms']) : g.pick(['Mr.', 'Mr'])} ${phi('name', p.last, form)}`;
    case 'first':
      return phi('name', p.first, form);
    case 'lower':
      return phi('name', `${p.first} ${p.last}`.toLowerCase(), form);
    case 'lower_first':
      return phi('name', p.first.toLowerCase(), form);
  }
}

export function anyNameOf(g: Gen, p: Someone, forms: readonly PatientForm[]): Piece {
  return nameOf(g, p, g.pick(forms));
}

/** A clinician in a note's body: "Dr. Hale", "Dr. Sadie Hale", "S. Hale, NP", "hale". */
export function clinician(g: Gen, p: Someone): Piece {
  return g.pick([
    () => t`Dr. ${phi('name', p.last, 'dr_last')}`,
    () => t`Dr. ${phi('name', `${p.first} ${p.last}`, 'dr_full')}`,
    () => t`${phi('name', `${p.first[0]}. ${p.last}`, 'initial_last')}, ${g.pick(CREDENTIALS)}`,
    () => t`${phi('name', `${p.first} ${p.last}`, 'full')}, ${g.pick(CREDENTIALS)}`,
    () => t`dr ${phi('name', p.last.toLowerCase(), 'lower_last')}`,
  ])();
}

/** "Sadie M. Hale, MD" as a signature line writes it. */
export function signedName(g: Gen, p: Someone, credential = g.pick(CREDENTIALS)): Piece {
  return g.chance(0.5)
    ? t`${phi('name', `${p.first} ${p.middle}. ${p.last}`, 'signature')}, ${credential}`
    : t`${phi('name', `${p.first} ${p.last}`, 'signature')} ${credential}`;
}

/** What a relative is to the patient, in a word that fits the relative's sex. */
export function kinWord(
  g: Gen,
  relative: Someone,
  kinds: readonly ('child' | 'spouse' | 'sibling')[] = ['child', 'spouse'],
): string {
  const words = {
    child: relative.sex === 'female' ? 'daughter' : 'son',
    spouse: relative.sex === 'female' ? 'wife' : 'husband',
    sibling: relative.sex === 'female' ? 'sister' : 'brother',
  };
  return words[g.pick(kinds)];
}
