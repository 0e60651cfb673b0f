/** Labeled names and ages of blind split 6, so every template labels them the same way. */
import type { Gen } from '../context';
import { type Frag, keep, phi, type Span, t } from '../fragment';
import { type Person, relative, staff } from './people';

export const full = (p: { first: string; last: string }): Span => phi('name', `${p.first} ${p.last}`);
export const given = (p: { first: string }): Span => phi('name', p.first);
export const surname = (p: { last: string }): Span => phi('name', p.last);
export const nick = (p: Person): Span => phi('name', p.nick);

/** A clinician or officer as a letter writes them: "Dr Fenwick", "Dr A. Fenwick", "Dr Anjali Fenwick". */
export function doctor(g: Gen, title = 'Dr'): Frag {
  const s = staff(g);
  return g.pick([
    t`${title} ${phi('name', s.last)}`,
    t`${title} ${phi('name', `${s.first[0]}. ${s.last}`)}`,
    t`${title} ${phi('name', `${s.first} ${s.last}`)}`,
    t`${title} ${phi('name', `${s.first[0]} ${s.last}`)}`,
  ]);
}

/** A staff member with no title ("Hollis Mwangi, RN"). */
export function worker(g: Gen): Span {
  const s = staff(g);
  return g.chance(0.8) ? phi('name', `${s.first} ${s.last}`) : phi('name', `${s.first[0]}. ${s.last}`);
}

/** An age: PHI above 89 (Safe Harbor), a keep string below. */
export function age(n: number): Span {
  return n > 89 ? phi('age', String(n)) : keep('age_under_90', String(n));
}

/** A patient's age, old more often than the population so ages over 89 appear in quantity. */
export function patientAge(g: Gen, min = 19): number {
  return g.chance(0.25) ? g.int(90, 104) : g.int(min, 89);
}

export function pronoun(p: Person): { he: string; his: string; him: string; man: string } {
  return p.sex === 'F'
    ? { he: 'she', his: 'her', him: 'her', man: 'woman' }
    : { he: 'he', his: 'his', him: 'him', man: 'man' };
}

export function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The word for a relative, agreeing with their sex. */
export function kinWord(g: Gen, p: Person): string {
  return p.sex === 'F'
    ? g.pick(['wife', 'daughter', 'sister', 'partner', 'niece', 'mother'])
    : g.pick(['husband', 'son', 'brother', 'partner', 'nephew', 'father']);
}

/** A relative of the person with the word for them ("daughter Siobhan O'Rourke"). */
export function kinFrag(g: Gen, of: Person): Frag {
  const r = relative(g, of);
  return t`${kinWord(g, r)} ${full(r)}`;
}
