/**
 * Dates the main date detector leaves: a German day with its full stop before an English or a
 * German month ("25. August 2023", "3. Okt. 2019"), and dates with no separator or no year
 * ("20200619", "9/15") where what is around them says they are days: a word that schedules or
 * records one ("next review 20211210", "recall 7/23", "refill history: 4/6", "d. 5/28 aged 46",
 * "EDD 20210109", "patient list - 11/2"), a time after them ("20200619 3:51 pm") or another date
 * beside them in a list ("2/12/2021, 4/6, 18 July 2025"), or a bar table's column headed "Date".
 */
import { dates } from './dates';
import type { Detector, ScanContext, ScanOptions } from './detector';
import { scan, scanContext } from './detector';
import { shortNumberSlash } from './gates';
import { asDigits } from './ocr-values';

const MONTH =
  '(?:jan(?:uary|uar)?|j[aä]nner|feb(?:ruary|ruar)?|mar(?:ch)?|m[aä]r(?:z)?|maerz|apr(?:il)?|may|mai|jun[ei]?|jul[iy]?|aug(?:ust)?|sep(?:t(?:ember)?)?|o[ck]t(?:ober)?|nov(?:ember)?|de[cz](?:ember)?)';
/** "25. August 2023", "3. Okt. 2019": a day, its full stop, a month and a year. */
const DAY_STOP_MONTH_RE = new RegExp(
  `(?<![\\w.])(?:0?[1-9]|[12]\\d|3[01])\\.[ \\t]+${MONTH}\\.?[ \\t]+(?:19|20)\\d{2}(?![\\w])`,
  'giu',
);
/** A month's first letters after a day's full stop ("72. Continue" is a sentence's end). */
const DAY_STOP_MONTH_GATE = /\d\.[ \t]+[JFMASONDjfmasond][a-zäA-ZÄ]{2}/;

/** "20200619": a year, month and day written together. */
const COMPACT_RE = /(?<![\w./-])(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?![\w/-]|[.,]\d)/g;
const COMPACT_GATE = /(?:19|20)\d{2}(?:0[1-9]|1[0-2])[0-3]\d/;
/** "9/15", "12/5": a month and day (or day and month) without a year. */
const MONTH_DAY_RE =
  /(?<![\w/.:-])(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])(?![\w/-]|[.,]\d|\s*(?:tabs?|tablets?|caps?|capsules?|pills?|doses?|of|mg|mcg|ml|units?|strength|ns|nss|ratio|scale|score|pain)\b)/g;
const MONTH_DAY_GATE = /(?:^|[^\w/.:-])1?\d\/[0-3]?\d/;

/**
 * "12DEC24", "03Mar2019": a day, a month's three letters and a year written together, as
 * terminal printouts and legacy systems write a date. Not inside a longer code ("LOT 12MAR24A").
 */
const DAY_MONTH_YEAR_GLUED_RE =
  /(?<![\w./-])(?:0?[1-9]|[12]\d|3[01])(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?:\d{2}|(?:19|20)\d{2})(?![\w/-]|[.,]\d)/g;
const DAY_MONTH_YEAR_GLUED_GATE =
  /\d(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\d\d/;

/**
 * Words right before a day that schedule or record it: "next contact", "recall", "review",
 * "refill history:", "d." and "b." (died, born), "EDD", "due", a list's dated heading ("patient list - ", "census - ").
 */
const DATE_CUE_BEFORE =
  /(?:\b(?:next(?:[ \t]+(?:contact|recall|review|visit|appt|appointment|session|check|call|dose))?|recall|review|refills?|refill[ \t]+history|edd|due(?:[ \t]+date)?|expires?|expiry|as[ \t]+of|effective|dated|served|issued|mailed|filed)\b|\b[bd]\.|\b(?:list|census|rota|roster|handover|handoff|schedule|board)[ \t]*[-–]|\b(?:note|addendum|slot|huddle|sign-?out))[ \t:]*$/i;
/** An expected delivery or last period date said earlier on the line: "EDD by Naegele's rule 20210109". */
const DATE_CUE_ON_LINE = /\b(?:edd|lmp|due date)\b[^\n]{0,32}$/i;
/**
 * A time after the day: "20200619 3:51 pm", "20211210 at 12:31 am"; or a shift change, "handoff
 * 4 west 5/6 nights -> days".
 */
const TIME_AFTER =
  /^[ \t]+(?:(?:at[ \t]+)?(?:[01]?\d|2[0-3]):[0-5]\d\b|(?:nights?|days|evenings?|nocs?)[ \t]*(?:->|→|to)[ \t]*(?:nights?|days|evenings?|nocs?)\b)/i;
/**
 * Another date just before in a list: "2/12/2021, ", "18 July 2025, ", "2017-07-12, ". (`(?<!\w)`,
 * not `\b`: the same before a letter, and V8 runs `\b` several times slower under the `i` and `u` flags.)
 */
const DATE_BEFORE_IN_LIST = new RegExp(
  `(?:\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|(?:19|20)\\d{6}|(?<!\\w)${MONTH}\\.?[ \\t]+\\d{1,2}(?:st|nd|rd|th)?(?:,?[ \\t]+\\d{4})?|\\d{1,2}[ \\t]+${MONTH}\\.?(?:[ \\t]+\\d{4})?|\\d{1,2}${MONTH}\\d{2,4}|['’]\\d{2})[ \\t]*,[ \\t]*$`,
  'iu',
);
/** Another date just after in a list: ", 17. Februar 2018", ", 2/10/2024", ", 03-Mar-2021". */
const DATE_AFTER_IN_LIST = new RegExp(
  `^[ \\t]*,[ \\t]*(?:\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b|\\d{4}-\\d{2}-\\d{2}|(?:19|20)\\d{6}\\b|\\d{1,2}\\.?[ \\t]+(?:de[ \\t]+)?\\p{L}{3,}[ \\t]+(?:de[ \\t]+)?\\d{4}|${MONTH}\\.?[ \\t]+\\d{1,2}\\b|\\d{1,2}${MONTH}\\d{2,4}|\\d{1,2}-${MONTH}-\\d{2,4})`,
  'iu',
);
/** Words before a number that make it something else: a code, an identifier or a measure. */
const NOT_DATE_BEFORE =
  /\b(?:ndc|npi|dea|mrn|id|no|acct|account|policy|member|claim|order|ref|case|serial|sn|lot|batch|bp|ratio|score|grade|fev1|version|v|build|rev|release|icd(?:-?10)?|cpt|page|room|bed|tab|tabs|dose|pain|gcs|apgar|vas|nrs)\.?[ \t:#]*$/i;

function datedHere(m: RegExpExecArray, text: string): boolean {
  const head = text.slice(Math.max(0, m.index - 40), m.index);
  if (NOT_DATE_BEFORE.test(head)) return false;
  const end = m.index + m[0].length;
  const tail = text.slice(end, end + 40);
  return (
    DATE_CUE_BEFORE.test(head) ||
    DATE_CUE_ON_LINE.test(head) ||
    TIME_AFTER.test(tail) ||
    DATE_BEFORE_IN_LIST.test(head) ||
    DATE_AFTER_IN_LIST.test(tail)
  );
}

const DATED_HERE: ScanOptions = { accept: (_v, m, text) => datedHere(m, text) };
/** A glued date is a date wherever it stands, unless a code's or a batch's label is before it. */
const NOT_A_CODE_HERE: ScanOptions = {
  accept: (_v, m, text) => !NOT_DATE_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)),
};

/**
 * A column header that names a day: "Date", "Visit date", "DOS", "Fecha", "Datum", or the day of
 * an event of the person's care ("Last seen", "Next appt", "Admitted", "Onset", "Last review").
 */
const DATE_HEADER =
  /^(?:(?:visit|service|admission|discharge|encounter|appt|appointment)[ \t]+)?(?:date|dos|date of service|fecha|datum|data|day)$|^(?:(?:last|next|first|date)[ \t]+)?(?:seen|visit|review|reviewed|appt|appointment|admitted|admission|discharged|onset|due|contact|dob)$/i;
/** What a day in such a column may be written as, with no separator or no year: "20230227", "2/10", "28/4". */
const BARE_DAY_CELL =
  /^(?:(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])|(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])|(?:1[3-9]|2\d|3[01])\/(?:0?[1-9]|1[0-2]))$/;

const DATE_HEADER_GATE =
  /\|[ \t]*(?:[a-z]+[ \t]+)?(?:date|dos|fecha|datum|data|day|seen|visit|review|reviewed|appt|appointment|admitted|admission|discharged|onset|due|contact|dob)[ \t]*\|/i;

/** "| 20230227 | …" under a "| Date |" header: the bar-table cells of a column that holds days. */
function dateColumnCells(ctx: ScanContext): void {
  const text = ctx.text;
  let column = -1;
  let headerBarFirst = false;
  let at = 0;
  while (at < text.length) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(at, end);
    if (!line.includes('|')) column = -1;
    else {
      const cells = line.split('|');
      const header = cells.findIndex((c) => DATE_HEADER.test(c.trim()));
      const barFirst = line.trimStart().startsWith('|');
      if (header >= 0) {
        column = header;
        headerBarFirst = barFirst;
      } else if (column >= 0 && barFirst === headerBarFirst && cells.length > column) {
        const cell = cells[column] as string;
        const value = cell.trim();
        if (BARE_DAY_CELL.test(value) && !ctx.skip?.has('date')) {
          let start = at;
          for (let k = 0; k < column; k++) start += (cells[k] as string).length + 1;
          start += cell.indexOf(value);
          ctx.out.push({ start, end: start + value.length, type: 'date', ruleId: 'date_column' });
        }
      }
    }
    at = end + 1;
  }
}

/**
 * A number an OCR engine read with letters for digits: "20l5", "l0", "2l", "l93l" ('l' or 'I' for
 * 1, 'O' for 0), the whole token digits and such letters, at least one of each, and no 'O' first;
 * or a day read all as letters between a month and a year ("January ll, 2007").
 */
const OCR_DIGITS =
  /(?<![\p{L}\d])(?:[lI][\dlIO]*\d|\d[\dlIO]*[lIO])[\dlIO]*(?![\p{L}\d])|(?<=\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+)[lI]{1,2}(?=,?[ \t]+(?:19|20)\d\d\b)/gu;
/** Letters beside digits, or a day of letters alone between a month and a year ("January ll, 2007"). */
const OCR_DIGITS_GATE = /\d[lIO]|[lI]\d|[a-z.][ \t]+[lI]{1,2},?[ \t]+(?:19|20)\d\d/;

/** Dates in the text read with the OCR engine's letters taken for the digits they stand for. */
function ocrDates(ctx: ScanContext): void {
  const chars = ctx.text.split('');
  const repaired: number[] = [];
  OCR_DIGITS.lastIndex = 0;
  for (let m = OCR_DIGITS.exec(ctx.text); m !== null; m = OCR_DIGITS.exec(ctx.text)) {
    const digits = asDigits(m[0]);
    for (let i = 0; i < digits.length; i++)
      if (digits[i] !== m[0][i]) {
        chars[m.index + i] = digits[i] as string;
        repaired.push(m.index + i);
      }
  }
  if (repaired.length === 0) return;
  // One letter for one digit: the copy keeps every offset.
  const copy = scanContext(chars.join(''), ctx.skip, false, ctx.fields);
  dates.run(copy);
  contextDates.run(copy);
  for (const span of copy.out)
    if (repaired.some((i) => span.start <= i && i < span.end)) ctx.out.push({ ...span, ruleId: 'date_ocr' });
}

export const contextDates: Detector = {
  id: 'intl_date',
  types: ['date'],
  run(ctx: ScanContext) {
    if (!ctx.hasDigit) return;
    if (ctx.digits >= 5 && ctx.includes('. ') && ctx.test(DAY_STOP_MONTH_GATE))
      scan(ctx, DAY_STOP_MONTH_RE, 'date', 'date_text');
    if (ctx.longestDigitRun >= 8 && ctx.test(COMPACT_GATE))
      scan(ctx, COMPACT_RE, 'date', 'date_compact', DATED_HERE);
    if (ctx.hasUpper && ctx.test(DAY_MONTH_YEAR_GLUED_GATE))
      scan(ctx, DAY_MONTH_YEAR_GLUED_RE, 'date', 'date_text', NOT_A_CODE_HERE);
    if (ctx.includes('/') && ctx.bits(shortNumberSlash) !== 0 && ctx.test(MONTH_DAY_GATE))
      scan(ctx, MONTH_DAY_RE, 'date', 'date_month_day', DATED_HERE);
    if (ctx.includes('|') && ctx.includes('\n') && ctx.test(DATE_HEADER_GATE)) dateColumnCells(ctx);
    // A digit read as a letter is an 'l', an 'I' or an 'O': a text without any holds none.
    if (
      (ctx.includes('l') || ctx.includes('I') || ctx.includes('O')) &&
      ctx.test(OCR_DIGITS_GATE) &&
      !ctx.skip?.has('date')
    )
      ocrDates(ctx);
  },
};
