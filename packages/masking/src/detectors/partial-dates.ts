/**
 * Dates written without their year where a record or a message dates something: a month and
 * day after a record verb ("updated 6/10", "added 1/24", "Received 8/27"), as the other date of
 * a follow-up ("rtc 2 wks or 10/28"), as the date of an appointment ("your lab is 3/26"),
 * closing a heading ("NURSING SHIFT NOTE nights 1/13", "Subject: capacity huddle 1/3"); a month
 * name in lower case with its day ("feb 28", "on march 6th"); and the date of a mail client's
 * quoted header ("Sent: monday, November 10, 2025 10:24 PM"), which is a letter's date, not a
 * system's stamp. A fraction, a ratio, a score or a dose ("1/2 tab", "BP 120/80", "pain 5/10",
 * "3/4 strength") has none of these and stays.
 */
import { before, type Detector, type ScanContext, type ScanOptions, scan } from './detector';
import { hasShortNumberSlash } from './gates';
import { isScoreOutOfTen } from './scores-and-ranges';

/** A month and day (or a day past 12 and a month), not part of a longer number, a dose or a range. */
const MONTH_DAY_RE =
  /(?<![\w/.:-])(0?[1-9]|[12]\d|3[01])\/(0?[1-9]|[12]\d|3[01])(?![\w/-]|\.\d|[ \t]*(?:tabs?|tablets?|caps?|capsules?|pills?|doses?|of|mg|mcg|ml|units?|strength|ns|nss|cups?|glass(?:es)?|times|x|days?|wks?|weeks?|mos?|months?|hrs?|hours?|yrs?|years?)\b)/g;

/** Verbs a record or a list dates its entries with: "updated 6/10", "added 1/24", "Received 8/27". */
const RECORD_VERB_BEFORE =
  /\b(?:updated|added|received|reviewed|entered|posted|listed|referred|booked|rescheduled|cancell?ed|faxed|mailed|e-?mailed|called|ordered|requested|completed|restarted|resumed|stopped|held|placed|removed|sent for|reminder for|last seen|next|as of|effective|eff\.?|wef|date)\s*:?\s*$/i;
/** "rtc 2 wks or 10/28", "f/u 6 weeks or on 3/12": a follow-up's date after its interval. */
const FOLLOW_UP_OR_BEFORE =
  /\b(?:rtc|f\/u|fu|follow[- ]?up|return|recheck|revisit|re-?eval(?:uate)?)\b[^\n.;]{0,24}\bor\s+(?:on\s+)?$/i;
/** "your lab is 3/26", "appt on 10/2", "mammogram: 5/4": an appointment's date. */
const APPOINTMENT_BEFORE =
  /\b(?:appt|appointment|visit|lab|labs|blood work|test|scan|mri|ct|x-?ray|mammogram|colonoscopy|endoscopy|shot|vaccine|injection|infusion|procedure|surgery|covid|flu|physical|check-?up|screening|echo|ultrasound|session|class|consult|clinic|follow-?up)\s*(?:is|was|will be|set for|booked for|for|on|:)\s*$/i;
/**
 * "last drink 5/6", "last exposure 16/8", "next hv 20/9", "next line change 9/25", "target 7/30":
 * the last or the next time of an event (up to two words of it between) or a target date; "she
 * was back 4/9", "went in 8/6": a return or a visit.
 */
const EVENT_TIME_BEFORE =
  /(?:\b(?:last|next|target|due)(?:[ \t]+[a-z][a-z'-]{0,14}){0,2}|\b(?:was|were|came|went|got|been|be|is|come|go)[ \t]+(?:back|in|home))[ \t]*:?[ \t]*$/i;
/** Scores and strengths that a "last" or a "next" may measure: "last MMSE 24/30", "power 4/5". */
const SCORE_BEFORE =
  /\b(?:score|scores|power|strength|grade|mmse|moca|phq-?\d*|gad-?\d*|apgars?|gcs|acuity|va|ratio|titre|titer|dilution)[ \t]*:?[ \t]*$/i;
/** A field whose label names a date: "Date employer notified: 3/29", "Date of last visit: 4/8". */
const DATE_LABEL_BEFORE = /\bdates?\b[^\n:]{0,40}:[ \t]*$/i;
/**
 * A log's entry opening its line: the date, then a dash or a colon and words ("7/3 - pt
 * called", "7/3: seen"), or a visit's or a call's shorthand ("17/9 hv …", "4/5 tc with dtr").
 */
const LOG_ENTRY_AFTER =
  /^[ \t]*(?:[-–:|][ \t]+\p{L}|(?:hv|home visit|visit|seen|reviewed|called|phoned|rang|call|tc|t\/c|appt|admitted|adm|d\/c|discharged|pt|patient|note|nv|ov)\b)/iu;
/** "Imaging 9/10: liver …", "CT 3/4: clear": a date labelling the finding after its colon, a word before it. */
const FINDING_AFTER = /^:[ \t]+\p{L}/u;
const WORD_BEFORE = /\p{L}{2,}[ \t]+$/u;

/** Whether only blanks or a list's bullet stand between the line's start and `index`. */
function opensLine(text: string, index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) return true;
    if (c !== 0x20 && c !== 0x09 && c !== 0x2d && c !== 0x2a && c !== 0x2022) return false;
  }
  return true;
}

/** Words of a heading that a date closes: a note's, a list's, a meeting's or a message's subject. */
const HEADING_WORDS =
  /\b(?:note|notes|huddle|update|report|shift|schedule|list|waitlist|log|summary|handoff|hand-off|rounds|census|subject|progress|board|agenda|minutes|memo|assignments?|nights|days|call|meeting|sign-?out)\b/i;

/** Whether the month and day at `index` closes a heading line (a short line with a heading word). */
function closesHeading(text: string, index: number, end: number): boolean {
  let after = end;
  while (text.charCodeAt(after) === 0x20 || text.charCodeAt(after) === 0x09) after++;
  if (after < text.length && text.charCodeAt(after) !== 0x0a && text.charCodeAt(after) !== 0x0d) return false;
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  return index - lineStart <= 80 && HEADING_WORDS.test(text.slice(lineStart, index));
}

/**
 * Whether a record verb, an event's last or next time, a date's label, a log's entry, a
 * follow-up, an appointment or a heading dates what starts at `index`.
 */
function datedHere(text: string, index: number, end: number): boolean {
  const head = before(text, index, 48);
  return (
    RECORD_VERB_BEFORE.test(head) ||
    (EVENT_TIME_BEFORE.test(head) && !SCORE_BEFORE.test(head)) ||
    DATE_LABEL_BEFORE.test(head) ||
    (opensLine(text, index) && LOG_ENTRY_AFTER.test(text.slice(end, end + 16))) ||
    (FINDING_AFTER.test(text.slice(end, end + 4)) && WORD_BEFORE.test(head) && !SCORE_BEFORE.test(head)) ||
    FOLLOW_UP_OR_BEFORE.test(head) ||
    APPOINTMENT_BEFORE.test(head) ||
    closesHeading(text, index, end)
  );
}

const MONTH_DAY_OPTIONS: ScanOptions = {
  accept: (_v, m, text) => {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a > 12 && b > 12) return false;
    if (isScoreOutOfTen(text, m.index, b)) return false;
    return datedHere(text, m.index, m.index + m[0].length);
  },
};

/** A month name in lower case (the capitalized ones are the date detector's) and a day. */
const LOWER_MONTH_DAY_RE =
  /(?<![\w-])(jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december)\.?\s+(\d{1,2})(st|nd|rd|th)?(?![\w:/-]|[.,]\d|[ \t]*(?:%|mg|mcg|ml|units?|tabs?|hrs?|hours?|min|mins|days?|wks?|weeks?|mo|months?|yrs?|years?|x|times|pts?|patients?|beds?)\b)/dg;
/** A lower-case month's first three letters (a word look-up the scan context answers by its characters). */
const LOWER_MONTH_GATE = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/;
/** Month names that are also everyday words: dated only after a date word or with an ordinal day. */
const MONTH_WORDS = new Set(['may', 'mar', 'march']);
/** What dates a month that is also a word: a preposition of time, a weekday, a date label. */
const DATE_WORD_BEFORE =
  /(?:\b(?:on|by|until|till|since|from|before|after|due|dated|date)|\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?)\s*:?\s*$/i;

const LOWER_MONTH_OPTIONS: ScanOptions = {
  accept: (_v, m, text) => {
    const day = Number(m[2]);
    if (day < 1 || day > 31) return false;
    if (!MONTH_WORDS.has(m[1] as string)) return true;
    return (
      DATE_WORD_BEFORE.test(before(text, m.index, 16)) || datedHere(text, m.index, m.index + m[0].length)
    );
  },
};

/**
 * A mail client's quoted header line: "Sent: monday, November 10, 2025 10:24 PM", "> Date: Tue,
 * 4 Mar 2025"; without its weekday ("Sent: April 21, 2024 12:29") or in figures ("Sent:
 * 03/26/2023 13:28") only beside another header line (From:, To:, Cc:, Subject:), which a log's
 * "sent: 2024-…" has not.
 */
const MAIL_HEADER_DATE_RE =
  /^[ \t]*(?:>[ \t]*)*(?:sent|date)[ \t]*:[ \t]*(?:((?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?[ \t]+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?,?[ \t]+\d{4}|\d{1,2}[ \t]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?[ \t]+\d{4}))|(\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})(?=[ \t]+\d{1,2}:\d{2}|[ \t]*$))/dgim;
const MAIL_HEADER_GATE = /sent|date/i;
const WEEKDAY_FIRST = /^(?:mon|tue|wed|thu|fri|sat|sun)/i;
/** Another header line of the same mail, on the lines around. */
const OTHER_HEADER = /^[ \t]*(?:>[ \t]*)*(?:from|to|cc|subject)[ \t]*:/im;

function mailHeaderDates(ctx: ScanContext): void {
  const text = ctx.text;
  const re = MAIL_HEADER_DATE_RE;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const span = m.indices?.[1] ?? m.indices?.[2];
    if (!span) continue;
    const withWeekday = m[1] !== undefined && WEEKDAY_FIRST.test(m[1]);
    if (withWeekday || OTHER_HEADER.test(text.slice(Math.max(0, m.index - 160), m.index + m[0].length + 160)))
      ctx.out.push({ start: span[0], end: span[1], type: 'date', ruleId: 'date_partial' });
  }
}

export const partialDates: Detector = {
  id: 'date_partial',
  types: ['date'],
  run(ctx: ScanContext) {
    if (!ctx.hasDigit || !ctx.hasSpace || ctx.skip?.has('date')) return;
    if (ctx.passes(hasShortNumberSlash)) scan(ctx, MONTH_DAY_RE, 'date', 'date_partial', MONTH_DAY_OPTIONS);
    if (ctx.test(LOWER_MONTH_GATE))
      scan(ctx, LOWER_MONTH_DAY_RE, 'date', 'date_partial', LOWER_MONTH_OPTIONS);
    if (ctx.digits >= 5 && ctx.includes(':') && ctx.test(MAIL_HEADER_GATE)) mailHeaderDates(ctx);
  },
};
