/** Blind split: how people are named in its documents, in forms the other splits do not use. */
import type { Gen } from '../context';
import { type Piece, phi, t } from '../fragment';
import type { Person } from '../people';

/** A patient or relative, named as the blind split's documents name them. */
export function nameOf(g: Gen, p: Person, forms?: readonly string[]): Piece {
  const all: Record<string, () => Piece> = {
    full: () => phi('name', `${p.first} ${p.last}`, 'full'),
    given_upper_last: () => phi('name', `${p.first} ${p.last.toUpperCase()}`, 'given_upper_last'),
    upper_last_first: () => phi('name', `${p.last.toUpperCase()}, ${p.first}`, 'upper_last_first'),
    last_first: () => phi('name', `${p.last}, ${p.first}`, 'last_first'),
    last_first_middle: () => phi('name', `${p.last}, ${p.first} ${p.middle}`, 'last_first_middle'),
    title_last: () =>
      t`${g.pick(p.sex === 'female' ? ['Mrs', 'Ms', 'Miss'] : ['Mr', 'Mr.'])} ${phi('name', p.last, 'title_last')}`,
    first: () => phi('name', p.first, 'first'),
    first_middle_last: () => phi('name', `${p.first} ${p.middle} ${p.last}`, 'first_middle_last'),
  };
  const name = g.pick(forms ?? Object.keys(all));
  return (all[name] as () => Piece)();
}

/** A clinician as a signature, a header or a colleague mentions them. */
export function clinician(g: Gen, p: Person): Piece {
  return g.pick([
    () => t`Dr ${phi('name', p.last, 'dr_last')}`,
    () => t`Prof. ${phi('name', `${p.first} ${p.last}`, 'prof_full')}`,
    () => t`${phi('name', `${p.first} ${p.last}`, 'full')}, RN, BSN`,
    () => t`${phi('name', `${p.last}, ${p.first}`, 'last_first')} (NP)`,
    () => t`${phi('name', `${p.first} ${p.middle[0]}. ${p.last}`, 'full_middle')}, MD, PhD`,
    () => t`Dr. ${phi('name', p.last.toUpperCase(), 'dr_upper')}`,
  ])();
}

/** A speaker label in a transcript: "DR. BERG", "Nurse Okafor". */
export function speaker(g: Gen, p: Person): Piece {
  return g.pick([
    () => t`DR. ${phi('name', p.last.toUpperCase(), 'speaker')}`,
    () => t`Dr. ${phi('name', p.last, 'speaker')}`,
    () => t`Nurse ${phi('name', p.first, 'speaker')}`,
  ])();
}
