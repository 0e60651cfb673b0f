/**
 * Names in file paths and object keys ("referrals/okafor_tamsin/…", "scans/2024/lopez-maria-ct.dcm",
 * "consents/ada.quist-DOB1950-01-02.pdf"): a storage key is written in lower case or capitals,
 * its words joined by '_', '-' or '.', so the name detectors that need a capital miss them. In a
 * path segment (after a '/' or '\'), two adjacent words are a person's name where one is a given
 * name or surname of the dictionaries that is no common English word and the other is a name
 * too (a common word that is also a surname: "baker") or a word no list holds (a surname the
 * dictionaries lack), never a drug or clinical word; a date glued to a birth label
 * ("DOB1950-01-02", "dob_19500102") is a birth date. A folder named "Last, First" as record
 * shares file a person's documents ("/Shared/2021/Quenby, Tamsin/") is a name unless a word is
 * a drug or clinical word, or one is a common English word ("Billing", "Forms") and the other no
 * known name nor written as only a name is (an accent, an inner apostrophe or capital); so is one
 * named "First Last", its words set apart by blanks or `%20` ("/records/Mary%20Quellwood/"), when
 * they read as a name by the strict test; and a file name alone ("okafor-tamsin consent 3-1-2024.pdf",
 * as a listing's "name" holds it) is read as a path's last segment. A file kept per person and
 * day is named by the person: the words joined right before its date, or the one word between
 * its date and its extension, when they read as a name and no file or system word
 * ("OBUYA-EBELE-2024-09-22-discharge.pdf", "2025-02-17_quellwood.pdf"); its date is theirs.
 * A file's or a folder's name standing alone in a text (a listing's "-rw-r--r--  415K  name.pdf")
 * is read as a path's segment too; record numbers and name words beside the kind of document
 * are read in file-stems.
 */

import type { Detector, ScanContext } from './detector';
import { COMMON, GIVEN, NEVER, nameDictionaries, SURNAME } from './dictionaries';
import { type NameWord, readFileStem } from './file-stems';
import { readsAsName } from './name-evidence';

/** Characters that end a path segment besides white space and slashes. */
const SEGMENT_END = new Set([...'"\'<>|?#&=;,()[]{}'].map((c) => c.charCodeAt(0)));
const WORD = /[A-Za-z][A-Za-z'’]*/g;
const BIRTH_DATE =
  /(?:dob|birth|born)[_-]?((?:19|20)\d\d-?[01]\d-?[0-3]\d|[01]\d-?[0-3]\d-?(?:19|20)\d\d)(?!\d)/gi;

interface Word {
  start: number;
  end: number;
  flags: number;
}

/** A given name or surname that is no common word. */
function strong(w: Word): boolean {
  return (w.flags & (GIVEN | SURNAME)) !== 0 && (w.flags & (COMMON | NEVER)) === 0;
}

/** A word that may be a name: a given name or surname (a common word too: "Baker"), or one no list holds, of three letters or more. */
function weak(w: Word): boolean {
  if ((w.flags & NEVER) !== 0 || w.end - w.start < 3) return false;
  return w.flags === 0 || (w.flags & (GIVEN | SURNAME)) !== 0;
}

function wordsOf(ctx: ScanContext, from: number, segment: string): Word[] {
  const flags = nameDictionaries().flags;
  const out: Word[] = [];
  for (const m of segment.matchAll(WORD)) {
    const start = from + (m.index ?? 0);
    out.push({ start, end: start + m[0].length, flags: flags.get(m[0].toLowerCase()) ?? 0 });
  }
  // Only words joined by a separator ('_', '-', '.') are neighbours: "ab12cd" holds none.
  return out.filter((w) => w.end - w.start >= 2 && /^[a-z]+$/i.test(ctx.text.slice(w.start, w.end)));
}

function joined(text: string, a: Word, b: Word): boolean {
  return b.start === a.end + 1 && /[._-]/.test(text.charAt(a.end));
}

/** A calendar date inside a file's name: "2024-09-22", "20240922", "09-22-2024". */
const FILE_DATE =
  /(?<!\d)(?:(?:19|20)\d\d([-_.]?)[01]\d\1[0-3]\d|[01]\d([-_.])[0-3]\d\2(?:19|20)\d\d)(?!\d)/g;
/** Words of files and systems no dictionary holds: never the person a dated file is about. */
const FILE_WORDS = new Set(
  `consent consents scan scans backup backups export exports upload uploads intake invoice receipt eob attachment
  merged redacted thumbnail thumb preview copy draft final audit error errors debug app api web worker dump snapshot
  metrics events logs log cron nginx syslog letter letters chart charts claim claims encounter encounters image images
  photo photos notes report reports batch chunk part page pages index manifest archive tmp temp new old rev ver
  server servers host node cluster database service services client gateway proxy cache queue job jobs task tasks
  system data dataset output input result results test tests prod staging build release trace traces access
  template templates form forms blank sample`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);

/** A word that may be the name a dated file is about: no English, clinical, drug or file word. */
function fileNameWord(ctx: ScanContext, w: Word): boolean {
  const word = ctx.text.slice(w.start, w.end);
  if (w.end - w.start < 3 || (w.end - w.start < 4 && word !== word.toUpperCase())) return false;
  if (FILE_WORDS.has(word.toLowerCase())) return false;
  return readsAsName([word, word]);
}

/** Whether a name this detector found in the segment ends at `end` ("isaiah_rau" before "_20230904"). */
function nameEndsAt(ctx: ScanContext, end: number): boolean {
  for (let k = ctx.out.length - 1; k >= 0 && k >= ctx.out.length - 8; k--) {
    const span = ctx.out[k];
    if (span?.ruleId === 'path_names' && span.type === 'name' && span.end === end) return true;
  }
  return false;
}

/** A word of a document's file name as a name: a name word, or one that may be beside a name word. */
function documentNameWord(ctx: ScanContext, start: number, end: number): NameWord {
  if (fileNameWord(ctx, { start, end, flags: 0 })) return 2;
  const flags = nameDictionaries().flags.get(ctx.text.slice(start, end).toLowerCase()) ?? 0;
  if ((flags & NEVER) !== 0) return 0;
  // A given name of three letters, or a common word that may be a surname ("baker"), beside a name word.
  return (end - start === 3 && (flags & GIVEN) !== 0) || (end - start >= 4 && flags === COMMON) ? 1 : 0;
}

/**
 * "OBUYA-EBELE-2024-09-22-discharge.pdf", "2025-02-17_quellwood.pdf": a file kept per person
 * and day is named by the person, the words joined right before its date or the one word
 * between its date and its extension.
 */
function datedFileName(ctx: ScanContext, from: number, segment: string, words: readonly Word[]): void {
  const dot = segment.lastIndexOf('.');
  if (dot < 0 || !/^\.[A-Za-z][A-Za-z0-9]{1,4}$/.test(segment.slice(dot))) return;
  const extension = from + dot;
  FILE_DATE.lastIndex = 0;
  for (let m = FILE_DATE.exec(segment); m !== null; m = FILE_DATE.exec(segment)) {
    const dateStart = from + m.index;
    const dateEnd = dateStart + m[0].length;
    let k = words.findIndex((w) => w.end + 1 === dateStart);
    let start = dateStart;
    for (; k >= 0 && fileNameWord(ctx, words[k] as Word) && /[_.-]/.test(ctx.text.charAt(start - 1)); k--) {
      const w = words[k] as Word;
      if (w.end + 1 !== start) break;
      start = w.start;
    }
    if (start < dateStart) ctx.out.push({ start, end: dateStart - 1, type: 'name', ruleId: 'path_names' });
    const after = words.find((w) => w.start === dateEnd + 1 && w.end === extension);
    const named = after !== undefined && /[_-]/.test(ctx.text.charAt(dateEnd)) && fileNameWord(ctx, after);
    if (named) ctx.out.push({ start: after.start, end: after.end, type: 'name', ruleId: 'path_names' });
    // The day of a person's file is that person's (a visit, a discharge).
    if ((named || start < dateStart || nameEndsAt(ctx, dateStart - 1)) && !ctx.skip?.has('date'))
      ctx.out.push({ start: dateStart, end: dateEnd, type: 'date', ruleId: 'path_names' });
  }
}

function markSegment(ctx: ScanContext, from: number, segment: string): void {
  const words = wordsOf(ctx, from, segment);
  for (let k = 0; k + 1 < words.length; k++) {
    const a = words[k] as Word;
    const b = words[k + 1] as Word;
    if (!joined(ctx.text, a, b) || !((strong(a) && weak(b)) || (weak(a) && strong(b)))) continue;
    ctx.out.push({ start: a.start, end: b.end, type: 'name', ruleId: 'path_names' });
    k++;
  }
  if (ctx.hasDigit) datedFileName(ctx, from, segment, words);
  readFileStem(ctx, from, segment, (start, end) => documentNameWord(ctx, start, end));
  if (ctx.skip?.has('date')) return;
  for (const m of segment.matchAll(BIRTH_DATE)) {
    const date = m[1] as string;
    const start = from + (m.index ?? 0) + m[0].length - date.length;
    ctx.out.push({ start, end: start + date.length, type: 'date', ruleId: 'path_names' });
  }
}

/** A "Last, First" segment: capitalized words of any script, a comma, a given name and an initial. */
const LAST_FIRST =
  /([\p{Lu}][\p{L}\p{M}'’-]{1,30}(?: [\p{Lu}][\p{L}\p{M}'’-]{1,30})?), ([\p{Lu}][\p{L}\p{M}'’-]{1,30})(?: [\p{Lu}]\.?)?(?=[/\\"]|$)/uy;
/** "Quenby, Tamsin" as a folder right after the slash at `slash`. */
function lastFirstFolder(ctx: ScanContext, slash: number): void {
  LAST_FIRST.lastIndex = slash + 1;
  const m = LAST_FIRST.exec(ctx.text);
  if (!m) return;
  if (readsAsName([m[1] as string, m[2] as string]))
    ctx.out.push({ start: slash + 1, end: slash + 1 + m[0].length, type: 'name', ruleId: 'path_names' });
}

/**
 * "Mary Quellwood" as a folder or a file's name right after a slash, its words set apart by
 * blanks (a folder named so on a desktop, or `%20` in a URI: "file:///records/Mary%20Quellwood/").
 */
const FIRST_LAST =
  /(\p{Lu}[\p{Ll}'’-]{1,30})((?: \p{Lu}[\p{Ll}'’-]{1,30}){1,2})(?=[/\\"']|\.[A-Za-z][A-Za-z0-9]{1,4}(?![\p{L}\p{N}])|$)/uy;

/** "Mary Quellwood" as a folder or a file's name right after the slash at `slash`: a name by the strict test. */
function firstLastSegment(ctx: ScanContext, slash: number): void {
  FIRST_LAST.lastIndex = slash + 1;
  const m = FIRST_LAST.exec(ctx.text);
  if (!m) return;
  const words = [m[1] as string, ...(m[2] as string).trim().split(' ')];
  if (readsAsName(words, true))
    ctx.out.push({ start: slash + 1, end: slash + 1 + m[0].length, type: 'name', ruleId: 'path_names' });
}

/** A file's name alone, as a listing gives it: one line ending in an extension. */
const FILE_NAME = /^[^\n/\\]{3,200}\.[A-Za-z][A-Za-z0-9]{1,4}$/;

/** Whether the text may be a file's name alone: its extension's dot near its end, then the full check. */
function fileNameShaped(ctx: ScanContext): boolean {
  const text = ctx.text;
  if (text.length > 204 || text.length < 7) return false;
  const dot = text.lastIndexOf('.');
  return dot > 2 && text.length - dot <= 5 && FILE_NAME.test(text);
}

/** A document's extension ending a file's name standing alone, as a listing prints it ("  jada_doe_20241220_referral.pdf"). */
const FILE_EXTENSION =
  /\.(?:pdf|docx?|txt|rtf|odt|tiff?|jpe?g|png|heic|gif|dcm|csv|xlsx?|msg|eml)(?=[\s"',;)\]}>]|$)/gi;
/** Characters a file's name standing alone starts after. */
const TOKEN_START = /[\s"'([{<=,;]/;
/** Characters a folder's name standing alone ends before, after its slash ("  Doe_Jane/"). */
const FOLDER_END = /[\s"',;)\]}]/;

/** The file's or folder's name ending at `end` read as a path's segment, unless it is in a path (read below). */
function fileToken(ctx: ScanContext, end: number): void {
  const text = ctx.text;
  let start = end;
  while (start > 0 && end - start < 200 && !TOKEN_START.test(text.charAt(start - 1))) start--;
  const token = text.slice(start, end);
  if (token.length >= 5 && !token.includes('/') && !token.includes('\\')) markSegment(ctx, start, token);
}

/**
 * "Last, First" closing a file's name after the kind of document and a dash, as a scanned
 * document is saved ("Consent - Quenby, Tamsin.pdf", "HIPAA release - Quenby, Tamsin R.pdf"),
 * or opening it before the dash ("Quenby, Tamsin - Consent.pdf").
 */
const FILE_LAST_FIRST = String.raw`((\p{Lu}[\p{L}\p{M}'’-]{1,30}(?: \p{Lu}[\p{L}\p{M}'’-]{1,30})?), (\p{Lu}[\p{L}\p{M}'’-]{1,30})(?: \p{Lu}\.?)?)`;
const LAST_FIRST_BEFORE_EXTENSION = new RegExp(String.raw`(?:^|[ \t][-–—][ \t])${FILE_LAST_FIRST}$`, 'du');
const LAST_FIRST_BEFORE_DASH = new RegExp(
  String.raw`(?:^|[\s/\\"'])${FILE_LAST_FIRST}[ \t][-–—][ \t][^\n/\\,]{1,60}$`,
  'du',
);

/** The "Last, First" of the file name whose extension starts at `dot`, on the same line. */
function lastFirstFile(ctx: ScanContext, dot: number): void {
  const text = ctx.text;
  const from = Math.max(text.lastIndexOf('\n', dot - 1) + 1, dot - 120);
  const line = text.slice(from, dot);
  if (!line.includes(', ')) return;
  const m = LAST_FIRST_BEFORE_EXTENSION.exec(line) ?? LAST_FIRST_BEFORE_DASH.exec(line);
  const at = m?.indices?.[1];
  if (!m || !at || !readsAsName([m[2] as string, m[3] as string])) return;
  ctx.out.push({ start: from + at[0], end: from + at[1], type: 'name', ruleId: 'path_names' });
}

/** File and folder names standing alone in a text (a listing's lines). */
function fileTokens(ctx: ScanContext): void {
  const text = ctx.text;
  if (ctx.includes('.')) {
    const commas = ctx.includes(', ');
    FILE_EXTENSION.lastIndex = 0;
    for (let m = FILE_EXTENSION.exec(text); m !== null; m = FILE_EXTENSION.exec(text)) {
      fileToken(ctx, m.index + m[0].length);
      if (commas) lastFirstFile(ctx, m.index);
    }
  }
  for (let i = text.indexOf('/'); i > 0; i = text.indexOf('/', i + 1)) {
    const next = text.charAt(i + 1);
    if (/[A-Za-z]/.test(text.charAt(i - 1)) && (next === '' || FOLDER_END.test(next))) fileToken(ctx, i);
  }
}

/** Each blank-separated part of a file name read as a path's segment. */
function fileName(ctx: ScanContext): void {
  const text = ctx.text;
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text.charCodeAt(i) !== 0x20) continue;
    if (i - from > 4) markSegment(ctx, from, text.slice(from, i));
    from = i + 1;
  }
  // "okafor-tamsin consent 3-1-2024.pdf": the name's words beside the kind of document.
  if (from > 0) readFileStem(ctx, 0, text, (start, end) => documentNameWord(ctx, start, end));
}

export const pathNames: Detector = {
  id: 'path_names',
  types: ['name', 'date', 'mrn'],
  run(ctx) {
    if (ctx.skip?.has('name')) return;
    if (fileNameShaped(ctx) && !ctx.includes('/')) {
      fileName(ctx);
      if (ctx.includes(', ')) lastFirstFile(ctx, ctx.text.lastIndexOf('.'));
      return;
    }
    fileTokens(ctx);
    if (!(ctx.includes('/') || ctx.includes('\\'))) return;
    if (ctx.includes(', ')) {
      for (let i = ctx.text.indexOf('/'); i >= 0; i = ctx.text.indexOf('/', i + 1)) lastFirstFolder(ctx, i);
    }
    if (ctx.includes(' ')) {
      const text = ctx.text;
      for (let i = text.indexOf('/'); i >= 0; i = text.indexOf('/', i + 1)) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0x41 && next <= 0x5a) firstLastSegment(ctx, i);
      }
    }
    // A name's words are joined by '_', '-' or '.' (below): a path without any holds none.
    if (!(ctx.includes('_') || ctx.includes('-') || ctx.includes('.'))) return;
    const text = ctx.text;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c !== 0x2f && c !== 0x5c) continue;
      // The segment after the slash, and whether a separator stands in it.
      let end = i + 1;
      let joinedWords = false;
      for (; end < text.length; end++) {
        const d = text.charCodeAt(end);
        if (d <= 0x20 || d === 0x2f || d === 0x5c || SEGMENT_END.has(d)) break;
        if ((d === 0x5f || d === 0x2d || d === 0x2e) && end > i + 2) joinedWords = true;
      }
      if (joinedWords && end - i > 5) markSegment(ctx, i + 1, text.slice(i + 1, end));
      i = end - 1;
    }
  },
};
