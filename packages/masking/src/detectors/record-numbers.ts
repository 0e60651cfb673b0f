/**
 * Medical record numbers the label readers do not see: after the Australian and New Zealand
 * unit record label ("UR no. E75971272", "UR: 00917498", "URN 0658148", "unit record number
 * 418-243-82"); in a
 * census entry's parentheses after the room ("(rm 582, 331036)", "(bed 12B; 01D35156)"); and in
 * parentheses right after a patient's name ("Pt Kariuki, Ruthanne (287-027-07), 46f"). A value
 * has at least five digits; a dose range or a year in parentheses ("(500-1000)", "(2024)") has
 * no name or room before it and stays. A study subject's number is known by the initials and the
 * age and sex in brackets after it ("KE-101-0042 (JM, 34F)").
 */
import { digitCount } from '../char-codes';
import { type Detector, type ScanContext, type ScanOptions, scan } from './detector';
import { saIdValid } from './national-checks';

/** A record number: letters and digits, perhaps cut by dashes, from six to sixteen characters. */
const VALUE_CHARS = '([A-Z0-9][A-Z0-9-]{4,14}[A-Z0-9])';
const VALUE = `${VALUE_CHARS}(?![\\w-])`;

const UNIT_RECORD_RE = new RegExp(
  `\\b(?:(?:ur|u\\.r\\.)\\s*(?:no\\.?|number|num|#|:)|urn|unit record(?:\\s*(?:no\\.?|number|#))?)\\s*[:#.]?\\s*${VALUE}`,
  'dgi',
);
const UNIT_RECORD_GATE = /\bur\b|\bu\.r\.|\burn\b|unit record/i;

/** "(rm 582, 331036)": a room or bed, then the record number, in one pair of parentheses. */
const ROOM_THEN_RECORD_RE = new RegExp(
  `\\((?:rm|room|bed|bay|cubicle|pod)\\.?\\s*#?\\s*[A-Z0-9-]{1,6}\\s*[,;/]\\s*${VALUE}\\s*\\)`,
  'dgi',
);
const ROOM_GATE = /\((?:rm|room|bed|bay|cubicle|pod)\b/i;

/** One word of a name: capitalized, or a lower-case particle ("du Plessis", "de la Cruz"). */
const NAME_WORD = "(?:\\p{Lu}[\\p{L}'’.-]*|de|du|da|di|del|della|la|le|van|von|der|den|al|el|bin|ibn|st\\.?)";
/** "Pt Kariuki, Ruthanne (287-027-07)", "patient Tran Omar (23D27224)". */
const AFTER_PATIENT_RE = new RegExp(
  `\\b(?:[Pp][Tt]|[Pp]atient|PATIENT)\\b[.:]?\\s+(?:${NAME_WORD},?\\s+){0,4}\\p{Lu}[\\p{L}'’-]+\\s*\\(${VALUE_CHARS}\\)`,
  'dgu',
);
const PATIENT_GATE = /\b(?:pt|patient)\b[^\n(]{2,60}\(/i;

/**
 * A record number in the shape hospitals issue with a check group: two or three digits, four to
 * six, one or two ("63-31302-4"), wherever it stands — in a file's name between underscores
 * ("MRI_63-31302-4_19880506.pdf") or in brackets after a name. Phones (3-3-4), SSNs (3-2-4),
 * NDCs (4-4-2, 5-3-2), CAS numbers (…-2-1) and dates have other groups.
 */
const CHECKED_RECORD_RE = /(?<![A-Za-z0-9./-])(\d{2,3}-\d{4,6}-\d{1,2})(?![A-Za-z0-9/-]|\.\d)/dg;
const CHECKED_RECORD_GATE = /\d-\d{4,6}-\d/;
/**
 * A record number with its hospital's letters, in brackets after whatever names it ("soren hart
 * (HCH-412436), 55yo"): letters, a dash and six digits at least (a code's "(CPT-99213)" has five).
 */
const BRACKETED_RECORD_RE = /\(([A-Z]{2,4}-\d{6,10})\)/dg;
const BRACKETED_RECORD_GATE = /\([A-Z]{2,4}-\d{6}/;

const OPTIONS: ScanOptions = { group: 1, accept: (v) => digitCount(v) >= 5 };

/**
 * A record number in brackets before the person's age, as a sign-out or a census line writes a
 * patient ("may anand (38081841), 24yo", "… (TV4281670), 75 y/o"): what names the person stands
 * before it, in any case.
 */
const BEFORE_AGE_RE = /\(([A-Z]{0,4}-?\d{6,12})\),?[ \t]*\d{1,3}[ \t]?(?:yo|y\/o|yrs?|[MF])\b/dg;
const BEFORE_AGE_GATE = /\d\),?[ \t]*\d{1,3}[ \t]?(?:yo|y\/o|yr|[MF]\b)/;

/**
 * A record number in a document's file name between its kind and its date, as scanning and
 * export tools name files ("consent_HCH-158522_19971018.pdf", "MRI_TV5196766_19490908.pdf",
 * "EOB_70758748_20111025.pdf"); a second date there ("…_20240101_20240131.csv") is none.
 */
const FILE_RECORD_RE =
  /(?<![\w.-])[A-Za-z][A-Za-z-]{1,20}_([A-Z]{0,4}-?\d{6,12})_(?:19|20)\d{6}\.[A-Za-z]{2,5}(?![\w-])/dg;
const FILE_RECORD_GATE = /_(?:19|20)\d{6}\./;
const FILE_OPTIONS: ScanOptions = {
  group: 1,
  accept: (v) => !/^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/.test(v),
};

/**
 * A study subject's number before the brackets that give the subject's initials and age and sex,
 * as deviation logs and line listings write them: "KE-101-0042 (JM, 34F)", "104-0007 (A.B., 7 M)".
 */
const SUBJECT_BEFORE_INITIALS_RE =
  /(?<![\w-])((?:[A-Z]{1,4}-)?\d{2,5}-\d{3,6}|[A-Z]{1,4}\d{5,8})[ \t]*\((?:[A-Z]{1,3}|[A-Z]\.(?:[ \t]?[A-Z]\.){1,2})[ \t]*,[ \t]*\d{1,3}[ \t]?(?:[MFmf]|yo|y\/o|yrs?)\)/dg;
const SUBJECT_GATE = /\d[ \t]*\([A-Z.]{1,6}[ \t]*,[ \t]*\d/;
const SUBJECT_OPTIONS: ScanOptions = { group: 1, accept: (v) => digitCount(v) >= 5 };

/**
 * A South African identity number after a bare "ID" whose birth date and check hold, a child's
 * too ("ID 1603071874085", born 2016): unlabelled, thirteen digits from 1 are as often a time in
 * milliseconds, and the national identity reader leaves them.
 */
const SA_ID_AFTER_ID_RE = /(?<![\w-])ID[ \t]*[:#]?[ \t]*(\d{13})(?![\w-]|[.,]\d)/dg;
const SA_ID_OPTIONS: ScanOptions = { group: 1, accept: (v) => saIdValid(v) };

export const recordNumbers: Detector = {
  id: 'record_number',
  types: ['mrn', 'other_id'],
  run(ctx: ScanContext) {
    if (ctx.digits < 5) return;
    if (ctx.includes('(') && ctx.hasUpper && !ctx.skip?.has('other_id') && ctx.test(SUBJECT_GATE))
      scan(ctx, SUBJECT_BEFORE_INITIALS_RE, 'other_id', 'subject_number', SUBJECT_OPTIONS);
    if (ctx.longestDigitRun >= 13 && !ctx.skip?.has('other_id') && ctx.includes('ID'))
      scan(ctx, SA_ID_AFTER_ID_RE, 'other_id', 'national_id', SA_ID_OPTIONS);
    if (ctx.skip?.has('mrn')) return;
    if (ctx.test(UNIT_RECORD_GATE)) scan(ctx, UNIT_RECORD_RE, 'mrn', 'record_number', OPTIONS);
    if (ctx.longestDigitRun >= 4 && ctx.includes('-') && ctx.test(CHECKED_RECORD_GATE))
      scan(ctx, CHECKED_RECORD_RE, 'mrn', 'record_number', OPTIONS);
    if (ctx.longestDigitRun >= 8 && ctx.includes('_') && ctx.test(FILE_RECORD_GATE))
      scan(ctx, FILE_RECORD_RE, 'mrn', 'record_number', FILE_OPTIONS);
    if (!ctx.includes('(')) return;
    if (ctx.hasUpper && ctx.test(BRACKETED_RECORD_GATE))
      scan(ctx, BRACKETED_RECORD_RE, 'mrn', 'record_number', OPTIONS);
    if (ctx.test(ROOM_GATE)) scan(ctx, ROOM_THEN_RECORD_RE, 'mrn', 'record_number', OPTIONS);
    if (ctx.longestDigitRun >= 6 && ctx.test(BEFORE_AGE_GATE))
      scan(ctx, BEFORE_AGE_RE, 'mrn', 'record_number', OPTIONS);
    if (ctx.hasUpper && ctx.test(PATIENT_GATE)) scan(ctx, AFTER_PATIENT_RE, 'mrn', 'record_number', OPTIONS);
  },
};
