/** Numbers and dates as speech recognition writes them: words, half digits, "oh" for zero. */
import type { Gen } from '../context';
import { MONTHS } from '../dates';

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
const ORDINAL_ONES = [
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
];

/** 0–99 in words: "forty two". */
export function under100(n: number): string {
  if (n < 10) return ONES[n] as string;
  if (n < 20) return TEENS[n - 10] as string;
  const ones = n % 10;
  return ones ? `${TENS[Math.floor(n / 10)]} ${ONES[ones]}` : (TENS[n / 10] as string);
}

/** 1–31 as a spoken ordinal: "twenty first", "thirteenth". */
export function ordinalWords(n: number): string {
  if (n < 10) return ORDINAL_ONES[n] as string;
  if (n === 12) return 'twelfth';
  if (n < 20) return `${TEENS[n - 10]}th`;
  const ones = n % 10;
  if (ones) return `${TENS[Math.floor(n / 10)]} ${ORDINAL_ONES[ones]}`;
  return `${(TENS[n / 10] as string).slice(0, -1)}ieth`;
}

/** A year as said aloud: "nineteen eighty seven", "twenty twenty four", "two thousand five". */
export function yearWords(g: Gen, y: number): string {
  const hi = Math.floor(y / 100);
  const lo = y % 100;
  if (y >= 2000 && y < 2010) return g.chance(0.5) ? `two thousand ${ONES[lo]}` : `twenty oh ${ONES[lo]}`;
  if (lo === 0) return `${under100(hi)} hundred`;
  return `${under100(hi)} ${lo < 10 ? `oh ${ONES[lo]}` : under100(lo)}`;
}

/** Digits read one by one, zero sometimes "oh", sometimes left as a digit (half digits). */
export function spokenDigits(g: Gen, digits: string): string {
  const half = g.chance(0.3);
  return [...digits]
    .map((d) => {
      if (!/\d/.test(d)) return d;
      if (half && g.chance(0.5)) return d;
      return d === '0' && g.chance(0.6) ? 'oh' : (ONES[Number(d)] as string);
    })
    .join(' ');
}

/** A date as dictated: "march third twenty twenty four", "the 3rd of march", "three three twenty four". */
export function spokenDate(g: Gen, d: Date, withYear = true): string {
  const month = (MONTHS[d.getUTCMonth()] as string).toLowerCase();
  const day = d.getUTCDate();
  const y = d.getUTCFullYear();
  const year = withYear ? ` ${yearWords(g, y)}` : '';
  return g.pick([
    () => `${month} ${ordinalWords(day)}${year}`,
    () => `the ${ordinalWords(day)} of ${month}${year}`,
    () => `${month} ${day}${withYear ? ` ${y}` : ''}`,
    () => `${under100(d.getUTCMonth() + 1)} ${under100(day)} ${withYear ? under100(y % 100) : ''}`.trim(),
  ])();
}

/** A clock time as dictated: "fourteen twenty", "two forty five p.m.". */
export function spokenTime(g: Gen): string {
  const h = g.int(0, 23);
  const m = g.int(0, 59);
  return g.chance(0.5)
    ? `${under100(h)} ${m === 0 ? 'hundred' : m < 10 ? `oh ${ONES[m]}` : under100(m)}`
    : `${under100(h % 12 || 12)} ${m === 0 ? "o'clock" : m < 10 ? `oh ${ONES[m]}` : under100(m)} ${h < 12 ? 'a.m.' : 'p.m.'}`;
}
