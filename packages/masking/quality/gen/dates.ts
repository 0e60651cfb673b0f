/** Dates tied to a person, in the many forms records write them. All synthetic. */
import type { Gen } from './context';
import { phi, type Span } from './fragment';

export const MONTHS = [
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

/** 1st, 2nd, 3rd, 4th, 11th, 21st... */
export function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${n % 10 > 3 ? 'th' : s}`;
}

type DateFormat = (d: Date) => string;

const COMMON: Record<string, DateFormat> = {
  us: (d) => `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${d.getUTCFullYear()}`,
  us_short: (d) => `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}`,
  day_mon_year: (d) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]?.slice(0, 3)} ${d.getUTCFullYear()}`,
  month_ordinal: (d) => `${MONTHS[d.getUTCMonth()]} ${ordinal(d.getUTCDate())}`,
  iso: (d) => d.toISOString().slice(0, 10),
  month_day_year: (d) => `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`,
};

const HELDOUT_ONLY: Record<string, DateFormat> = {
  us_2digit: (d) => `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${String(d.getUTCFullYear()).slice(2)}`,
  dotted: (d) => `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`,
  dash_mon: (d) =>
    `${pad(d.getUTCDate())}-${MONTHS[d.getUTCMonth()]?.slice(0, 3).toUpperCase()}-${d.getUTCFullYear()}`,
  // "the 17th of March, 1984": the article is not part of the date, so it is not in the label.
  ordinal_of: (d) => `${ordinal(d.getUTCDate())} of ${MONTHS[d.getUTCMonth()]}, ${d.getUTCFullYear()}`,
  mon_dot: (d) => `${MONTHS[d.getUTCMonth()]?.slice(0, 3)}. ${d.getUTCDate()}, ${d.getUTCFullYear()}`,
  month_ordinal_year: (d) => `${MONTHS[d.getUTCMonth()]} ${ordinal(d.getUTCDate())}, ${d.getUTCFullYear()}`,
};

export const DATE_FORMATS = {
  dev: COMMON,
  heldout: { ...COMMON, ...HELDOUT_ONLY },
  blind: COMMON,
  blind2: COMMON,
  blind3: COMMON,
  blind4: COMMON,
  blind5: COMMON,
  blind6: COMMON,
  blind7: COMMON,
  blind8: COMMON,
  blind9: COMMON,
  blind10: COMMON,
  blind11: COMMON,
  blind12: COMMON,
  blind13: COMMON,
  blind14: COMMON,
  blind15: COMMON,
  blind16: COMMON,
  blind17: COMMON,
  blind18: COMMON,
  blind19: COMMON,
  blind20: COMMON,
  blind21: COMMON,
  blind22: COMMON,
  blind23: COMMON,
  blind24: COMMON,
  blind25: COMMON,
  blind26: COMMON,
  blind27: COMMON,
  blind28: COMMON,
  blind29: COMMON,
  blind30: COMMON,
  blind31: COMMON,
  blind32: COMMON,
  blind33: COMMON,
  blind34: COMMON,
  blind35: COMMON,
  blind36: COMMON,
  blind37: COMMON,
};

export function formatDate(g: Gen, d: Date, format?: string): Span {
  const formats: Record<string, DateFormat> = DATE_FORMATS[g.split];
  const name = format && formats[format] ? format : g.pick(Object.keys(formats));
  return phi('date', (formats[name] as DateFormat)(d), name);
}

/** A date in the recent past (admissions, visits, service dates). */
export function recentDate(g: Gen): Date {
  return new Date(Date.UTC(g.int(2023, 2025), g.int(0, 11), g.int(1, 28)));
}

export function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * 86_400_000);
}

/** HL7 / compact form YYYYMMDD. */
export function compactDate(d: Date): Span {
  return phi('date', d.toISOString().slice(0, 10).replaceAll('-', ''), 'compact');
}

export function isoDate(d: Date): Span {
  return phi('date', d.toISOString().slice(0, 10), 'iso');
}
