/**
 * A member of staff's mark in lower case, or a given name with its initial, where a note's own
 * words put one:
 *
 * - Between a role and what it does: "CM ss following", "SW jt aware", "PT mk to see"; a given
 *   name and its initial in lower case after a role: "Device RN: Luther d.", "CDE: Jarrod d.".
 * - After the person a visit is booked with, closing the sentence: "Next visit 4/30 with hq.",
 *   "f/u 2 wks with Soo-ah S.".
 * - In brackets after a count or a check: "Counts correct x2 (oq).", "verified (jd)".
 * - After a verb of work and "by": "Reconciled by mg with brother", "Reconciled by Rafferty M.".
 * - A sign-off after a dash closing a sentence's line: "Routed to Dr. Roe. — sc", "— Hyacinth B.".
 *
 * Lower-case words of two or three letters are also pronouns, routes, services and answers ("with
 * me.", "by iv", "with pcp.", "— ok"): those stay. In these positions an abbreviation that is a word
 * elsewhere ("sc", "mg", "st") is someone's mark.
 */
import type { Detector, ScanContext } from './detector';
import { COMMON, GIVEN, nameDictionaries } from './dictionaries';
import { SERVICES, setOf, WORDS } from './staff-mark-words';

/** Lower-case words of two or three letters that are no one's initials. */
const NOT_MARKS = setOf(
  WORDS.toLowerCase(),
  SERVICES.toLowerCase(),
  'me us him her you one two all any are was now not and has had be am do go so we he she who may can due per',
  'pcp dr mom dad son dtr sis bro cm hr hrs min wk wks mo yr yrs tx rx iv po im prn gi id ent ob uro onc ep hf',
  'pt pts its his our ok yes no na tbd etc fyi thx ty pls the for off out new old end see via day',
);

/** A given name (any capitalized word) and an initial with its full stop: "Soo-ah S.", "Rafferty M.". */
const NAME_INITIAL = "\\p{Lu}[\\p{Ll}'’]+(?:-\\p{L}[\\p{Ll}'’]+)?[ \\t]\\p{Lu}\\.";
/** A lower-case mark: two or three letters, alone. */
const MARK = '[a-z]{2,3}';

/** Roles a note abbreviates before the one who holds them: case management, social work, therapy. */
const ROLE_MARK_RE = new RegExp(
  `(?<![\\w/])(?:CM|SW|PT|OT|SLP|RT|RN|case manager|case mgmt|social work(?:er)?)[ \\t]+(${MARK})[ \\t]+(?=(?:following|follows|aware|notified|updated|consulted|involved|to follow|to see|will follow|will see|saw|seeing|arranging|arranged|contacted)\\b)`,
  'dgu',
);
const ROLE_GATE = /CM|SW|PT|OT|SLP|RT|RN|case m|social w/;
/** "visit 4/30 with hq.", "f/u in 2 wks with Soo-ah S.": the person an appointment is with. */
const VISIT_WITH_RE = new RegExp(
  `\\b(?:[Vv]isit|[Aa]ppt|[Aa]ppointment|[Ff]ollow-?up|[Ff]\\/[Uu]|RTC|rtc|[Rr]eturn|[Rr]echeck)\\b[^\\n.;]{0,30}?[ \\t]with[ \\t]+(${MARK}(?=\\.)|${NAME_INITIAL}(?=\\.|[ \\t]*$))`,
  'dgmu',
);
/** "Counts correct x2 (oq).", "verified (jd)": a check's initials in brackets. */
const CHECKED_RE =
  /\b(?:[Cc]orrect|[Vv]erified|confirmed|checked|counted|witnessed|reconciled|double-checked)(?:[ \t]+x[ \t]?\d)?[ \t]*\(([a-z]{2,3})\)/dg;
/** "Reconciled by mg with brother", "Reconciled by Rafferty M.": the worker after a verb of work. */
const WORK_BY_RE = new RegExp(
  `\\b(?:[Rr]econciled|[Vv]erified|[Ww]itnessed|[Rr]eviewed|[Cc]ounted|[Cc]hecked|[Cc]o-?signed|[Pp]repared|[Dd]ispensed|[Cc]ollected|[Dd]rawn|[Ee]ntered|[Dd]ocumented)[ \\t]+by[ \\t]+(${MARK}(?=[ \\t]+with\\b|[.;,]|[ \\t]*$)|${NAME_INITIAL})`,
  'dgmu',
);
/** "… Dr. Roe. — sc", "… questions. — Hyacinth B.": a sign-off after a dash, closing the line. */
const DASH_SIGN_OFF_RE = new RegExp(
  `[.!)][ \\t]+(?:—|–|-{1,2})[ \\t]?(${MARK}|${NAME_INITIAL})[ \\t]*(?=\\r?\\n|$|")`,
  'dgmu',
);

/**
 * "Device RN: Luther d.", "CDE: Soo-ah G., 596…", "CM Fitzgerald d. following", "charge rn
 * tonight: Nyxongi I.": a given name and its initial after a role, the shift it holds it perhaps
 * between them.
 */
const ROLE_NAME_INITIAL_RE =
  /(?<![\p{L}])(?:RN|CDE|CM|SW|NP|PA|MA|LPN|RD|RT|PT|OT|[Nn]urse|[Ee]ducator|[Dd]ietitian|[Cc]oordinator|[Cc]harge[ \t]+(?:rn|nurse))(?:[ \t]+(?:tonight|today|this[ \t]+shift|on[ \t]+(?:days|nights)))?[ \t]*:?[ \t]+(\p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}+)?[ \t][A-Za-z]\.)(?=[ \t,;]|$)/dgmu;
const ROLE_NAME_GATE = / [A-Za-z]\./;

/**
 * "Given A.", "Walks B.": a capital initial after an everyday word makes no name; after a role
 * (`afterRole`) a given name that is a word too ("charge rn tonight: Jack L.") is still one.
 */
function everydayWordAndInitial(value: string, afterRole: boolean): boolean {
  const space = value.indexOf(' ');
  if (space < 0 || !/[A-Z]\.$/.test(value)) return false;
  const flags = nameDictionaries().flags.get(value.slice(0, space).toLowerCase()) ?? 0;
  return (flags & COMMON) !== 0 && !(afterRole && (flags & GIVEN) !== 0);
}

function scanMarks(ctx: ScanContext, re: RegExp): void {
  re.lastIndex = 0;
  for (let m = re.exec(ctx.text); m !== null; m = re.exec(ctx.text)) {
    const span = m.indices?.[1];
    const value = m[1] as string;
    if (!span) continue;
    if (NOT_MARKS.has(value) || everydayWordAndInitial(value, re === ROLE_NAME_INITIAL_RE)) continue;
    ctx.out.push({ start: span[0], end: span[1], type: 'name', ruleId: 'staff_marks' });
  }
}

export const staffMarks: Detector = {
  id: 'staff_marks',
  types: ['name'],
  run(ctx: ScanContext) {
    if (!ctx.hasSpace || ctx.skip?.has('name')) return;
    if (ctx.test(ROLE_GATE)) scanMarks(ctx, ROLE_MARK_RE);
    if (ctx.test(ROLE_NAME_GATE)) scanMarks(ctx, ROLE_NAME_INITIAL_RE);
    if (ctx.includes('with')) scanMarks(ctx, VISIT_WITH_RE);
    if (ctx.includes('(')) scanMarks(ctx, CHECKED_RE);
    if (ctx.includes(' by')) scanMarks(ctx, WORK_BY_RE);
    if (ctx.includes('-') || ctx.mayInclude('—') || ctx.mayInclude('–')) scanMarks(ctx, DASH_SIGN_OFF_RE);
  },
};
