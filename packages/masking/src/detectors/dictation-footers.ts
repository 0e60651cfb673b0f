/**
 * Who typed, transcribed or entered a note, as its footer and its staff lines write them: the
 * dictating physician's and the typist's initials of a transcription footer ("MTV/gq   DD: 4/1/25",
 * "BEV/ty   Job 90411"), a typist's or a team member's initials after the work they did or
 * their role ("Transcribed by: ko", "/ tr: AC", "Nurse: sb.", "CDE: mf,", "Sonographer: td   …",
 * "Reconciled by iw with …", a signature "— sc" closing its line), and the login a dictation
 * system stamps ("[ewojciechowski] 06/21/2023", "ydelafuente / tr: AC", "signed by Ana Roe
 * (aroe12) on …", "Registrar: sfairc45"). Words in those places ("Nurse: no.", "reviewed by me
 * with", "Sonographer: n/a") stay. The handles a work log or a chat gives its writer
 * (`work-log-handles.ts`: "Triage RN: bernadette.quill", "Dictated by: DC/bt") and the initials that
 * sign a note (`signature-initials.ts`: "-- VAS", "RN / HXS", "JAM:ct") are found here too.
 */
import { isAsciiLetter } from '../char-codes';
import type { DetectedSpan } from '../types';
import type { Detector, ScanContext } from './detector';
import { COMMON, NEVER, nameDictionaries } from './dictionaries';
import { signatureInitials } from './signature-initials';
import { workLogHandles } from './work-log-handles';

/** Capitals, a slash and lower-case initials at a line's start, then the footer's stamps. */
const TYPIST_RE = /^[ \t]*([A-Z][A-Za-z]{1,3})\/([a-z]{2,4})(?=[ \t]+(?:DD|DT|D|T|Job|JOB|job)\b)/dgm;
/**
 * The work done, its date perhaps ("Dictated 12/7/2025 by IK"), "by", then two or three letters of
 * one case closing the clause or before the date of the work ("transcribed by: wb 8/12/2024").
 */
const BY_RE =
  /\b(?:[Tt]ranscribed|[Tt]yped|[Dd]ictated|[Rr]econciled|[Ee]ntered|[Dd]ocumented|[Rr]ecorded|[Ss]cribed|[Vv]erified|[Cc]ompleted)(?:[ \t]+(?:on[ \t]+)?\d[\dA-Za-z/.-]{3,11})?[ \t]+by[ \t]*:?[ \t]*([a-z]{2,3}|[A-Z]{2,3})(?=[ \t]*(?:$|[,;)]|\.(?:\s|$)|[ \t]{2}|[ \t]+with\b)|[ \t]+\d{1,2}[/.-]\d)/dgm;
/** The typist's mark, a colon, then initials (two or three letters of one case) closing the clause. */
const TYPIST_MARK_RE =
  /(?:^|[^\w/])(?:tr|ts|typist|[Tt]ranscriptionist)[ \t]*:[ \t]*([a-z]{2,3}|[A-Z]{2,3})(?=[ \t]*(?:$|[,;)]|\.(?:\s|$)|[ \t]{2}))/dgm;
/** A member of staff's role, a colon, then lower-case initials closing the clause. */
const ROLE_RE =
  /(?:^|[^\w/])(?:[Ss]onographer|[Nn]urse|RN|LPN|CDE|MA|CMA|[Tt]ech|[Ss]cribe|CM|SW|RD|RT|[Rr]egistrar)[ \t]*:[ \t]*([a-z]{2,3})(?=[ \t]*(?:$|[,;)]|\.(?:\s|$)|[ \t]{2}))/dgm;
/** A signature's dash after a sentence and lower-case initials closing the line. */
const DASH_RE = /[.!][ \t]+(?:[—–]|--?)[ \t]*([a-z]{2,3})[ \t]*$/dgm;
/** A dictation system's login stamp: the login in brackets before a date at a line's start. */
const STAMP_RE = /^[ \t]*\[([A-Za-z][A-Za-z0-9._-]{2,30})\][ \t]+(?=\d{1,4}[/.-]\d)/dgm;
/** A login at a line's start before the typist's mark ("ydelafuente / tr: AC"). */
const LOGIN_TR_RE = /^[ \t]*([A-Za-z][A-Za-z0-9._-]{2,30})[ \t]*\/[ \t]*(?:tr|ts|typ)[ \t]*:/dgm;
/** A login in brackets right after the name of whoever signed. */
const SIGNED_RE = /\bsigned[ \t]+by[ \t]+[^()\n]{3,60}?\(([a-z][a-z0-9._-]{2,30}|[A-Z][A-Z0-9]{3,30})\)/dg;
/** A login after a registrar's or a user's label: lower case with a digit, or six lower-case letters or more. */
const REGISTRAR_RE =
  /\b(?:[Rr]egistrar|[Uu]ser(?:name)?|[Ll]ogin|[Cc]lerk)[ \t]*:[ \t]*([a-z]{2,20}\d{1,4}|[a-z]{6,30})(?![\w.@-])/dg;

/** Answers a field may hold instead of someone's initials ("Nurse: no.", "tr: NA", "CDE: n/a"). */
const ANSWERS = new Set('no na ok yes nil none tbd unk see pt NO NA OK YES NIL NONE TBD UNK'.split(' '));
/**
 * Words in the place of initials that are no one's outside a field: pronouns, little words,
 * routes and units ("reviewed by me with", ". — ok", "given by iv").
 */
const NOT_INITIALS = new Set(
  `me us him her you it is at to in on of by as or an and the for per via iv po im sq sc sl pr prn mg ml kg lb cm mm
  hr min md rn np pa am pm`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);

/** A login, not a word: a dictionary's common or clinical word ("(cardiology)", "pending") stays. */
function isWord(value: string): boolean {
  const flags = nameDictionaries().flags.get(value.toLowerCase());
  return flags !== undefined && (flags & (COMMON | NEVER)) !== 0;
}

/** How a place's value is told from a word: a field's answer, a little word, or a dictionary's word (a login's place). */
type Check = 'field' | 'prose' | 'login';

function push(ctx: ScanContext, m: RegExpExecArray, group: number, check: Check): void {
  const span = m.indices?.[group];
  const value = m[group];
  if (!span || value === undefined || ANSWERS.has(value)) return;
  if (check === 'login' ? isWord(value) : check === 'prose' && NOT_INITIALS.has(value.toLowerCase())) return;
  pushSpan(ctx, span[0], span[1]);
}

function each(ctx: ScanContext, re: RegExp, groups: readonly number[], check: Check): void {
  re.lastIndex = 0;
  for (let m = re.exec(ctx.text); m !== null; m = re.exec(ctx.text)) {
    // "Transcribed by: as" is a field's value; "reconciled by me with" a sentence's words.
    const place = check === 'prose' && m[0].includes(':') ? 'field' : check;
    for (const g of groups) push(ctx, m, g, place);
  }
}

const ONE = [1] as const;

/** A slash between a letter and a small letter ("MTV/gq"): what the typist's initials need. */
function hasLetterSlashLower(text: string): boolean {
  for (let p = text.indexOf('/'); p >= 0; p = text.indexOf('/', p + 1)) {
    const after = text.charCodeAt(p + 1);
    if (p > 0 && after >= 97 && after <= 122 && isAsciiLetter(text.charCodeAt(p - 1))) return true;
  }
  return false;
}

function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** The words the colon expressions below need right before a colon (blanks between), each whole. */
const TYPIST_MARKS = new Set(['tr', 'ts', 'typist', 'Transcriptionist', 'transcriptionist']);
const ROLES = new Set(
  'Sonographer sonographer Nurse nurse RN LPN CDE MA CMA Tech tech Scribe scribe CM SW RD RT Registrar registrar'.split(
    ' ',
  ),
);
const REGISTRAR_LABELS = new Set(
  'Registrar registrar User user Username username Login login Clerk clerk'.split(' '),
);
const TYPIST_MARK_WORDS = 1;
const ROLE_WORDS = 2;
const REGISTRAR_WORDS = 4;

/**
 * Which of the colon expressions may match: each needs one of its words whole (no word
 * character before it) right before a colon, blanks between. One pass over the colons answers
 * the three.
 */
function wordsBeforeColons(text: string): number {
  let found = 0;
  for (let p = text.indexOf(':'); p >= 0; p = text.indexOf(':', p + 1)) {
    let end = p;
    while (end > 0 && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x09)) end--;
    let start = end;
    while (start > 0 && end - start <= 16 && isWordCode(text.charCodeAt(start - 1))) start--;
    if (end - start < 2 || end - start > 16) continue;
    const word = text.slice(start, end);
    if (TYPIST_MARKS.has(word)) found |= TYPIST_MARK_WORDS;
    if (ROLES.has(word)) found |= ROLE_WORDS;
    if (REGISTRAR_LABELS.has(word)) found |= REGISTRAR_WORDS;
  }
  return found;
}

/** `/\/[ \t]*(?:tr|ts|typ)/`: the typist's mark after a login's slash, as `LOGIN_TR_RE` needs it. */
function hasSlashTypist(text: string): boolean {
  for (let p = text.indexOf('/'); p >= 0; p = text.indexOf('/', p + 1)) {
    let i = p + 1;
    while (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09) i++;
    if (text.charCodeAt(i) === 0x74 && (text.charCodeAt(i + 1) === 0x72 || text.charCodeAt(i + 1) === 0x73))
      return true;
    if (text.startsWith('typ', i)) return true;
  }
  return false;
}

export const dictationFooters: Detector = {
  id: 'dictation_footer',
  types: ['name'],
  run(ctx: ScanContext) {
    if (ctx.skip?.has('name')) return;
    footerMarks(ctx);
    const push = (start: number, end: number) => pushSpan(ctx, start, end);
    workLogHandles(ctx, push);
    signatureInitials(ctx, push);
  },
};

function pushSpan(ctx: ScanContext, start: number, end: number): void {
  ctx.out.push({ start, end, type: 'name', ruleId: 'dictation_footer' } satisfies DetectedSpan);
}

/** `/\/[a-z]/`: a slash before a small letter. */
function hasSlashSmall(text: string): boolean {
  for (let p = text.indexOf('/'); p >= 0; p = text.indexOf('/', p + 1)) {
    const c = text.charCodeAt(p + 1);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

/** `/\bby\b/`: "by" as a word of its own. */
function hasWordBy(text: string): boolean {
  for (let p = text.indexOf('by'); p >= 0; p = text.indexOf('by', p + 1))
    if ((p === 0 || !isWordCode(text.charCodeAt(p - 1))) && !isWordCode(text.charCodeAt(p + 2))) return true;
  return false;
}

/**
 * Whether a footer's mark may be in the text: what `/\/[a-z]|\bby\b|:|[—–-]|\[/` tells, the
 * characters looked up in the context first and the slash and "by" read only without them.
 */
function mayHoldFooterMark(ctx: ScanContext): boolean {
  return (
    ctx.includes(':') ||
    ctx.includes('-') ||
    ctx.includes('[') ||
    ctx.includes('—') ||
    ctx.includes('–') ||
    (ctx.includes('/') && ctx.passes(hasSlashSmall)) ||
    (ctx.includes('by') && ctx.passes(hasWordBy))
  );
}

/** The typists' and the staff's initials and logins of a footer. */
function footerMarks(ctx: ScanContext): void {
  if (ctx.text.length < 6 || !mayHoldFooterMark(ctx)) return;
  if (ctx.includes('/')) {
    if (hasLetterSlashLower(ctx.text)) each(ctx, TYPIST_RE, [1, 2], 'field');
    if (ctx.includes(':') && hasSlashTypist(ctx.text)) each(ctx, LOGIN_TR_RE, ONE, 'login');
  }
  if (ctx.includes('by')) each(ctx, BY_RE, ONE, 'prose');
  if (ctx.includes(':')) {
    const words = wordsBeforeColons(ctx.text);
    if (words & TYPIST_MARK_WORDS) each(ctx, TYPIST_MARK_RE, ONE, 'field');
    if (words & ROLE_WORDS) each(ctx, ROLE_RE, ONE, 'field');
    if (words & REGISTRAR_WORDS) each(ctx, REGISTRAR_RE, ONE, 'login');
  }
  if (ctx.includes('—') || ctx.includes('–') || ctx.includes('-')) each(ctx, DASH_RE, ONE, 'prose');
  if (ctx.includes('[') && ctx.hasDigit) each(ctx, STAMP_RE, ONE, 'login');
  if (ctx.includes('(') && ctx.includes('signed')) each(ctx, SIGNED_RE, ONE, 'login');
}
