/**
 * Dates of a person's care written in forms the date detectors leave alone without more to go on:
 *
 * - a month's name and a day without the year ("Labs Jun 22:", "seen December 16th"): a date by
 *   its form, unless it is the modal "May" (it needs an ordinal, a date word before it or a
 *   label's colon after it, "MBS May 6:"), a dose ("Jan 5 mg" is no date), or the clock of a
 *   log line ("Nov 19 10:32:01 host");
 * - a month and day in figures after the words that set a date ("RTC 1/31", "d/c 4/7", "imaging
 *   ordered for 10/12", "moved you to 5/27"), before a clock time ("[5/20 9:13a]", "6/3 at
 *   2pm"), closing a clause after "on" ("noted on exam 6/2"), right after a care facility's name
 *   ("seen at Salem Hospital 6/11") or in a list beside a full date ("Exacerbations: 1/16 (pred
 *   burst), 10/20/2024"); a fraction, a ratio or a dose ("1/2 tab", "pain 7/10", "3/4
 *   strength", "positive on 2/4") has none of these;
 * - a compact date standing alone in prose ("Imaging 20240421 at …", "reviewed on 20250816"),
 *   unless a label makes it a number ("build 20240109", "lot 20240109");
 * - the day of an appointment given as an ISO instant in a message ("see you on
 *   2025-09-03T12:00:00-07:00"): the clock stays, the date is the person's.
 */
import { before, type Detector, extendBackward, type ScanContext } from './detector';
import { hasShortNumberSlash } from './gates';

const DAY = '(?:0?[1-9]|[12]\\d|3[01])';
const MONTH_NAME =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';

/** "Jun 22", "December 16th", "Sept. 3": a month's name (capitalized) and a day. */
const MONTH_NAME_DAY_RE = new RegExp(
  `(?<![\\p{L}\\d])(${MONTH_NAME})\\.?[ \\t]+(${DAY})(st|nd|rd|th)?(?![\\p{L}\\d/-]|\\.\\d|:\\d)`,
  'gu',
);
/** After the day: a year (the full date is the date detectors'), a dose or a log line's clock. */
const NOT_A_YEARLESS_DAY =
  /^(?:,?[ \t]*'?\d{2,4}\b|[ \t]*(?:mg|mcg|g|ml|units?|tabs?|tablets?|caps?|%|x)\b|[ \t]+\d{1,2}:\d{2}:\d{2})/i;
/** Words that put a date after them, or a range's first day ("may 9-May 23"): what lets the modal "May" read as the month. */
const DATE_WORD_BEFORE =
  /(?:\b(?:on|by|until|till|since|from|before|after|of|labs?|seen|drawn|collected|rtc|due|dated?|visit|appt)|\d[ \t]*(?:-|to|through|thru))[ \t]*:?[ \t]*$/i;

/** A month and day in figures, not part of a longer number, a path or a range. */
const MONTH_DAY_RE = new RegExp(
  `(?<![\\w/.:-])((?:0?[1-9]|1[0-2])\\/${DAY})(?![\\w/-]|\\.\\d|[ \\t]*(?:tabs?|tablets?|caps?|doses?|of|mg|strength|units?|days?)\\b)`,
  'g',
);
/** Words that set the date after them: a weekday, a return or discharge, an order or a booking, a move. */
const SETS_A_DATE_BEFORE =
  /(?:\b(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?,?|\b(?:rtc|f\/u|fu|d\/c(?:['’]?d)?|dc|discharged?|until|thru|through)|\b(?:ordered|scheduled|booked|planned|slated|due|set)[ \t]+for|\b(?:moved|pushed|changed|rescheduled|reschedule)[ \t]+(?:(?:you|it|him|her|them|the[ \t]+appt|your[ \t]+appt)[ \t]+)?(?:to|for))[ \t]*:?[ \t]*$/i;
/**
 * "on" (or "on exam", "on admission") before a month and day closing its clause ("noted on exam
 * 6/2", "seen on 12/27."): the day something happened. A score's or a count's fraction ("on 2/4",
 * "4/5 on exam") is read as none.
 */
const ON_BEFORE = /\bon(?:[ \t]+(?:exam|admission|arrival|presentation|rounds|review|discharge))?[ \t]*$/i;
const CLAUSE_END_AFTER = /^[ \t]*(?:$|[\r\n;,)"]|\.(?!\d)|\\n)/;
/** Denominators of the scales and counts written like a month and day ("4/5 strength", "2/4 bottles"). */
const SCALE_DENOMINATORS = new Set([2, 3, 4, 5, 6, 8, 10]);

function scaleLike(monthDay: string): boolean {
  const [top, bottom] = monthDay.split('/').map(Number) as [number, number];
  return top <= bottom && SCALE_DENOMINATORS.has(bottom);
}

/** Whether a month and day at [start, end) closes a clause after "on": "noted on exam 6/2". */
function onDayClosingClause(text: string, start: number, end: number): boolean {
  return (
    ON_BEFORE.test(before(text, start, 24)) &&
    CLAUSE_END_AFTER.test(text.slice(end, end + 3)) &&
    !scaleLike(text.slice(start, end))
  );
}

/** A care facility's name right before the day: "seen by Dr. Roe at Salem Hospital 6/11.", "@ Baystate Medical Center 2/20 for cp". */
const FACILITY_BEFORE =
  /(?:Hospital|Medical Cent(?:er|re)|Health ?[Cc]are|Health|Clinic|Infirmary|Institute|Surgery Center)[ \t]*,?[ \t]*$/;
/** A full date in figures. */
const FULL_DATE =
  '(?:(?:0?[1-9]|1[0-2])\\/(?:0?[1-9]|[12]\\d|3[01])\\/(?:19|20)?\\d\\d|(?:19|20)\\d\\d-[01]\\d-[0-3]\\d)(?![\\d/-])';
/** A note in brackets after a list's date ("1/16 (pred burst), 10/20/2024 (admitted)"). */
const LIST_NOTE = '(?:[ \\t]*\\([^()\\n]{1,40}\\))?';
/** A list of dates: a full date after the day, or before it, with a comma or a semicolon between. */
const FULL_DATE_NEXT = new RegExp(`^${LIST_NOTE}[ \\t]*[,;][ \\t]*${FULL_DATE}`);
const FULL_DATE_BEFORE = new RegExp(`(?<![\\d/-])${FULL_DATE}${LIST_NOTE}[ \\t]*[,;][ \\t]*$`);

/** Whether the day at [start, end) stands in a list of dates, or right after a care facility's name. */
function datedByPlaceOrList(text: string, start: number, end: number): boolean {
  // After a hospital's name no scale is read ("Hartford HealthCare 2/6."); in a list a score may be ("pain 3/10, 4/5/2023").
  if (FACILITY_BEFORE.test(text.slice(Math.max(0, start - 32), start))) return true;
  if (scaleLike(text.slice(start, end))) return false;
  return FULL_DATE_NEXT.test(text.slice(end, end + 60)) || FULL_DATE_BEFORE.test(before(text, start, 48));
}

/** A clock time right after the date: "5/20 9:13a", "6/3 at 2pm", "5/27 14:30". */
const CLOCK_AFTER =
  /^[ \t]+(?:at[ \t]+|@[ \t]*)?(?:\d{1,2}(?::[0-5]\d)?[ \t]?[ap]\.?m?\.?(?![a-z])|(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:]))/i;

/** An eight-figure date of this or the last century standing alone. */
const COMPACT_DATE_RE =
  /(?<![\w./:#-])((?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))(?![\w/-]|[.:,]\d)/g;
/** Labels that make eight figures a number: an id, a code, a build, a lot or a reference. */
const NUMBER_LABEL_BEFORE =
  /(?:\b(?:id|no|num|nbr|number|code|build|version|ver|v|rev|release|lot|batch|snomed|sct|ndc|rxcui|ref|reference|order|accession|acct|account|claim|case|ticket|invoice|serial|sku|npi|mrn|pin)\.?|#)[ \t]*[:#=]?[ \t]*$/i;

/** An ISO date (and its instant) after the words that set an appointment in a message. */
const APPOINTMENT_ISO_RE =
  /\b(?:see you|appointment|appt|visit|follow-?up)\b[^\n.;]{0,24}?\b(?:on|for|at)[ \t]+((?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))(?![\d-])/dgi;

function push(ctx: ScanContext, start: number, end: number, ruleId: string): void {
  ctx.out.push({ start, end, type: 'date', ruleId });
}

function monthNameDays(ctx: ScanContext): void {
  const { text } = ctx;
  MONTH_NAME_DAY_RE.lastIndex = 0;
  for (let m = MONTH_NAME_DAY_RE.exec(text); m !== null; m = MONTH_NAME_DAY_RE.exec(text)) {
    const end = m.index + m[0].length;
    if (NOT_A_YEARLESS_DAY.test(text.slice(end, end + 12))) continue;
    const modal = m[3] === undefined && text.charCodeAt(end) !== 0x3a;
    if (m[1] === 'May' && modal && !DATE_WORD_BEFORE.test(before(text, m.index, 24))) continue;
    push(ctx, m.index, end, 'month_name_day');
  }
}

/** "Labs Mon 6/10:": the weekday before a month and day belongs to it. */
const WEEKDAY_BEFORE = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?[ \t]+$/i;

function setMonthDays(ctx: ScanContext): void {
  const { text } = ctx;
  const found = ctx.out.length;
  MONTH_DAY_RE.lastIndex = 0;
  for (let m = MONTH_DAY_RE.exec(text); m !== null; m = MONTH_DAY_RE.exec(text)) {
    const end = m.index + m[0].length;
    const set =
      SETS_A_DATE_BEFORE.test(before(text, m.index, 40)) ||
      CLOCK_AFTER.test(text.slice(end, end + 16)) ||
      onDayClosingClause(text, m.index, end) ||
      datedByPlaceOrList(text, m.index, end);
    if (set) push(ctx, m.index, end, 'set_month_day');
  }
  if (ctx.out.length > found) extendBackward(ctx, found, WEEKDAY_BEFORE, 12);
}

function compactDates(ctx: ScanContext): void {
  const { text } = ctx;
  COMPACT_DATE_RE.lastIndex = 0;
  for (let m = COMPACT_DATE_RE.exec(text); m !== null; m = COMPACT_DATE_RE.exec(text)) {
    if (NUMBER_LABEL_BEFORE.test(before(text, m.index, 24))) continue;
    push(ctx, m.index, m.index + m[0].length, 'compact_prose_date');
  }
}

function appointmentInstants(ctx: ScanContext): void {
  const { text } = ctx;
  APPOINTMENT_ISO_RE.lastIndex = 0;
  for (let m = APPOINTMENT_ISO_RE.exec(text); m !== null; m = APPOINTMENT_ISO_RE.exec(text)) {
    const span = m.indices?.[1];
    if (span) push(ctx, span[0], span[1], 'appointment_instant');
  }
}

/** A capitalized month's name's first letter and a second one (one expression, not one per call). */
const MONTH_NAME_START = /(?:Jan|Feb|Ma[ry]|Apr|Ju[nl]|Aug|Sep|Oct|Nov|Dec)/;

/** Whether the text may hold a capitalized month's name. */
function mayHoldMonthName(ctx: ScanContext): boolean {
  return ctx.hasUpper && ctx.test(MONTH_NAME_START);
}

export const careDates: Detector = {
  id: 'care_date',
  types: ['date'],
  run(ctx: ScanContext) {
    if (!ctx.hasDigit || ctx.skip?.has('date')) return;
    if (mayHoldMonthName(ctx)) monthNameDays(ctx);
    if (ctx.includes('/') && ctx.passes(hasShortNumberSlash)) setMonthDays(ctx);
    if (!ctx.hasSpace || ctx.longestDigitRun < 4) return;
    if (ctx.longestDigitRun >= 8) compactDates(ctx);
    if (ctx.includes('-')) appointmentInstants(ctx);
  },
};
