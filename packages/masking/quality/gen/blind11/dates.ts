/** Person-tied dates of blind split 11 in the spellings records and people use. SYNTHETIC ONLY. */
import type { Gen } from '../context';
import { phi, type Span } from '../fragment';

const MONTHS = [
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
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const pad = (n: number): string => String(n).padStart(2, '0');

type Fmt = (d: Date) => string;
const y = (d: Date): number => d.getUTCFullYear();
const m = (d: Date): number => d.getUTCMonth() + 1;
const day = (d: Date): number => d.getUTCDate();
const mon = (d: Date): string => (MONTHS[d.getUTCMonth()] as string).slice(0, 3);
const wd = (d: Date): string => DAYS[d.getUTCDay()] as string;

const FORMATS: Record<string, Fmt> = {
  iso: (d) => `${y(d)}-${pad(m(d))}-${pad(day(d))}`,
  us: (d) => `${pad(m(d))}/${pad(day(d))}/${y(d)}`,
  us_loose: (d) => `${m(d)}/${day(d)}/${y(d)}`,
  us_yy: (d) => `${m(d)}/${day(d)}/${String(y(d)).slice(2)}`,
  us_dash: (d) => `${pad(m(d))}-${pad(day(d))}-${y(d)}`,
  slash_ymd: (d) => `${y(d)}/${pad(m(d))}/${pad(day(d))}`,
  compact: (d) => `${y(d)}${pad(m(d))}${pad(day(d))}`,
  d_mon_y: (d) => `${day(d)} ${mon(d)} ${y(d)}`,
  dd_mon_yyyy: (d) => `${pad(day(d))}-${mon(d).toUpperCase()}-${y(d)}`,
  long: (d) => `${MONTHS[d.getUTCMonth()]} ${day(d)}, ${y(d)}`,
  weekday_long: (d) => `${wd(d)}, ${MONTHS[d.getUTCMonth()]} ${day(d)}, ${y(d)}`,
  weekday_short: (d) => `${wd(d).slice(0, 3)} ${m(d)}/${day(d)}/${y(d)}`,
  sloppy_lower: (d) => `${mon(d).toLowerCase()} ${day(d)} ${y(d)}`,
  sloppy_nocomma: (d) => `${MONTHS[d.getUTCMonth()]} ${day(d)} ${y(d)}`,
  dotted_eu: (d) => `${pad(day(d))}.${pad(m(d))}.${y(d)}`,
  mon_dot: (d) => `${mon(d)}. ${day(d)} ${y(d)}`,
};
export type DateForm = keyof typeof FORMATS;

export function date(g: Gen, d: Date, forms?: readonly DateForm[]): Span {
  const form = g.pick(forms ?? (Object.keys(FORMATS) as DateForm[]));
  return phi('date', (FORMATS[form] as Fmt)(d), form);
}

/** ISO date only (FHIR `birthDate`, API fields). */
export function iso(d: Date): Span {
  return phi('date', (FORMATS.iso as Fmt)(d), 'iso');
}

/** A visit or service date in 2023–2025. */
export function recent(g: Gen): Date {
  return new Date(Date.UTC(g.int(2023, 2025), g.int(0, 11), g.int(1, 28)));
}

export function plusDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86_400_000);
}

/** A clock time of day (not PHI on its own, left unlabeled). */
export function clock(g: Gen): string {
  return g.pick([
    `${pad(g.int(6, 19))}:${pad(g.int(0, 11) * 5)}`,
    `${g.int(1, 12)}:${pad(g.int(0, 11) * 5)} ${g.pick(['AM', 'PM', 'am', 'pm'])}`,
  ]);
}
