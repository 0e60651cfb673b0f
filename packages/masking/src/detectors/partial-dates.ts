/**
 * Dates written without their year where a record or a message dates something: a month and
 * day after a record verb ("updated 6/10", "consulted 6/27", "noted 7/15", "Return 1/31"), as
 * the other date of a follow-up ("rtc 2 wks or 10/28"), as the date of an appointment ("your lab
 * is 3/26"), closing a heading ("NURSING SHIFT NOTE nights 1/13"), after a result and its unit
 * ("Lactate 5.4 mmol/L 9/22"), closing a signature line ("Dr. Roe  1/27", "verified 7/5"), after a procedure a patient is status post ("s/p CABG 4/22"), as
 * an end of a range of days ("6/30–7/14", "out from 7/11 to 7/15"); a month name in lower case
 * with its day ("feb 28", "Labs aug 19:", "set up may 2."); and the date of a mail client's
 * quoted header ("Sent: monday, November 10, 2025 10:24 PM"), also after another header on its
 * line ("To: Dr B   Sent: 6/22/2024 06:59"), which is a letter's date, not a system's stamp. A
 * fraction, a ratio, a score, a count or a dose ("1/2 tab", "BP 120/80", "pain 5/10", "3/6
 * cycles", "2/6 SEM") has none of these and stays.
 */
import { before, type Detector, type ScanContext, type ScanOptions, scan } from './detector';
import { hasShortNumberSlash } from './gates';
import { isScoreOutOfTen } from './scores-and-ranges';

/** What after a figure makes it a dose, a count, a duration or a murmur's grade: "1/2 tab", "3/6 cycles", "2/6 SEM". */
const MEASURE_AFTER =
  '[ \\t]*(?:tabs?|tablets?|caps?|capsules?|pills?|doses?|of|mg|mcg|ml|units?|strength|ns|nss|cups?|glass(?:es)?|times|x|days?|wks?|weeks?|mos?|months?|hrs?|hours?|yrs?|years?|cycles?|sessions?|courses?|sets?|reps?|rounds?|fractions?|criteria|points?|murmur|sem|systolic|diastolic|holosystolic)\\b';
/** A month's name, in any case, as the range rules read it beside a month and day. */
const MONTH_NAME =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** A dash that is no range of days: one not followed by another month and day or a month's name. */
const NO_DAY_DASH = `-(?!\\d{1,2}\\/\\d|${MONTH_NAME}\\b)`;
/**
 * A month and day (or a day past 12 and a month), not part of a longer number or a dose; a dash
 * before or after it only when another day stands on its other side ("6/30-7/14", "10/12-oct 26").
 */
const MONTH_DAY_RE = new RegExp(
  `(?<![\\w/.:])(?<!(?<!\\d\\/\\d{1,2}|${MONTH_NAME}[ \\t]\\d{1,2})-)(0?[1-9]|[12]\\d|3[01])\\/(0?[1-9]|[12]\\d|3[01])(?![\\w/]|${NO_DAY_DASH}|\\.\\d|\\)?${MEASURE_AFTER})`,
  'gi',
);

/** Verbs a record or a list dates its entries with: "updated 6/10", "added 1/24", "Received 8/27". */
const RECORD_VERB_BEFORE =
  /\b(?:updated|added|received|reviewed|entered|posted|listed|referred|booked|rescheduled|cancell?ed|faxed|mailed|e-?mailed|called|ordered|requested|completed|restarted|resumed|stopped|held|placed|removed|sent for|reminder for|last seen|next|as of|effective|eff\.?|wef|date|consulted|noted|started|initiated|discontinued|switched|diagnosed|implanted|inserted|replaced|set up|fitted|returned|return|disconnect(?:ed)?|compared? (?:with|to)(?:[ \t]+(?:the|a|prior|previous|last|study|studies|exam|echo|film|films|imaging|scan|one|of|from|dated)){0,3}|accepted(?:[ \t]+for)?|scheduled(?:[ \t]+for)?|soc|start of care|call|explanted|extubated|intubated|transfused|excised|resected|biopsied|transplanted|approved|approval|authori[sz]ed|authori[sz]ation|verified|signed|co-?signed|countersigned|attested|witnessed|dictated|transcribed)(?:[ \t]+by(?:[ \t]+[\w.'-]+){1,3})?\s*:?\s*$/i;
/** "(prior IMG_2896.jpg, 4/12)", "(previous echo, 7/3)": the date of the earlier study a parenthesis names. */
const PRIOR_IN_PARENS_BEFORE = /\((?:prior|previous|last|compared with|comparison)\b[^()\n]{0,60},[ \t]*$/i;
/** "COMPARISON: None. 10/9", "Comparison: CT 3/4": the date of the study a report compares with. */
const COMPARISON_BEFORE = /\bcomparison\b[ \t]*:[^\n]{0,30}$/i;
/** "s/p CABG 4/22", "s/p lap chole in 3/19": the date of the procedure a patient is status post. */
const STATUS_POST_BEFORE = /\bs\/p\b[^\n,;()]{0,32}$/i;
/**
 * "Lactate 5.4 mmol/L 9/22", "A1c 7.1 % 3/4": a result's value and unit, then the day it was drawn.
 */
const RESULT_UNIT_BEFORE =
  /\d[ \t]*(?:%|(?:mg|g|ng|pg|mcg|ug|µg|u|iu|uiu|miu|mmol|meq|mosm|k|cells|mm)\/(?:dl|l|ml|ul|µl|hr|h))[ \t]+$/i;
/** Studies, tests and procedures a note dates by writing the day right after them. */
const STUDY =
  'x-?ray|xr|cxr|kub|ct|cta|mri|mra|ultrasound|echo|tte|tee|ekg|ecg|eeg|emg|egd|colonoscopy|endoscopy|biopsy|cath|pet|dexa|mammo(?:gram)?|pft|labs?|bloods|cultures?|ua|a1c|hba1c|cbc|bmp|cmp|lfts?|tsh|inr|psa|pap|svd';
/** "echo 11/23 EF 55%", "cath 11/25 showed 3VD", "x-ray (4/5) neg", "MRI done 2/14": a study's day. */
const STUDY_BEFORE = new RegExp(
  `\\b(?:${STUDY})(?:[ \\t]+(?:done|performed|completed|obtained|draw|drawn|showed|on|dated))?[ \\t]*\\(?~?[ \\t]*$`,
  'i',
);
/** "Day 2 (11/5):", "HD #3 (4/2)", "POD 1, 6/3": a stay's numbered day, then the day it fell on. */
const STAY_DAY_BEFORE = /\b(?:day|hd|pod|hospital day)[ \t]*#?[ \t]*\d{1,3}[ \t]*(?:\(|,|:|-)[ \t]*$/i;
/** "hgb 8.1 (3/4)", "f/u in 2 wks (~4/3)": a value's or an interval's day in brackets after it. */
const BRACKETED_DAY_BEFORE =
  /(?:\d\.\d+(?:[ \t]*(?:%|[a-z]+\/[a-z]+))?|\b(?:in|x)[ \t]+\d+[ \t]*(?:d|days?|wks?|weeks?|mos?|months?))[ \t]*\(~?[ \t]*$/i;
/**
 * "started metformin 3/12", "held lisinopril on 5/2": a drug or a treatment begun or stopped on
 * the day after its name; "2/2" there is the shorthand for "secondary to" ("held metoprolol 2/2 low BP").
 */
const BEGUN_OR_STOPPED_BEFORE =
  /\b(?:started|stopped|held|discontinued|restarted|resumed|initiated|began|begun)[ \t]+(?!(?:to|by|from|with|at|of|for|the|and|on)\b)[a-z][\w-]{2,20}[ \t]+(?:on[ \t]+)?$/i;
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
/**
 * "prior fill 10/3", "previous visit 4/9": the earlier time of an event named by one or two words
 * after "prior" or "previous" (a fraction stays: "previous dose 1/2").
 */
const EARLIER_EVENT_BEFORE = /\b(?:prior|previous|earlier)(?:[ \t]+[a-z][a-z'-]{0,14}){1,2}[ \t]*:?[ \t]*$/i;
/** "see you 12/12", "see you on 2/6": the visit a reminder names. */
const SEE_YOU_BEFORE = /\bsee you(?:[ \t]+(?:on|again|back|next|then))?[ \t]*$/i;
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

/** What joins the two ends of a range of days: a dash, "to", "until", "and" ("between 3/14 and 3/18"). */
const RANGE_JOIN = '(?:[–—-]|\\b(?:to|through|thru|until|till|and)\\b)';
/** The first day of a range right before: "6/30–", "from march 22 to ", "jun 7-". */
const RANGE_START_BEFORE = new RegExp(
  `(?:(?<![\\d/.])(\\d{1,2}\\/\\d{1,2})|\\b${MONTH_NAME}\\.?[ \\t]+\\d{1,2}(?:st|nd|rd|th)?)[ \\t]*${RANGE_JOIN}[ \\t]*$`,
  'i',
);
/** The last day of a range right after: "–7/14", " to may 19", "–September 8"; not a dose ("to 3/4 tab"). */
const RANGE_END_AFTER = new RegExp(
  `^[ \\t]*${RANGE_JOIN}[ \\t]*(?:(\\d{1,2}\\/\\d{1,2})(?![\\d/]|${MEASURE_AFTER})|${MONTH_NAME}\\.?[ \\t]+\\d{1,2}(?!\\d))`,
  'i',
);

/**
 * Whether two figures joined as a range read as days, not as strengths or scores over one number
 * ("from 3/5 to 4/5") or as a dose's fractions ("1/2 to 3/4"); "from 1/3 to 1/7", in one month,
 * are days.
 */
function daysApart(own: string, other: string | undefined): boolean {
  if (other === undefined) return true;
  const [a, b] = own.split('/');
  const [c, d] = other.split('/');
  if (b === d) return false;
  return !(isCommonFraction(own) && isCommonFraction(other) && a !== c);
}

/**
 * Whether the month and day from `index` to `end` opens or closes a range of days ("14-day report
 * 6/30–7/14", "out from 7/11 to 7/15", "jun 7–jun 21", "between 3/14 and 3/18").
 */
function inDateRange(text: string, index: number, end: number): boolean {
  const own = text.slice(index, end);
  const numeric = own.includes('/');
  const start = RANGE_START_BEFORE.exec(text.slice(Math.max(0, index - 28), index));
  if (start) return !numeric || daysApart(own, start[1]);
  const close = RANGE_END_AFTER.exec(text.slice(end, end + 28));
  return close !== null && (!numeric || daysApart(own, close[1]));
}

/** "1/2", "3/4", "2/3", "1/8": a figure over a larger one of at most eight, what a dose's fraction is. */
function isCommonFraction(value: string): boolean {
  const slash = value.indexOf('/');
  if (slash < 0) return false;
  const top = Number(value.slice(0, slash));
  const bottom = Number(value.slice(slash + 1));
  return top < bottom && bottom <= 8;
}

/**
 * "week of 3/14", "around 3/14", "starting 3/14", "between 3/14 and", "went to ED 3/14", "fell
 * 3/14": a day an event of the person's began, ended or fell on, roughly or exactly; a fraction
 * ("about 1/2", "around 3/4") is none.
 */
const ABOUT_A_DAY_BEFORE =
  /\b(?:week of|around|approx(?:\.|imately)?|about|circa|starting|beginning|ending|between|began|begun|fell|hospitali[sz]ed|quit|eval(?:uated)?|ed|er|urgent care|returned to work|back to work|off work until|out of work until)[ \t]*:?[ \t]*$/i;

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
  /\b(?:note|notes|huddle|update|report|shift|schedule|list|waitlist|log|summary|handoff|hand-off|rounds|census|subject|progress|board|agenda|minutes|memo|assignments?|nights|days|call|meeting|sign-?out|consult|consultation|evaluation|admission|encounter)\b/i;

/** Whether the month and day at `index` closes a heading line (a short line with a heading word). */
function closesHeading(text: string, index: number, end: number): boolean {
  let after = end;
  while (text.charCodeAt(after) === 0x20 || text.charCodeAt(after) === 0x09) after++;
  if (after < text.length && text.charCodeAt(after) !== 0x0a && text.charCodeAt(after) !== 0x0d) return false;
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  return index - lineStart <= 80 && HEADING_WORDS.test(text.slice(lineStart, index));
}

/** A signer's title or credentials on a signature line: "Dr. Roe", "A. Roe, MD, FACC", "Roe, Ann DO". */
const SIGNER_WORDS = /(?:^|[ \t])Dr\.|\b(?:MD|M\.D\.|DO|NP|PA-C|RN|FACC|FACP|PhD|DPM|CNM|APRN)\b/;

/**
 * Whether the month and day at `index` closes a signature line: set off by two blanks or a tab
 * after a signer's name and title ("Dr. Roe  1/27", "A. Roe, MD, FACC  7/15").
 */
function closesSignature(text: string, index: number, end: number): boolean {
  const gap = text.charCodeAt(index - 1);
  if (
    gap !== 0x09 &&
    !(gap === 0x20 && (text.charCodeAt(index - 2) === 0x20 || text.charCodeAt(index - 2) === 0x09))
  )
    return false;
  let after = end;
  while (text.charCodeAt(after) === 0x20 || text.charCodeAt(after) === 0x09) after++;
  if (after < text.length && text.charCodeAt(after) !== 0x0a && text.charCodeAt(after) !== 0x0d) return false;
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  return index - lineStart <= 80 && SIGNER_WORDS.test(text.slice(lineStart, index));
}

/**
 * Nouns a figure after them counts or numbers, not dates: "Image 3/12", "page 2/9", "step 4/6",
 * "question 7/20".
 */
const COUNTED_BEFORE =
  /\b(?:page|pages|pg|image|images|img|photo|photos|pic|pics|picture|pictures|slide|slides|view|views|film|films|slice|slices|series|step|steps|part|parts|item|items|question|questions|q|no|number|chapter|section|level|stage|phase|set|sets|dose|doses|tab|tabs|cycle|cycles|day|days|week|weeks|visit|visits|session|sessions|fraction|fractions|lesion|lesions|node|nodes|core|cores|of)[ \t]*:?[ \t]*$/i;
/** A label's words before its day: two or more, one a lower-case word ("wound R heel", "AVF thrill site"). */
const LABEL_WORDS = /^[ \t]*(?=[^\n"]*?\b[a-z]{3,})\p{L}[\p{L}'’-]*(?:[ \t]+[\p{L}'’-]+)+[ \t]+$/u;

/**
 * Whether the month and day at `index` closes a short label that holds nothing else, a whole text
 * or a quoted string ("wound R heel 8/14", a picture's caption "AVF thrill site 9/3"): the day
 * the thing labelled was seen. Not a muscle's strength ("upper ext 5/5"), a fraction or a count
 * ("Image 3/12").
 */
function closesLabel(text: string, index: number, end: number): boolean {
  let after = end;
  while (text.charCodeAt(after) === 0x20 || text.charCodeAt(after) === 0x09) after++;
  const closingQuote = text.charCodeAt(after) === 0x22;
  if (after < text.length && !closingQuote) return false;
  const start = closingQuote ? text.lastIndexOf('"', index - 1) + 1 : 0;
  if (index - start > 60 || (closingQuote && start === 0)) return false;
  const head = text.slice(start, index);
  if (!LABEL_WORDS.test(head) || COUNTED_BEFORE.test(head) || SCORE_BEFORE.test(head)) return false;
  const own = text.slice(index, end);
  const [a, b] = own.split('/');
  return !isCommonFraction(own) && !(a === b && Number(a) <= 5);
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
    (EARLIER_EVENT_BEFORE.test(head) &&
      !SCORE_BEFORE.test(head) &&
      !isCommonFraction(text.slice(index, end))) ||
    SEE_YOU_BEFORE.test(head) ||
    DATE_LABEL_BEFORE.test(head) ||
    (opensLine(text, index) && LOG_ENTRY_AFTER.test(text.slice(end, end + 16))) ||
    (FINDING_AFTER.test(text.slice(end, end + 4)) && WORD_BEFORE.test(head) && !SCORE_BEFORE.test(head)) ||
    FOLLOW_UP_OR_BEFORE.test(head) ||
    STATUS_POST_BEFORE.test(head) ||
    COMPARISON_BEFORE.test(head) ||
    PRIOR_IN_PARENS_BEFORE.test(before(text, index, 72)) ||
    RESULT_UNIT_BEFORE.test(head) ||
    STUDY_BEFORE.test(head) ||
    BRACKETED_DAY_BEFORE.test(head) ||
    STAY_DAY_BEFORE.test(head) ||
    (BEGUN_OR_STOPPED_BEFORE.test(head) && text.slice(index, end) !== '2/2') ||
    inDateRange(text, index, end) ||
    (ABOUT_A_DAY_BEFORE.test(head) && !isCommonFraction(text.slice(index, end))) ||
    APPOINTMENT_BEFORE.test(head) ||
    closesHeading(text, index, end) ||
    closesSignature(text, index, end) ||
    closesLabel(text, index, end)
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
  /(?<!\w)(?<!(?<![ \t]\d{1,2}|\/\d{1,2})-)(jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december)\.?\s+(\d{1,2})(st|nd|rd|th)?(?![\w/]|-(?!\d{1,2}\/\d|(?:[Jj]an|[Ff]eb|[Mm]a[ry]|[Aa]pr|[Jj]u[nl]|[Aa]ug|[Ss]ep|[Oo]ct|[Nn]ov|[Dd]ec)[a-z]*\b)|[.,:]\d|[ \t]*(?:%|mg|mcg|ml|units?|tabs?|hrs?|hours?|min|mins|days?|wks?|weeks?|mo|months?|yrs?|years?|x|times|pts?|patients?|beds?|miles?|km|blocks?|steps?|flights?)\b)/dg;
/** The second day of a range after a dash, which the short-number gate does not count: "sep 2-9/16". */
const DASHED_DAY_GATE = /\d-\d{1,2}\/\d/;
/** A lower-case month's first three letters (a word look-up the scan context answers by its characters). */
const LOWER_MONTH_GATE = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/;
/** Month names that are also everyday words: dated only after a date word or with an ordinal day. */
const MONTH_WORDS = new Set(['may', 'mar', 'march']);
/**
 * What makes "may" or "march" before a number the verb: its subject ("you may 2 times", "they
 * march 3 miles").
 */
const SUBJECT_BEFORE =
  /\b(?:i|you|he|she|it|we|they|pt|patient|one|this|that|which|who|dose|symptoms?|there|and|or|will|to)[ \t]+$/i;
/** What dates a month that is also a word: a preposition of time, a weekday, a date label. */
const DATE_WORD_BEFORE =
  /(?:\b(?:on|by|until|till|since|from|before|after|due|dated|date)|\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?)\s*:?\s*$/i;

/** A clause's end or a label's colon right after the day. */
const CLAUSE_END_AFTER = /^(?:[.,;:)]|[ \t]*$|[ \t]*\n)/;
const LOWER_MONTH_OPTIONS: ScanOptions = {
  accept: (_v, m, text) => {
    const day = Number(m[2]);
    if (day < 1 || day > 31) return false;
    if (!MONTH_WORDS.has(m[1] as string)) return true;
    const head = before(text, m.index, 16);
    if (DATE_WORD_BEFORE.test(head) || datedHere(text, m.index, m.index + m[0].length)) return true;
    // "Labs may 2:", "set up mar 15.": a day closing its clause or labelling what follows is the month's.
    return (
      !SUBJECT_BEFORE.test(head) &&
      CLAUSE_END_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))
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
  /(?:^[ \t]*(?:>[ \t]*)*|[ \t]{2,}|\|[ \t]*)(?:sent|date)[ \t]*:[ \t]*(?:((?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?[ \t]+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?,?[ \t]+\d{4}|\d{1,2}[ \t]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?[ \t]+\d{4}))|(\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})(?=[ \t]+\d{1,2}:\d{2}|[ \t]*$))/dgim;
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

/**
 * "since Oct", "in January", "late sept", "last March": a month named alone after a word of time,
 * the month of something that happened to the person. In lower case neither "may", "mar",
 * "march" nor "dec" (words too); a month with a day or a year after it is the other rules'.
 */
const MONTH_ALONE_RE =
  /\b(?:since|in|during|until|till|from|by|early|late|mid|last|this|next|through|thru|before|after)[ \t]+(?:(?:early|late|mid)[ \t-]*)?((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?|January|February|March|April|June|July|August|September|October|November|December|jan|feb|apr|jun|jul|aug|sep|sept|oct|nov|january|february|april|june|july|august|september|october|november|december)(?![\w'’-]|\.?[ \t]*,?[ \t]*(?:\d|the[ \t]+\d|of[ \t]+\d))/dg;
/** A month's first letters opening a word: what every month alone needs. */
const MONTH_ALONE_GATE =
  /\b(?:Jan|Feb|Ma[ry]|Apr|Ju[nl]|Aug|Sep|Oct|Nov|Dec|jan|feb|apr|ju[nl]|aug|sep|oct|nov|december)/;

/**
 * A count or a unit's figures before the month ("146 discharges in October", "rates in March"):
 * a statistic's period, not a person's month.
 */
const PERIOD_OF_COUNT_BEFORE =
  /(?:\d[\d,.]*%?(?:[ \t]+[a-z-]+){1,3}|\b(?:rates?|stats|statistics?|census|volumes?|admissions|discharges|visits|encounters|revenue|budget|fiscal|quarter|report(?:ed|ing)?|data|published|released?|updated?)\b[^\n.;]{0,24})[ \t]*$/i;

/**
 * "3 lb weight gain since June", "down 12 kg since March": a change of the person's own weight or
 * size, not a statistic, whatever words follow the figure.
 */
const PERSON_MEASURE_BEFORE =
  /\d[\d,.]*[ \t]*(?:lbs?|kg|kgs|kilos?|pounds?|oz|cm|inch(?:es)?)\b(?:[ \t]+[a-z-]+){0,3}[ \t]*$/i;

/**
 * "Dilated eye exam May.", "in-clinic June.", "RTC October;": a month alone closing its clause
 * right after a visit, an exam or a return, the month it is due. Capitalized only: a verb ("exam
 * may show") goes on with its clause, a given name ("visit with April") follows "with".
 */
const MONTH_OF_VISIT_RE =
  /\b(?:exam|visit|clinic|in-clinic|in-office|follow-?up|f\/u|rtc|return|recheck|appt|appointment|review|due|scheduled|planned|booked)[ \t]+(January|February|March|April|May|June|July|August|September|October|November|December)(?=[ \t]*(?:[.;,)]|$))/dgim;

function monthsOfVisits(ctx: ScanContext): void {
  const re = MONTH_OF_VISIT_RE;
  re.lastIndex = 0;
  for (let m = re.exec(ctx.text); m !== null; m = re.exec(ctx.text)) {
    const span = m.indices?.[1];
    if (span) ctx.out.push({ start: span[0], end: span[1], type: 'date', ruleId: 'date_partial' });
  }
}

function monthsAlone(ctx: ScanContext): void {
  const re = MONTH_ALONE_RE;
  re.lastIndex = 0;
  for (let m = re.exec(ctx.text); m !== null; m = re.exec(ctx.text)) {
    const span = m.indices?.[1];
    const before = ctx.text.slice(Math.max(0, m.index - 40), m.index);
    if (span && (!PERIOD_OF_COUNT_BEFORE.test(before) || PERSON_MEASURE_BEFORE.test(before)))
      ctx.out.push({ start: span[0], end: span[1], type: 'date', ruleId: 'date_partial' });
  }
}

export const partialDates: Detector = {
  id: 'date_partial',
  types: ['date'],
  run(ctx: ScanContext) {
    if (!ctx.hasSpace || ctx.skip?.has('date')) return;
    if (ctx.test(MONTH_ALONE_GATE)) {
      monthsAlone(ctx);
      monthsOfVisits(ctx);
    }
    if (!ctx.hasDigit) return;
    if (ctx.passes(hasShortNumberSlash) || (ctx.includes('/') && ctx.test(DASHED_DAY_GATE)))
      scan(ctx, MONTH_DAY_RE, 'date', 'date_partial', MONTH_DAY_OPTIONS);
    if (ctx.test(LOWER_MONTH_GATE))
      scan(ctx, LOWER_MONTH_DAY_RE, 'date', 'date_partial', LOWER_MONTH_OPTIONS);
    if (ctx.digits >= 5 && ctx.includes(':') && ctx.test(MAIL_HEADER_GATE)) mailHeaderDates(ctx);
  },
};
