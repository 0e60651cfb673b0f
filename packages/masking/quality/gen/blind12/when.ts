/** Dates and ages of blind split 12, in US and Commonwealth order. SYNTHETIC ONLY. */
import type { Gen } from '../context';
import { MONTHS } from '../dates';
import { phi, type Span } from '../fragment';
import type { Person } from './people';
import { ageKeep } from './vocab';

const pad = (n: number): string => String(n).padStart(2, '0');
const mon = (d: Date): string => (MONTHS[d.getUTCMonth()] as string).slice(0, 3);

export type Order = 'us' | 'cw';

/** A date in a form the country writes; Commonwealth forms put the day first. */
export function dateOf(g: Gen, d: Date, order: Order = 'us'): Span {
  const day = d.getUTCDate();
  const m = d.getUTCMonth() + 1;
  const y = d.getUTCFullYear();
  const forms =
    order === 'us'
      ? [
          `${pad(m)}/${pad(day)}/${y}`,
          `${m}/${day}/${String(y).slice(2)}`,
          `${MONTHS[m - 1]} ${day}, ${y}`,
          `${mon(d)} ${day} ${y}`,
          `${y}-${pad(m)}-${pad(day)}`,
        ]
      : [
          `${pad(day)}/${pad(m)}/${y}`,
          `${day}/${m}/${String(y).slice(2)}`,
          `${day} ${MONTHS[m - 1]} ${y}`,
          `${pad(day)}-${mon(d).toUpperCase()}-${y}`,
          `${day}.${m}.${y}`,
        ];
  return phi('date', g.pick(forms), order);
}

/** A date without the year ("14 Mar", "3/14"), as running notes write recent ones. */
export function shortDate(g: Gen, d: Date, order: Order = 'us'): Span {
  const day = d.getUTCDate();
  const m = d.getUTCMonth() + 1;
  const forms = order === 'us' ? [`${m}/${day}`, `${mon(d)} ${day}`] : [`${day}/${m}`, `${day} ${mon(d)}`];
  return phi('date', g.pick(forms), 'no_year');
}

export function recent(g: Gen): Date {
  return new Date(Date.UTC(g.int(2023, 2025), g.int(0, 11), g.int(1, 28)));
}

export function plusDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * 86_400_000);
}

/** The person's age: PHI over 89, a keep string otherwise. */
export function ageSpan(p: Person): Span {
  return p.age > 89 ? phi('age', String(p.age)) : ageKeep(p.age);
}
