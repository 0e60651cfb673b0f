/**
 * What a document's file name says about its person, beyond the name words path-names reads:
 *
 * - a record number naming the file: alone in a folder of one kind of document
 *   (".../discharge/3859542.txt", ".../op-note/MR064156.txt"), or opening the name right before
 *   a date ("records/2958968_2025-02-15.pdf", "MR484279-2023-11-12-discharge.docx"), that date
 *   being the person's too;
 * - name words beside the kind of document, the stem holding nothing else but numbers and dates
 *   ("ckuvalis-intake.docx", "nyxkkasen-quoongette-progress.docx", a drive's "doe-jane consent
 *   12-18-2026.pdf");
 * - a folder named "Last_First", two capitalized words read as a name ("King_Verda/"), and a
 *   person's folder under a folder of documents or of people ("referrals/baker_perpetua/").
 */

import type { ScanContext } from './detector';
import { readsAsName } from './name-evidence';

/** Kinds of clinical document a file or a folder is named by. */
const DOCUMENT_KINDS = new Set(
  `referral referrals discharge discharges progress consult consults consultation intake note notes op opnote
  summary summaries hp labs lab imaging consent consents letter letters record records chart charts eob
  history physical echo ekg ecg mri ct xray cxr pathology radiology rx prescription orders order
  operative procedure admission admit transfer triage encounter visit visits ed er clinic followup fu`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);
/** A kind of document standing as a word of a file's stem: a test before reading its words. */
const KIND_IN_STEM = new RegExp(`(?:^|[-_. ])(?:${[...DOCUMENT_KINDS].join('|')})(?=[-_. ]|$)`, 'i');
/** Two words of letters in a stem ("doe-intake", not "record-3"): a name and a kind at least. */
const TWO_WORDS = /[A-Za-z]{2}[-_. ][^A-Za-z]*[A-Za-z]{2}/;
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
  for (; i >= 0 && slash - i < 60; i--) {
    const c = text.charCodeAt(i);
    if (c <= 0x20 || c === 0x2f || c === 0x5c || c === 0x22 || c === 0x27 || c === 0x3a) break;
  }
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
function recordFile(ctx: ScanContext, from: number, stem: string): void {
  const id = RECORD_ID.exec(stem)?.[0];
  if (!id || DATE_ONLY.test(id) || !/\d{5}/.test(id.replace(/-/g, ''))) return;
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

/** How a word of a file's stem may be a name: not, as a short given name ("max"), or as a name word. */
export type NameWord = 0 | 1 | 2;

/**
 * Name words beside the kind of document in a file's stem holding nothing else but numbers and
 * dates ("ckuvalis-intake.docx", "max_osinskiwunsch_20250221_op-note.pdf"); `nameWord` says
 * whether a word may be a name. A run of name words needs one that is no short given name.
 */
function documentNames(
  ctx: ScanContext,
  from: number,
  stem: string,
  nameWord: (start: number, end: number) => NameWord,
): void {
  if (!TWO_WORDS.test(stem) || !KIND_IN_STEM.test(stem)) return;
  const parts = [...stem.matchAll(/[^-_. ]+/g)];
  const kinds = parts.map((m) => DOCUMENT_KINDS.has(m[0].toLowerCase()));
  const runs: { start: number; end: number; words: number; strong: boolean }[] = [];
  let open = false;
  for (const [k, m] of parts.entries()) {
    const start = from + (m.index ?? 0);
    const end = start + m[0].length;
    const word = !kinds[k] && /^[A-Za-z]+$/.test(m[0]);
    const name = word ? nameWord(start, end) : 0;
    if (word && name === 0) return;
    if (name === 0) {
      open = false;
      continue;
    }
    const run = runs[runs.length - 1];
    if (open && run) {
      run.end = end;
      run.words++;
      run.strong ||= name === 2;
    } else runs.push({ start, end, words: 1, strong: name === 2 });
    open = true;
  }
  for (const run of runs)
    if (run.strong && run.words <= 3)
      ctx.out.push({ start: run.start, end: run.end, type: 'name', ruleId: 'path_names' });
}

/** Folders holding one folder per person. */
const PERSON_FOLDERS = new Set([
  'patients',
  'patient',
  'pts',
  'members',
  'clients',
  'residents',
  'people',
  'persons',
]);

/**
 * A folder of a person's documents named by the person, under a folder of one kind of document
 * or of people ("referrals/baker_perpetua/", "patients/quellwyn-orvenna/"): two or three name
 * words, one no short given name.
 */
function personFolder(
  ctx: ScanContext,
  from: number,
  segment: string,
  nameWord: (start: number, end: number) => NameWord,
): void {
  const parent = folderBefore(ctx.text, from);
  if (!PERSON_FOLDERS.has(parent) && !(parent.length > 0 && isDocumentKind(parent))) return;
  // The folder holds documents: a document's file right after it, or nothing more in the path.
  const next =
    /^[^\s/\\"'<>|;,]*/.exec(ctx.text.slice(from + segment.length + 1, from + segment.length + 200))?.[0] ??
    '';
  if (next.length > 0 && documentStem(next) === undefined) return;
  const words = [...segment.matchAll(/[^-_.]+/g)];
  if (words.length < 2 || words.length > 3) return;
  let strong = false;
  for (const m of words) {
    const start = from + (m.index ?? 0);
    const kind = nameWord(start, start + m[0].length);
    if (kind === 0 || !/^[A-Za-z]+$/.test(m[0]) || DOCUMENT_KINDS.has(m[0].toLowerCase())) return;
    strong ||= kind === 2;
  }
  if (strong) ctx.out.push({ start: from, end: from + segment.length, type: 'name', ruleId: 'path_names' });
}

/** A folder named "Last_First" ("King_Verda"), when its two words read as a name. */
function lastFirstSlug(ctx: ScanContext, from: number, segment: string): void {
  const m = LAST_FIRST_FOLDER.exec(segment);
  if (m && readsAsName([m[1] as string, m[2] as string]))
    ctx.out.push({ start: from, end: from + segment.length, type: 'name', ruleId: 'path_names' });
}

/**
 * What the file's or folder's name `segment` at `from` says of its person (see the module's
 * note): a folder's name when a slash follows it, else a document's name.
 */
export function readFileStem(
  ctx: ScanContext,
  from: number,
  segment: string,
  nameWord: (start: number, end: number) => NameWord,
): void {
  const after = ctx.text.charCodeAt(from + segment.length);
  if (after === 0x2f || after === 0x5c) {
    personFolder(ctx, from, segment, nameWord);
    lastFirstSlug(ctx, from, segment);
    return;
  }
  const stem = documentStem(segment);
  if (stem === undefined) return;
  if (ctx.hasDigit) recordFile(ctx, from, stem);
  documentNames(ctx, from, stem, nameWord);
}
