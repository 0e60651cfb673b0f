/**
 * Medical record numbers the label readers do not see: after the Australian and New Zealand
 * unit record label ("UR no. E75971272", "UR: 00917498", "URN 0658148", "unit record number
 * 418-243-82"); in a
 * census entry's parentheses after the room ("(rm 582, 331036)", "(bed 12B; 01D35156)"); and in
 * parentheses right after a patient's name ("Pt Kariuki, Ruthanne (287-027-07), 46f"). A value
 * has at least five digits; a dose range or a year in parentheses ("(500-1000)", "(2024)") has
 * no name or room before it and stays.
 */
import { digitCount } from '../char-codes';
import { type Detector, type ScanContext, type ScanOptions, scan } from './detector';

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

export const recordNumbers: Detector = {
  id: 'record_number',
  types: ['mrn'],
  run(ctx: ScanContext) {
    if (ctx.digits < 5 || ctx.skip?.has('mrn')) return;
    if (ctx.test(UNIT_RECORD_GATE)) scan(ctx, UNIT_RECORD_RE, 'mrn', 'record_number', OPTIONS);
    if (ctx.longestDigitRun >= 4 && ctx.includes('-') && ctx.test(CHECKED_RECORD_GATE))
      scan(ctx, CHECKED_RECORD_RE, 'mrn', 'record_number', OPTIONS);
    if (!ctx.includes('(')) return;
    if (ctx.hasUpper && ctx.test(BRACKETED_RECORD_GATE))
      scan(ctx, BRACKETED_RECORD_RE, 'mrn', 'record_number', OPTIONS);
    if (ctx.test(ROOM_GATE)) scan(ctx, ROOM_THEN_RECORD_RE, 'mrn', 'record_number', OPTIONS);
    if (ctx.hasUpper && ctx.test(PATIENT_GATE)) scan(ctx, AFTER_PATIENT_RE, 'mrn', 'record_number', OPTIONS);
  },
};
