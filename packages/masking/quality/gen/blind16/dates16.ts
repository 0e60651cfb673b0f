/** Dates as US clinical staff type them, from "03/14/2024" to "3/14" and "mar 14". */
import type { Gen } from '../context';
import { MONTHS } from '../dates';
import { phi, type Span } from '../fragment';

const pad = (n: number): string => String(n).padStart(2, '0');
const mon = (d: Date): string => (MONTHS[d.getUTCMonth()] as string).slice(0, 3);
const m = (d: Date): number => d.getUTCMonth() + 1;
const day = (d: Date): number => d.getUTCDate();
const y = (d: Date): number => d.getUTCFullYear();

const FORMS: Record<string, (d: Date) => string> = {
  mm_dd_yyyy: (d) => `${pad(m(d))}/${pad(day(d))}/${y(d)}`,
  m_d_yyyy: (d) => `${m(d)}/${day(d)}/${y(d)}`,
  m_d_yy: (d) => `${m(d)}/${day(d)}/${String(y(d)).slice(2)}`,
  dashed: (d) => `${pad(m(d))}-${pad(day(d))}-${y(d)}`,
  iso: (d) => d.toISOString().slice(0, 10),
  long: (d) => `${MONTHS[d.getUTCMonth()]} ${day(d)}, ${y(d)}`,
  abbr: (d) => `${mon(d)} ${day(d)}, ${y(d)}`,
  abbr_dot: (d) => `${mon(d)}. ${day(d)}, ${y(d)}`,
  dd_mon_yyyy: (d) => `${pad(day(d))}-${mon(d)}-${y(d)}`,
  upper_mon: (d) => `${pad(day(d))}${mon(d).toUpperCase()}${y(d)}`,
};

/** Short forms busy people type when the year is obvious. */
const SHORT: Record<string, (d: Date) => string> = {
  m_d: (d) => `${m(d)}/${day(d)}`,
  month_day: (d) => `${MONTHS[d.getUTCMonth()]} ${day(d)}`,
  lower_mon_day: (d) => `${mon(d).toLowerCase()} ${day(d)}`,
};

/** Month and year only: still finer than a year, so still PHI. */
const MONTH_YEAR: Record<string, (d: Date) => string> = {
  mm_yyyy: (d) => `${pad(m(d))}/${y(d)}`,
  month_yyyy: (d) => `${MONTHS[d.getUTCMonth()]} ${y(d)}`,
  mon_yy: (d) => `${mon(d)} '${String(y(d)).slice(2)}`,
};

function draw(g: Gen, forms: Record<string, (d: Date) => string>, d: Date, form?: string): Span {
  const name = form && forms[form] ? form : g.pick(Object.keys(forms));
  return phi('date', (forms[name] as (d: Date) => string)(d), name);
}

/** A full date in any common US form (or the one named). */
export function dateOf(g: Gen, d: Date, form?: string): Span {
  return draw(g, FORMS, d, form);
}

/** A date without its year ("3/14", "March 14"). */
export function shortDate(g: Gen, d: Date): Span {
  return draw(g, SHORT, d);
}

export function monthYear(g: Gen, d: Date): Span {
  return draw(g, MONTH_YEAR, d);
}

/** Full forms mostly, sometimes the short ones, as free text mixes them. */
export function looseDate(g: Gen, d: Date): Span {
  return g.chance(0.7) ? dateOf(g, d) : shortDate(g, d);
}

/** A day of care in 2024 or 2025. */
export function careDay(g: Gen): Date {
  return new Date(Date.UTC(g.int(2024, 2025), g.int(0, 11), g.int(1, 28)));
}

/** A day in the years before (past history, prior studies). */
export function pastDay(g: Gen): Date {
  return new Date(Date.UTC(g.int(2012, 2023), g.int(0, 11), g.int(1, 28)));
}

export function plusDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86_400_000);
}

/** A clock time, never labeled: times of day alone identify no one. */
export function clock(g: Gen): string {
  return g.pick([
    `${pad(g.int(0, 23))}${pad(g.int(0, 59))}`,
    `${g.int(1, 12)}:${pad(g.int(0, 59))} ${g.pick(['AM', 'PM', 'am', 'pm'])}`,
    `${pad(g.int(6, 22))}:${pad(g.int(0, 59))}`,
  ]);
}
