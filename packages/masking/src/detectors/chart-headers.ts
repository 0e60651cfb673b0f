/**
 * Two conventions of dictated and printed US notes that name people and records by position:
 *
 * - A chart header line, "LAST, FIRST  (record number)  DOB: …": the person the note is about in
 *   "Last, First" form, their record number in brackets right after, and a birth label after
 *   that. The line's shape says what each part is, whether or not the name is in a dictionary
 *   ("PARK, SUMMER  (51-84-94)  DOB: 7/23/33").
 * - A note's heading of three parts set apart by long dashes, "Clinic note — Tamsin Quell —
 *   2025-04-10": the kind of note, the person it is about, the date. The middle part must read as
 *   a name ("Cardiology — Heart Failure Clinic — 1/2/25" names no one).
 * - The reference initials of a dictated note, "lg/tf" on a line of their own above the "D:"
 *   (dictated) and "T:" (transcribed) lines: the initials of the dictating clinician and the
 *   transcriptionist.
 */
import type { Detector, ScanContext } from './detector';
import { looksLikeName } from './standalone-names';

/** A name part: a capital, then letters, apostrophes, dots, hyphens and single spaces. */
const PART =
  "[A-Z\\u00C0-\\u00DE][A-Za-z\\u00C0-\\u024F'.\\-]{0,24}(?: [A-Z\\u00C0-\\u00DE][A-Za-z\\u00C0-\\u024F'.\\-]{0,24}){0,2}";

/** "LAST, FIRST M  (ID)  DOB": the name, then a bracketed number, then a birth label. */
const HEADER_RE = new RegExp(
  `(?<=^|\\n)[ \\t]*(${PART}, ${PART})[ \\t]+\\(((?:[A-Z]{1,3}-?)?\\d[\\d-]{3,16}[A-Z]?)\\)[ \\t]+(?:DOB|D\\.O\\.B\\.|Date of Birth|Born)\\b`,
  'dg',
);

/** "lg/tf" or "LG:tf" alone on a line. */
const INITIALS_LINE_RE = /(?<=^|\n)[ \t]*([A-Za-z]{2,3})[/:]([A-Za-z]{2,3})[ \t]*(?=\r?\n)/dg;
/** Pairs of words and units written with a slash that are no one's initials. */
const NOT_INITIALS = new Set(
  'and or yes no his her he she him mg mcg dl ml kg mm cm hr hrs min day wk mo yr prn bid tid qid qd'.split(
    ' ',
  ),
);
/** The dictated or transcribed line that follows reference initials. */
const DICTATION_AFTER = /^\r?\n(?:[ \t]*\r?\n)?[ \t]*(?:D|DD|T|DT|Dictated|Transcribed)[ \t]*:/;

function chartHeaders(ctx: ScanContext): void {
  const { text } = ctx;
  if (
    ctx.hasDigit &&
    !ctx.skip?.has('name') &&
    (ctx.mayInclude('—') || ctx.mayInclude('–') || ctx.includes(' - '))
  )
    dashedHeadings(ctx);
  if (!ctx.hasUpper || !ctx.hasDigit || !text.includes('(')) return;
  if (!ctx.mayInclude('DOB') && !ctx.mayInclude('Birth') && !ctx.mayInclude('Born')) return;
  HEADER_RE.lastIndex = 0;
  for (let m = HEADER_RE.exec(text); m !== null; m = HEADER_RE.exec(text)) {
    const name = m.indices?.[1];
    const id = m.indices?.[2];
    if (!name || !id) continue;
    if (!ctx.skip?.has('name'))
      ctx.out.push({ start: name[0], end: name[1], type: 'name', ruleId: 'chart_header' });
    if (!ctx.skip?.has('mrn'))
      ctx.out.push({ start: id[0], end: id[1], type: 'mrn', ruleId: 'chart_header' });
  }
}

/**
 * "Clinic note — Tamsin Quell — 2025-04-10": the kind, a dash, the person, a dash, a date (the
 * text's long dashes are read as hyphens between blanks).
 */
const DASHED_HEADING_RE =
  /(?<=^|\n)[ \t]*[A-Z][A-Za-z/&' ]{2,40}?[ \t]+[-—–][ \t]+([^\n—–]{3,48}?)[ \t]+[-—–][ \t]+(?=\d|(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?[ \t]+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d)/dg;

function dashedHeadings(ctx: ScanContext): void {
  const { text } = ctx;
  DASHED_HEADING_RE.lastIndex = 0;
  for (let m = DASHED_HEADING_RE.exec(text); m !== null; m = DASHED_HEADING_RE.exec(text)) {
    const span = m.indices?.[1];
    const value = m[1] as string;
    if (!span || !looksLikeName(value.replace(/,/g, '').split(/[ \t]+/), false, value.includes(','), false))
      continue;
    ctx.out.push({ start: span[0], end: span[1], type: 'name', ruleId: 'chart_header' });
  }
}

function referenceInitials(ctx: ScanContext): void {
  const { text } = ctx;
  if (ctx.skip?.has('name') || !text.includes('\n') || (!text.includes('/') && !text.includes(':'))) return;
  INITIALS_LINE_RE.lastIndex = 0;
  for (let m = INITIALS_LINE_RE.exec(text); m !== null; m = INITIALS_LINE_RE.exec(text)) {
    const end = m.index + m[0].length;
    if (!DICTATION_AFTER.test(text.slice(end, end + 24))) continue;
    if (NOT_INITIALS.has((m[1] as string).toLowerCase()) || NOT_INITIALS.has((m[2] as string).toLowerCase()))
      continue;
    for (const g of [1, 2]) {
      const span = m.indices?.[g];
      if (span) ctx.out.push({ start: span[0], end: span[1], type: 'name', ruleId: 'reference_initials' });
    }
  }
}

export const chartHeaderLines: Detector = {
  id: 'chart_header',
  types: ['name', 'mrn'],
  run: chartHeaders,
};

export const dictationInitials: Detector = {
  id: 'reference_initials',
  types: ['name'],
  run: referenceInitials,
};
