/** Calendar days of blind split 7 and the ways structured formats write them. SYNTHETIC DATA ONLY. */
import type { Gen } from '../context';
import { keep, phi, type Span } from '../fragment';

/** The year ages are counted to. */
export const THIS_YEAR = 2026;

export interface Day {
  y: number;
  m: number;
  d: number;
}

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

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function day(g: Gen, fromYear: number, toYear: number): Day {
  return { y: g.int(fromYear, toYear), m: g.int(1, 12), d: g.int(1, 28) };
}

/** A birth day: someone over 89 when `old`. */
export function birthDay(g: Gen, old: boolean): Day {
  return old ? day(g, 1926, 1935) : day(g, 1940, 2019);
}

/** A day of care: a visit, admission, service or enrolment in the last three years. */
export function serviceDay(g: Gen): Day {
  return day(g, 2024, 2026);
}

export function ageOf(dob: Day): number {
  return THIS_YEAR - dob.y - 1;
}

export type DateStyle = 'iso' | 'us' | 'compact' | 'long' | 'dotted' | 'short' | 'usShort' | 'mdyCompact';

export function formatDay(x: Day, style: DateStyle): string {
  switch (style) {
    case 'iso':
      return `${x.y}-${pad(x.m)}-${pad(x.d)}`;
    case 'us':
      return `${pad(x.m)}/${pad(x.d)}/${x.y}`;
    case 'usShort':
      return `${x.m}/${x.d}/${String(x.y).slice(2)}`;
    case 'compact':
      return `${x.y}${pad(x.m)}${pad(x.d)}`;
    case 'mdyCompact':
      return `${pad(x.m)}${pad(x.d)}${x.y}`;
    case 'long':
      return `${MONTHS[x.m - 1]} ${x.d}, ${x.y}`;
    case 'dotted':
      return `${pad(x.d)}.${pad(x.m)}.${x.y}`;
    case 'short':
      return `${x.d} ${(MONTHS[x.m - 1] as string).slice(0, 3)} ${x.y}`;
  }
}

/** A date tied to a person, labeled. */
export function date(x: Day, style: DateStyle): Span {
  return phi('date', formatDay(x, style), `date-${style}`);
}

export function anyDate(g: Gen, x: Day): Span {
  return date(x, g.pick(['iso', 'us', 'usShort', 'long', 'dotted', 'short', 'compact'] as const));
}

/** A date with a clock time, as HL7 writes it (YYYYMMDDHHMM[SS]). */
export function hl7DateTime(g: Gen, x: Day): Span {
  const t = `${pad(g.int(0, 23))}${pad(g.int(0, 59))}${g.chance(0.5) ? pad(g.int(0, 59)) : ''}`;
  return phi('date', `${formatDay(x, 'compact')}${t}`, 'date-hl7ts');
}

/** An ISO date-time of a visit or appointment (PHI: tied to the person). */
export function isoDateTime(g: Gen, x: Day): Span {
  const off = g.pick(['-05:00', '-04:00', '-07:00', 'Z', '-06:00']);
  return phi(
    'date',
    `${formatDay(x, 'iso')}T${pad(g.int(6, 19))}:${pad(g.pick([0, 15, 30, 45]))}:00${off}`,
    'date-isotime',
  );
}

/** The start and end of one visit, an hour or less apart, in one time zone. */
export function isoVisit(g: Gen, x: Day): [Span, Span] {
  const off = g.pick(['-05:00', '-04:00', '-07:00', 'Z', '-06:00']);
  const h = g.int(6, 18);
  const m = g.pick([0, 15, 30]);
  const at = (hh: number, mm: number): Span =>
    phi('date', `${formatDay(x, 'iso')}T${pad(hh)}:${pad(mm)}:00${off}`, 'date-isotime');
  return [at(h, m), at(h + (m + 30 >= 60 ? 1 : 0), (m + 30) % 60)];
}

/** An age: PHI over 89, a keep string under 90. */
export function age(n: number): Span {
  return n > 89 ? phi('age', String(n)) : keep('age_under_90', String(n));
}

/** A system event time: when a message was built, a row written, a token issued. Not PHI. */
export function systemTimestamp(g: Gen, style: 'iso' | 'hl7' | 'epoch' | 'log' = 'iso'): Span {
  const x = day(g, 2025, 2026);
  const hh = pad(g.int(0, 23));
  const mm = pad(g.int(0, 59));
  const ss = pad(g.int(0, 59));
  const ms = pad(g.int(0, 999), 3);
  switch (style) {
    case 'iso':
      return keep('timestamp', `${formatDay(x, 'iso')}T${hh}:${mm}:${ss}.${ms}Z`);
    case 'hl7':
      return keep(
        'timestamp',
        `${formatDay(x, 'compact')}${hh}${mm}${ss}.${ms.slice(0, 2)}${g.pick(['-0500', '-0400', '+0000'])}`,
      );
    case 'epoch':
      return keep(
        'timestamp',
        String(Date.UTC(x.y, x.m - 1, x.d, Number(hh), Number(mm), Number(ss), Number(ms))),
      );
    case 'log':
      return keep(
        'timestamp',
        `${pad(x.d)}/${(MONTHS[x.m - 1] as string).slice(0, 3)}/${x.y}:${hh}:${mm}:${ss} +0000`,
      );
  }
}
