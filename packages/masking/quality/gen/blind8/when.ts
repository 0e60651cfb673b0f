/** Dates of blind split 8: a person's dates (PHI) in typed, spoken and local forms, and machine times (keep). */
import type { Gen } from '../context';
import { keep, phi, type Span } from '../fragment';

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
const MONTHS_ES = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
];
const MONTHS_FR = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];
const SPOKEN_DAYS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
  'twenty first',
  'twenty second',
  'twenty third',
  'twenty fourth',
  'twenty fifth',
  'twenty sixth',
  'twenty seventh',
  'twenty eighth',
];

const p2 = (n: number): string => String(n).padStart(2, '0');
const mon = (d: Date): string => MONTHS[d.getUTCMonth()] as string;
const suffix = (n: number): string =>
  n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th';

export function day(g: Gen, fromYear: number, toYear: number): Date {
  return new Date(Date.UTC(g.int(fromYear, toYear), g.int(0, 11), g.int(1, 28)));
}

export const birth = (g: Gen): Date => day(g, 1931, 2019);
export const recent = (g: Gen): Date => day(g, 2024, 2026);
export const later = (d: Date, days: number): Date => new Date(d.getTime() + days * 86_400_000);

const US_FORMS: ((d: Date) => string)[] = [
  (d) => `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}`,
  (d) => `${p2(d.getUTCMonth() + 1)}/${p2(d.getUTCDate())}/${d.getUTCFullYear()}`,
  (d) => `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${String(d.getUTCFullYear()).slice(2)}`,
  (d) => `${mon(d)} ${d.getUTCDate()}, ${d.getUTCFullYear()}`,
  (d) => `${mon(d).slice(0, 3)} ${d.getUTCDate()} ${d.getUTCFullYear()}`,
  (d) => `${p2(d.getUTCDate())}-${mon(d).slice(0, 3).toUpperCase()}-${d.getUTCFullYear()}`,
  (d) => `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())}`,
  (d) => `${mon(d).slice(0, 3)}. ${d.getUTCDate()}${suffix(d.getUTCDate())}`,
  (d) => `${d.getUTCMonth() + 1}-${d.getUTCDate()}-${String(d.getUTCFullYear()).slice(2)}`,
];

/** A person's date the way US forms and letters write it. */
export function usDate(g: Gen, d: Date): Span {
  return phi('date', (g.pick(US_FORMS) as (d: Date) => string)(d));
}

/** Day first: "14/03/2025", "14.03.2025", "14 Mar 2025". */
export function dmyDate(g: Gen, d: Date): Span {
  const y = d.getUTCFullYear();
  const forms = [
    `${p2(d.getUTCDate())}/${p2(d.getUTCMonth() + 1)}/${y}`,
    `${p2(d.getUTCDate())}.${p2(d.getUTCMonth() + 1)}.${y}`,
    `${d.getUTCDate()} ${mon(d).slice(0, 3)} ${y}`,
    `${d.getUTCDate()}-${mon(d).slice(0, 3)}-${y}`,
    `${d.getUTCDate()} ${mon(d)} ${y}`,
  ];
  return phi('date', g.pick(forms));
}

export const isoDay = (d: Date): Span =>
  phi('date', `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())}`);

/** A birth date typed by a patient into a chat: "march third 84", "3 3 84", "03031984". */
export function typedDob(g: Gen, d: Date): Span {
  const m = mon(d).toLowerCase();
  const dd = d.getUTCDate();
  const yy = String(d.getUTCFullYear()).slice(2);
  const forms = [
    `${m} ${SPOKEN_DAYS[dd - 1]} ${yy}`,
    `${m} ${dd} ${d.getUTCFullYear()}`,
    `${d.getUTCMonth() + 1} ${dd} ${yy}`,
    `${p2(d.getUTCMonth() + 1)}${p2(dd)}${d.getUTCFullYear()}`,
    `${m.slice(0, 3)} ${dd}${suffix(dd)} ${yy}`,
    `${d.getUTCMonth() + 1}.${dd}.${yy}`,
  ];
  return phi('date', g.pick(forms));
}

export function spanishDate(g: Gen, d: Date): Span {
  const m = MONTHS_ES[d.getUTCMonth()] as string;
  return phi(
    'date',
    g.chance(0.5)
      ? `${d.getUTCDate()} de ${m} de ${d.getUTCFullYear()}`
      : `${p2(d.getUTCDate())}/${p2(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`,
  );
}

export function frenchDate(g: Gen, d: Date): Span {
  const m = MONTHS_FR[d.getUTCMonth()] as string;
  const dd = d.getUTCDate() === 1 ? '1er' : String(d.getUTCDate());
  return phi(
    'date',
    g.chance(0.5)
      ? `${dd} ${m} ${d.getUTCFullYear()}`
      : `${p2(d.getUTCDate())}/${p2(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`,
  );
}

/** "2026年3月14日" style for Japan, and "2026.03.14" for Korea. */
export function eastAsianDate(g: Gen, d: Date): Span {
  const y = d.getUTCFullYear();
  return phi(
    'date',
    g.chance(0.5)
      ? `${y}/${p2(d.getUTCMonth() + 1)}/${p2(d.getUTCDate())}`
      : `${y}.${p2(d.getUTCMonth() + 1)}.${p2(d.getUTCDate())}`,
  );
}

/** Clock time of a transcript line or log entry: a machine time, kept. */
export function clock(g: Gen, seconds = true): Span {
  const v = `${p2(g.int(7, 20))}:${p2(g.int(0, 59))}`;
  return keep('timestamp', seconds ? `${v}:${p2(g.int(0, 59))}` : v);
}

/** Increasing clock times "HH:MM:SS" for the lines of one transcript. */
export function clockRun(g: Gen, n: number): string[] {
  let at = g.int(7 * 3600, 19 * 3600);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    at += g.int(4, 150);
    out.push(`${p2(Math.floor(at / 3600) % 24)}:${p2(Math.floor(at / 60) % 60)}:${p2(at % 60)}`);
  }
  return out;
}

/** A machine event time (job run, message delivery): kept. */
export function machineTime(g: Gen): Span {
  const d = day(g, 2025, 2026);
  const iso = `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())}T${p2(g.int(0, 23))}:${p2(g.int(0, 59))}:${p2(g.int(0, 59))}`;
  const forms = [`${iso}Z`, `${iso}.${g.digits(3)}Z`, `${iso}+05:30`, `${iso}-04:00`];
  return keep('timestamp', g.pick(forms));
}

export function yearOf(d: Date): Span {
  return keep('year', String(d.getUTCFullYear()));
}

export function ageAt(dob: Date, at: Date): number {
  let a = at.getUTCFullYear() - dob.getUTCFullYear();
  if (at.getUTCMonth() < dob.getUTCMonth()) a--;
  return Math.max(a, 0);
}

/** An age: PHI over 89, a keep string otherwise. */
export function ageSpan(age: number): Span {
  return age > 89 ? phi('age', String(age)) : keep('age_under_90', String(age));
}
