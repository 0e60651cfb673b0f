/**
 * Dates and ages of blind split 4, in the forms people write them: "3rd June 2019", "6/3",
 * "Jun-03-19", "03JUN2019", "2019-06-03T14:22" (the date labeled, the time not), Spanish,
 * German and Portuguese month names; ages over 89 as "92yo", "aged 94", "a 96-year-old".
 * SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { MONTHS, ordinal } from '../dates';
import { type Frag, keep, phi, type Span, t } from '../fragment';

export interface Day {
  y: number;
  m: number;
  d: number;
}

const MESES = [
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
const MONATE = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
];
const MESES_PT = [
  'janeiro',
  'fevereiro',
  'março',
  'abril',
  'maio',
  'junho',
  'julho',
  'agosto',
  'setembro',
  'outubro',
  'novembro',
  'dezembro',
];

export function day(g: Gen, from = 2017, to = 2026): Day {
  return { y: g.int(from, to), m: g.int(1, 12), d: g.int(1, 28) };
}

export function birthDay(g: Gen, from = 1931, to = 2021): Day {
  return day(g, from, to);
}

/** The same day `n` days later (28-day months keep it simple and valid). */
export function after(x: Day, n: number): Day {
  let { y, m, d } = x;
  d += n;
  while (d > 28) {
    d -= 28;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return { y, m, d };
}

const p2 = (n: number): string => String(n).padStart(2, '0');
const mon = (x: Day): string => (MONTHS[x.m - 1] as string).slice(0, 3);

const FORMS: Record<string, (x: Day) => string> = {
  'ordinal-month': (x) => `${ordinal(x.d)} ${MONTHS[x.m - 1]} ${x.y}`,
  'month-day-year': (x) => `${MONTHS[x.m - 1]} ${x.d}, ${x.y}`,
  'mdy-slash': (x) => `${x.m}/${x.d}/${x.y}`,
  'mdy-short': (x) => `${p2(x.m)}/${p2(x.d)}/${String(x.y).slice(2)}`,
  md: (x) => `${x.m}/${x.d}`,
  'mon-dd-yy': (x) => `${mon(x)}-${p2(x.d)}-${String(x.y).slice(2)}`,
  ddmonyyyy: (x) => `${p2(x.d)}${mon(x).toUpperCase()}${x.y}`,
  iso: (x) => `${x.y}-${p2(x.m)}-${p2(x.d)}`,
  'dmy-dot': (x) => `${p2(x.d)}.${p2(x.m)}.${x.y}`,
  'd-mon': (x) => `${x.d} ${mon(x)}`,
  'dd-mon-yyyy': (x) => `${p2(x.d)}-${mon(x)}-${x.y}`,
  'dmy-slash': (x) => `${x.d}/${x.m}/${x.y}`,
  'month-ordinal': (x) => `${MONTHS[x.m - 1]} ${ordinal(x.d)}`,
  compact: (x) => `${x.y}${p2(x.m)}${p2(x.d)}`,
  'mon-apos': (x) => `${mon(x)} ${x.d} '${String(x.y).slice(2)}`,
  upper: (x) => `${mon(x).toUpperCase()} ${p2(x.d)} ${x.y}`,
  es: (x) => `${x.d} de ${MESES[x.m - 1]} de ${x.y}`,
  de: (x) => `${x.d}. ${MONATE[x.m - 1]} ${x.y}`,
  pt: (x) => `${x.d} de ${MESES_PT[x.m - 1]} de ${x.y}`,
  'dmy-long': (x) => `${x.d} ${MONTHS[x.m - 1]} ${x.y}`,
};

export type DateForm = keyof typeof FORMS;

/** Forms a US writer uses; the day-first ones belong to the other locales. */
export const US_FORMS = [
  'month-day-year',
  'mdy-slash',
  'mdy-short',
  'md',
  'mon-dd-yy',
  'ddmonyyyy',
  'iso',
  'month-ordinal',
  'mon-apos',
  'upper',
  'ordinal-month',
];
export const DAY_FIRST_FORMS = [
  'ordinal-month',
  'dmy-dot',
  'd-mon',
  'dd-mon-yyyy',
  'dmy-slash',
  'dmy-long',
  'iso',
  'ddmonyyyy',
];

export function dateText(x: Day, form: string): string {
  return (FORMS[form] ?? FORMS.iso)?.(x) as string;
}

export function date(g: Gen, x: Day = day(g), forms: readonly string[] = Object.keys(FORMS)): Span {
  const form = g.pick(forms);
  return phi('date', dateText(x, form), `date-${form}`);
}

/** A date with its time in ISO form: "2019-06-03T14:22", only the date labeled. */
export function dateTime(g: Gen, x: Day = day(g)): Frag {
  return t`${phi('date', dateText(x, 'iso'), 'date-iso-t')}T${p2(g.int(0, 23))}:${p2(g.int(0, 59))}`;
}

/** A system clock stamp to the second (message sent, printout generated): kept. */
export function stamp(g: Gen, x: Day = day(g, 2024, 2026)): Span {
  const time = `${p2(g.int(0, 23))}:${p2(g.int(0, 59))}:${p2(g.int(0, 59))}`;
  return keep(
    'timestamp',
    `${dateText(x, 'iso')}T${time}${g.pick(['Z', '+02:00', '+08:00', '-05:00', '.000Z'])}`,
  );
}

export function year(g: Gen, from = 1995, to = 2025): Span {
  return keep('year', String(g.int(from, to)));
}

/** An age over 89 in one of its written forms; only the number is labeled. */
export function oldAge(g: Gen): Frag {
  const a = phi('age', String(g.int(90, 106)));
  return g.pick([
    () => t`${a}yo`,
    () => t`aged ${a}`,
    () => t`a ${a}-year-old`,
    () => t`${a} y/o`,
    () => t`${a} years old`,
    () => t`${a}-yr-old`,
    () => t`age ${a}`,
    () => t`${a}y`,
  ])();
}

/** An age under 90, kept: "67-year-old", "aged 54". */
export function youngAge(g: Gen, min = 18, max = 89): Frag {
  const a = keep('age_under_90', String(g.int(min, max)));
  return g.pick([
    () => t`${a}-year-old`,
    () => t`aged ${a}`,
    () => t`${a}yo`,
    () => t`${a} y/o`,
    () => t`age ${a}`,
  ])();
}

export function time(g: Gen): string {
  return g.chance(0.5)
    ? `${p2(g.int(0, 23))}:${p2(g.int(0, 59))}`
    : `${g.int(1, 12)}:${p2(g.int(0, 59))} ${g.pick(['am', 'pm', 'AM', 'PM'])}`;
}
