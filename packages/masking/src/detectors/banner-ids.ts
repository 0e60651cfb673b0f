/**
 * A patient's record number printed without a label, in the two places EHR printouts put one:
 *
 * - On a barcode scan of the patient's band in a medication record: "Scanned: wristband 3590793",
 *   "armband scanned E7146174", "Patient ID band 280-322-049".
 * - On a header line, among the first three of a text, that holds nothing but the patient's name
 *   and the number: "Hand, Pearline  1310473", "Aurelio Rippin  E9756082" (a flowsheet's or a
 *   label's header). A value after a test's name further down ("Platelet Count  245000") stays.
 */
import type { Detector, ScanContext } from './detector';

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

function bannerIds(ctx: ScanContext): void {
  if (ctx.longestDigitRun < 3 || !ctx.hasUpper || ctx.skip?.has('mrn')) return;
  bandIds(ctx);
  headerIds(ctx);
}

export const bannerIdsDetector: Detector = {
  id: 'banner_ids',
  types: ['mrn', 'name'],
  run: bannerIds,
};
