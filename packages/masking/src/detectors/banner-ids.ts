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
 */
import type { Detector, ScanContext } from './detector';
import { COMMON, NEVER, nameDictionaries } from './dictionaries';

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
}

export const bannerIdsDetector: Detector = {
  id: 'banner_ids',
  types: ['mrn', 'name'],
  run: bannerIds,
};
