/**
 * What a pathology report prints on a specimen:
 *
 * - A case number with its cassette or block suffix glued on ("S23-21632A1-A2", "SP-24-22659A1",
 *   "CS25-83381-B2"): the case number is an accession, the suffix names a cassette.
 * - The label on a container, "labeled "Bruen, Juana, E0511414"": the patient's name, then their
 *   record number.
 * - A newborn screen's kit or card number after the screen ("NBS #1 64-2728351 normal",
 *   "newborn screen kit # 0719-2283341"): the first or second screen's number may come between.
 */
import type { Detector, ScanContext } from './detector';

/** Service prefix, two-digit year, serial, then a block or cassette ("A1", "-B2", ":C3"). */
const CASE_WITH_BLOCK_RE = /(?<![\w-])([A-Z]{1,4}-?\d{2}-\d{3,8})(?=[-:/]?[A-Z]{1,2}\d{1,3}(?![\d.]))/dg;
const CASE_SHAPE = /[A-Z]-?\d\d-\d{3,8}[-:/]?[A-Z]/;
const SPECIMEN_GATE = /cassette|block|slide|specimen|patholog|accession|gross|Cassette|Block|Slide|Specimen/;

/** A quoted label: the name (run to the last comma), then a record number alone. */
const LABEL_RE =
  /\b(?:labeled|labelled|label reads|LABELED)[ \t]+["“]([\p{Lu}][^"”\n]{1,60}),[ \t]*((?:[A-Z]{1,3}-?)?\d[\d-]{4,14}\d)["”]/dgu;
/** What the name part of a label must look like: capitalized words, a comma, an initial. */
const LABEL_NAME = /^[\p{Lu}][\p{L}'’.-]*(?:,? [\p{Lu}][\p{L}'’.-]*){1,3}$/u;

function caseNumbers(ctx: ScanContext): void {
  if (ctx.skip?.has('other_id') || !ctx.includes('-') || !ctx.test(SPECIMEN_GATE) || !ctx.test(CASE_SHAPE))
    return;
  const { text } = ctx;
  CASE_WITH_BLOCK_RE.lastIndex = 0;
  for (let m = CASE_WITH_BLOCK_RE.exec(text); m !== null; m = CASE_WITH_BLOCK_RE.exec(text)) {
    const span = m.indices?.[1];
    if (span) ctx.out.push({ start: span[0], end: span[1], type: 'other_id', ruleId: 'specimen_ids' });
  }
}

function containerLabels(ctx: ScanContext): void {
  if (!ctx.mayInclude('label') && !ctx.mayInclude('LABEL')) return;
  const { text } = ctx;
  LABEL_RE.lastIndex = 0;
  for (let m = LABEL_RE.exec(text); m !== null; m = LABEL_RE.exec(text)) {
    const name = m.indices?.[1];
    const id = m.indices?.[2];
    if (!name || !id || !LABEL_NAME.test(m[1] as string)) continue;
    if (!ctx.skip?.has('name'))
      ctx.out.push({ start: name[0], end: name[1], type: 'name', ruleId: 'specimen_ids' });
    if (!ctx.skip?.has('mrn'))
      ctx.out.push({ start: id[0], end: id[1], type: 'mrn', ruleId: 'specimen_ids' });
  }
}

const NEWBORN_SCREEN_RE =
  /(?<![\p{L}])(?:NBS|[Nn]ewborn (?:metabolic |blood ?spot )?screen(?:ing)?|PKU|[Bb]lood ?spot(?: card)?)(?:[ \t]*#[ \t]?[12](?!\d))?(?:[ \t]+(?:kit|card|form|specimen))?[ \t]*(?:#|[Nn]o\.?|[Nn]umber)?[ \t]*:?[ \t]*(\d{2,4}-\d{6,8}|[A-Z]{0,3}\d{7,12})(?![\p{L}\p{N}-])/dgu;

function newbornScreens(ctx: ScanContext): void {
  if (ctx.skip?.has('other_id') || ctx.longestDigitRun < 6 || !ctx.test(/NBS|PKU|screen|spot/)) return;
  const { text } = ctx;
  NEWBORN_SCREEN_RE.lastIndex = 0;
  for (let m = NEWBORN_SCREEN_RE.exec(text); m !== null; m = NEWBORN_SCREEN_RE.exec(text)) {
    const span = m.indices?.[1];
    if (span) ctx.out.push({ start: span[0], end: span[1], type: 'other_id', ruleId: 'specimen_ids' });
  }
}

function specimenIds(ctx: ScanContext): void {
  if (!ctx.hasUpper || ctx.longestDigitRun < 3) return;
  caseNumbers(ctx);
  containerLabels(ctx);
  newbornScreens(ctx);
}

export const specimenIdsDetector: Detector = {
  id: 'specimen_ids',
  types: ['other_id', 'name', 'mrn'],
  run: specimenIds,
};
