/** Dates tied to a person (birth, visit, appointment, service) in blind split 13's own spellings. */
import type { Gen } from '../context';
import { phi, type Span } from '../fragment';

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const pad = (n: number): string => String(n).padStart(2, '0');

const FORMS: Record<string, (d: Date) => string> = {
  iso: (d) => d.toISOString().slice(0, 10),
  us: (d) => `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${d.getUTCFullYear()}`,
  us_short: (d) => `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}`,
  us_yy: (d) => `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${String(d.getUTCFullYear()).slice(2)}`,
  mon_d_y: (d) => `${MON[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`,
  d_mon_y: (d) => `${d.getUTCDate()}-${MON[d.getUTCMonth()]}-${d.getUTCFullYear()}`,
  month_d: (d) => `${MONTH[d.getUTCMonth()]} ${d.getUTCDate()}`,
  slash_ymd: (d) => `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}`,
  compact: (d) => d.toISOString().slice(0, 10).replaceAll('-', ''),
  m_d: (d) => `${d.getUTCMonth() + 1}/${d.getUTCDate()}`,
};
export type DateForm = keyof typeof FORMS;

const LOOSE: DateForm[] = ['iso', 'us', 'us_short', 'us_yy', 'mon_d_y', 'd_mon_y', 'month_d', 'm_d'];

/** A date in the given form, or in one of the forms people type. */
export function day(g: Gen, d: Date, form?: DateForm): Span {
  const f = form ?? g.pick(LOOSE);
  return phi('date', (FORMS[f] as (d: Date) => string)(d), f);
}

/** A visit or appointment date in 2024-2026. */
export function visitDate(g: Gen): Date {
  return new Date(Date.UTC(g.int(2024, 2026), g.int(0, 11), g.int(1, 28)));
}

export function later(d: Date, days: number): Date {
  return new Date(d.getTime() + days * 86_400_000);
}

export const hhmm = (g: Gen): string => `${pad(g.int(7, 17))}:${g.pick(['00', '15', '30', '45'])}`;
