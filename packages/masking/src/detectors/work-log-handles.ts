/**
 * A staff member's handle where a work log or a chat gives the writer a place of their own (read
 * with the typists' marks of `dictation-footers.ts`, under its rule):
 *
 * - A chat's message header: a dotted login alone on its line before the clock
 *   ("desmond.quill  7:12 AM").
 * - A role's label: "Triage RN: bernadette.quill", "Pharmacist: d.quill".
 * - A dated entry of a billing or phone log: "5/24/24 RG: spoke w/ guarantor",
 *   "4/9/24 radhika.quill: pt emailed" (the initials or the login, a colon, then prose in lower case).
 * - A dictation's reference initials: "Dictated by: DC/bt" (the author's capitals, the typist's letters).
 * - A note signed with a login after a dash ("-- rvanderberg (CM)"), and a task handed to one
 *   ("Routed to qwexler for approval").
 *
 * A file name or a domain is no login ("notes.txt", "mercy.org"), and units, routes and answers
 * are no initials ("BP: 120/80" has figures after it).
 */
import { isDigit } from '../char-codes';
import type { ScanContext } from './detector';
import { COMMON, NEVER, nameDictionaries } from './dictionaries';
import { ENGLISH_ENDING } from './key-values';
import { englishWord } from './name-evidence';
import { ROUTES, SERVICES, setOf, WORDS } from './staff-mark-words';
import { CLINICAL_WORDS, TEAM_WORDS } from './word-lists';

/** A login of two names joined by a dot, in lower case: "desmond.quill", "d.quill". */
const DOTTED = String.raw`[a-z][a-z'-]{0,30}\.[a-z][a-z'-]{1,30}`;

/** A dotted login whose second part may be an initial: "obadiah.s", as a signature or a task's assignee writes it. */
const DOTTED_INITIAL = String.raw`${DOTTED}|[a-z][a-z'-]{1,30}\.[a-z]`;

/** A login of one word in lower case ("ivandermolen"), judged by the dictionaries. */
const WORD = '[a-z]{5,24}';

/** A chat header: the login at a line's start, a gap, the clock, the line's end. */
const CHAT_HEADER_RE = new RegExp(
  String.raw`(?:^|\\n)(${DOTTED}|${WORD})[ \t]{1,4}\d{1,2}:\d{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?[ \t]*(?=\r?\n|\\n|$)`,
  'dgm',
);

/** The roles whose label a login follows. */
const ROLES = setOf(
  'RN LPN LVN CNA MD DO NP PA RT RRT PharmD RPh Tech Technician Nurse nurse Pharmacist Scribe Coordinator Clerk Agent Rep Registrar Scheduler Biller Coder Author Owner Assignee',
);

/** A role's label then the login: "Triage RN: x.y", "Charge nurse: x.y". */
const ROLE_RE = new RegExp(
  String.raw`\b(?:${[...ROLES].join('|')})[ \t]*:[ \t]{0,3}(${DOTTED}|${WORD})(?![\w.@/-])`,
  'dg',
);

function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** Whether a role stands before a colon (blanks between): the word before it whole, as `ROLE_RE` reads it. */
function hasRoleBeforeColon(text: string): boolean {
  for (let p = text.indexOf(':'); p >= 0; p = text.indexOf(':', p + 1)) {
    let end = p;
    while (end > 0 && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x09)) end--;
    let start = end;
    while (start > 0 && isWordCode(text.charCodeAt(start - 1))) start--;
    if (end - start >= 2 && ROLES.has(text.slice(start, end))) return true;
  }
  return false;
}

/** `/\d:\d\d/`: a clock's time. */
function hasClock(text: string): boolean {
  for (let p = text.indexOf(':'); p >= 0; p = text.indexOf(':', p + 1)) {
    if (isDigit(text.charCodeAt(p - 1)) && isDigit(text.charCodeAt(p + 1)) && isDigit(text.charCodeAt(p + 2)))
      return true;
  }
  return false;
}

/** `/\d\/\d{1,2}\/\d/`: a date with slashes, as a dated log entry opens. */
function hasSlashDate(text: string): boolean {
  for (let p = text.indexOf('/'); p >= 0; p = text.indexOf('/', p + 1)) {
    if (!isDigit(text.charCodeAt(p - 1)) || !isDigit(text.charCodeAt(p + 1))) continue;
    const second = isDigit(text.charCodeAt(p + 2)) ? p + 3 : p + 2;
    if (text.charCodeAt(second) === 0x2f && isDigit(text.charCodeAt(second + 1))) return true;
  }
  return false;
}

/** A dated log entry: a date at a line's start, then the writer, a colon and lower-case prose. */
const DATED_ENTRY_RE = new RegExp(
  String.raw`(?:^|\\n)[ \t]*\d{1,2}/\d{1,2}/(?:\d{2}|\d{4})(?:[ \t]+\d{1,2}:\d{2})?[ \t]+([A-Z]{2,3}|${DOTTED}):[ \t]+(?=[a-z])`,
  'dgm',
);

/**
 * A note signed with the writer's login after a dash, a role's capitals in brackets after it, the
 * line's end then: "-- rvanderberg (CM)", "— reid.whitcombe (RN CM)"; a dotted login after two
 * hyphens needs no role ("-- reid.whitcombe").
 */
const DASH_SIGNATURE_RE = new RegExp(
  String.raw`(?:^|\\n)[ \t]*(--?|—|–)[ \t]*(${DOTTED_INITIAL}|${WORD})([ \t]+\([A-Z][A-Za-z]{0,7}(?:[ \t/][A-Z][A-Za-z]{0,7}){0,2}\))?[ \t]*(?=\r?\n|\\n|$)`,
  'dgm',
);
/**
 * A task handed to a login: "Routed to qwexler for approval", "forwarded to reid.whitcombe for
 * review". A service or a word there is no login ("Routed to pharmacy for approval").
 */
const HANDED_TO_RE = new RegExp(
  String.raw`\b(?:[Rr]outed|[Ff]orwarded|[Rr]eassigned|[Aa]ssigned|[Ee]scalated|[Ss]ent)[ \t]+to[ \t]+(${DOTTED_INITIAL}|${WORD})[ \t]+for[ \t]+(?:approval|review|sign-?off|signature|co-?sign(?:ature)?|follow-?up|action|response)\b`,
  'dg',
);

/** Where a task is handed that is no one's login: a service, a desk, a role ("routed to intake"). */
const HANDED_TO_PLACES = setOf(
  CLINICAL_WORDS.trim().split(/\s+/).join(' '),
  TEAM_WORDS,
  'nephro gastro endo rheum derm heme cardio ophtho optho podiatry intake billing scheduling coding registration admitting nursing provider providers physician doctor nurse clinic office inbox queue pool attending resident fellow pharmd charge manager supervisor social outside',
);

/** A one-word login a task is handed to: no word, service or role of the lists. */
function handedLogin(value: string): boolean {
  if (value.includes('.')) return isLogin(value);
  return (
    isLogin(value) &&
    !HANDED_TO_PLACES.has(value) &&
    !englishWord(value, nameDictionaries().flags.get(value) ?? 0)
  );
}

/** A dictation's reference initials: "Dictated by: DC/bt", "Transcribed by MK/js". */
const DICTATION_RE =
  /(?:[Dd]ictated|DICTATED|[Tt]ranscribed|TRANSCRIBED)(?: [Bb]y| BY)?[ \t]*:?[ \t]{1,3}([A-Z]{2,3})\/([a-z]{2,3}|[A-Z]{2,3})(?![\w/])/dg;

/** What a login's second part never is: a file's or a domain's ending. */
const NOT_LOGIN_END = setOf(
  'com org net gov edu io us uk ca de fr pdf txt csv doc docx xls xlsx json xml html htm png jpg zip log md ts js py yaml yml ini cfg',
);

/** Capitals that are a word, a route or a service before a colon, not a writer's initials. */
const NOT_INITIALS = setOf(
  WORDS,
  ROUTES,
  SERVICES,
  'BP HR RR PT OT ST SP DX RX TX HX SX CC FU PS NB RE CR ER',
);

/** What follows a login standing alone: the line's end (a real break or an escaped one), a comma, a bracket. */
const ALONE = /^(?:[ \t]*(?:\r?\n|\\n|$)|[,;)])/;

/**
 * Whether `value` reads as a login: a dotted one ends in no file's or domain's ending; a word is
 * no English word the dictionaries know ("pending", "admin") and has no English word's ending.
 */
function isLogin(value: string): boolean {
  const dot = value.lastIndexOf('.');
  if (dot >= 0) return !NOT_LOGIN_END.has(value.slice(dot + 1));
  const flags = nameDictionaries().flags.get(value) ?? 0;
  return (flags & (COMMON | NEVER)) === 0 && !ENGLISH_ENDING.test(value);
}

function each(re: RegExp, text: string, visit: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) visit(m);
}

/** The handles of a work log, a chat or a dictation's reference, each given to `push` (names not skipped). */
export function workLogHandles(ctx: ScanContext, push: (start: number, end: number) => void): void {
  const { text } = ctx;
  const hasColon = text.includes(':');
  if (hasColon) {
    // A one-word login heads a message only in a transcript: two headers at least.
    const headers: RegExpExecArray[] = [];
    if (hasClock(text)) each(CHAT_HEADER_RE, text, (m) => headers.push(m));
    for (const m of headers) {
      const at = m.indices?.[1];
      const value = m[1] as string;
      if (at && (value.includes('.') || headers.length > 1) && isLogin(value)) push(at[0], at[1]);
    }
    if (hasRoleBeforeColon(text))
      each(ROLE_RE, text, (m) => {
        const at = m.indices?.[1];
        const value = m[1] as string;
        // A one-word login stands alone ("Agent: thanks for calling" is speech).
        const alone = value.includes('.') || (at !== undefined && ALONE.test(text.slice(at[1], at[1] + 4)));
        if (at && alone && isLogin(value)) push(at[0], at[1]);
      });
  }
  // A long dash is read as a hyphen.
  if (text.includes('-'))
    each(DASH_SIGNATURE_RE, text, (m) => {
      const at = m.indices?.[2];
      // A one-word login signs only with its role after it ("-- thanks" is a word), and a list's
      // single hyphen (as a long dash is read) only so.
      const value = m[2] as string;
      const signed = m[3] !== undefined || (m[1] === '--' && value.includes('.'));
      if (at && signed && isLogin(value)) push(at[0], at[1]);
    });
  if (text.includes(' to ') && text.includes(' for '))
    each(HANDED_TO_RE, text, (m) => {
      const at = m.indices?.[1];
      if (at && handedLogin(m[1] as string)) push(at[0], at[1]);
    });
  if (!text.includes('/')) return;
  if (hasColon && hasSlashDate(text))
    each(DATED_ENTRY_RE, text, (m) => {
      const at = m.indices?.[1];
      const value = m[1] as string;
      if (!at) return;
      if (value.includes('.') ? isLogin(value) : !NOT_INITIALS.has(value)) push(at[0], at[1]);
    });
  if (
    text.includes('ictated') ||
    text.includes('ranscribed') ||
    text.includes('DICTATED') ||
    text.includes('TRANSCRIBED')
  )
    each(DICTATION_RE, text, (m) => {
      const a = m.indices?.[1];
      const b = m.indices?.[2];
      // The typist's letters in lower case make the pair a reference ("GI/ru"); two capitals must be no word.
      if (a && b && (/[a-z]/.test(m[2] as string) || !NOT_INITIALS.has(m[1] as string))) {
        push(a[0], a[1]);
        push(b[0], b[1]);
      }
    });
}
