/** The people, places and dates one synthetic document is about. */
import type { Gen } from './context';
import { addDays, recentDate } from './dates';
import { phi, type Span } from './fragment';
import { ageUnder90 } from './keep-vocab';
import { ageOf, type Person, person } from './people';
import { type Address, address } from './places';

export interface Cast {
  pt: Person;
  relative: Person;
  relation: string;
  attending: Person;
  consultant: Person;
  addr: Address;
  admit: Date;
  discharge: Date;
  age: number;
}

const RELATIONS = [
  'daughter',
  'son',
  'wife',
  'husband',
  'sister',
  'brother',
  'niece',
  'grandson',
  'partner',
  'mother',
];

export function cast(g: Gen): Cast {
  const old = g.chance(0.3);
  const pt = person(g, old ? { minAge: 90, maxAge: 104 } : { minAge: 19, maxAge: 88 });
  const admit = recentDate(g);
  return {
    pt,
    relative: person(g),
    relation: g.pick(RELATIONS),
    attending: person(g, { minAge: 30, maxAge: 70 }),
    consultant: person(g, { minAge: 30, maxAge: 70 }),
    addr: address(g),
    admit,
    discharge: addDays(admit, g.int(1, 12)),
    age: ageOf(pt),
  };
}

/** The patient's age: PHI when over 89 (Safe Harbor), a keep string otherwise. */
export function ageSpan(g: Gen, c: Cast): Span {
  return c.age > 89 ? phi('age', String(c.age)) : ageUnder90(g, c.age);
}

export function sexWord(c: Cast): string {
  return c.pt.sex === 'female' ? 'woman' : 'man';
}

export function pronoun(c: Cast): string {
  return c.pt.sex === 'female' ? 'She' : 'He';
}
