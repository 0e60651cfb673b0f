/**
 * What a document's file name says about its person, beyond the name words path-names reads:
 *
 * - a record number naming the file: alone in a folder of one kind of document
 *   (".../discharge/3859542.txt", ".../op-note/MR064156.txt"), or opening the name right before
 *   a date ("records/2958968_2025-02-15.pdf", "MR484279-2023-11-12-discharge.docx"), that date
 *   being the person's too;
 * - name words beside the kind of document, the stem holding nothing else
 *   ("ckuvalis-intake.docx", "nyxkkasen-quoongette-progress.docx", "lopez-maria-ct.dcm");
 * - a folder named "Last_First", two capitalized words read as a name ("King_Verda/").
 */

import type { ScanContext } from './detector';
import { readsAsName } from './name-evidence';

/** Kinds of clinical document a file or a folder is named by. */
const DOCUMENT_KINDS = new Set(
  `referral referrals discharge discharges progress consult consults consultation intake note notes op opnote
  summary summaries hp labs lab imaging consent consents letter letters record records chart charts eob
  history physical echo ekg ecg mri ct xray cxr pathology path radiology rad rx prescription orders order
  operative procedure admission admit transfer triage encounter visit visits ed er clinic followup fu`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);
/** Extensions of documents and scans, not of programs or logs. */
const DOCUMENT_EXTENSION =
  /^\.(?:pdf|docx?|txt|rtf|odt|tiff?|jpe?g|png|heic|gif|bmp|dcm|hl7|xml|json|csv|xlsx?|msg|eml)$/i;
/** A record number: letters then digits, digits alone, or digits in groups of 3-2-2. */
const RECORD_ID = /^(?:[A-Z]{1,3}\d{5,10}|\d{6,10}|\d{3}-\d{2}-\d{2,4})/;
/** An ISO or compact date right after the record number and its separator. */
const DATE_AFTER = /^[_-]((?:19|20)\d\d(-?)[01]\d\2[0-3]\d)(?![0-9])/;
/** A whole date, never a record number. */
const DATE_ONLY = /^(?:19|20)\d\d[01]\d[0-3]\d$/;
const LAST_FIRST_FOLDER = /^(\p{Lu}[\p{Ll}'’]{1,30})_(\p{Lu}[\p{Ll}'’]{1,30})$/u;

/** The folder the segment at `from` stands in (the segment before its slash), lower-cased. */
function folderBefore(text: string, from: number): string {
  const slash = from - 1;
  if (slash < 0 || (text.charCodeAt(slash) !== 0x2f && text.charCodeAt(slash) !== 0x5c)) return '';
  let i = slash - 1;
  while (i >= 0 && !/[\s/\\"':]/.test(text.charAt(i))) i--;
  return text.slice(i + 1, slash).toLowerCase();
}

function isDocumentKind(word: string): boolean {
  return word.split(/[-_.]/).every((w) => DOCUMENT_KINDS.has(w.toLowerCase()));
}

/** The stem of a document's file name (without its extension), or undefined when it is none. */
function documentStem(segment: string): string | undefined {
  const dot = segment.lastIndexOf('.');
  return dot > 0 && DOCUMENT_EXTENSION.test(segment.slice(dot)) ? segment.slice(0, dot) : undefined;
}

/** A record number naming the file at `from` (see the module's note), with the date after it. */
export function recordFile(ctx: ScanContext, from: number, segment: string): void {
  const stem = documentStem(segment);
  const id = stem && RECORD_ID.exec(stem)?.[0];
  if (!stem || !id || DATE_ONLY.test(id) || !/\d{5}/.test(id.replace(/-/g, ''))) return;
  const rest = stem.slice(id.length);
  const date = DATE_AFTER.exec(rest);
  const alone = rest.length === 0 && isDocumentKind(folderBefore(ctx.text, from));
  if (!alone && !date) return;
  if (!ctx.skip?.has('mrn'))
    ctx.out.push({ start: from, end: from + id.length, type: 'mrn', ruleId: 'path_names' });
  if (date && !ctx.skip?.has('date')) {
    const start = from + id.length + 1;
    ctx.out.push({ start, end: start + (date[1] as string).length, type: 'date', ruleId: 'path_names' });
  }
}

/**
 * Name words beside the kind of document in a file's stem holding nothing else
 * ("ckuvalis-intake.docx"); `nameWord` says whether a word may be a name.
 */
export function documentNames(
  ctx: ScanContext,
  from: number,
  segment: string,
  nameWord: (start: number, end: number) => boolean,
): void {
  const stem = documentStem(segment);
  if (!stem) return;
  const parts: { start: number; end: number; name: boolean }[] = [];
  let kinds = 0;
  for (const m of stem.matchAll(/[^-_.]+/g)) {
    const start = from + (m.index ?? 0);
    const end = start + m[0].length;
    if (DOCUMENT_KINDS.has(m[0].toLowerCase())) kinds++;
    else if (/^[A-Za-z]+$/.test(m[0]) && nameWord(start, end)) parts.push({ start, end, name: true });
    else return;
  }
  const names = parts.length;
  if (kinds === 0 || names === 0 || names > 3) return;
  const first = parts[0] as { start: number };
  const last = parts[names - 1] as { end: number };
  // The name's words stand together: nothing but separators between them.
  if (!/^[A-Za-z]+(?:[-_.][A-Za-z]+)*$/.test(ctx.text.slice(first.start, last.end))) return;
  const inner = ctx.text.slice(first.start, last.end).split(/[-_.]/);
  if (inner.some((w) => DOCUMENT_KINDS.has(w.toLowerCase()))) return;
  ctx.out.push({ start: first.start, end: last.end, type: 'name', ruleId: 'path_names' });
}

/** A folder named "Last_First" ("King_Verda"), when its two words read as a name. */
export function lastFirstSlug(ctx: ScanContext, from: number, segment: string): void {
  const m = LAST_FIRST_FOLDER.exec(segment);
  if (m && readsAsName([m[1] as string, m[2] as string]))
    ctx.out.push({ start: from, end: from + segment.length, type: 'name', ruleId: 'path_names' });
}
