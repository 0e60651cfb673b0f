/**
 * Identifiers said aloud, as speech-recognition transcripts and dictation write them: dates in
 * words ("march third nineteen fifty two", "the twenty first of june", "on one six twenty
 * four"), and telephone numbers, ZIP codes and social security numbers as runs of number words
 * ("nine oh two one oh", "five five five, two one two …", "double four", "fifty seven ninety
 * one"). A run is read as the digits it says; what it is follows from how many digits it holds
 * and from the words before it. Nothing runs unless two number words stand side by side or a
 * month's name is in the text.
 */
import { MONTHS } from '../date-shift';
import type { PhiType } from '../types';
import type { Detector, ScanContext } from './detector';
import { before } from './detector';

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
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
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINAL_UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const ORDINAL_TEENS = [
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
];

/** Each number word's value: a digit, a teen, a ten (as 20 … 90). */
const WORD_VALUE = new Map<string, number>();
for (const [i, w] of UNITS.entries()) WORD_VALUE.set(w, i);
WORD_VALUE.set('oh', 0);
for (const [i, w] of TEENS.entries()) WORD_VALUE.set(w, 10 + i);
for (const [i, w] of TENS.entries()) WORD_VALUE.set(w, 20 + 10 * i);
const ORDINAL_VALUE = new Map<string, number>();
for (const [i, w] of ORDINAL_UNITS.entries()) ORDINAL_VALUE.set(w, i + 1);
for (const [i, w] of ORDINAL_TEENS.entries()) ORDINAL_VALUE.set(w, 10 + i);
ORDINAL_VALUE.set('twentieth', 20);
ORDINAL_VALUE.set('thirtieth', 30);

const NUMBER_WORD = `(?:${[...TEENS, ...TENS, ...UNITS, 'oh', 'double', 'triple', 'hundred'].join('|')})`;
/** Between the words of a run: blanks, a comma, a dash, a full stop or an ellipsis. */
const SEP = String.raw`(?:[ \t]*(?:\.{2,3}|…|[,.\-–])[ \t]*|[ \t]+)`;
/** A number word or a group of up to four digits, whole. */
const RUN_TOKEN = String.raw`(?:${NUMBER_WORD}(?![a-z])|\d{1,4}(?!\d))`;
/** Between two tokens: a separator, or nothing between a digit and a letter ("34five6"). */
const RUN_JOIN = String.raw`(?:${SEP}|(?<=\d)(?=[a-z])|(?<=[a-z])(?=\d))`;
/**
 * A run of number words and digit groups, mixed as said or as written to hide the number
 * ("6 3 5 zero 8", "nine-zero-zero 12 34five6"), a number word in it at least (a run of digits
 * alone is no spoken number: see `spokenRuns`).
 */
const RUN_RE = new RegExp(String.raw`(?<![a-z\d])${RUN_TOKEN}(?:${RUN_JOIN}${RUN_TOKEN})+`, 'gi');
/** What every run has: two number words side by side, or a number word beside a digit. */
const RUN_GATE = new RegExp(
  String.raw`\b${NUMBER_WORD}${SEP}${NUMBER_WORD}\b|\d${RUN_JOIN}${NUMBER_WORD}(?![a-z])|(?<![a-z])${NUMBER_WORD}${RUN_JOIN}\d`,
  'i',
);
const HAS_WORD = /[a-z]/i;
const TOKEN_RE = /[a-z]+|\d+/gi;

const CARDINAL_DAY = `(?:(?:twenty|thirty)[- ](?:${UNITS.slice(1).join('|')})|${[...TEENS, 'twenty', 'thirty', ...UNITS.slice(1)].join('|')})`;
const ORDINAL_DAY = `(?:(?:twenty|thirty)[- ](?:${ORDINAL_UNITS.join('|')})|${[...ORDINAL_TEENS, 'twentieth', 'thirtieth', ...ORDINAL_UNITS].join('|')})`;
const DAY = `(?:${ORDINAL_DAY}|${CARDINAL_DAY}|\\d{1,2}(?:st|nd|rd|th)?)`;
const TWO_DIGITS = `(?:(?:${TENS.join('|')})(?:[- ](?:${UNITS.slice(1).join('|')}))?|${TEENS.join('|')}|oh[- ](?:oh|${UNITS.join('|')}))`;
/** A year said aloud: "nineteen fifty two", "nineteen oh five", "two thousand and six", "twenty twenty three". */
const SPOKEN_YEAR = `(?:(?:nineteen|twenty)[- ](?:${TWO_DIGITS}|hundred)|two thousand(?:(?: and)?[- ](?:${TWO_DIGITS}|${UNITS.slice(1).join('|')}))?)`;
const YEAR = `(?:${SPOKEN_YEAR}|(?:19|20)\\d\\d)`;
const MONTH = `(?:${MONTHS.join('|')})`;
/** "march third nineteen fifty two", "july five twenty twenty four", "the sixteenth of july two thousand and six", "march nineteen fifty two". */
const DATE_RE = new RegExp(
  `\\b(?:(${MONTH})[ \\t]+(?:of[ \\t]+)?(${SPOKEN_YEAR})|(${MONTH})[ \\t]+(?:the[ \\t]+)?(${DAY})(?![\\w-])(?:,?[ \\t]+(${YEAR}))?|(?:the[ \\t]+)?(${ORDINAL_DAY}|${CARDINAL_DAY})[ \\t]+of[ \\t]+(${MONTH})(?:,?[ \\t]+(${YEAR}))?)(?![\\w-])`,
  'gi',
);
/**
 * A clock time said right before a date: "eight thirty four p.m.", "fourteen nineteen", "five oh
 * one a.m.": the hour, the minutes, and the half of the day if said.
 */
const CLOCK_BEFORE = new RegExp(
  `\\b(?:${[...UNITS.slice(1), ...TEENS, 'twenty(?:[- ](?:one|two|three))?'].join('|')})[ \\t]+(?:oh[ \\t]+(?:${UNITS.slice(1).join('|')})|(?:${TENS.slice(0, 4).join('|')})(?:[- ](?:${UNITS.slice(1).join('|')}))?|${TEENS.join('|')}|o'?clock|hundred)(?:[ \\t]+[ap]\\.?[ \\t]?m\\.?)?[ \\t]+$`,
  'i',
);
/** A word of a dictation's closing stamp: a number or a month said aloud, the half of the day, the links between. */
const STAMP_WORD = `(?:${[...ORDINAL_TEENS, ...ORDINAL_UNITS, 'twentieth', 'thirtieth'].join('|')}|${NUMBER_WORD}|${MONTH}|the|of|and|at|on|[ap]\\.?[ \\t]?m\\.?|o'?clock|\\d{1,4}(?:st|nd|rd|th)?)(?![\\p{L}\\d'])`;
/**
 * "end of dictation eight thirty four p.m. the twenty sixth of august", "dictated six fifty eight
 * four twenty": the time and the date a dictation closes with, said as words.
 * (`(?<!\w)`, not `\b`: the same before a letter, and V8 runs `\b` several times slower under
 * the `i` and `u` flags.)
 */
const DICTATION_STAMP_RE = new RegExp(
  `(?<!\\w)(?:end of dictation|dictated|transcribed)(?:[ \\t]+(?:on|at))?[ \\t]*:?[ \\t]+(${STAMP_WORD}(?:[ \\t,]+${STAMP_WORD}){1,15})`,
  'giu',
);
/** Link words a stamp does not end with. */
const STAMP_TAIL = /(?:[ \t,]+(?:the|of|and|at|on))+$/i;

/** A year in two digits after a month and an ordinal day, closing the answer or the clause: "… 65", "…, '43." */
const SHORT_YEAR_AFTER = /^,?[ \t]+['’]?\d{2}(?=[ \t]*(?:$|[.,;!?)\n]))/;

/** Months that are also verbs: "may one", "march ten" need a year or an ordinal day. */
const VERB_MONTHS = new Set(['may', 'march']);

/** Words after which a run of numbers is a date: "date of birth eight eleven thirty six", "seen on one six twenty four". */
const DATE_BEFORE =
  /(?:date of birth|birth ?date|birthday|dob|d\.o\.b\.?|born|\bon|since|dated|until|till|from|date of (?:service|visit|injury|admission|discharge|onset|death)|service date)[ \t]*(?:is|was|of)?[ \t]*[:,]?[ \t]*$/;
/**
 * A birth date said later in the sentence that says someone was born ("born in the rainy season,
 * seven fourteen seventy nine"), or in the turn that answers a question asking for it
 * ("… your date of birth.\nCALLER: two sixteen twenty six").
 */
const DATE_LATER =
  /\bborn\b[^.\n\d]{0,36}$|(?:date of birth|birth ?date|birthday|dob)[?.]?(?:[ \t]*\n)?[ \t]*[a-z]{2,13}:[ \t]*$/;
/** Words after which a month and a day said without a year are a date: "on the seven twenty five". */
const DAY_BEFORE =
  /(?:\bon the|appointment (?:on|for)|seen on|date of (?:service|visit|injury|admission|discharge))[ \t]*$/;
const ZIP_BEFORE = /\b(?:zip|zipcode|zip code|postcode|post code|postal code|postal)\b/;
const SSN_BEFORE = /\b(?:social|ssn|social security)\b[^\n]{0,24}$/;
const PHONE_BEFORE =
  /\b(?:phone|number|numbers|call|callback|call back|reach|reached|cell|mobile|tel|telephone|ring|text|contact|extension|fax|on|at)\b[^\n\d]{0,24}$/;
const FAX_BEFORE = /\bfax\b[^\n\d]{0,24}$/;

interface Token {
  value: number;
  /** Digits the token says: "5", "57", "44" (double four), "500" (five hundred). */
  digits: string;
  start: number;
  end: number;
  /** A ten joined to the unit after it already. */
  joined: boolean;
}

/** "fifty" not yet joined to a unit. */
function isBareTen(t: Token): boolean {
  return !t.joined && t.value >= 20 && t.value < 100 && t.value % 10 === 0 && t.digits.length === 2;
}

/** The tokens of a run, tens joined to a unit after them ("fifty seven" is 57). */
function readRun(run: string, offset: number): Token[] {
  const out: Token[] = [];
  let repeat = 1;
  /** Where "double" or "triple" began: the digits it repeats come from both words. */
  let repeatFrom = -1;
  TOKEN_RE.lastIndex = 0;
  for (let t = TOKEN_RE.exec(run); t !== null; t = TOKEN_RE.exec(run)) {
    const word = t[0].toLowerCase();
    const start = offset + t.index;
    const end = start + t[0].length;
    if (word === 'double' || word === 'triple') {
      repeat = word === 'double' ? 2 : 3;
      repeatFrom = start;
      continue;
    }
    const last = out[out.length - 1];
    if (word === 'hundred') {
      if (last && last.digits.length === 1) {
        last.digits += '00';
        last.value *= 100;
        last.end = end;
      }
      continue;
    }
    const spelled = WORD_VALUE.get(word);
    const value = spelled ?? Number(word);
    if (Number.isNaN(value)) continue;
    if (spelled !== undefined && spelled > 0 && spelled < 10 && last !== undefined && isBareTen(last)) {
      last.value += value;
      last.digits = String(last.value);
      last.end = end;
      last.joined = true;
      continue;
    }
    const digits = spelled === undefined ? word : String(value);
    out.push({
      value,
      digits: digits.repeat(repeat),
      start: repeatFrom >= 0 ? repeatFrom : start,
      end,
      joined: false,
    });
    repeat = 1;
    repeatFrom = -1;
  }
  return out;
}

/** Month, day and a year of one or two tokens, in either order of month and day. */
function numericDate(tokens: readonly Token[]): boolean {
  if (tokens.length < 3 || tokens.length > 4) return false;
  const [a, b, y1, y2] = tokens.map((t) => t.value) as [number, number, number, number | undefined];
  if (y2 !== undefined && y1 !== 19 && y1 !== 20) return false;
  if (y2 === undefined && y1 > 99) return false;
  const md = (m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= 31;
  return md(a, b) || md(b, a);
}

/** What ends a month and a day said alone: the sentence, or a word that is no unit ("… but", "… at"). */
const DAY_AFTER = /^[ \t]*(?:[.,;:!?)\n]|$|(?:but|and|at|when|we|i|for|in)\b)/;

/** A month's number then a day's: "seven twenty five", "eleven eight". */
function monthAndDay(tokens: readonly Token[]): boolean {
  const [m, d] = tokens.map((t) => t.value) as [number, number];
  return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

function push(ctx: ScanContext, start: number, end: number, type: PhiType): void {
  if (ctx.skip?.has(type)) return;
  ctx.out.push({ start, end, type, ruleId: 'spoken' });
}

function spokenRuns(ctx: ScanContext): void {
  const { text } = ctx;
  RUN_RE.lastIndex = 0;
  for (let m = RUN_RE.exec(text); m !== null; m = RUN_RE.exec(text)) {
    if (!HAS_WORD.test(m[0])) continue;
    const tokens = readRun(m[0], m.index);
    if (tokens.length < 2) continue;
    const first = tokens[0] as Token;
    const lastToken = tokens[tokens.length - 1] as Token;
    const start = first.start;
    const end = lastToken.end;
    const digits = tokens.map((t) => t.digits).join('');
    const head = before(text, start, 100);
    const near = before(text, start, 40);
    if ((DATE_BEFORE.test(near) || DATE_LATER.test(head)) && numericDate(tokens))
      push(ctx, start, end, 'date');
    else if (
      tokens.length === 2 &&
      DAY_BEFORE.test(near) &&
      DAY_AFTER.test(text.slice(end, end + 8)) &&
      monthAndDay(tokens)
    )
      push(ctx, start, end, 'date');
    else if ((digits.length === 5 || digits.length === 9) && ZIP_BEFORE.test(head))
      push(ctx, start, end, 'zip');
    else if ((digits.length === 9 || digits.length === 4) && SSN_BEFORE.test(near))
      push(ctx, start, end, 'ssn');
    else if (digits.length === 10 || (digits.length === 11 && digits[0] === '1'))
      push(ctx, start, end, FAX_BEFORE.test(near) ? 'fax' : 'phone');
    else if (digits.length >= 7 && digits.length <= 11 && PHONE_BEFORE.test(near))
      push(ctx, start, end, FAX_BEFORE.test(near) ? 'fax' : 'phone');
  }
}

function spokenDates(ctx: ScanContext): void {
  const { text } = ctx;
  DATE_RE.lastIndex = 0;
  for (let m = DATE_RE.exec(text); m !== null; m = DATE_RE.exec(text)) {
    let end = m.index + m[0].length;
    if (m[3] !== undefined) {
      const month = m[3].toLowerCase();
      const day = (m[4] as string).toLowerCase();
      const ordinal = ORDINAL_VALUE.has(day.split(/[- ]/).pop() as string) || /\d(?:st|nd|rd|th)$/.test(day);
      // "march eleventh 65", "sep 13th 43": an answer's year in two digits closing it.
      const shortYear =
        m[5] === undefined && ordinal ? SHORT_YEAR_AFTER.exec(text.slice(end, end + 8)) : null;
      if (shortYear) end += shortYear[0].length;
      // "march 3" alone is the date detector's; a verb month needs a year or an ordinal.
      else if (/^\d/.test(day) && (m[5] === undefined || /^\d/.test(m[5]))) continue;
      if (VERB_MONTHS.has(month) && m[5] === undefined && !ordinal) continue;
    }
    const clock = CLOCK_BEFORE.exec(before(text, m.index, 48));
    push(ctx, m.index - (clock ? clock[0].length : 0), end, 'date');
  }
}

function dictationStamps(ctx: ScanContext): void {
  const { text } = ctx;
  DICTATION_STAMP_RE.lastIndex = 0;
  for (let m = DICTATION_STAMP_RE.exec(text); m !== null; m = DICTATION_STAMP_RE.exec(text)) {
    const stamp = (m[1] as string).replace(STAMP_TAIL, '');
    const start = m.index + m[0].length - (m[1] as string).length;
    if (stamp.includes(' ')) push(ctx, start, start + stamp.length, 'date');
  }
}

const MONTH_WORDS = MONTHS.flatMap((w) => [w, w[0]?.toUpperCase() + w.slice(1), w.toUpperCase()]);

export const spokenForms: Detector = {
  id: 'spoken',
  types: ['date', 'zip', 'phone', 'fax', 'ssn'],
  run(ctx: ScanContext) {
    if (!ctx.hasSpace || ctx.text.length < 9) return;
    if (ctx.test(RUN_GATE)) spokenRuns(ctx);
    if (ctx.includes('ictat') || ctx.includes('ranscri')) dictationStamps(ctx);
    for (const w of MONTH_WORDS)
      if (ctx.mayInclude(w)) {
        spokenDates(ctx);
        return;
      }
  },
};
