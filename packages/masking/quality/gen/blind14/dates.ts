/**
 * Dates as blind split 14's writers put them: day first outside the US, ordinals ("3rd of June"),
 * no year, two-digit years, "Tues 4/6". A weekday in front of a date is left outside the label
 * (it narrows nothing by itself); the day and month are labeled, with the year when written.
 */
import type { Gen } from '../context';
import { MONTHS, ordinal } from '../dates';
import { phi, type Span } from '../fragment';
import type { Region } from './names';

const pad = (n: number): string => String(n).padStart(2, '0');
const mon = (d: Date): string => (MONTHS[d.getUTCMonth()] as string).slice(0, 3);
const month = (d: Date): string => MONTHS[d.getUTCMonth()] as string;
const yy = (d: Date): string => String(d.getUTCFullYear()).slice(2);
const D = (d: Date): number => d.getUTCDate();
const M = (d: Date): number => d.getUTCMonth() + 1;
const Y = (d: Date): number => d.getUTCFullYear();

const DAY_FIRST: Record<string, (d: Date) => string> = {
  dmy_slash: (d) => `${pad(D(d))}/${pad(M(d))}/${Y(d)}`,
  dmy_short: (d) => `${D(d)}/${M(d)}/${yy(d)}`,
  dmy_dash: (d) => `${pad(D(d))}-${pad(M(d))}-${Y(d)}`,
  dmy_dot: (d) => `${pad(D(d))}.${pad(M(d))}.${Y(d)}`,
  d_mon_y: (d) => `${D(d)} ${mon(d)} ${Y(d)}`,
  d_month_y: (d) => `${D(d)} ${month(d)} ${Y(d)}`,
  ord_of_y: (d) => `${ordinal(D(d))} of ${month(d)} ${Y(d)}`,
  ord_month: (d) => `${ordinal(D(d))} ${month(d)}`,
  ord_of: (d) => `${ordinal(D(d))} of ${month(d)}`,
  dd_mon_yy: (d) => `${pad(D(d))}-${mon(d)}-${yy(d)}`,
  ddmonyyyy: (d) => `${pad(D(d))}${mon(d).toUpperCase()}${Y(d)}`,
  dm: (d) => `${D(d)}/${M(d)}`,
  iso: (d) => d.toISOString().slice(0, 10),
};

const MONTH_FIRST: Record<string, (d: Date) => string> = {
  us: (d) => `${pad(M(d))}/${pad(D(d))}/${Y(d)}`,
  us_short: (d) => `${M(d)}/${D(d)}/${yy(d)}`,
  us_long: (d) => `${month(d)} ${D(d)}, ${Y(d)}`,
  us_mon: (d) => `${mon(d)} ${D(d)}`,
  md: (d) => `${M(d)}/${D(d)}`,
  iso: (d) => d.toISOString().slice(0, 10),
};

/** Day-first forms common to every region but the US (the Philippines writes both). */
function formsFor(region: Region): Record<string, (d: Date) => string> {
  if (region === 'us') return MONTH_FIRST;
  if (region === 'ph') return { ...DAY_FIRST, us_long: MONTH_FIRST.us_long as (d: Date) => string };
  return DAY_FIRST;
}

/** A date in one of the region's forms (or the named one). */
export function dateIn(g: Gen, region: Region, d: Date, form?: string): Span {
  const forms = formsFor(region);
  const name = form && forms[form] ? form : g.pick(Object.keys(forms));
  return phi('date', (forms[name] as (d: Date) => string)(d), name);
}

/** A date with the year always written (dates of birth, death, letters). */
export function fullDateIn(g: Gen, region: Region, d: Date): Span {
  const withYear =
    region === 'us'
      ? ['us', 'us_short', 'us_long', 'iso']
      : [
          'dmy_slash',
          'dmy_short',
          'dmy_dash',
          'dmy_dot',
          'd_mon_y',
          'd_month_y',
          'ord_of_y',
          'dd_mon_yy',
          'ddmonyyyy',
        ];
  return dateIn(g, region, d, g.pick(withYear));
}

/** A short date without a year, as ward sheets and lists write one. */
export function shortDateIn(g: Gen, region: Region, d: Date): Span {
  return dateIn(
    g,
    region,
    d,
    region === 'us' ? g.pick(['md', 'us_mon']) : g.pick(['dm', 'ord_month', 'ord_of']),
  );
}

export const WEEKDAYS = ['Sun', 'Mon', 'Tues', 'Wed', 'Thurs', 'Fri', 'Sat'];

export function weekday(d: Date): string {
  return WEEKDAYS[d.getUTCDay()] as string;
}

/** A date in the last three years: visits, admissions, procedures. */
export function recent(g: Gen): Date {
  return new Date(Date.UTC(g.int(2023, 2025), g.int(0, 11), g.int(1, 28)));
}

export function plusDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * 86_400_000);
}
