/**
 * Numbers a workplace gives a case or a person, written without a label the label readers know:
 * an anatomic pathology accession number ("SURGICAL PATHOLOGY REPORT   S24-19366", "CY25-00412",
 * "SP-24-1187"), a prefix of one to three capitals for the service, a two-digit year and a
 * serial, in a text about a specimen; and a staff number after the word for an employee
 * ("employee E213389", "badge #1938", "staff no. 004417"); a dictation's job or document number in
 * a transcription footer ("Job #: DOC#16054588", "JOB 177-4384", "doc id J1015369").
 */
import { type Detector, type ScanContext, type ScanOptions, scan } from './detector';

/** Service prefix (surgical, cytology, non-gyn, bone marrow …), year, serial. */
const ACCESSION_RE =
  /(?<![\w-])((?:S|SP|SU|SG|SH|CY|NG|NGY|GYN|FNA|BX|BM|HP|AP|FS|C|F|H|M|P)-?\d{2}-\d{3,7})(?![\w-])/dg;
const ACCESSION_SHAPE = /[A-Z]-?\d\d-\d{3}/;
/** Any service's prefix of one to three capitals, right after the specimen's or accession's word ("Specimen YR24-624124"). */
const NAMED_ACCESSION_RE =
  /\b(?:Specimen|SPECIMEN|specimen|Accession|ACCESSION|accession)[ \t]*(?:#|No\.?|number)?[ \t]*:?[ \t]*([A-Z]{1,3}-?\d{2}-\d{3,7})(?![\w-])/dg;
/** What a text about a specimen names. */
const SPECIMEN_WORDS =
  /patholog|cytolog|specimen|biops|accession|surgical|frozen section|histolog|excision|resection|smear|marrow|gross description|microscopic/i;

export const accessionNumbers: Detector = {
  id: 'pathology_accession',
  types: ['other_id'],
  run(ctx: ScanContext) {
    if (ctx.longestDigitRun < 3 || !ctx.hasUpper || ctx.skip?.has('other_id')) return;
    if (!ctx.includes('-') || !ctx.test(SPECIMEN_WORDS) || !ctx.test(ACCESSION_SHAPE)) return;
    scan(ctx, ACCESSION_RE, 'other_id', 'pathology_accession', { group: 1 });
    scan(ctx, NAMED_ACCESSION_RE, 'other_id', 'pathology_accession', { group: 1 });
  },
};

/**
 * "employee E213389", "badge #1938", "staff ID 004417": letters and at least four digits, or
 * digits alone after a number mark ("#", "no.", "id") or six digits or more ("staff 12" is a
 * count, "employee 2019" a year).
 */
const STAFF_RE =
  /\b(?:employee|staff|badge|personnel|payroll|worker)(\s*(?:id|no\.?|number|num|#)\s*[:#]?|\s*[:#])?\s*((?:[A-Z]{1,3}-?)?\d{4,10})(?![\w-]|[.,]\d)/dgi;
const STAFF_GATE = /employee|staff|badge|personnel|payroll|worker/i;
const STAFF_OPTIONS: ScanOptions = {
  group: 2,
  accept: (v, m) => /^[A-Za-z]/.test(v) || m[1] !== undefined || v.length >= 6,
};

export const staffNumbers: Detector = {
  id: 'staff_number',
  types: ['other_id'],
  run(ctx: ScanContext) {
    if (ctx.longestDigitRun < 4 || ctx.skip?.has('other_id') || !ctx.test(STAFF_GATE)) return;
    scan(ctx, STAFF_RE, 'other_id', 'staff_number', STAFF_OPTIONS);
  },
};

/**
 * A transcription's job or document number: after "job" or "doc id" (a mark and a colon
 * allowed), digits (six or more, or three, a hyphen and four or more) behind an optional
 * prefix of up to four letters glued to them ("DOC#16054588", "J1015369"). A count ("job 2"),
 * a year ("job 2019") and a word after "doc" alone ("doc 5 min") stay.
 */
const JOB_RE =
  /\b(?:job|doc(?:ument)?[ \t]*id|dictation[ \t]*(?:id|no\.?|#))[ \t]*(?:#|no\.?|number|id)?[ \t]*[:#]?[ \t]*((?:[A-Z]{1,4}#?)?(?:\d{3}-\d{4,10}|\d{6,12}))(?![\w-]|[.,/]\d)/dgi;
const JOB_GATE = /\bjob|\bdoc(?:ument)?[ \t]*id|\bdictation/i;

export const jobNumbers: Detector = {
  id: 'job_number',
  types: ['other_id'],
  run(ctx: ScanContext) {
    if (ctx.longestDigitRun < 3 || ctx.skip?.has('other_id') || !ctx.test(JOB_GATE)) return;
    scan(ctx, JOB_RE, 'other_id', 'job_number', { group: 1 });
  },
};
