/** Dates and machine times of blind split 9. Dates of a person are PHI; event times are keep. */
import type { Gen } from '../context';
import { keep, phi, type Span } from '../fragment';

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A day in 2024-2025 (visits, collections, admissions). */
export function day(g: Gen): Date {
  return new Date(
    Date.UTC(g.int(2024, 2025), g.int(0, 11), g.int(1, 28), g.int(6, 21), g.int(0, 59), g.int(0, 59)),
  );
}

export const plusDays = (d: Date, n: number): Date => new Date(d.getTime() + n * 86_400_000);
export const plusSeconds = (d: Date, n: number): Date => new Date(d.getTime() + n * 1000);

const y = (d: Date): number => d.getUTCFullYear();
const m = (d: Date): string => pad(d.getUTCMonth() + 1);
const dd = (d: Date): string => pad(d.getUTCDate());
const hms = (d: Date, sep = ':'): string =>
  [d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()].map((n) => pad(n)).join(sep);

export const FORMATS = {
  compact: (d: Date) => `${y(d)}${m(d)}${dd(d)}`,
  iso: (d: Date) => `${y(d)}-${m(d)}-${dd(d)}`,
  us: (d: Date) => `${m(d)}/${dd(d)}/${y(d)}`,
  us_loose: (d: Date) => `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${String(y(d)).slice(2)}`,
  dotted: (d: Date) => `${dd(d)}.${m(d)}.${y(d)}`,
  dmy_mon: (d: Date) => `${dd(d)}-${MON[d.getUTCMonth()]}-${y(d)}`,
  mon_dy: (d: Date) => `${MON[d.getUTCMonth()]} ${d.getUTCDate()} ${y(d)}`,
  compact_time: (d: Date) => `${y(d)}${m(d)}${dd(d)}${hms(d, '')}`,
  iso_time: (d: Date) => `${y(d)}-${m(d)}-${dd(d)}T${hms(d)}`,
  slash_dmy: (d: Date) => `${dd(d)}/${m(d)}/${y(d)}`,
} as const;
export type DateForm = keyof typeof FORMATS;

/** A person's date (birth, visit, collection) in `form`, or a form picked from `forms`. */
export function pdate(g: Gen, d: Date, form: DateForm | readonly DateForm[]): Span {
  const f = typeof form === 'string' ? form : g.pick(form);
  return phi('date', FORMATS[f](d), f);
}

/** A machine event time: ISO with zone, epoch seconds or millis, syslog or SQL forms. */
export function stamp(
  g: Gen,
  d: Date,
  form?: 'iso' | 'isoz' | 'epoch' | 'epoch_ms' | 'epoch_ns' | 'syslog' | 'sql' | 'offset' | 'compact',
): Span {
  const f = form ?? g.pick(['iso', 'isoz', 'sql', 'offset'] as const);
  const ms = pad(d.getUTCMilliseconds() || g.int(1, 999), 3);
  const value = {
    iso: `${FORMATS.iso(d)}T${hms(d)}.${ms}Z`,
    isoz: `${FORMATS.iso(d)}T${hms(d)}Z`,
    epoch: String(Math.floor(d.getTime() / 1000)),
    epoch_ms: String(d.getTime()),
    epoch_ns: `${d.getTime()}${g.digits(6)}`,
    syslog: `${MON[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${hms(d)}`,
    sql: `${FORMATS.iso(d)} ${hms(d)}`,
    offset: `${FORMATS.iso(d)}T${hms(d)}-05:00`,
    compact: FORMATS.compact_time(d),
  }[f];
  return keep('timestamp', value, f);
}
