/**
 * A person's account name where a sentence or a form says it is one: after a login's word
 * ("username jsmith_88", "Login: k.oduya", "(user pjarvis)", "flagged for account tarn_wexley",
 * "User name: AMARAO") or a verb of signing in ("Log in as dfenwick2 from …", "signed in as
 * r.okafor"), and after "by" where its shape can be nothing but an account ("placed by
 * wexley_t will be …", "by orla1984"). A value is an account when its shape says so (words
 * joined by a dot or an underscore, letters closed by figures) or, right after a login's word,
 * when it is one word no dictionary knows as a common or clinical word ("username quenbyt", "user
 * AMARAO"); "user interface", "account balance", "login failed", "handle with care", "by mouth"
 * and a system's own account ("user admin") stay. The account is a person's name when a part of
 * it is a given or a family name the dictionaries know, else another identifier (a handle made
 * up of words: "quietwombat88").
 */
import { SYSTEM_ACCOUNTS } from '../login-shape';
import type { PhiType } from '../types';
import { ACCOUNT_VERB } from './account-events';
import type { Detector, ScanContext } from './detector';
import { COMMON, GIVEN, isCommonWord, NEVER, nameDictionaries, SURNAME } from './dictionaries';
import { ENGLISH_ENDING } from './key-values';

/** The login's word or verb (1), a colon or an equals sign perhaps (2), then the value (3). */
const CUED_RE =
  /(?<![\p{L}\d_.@-])((?:user|login|account|screen)[ _-]?(?:name|id)|username|user|login|handle|account|(?:log(?:ged)?|sign(?:ed)?)[ -]?(?:in|on)[ \t]+as)[ \t]*([:=][ \t]*)?(?:\(|"|'|\b)(\p{L}(?:[\p{L}\d]|[._-](?=[\p{L}\d])){1,40})(?![\p{L}\d@])/dgiu;
/**
 * Cues that name nothing but an account ("user", "account" and "handle" are also plain words:
 * "user guide", "account balance", "handle cases").
 */
const STRONG_CUE = /^(?:(?:user|login|screen)[ _-]?(?:name|id)|username|log|sign)/i;
const CUE_GATE = /user|login|account|handle|screen|log in|logged in|sign in|signed in/i;
/** "by" and a value of an account's shape only (the shape is the evidence, not the place). */
const BY_RE = /(?<![\p{L}\d-])[Bb]y[ \t]+(\p{L}(?:[\p{L}\d]|[._-](?=[\p{L}\d])){1,40})(?![\p{L}\d@])/dgu;

/** Ends of a domain or a file name: "user mercy.org", "by report.pdf". */
const NOT_NAME_PART = new Set(
  'com org net gov edu io us uk ca au de fr pdf txt csv doc docx xls xlsx json xml html htm png jpg zip log exe'.split(
    ' ',
  ),
);

/**
 * Parts that make a joined account a system's own (a service, a job, a bot: "svc_report",
 * "srv.backup", "etl_loader"), never a person's unless another part is a name.
 */
const SERVICE_PARTS = new Set([
  'svc',
  'srv',
  'sys',
  'sa',
  'bot',
  'daemon',
  'job',
  'etl',
  'app',
  ...SYSTEM_ACCOUNTS,
]);

/** Letters (of any script), then one to four figures: "orla1984", "quenbyp19". */
const NUMBERED = /^(\p{L}{3,30})\d{1,4}$/u;
/** Letter words joined by dots or underscores, figures perhaps at the end: "tarn_wexley", "r.okafor7", "grey_heron_52". */
const JOINED = /^\p{L}+(?:[._]\p{L}+){1,2}(?:[._]?\d{1,4})?$/u;
/** One word of letters, one case: "quenbyt", "AMARAO". */
const ONE_WORD = /^(?:\p{Ll}{4,30}|\p{Lu}{4,30})$/u;

function flagsOf(word: string): number {
  return nameDictionaries().flags.get(word.toLowerCase()) ?? 0;
}

function isWord(word: string): boolean {
  return isCommonWord(word.toLowerCase());
}

/** An account by its shape alone: joined words (not a domain, a file or common words only), or letters closed by figures. */
function shapedAccount(value: string): boolean {
  if (JOINED.test(value)) {
    const parts = value
      .replace(/[._]?\d+$/, '')
      .toLowerCase()
      .split(/[._]/);
    if (parts.some((p) => NOT_NAME_PART.has(p))) return false;
    // "svc_report", "batch.export": a system's own account when no part is a name.
    if (parts.some((p) => SERVICE_PARTS.has(p)) && !parts.some((p) => isName(p, GIVEN | SURNAME)))
      return false;
    // "anna.lee", "north_cedar": a part no common word, or a part a name, or figures closing it.
    return /\d$/.test(value) || parts.some((p) => !isWord(p) || (flagsOf(p) & (GIVEN | SURNAME)) !== 0);
  }
  const m = NUMBERED.exec(value);
  return m !== null && !isWord(m[1] as string);
}

/** One word no dictionary knows as a common or clinical word, no English ending, no system's account. */
function wordAccount(value: string): boolean {
  if (!ONE_WORD.test(value)) return false;
  const lower = value.toLowerCase();
  return !SYSTEM_ACCOUNTS.has(lower) && !isWord(lower) && !ENGLISH_ENDING.test(lower);
}

function isName(word: string, kind: number): boolean {
  const f = flagsOf(word);
  return word.length >= 3 && (f & kind) !== 0 && (f & (COMMON | NEVER)) === 0;
}

/**
 * One word made of a person's names: an initial or two and a family name ("rbird", "PQUENBY"),
 * a name and an initial ("AMARAO", "quenbyt"), or a given and a family name run together
 * ("tarnwexley").
 */
function namedWord(value: string): boolean {
  const w = value.toLowerCase();
  const any = GIVEN | SURNAME;
  if (isName(w, any) || isName(w.slice(1), SURNAME) || isName(w.slice(2), SURNAME)) return true;
  if (isName(w.slice(0, -1), any)) return true;
  for (let i = 3; i <= w.length - 3; i++)
    if (isName(w.slice(0, i), GIVEN) && isName(w.slice(i), SURNAME)) return true;
  return false;
}

/** An initial or two run into a family name, or a given name closed by an initial: "pquenby", "AMARAOK". */
function initialLogin(value: string): boolean {
  if (value.length < 5 || !wordAccount(value)) return false;
  const w = value.toLowerCase();
  return isName(w.slice(1), SURNAME) || isName(w.slice(2), SURNAME) || isName(w.slice(0, -1), GIVEN);
}

/** A person's name when a part of it (or a part less an initial) is a name the dictionaries know. */
function typeOf(value: string): PhiType {
  const parts = value
    .toLowerCase()
    .replace(/\d+$/, '')
    .split(/[._-]/)
    .filter((p) => p.length > 0);
  for (const p of parts) {
    const forms = [p, p.slice(1), p.slice(0, -1)];
    if (forms.some((f) => f.length >= 3 && (flagsOf(f) & (GIVEN | SURNAME)) !== 0 && !isWord(f)))
      return 'name';
  }
  return 'other_id';
}

/** A bare 'user', 'account' or 'handle' and a colon opening a line: a transcript's speaker label. */
function speakerLabel(text: string, m: RegExpExecArray): boolean {
  if (!(m[2] as string).startsWith(':') || STRONG_CUE.test(m[1] as string)) return false;
  const start = text.lastIndexOf('\n', m.index - 1) + 1;
  return text.slice(start, m.index).trim() === '';
}

/** An account's event after a lower-case login ("… signed out", "… was locked"): `account-events.ts` reads those. */
const EVENT_AFTER = new RegExp(String.raw`^[ \t]+(?:${ACCOUNT_VERB})\b`);

function push(ctx: ScanContext, m: RegExpExecArray, group: number): void {
  const at = m.indices?.[group];
  const value = m[group] as string;
  if (at && value === value.toLowerCase() && EVENT_AFTER.test(ctx.text.slice(at[1], at[1] + 48))) return;
  if (at) ctx.out.push({ start: at[0], end: at[1], type: typeOf(m[group] as string), ruleId: 'cued_login' });
}

export const cuedLogins: Detector = {
  id: 'cued_login',
  types: ['name', 'other_id'],
  run(ctx: ScanContext) {
    if (ctx.skip?.has('name') || !ctx.hasSpace) return;
    if (ctx.test(CUE_GATE)) {
      CUED_RE.lastIndex = 0;
      for (let m = CUED_RE.exec(ctx.text); m !== null; m = CUED_RE.exec(ctx.text)) {
        const value = m[3] as string;
        // After "user" or "account" in a sentence a plain word is the sentence's ("user guide").
        // A line opening 'user:' is a chat's speaker ("user: sure, one sec"), no form's label.
        const strong = (m[2] !== undefined && !speakerLabel(ctx.text, m)) || STRONG_CUE.test(m[1] as string);
        if (shapedAccount(value) || (wordAccount(value) && (strong || namedWord(value)))) push(ctx, m, 3);
      }
    }
    if (ctx.includes('by ') || ctx.includes('By ')) {
      BY_RE.lastIndex = 0;
      for (let m = BY_RE.exec(ctx.text); m !== null; m = BY_RE.exec(ctx.text))
        if (shapedAccount(m[1] as string) || initialLogin(m[1] as string)) push(ctx, m, 1);
    }
  },
};
