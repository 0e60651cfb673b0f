/**
 * A member of staff named by the role a pharmacy's, a registry's, an imaging study's or a study's
 * record gives them just before: "tech WRA", "RPh K. Pettibone", "Abstractor: ZJV", "Sonographer:
 * HH", "Registrar: DS", "interviewer Tou" closing its
 * line, "[… refill call, agent Tamsin]". Their initials (two or three capitals), an initial and a
 * surname, or a given name alone at the end of its line or bracket (before a word it may be a
 * desk's or a course's: "coordinator Training was moved"); a route, a unit or an answer
 * after the role ("tech NA", "RPh IV") and a common word ("agent Orange]") stay.
 */
import type { Detector, ScanContext } from './detector';
import { COMMON, nameDictionaries } from './dictionaries';

const ROLES =
  'tech|Tech|TECH|technician|Technician|RPh|R\\.Ph\\.|PharmD|CPhT|[Pp]harmacist|[Aa]bstractor|ABSTRACTOR|[Ii]nterviewer|INTERVIEWER|[Cc]oordinator|[Vv]erifier|[Cc]hecker|[Cc]ompounder|[Aa]gent|[Ss]onographer|SONOGRAPHER|[Tt]echnologist|TECHNOLOGIST|[Rr]egistrar|REGISTRAR|[Ss]cribe|SCRIBE|[Tt]ranscriptionist|[Oo]bserver|OBSERVER';
/** Particles a surname may open with ("K. Van Tassel", "O. St. Onge"). */
const PARTICLE = "(?:(?:[Vv]an|[Tt]e|[Dd]e|[Dd]a|[Dd]u|[Ll]a|[Ll]e|St\\.|O')[ \\t]?)";
const ROLE_RE = new RegExp(
  `\\b(${ROLES})[ \\t]*:?[ \\t]*(?:([A-Z]{2,3})(?![\\p{L}\\d.'’-])|([A-Z]\\.[ \\t]?${PARTICLE}?\\p{Lu}[\\p{L}'’]+(?:-\\p{Lu}[\\p{L}'’]+)?)(?![\\p{L}\\d'’-])|(\\p{Lu}\\p{Ll}{1,15})(?=[ \\t]*(?:$|[\\])]))(?![\\p{L}\\d'’-]))`,
  'dymu',
);
const GATE_WORDS = [
  'tech',
  'Tech',
  'TECH',
  'RPh',
  'R.Ph',
  'PharmD',
  'CPhT',
  'harmacist',
  'bstractor',
  'BSTRACTOR',
  'nterviewer',
  'NTERVIEWER',
  'oordinator',
  'erifier',
  'hecker',
  'ompounder',
  'gent',
  'onographer',
  'ONOGRAPHER',
  'echnologist',
  'ECHNOLOGIST',
  'egistrar',
  'EGISTRAR',
  'cribe',
  'CRIBE',
  'ranscriptionist',
  'bserver',
  'BSERVER',
];

/** Capitals after a role that are no one's initials: answers, routes, units, services. */
const NOT_INITIALS = new Set(
  `OK NA NO YES ID IN ON OR AT TO OF BY AM PM AN AS IS IT US UP IV PO IM SQ SC SL PR NG GT TD INH NEB TOP NPO PRN
  QD BID TID QID QHS CT MRI XR ECG EKG EEG EMG CXR IR ED ER ICU RN MD DO NP PA LPN LVN CNA MA PT OT ST RT EMS EMT
  GI ENT OB AI PCP APP CRNA SLP RD MG ML KG LB USP IWRS EDC CRF PI SOP QA QC LAB ALL NEW THE AND FOR`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);

/** Roles only a person holds, after which a given name alone is theirs ("interviewer Tou"); a tech's may be a desk's ("Tech Support"). */
const PERSON_ROLES =
  /^(?:[Ii]nterviewer|[Aa]bstractor|[Aa]gent|[Cc]oordinator|[Vv]erifier|[Cc]hecker|[Cc]ompounder|[Pp]harmacist|[Ss]onographer|[Tt]echnologist|[Rr]egistrar|[Ss]cribe|[Tt]ranscriptionist|[Oo]bserver)$/;

/** Whether `word` after `role` is a given name standing alone, not a common word. */
function namesAlone(role: string, word: string): boolean {
  return PERSON_ROLES.test(role) && ((nameDictionaries().flags.get(word.toLowerCase()) ?? 0) & COMMON) === 0;
}

function mayHaveRole(ctx: ScanContext): boolean {
  for (const w of GATE_WORDS) if (ctx.mayInclude(w)) return true;
  return false;
}

/** Where the word holding `at` starts: letters and dots before it ("R.Ph."). */
function wordStart(text: string, at: number): number {
  let i = at;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (!((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2e)) break;
    i--;
  }
  return i;
}

/**
 * Initials a record writes with the role after them or after "by": "BM (scribe) / Dr. Lowe",
 * "scribed by AB", "transcribed by: KLT". Before a bracketed role even an answer's capitals are
 * initials ("OK (scribe)"); after "by" a unit's or a service's stay ("entered by ED").
 */
const INITIALS_THEN_ROLE =
  /(?<![\p{L}\d.'’-])([A-Z]{2,3})[ \t]*\((?:[Ss]cribe|SCRIBE|[Tt]ranscriptionist|[Tt]ech|[Ii]nterpreter|[Cc]haperone|[Oo]bserver)\)/gu;
const INITIALS_AFTER_BY =
  /\b(?:[Ss]cribed|SCRIBED|[Tt]ranscribed|TRANSCRIBED|[Dd]ocumented|[Ee]ntered|[Cc]harted)[ \t]+(?:by|BY):?[ \t]*([A-Z]{2,3})(?![\p{L}\d'’-])/gu;

function initialsByRole(ctx: ScanContext): void {
  if (ctx.includes('(')) {
    INITIALS_THEN_ROLE.lastIndex = 0;
    for (let m = INITIALS_THEN_ROLE.exec(ctx.text); m !== null; m = INITIALS_THEN_ROLE.exec(ctx.text))
      ctx.out.push({
        start: m.index,
        end: m.index + (m[1] as string).length,
        type: 'name',
        ruleId: 'role_initials',
      });
  }
  if (ctx.includes(' by') || ctx.includes(' BY')) {
    INITIALS_AFTER_BY.lastIndex = 0;
    for (let m = INITIALS_AFTER_BY.exec(ctx.text); m !== null; m = INITIALS_AFTER_BY.exec(ctx.text)) {
      const initials = m[1] as string;
      if (NOT_INITIALS.has(initials)) continue;
      const start = m.index + m[0].length - initials.length;
      ctx.out.push({ start, end: start + initials.length, type: 'name', ruleId: 'role_initials' });
    }
  }
}

export const roleInitials: Detector = {
  id: 'role_initials',
  types: ['name'],
  run(ctx: ScanContext) {
    if (!ctx.hasUpper || ctx.skip?.has('name')) return;
    initialsByRole(ctx);
    if (!mayHaveRole(ctx)) return;
    const { text } = ctx;
    // Each role word found by a search, the expression tried only where one starts.
    const tried = new Set<number>();
    for (const w of GATE_WORDS) {
      if (!ctx.mayInclude(w)) continue;
      for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + w.length)) {
        const start = wordStart(text, at);
        if (tried.has(start)) continue;
        tried.add(start);
        ROLE_RE.lastIndex = start;
        const m = ROLE_RE.exec(text);
        if (m !== null) push(ctx, m);
      }
    }
  },
};

function push(ctx: ScanContext, m: RegExpExecArray): void {
  const span = m.indices?.[2] ?? m.indices?.[3] ?? m.indices?.[4];
  if (span === undefined) return;
  if (m[2] !== undefined && NOT_INITIALS.has(m[2])) return;
  if (m[4] !== undefined && !namesAlone(m[1] as string, m[4])) return;
  ctx.out.push({ start: span[0], end: span[1], type: 'name', ruleId: 'role_initials' });
}
