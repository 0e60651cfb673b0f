/**
 * Dates tied to a person (birth, admission, discharge, death, service) in the formats people
 * and systems write them, and ages over 89. System timestamps (a date with a time of day) and
 * years alone are kept unless a word in front says the date is a person's.
 */

import { before, type Detector, extendBackward, type ScanContext, type ScanOptions, scan } from './detector';
import { COMMON, GIVEN, NEVER, nameDictionaries, SURNAME } from './dictionaries';
import { displayClockAfter, endsInDisplayClock } from './display-clock';
import {
  AGE_NUMBER,
  AGE_NUMBER_BEFORE_SEX,
  AGE_NUMBER_BEFORE_Y,
  ageNumbers,
  SPOKEN_AGE_NUMBER,
  shortNumberSlash,
} from './gates';
import { isScoreOutOfTen } from './scores-and-ranges';

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/**
 * A time of day after a date, with its zone: an offset is one the world uses (-14:00 to +14:00,
 * whole, half or three-quarter hours), after a time written with a "T" or to the second, so a
 * visit's span of time ("2024-04-22 15:03-15:05", "11/14/25 11:44-11:45") is no time and zone.
 */
const ZONE =
  '(?:Z|(?<=T\\d{1,2}:\\d{2}|:\\d{2}:\\d{2}|:\\d{2}:\\d{2}[.,]\\d{1,9})[+-](?:0\\d|1[0-4]):?(?:00|30|45))';
const TIME = `(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,9})?)?(?:\\s?[AaPp][Mm])?${ZONE}?)`;

const ISO_RE = new RegExp(
  `(?<![\\w.-])(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(${TIME})?(?![\\w-]|\\.\\d)`,
  'g',
);
const NUMERIC_RE = new RegExp(
  `(?<![\\w/.-])(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4}|\\d{2})(${TIME})?(?![\\w/-]|\\.\\d)`,
  'g',
);
/** A day then a month ("14 March", "9-May"); not a month's day before the dash of a range ("may 9-May 23"). */
const DAY_MONTH_RE = new RegExp(
  `(?<![\\w.])(?<!\\b${MONTH}\\.?[ \\t])(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?[\\s-]+(${MONTH})\\.?(?:,?[\\s-]+(\\d{4}|'\\d{2})|-\\d{2}(?![\\w-]))?(?![\\w])`,
  'gi',
);
const MONTH_DAY_RE = new RegExp(
  `\\b(${MONTH})\\.?\\s+(?:the\\s+(?=\\d{1,2}(?:st|nd|rd|th)))?(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}(?![-/.]\\d)|['’]\\d{2}(?![\\w'’])|\\d{2}(?=[ \\t]*(?:$|[.,;!?)\\n])))(?!\\w|\\.\\d)|(?![\\w:]|\\.\\d))`,
  'gi',
);
/** "Jul-23-24", "Jan-26-2026": a month, the day and the year joined by dashes, as some systems print them. */
const MONTH_DASH_RE = new RegExp(`\\b(${MONTH})-(\\d{1,2})-(\\d{4}|\\d{2})(?![\\w-])`, 'gi');
const MONTH_DASH_GATE = /[a-zA-Z]-\d\d?-\d\d/;
/** Months in German, Spanish, Portuguese, French, Italian and Dutch. */
const FOREIGN_MONTH =
  '(?:januar|jänner|februar|märz|maerz|mai|juni|juli|oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|janvier|février|fevrier|mars|avril|juin|juillet|août|aout|septembre|octobre|novembre|décembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januari|februari|maart|mei|augustus)';
/** "14. Mai 2026", "6 de mayo de 2018", "5 de outubro de 2025", "3 mars 2024": a day, a month in another language, a year. */
const FOREIGN_DATE_RE = new RegExp(
  `(?<![\\w.])(\\d{1,2})(?:\\.|º|°|er)?\\s+(?:de\\s+)?(${FOREIGN_MONTH})\\.?\\s+(?:de\\s+|del\\s+)?(\\d{4})(?![\\w])`,
  'giu',
);
/** What every such date has: a day, a blank (after a full stop or "de") and a month's first letter. */
const FOREIGN_DATE_GATE = /\d\.? (?:de )?[JFMASONDGLEjfmasondgle]\S* (?:de |del )?[12]\d{3}/;
const MONTH_YEAR_RE = new RegExp(`\\b(${MONTH})\\.?,?\\s+(?:of\\s+)?(\\d{4})(?!\\w)`, 'gi');
const NUMERIC_MONTH_YEAR_RE = /(?<![\w/.-])(0?[1-9]|1[0-2])\/((?:19|20)\d{2})(?![\w/])/g;
/** "dx 2019-06", "onset 2021-11": a year and a month, as problem lists and registries write them. */
const YEAR_MONTH_RE = /(?<![\w./-])((?:19|20)\d{2})-(0[1-9]|1[0-2])(?![\w-]|[./]\d)/g;
const YEAR_MONTH_GATE = /(?:19|20)\d\d-[01]\d(?![\d-])/;
/**
 * "appt 3/17", "admitted 03/05", "dob 27/2": a month and day (or a day and month) without a
 * year, after a person-date word.
 */
const MONTH_DAY_NUMERIC_RE =
  /(?<![\w/.:-])(0?[1-9]|[12]\d|3[01])\/(0?[1-9]|[12]\d|3[01])(?![\w/-]|\.\d|\s*(?:tabs?|tablets?|caps?|capsules?|pills?|doses?|of|mg|mcg|ml|units?|strength|ns|nss)\b)/g;
/** "17MAR1984", "05Jan93": day, month and year written together, as pharmacy and military records do. */
const DAY_MON_YEAR_GLUED_RE = new RegExp(`(?<![\\w])(\\d{1,2})(${MONTH})(\\d{4}|\\d{2})(?![\\w])`, 'gi');
/** "24.IX.2025", "3-XI-1931": a day, a month in Roman numerals and a year, as European forms write them. */
const ROMAN_MONTH_RE =
  /(?<![\w./-])(\d{1,2})([./-]|\s)(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\2(\d{4}|\d{2})(?![\w]|[./-]\d)/g;
const ROMAN_MONTH_GATE = /\d[./\s-][IVX]/;
/** "Jun-25", "Dec '24": a month and a two-digit year, as labels and expiry dates write them. */
const MONTH_SHORT_YEAR_RE = new RegExp(`\\b(${MONTH})\\.?(?:-|\\s?['’])(\\d{2})(?![\\w'’-]|[.,:/]\\d)`, 'gi');
const COMPACT_RE = /(?<![\w-])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?![\w-])/g;
/**
 * A date before a file name's separator, in eight digits or with dashes: "Doe_Jane_20250318.pdf",
 * "Roe_Ann_2025-03-18_consent.pdf".
 */
const FILE_DATE_RE =
  /(?<![\p{L}\p{N}])((?:19|20)\d{2})(-?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?=[_.-]\p{L})/gu;
/** A date with dashes between a file name's parts: what `FILE_DATE_RE` needs when no eight digits stand together. */
const FILE_DASHED_GATE = /[_-](?:19|20)\d\d-\d\d-\d\d[_.-]/;
/** A document's or an image's file name ending: its extension. */
const FILE_EXTENSION =
  /\.(?:pdf|docx?|rtf|txt|html?|xml|json|csv|xlsx?|jpe?g|png|gif|tiff?|bmp|heic|dcm|hl7|ccda|mp3|m4a|wav|mp4|mov|zip)$/i;
/**
 * A part of a file name written as a name is ("Doe", "Jane"; not "scan", "IMG", "log"), or a
 * record's number ("MRI_63-31302-4_…", "photo_TV3355332_…"): the file is a person's.
 */
const NAME_PART =
  /(?:^|[_.-])\p{Lu}\p{Ll}+(?=[_.-])|(?:^|_)(?:\p{Lu}{1,3}\d{5,}|\d{2,}-\d{3,}(?:-\d{1,3})?)(?=_)/u;

/** Words that make a date (or a month and year, or a timestamp) a person's. */
const PERSON_CONTEXT =
  /(?:birth|born|\bdob\b|d\.o\.b|\bb-?day|admit|admission|discharg|\bdied\b|death|deceased|expired|passed away|\bseen\b|visit|surgery|\boperat|procedure|appointment|\bappt|encounter|date of service|\bdos\b|scheduled|follow[- ]?up|injur|onset|diagnos|\bdx\b|vaccin|deliver|presented|arriv|transfer|last menstrual|\blmp\b|collected|drawn|specimen|resulted|performed|administered|dictated|signed|immuniz|dose given|implanted|tested)/i;
/**
 * Words of a trial that make a day a person's ("Randomised 2025-11-25 to arm A" is no protocol
 * revision); a system stamps its own records of them to the second ("enrolled
 * 2023-03-03T12:16:17Z" on a kiosk's enrolment is the kiosk's time), so they count for days, not
 * for instants.
 */
const PERSON_OR_TRIAL_CONTEXT = new RegExp(`${PERSON_CONTEXT.source}|randomi[sz]ed|enrolled|consented`, 'i');

function hasPersonContext(text: string, index: number): boolean {
  return PERSON_OR_TRIAL_CONTEXT.test(before(text, index, 48));
}

/**
 * Revisions of the MCP specification: dates in form, versions in meaning ("protocol
 * 2025-06-18"). Kept in running text unless a person-date word comes before them.
 */
const PROTOCOL_REVISIONS = new Set(['2024-11-05', '2025-03-26', '2025-06-18', '2025-11-25', '2026-07-28']);

/** A date-shaped string that is a version here: a protocol revision, or after a version word. */
function isVersionHere(text: string, index: number, value: string): boolean {
  // A value that is the date and nothing else (a JSON leaf, a table cell) is a date; its key decides.
  if (value.length === text.length || isCell(text, index, index + value.length)) return false;
  // Only this line counts, and the nearer word wins: "visit transcript (protocol 2025-06-18)".
  const line = before(text, index, 48);
  const head = line.slice(line.lastIndexOf('\n') + 1);
  const version = lastIndexOf(VERSION_WORDS, head);
  const person = lastIndexOf(PERSON_WORDS, head);
  if (version >= 0 && version >= person && head.length - version <= 40) return true;
  // "whom I reviewed on 2026-07-28", "Date: 2025-03-26": a day, with no version word before it.
  return person < 0 && PROTOCOL_REVISIONS.has(value) && !ON_BEFORE.test(head);
}

/**
 * Between a CSV, tab or bar delimiter (or a line's edge) and the next, blanks allowed beside a
 * bar: "…,Ennis,2025-03-26\n", "| SN38746151 | 2024-11-05 | 93880 |".
 */
function isCell(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && text.charCodeAt(from - 1) === 0x20) from--;
  let to = end;
  while (to < text.length && text.charCodeAt(to) === 0x20) to++;
  const b = from === 0 ? 0x0a : text.charCodeAt(from - 1);
  const a = to === text.length ? 0x0a : text.charCodeAt(to);
  if (from !== start || to !== end) return b === 0x7c && (a === 0x7c || a === 0x0a || a === 0x0d);
  const delimiter = (c: number): boolean => c === 0x2c || c === 0x09 || c === 0x7c;
  const edge = (c: number): boolean => c === 0x0a || c === 0x0d;
  return (delimiter(b) && (delimiter(a) || edge(a))) || (edge(b) && delimiter(a));
}

/** "on 2025-03-26", "Date: 2025-03-26", "Next cycle 2025-06-18": a day something happens, or a date's field. */
const ON_BEFORE =
  /\b(?:on|since|until)\s+$|\b[Dd]ate\b[^\n:]{0,24}:[ \t]*$|\b(?:[Nn]ext|[Ll]ast|[Dd]ue|[Rr]eturn|[Rr]echeck)\b[^\n\d]{0,16}$/;

const VERSION_WORDS =
  /\b(?:protocol|protocolversion|version|ver|revision|rev|spec|specification|schema|api|mcp|release|build|firmware|sdk)\b/gi;
const PERSON_WORDS = new RegExp(PERSON_OR_TRIAL_CONTEXT.source, 'gi');

/** Where the last match of a global expression starts, or -1. */
function lastIndexOf(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let at = -1;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) at = m.index;
  return at;
}

function validDay(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

function capitalized(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/**
 * A system or a version word right before a dotted date ("LIS 2024.12.7", "build 2025.03.1"):
 * the release of a program named by the date it was cut, whatever person word is near.
 */
const SYSTEM_NAME_BEFORE =
  /\b(?:LIS|LIMS|EHR|EMR|RIS|PACS|HIS|build|release|version|ver|v|firmware|fw|software|sw|app)\s*[:#]?\s*$/i;
/**
 * A word right before a date and time that makes it the system's: "printed 2024-…T…Z", "paid
 * 02/22/2025 15:01" on a remittance, "verified 12/02/2024 06:24" on a check-in, or a record's
 * key in quotes ("created":"2025-07-08T04:59:40Z").
 */
const SYSTEM_TIME_BEFORE =
  /\b(?:printed|generated|exported|created|logged|sent|received|faxed|scanned|uploaded|downloaded|synced|processed|transcribed|verified|paid|run|ran|timestamp|ts)(?:\s*[:=]?\s*|"\s*:\s*")$/i;
/**
 * "Electronically signed by … on 2025-10-16 02:51:14 UTC", "Signed A. Name, RN 2025-06-18
 * 05:46:05.567", "Dictated: Roe, Ann 2025-02-11 01:39", "Verified by A. Name, MD 10/25/2026
 * 08:26": a signature's, a dictation's or a verification's stamp on its line, a system time.
 * A dictation's word right before its date ("Dictated 2023-01-27T17:33:00Z by A. Name") says when
 * the report was dictated, a date of the care: only a signer between them makes it the stamp.
 */
const SIGNED_BEFORE =
  /(?:\b(?:e-?signed|electronically signed|digitally signed|signed|co-?signed|authenticated|attested|firmado|assinado|firmato|unterschrieben)\b|\bsign[ée](?=[\s,:]))[^\n]{0,48}$|\b(?:dictated|transcribed|verified)\b[\s:]*[^\s:][^\n]{0,47}$/i;
/** Seconds with a fraction or a zone: a time a machine wrote, not one a person gave. */
const SECONDS_AND_ZONE = /:\d{2}:\d{2}(?:[.,]\d{1,9}(?:Z|[+-]\d{2}:?\d{2})?|Z|[+-]\d{2}:?\d{2})$/;
const UTC_AFTER = /^\s?(?:UTC|GMT|Z)\b/;
const MINUTE_ONLY = /^(?:T\d{2}:\d{2}|\s\d{1,2}:\d{2}(?:\s?[AaPp][Mm])?)$/;

function signatureStamp(text: string, m: RegExpExecArray): boolean {
  const time = m[5] as string;
  const zoned =
    SECONDS_AND_ZONE.test(time) ||
    (/:\d{2}:\d{2}/.test(time) &&
      UTC_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 5)));
  return zoned && SIGNED_BEFORE.test(before(text, m.index, 64));
}

const ISO_OPTIONS: ScanOptions = {
  accept: (_v, m, text) => {
    const year = Number(m[1]);
    if (year < 1800 || year > 2199 || !validDay(Number(m[3]), Number(m[4]))) return false;
    if (
      m[2] === '.' &&
      (SYSTEM_NAME_BEFORE.test(before(text, m.index, 24)) || !hasPersonContext(text, m.index))
    )
      return false;
    if (m[2] === '-' && m[5] === undefined && isVersionHere(text, m.index, m[0])) return false;
    if (m[5] === undefined) return true;
    if (signatureStamp(text, m) || chatLineStamp(text, m.index)) return false;
    const end = m.index + m[0].length;
    if (signerStamp(text, m.index, end) && !endsInDisplayClock(m[0])) return false;
    // "2017-09-14T12:40", "2026-01-12 9:39 AM": a time to the minute is when something happened to someone;
    // a system writes its timestamps to the second.
    if (MINUTE_ONLY.test(m[5] as string) && !SYSTEM_TIME_BEFORE.test(before(text, m.index, 16))) return true;
    // A date and time is a person's only by a word on its own line ("system: read 2024-…" is not).
    const line = before(text, m.index, 48);
    return (
      PERSON_CONTEXT.test(line.slice(line.lastIndexOf('\n') + 1)) &&
      !SYSTEM_TIME_BEFORE.test(before(text, m.index, 16))
    );
  },
};
const NUMERIC_OPTIONS: ScanOptions = {
  accept: (_v, m, text) => {
    const a = Number(m[1]);
    const b = Number(m[3]);
    if (!validDay(a, b) && !validDay(b, a)) return false;
    // "summarizer 4.9.9468": a four-digit last part is a year only in a year's range.
    const year = m[4] as string;
    if (year.length === 4 && (Number(year) < 1800 || Number(year) > 2199)) return false;
    // 1.2.24 is more often a version than a date, and always one after a system's name ("LIS 8.6.75").
    if (m[2] === '.' && (m[4] as string).length === 2)
      return hasPersonContext(text, m.index) && !SYSTEM_NAME_BEFORE.test(before(text, m.index, 24));
    return true;
  },
};
const IN_PERSON_CONTEXT: ScanOptions = { accept: (_v, m, text) => hasPersonContext(text, m.index) };
/** A card's or a product's expiry, or a dilution, before a month and year in figures: "exp 03/2027", "titre 1/2000". */
const NOT_PERSON_MONTH_YEAR_BEFORE =
  /\b(?:exp|expiry|expires?|expiration|valid(?:[ \t]+(?:thru|through|until))?|good[ \t]+thru|ratio|dilution|titers?|titres?)\b\.?[ \t:]*$/i;
/**
 * "last 09/2022", "since 04/2025", "Next WCC 11/2024": a month and year in figures is a date of the
 * person wherever it stands, unless an expiry, a dilution or a report's period says otherwise.
 */
const NUMERIC_MONTH_YEAR_OPTIONS: ScanOptions = {
  accept: (_v, m, text) =>
    hasPersonContext(text, m.index) ||
    (!NOT_PERSON_MONTH_YEAR_BEFORE.test(before(text, m.index, 24)) && personPeriod(m, text)),
};
/**
 * "on 3/27", "3/27 at 10:40", "prior fill 3/6", "family coming 7/25", "SNF, start 3/16": a month and
 * day said as a day something happens.
 */
const ON_DAY_BEFORE =
  /\b(?:on|until|till|by|before|after|from|since|notified|filled|refilled|(?:last|prior|previous|next|early)\s+(?:re)?fill|dated|due|ran out|run out|seen|started|stopped|resumed|drawn|collected|coming|arriving|visiting|start|starts|starting|effective)\s+$/i;
/** 'labeled with pt name and "3/14"': the date a specimen or a container is labelled with, in quotes. */
const LABELLED_QUOTE_BEFORE = /\blabell?ed\b[^\n"]{0,40}"$/i;
/** "AM", "p.m.": the part of the day after the day (in capitals or with stops, "am" is a verb as often). */
const PART_OF_DAY_AFTER = /^[ \t]+(?:AM|PM|[ap]\.m\.)(?![\w])/;
/** "at 10:40", "10:40", "0830": a time of day after the day. */
const AT_TIME_AFTER =
  /^[ \t]+(?:(?:at|@)\s*\d{1,2}(?::\d{2})?\b|\d{1,2}:\d{2}\b|(?:[01]\d|2[0-3])[0-5]\d\b(?!\s*(?:mg|mcg|g|ml|mL|units?|tabs?|ml\/h|kcal|cc)\b))/i;
const MONTH_DAY_OPTIONS_NUMERIC: ScanOptions = {
  accept: (_v, m, text) => {
    const a = Number(m[1]);
    const b = Number(m[2]);
    // A month first, or a day past 12 first ("27/2"); "20/20" is neither.
    if (a > 12 && b > 12) return false;
    // "pain 6/10": a score out of ten.
    if (isScoreOutOfTen(text, m.index, b)) return false;
    return (
      hasPersonContext(text, m.index) ||
      ON_DAY_BEFORE.test(before(text, m.index, 12)) ||
      (text.charCodeAt(m.index - 1) === 0x22 && LABELLED_QUOTE_BEFORE.test(before(text, m.index, 48))) ||
      WEEKDAY_BEFORE.test(before(text, m.index, 12)) ||
      AT_TIME_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12)) ||
      PART_OF_DAY_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))
    );
  },
};
/** Lower-case month names that are also everyday words: "may", "march". */
const MONTH_WORDS = /^(?:may|march?)$/;
/**
 * A month name written in lower case ("dob 21st december", "october 1st", "march 7 1935"),
 * as chat and dictation write it: a date with an ordinal day or a year, or after a person-date
 * word; "may" and "march" only with a year or that word.
 */
function lowerCaseDate(month: string, m: RegExpExecArray, text: string): boolean {
  if (hasPersonContext(text, m.index)) return true;
  const ordinal = /\d(?:st|nd|rd|th)/.test(m[0]);
  // A year of two bare digits ("sep 13th 43") only after an ordinal day.
  if (m[3] !== undefined && (m[3].length !== 2 || ordinal)) return true;
  return !MONTH_WORDS.test(month) && ordinal;
}
function monthDayDate(month: string, day: string, m: RegExpExecArray, text: string): boolean {
  const d = Number(day);
  return d >= 1 && d <= 31 && (capitalized(month) || lowerCaseDate(month, m, text));
}
const DAY_MONTH_OPTIONS: ScanOptions = {
  accept: (_v, m, text) => monthDayDate(m[2] as string, m[1] as string, m, text),
};
const MONTH_DAY_OPTIONS: ScanOptions = {
  accept: (_v, m, text) => monthDayDate(m[1] as string, m[2] as string, m, text),
};
const ROMAN_MONTH_OPTIONS: ScanOptions = {
  accept: (_v, m) =>
    Number(m[1]) >= 1 && Number(m[1]) <= 31 && (m[2] !== ' ' || (m[4] as string).length === 4),
};
/** A digit, a month's three letters and a digit, run together. */
const GLUED_GATE = /\d[JFMASONDjfmasond][a-zA-Z]{2}\d/;
const GLUED_OPTIONS: ScanOptions = {
  accept: (_v, m, text) =>
    capitalized(m[2] as string) &&
    Number(m[1]) >= 1 &&
    Number(m[1]) <= 31 &&
    ((m[3] as string).length === 4 || hasPersonContext(text, m.index)),
};
/** Words before a month and year that make it a release, a report period or a statistic's, not a person's. */
const NOT_PERSON_PERIOD =
  /\b(?:release[ds]?|version|updated?|published|revised|edition|fiscal|fy|quarter|q[1-4]|report(?:ed|ing)?|data|census|guidelines?|survey|policy|plan year|period|as of|since launch|rates?|statistics?|volume|compliance|goal|target|budget)\b[^\n.;]{0,24}$/i;
/** …or what follows it: "in March 2024 the hospital served 12,000 patients". */
const NOT_PERSON_AFTER =
  /^,?\s+(?:the\s+|our\s+)?(?:hospital|clinic|unit|department|system|practice|facility|organization|we|admissions|visits|volumes?|census|rates?|revenue)\b/i;
/** A month and year is a date element of a person unless a system or report word says otherwise. */
function personPeriod(m: RegExpExecArray, text: string): boolean {
  return (
    hasPersonContext(text, m.index) ||
    !(
      NOT_PERSON_PERIOD.test(before(text, m.index, 40)) ||
      NOT_PERSON_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))
    )
  );
}
/**
 * "Sept 2023", "mammogram jan 2024": a month and year; in lower case not the words "may" and
 * "march" ("may 2024 bring…") unless a person-date word stands before them.
 */
const MONTH_YEAR_OPTIONS: ScanOptions = {
  accept: (_v, m, text) =>
    (capitalized(m[1] as string) ||
      !MONTH_WORDS.test((m[1] as string).toLowerCase()) ||
      hasPersonContext(text, m.index)) &&
    personPeriod(m, text),
};
const MONTH_SHORT_YEAR_OPTIONS: ScanOptions = {
  accept: (_v, m, text) =>
    (capitalized(m[1] as string) || hasPersonContext(text, m.index)) && personPeriod(m, text),
};
/** "Tuesday, March 17, 1984", "Tue 17 Mar": the weekday before a date belongs to it. */
const WEEKDAY_BEFORE = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+$/i;

const NUMERIC_GATE = /\d[-/.]\d/;
/** What every year-month-day and day-month-year date has: two of the same separator. */
const TWO_SEPARATORS_GATE = /\d([-/.])\d{1,2}\1\d/;
const MONTH_GATE =
  /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC/;
/** A lower-case month name beside a number: "21st december", "october 1st", "march 7 1935". */
const LOWER_MONTH_GATE =
  /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d(?:st|nd|rd|th)?(?:\s+of)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/;
const COMPACT_GATE = /(?:^|\D)(?:19|20)\d{6}(?:\D|$)/;

/** A time of day right after a date (or closing its span), with its seconds if written. */
const TIME_AFTER_DATE = /^,?\s(?:at\s)?\d{1,2}:\d{2}(:\d{2})?(?!\d)/;
const TIME_IN_SPAN = /\d{1,2}:\d{2}(:\d{2})?$/;

/**
 * "exported 28/09/2024 11:48:21", "Signed: A. Name, RN  26-May-2023 16:30": a date with a time to
 * the second and no person word on its line, or with a time after a system or signature word on
 * its line, is a system's stamp, not a date of the person.
 */
function systemStamp(text: string, start: number, end: number): boolean {
  // A 12-hour clock without seconds is a printout's, shown to a person: the date is the record's.
  if (displayClockAfter(text, end) || endsInDisplayClock(text.slice(start, end))) return false;
  const time =
    TIME_IN_SPAN.exec(text.slice(Math.max(start, end - 8), end)) ??
    TIME_AFTER_DATE.exec(text.slice(end, end + 16));
  if (!time) return false;
  const line = before(text, start, 64);
  const own = line.slice(line.lastIndexOf('\n') + 1);
  if (time[1] !== undefined) return !PERSON_CONTEXT.test(own) || SIGNED_BEFORE.test(own);
  return (
    SYSTEM_TIME_BEFORE.test(before(text, start, 16)) ||
    signerStamp(text, start, end) ||
    SYSTEM_LINE.test(own) ||
    chatLineStamp(text, start) ||
    CALL_ID_BEFORE.test(own)
  );
}

/** "call C343638882  05/01/2024 00:58": a call log's or a ticket's number, then when the system opened it. */
const CALL_ID_BEFORE =
  /\b(?:call|ticket|interaction)[ \t]*(?:id|#|no\.?)?[ \t]*[:#]?[ \t]*[a-z]{0,3}-?\d{6,12}[ \t]+$/;

/** A signature's, dictation's or verification's word on the date's line, and no sentence's "on … at". */
function signerStamp(text: string, start: number, end: number): boolean {
  const line = before(text, start, 64);
  return SIGNED_BEFORE.test(line.slice(line.lastIndexOf('\n') + 1)) && !proseSignature(text, start, end);
}

/** A date and a time of day, as a chat or a message log opens each of its lines with them. */
const LINE_DATE_TIME =
  '(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4})(?:T|,?[ \\t]+)\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,9})?)?(?:[ \\t]?[AaPp]\\.?[Mm]\\.?)?(?:Z|[+-]\\d{2}:?\\d{2})?';
/**
 * A transcript's line: its date and time (in brackets or not), then who speaks, a colon and what
 * they said ("[03/08/2025 14:50] @kim.o: …", "01/28/2025 21:15 Ann R., RN: Hi").
 */
const CHAT_LINE = new RegExp(
  `^[ \\t]*[[(]?${LINE_DATE_TIME}[\\])]?[ \\t]+([@\\p{L}][^\\n:\\d]{0,40}):[ \\t]`,
  'gmu',
);
/** Two blanks or a tab inside a speaker's place: the columns of a table, not a name. */
const COLUMN_GAP = /[ \t]{2}|\t/;
let chatText: string | undefined;
let chatStarts: number[] = [];

/**
 * "[03/08/2025 14:50] @kim.o: was she…": a date and time opening a line of a transcript, two
 * lines of it at least each a speaker's, is the chat program's stamp of the message, not a day
 * of anyone's care.
 */
function chatLineStamp(text: string, start: number): boolean {
  if (text !== chatText) {
    chatText = text;
    chatStarts = [];
    CHAT_LINE.lastIndex = 0;
    for (let m = CHAT_LINE.exec(text); m !== null; m = CHAT_LINE.exec(text)) {
      // "2025-03-14 8:20 PM  Refused  TW  Scanned: …": columns a wide gap apart are a printout's row, no speaker.
      if (!COLUMN_GAP.test(m[1] as string)) chatStarts.push(m.index);
    }
  }
  if (chatStarts.length < 2) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return chatStarts.includes(lineStart) && /^[ \t]*[[(]?$/.test(text.slice(lineStart, start));
}

/** "on" right before a date, or "at" between it and its time. */
const SIGNED_ON = /\bon\s$/i;
const AT_AFTER = /^,?\s(?:at|@)\s/i;

/**
 * "Electronically signed by A. Name, MD on March 14, 2024 at 15:57": a signature's date and time
 * to the minute as a sentence says them is the date the note was signed, a date of the person's
 * care; a stamp a program prints ("Signed electronically 01-Apr-2024 19:12", "signed by A. Name
 * on 11/19/2025 17:57") has no "at" and no month's name after "on".
 */
function proseSignature(text: string, start: number, end: number): boolean {
  if (AT_AFTER.test(text.slice(end, end + 5))) return true;
  // "signed … on 11/19/2025 17:57": figures and a 24-hour clock after "on" are the program's stamp.
  return SIGNED_ON.test(text.slice(Math.max(0, start - 3), start)) && /[A-Za-z]/.test(text.slice(start, end));
}

/** A line a program wrote: "generated by summarizer 4.9 at …", "Arztbrief-Modul release 11.5, …". */
const SYSTEM_LINE = /\b(?:generated|exported|printed|release|build|version|entered|logged|synced)\b/i;

/** A date of birth's label right before a value: "DOB", "born on", "date of birth". */
const BIRTH_LABEL_GATE = /(?:dob|d\.o\.b|born|birth)[ \t:#=.-]{0,6}(?:on[ \t]+)?\d/i;
/**
 * "DOB 03 17 1984", "born 1984 03 17": a date of birth whose parts blanks alone set apart, right
 * after its label (a colon after a label is read by the labelled values already).
 */
const BLANK_BIRTH_DATE_RE =
  /(?<=(?<![A-Za-z])(?:dob|d\.o\.b\.?|born(?:[ \t]+on)?|birth[ \t]?date|date[ \t]+of[ \t]+birth)[ \t:#=-]{1,4})(?:(\d{1,2})[ \t]{1,2}(\d{1,2})[ \t]{1,2}(?:19|20)\d{2}|(?:19|20)\d{2}[ \t]{1,2}(\d{1,2})[ \t]{1,2}(\d{1,2}))(?![\w.,]?\d)/dgi;
/** The day and month of a date so written are each one that a calendar has, one of them a month. */
const BLANK_BIRTH_DATE_OPTIONS: ScanOptions = {
  accept: (_v, m) => {
    const a = Number(m[1] ?? m[3]);
    const b = Number(m[2] ?? m[4]);
    return a >= 1 && b >= 1 && a <= 31 && b <= 31 && (a <= 12 || b <= 12);
  },
};

/** A birth word shortly before a date on its line ("Born:", "DOB/TOB", "delivered on"). */
const BIRTH_BEFORE = /\b(?:born|birth|delivered|dob|tob)\b[^\n]{0,20}$/;
/** A clock time right after a date, "at" or "@" between: " at 10:42", " @ 0643", " 6:05 pm". */
const CLOCK_AFTER = /^[ \t]+(?:at[ \t]+|@[ \t]*)?\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?(?![\d:])/;

/** "Born: 2025-06-25 at 10:42": the time of a birth is part of the date, spans from `from` on grow over it. */
function extendOverBirthTimes(ctx: ScanContext, from: number): void {
  for (let i = from; i < ctx.out.length; i++) {
    const span = ctx.out[i] as ScanContext['out'][number];
    const m = CLOCK_AFTER.exec(ctx.text.slice(span.end, span.end + 24));
    if (m !== null && BIRTH_BEFORE.test(before(ctx.text, span.start, 32))) span.end += m[0].length;
  }
}

function dropSystemStamps(ctx: ScanContext, from: number): void {
  let w = from;
  for (let r = from; r < ctx.out.length; r++) {
    const s = ctx.out[r] as ScanContext['out'][number];
    if (!systemStamp(ctx.text, s.start, s.end)) ctx.out[w++] = s;
  }
  ctx.out.length = w;
}

export const dates: Detector = {
  id: 'date',
  types: ['date'],
  run(ctx) {
    if (!ctx.hasDigit || ctx.skip?.has('date')) return;
    const first = ctx.out.length;
    findDates(ctx);
    if (ctx.out.length > first && ctx.includes(':')) dropSystemStamps(ctx, first);
  },
};

function findDates(ctx: ScanContext): void {
  {
    if (ctx.test(NUMERIC_GATE)) {
      if (ctx.digits >= 3 && ctx.test(TWO_SEPARATORS_GATE)) {
        const found = ctx.out.length;
        scan(ctx, ISO_RE, 'date', 'date_iso', ISO_OPTIONS);
        scan(ctx, NUMERIC_RE, 'date', 'date_numeric', NUMERIC_OPTIONS);
        if (ctx.out.length > found) extendBackward(ctx, found, WEEKDAY_BEFORE, 12);
        if (ctx.out.length > found && ctx.includes(':')) extendOverBirthTimes(ctx, found);
      }
      if (ctx.digits >= 6 && ctx.includes('-') && ctx.test(YEAR_MONTH_GATE))
        scan(ctx, YEAR_MONTH_RE, 'date', 'date_month_year', IN_PERSON_CONTEXT);
      if (ctx.bits(shortNumberSlash) !== 0) {
        scan(ctx, NUMERIC_MONTH_YEAR_RE, 'date', 'date_month_year', NUMERIC_MONTH_YEAR_OPTIONS);
        const found = ctx.out.length;
        scan(ctx, MONTH_DAY_NUMERIC_RE, 'date', 'date_month_day', MONTH_DAY_OPTIONS_NUMERIC);
        if (ctx.out.length > found) extendBackward(ctx, found, WEEKDAY_BEFORE, 12);
      }
    }
    if (ctx.digits >= 6 && ctx.hasSpace && ctx.test(BIRTH_LABEL_GATE))
      scan(ctx, BLANK_BIRTH_DATE_RE, 'date', 'date_numeric', BLANK_BIRTH_DATE_OPTIONS);
    if (ctx.digits >= 3 && ctx.hasUpper && ctx.test(ROMAN_MONTH_GATE))
      scan(ctx, ROMAN_MONTH_RE, 'date', 'date_roman_month', ROMAN_MONTH_OPTIONS);
    if (ctx.longestDigitRun >= 8 && ctx.test(COMPACT_GATE)) {
      scan(ctx, COMPACT_RE, 'date', 'date_compact', IN_PERSON_CONTEXT);
    }
    if (ctx.digits >= 8 && ctx.includes('.') && (ctx.longestDigitRun >= 8 || ctx.test(FILE_DASHED_GATE)))
      fileNameDates(ctx);
    if (ctx.longestDigitRun >= 4 && ctx.test(FOREIGN_DATE_GATE))
      scan(ctx, FOREIGN_DATE_RE, 'date', 'date_text');
    const capitalMonth = ctx.hasUpper && ctx.test(MONTH_GATE);
    // Both forms of a lower-case month need white space: a token without any skips it.
    if (capitalMonth || (ctx.hasSpace && ctx.test(LOWER_MONTH_GATE))) {
      const found = ctx.out.length;
      scan(ctx, DAY_MONTH_RE, 'date', 'date_text', DAY_MONTH_OPTIONS);
      scan(ctx, MONTH_DAY_RE, 'date', 'date_text', MONTH_DAY_OPTIONS);
      if (ctx.out.length > found) extendBackward(ctx, found, WEEKDAY_BEFORE, 12);
      if (capitalMonth && ctx.digits >= 3 && ctx.test(GLUED_GATE))
        scan(ctx, DAY_MON_YEAR_GLUED_RE, 'date', 'date_text', GLUED_OPTIONS);
      if (ctx.digits >= 4) scan(ctx, MONTH_YEAR_RE, 'date', 'date_month_year', MONTH_YEAR_OPTIONS);
      if (ctx.includes('-') || ctx.includes("'") || ctx.includes('’'))
        scan(ctx, MONTH_SHORT_YEAR_RE, 'date', 'date_month_year', MONTH_SHORT_YEAR_OPTIONS);
      if (capitalMonth && ctx.includes('-') && ctx.test(MONTH_DASH_GATE))
        scan(ctx, MONTH_DASH_RE, 'date', 'date_text', MONTH_DAY_OPTIONS);
    }
  }
}

/**
 * "Doe_Jane_20250318.pdf", "Roe_Ann_2025-03-18_consent.pdf", "MRI_44-10293-7_19790412.pdf": a
 * date in a file name that also holds a capitalized word (a person's name, a document's title)
 * or a record's number (also before it: "EOB_51293470_19690610.pdf"), or a name in capitals ("OBUYA-EBELE-2024-09-22-discharge.pdf") dates a
 * person's document; "backup_20250318.tar", "IMG_20250318.jpg"
 * stay.
 */
function fileNameDates(ctx: ScanContext): void {
  const text = ctx.text;
  FILE_DATE_RE.lastIndex = 0;
  for (let m = FILE_DATE_RE.exec(text); m !== null; m = FILE_DATE_RE.exec(text)) {
    const end = m.index + m[0].length;
    let from = m.index;
    while (from > 0 && m.index - from < 80 && isFileNameChar(text.charCodeAt(from - 1))) from--;
    let to = end;
    while (to < text.length && to - m.index < 80 && isFileNameChar(text.charCodeAt(to))) to++;
    const name = text.slice(from, to);
    const named =
      NAME_PART.test(name) || RECORD_PART_BEFORE.test(text.slice(from, m.index)) || hasNameInCapitals(name);
    if (FILE_EXTENSION.test(name) && named)
      ctx.out.push({ start: m.index, end, type: 'date', ruleId: 'date_compact' });
  }
}

/**
 * A record's number right before the date ("consent_HCH-158522_19971018.pdf",
 * "EOB_51293470_19690610.pdf"); a camera's counter after it ("PXL_20250318_123456.jpg") is none.
 */
const RECORD_PART_BEFORE = /(?:^|[_.-])(?:\p{Lu}{1,4}-?\d{5,}|\d{6,})_$/u;

/** A part of a file name in capitals: "OBUYA-EBELE-2024-09-22-discharge.pdf". */
const CAPITAL_PART = /(?:^|[_.-])(\p{Lu}{3,})(?=[_.-])/gu;

/**
 * Whether a part in capitals reads as a name: a given name or a surname the dictionaries know,
 * or four letters or more that are no common word ("OBUYA"; not "MRI", "SCAN", "REPORT").
 */
function hasNameInCapitals(name: string): boolean {
  const flags = nameDictionaries().flags;
  CAPITAL_PART.lastIndex = 0;
  for (let m = CAPITAL_PART.exec(name); m !== null; m = CAPITAL_PART.exec(name)) {
    const part = m[1] as string;
    const f = flags.get(part.toLowerCase()) ?? 0;
    if ((f & (COMMON | NEVER)) !== 0) continue;
    if ((f & (GIVEN | SURNAME)) !== 0 || part.length >= 4) return true;
  }
  return false;
}

/** Letters (any script), digits, '_', '-', '.' and apostrophes: what a file name's parts are made of. */
function isFileNameChar(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    c === 0x5f ||
    c === 0x2d ||
    c === 0x2e ||
    c === 0x27 ||
    c === 0x2019 ||
    (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000)
  );
}

// "92-year-old", "92 y/o", "92 yo", "92 years old", "aged 92", "age: 92". Only the number is masked.
/** "92 yr", "92y", "93 yrs": a short unit right after the number. */
const AGE_SHORT_RE = /(?<![\d.])(\d{2,3})(?=\s?(?:yrs?|y)\b(?!\s*(?:ago|later|prior|before|after|since)))/dg;
const AGE_UNIT_RE =
  /(?<![\d.])(\d{2,3})(?=\s?-?\s?(?:years?|yrs?)[\s-]*(?:old|of age)\b|\s?-?\s?(?:y\/o|y\.o\.|yo\b|yoM\b|yoF\b))/dg;
/**
 * "aged 92", "Age: 92", "age at visit: 92", "age at death 97", "Age as stated to me: 102",
 * "Sex/Age: F/93" (the sex letter before the age as the label orders them).
 */
const AGE_LABEL_RE =
  /\bage[ds]?\b(?:\s*\/\s*(?:sex|gender))?(?:\s+(?:at|of|on|when|as|given|stated|reported)\b(?:\s+[a-z]+){0,3})?\s*(?:[:=]|\bwas\b|\bis\b)?\s*(?:(?:m|f|male|female)\s*\/\s*)?(\d{2,3})(?!\d|\.\d)/dgi;

function over89(v: string): boolean {
  const n = Number(v);
  return n >= 90 && n <= 130;
}

const AGE_WORD_GATE = /year|yr|y\/o|y\.o|yo|age|\d ?y\b/i;
/** What the labelled age ("aged 92", "age: 91") needs, when no number has a 'y' after it for the others. */
const AGE_LABEL_GATE = /age/i;
/**
 * "I'm 92,", "she is 94.", "shes 92 im her husband", "You are 98?": a person saying or told
 * their age, the number ending the clause (chat drops the apostrophes).
 */
const AGE_SELF_RE =
  /\b(?:i['’]?m|i am|you['’]?re|you are|(?:he|she)['’]?s|(?:he|she|patient|pt) (?:is|was|will be)|(?:he|she)['’]ll be|turned|turns|turning)\s+(\d{2,3})(?=\s*(?:[,.;!?)]|$|\s+(?:and|but|now|today|this|last|next|in|on|since|so|i|i['’]?m|she|he|her|his|my|we)\b))/dgim;
const AGE_SELF_GATE = /i['’]m|i am|you|he|she|patient|pt|turn/i;
/** "my grandma is 90 can she…", "her father, who is 93,": a relative's age, whatever follows but a unit. */
const AGE_RELATIVE_RE =
  /\b(?:grand(?:ma|mother|pa|father)|great[- ]grand\w+|nana|granny|mom|mother|mum|dad|father|aunt|uncle|wife|husband|spouse|partner)(?:,? who)? (?:is|was|turned|turns|just turned)\s+(\d{2,3})\b(?!\s*(?:%|mg|mcg|kg|lbs?|pounds|cm|mm|min|minutes|hours|days|weeks|months|percent|degrees|bpm|\/|\.\d))/dgi;
const AGE_RELATIVE_GATE =
  /grand|nana|granny|mom|mother|mum|dad|father|aunt|uncle|wife|husband|spouse|partner/i;
const AGE_OPTIONS: ScanOptions = { group: 1, accept: over89 };

/** "97M", "94 F", "92yo F", "96/F": an age beside a sex letter, as handoffs and headers write it. */
const AGE_SEX_RE = /(?<![\w./:-])(9\d|1[0-2]\d)(?=\s?(?:yo\s?|y\/o\s?|\/)?[MF](?![\w°'’/]))/dg;
/** "T 98F", "temp: 99 F": a temperature in Fahrenheit, not an age. */
const TEMPERATURE_BEFORE = /\b(?:t|temp|temperature|tmax|tm|fever|febrile|afebrile|°)\W{0,3}$/i;
/** Vital signs earlier in the line: a number with F there is a temperature. */
const VITALS_BEFORE =
  /(?:\b(?:t|temp|temperature|tmax|tm|bp|hr|rr|spo2|pulse|vitals?|febrile|afebrile)\b|°)[^\n]*$/i;
/** "room 95F", "bed 92M", "apt 91F": a place's number and letter, not an age and sex. */
const PLACE_BEFORE =
  /\b(?:room|rm|bed|bay|unit|ward|suite|ste|apt|apartment|flat|floor|fl|pod|cubicle|locker|seat|gate|building|bldg|wing|station|box|cabin|space|spot|slot|lot|door|exam room|or)\s*[.#:]?\s*(?:no\.?\s*)?$/i;
const AGE_SEX_OPTIONS: ScanOptions = {
  group: 1,
  accept: (v, m, text) => {
    if (!over89(v) || TEMPERATURE_BEFORE.test(before(text, m.index, 16))) return false;
    if (PLACE_BEFORE.test(before(text, m.index, 20))) return false;
    const sex = text.charCodeAt(
      m.index + m[0].length + (text.charCodeAt(m.index + m[0].length) === 0x20 ? 1 : 0),
    );
    return sex !== 0x46 || !VITALS_BEFORE.test(before(text, m.index, 48));
  },
};
const AGE_SEX_GATE = /(?:^|[^\w.])(?:9\d|1[0-2]\d)\s?(?:yo\s?|y\/o\s?|\/)?[MF]\b/;
/**
 * "ninety-two-year-old", "aged one hundred and one", "pt is ninety-three", "she turned ninety":
 * ages over 89 in words, with a unit or a label, or said of a person closing the clause.
 */
const AGE_WORDS_RE =
  /\b((?:ninety|one hundred(?: and)?)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine|ten))?)(?=[- ](?:years?[- ]old|year-old|yo\b|y\/o)|\s+years? of age)|\bage[ds]?:?\s+((?:ninety|one hundred(?: and)?)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine|ten))?)\b|\b(?:i['’]?m|i am|(?:he|she)['’]?s|(?:he|she|patient|pt|mom|mum|dad|mother|father|grandma|grandpa|grandmother|grandfather) (?:is|was|will be)|turned|turns|turning)\s+((?:ninety|one hundred(?: and)?)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine|ten))?)(?=\s*(?:[,.;!?)]|$|\s+(?:and|but|now|today|this|last|next|in|on|so|years?|yrs?)\b))/dgim;
const AGE_WORDS_GATE = /ninety|hundred/i;

function ageWords(ctx: ScanContext): void {
  const re = AGE_WORDS_RE;
  re.lastIndex = 0;
  for (let m = re.exec(ctx.text); m !== null; m = re.exec(ctx.text)) {
    const span = m.indices?.[1] ?? m.indices?.[2] ?? m.indices?.[3];
    if (span) ctx.out.push({ start: span[0], end: span[1], type: 'age', ruleId: 'age_over_89' });
  }
}

export const ages: Detector = {
  id: 'age_over_89',
  types: ['age'],
  run(ctx) {
    if (ctx.skip?.has('age')) return;
    if (
      ctx.text.length >= 12 &&
      (ctx.includes('inety') || ctx.includes('undred')) &&
      ctx.test(AGE_WORDS_GATE)
    )
      ageWords(ctx);
    if (!ctx.hasDigit) return;
    // "BP 120/80" holds a number in range, but none an age expression can take.
    const numbers = ctx.bits(ageNumbers);
    if ((numbers & AGE_NUMBER) === 0) return;
    if (ctx.hasUpper && numbers & AGE_NUMBER_BEFORE_SEX && ctx.test(AGE_SEX_GATE))
      scan(ctx, AGE_SEX_RE, 'age', 'age_over_89', AGE_SEX_OPTIONS);
    if (numbers & SPOKEN_AGE_NUMBER) {
      if (ctx.test(AGE_SELF_GATE)) scan(ctx, AGE_SELF_RE, 'age', 'age_over_89', AGE_OPTIONS);
      if (ctx.test(AGE_RELATIVE_GATE)) scan(ctx, AGE_RELATIVE_RE, 'age', 'age_over_89', AGE_OPTIONS);
    }
    if (numbers & AGE_NUMBER_BEFORE_Y) {
      if (!ctx.test(AGE_WORD_GATE)) return;
      scan(ctx, AGE_UNIT_RE, 'age', 'age_over_89', AGE_OPTIONS);
      scan(ctx, AGE_LABEL_RE, 'age', 'age_over_89', AGE_OPTIONS);
      scan(ctx, AGE_SHORT_RE, 'age', 'age_over_89', AGE_OPTIONS);
    } else if (ctx.test(AGE_LABEL_GATE)) scan(ctx, AGE_LABEL_RE, 'age', 'age_over_89', AGE_OPTIONS);
  },
};
