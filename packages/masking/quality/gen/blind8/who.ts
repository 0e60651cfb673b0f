/** People of blind split 8 and the many ways documents write their names. SYNTHETIC DATA ONLY. */
import type { Gen } from '../context';
import { type Piece, phi, type Span, t } from '../fragment';
import { CREDENTIALS, NAMES, NICKNAMES, type Tradition } from './lists';

export interface Who {
  given: string;
  family: string;
  sex: 'f' | 'm';
  tradition: Tradition;
  /** Family name written first (East Asian usage). */
  familyFirst: boolean;
}

const US_MIX: [Tradition, number][] = [
  ['us', 5],
  ['word', 3],
  ['yoruba', 1],
  ['igbo', 1],
  ['india_n', 1],
  ['india_s', 1],
  ['mexico', 2],
  ['filipino', 1],
  ['korea', 1],
  ['polish', 1],
  ['turkish', 1],
  ['kenya', 1],
];

export function who(g: Gen, tradition?: Tradition, sexOf?: 'f' | 'm'): Who {
  const tr = tradition ?? g.weighted(US_MIX);
  const list = NAMES[tr];
  const sex = sexOf ?? (g.chance(0.5) ? 'f' : 'm');
  let family = g.pick(list.family);
  // Spanish-speaking double surnames.
  if ((tr === 'mexico' || tr === 'spain') && g.chance(0.6)) {
    const second = g.pick(list.family);
    if (second !== family) family = `${family} ${second}`;
  }
  return {
    given: g.pick(sex === 'f' ? list.f : list.m),
    family,
    sex,
    tradition: tr,
    familyFirst: tr === 'japan' || tr === 'korea' || tr === 'singapore',
  };
}

export const full = (p: Who): string => (p.familyFirst ? `${p.family} ${p.given}` : `${p.given} ${p.family}`);

export const nm = (value: string): Span => phi('name', value);

/** The full name in the document's usual order. */
export function fullName(p: Who): Span {
  return nm(full(p));
}

/** One of many written forms of a name; always one labeled span, never the title. */
export function nameForm(g: Gen, p: Who): Piece {
  const initial = p.given[0] as string;
  switch (g.int(0, 9)) {
    case 0:
      return nm(`${p.family.toUpperCase()}, ${p.given}`);
    case 1:
      return nm(`${p.family}, ${p.given}`);
    case 2:
      return nm(`${initial}. ${p.family}`);
    case 3:
      return g.chance(0.5) ? t`${nm(p.given)} "${nm(g.pick(NICKNAMES))}" ${nm(p.family)}` : nm(full(p));
    case 4:
      return nm(full(p).toLowerCase());
    default:
      return nm(full(p));
  }
}

/** "Mrs Okafor", "Mr. Kim", "Ms Hope": the title stays unlabeled. */
export function titled(g: Gen, p: Who): Piece {
  const title = p.sex === 'f' ? g.pick(['Mrs', 'Ms', 'Mrs.', 'Ms.', 'Miss']) : g.pick(['Mr', 'Mr.']);
  return t`${title} ${nm(p.family)}`;
}

/** A clinician: "Dr. Haskins", "Folasade Adeyemo, RN", "K. Pruitt PT, DPT". */
export function clinician(g: Gen, p: Who, credential = g.pick(CREDENTIALS)): Piece {
  const doctor = credential === 'MD' || credential === 'DO';
  switch (g.int(0, 3)) {
    case 0:
      return doctor ? t`Dr. ${nm(p.family)}` : t`${nm(full(p))}, ${credential}`;
    case 1:
      return t`${nm(`${p.given[0]}. ${p.family}`)} ${credential}`;
    case 2:
      return t`${nm(full(p))} ${credential}`;
    default:
      return doctor ? t`Dr ${nm(full(p))}` : t`${nm(full(p))}, ${credential}`;
  }
}

/** Initials only, as incident reports and chat logs write them ("pt J.K."). */
export function initials(p: Who): Span {
  const first = p.familyFirst ? p.family : p.given;
  const second = p.familyFirst ? p.given : p.family;
  return nm(`${first[0]}.${second[0]}.`);
}
