/**
 * A patient's record number printed without a label, in the two places EHR printouts put one:
 *
 * - On a barcode scan of the patient's band in a medication record: "Scanned: wristband 3590793",
 *   "armband scanned E7146174", "Patient ID band 280-322-049".
 * - On a header line, among the first three of a text, that holds nothing but the patient's name
 *   and the number: "Hand, Pearline  1310473", "Aurelio Rippin  E9756082" (a flowsheet's or a
 *   label's header). A value after a test's name further down ("Platelet Count  245000") stays.
 *   Before a record number's label the line's name is the patient's wherever the line stands
 *   ("ACHTERBERG, ANSELM  EHR ID 366-12-95", "Jovana Pennywhistle   Medical Record No. 0082603"),
 *   and a number in brackets between the name and the age and sex is the record's ("ORTIZ, AUDIE
 *   (132-78-83)  103F"). A clinic note's line that opens with the visit's date and a dash names
 *   the patient before the age and sex ("4/2/2024 - Harrowgate, Tamsin, 102 woman, Hosp # …"),
 *   and one that opens with the service and "f/u" names the patient closing its sentence
 *   ("Renal f/u Ruggles. TSH 7.56").
 * - On a patient's line, standing alone between the line's separators beside the patient's
 *   name: "Halvorson, Casimir | 91M | Rm 735-B | 960-155-744", "Re: Rosalind Skiles (DOB 5/3/1922)
 *   E07505473", "Pt: Iwasaki, Perpetua   E02468766   SW case …", "(82 y.o., 193-351-098)", and a
 *   header's "Ysolde Crutchfield / 17222073 / HAR …". The line is a patient's when a patient label
 *   ("Pt:", "Re:") opens its name, when a "Last, First" name shares it with an age and sex, a birth
 *   date or a room, or when a header line opens with the name before a bar or a slash.
 */
import type { Detector, ScanContext } from './detector';
import { COMMON, NEVER, nameDictionaries } from './dictionaries';
import { HEADER_PARTICLES } from './surname-particles';

/** A record number: an optional prefix of capitals, digits with dashes, at least six characters. */
const ID = '(?:[A-Z]{1,3}-?)?\\d[\\d-]{4,14}\\d';

const BAND_RE = new RegExp(
  `(?<![\\w-])(?:[Ww]rist ?band|WRIST ?BAND|[Aa]rm ?band|ARMBAND|ID band|[Pp]atient band|[Pp]t band)(?:[ \\t]+(?:scanned|scan|verified|barcode|ID|#|no\\.?))?[ \\t]*[:#]?[ \\t]*(${ID})(?![\\w-])`,
  'dg',
);
const BAND_GATE = /[Ww]rist|WRIST|[Aa]rm ?band|ARMBAND|band/;

/** A name word: a capital then letters (any script), apostrophes, dots and hyphens. */
const WORD = "[\\p{Lu}][\\p{L}'’.-]{0,24}";
/** "Last, First M" or "First M Last", then a wide gap, then the number, alone on its line. */
const HEADER_RE = new RegExp(
  `(?<=^|\\n)[ \\t]*(${WORD}, ${WORD}(?: ${WORD})?|${WORD}(?: ${WORD})? ${WORD})(?:[ \\t]{2,}|\\t)(${ID})[ \\t]*(?=\\r?\\n)`,
  'dgu',
);
/** A record number's label on a banner line: "EHR ID", "Hosp #", "Medical Record No.", "record no.", "chart #". */
const ID_LABEL =
  '(?:MRN|MR ?#|EHR ID|EMR ID|[Hh]osp(?:ital)? ?(?:#|[Nn]o\\.?)|[Mm]edical [Rr]ecord (?:[Nn]o\\.?|[Nn]umber|#)|[Rr]ecord (?:[Nn]o\\.?|#)|[Cc]hart (?:#|[Nn]o\\.?)|[Pp](?:atien)?t ID|[Aa]cct ?#)';
/** "ACHTERBERG, ANSELM  EHR ID 366-12-95", "Jovana Pennywhistle   Medical Record No. 00826032": a banner line's name before the labelled number. */
const LABELLED_HEADER_RE = new RegExp(
  `(?<=^|\\n)[ \\t]*(${WORD}, ${WORD}(?: ${WORD})?|${WORD}(?: ${WORD})? ${WORD})(?:[ \\t]{2,}|\\t)${ID_LABEL}[ \\t]*[:#]?[ \\t]*[A-Z0-9][\\w-]{3,}`,
  'dgu',
);
/** "THRELKELD, HENRIETTA (344-67-18)  62F": the record number in brackets after "Last, First", before the age and sex. */
const BRACKETED_HEADER_RE = new RegExp(
  `(?<=^|\\n)[ \\t]*${WORD}, ${WORD}(?: ${WORD})?[ \\t]*\\((${ID})\\)(?=[ \\t]{1,4}\\d{1,3}[ \\t]?(?:[MF]|yo|y\\/o|y\\.o\\.)(?![\\p{L}\\d]))`,
  'dgu',
);
/**
 * "October 25, 2025 - Harrowgate, Tamsin, 102 woman, Hosp # 4546155": a clinic note's opening line,
 * the visit's date, a dash, the patient's name, then the age and the sex.
 */
const DATED_HEADER_RE = new RegExp(
  `(?<=^|\\n)[ \\t]*(?:\\p{L}{3,9}\\.?[ \\t]+)?\\d[\\p{L}\\d ,./-]{0,20}?[ \\t]+-[ \\t]+(${WORD}, ${WORD}(?: ${WORD})?|${WORD}(?: ${WORD})? ${WORD}),[ \\t]+\\d{1,3}(?:[ \\t]?(?:yo|y\\/o|y\\.o\\.|-year-old|[ \\t]year[ \\t]old))?[ \\t]+(?:woman|man|female|male|[MF])(?![\\p{L}\\d])`,
  'dgu',
);
/** "Renal f/u Ruggles. TSH 7.56": a visit's opening line, the service, "f/u", the patient's name closing the sentence. */
const FOLLOW_UP_HEADER_RE = new RegExp(
  `(?<=^|\\n)[ \\t]*(?:\\p{L}{2,14}[ \\t]+)?(?:f\\/u|F\\/U|follow-?up|Follow-?up)[ \\t]+(${WORD}(?: ${WORD})?)(?=\\.[ \\t]|\\.?[ \\t]*(?:\\r?\\n|$))`,
  'dgu',
);
/** Words of a title line that are not a name ("SURGICAL PATHOLOGY REPORT   S24-19366"). */
const NOT_NAME =
  /\b(?:reports?|records?|notes?|summary|flowsheets?|vitals|results?|page|orders?|invoice|total|room|bed|unit|case|accession|specimens?|patholog\w*|surgical|laborator\w*|lab|radiology|imaging|discharge|progress|consult\w*|operative|encounter|visit|department|clinic|hospital|center|centre|medical|health|account|claim|batch|lot)\b/i;

/**
 * A record number standing alone between a patient line's separators (a bar, a slash, a comma or a
 * bracket then a space, or a wide gap): a letter prefix and six to ten digits, seven to ten digits,
 * or digits in groups of 3-3-3 or 3-2-2 (a phone's 3-3-4 and a date's groups are not).
 */
const LONE_ID_RE =
  /(?<=^|\n|[|/(,][ \t]|\)[ \t]|[ \t]{2}|\t)([A-Z]{1,3}-?\d{6,10}|\d{7,10}|\d{3}-\d{3}-\d{3}|\d{3}-\d{2}-\d{2})(?=[ \t]?[|/),]|[ \t]{2}|\t|[ \t]*(?:\r?\n|$))/g;
/** A surname's particles ("Van der Berg", "de la Cruz"). */
const PARTICLES: ReadonlySet<string> = new Set(HEADER_PARTICLES);
/** A name's word or a surname's particle in lower case. */
const PART = `(?:${WORD}|${HEADER_PARTICLES.join('|')})`;
/** A patient label opening the name before the number: "Pt: Iwasaki, Perpetua", "Re: Rosalind Skiles". */
const LABELLED_NAME_RE = new RegExp(
  `(?:^|[ \t(])(?:Pt|PT|Patient|PATIENT|Re|RE|Name|NAME)[ \t]*:[ \t]*(${WORD}(?:,? ${PART}){1,4})`,
  'u',
);
/** A "Last, First" name before the number. */
const LAST_FIRST_RE = new RegExp(`(${WORD}, ${WORD})`, 'u');
/** What else marks a patient's line: an age and sex ("91M", "82 y.o."), a birth date's label, a room or bed. */
const PATIENT_CONTEXT_RE = /\b\d{1,3}[ \t]?(?:[MF]|y\.?o\.?|yo)(?![\p{L}\d])|\bDOB\b|\b(?:Rm|Room|Bed)\b/u;
/** A header line opening with "First Last" (or "Last, First") before a bar or a slash. */
const LEAD_NAME_RE = new RegExp(
  `^[ \t]*(${WORD}(?: ${PART}){0,3}, ${WORD}(?: ${WORD})?|${WORD}(?: ${PART}){1,3})[ \t]+[|/][ \t]`,
  'u',
);

/** How far around a lone number its line is read for the patient's name and marks. */
const PATIENT_WINDOW = 160;

/** Whether a number of eight digits reads as a date (YYYYMMDD from 1900 to 2099). */
function looksLikeDate(id: string): boolean {
  if (!/^(?:19|20)\d{6}$/.test(id)) return false;
  const month = Number(id.slice(4, 6));
  const day = Number(id.slice(6, 8));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** Whether the part of a line before a lone number names the patient in one of the patient line's forms. */
function patientLine(text: string, lineStart: number | undefined, before: string, line: string): boolean {
  const labelled = LABELLED_NAME_RE.exec(before);
  if (labelled && !NOT_NAME.test(labelled[1] as string)) return true;
  const lastFirst = LAST_FIRST_RE.exec(before);
  if (lastFirst && !NOT_NAME.test(lastFirst[1] as string) && PATIENT_CONTEXT_RE.test(line)) return true;
  if (lineStart === undefined) return false;
  const lead = LEAD_NAME_RE.exec(before);
  return (
    lead !== null &&
    !NOT_NAME.test(lead[1] as string) &&
    !knownWords(lead[1] as string) &&
    nearTop(text, lineStart)
  );
}

/** Whether a dictionary knows one of a name's capitalised words as an everyday or clinical one ("Glucose, Fasting"). */
function knownWords(name: string): boolean {
  const flags = nameDictionaries().flags;
  return name
    .split(/[ ,]+/)
    .some(
      (w) =>
        /^\p{Lu}/u.test(w) &&
        !PARTICLES.has(w.toLowerCase()) &&
        ((flags.get(w.toLowerCase()) ?? 0) & (COMMON | NEVER)) !== 0,
    );
}

/** Record numbers standing alone on a patient's line beside the patient's name. */
function patientLineIds(ctx: ScanContext): void {
  const { text } = ctx;
  LONE_ID_RE.lastIndex = 0;
  for (let m = LONE_ID_RE.exec(text); m !== null; m = LONE_ID_RE.exec(text)) {
    const id = m[1] as string;
    if (looksLikeDate(id)) continue;
    // The patient's name and what marks the line stand near the number: a window of the line around it.
    const from = Math.max(0, m.index - PATIENT_WINDOW);
    const head = text.slice(from, m.index);
    const lineBreak = head.lastIndexOf('\n');
    const before = lineBreak === -1 ? head : head.slice(lineBreak + 1);
    const lineStart = lineBreak !== -1 || from === 0 ? m.index - before.length : undefined;
    const tail = text.slice(m.index, m.index + PATIENT_WINDOW);
    const tailBreak = tail.indexOf('\n');
    const line = before + (tailBreak === -1 ? tail : tail.slice(0, tailBreak));
    if (patientLine(text, lineStart, before, line))
      ctx.out.push({ start: m.index, end: m.index + id.length, type: 'mrn', ruleId: 'banner_ids' });
  }
}

/** Header lines: the first three lines of a text. */
const HEADER_LINES = 3;

function nearTop(text: string, index: number): boolean {
  let lines = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1))
    if (++lines >= HEADER_LINES) return false;
  return true;
}

function bandIds(ctx: ScanContext): void {
  if (!ctx.test(BAND_GATE)) return;
  const { text } = ctx;
  BAND_RE.lastIndex = 0;
  for (let m = BAND_RE.exec(text); m !== null; m = BAND_RE.exec(text)) {
    const span = m.indices?.[1];
    if (span) ctx.out.push({ start: span[0], end: span[1], type: 'mrn', ruleId: 'banner_ids' });
  }
}

function headerIds(ctx: ScanContext): void {
  const { text } = ctx;
  if (!ctx.includes('\n') || (!ctx.mayInclude('  ') && !ctx.includes('\t'))) return;
  HEADER_RE.lastIndex = 0;
  for (let m = HEADER_RE.exec(text); m !== null; m = HEADER_RE.exec(text)) {
    const name = m.indices?.[1];
    const id = m.indices?.[2];
    if (!name || !id || NOT_NAME.test(m[1] as string) || !nearTop(text, m.index)) continue;
    if ((m[2] as string).replace(/\D/g, '').length < 6) continue;
    if (!ctx.skip?.has('name'))
      ctx.out.push({ start: name[0], end: name[1], type: 'name', ruleId: 'banner_ids' });
    ctx.out.push({ start: id[0], end: id[1], type: 'mrn', ruleId: 'banner_ids' });
  }
}

/**
 * The patient's names `re` finds in its first group: opening a banner line before the record
 * number's label, on any line (the label says it), or between a dated opening line's dash and
 * the age and sex.
 */
function headerNames(ctx: ScanContext, re: RegExp): void {
  const { text } = ctx;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const name = m.indices?.[1];
    if (name && !NOT_NAME.test(m[1] as string))
      ctx.out.push({ start: name[0], end: name[1], type: 'name', ruleId: 'banner_ids' });
  }
}

/** The patient's name after "f/u" opening a visit's line, unless a dictionary knows its words as everyday or clinical ones. */
function followUpHeaderNames(ctx: ScanContext): void {
  const { text } = ctx;
  const flags = nameDictionaries().flags;
  FOLLOW_UP_HEADER_RE.lastIndex = 0;
  for (let m = FOLLOW_UP_HEADER_RE.exec(text); m !== null; m = FOLLOW_UP_HEADER_RE.exec(text)) {
    const name = m.indices?.[1];
    const words = (m[1] as string).split(' ');
    if (!name || NOT_NAME.test(m[1] as string)) continue;
    // An abbreviation in capitals ("f/u GI.") or a known word ("f/u Monday.", "f/u Cardiology.") is none.
    if (words.some((w) => !/\p{Ll}/u.test(w) || ((flags.get(w.toLowerCase()) ?? 0) & (COMMON | NEVER)) !== 0))
      continue;
    ctx.out.push({ start: name[0], end: name[1], type: 'name', ruleId: 'banner_ids' });
  }
}

/** The record number in brackets between the patient's name and age on a banner line. */
function bracketedHeaderIds(ctx: ScanContext): void {
  const { text } = ctx;
  BRACKETED_HEADER_RE.lastIndex = 0;
  for (let m = BRACKETED_HEADER_RE.exec(text); m !== null; m = BRACKETED_HEADER_RE.exec(text)) {
    const id = m.indices?.[1];
    if (id && !NOT_NAME.test(m[0]))
      ctx.out.push({ start: id[0], end: id[1], type: 'mrn', ruleId: 'banner_ids' });
  }
}

function bannerIds(ctx: ScanContext): void {
  if (ctx.longestDigitRun < 3 || !ctx.hasUpper) return;
  const spaced = ctx.includes('\n') && (ctx.mayInclude('  ') || ctx.includes('\t'));
  if (spaced && !ctx.skip?.has('name')) headerNames(ctx, LABELLED_HEADER_RE);
  if (ctx.includes(' - ') && !ctx.skip?.has('name')) headerNames(ctx, DATED_HEADER_RE);
  if ((ctx.includes('f/u') || ctx.includes('F/U') || ctx.includes('ollow')) && !ctx.skip?.has('name'))
    followUpHeaderNames(ctx);
  if (ctx.skip?.has('mrn')) return;
  bandIds(ctx);
  headerIds(ctx);
  if (ctx.includes('(')) bracketedHeaderIds(ctx);
  if (ctx.longestDigitRun >= 6 || ctx.includes('-')) patientLineIds(ctx);
}

export const bannerIdsDetector: Detector = {
  id: 'banner_ids',
  types: ['mrn', 'name'],
  run: bannerIds,
};
