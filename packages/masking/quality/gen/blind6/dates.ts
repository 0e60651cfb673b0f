/**
 * Dates of blind split 6 as people write and say them: British day-first numerals, ordinals,
 * spoken words as a speech recogniser transcribes them, and Portuguese, French, Italian and
 * German month names. System timestamps (keep strings) are written here too.
 */
import type { Gen } from '../context';
import { keep, phi, type Span } from '../fragment';

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
const PT = [
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
const FR = [
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
const IT = [
  'gennaio',
  'febbraio',
  'marzo',
  'aprile',
  'maggio',
  'giugno',
  'luglio',
  'agosto',
  'settembre',
  'ottobre',
  'novembre',
  'dicembre',
];
const DE = [
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

export function day(g: Gen, fromYear: number, toYear: number): Day {
  return { y: g.int(fromYear, toYear), m: g.int(1, 12), d: g.int(1, 28) };
}

/** A date of birth for someone aged roughly `minAge` to `maxAge` in 2025. */
export function birth(g: Gen, minAge = 18, maxAge = 88): Day {
  return day(g, 2025 - maxAge, 2025 - minAge);
}

export function recent(g: Gen): Day {
  return day(g, 2023, 2025);
}

/** The day `n` days after `a` (months taken as 28 days, so it stays valid). */
export function after(a: Day, n: number): Day {
  let { y, m, d } = a;
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

function ordinal(n: number): string {
  if (n % 10 === 1 && n !== 11) return `${n}st`;
  if (n % 10 === 2 && n !== 12) return `${n}nd`;
  if (n % 10 === 3 && n !== 13) return `${n}rd`;
  return `${n}th`;
}

const month = (a: Day): string => MONTHS[a.m - 1] as string;

export type DateStyle =
  | 'uk'
  | 'ukShort'
  | 'ordinal'
  | 'long'
  | 'us'
  | 'usLong'
  | 'dashMon'
  | 'iso'
  | 'dotted';

export function formatDate(a: Day, style: DateStyle): string {
  switch (style) {
    case 'uk':
      return `${p2(a.d)}/${p2(a.m)}/${a.y}`;
    case 'ukShort':
      return `${a.d}/${a.m}/${String(a.y).slice(2)}`;
    case 'ordinal':
      return `${ordinal(a.d)} ${month(a)} ${a.y}`;
    case 'long':
      return `${a.d} ${month(a)} ${a.y}`;
    case 'us':
      return `${p2(a.m)}/${p2(a.d)}/${a.y}`;
    case 'usLong':
      return `${month(a)} ${a.d}, ${a.y}`;
    case 'dashMon':
      return `${p2(a.d)}-${month(a).slice(0, 3)}-${a.y}`;
    case 'iso':
      return `${a.y}-${p2(a.m)}-${p2(a.d)}`;
    case 'dotted':
      return `${p2(a.d)}.${p2(a.m)}.${a.y}`;
  }
}

/** A labeled date in one of the styles given (British styles by default). */
export function date(
  g: Gen,
  a: Day,
  styles: readonly DateStyle[] = ['uk', 'ordinal', 'long', 'dashMon', 'ukShort'],
): Span {
  return phi('date', formatDate(a, g.pick(styles)));
}

export function dateIn(lang: 'pt' | 'fr' | 'it' | 'de', a: Day): Span {
  if (lang === 'pt') return phi('date', `${a.d} de ${PT[a.m - 1]} de ${a.y}`);
  if (lang === 'fr') return phi('date', `${a.d === 1 ? '1er' : a.d} ${FR[a.m - 1]} ${a.y}`);
  if (lang === 'it') return phi('date', `${a.d} ${IT[a.m - 1]} ${a.y}`);
  return phi('date', `${a.d}. ${DE[a.m - 1]} ${a.y}`);
}

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORD = [
  '',
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
];

/** 0–99 in words ("fifty two", "oh five" when `oh`). */
export function twoDigitWords(n: number, oh = false): string {
  if (n < 10) return oh ? `oh ${ONES[n]}` : (ONES[n] as string);
  if (n < 20) return TEENS[n - 10] as string;
  const tens = TENS[Math.floor(n / 10)] as string;
  return n % 10 ? `${tens} ${ONES[n % 10]}` : tens;
}

function ordinalWords(n: number): string {
  if (n <= 20) return ORD[n] as string;
  if (n === 30) return 'thirtieth';
  return `${TENS[Math.floor(n / 10)]} ${ORD[n % 10]}`;
}

export function yearWords(y: number): string {
  if (y >= 2000 && y < 2010) return `two thousand ${y === 2000 ? '' : `and ${ONES[y - 2000]}`}`.trim();
  return `${twoDigitWords(Math.floor(y / 100))} ${y % 100 === 0 ? 'hundred' : twoDigitWords(y % 100, true)}`;
}

/** A date as a speech recogniser writes it ("march third nineteen fifty two"). */
export function spokenDate(g: Gen, a: Day): Span {
  const m = month(a).toLowerCase();
  const v = g.pick([
    `${m} ${ordinalWords(a.d)} ${yearWords(a.y)}`,
    `the ${ordinalWords(a.d)} of ${m} ${yearWords(a.y)}`,
    `${m} ${twoDigitWords(a.d)} ${yearWords(a.y)}`,
    `${twoDigitWords(a.m)} ${twoDigitWords(a.d)} ${twoDigitWords(a.y % 100, true)}`,
  ]);
  return phi('date', v, 'spoken');
}

/** A system timestamp (keep): log lines, footers, audit trails. */
export function timestamp(g: Gen): Span {
  const a = day(g, 2023, 2025);
  const hh = p2(g.int(0, 23));
  const mm = p2(g.int(0, 59));
  const ss = p2(g.int(0, 59));
  return keep(
    'timestamp',
    g.pick([
      `${formatDate(a, 'iso')}T${hh}:${mm}:${ss}Z`,
      `${formatDate(a, 'iso')}T${hh}:${mm}:${ss}.${g.digits(3)}+10:00`,
      `${formatDate(a, 'iso')} ${hh}:${mm}:${ss} UTC`,
      `${formatDate(a, 'uk')} ${hh}:${mm}:${ss}`,
      `${formatDate(a, 'dashMon')} ${hh}:${mm}`,
    ]),
  );
}

export function clock(g: Gen): string {
  return `${p2(g.int(0, 23))}:${p2(g.int(0, 59))}`;
}
