/**
 * Moves a date written in any of the detected formats by a number of days and writes it back
 * in the same format. Returns undefined when the text is not a date it can read (the caller
 * redacts instead).
 */

/** The English month names, lower case, January first. */
export const MONTHS: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

function monthIndex(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MONTHS.findIndex((m) => m.startsWith(w.slice(0, 3)) && m.startsWith(w));
}

function shift(y: number, m: number, d: number, days: number): Date | undefined {
  const t = Date.UTC(y, m - 1, d);
  const date = new Date(t);
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return new Date(t + days * 86_400_000);
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function monthName(original: string, m: number): string {
  const full = MONTHS[m] as string;
  const abbreviated =
    original.replace(/\.$/, '').length <= 4 &&
    original.toLowerCase() !== 'june' &&
    original.toLowerCase() !== 'july';
  let name = abbreviated ? full.slice(0, 3) : full;
  if (original === original.toUpperCase()) name = name.toUpperCase();
  else name = name[0]?.toUpperCase() + name.slice(1);
  return name + (original.endsWith('.') && abbreviated ? '.' : '');
}

function ordinal(day: number, had: string | undefined): string {
  if (!had) return String(day);
  const s =
    day % 10 === 1 && day !== 11
      ? 'st'
      : day % 10 === 2 && day !== 12
        ? 'nd'
        : day % 10 === 3 && day !== 13
          ? 'rd'
          : 'th';
  return `${day}${s}`;
}

export function shiftDate(text: string, days: number): string | undefined {
  let m = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(.*)$/s.exec(text);
  if (m) {
    const d = shift(Number(m[1]), Number(m[3]), Number(m[4]), days);
    if (!d) return undefined;
    return `${d.getUTCFullYear()}${m[2]}${pad(d.getUTCMonth() + 1, (m[3] as string).length)}${m[2]}${pad(d.getUTCDate(), (m[4] as string).length)}${m[5]}`;
  }
  m = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(.*)$/s.exec(text);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const dayFirst = a > 12;
    const twoDigitYear = (m[4] as string).length === 2;
    const year = twoDigitYear ? 2000 + Number(m[4]) - (Number(m[4]) > 30 ? 100 : 0) : Number(m[4]);
    const d = shift(year, dayFirst ? b : a, dayFirst ? a : b, days);
    if (!d) return undefined;
    const mm = pad(d.getUTCMonth() + 1, (m[dayFirst ? 3 : 1] as string).length);
    const dd = pad(d.getUTCDate(), (m[dayFirst ? 1 : 3] as string).length);
    const yy = twoDigitYear ? pad(d.getUTCFullYear() % 100, 2) : String(d.getUTCFullYear());
    return `${dayFirst ? dd : mm}${m[2]}${dayFirst ? mm : dd}${m[2]}${yy}${m[5]}`;
  }
  m = /^(\d{1,2})(st|nd|rd|th)?(\s+of)?([\s-]+)([A-Za-z]+\.?)(?:(,?[\s-]+)(\d{4}))?$/.exec(text);
  if (m) {
    const month = monthIndex(m[5] as string);
    if (month < 0) return undefined;
    const d = shift(m[7] ? Number(m[7]) : 2001, month + 1, Number(m[1]), days);
    if (!d) return undefined;
    const year = m[7] ? `${m[6]}${d.getUTCFullYear()}` : '';
    return `${ordinal(d.getUTCDate(), m[2])}${m[3] ?? ''}${m[4]}${monthName(m[5] as string, d.getUTCMonth())}${year}`;
  }
  m = /^([A-Za-z]+\.?)(\s+)(\d{1,2})(st|nd|rd|th)?(?:(,?\s+)(\d{4}))?$/.exec(text);
  if (m) {
    const month = monthIndex(m[1] as string);
    if (month < 0) return undefined;
    const d = shift(m[6] ? Number(m[6]) : 2001, month + 1, Number(m[3]), days);
    if (!d) return undefined;
    const year = m[6] ? `${m[5]}${d.getUTCFullYear()}` : '';
    return `${monthName(m[1] as string, d.getUTCMonth())}${m[2]}${ordinal(d.getUTCDate(), m[4])}${year}`;
  }
  return undefined;
}
