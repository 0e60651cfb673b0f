/**
 * A staff member's initials standing alone, where a printed EHR document gives them a position of
 * their own. Two or three capitals are also units, routes, states and abbreviations (BP, IV, PO,
 * NS, CT, NY): only these positions count.
 *
 * - After a verb of work and "by": "Grossed by AX.", "Specimen drawn by CV", "Verified by: KM".
 * - In a medication administration record's result column, after the action: "Given  MM",
 *   "Held - NPO  PD", "Refused  JR  Scanned: …".
 * - A sign-off dash at the end of a line: "… before next visit. -AM", "BP 131/58  -CG".
 * - Before a credential, where a hand-off or a sign-off names someone: "Report given to LD RN.",
 *   "Counseled by NT, RPh.", a line opening "BY/LPN".
 * - In an initials legend: "Initials: AC = Aida Crona, RN   MM = …", "Legend: MW Maude Weissnat,
 *   RN; HN Helmer Nienow, LPN" (the name after each initials is marked too).
 */
import type { DetectedSpan } from '../types';
import type { Detector, ScanContext } from './detector';
import { LINE_ENDS, ROUTES, SERVICES, setOf, WORDS } from './staff-mark-words';

/** What each position never reads as initials (unless the text's own legend gives them). */
const NOT_AFTER_BY = setOf(WORDS, ROUTES, SERVICES);
const NOT_IN_MAR_COLUMN = setOf(WORDS, ROUTES);
const NOT_SIGN_OFF = setOf(WORDS, ROUTES, SERVICES, LINE_ENDS);
/** After a finished sentence ("… before next visit. -NA") a dash and capitals sign it: only answers stay. */
const NOT_SENTENCE_SIGN_OFF = setOf('OK NO YES');

/** Verbs of hands-on work that a person's initials follow with "by". */
const WORK_VERBS = new Set(
  (
    'grossed drawn collected verified witnessed administered given documented entered recorded ' +
    'checked cosigned co-signed signed reviewed initialed initialled transcribed accessioned received ' +
    'prepared dispensed performed obtained taken scanned charted released processed embedded cut ' +
    'stained labeled labelled counted double-checked reconciled completed wasted resulted'
  ).split(' '),
);

/**
 * Hands-on acts only a person does ("Grossed by UP.", "Specimen drawn by US."): initials closing
 * the sentence after them are a person's even when they spell a word, a unit or a dietitian's
 * credential; answers, clinicians' credentials, departments and the lines blood is drawn from
 * still stay ("drawn by RN.", "drawn by ED.", "drawn by IV.").
 */
const HANDS_ON_VERBS = new Set(
  'grossed drawn witnessed cosigned co-signed initialed initialled dispensed wasted counted double-checked accessioned'.split(
    ' ',
  ),
);
const NOT_AFTER_HANDS_ON = setOf(
  'OK NA NO YES IV NG GT',
  'RN MD DO NP PA LPN LVN CNA MA PT OT ST RT EMT EMS CRNA APP SLP PCT CMA ED ER ICU OR IR GI OB ENT PCP AI',
);
/**
 * A credential right after the initials ("Reconciled by SQ PharmD", "checked by TO, RN"): they are
 * a person's even when they spell a route or a word; answers and services stay ("reconciled by OR RN").
 */
const CREDENTIAL_AFTER =
  /^,?[ \t]+(?:PharmD|RPh|CPhT|RN|LPN|LVN|BSN|CNA|MD|DO|NP|APRN|PA-C|CRNA|RRT|RT|PT|OT)(?![\w'’-])/;
const NOT_BEFORE_CREDENTIAL = setOf('OK NA NO YES', SERVICES);
/**
 * Initials right before a credential where a hand-off or a sign-off names the member of staff:
 * after a word that passes care or work to or from someone ("Report given to LD RN.", "Counseled
 * by NT, RPh.", "paged KM, NP"), or opening a line with a slash ("BY/LPN"). Units, services and
 * routes stay ("report given to CCU RN", "ED/RN").
 */
const CREDENTIALED_RE =
  /(?:(?<![\w/-])(?:to|To|by|By|with|With|w\/|per|Per|from|From|cc|CC|paged|Paged|called|Called|notified|Notified)[ \t]+([A-Z]{2,3})(?:,[ \t]*|[ \t]+)|(?:^|(?<=\n|\\n))[ \t]*([A-Z]{2,3})\/)(?:RN|LPN|LVN|RPh|PharmD|CPhT|CNA|CMA|MA|NP|APRN|PA-C|CRNA|RRT|MD|DO)(?![\w'’/-])/dgm;
/** Units and places whose nurses a hand-off names by the unit ("to CCU RN", "SNF RN"). */
const NOT_BEFORE_CREDENTIAL_HANDOFF = setOf(
  'OK NA NO YES',
  SERVICES,
  ROUTES,
  'CCU PCU TCU SDU IMC SNF LTC ALF VNA HHA HH OBS PEDS NSY CM SW UM QA DON',
);
/** What closes the sentence after the initials: a full stop, a semicolon, the line's end. */
const SENTENCE_CLOSE = /^(?:[.;]|[ \t]*(?:\r?\n|\\n|$))/;

/** "by XX": the verb before it is read back from the text and looked up. */
const BY_RE = /[ \t]by:?[ \t]{1,4}([A-Z]{2,3})(?![\w'’-])/dg;
/** The word at the end of the text before "by". */
const LAST_WORD = /([A-Za-z][A-Za-z-]{1,18})[ \t]*$/;

/** A MAR action (with a reason after a dash), a column gap, the initials, a column gap or the line end. */
const MAR_RE =
  /(?<![\w-])(?:Given|GIVEN|Held|HELD|Refused|REFUSED|Not [Gg]iven|NOT GIVEN|Omitted|Wasted|Missed|Self-administered|Administered|Pt refused|Patient refused|Rate [Cc]hanged|New [Bb]ag|Bolus|Stopped|Started|Restarted|Paused)(?:[ \t]?-[ \t]?[A-Za-z][A-Za-z/]{0,15}(?: [A-Za-z/]{1,15}){0,2})?(?:[ \t]{2,}|[ \t]*\t[ \t]*|[ \t]*\|[ \t]*)([A-Z]{2,3})(?=[ \t]{2,}|[ \t]*[\t|]|[ \t]*(?:\r?\n|\\n|$))/dgm;

/** Words "-XX" must follow on its line (not a bullet), then the line ends (a real break or an escaped one). */
const SIGN_OFF_RE = /[-–—~]([ \t]?)([A-Z]{2,3})[ \t]*(?=\r?\n|\\n|$)/dg;
/** The blanks (one to eight) between the sign-off's dash and the words before it on its line. */
const GAP_BEFORE = /(\S)[ \t]{1,8}$/;

/** A legend line: its label, then the entries up to the line end. */
const LEGEND_RE =
  /(?<![\w-])(Initials(?: [Kk]ey| [Ll]egend)?|INITIALS|Legend|LEGEND|Signature [Ll]egend)[ \t]*:[ \t]*([^\n]+)/dg;
/** One entry: initials, an optional '=', then the person up to the next entry. */
const ENTRY_RE =
  /(?<=^|;[ \t]*|[ \t]{2,})([A-Z]{2,3})(?:[ \t]*=[ \t]*|[ \t]+)([^;=\n]+?)(?=[ \t]*;|[ \t]{2,}[A-Z]{2,3}[ \t]*=|$)/dg;
/** Credentials after the name in an entry ("Aida Crona, RN, BSN", "NIENOW, HELMER LPN"). */
const CREDENTIALS =
  /(?:,?[ \t]+|,)(?:RN|LPN|LVN|BSN|MSN|CCRN|CNA|MD|DO|NP|APRN|PA-C|PA|CRNA|CNM|RPh|PharmD|RRT|RT|PT|OT|MA|CMA|EMT|DNP|FNP|FNP-C|CEN|CPN|OCN)$/;
/** A name left after the credentials: capitalized words, initials, a comma. */
const NAME_SHAPE = /^[\p{Lu}][\p{L}'’.-]*(?:,? [\p{Lu}][\p{L}'’.-]*){1,3}$/u;

const MAR_GATE =
  /Given|GIVEN|Held|HELD|Refused|REFUSED|Omitted|Wasted|Missed|Bolus|Bag|Stopped|Started|Paused|Administered/;
const LEGEND_GATE = /Initials|INITIALS|Legend|LEGEND/;
const CREDENTIAL_GATE = /RN|LPN|LVN|RPh|PharmD|CPhT|CNA|MA|NP|CRNA|RRT|MD|DO/;

function push(ctx: ScanContext, start: number, end: number): void {
  ctx.out.push({ start, end, type: 'name', ruleId: 'staff_initials' } satisfies DetectedSpan);
}

function afterWorkVerb(ctx: ScanContext, legend: ReadonlySet<string>): void {
  const { text } = ctx;
  if (!text.includes(' by')) return;
  BY_RE.lastIndex = 0;
  for (let m = BY_RE.exec(text); m !== null; m = BY_RE.exec(text)) {
    const span = m.indices?.[1];
    const value = m[1] as string;
    if (!span) continue;
    const verb = LAST_WORD.exec(text.slice(Math.max(0, m.index - 24), m.index + 1));
    const lc = verb ? (verb[1] as string).toLowerCase() : '';
    if (!WORK_VERBS.has(lc)) continue;
    const stays = CREDENTIAL_AFTER.test(text.slice(span[1], span[1] + 10))
      ? NOT_BEFORE_CREDENTIAL
      : HANDS_ON_VERBS.has(lc) && SENTENCE_CLOSE.test(text.slice(span[1], span[1] + 3))
        ? NOT_AFTER_HANDS_ON
        : NOT_AFTER_BY;
    if (!stays.has(value) || legend.has(value)) push(ctx, span[0], span[1]);
  }
}

/** Marks the initials `CREDENTIALED_RE` finds before a credential, unless a unit or a service (the legend overrides). */
function beforeCredential(ctx: ScanContext, legend: ReadonlySet<string>): void {
  const { text } = ctx;
  CREDENTIALED_RE.lastIndex = 0;
  for (let m = CREDENTIALED_RE.exec(text); m !== null; m = CREDENTIALED_RE.exec(text)) {
    const span = m.indices?.[1] ?? m.indices?.[2];
    const value = (m[1] ?? m[2]) as string;
    if (span && (!NOT_BEFORE_CREDENTIAL_HANDOFF.has(value) || legend.has(value))) push(ctx, span[0], span[1]);
  }
}

/** Marks the initials each match of `MAR_RE` holds, unless `NOT_IN_MAR_COLUMN` holds them (the legend overrides). */
function marColumn(ctx: ScanContext, legend: ReadonlySet<string>): void {
  const { text } = ctx;
  MAR_RE.lastIndex = 0;
  for (let m = MAR_RE.exec(text); m !== null; m = MAR_RE.exec(text)) {
    const span = m.indices?.[1];
    const value = m[1] as string;
    if (span && (!NOT_IN_MAR_COLUMN.has(value) || legend.has(value))) push(ctx, span[0], span[1]);
  }
}

/**
 * Marks sign-offs: "-XX" at a line's end. After a finished sentence ("… next visit. -NA", "… visit.
 * - NA") only answers stay; elsewhere the dash must touch the initials ("BP 131/58  -CG"), since
 * "disease - IMD" spells out an abbreviation, and units, tests and flags stay.
 */
function signOffs(ctx: ScanContext, legend: ReadonlySet<string>): void {
  const { text } = ctx;
  SIGN_OFF_RE.lastIndex = 0;
  for (let m = SIGN_OFF_RE.exec(text); m !== null; m = SIGN_OFF_RE.exec(text)) {
    const span = m.indices?.[2];
    const value = m[2] as string;
    const gap = span ? GAP_BEFORE.exec(text.slice(Math.max(0, m.index - 9), m.index)) : null;
    if (!span || gap === null) continue;
    const afterSentence = gap[1] === '.';
    if (!afterSentence && m[1] !== '' && !replySignOff(text, m.index, value)) continue;
    const stop = afterSentence ? NOT_SENTENCE_SIGN_OFF : NOT_SIGN_OFF;
    if (!stop.has(value) || legend.has(value)) push(ctx, span[0], span[1]);
  }
}

/** The words of the line before `at`, split at blanks and hyphens. */
function wordsBefore(text: string, at: number): string[] {
  const lineStart = Math.max(text.lastIndexOf('\n', at - 1) + 1, at - 120);
  return text
    .slice(lineStart, at)
    .split(/[ \t-]+/)
    .filter((w) => w.length > 0);
}

/** Whether the initials spell the words right before them ("ulcerative colitis - UC"): an abbreviation. */
function spelledOut(words: readonly string[], value: string): boolean {
  if (words.length < value.length) return false;
  const tail = words.slice(words.length - value.length);
  return tail.map((w) => w.charAt(0).toUpperCase()).join('') === value;
}

/**
 * Two capitals after a dash between blanks closing a line of prose: a reply's sign-off ("agree
 * with option 2 - QT"). The line holds three words or more and one in lower case before it (a
 * field's "Code status - FC" does not), and the capitals do not spell the words before them.
 */
function replySignOff(text: string, dash: number, value: string): boolean {
  if (value.length !== 2 || NOT_SIGN_OFF.has(value)) return false;
  const words = wordsBefore(text, dash);
  return words.length >= 3 && words.some((w) => LOWER_WORD.test(w)) && !spelledOut(words, value);
}
const LOWER_WORD = /^[a-z]{2,}/;

/**
 * Initials standing alone after the full stop that closes a sentence of prose, closing the line,
 * the text or a JSON string ("… protein-calorie malnutrition. QT"): the writer's. Units, tests,
 * flags and answers stay, and so do capitals that spell the words before them.
 */
const AFTER_SENTENCE_RE = /[.!][ \t]{1,3}([A-Z]{2,3})[ \t]*(?=\r?\n|\\n|$|")/dg;

function sentenceSignOffs(ctx: ScanContext, legend: ReadonlySet<string>): void {
  const { text } = ctx;
  AFTER_SENTENCE_RE.lastIndex = 0;
  for (let m = AFTER_SENTENCE_RE.exec(text); m !== null; m = AFTER_SENTENCE_RE.exec(text)) {
    const span = m.indices?.[1];
    const value = m[1] as string;
    if (!span || !/\p{Ll}/u.test(text.charAt(m.index - 1))) continue;
    if (legend.has(value)) push(ctx, span[0], span[1]);
    else if (!NOT_SIGN_OFF.has(value) && !spelledOut(wordsBefore(text, m.index), value))
      push(ctx, span[0], span[1]);
  }
}

/**
 * Marks the initials and names of each legend entry that names a person (an "Initials" legend, or
 * an entry ending in a credential) and returns the initials: the text's own key to them.
 */
function legends(ctx: ScanContext): ReadonlySet<string> {
  const { text } = ctx;
  const found = new Set<string>();
  LEGEND_RE.lastIndex = 0;
  for (let m = LEGEND_RE.exec(text); m !== null; m = LEGEND_RE.exec(text)) {
    const body = m.indices?.[2];
    if (!body) continue;
    const ofInitials = /^(?:Initials|INITIALS|Signature)/.test(m[1] as string);
    const line = (m[2] as string).replace(/[ \t\r]+$/, '');
    ENTRY_RE.lastIndex = 0;
    for (let e = ENTRY_RE.exec(line); e !== null; e = ENTRY_RE.exec(line)) {
      const ini = e.indices?.[1];
      const who = e.indices?.[2];
      if (!ini || !who) continue;
      const entry = e[2] as string;
      const name = entry.replace(CREDENTIALS, '').replace(CREDENTIALS, '').trim();
      if (!NAME_SHAPE.test(name) || (!ofInitials && name.length === entry.trim().length)) continue;
      found.add(e[1] as string);
      push(ctx, body[0] + ini[0], body[0] + ini[1]);
      push(ctx, body[0] + who[0], body[0] + who[0] + name.length);
    }
  }
  return found;
}

const NO_LEGEND: ReadonlySet<string> = new Set();

function staffInitials(ctx: ScanContext): void {
  if (!ctx.hasUpper || ctx.skip?.has('name')) return;
  const legend = ctx.test(LEGEND_GATE) ? legends(ctx) : NO_LEGEND;
  afterWorkVerb(ctx, legend);
  if (ctx.test(CREDENTIAL_GATE)) beforeCredential(ctx, legend);
  if ((ctx.mayInclude('  ') || ctx.includes('\t') || ctx.includes('|')) && ctx.test(MAR_GATE))
    marColumn(ctx, legend);
  if (ctx.includes('-') || ctx.mayInclude('–') || ctx.mayInclude('—') || ctx.includes('~'))
    signOffs(ctx, legend);
  if (ctx.includes('. ') || ctx.includes('! ')) sentenceSignOffs(ctx, legend);
}

export const staffInitialsDetector: Detector = {
  id: 'staff_initials',
  types: ['name'],
  run: staffInitials,
};
