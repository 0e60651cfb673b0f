/**
 * Identifiers named by the word before them, in prose: an interpreter's id and the session of an
 * interpreted call ("interpreter ID 311116", "interpreter session UD-8447073"), a court's file
 * ("order on file FAM-45555-25", "court file no. BR-2291-24"), a Centrelink customer reference
 * number (nine digits and a letter after "CRN"), a letter's reference ("Your ref 849-5698"), a
 * bare local number after "ID" ("ID 58944598"), and the user name a review or a forum post is
 * signed with ("by ezekiel.166", "posted by mum_of_3"). Each value needs its cue and digits
 * (a user name an underscore or a digit), so "session 2 of 6" and "by mouth" stay.
 */
import type { PhiType } from '../types';
import type { Detector, ScanContext } from './detector';

/** A reference: letters, digits and dashes with at least four digits in it. */
const REF = String.raw`(?=[A-Z]{0,4}-?\d)(?:[A-Z]{1,4}-?)?\d[\dA-Z]*(?:-[\dA-Z]+)*`;
/**
 * A number an office issues: capitals before it perhaps, then digits in dash-parted groups
 * ("UD-8447073", "FAM-45555-25", "HU117339"). A system's token or UUID ("session
 * 197ef06b-69ab-…", "session a3f9c2e1") is no person's identifier.
 */
const ISSUED_NUMBER = /^(?:[A-Z]{1,4}-?)?\d+(?:-\d+)*$/;
const REF_END = String.raw`(?![\w-]|[.,/]\d)`;

interface CueRule {
  type: PhiType;
  ruleId: string;
  /** Words one of which the text must hold (lower case; checked as written and capitalized). */
  words: readonly string[];
  re: RegExp;
  /** ASCII digits the value needs. */
  minDigits: number;
  /** The value's shape (default: an issued number). */
  value?: RegExp;
  /** What the text before the match may not end with (a code system's name before "ID"). */
  notAfter?: RegExp;
}

/** A case's or a specimen's number: capitals and digits in groups parted by dashes or a dot ("2023-CA-642437", "9412323059.7"). */
const CASE_REF = String.raw`[A-Z\d]+(?:[-.][A-Z\d]+){0,3}`;
/** Where such a number ends: a sequence's "/01" may follow, a word or a decimal may not. */
const CASE_REF_END = String.raw`(?![\w-]|\.\w)`;
/** Five digits at least, a digit first or after capitals, no calendar date or dotted version. */
const CASE_NUMBER =
  /^(?!\d{4}-\d\d-\d\d$|\d+\.\d+\.)(?=(?:\D*\d){5})(?:[A-Z]{1,4}-?)?\d[A-Z\d]*(?:[-.][A-Z\d]+)*$/;

const NUMBER_MARK = String.raw`(?:[ \t]*(?:id|no\.?|number|num|#|ref\.?))?[ \t]*[:#]?[ \t]*`;
const NUMBER_MARK_REQUIRED = String.raw`(?:[ \t]*(?:no\.?|number|#)[ \t]*[:#]?|[ \t]*[:#])[ \t]*`;

const RULES: readonly CueRule[] = [
  {
    type: 'other_id',
    ruleId: 'interpreter_id',
    words: ['nterpret'],
    re: new RegExp(
      String.raw`\binterpret(?:er|ing)(?:[ \t]+(?:call|service))?[ \t]+(?:id|no\.?|number|#|session(?:[ \t]+(?:id|no\.?|number|#))?)[ \t]*[:#]?[ \t]*(${REF})${REF_END}`,
      'dgi',
    ),
    minDigits: 4,
  },
  {
    // A visit's session by its number ("video session no. 77310582"); a "session id" is a system's.
    type: 'other_id',
    ruleId: 'session_id',
    words: ['ession'],
    re: new RegExp(String.raw`\bsession[ \t]+(?:no\.?|number|#)[ \t]*[:#]?[ \t]*(${REF})${REF_END}`, 'dgi'),
    minDigits: 5,
  },
  {
    type: 'other_id',
    ruleId: 'court_file',
    words: ['court', 'Court', 'on file', 'file no', 'File no'],
    re: new RegExp(
      String.raw`\b(?:court(?:[ \t]+(?:file|order|case|matter)${NUMBER_MARK}|${NUMBER_MARK_REQUIRED})|(?:order|orders|judgment|decree)[ \t]+on[ \t]+file[ \t]*[:#]?[ \t]*|file[ \t]+(?:no\.?|number|#)[ \t]*[:#]?[ \t]*)(${REF})${REF_END}`,
      'dgi',
    ),
    minDigits: 4,
  },
  {
    // Centrelink's customer reference number: nine digits and a check letter.
    type: 'other_id',
    ruleId: 'centrelink_crn',
    words: ['crn', 'CRN', 'Crn', 'entrelink'],
    re: /\b(?:centrelink[ \t]+)?(?:crn|customer reference(?:[ \t]+(?:no\.?|number))?)[ \t]*[:#]?[ \t]*(\d{3}[ \t]?\d{3}[ \t]?\d{3}[ \t]?[A-Z])(?![\w-])/dgi,
    minDigits: 9,
    value: /^\d{3}[ \t]?\d{3}[ \t]?\d{3}[ \t]?[A-Z]$/,
  },
  {
    // A letter's reference to the patient: "Your ref 849-5698", "Our ref: 22819304".
    type: 'mrn',
    ruleId: 'letter_reference',
    words: ['our ref', 'Our ref', 'OUR REF'],
    re: new RegExp(String.raw`\b(?:your|our)[ \t]+ref(?:erence)?\.?${NUMBER_MARK}(${REF})${REF_END}`, 'dgi'),
    minDigits: 5,
  },
  {
    // A bare "ID" written in capitals before a long number: the patient's local number.
    type: 'mrn',
    ruleId: 'bare_id',
    words: ['ID '],
    re: /(?<![\w-])ID[ \t]*:?[ \t]+((?:[A-Z]{1,3}-?)?\d{3,10}(?:-\d{3,8})?)(?![\w-]|[.,/]\d)/dg,
    minDigits: 6,
    notAfter:
      /(?:snomed(?:[ \t]+ct)?|loinc|icd(?:-?10|-?9)?(?:-cm)?|cpt|rxnorm|rxcui|ndc|umls|cui|concept|code)[ \t]*$/i,
  },
  {
    // A specimen's, a sample's or an aliquot's barcode after its name ("Specimen: BB23-515097-BC
    // (blood)", "aliquot 8017898348.3"); a volume or a count after the word stays.
    type: 'other_id',
    ruleId: 'specimen_id',
    words: [
      'pecimen:',
      'PECIMEN:',
      'pecimen id',
      'pecimen ID',
      'pecimen no',
      'pecimen #',
      'ample ID',
      'ample id',
      'liquot',
      'LIQUOT',
      'iobank',
    ],
    re: new RegExp(
      String.raw`\b(?:specimen|sample|aliquot|biobank)(?:[ \t]+(?:id|no\.?|number|#|barcode|label))?[ \t]*[:#]?[ \t]*(${CASE_REF})${CASE_REF_END}`,
      'dgi',
    ),
    minDigits: 5,
    value: CASE_NUMBER,
  },
  {
    // A registry's, an ambulance run's or a case investigation's number: "Accession/Seq:
    // OB-9416-982/01", "per EMS run TR2381785", "CI notes TR2319684", "rerun of 23MB8497761".
    type: 'other_id',
    ruleId: 'case_number',
    words: [
      'ccession/',
      'MS run',
      'mbulance run',
      'ncident run',
      'erun of',
      'e-run of',
      'I notes',
      'ase notes',
      'ase report',
      'ase file',
      'nvestigation notes',
      'nvestigation report',
      'nvestigation file',
    ],
    re: new RegExp(
      String.raw`\b(?:accession[ \t]*/[ \t]*seq(?:uence)?|(?:EMS|ambulance|incident)[ \t]+run|re-?run[ \t]+of|(?:CI|case|investigation)[ \t]+(?:notes?|report|file))(?:[ \t]+(?:no\.?|number|#))?[ \t]*[:#]?[ \t]*(${CASE_REF})${CASE_REF_END}`,
      'dgi',
    ),
    minDigits: 5,
    value: CASE_NUMBER,
  },
];

/**
 * A user name signing a review or a post: a letter-led handle with an underscore, or a dot and
 * digits; or lower-case letters run into digits ending the line ("by tovan482").
 */
/** Words a number runs into in notes ("by day14", "by wk12"): counts, not user names. */
const COUNTED_WORDS = new Set(
  'day days week weeks wk wks month months year years yr yrs hour hours hr hrs min mins dose doses cycle cycles visit visits stage grade level step room bed ward page line item ver rev build patch release sprint phase cohort arm group batch lot'.split(
    ' ',
  ),
);
const RUN_HANDLE_RE = /[ \t]*@?([a-z]{3,}\d{2,6})(?=[ \t]*(?:$|[\n»|·•]))/dmy;
const HANDLE_RE =
  /[ \t]*@?([A-Za-z][A-Za-z0-9]+(?:[._][A-Za-z0-9]+)+)(?=[ \t]*(?:$|[\n»|·•(]|[ \t]-|[ \t]on\b|[ \t]\d))/dmy;

const HANDLE_RES = [HANDLE_RE, RUN_HANDLE_RE];
const RUN_HANDLE_ONLY = [RUN_HANDLE_RE];

function digitCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/** Each rule's cue words as written and capitalized, made once. */
const CUES = new Map(
  RULES.map((rule) => [
    rule,
    [...new Set(rule.words.flatMap((w) => [w, (w[0]?.toUpperCase() ?? '') + w.slice(1)]))],
  ]),
);

/**
 * Every rule's cue words as one expression: a text none of them may be in (told from its
 * characters and their pairs before any search) skips the rules without a look-up per word.
 */
const ANY_CUE = new RegExp(
  [...new Set([...CUES.values()].flat())].map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'),
);

function mentions(ctx: ScanContext, rule: CueRule): boolean {
  for (const w of CUES.get(rule) ?? []) if (ctx.includes(w)) return true;
  return false;
}

/** The user names after each "by " a word does not end ("nearby " is no cue). */
function userHandles(ctx: ScanContext): void {
  const { text, out } = ctx;
  const dotted = ctx.includes('_') || ctx.includes('.');
  for (let at = text.indexOf('by '); at >= 0; at = text.indexOf('by ', at + 3)) {
    const before = text.charCodeAt(at - 1);
    if (at > 0 && (isWordCode(before) || before === 0x2d)) continue;
    for (const re of dotted ? HANDLE_RES : RUN_HANDLE_ONLY) {
      re.lastIndex = at + 2;
      const m = re.exec(text);
      const span = m?.indices?.[1];
      if (!m || !span) continue;
      const value = m[1] ?? '';
      const accepted = re === RUN_HANDLE_RE ? !COUNTED_WORDS.has(value.replace(/\d+$/, '')) : isHandle(value);
      if (accepted) {
        out.push({ start: span[0], end: span[1], type: 'other_id', ruleId: 'user_handle' });
        break;
      }
    }
  }
}

function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

function isHandle(v: string): boolean {
  if (v.includes('_')) return true;
  // "ezekiel.166": a dot and digits; a version ("v2.1") or a domain holds no such word first.
  return /^[A-Za-z]{3,}[A-Za-z0-9]*\.\d+$/.test(v);
}

export const cueIds: Detector = {
  id: 'cue_ids',
  types: ['other_id', 'mrn'],
  run(ctx: ScanContext) {
    const { text, out, skip } = ctx;
    if (ctx.hasDigit && ctx.test(ANY_CUE)) {
      for (const rule of RULES) {
        if (skip?.has(rule.type) || !mentions(ctx, rule)) continue;
        rule.re.lastIndex = 0;
        for (let m = rule.re.exec(text); m !== null; m = rule.re.exec(text)) {
          const span = m.indices?.[1];
          const value = m[1] ?? '';
          if (!span || digitCount(value) < rule.minDigits || !(rule.value ?? ISSUED_NUMBER).test(value))
            continue;
          if (rule.notAfter?.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
          out.push({ start: span[0], end: span[1], type: rule.type, ruleId: rule.ruleId });
        }
      }
    }
    if (!skip?.has('other_id') && ctx.includes('by ')) userHandles(ctx);
  },
};
