/**
 * How agents and their users write people and dates: typed lower-case names, two-digit-year
 * birth dates, names and dates inside file names, slugs, handles and query strings.
 */
import type { Gen } from '../context';
import { MONTHS } from '../dates';
import { type Frag, type Piece, phi, type Span, t } from '../fragment';
import { nameIn, type Person } from '../people';

/** A name as a person or an LLM types it into a prompt or an argument. */
export function typedName(g: Gen, p: Person): Piece {
  const form = g.weighted([
    ['lower', 3],
    ['full', 4],
    ['last_first', 2],
    ['upper_last_first', 1],
    ['full_middle', 1],
  ] as const);
  if (form === 'lower') return phi('name', `${p.first} ${p.last}`.toLowerCase(), 'lower');
  return nameIn(g, p, form);
}

/** "Jane Kowalski" as a record field writes it. */
export function fullName(p: Person): Span {
  return phi('name', `${p.first} ${p.last}`, 'full');
}

export function firstName(p: Person): Span {
  return phi('name', p.first, 'first');
}

export function lastName(p: Person): Span {
  return phi('name', p.last, 'last');
}

/** ASCII lower-case letters of a name part, as file names and handles carry it. */
export function slugOf(s: string): string {
  return (
    s
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z]/g, '') || 'x'
  );
}

/** `kowalski_jane`, `jkowalski`, `jane.kowalski`: each name part its own span. */
export function nameSlug(g: Gen, p: Person, sep = g.pick(['_', '-', '.'])): Frag {
  const [f, l] = [slugOf(p.first), slugOf(p.last)];
  return g.pick([
    () => t`${phi('name', l, 'slug')}${sep}${phi('name', f, 'slug')}`,
    () => t`${phi('name', f, 'slug')}${sep}${phi('name', l, 'slug')}`,
    () => t`${phi('name', `${f[0]}${l}`, 'slug')}`,
  ])();
}

/** A chat handle made from a name: the handle is the person's name. */
export function handle(g: Gen, p: Person): Span {
  const [f, l] = [slugOf(p.first), slugOf(p.last)];
  return phi('name', g.pick([`${f}.${l}`, `${f[0]}${l}`, `${f}${l[0]}`, `${f}_${l}`]), 'handle');
}

const pad = (n: number): string => String(n).padStart(2, '0');

const TYPED_DATES: Record<string, (d: Date) => string> = {
  us_2digit: (d) => `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${String(d.getUTCFullYear()).slice(2)}`,
  us: (d) => `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${d.getUTCFullYear()}`,
  us_short: (d) => `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}`,
  iso: (d) => d.toISOString().slice(0, 10),
  mon_day_year: (d) => `${MONTHS[d.getUTCMonth()]?.slice(0, 3)} ${d.getUTCDate()} ${d.getUTCFullYear()}`,
  month_day_year: (d) => `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`,
  lower_month: (d) => `${MONTHS[d.getUTCMonth()]?.toLowerCase()} ${d.getUTCDate()} ${d.getUTCFullYear()}`,
  dash_us: (d) => `${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}-${d.getUTCFullYear()}`,
};

/** A date typed by a person or an LLM (birth dates, visit dates); `form` fixes the spelling. */
export function typedDate(g: Gen, d: Date, form?: keyof typeof TYPED_DATES): Span {
  const name = form ?? g.pick(Object.keys(TYPED_DATES));
  return phi('date', (TYPED_DATES[name] as (d: Date) => string)(d), name);
}

/** A date with no year ("3/14", "March 14"), as schedules and chat write them. */
export function dayMonth(g: Gen, d: Date): Span {
  return g.chance(0.5)
    ? phi('date', `${d.getUTCMonth() + 1}/${d.getUTCDate()}`, 'no_year')
    : phi('date', `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`, 'no_year');
}

export function isoDay(d: Date): Span {
  return phi('date', d.toISOString().slice(0, 10), 'iso');
}

export function compactDay(d: Date): Span {
  return phi('date', d.toISOString().slice(0, 10).replaceAll('-', ''), 'compact');
}

/** An appointment start "2025-03-14T09:30:00-05:00": the date part is PHI, the time is not. */
export function slotStart(g: Gen, d: Date, hour = g.int(7, 16)): Frag {
  const min = g.pick(['00', '15', '30', '45']);
  return t`${isoDay(d)}T${pad(hour)}:${min}:00${g.pick(['-05:00', '-06:00', '-04:00', 'Z'])}`;
}

/** A visit or event date some days from `d`. */
export function shifted(d: Date, days: number): Date {
  return new Date(d.getTime() + days * 86_400_000);
}
