/**
 * Identifiers after a label the engine has no entry for. Records everywhere print their own
 * numbers after their own labels ("HN: HN637726981", "TRN: 145-770-790", "NHIA no. NHIA/DS/07",
 * "Docket #: 7625", "folder 35566/88", "reg. UK/OH/67285"), and no list of labels is ever whole.
 * A label here is an acronym in capitals (perhaps with "no.", "#", "number", "ID" or "card"
 * after it), a word with "no." or "#" after it, or a record's noun (folder, docket, reg.); the
 * value is identifier-shaped: letters and digits mixed, five digits or more, or groups joined
 * by '-', '/' or '.'. What reads as a measurement (a lab or vital sign's abbreviation, a unit
 * after the value, a decimal, a ratio), a code after its system's name, a date, a year, a
 * version, an amount after its currency or a telephone number after its own label is left alone.
 * It runs after the detectors that know their labels, and leaves what they found as they read it.
 * A label inside a delimited record (an X12 element's qualifier "HC:", an HL7 component) is the
 * format's, not a writer's: a label after '*', '|', '^', '~' or ':' is none.
 */
import { digitCount } from '../char-codes';
import { snomedIdValid } from '../checksums';
import type { DetectedSpan, PhiType } from '../types';
import type { Detector, ScanContext } from './detector';
import { isMakersModel } from './devices';
import { isSystemUuid } from './uuid';
import { CLINICAL_WORDS } from './word-lists';

/**
 * An acronym label, a word with its number word, a record's noun, or a word the value's own
 * letters abbreviate ("invoice INV-774611"); then the separators and the value: capitals before
 * it perhaps ("NHF 3464227"), letters and digits in joined groups, or digit groups parted by
 * spaces ("2575 8496 5345").
 */
const CUED_VALUE = new RegExp(
  String.raw`(?<![\w/.+*|^~:-])(?:(?<acronym>[A-Z]{2,7}(?:-[A-Z]{2,5})?)(?![A-Za-z0-9])(?:[ \t]+(?:[Nn]o\.?|[Nn]umber|ID|[Cc]ard)|[ \t]*#)?` +
    String.raw`|(?<word>[A-Za-z][a-z]{1,15})(?:[ \t]+(?:no\.?|No\.?|number)|[ \t]*#)` +
    String.raw`|(?<noun>[Ff]older|[Dd]ocket|[Rr]egn?\.|[Rr]egistration|[Cc]all|CALL|[Ll]ast-?4|LAST-?4|[Cc]heck\/EFT|CHECK\/EFT)` +
    String.raw`|(?<whole>[a-z]{4,15})(?=[ \t]+[A-Z]{2,5}-?\d))` +
    String.raw`[ \t]*[:#=]?(?:\*\*|__)?[ \t]{0,3}\(?` +
    String.raw`(?<value>\d{3,6}(?: \d{3,6}){1,3}(?![ \t]?[\w-])|(?:[A-Z]{2,6} (?=\d))?[A-Za-z0-9]{1,24}(?:[-/.][A-Za-z0-9]{1,12}){0,4}(?:[ \t]?\([0-9A-Z]\))?)(?![\w@-]|[./:]\w)`,
  'g',
);

/**
 * A registration that names its own register in front ("MDC/RN/87002", "HPCZ/MP/40121"): an
 * acronym, one or two short letter groups and the number, joined by slashes.
 */
const SELF_NAMED = /(?<![\w/.-])[A-Z]{2,6}(?:\/[A-Z]{1,4}){1,2}\/\d{4,8}(?![\w/-])/g;

/**
 * Labels of measurements, codes, standards, amounts and telephone numbers (lower case): a
 * value after them is no person's identifier ("WBC 12500", "CPT 99213", "ISO 13485", "KES 25000").
 */
const NOT_ID_LABELS = new Set(
  // Vital signs, laboratory tests, scores and statistics.
  (
    'bp sbp dbp map hr rr pr sats spo temp bmi gcs hb hgb hct wcc wbc rbc plt crp esr inr aptt pt alt ast alp ggt ldh ck cpk ' +
    'tsh psa cea afp hcg bnp na cl ca mg po vl cd egfr gfr acr uacr pcr upcr bsl rbs fbs ogtt ' +
    'ecg ekg eeg emg mri ct cxr usg echo apgar nihss asa mews news ews cfr ci or iqr sd se auc ppv npv nnt hr ' +
    // Code systems, registries of codes, standards and publications.
    'icd cpt hcpcs rvs rvu ccam ops loinc snomed sct ndc drg atc opcs achi mbs hgvs omim mim meddra cas unii rxcui gtin upc ean gs ' +
    'iso iec en bs din astm ieee ansi hl fhir dicom rfc pmid pmc doi isbn issn nct isrctn ctri irb ind fda ' +
    'sop cve cwe sha md utc gmt tcp udp http https api port pid tid ver rev ' +
    // Currencies.
    'usd eur gbp kes zar ngn ghs inr php jmd hkd sgd aud cad nzd rs ksh ' +
    // Telephone labels: the telephone detectors read what follows them.
    'tel ph fax mob hp cell ' +
    // Words whose numbers are counts, places or batches.
    'lot batch version build page room bed ward floor step item line table figure fig cycle dose grade stage ' +
    'week day visit question section chapter part phase model cat catalogue catalog serial phone telephone ' +
    'mobile contact cell fax house flat unit plot po ' +
    // A clinician's credential before a number ("RN 482113" is a licence only with its label), a message's header words.
    'rn md do np pa lpn to from cc re fw fwd ' +
    // A medicine's form and salt ("DIVALPROEX SOD DR 250MG").
    'sod hcl dr er xr sr cr xl la tab tabs cap caps inj soln susp ' +
    // Dates' and postcodes' labels: the date and postcode detectors read what follows them.
    'dob dod doa edd lmp date cep plz zip postcode'
  ).split(' '),
);

/** A unit or a count's noun after the value: a measurement, not an identifier ("45000 copies/mL"). */
const UNIT_AFTER =
  /^[ \t]?(?:%|×|x\b|[a-zµμ]{1,5}\/[A-Za-z]|(?:mg|mcg|ug|µg|g|kg|ng|pg|ml|mL|L|dl|dL|mmol|umol|µmol|IU|iu|U|units?|cells|copies|bpm|mmHg|cm|mm|km|kcal|steps|pts|patients|cases|people|times|per|min|hrs?|days?|beds|rooms|staff|members|users|visits|calls)\b)/;
/** A date, a year or a span of years, a ratio ("122/60"). */
/** A dose glued to its unit ("250MG", "0.5ml"), a time since 1970 in seconds or milliseconds. */
const DOSE_OR_EPOCH = /^(?:\d+(?:[.,]\d+)?(?:mg|mcg|ug|g|ml|l|iu|units?|meq|mmol)|1\d{9}(?:\d{3})?)$/i;
/** A date run together ("19840317", "11SEP1942") or a timestamp's ("2024-12-07T02…"): the date detectors read it. */
const COMPACT_DATE =
  /^(?:(?:19|20)\d{6}(?:T\d{4,6}Z?)?|\d{1,2}[A-Za-z]{3}\d{2,4}|(?:19|20)\d\d-\d\d-\d\dT.*)$/;
/** India's postal index number is six digits ("PIN 560001"); a PhilHealth PIN has twelve. */
const POSTAL_PIN = /^\d{6}$/;
const NOT_ID_VALUE =
  /^(?:\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|(?:19|20)\d\d(?:[-/](?:19|20)?\d\d)?|\d{2,3}\/\d{2,3})$/;
/** A decimal or a version ("12.5", "3.5.14-hf3"): digits on both sides of a dot. */
const DECIMAL = /\d[.,]\d/;
/** Five digits alone after an acronym are as often a procedure's code ("LSCS 59510"): they need a colon, '#' or "no." too. */
const FIVE_DIGITS = /^\d{5}$/;
const NUMBER_MARK = /(?:[:#]|\b[Nn]o\.?|[Nn]umber)[ \t*_(]*$/;

const GLUED_FIELD = /^[A-Z-]+[:=]$/;

/** Label words that say what kind of number follows (lower case). */
const KIND_OF_LABEL: ReadonlyMap<string, PhiType> = new Map([
  ...'hn hosp hospital folder docket uhid ip op ipd opd crn mrn chart file record ur urn'
    .split(' ')
    .map((w) => [w, 'mrn'] as const),
  ...'member plan nhf nhia nhis nhif shif hmo pm-jay pmjay insurance policy medicare medicaid philhealth scheme'
    .split(' ')
    .map((w) => [w, 'health_plan'] as const),
  ...'reg. regn. registration mdcn mdc sacssp hpcsa gmc nmc licence license council'
    .split(' ')
    .map((w) => [w, 'license'] as const),
  // "check/EFT 635341761314": a remittance's payment trace, the payee's account's record.
  ...'invoice claim billing account acct eft check/eft'.split(' ').map((w) => [w, 'account'] as const),
]);

/** "Last4", "last-4": the label of an initial and four figures. */
const LAST_FOUR_LABEL = /^last-?4$/;
const INITIAL_AND_FOUR = /^[A-Z]\d{4}$/;

/** Capitals the value opens with before a space ("NHF 3464227"): none may be a code system's name. */
const LEADING_CAPITALS = /^([A-Z]{2,6}) /;

function isIdShaped(value: string): boolean {
  const digits = digitCount(value);
  if (digits >= 5) return true;
  // "HN63772", "C654429": letters and at least three digits in one token of six characters.
  return digits >= 3 && value.length >= 6 && /[A-Za-z]/.test(value);
}

/** Whether the capitals opening `value` abbreviate `word`: its first letter, the rest in order ("CLM" of "claim"). */
function abbreviates(value: string, word: string): boolean {
  const lead = /^[A-Z]{2,5}/.exec(value)?.[0].toLowerCase() ?? '';
  if (lead.length < 2 || lead[0] !== word[0]) return false;
  let at = 1;
  for (let i = 1; i < lead.length; i++) {
    at = word.indexOf(lead[i] as string, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** A diagnosis's or a test's abbreviation ("CKD", "DM", "HTN"): a SNOMED concept's number after it is its code. */
const CLINICAL_ABBREVIATIONS = new Set(
  CLINICAL_WORDS.split(/\s+/).filter((w) => w.length >= 2 && w.length <= 5),
);

/** A sequence variant's notation ("p.Val142Ile", "c.20A>T"): a gene's name is written before it. */
const VARIANT = /^[cgmnpr]\./;

function accepted(
  text: string,
  m: RegExpExecArray,
  offset: number,
  label: string,
  value: string,
  valueStart: number,
): boolean {
  if (NOT_ID_LABELS.has(label) || VARIANT.test(value)) return false;
  // "Last4 R5732": a veteran's short id, the initial of the surname and the last four of the SSN.
  if (LAST_FOUR_LABEL.test(label)) return INITIAL_AND_FOUR.test(value);
  if (!isIdShaped(value)) return false;
  // A maker's name in capitals and its model's code ("VOCERA B3000N") name a device, no one's number.
  if (m.groups?.acronym !== undefined && isMakersModel(label, value)) return false;
  if (m.groups?.whole !== undefined && !abbreviates(value, label)) return false;
  // Digit groups parted by spaces: nine digits at least ("2575 8496 5345", not "120 80").
  if (value.includes(' ') && /^\d/.test(value) && digitCount(value) < 9) return false;
  const lead = LEADING_CAPITALS.exec(value);
  if (lead && NOT_ID_LABELS.has((lead[1] as string).toLowerCase())) return false;
  const bare = lead ? value.slice(lead[0].length) : value;
  // Capitals before a short number are a test's or a drug's name ("FSBG 433", "DR 250MG").
  if ((lead && digitCount(bare) < 5) || DOSE_OR_EPOCH.test(bare)) return false;
  if (NOT_ID_VALUE.test(bare) || COMPACT_DATE.test(bare) || DECIMAL.test(bare)) return false;
  if (isSystemUuid('other_id', bare) || (label === 'pin' && POSTAL_PIN.test(bare))) return false;
  // "Anemia in CKD (399210005)": a concept's number with its check digit after the diagnosis it codes.
  if (CLINICAL_ABBREVIATIONS.has(label) && snomedIdValid(bare)) return false;
  const matchStart = m.index + offset;
  if (FIVE_DIGITS.test(value) && !NUMBER_MARK.test(text.slice(matchStart, valueStart))) return false;
  // "DTSTAMP:20250304T052438Z", "UID:visit-7731": a field name glued to its value is a format's, not a writer's label.
  if (m.groups?.acronym !== undefined && GLUED_FIELD.test(text.slice(matchStart, valueStart))) return false;
  const end = matchStart + m[0].length;
  return !UNIT_AFTER.test(text.slice(end, end + 10));
}

/** The lower-case label word a match is cued by. */
function labelOf(m: RegExpExecArray): string {
  const g = m.groups;
  return (g?.acronym ?? g?.word ?? g?.noun ?? g?.whole ?? '').toLowerCase();
}

/** Whether a detector before this one found something in [start, end): a label it knows, read as it reads it. */
function foundBefore(out: readonly DetectedSpan[], start: number, end: number): boolean {
  for (const s of out) if (s.start < end && start < s.end) return true;
  return false;
}

export const cuedIds: Detector = {
  id: 'cued_ids',
  types: ['other_id', 'mrn', 'health_plan', 'license', 'account'],
  run(ctx: ScanContext) {
    if (ctx.longestDigitRun < 2 || ctx.digits < 3 || !ctx.hasSpace) return;
    const { text, out, skip } = ctx;
    if (text.length < RUNS_FROM_LENGTH) cuedValuesIn(ctx, 0, text.length);
    else {
      const runs = numberedRuns(text);
      for (let r = 0; r < runs.length; r += 2) cuedValuesIn(ctx, runs[r] as number, runs[r + 1] as number);
    }
    if (!skip?.has('license') && ctx.includes('/')) {
      SELF_NAMED.lastIndex = 0;
      for (const m of text.matchAll(SELF_NAMED)) {
        const start = m.index ?? 0;
        if (!foundBefore(out, start, start + m[0].length))
          out.push({ start, end: start + m[0].length, type: 'license', ruleId: 'cued_id' });
      }
    }
  },
};

/**
 * Labels and values in text[from, to): the expression runs on that stretch with the character
 * before it (its look-behind) and the two after it (its look-aheads), the only ones it reads
 * beyond a match.
 */
function cuedValuesIn(ctx: ScanContext, from: number, to: number): void {
  const { text, out, skip } = ctx;
  const offset = from > 0 ? from - 1 : 0;
  const view = text.slice(offset, Math.min(text.length, to + 2));
  const limit = to - offset;
  CUED_VALUE.lastIndex = from - offset;
  for (let m = CUED_VALUE.exec(view); m !== null && m.index < limit; m = CUED_VALUE.exec(view)) {
    const label = labelOf(m);
    // The value closes the match (only a look-ahead follows it): its span is read from the
    // match's end, without the expression's indices (the 'd' flag costs every match an array per group).
    const value = m.groups?.value ?? '';
    const valueEnd = m.index + m[0].length;
    const start = valueEnd - value.length + offset;
    if (!accepted(text, m, offset, label, value, start)) {
      // What was taken for a value may be the next label ("QUELLAN   HN: HN55…").
      CUED_VALUE.lastIndex = valueEnd - value.length;
      continue;
    }
    const end = valueEnd + offset;
    const type = KIND_OF_LABEL.get(label) ?? 'other_id';
    if (!skip?.has(type) && !foundBefore(out, start, end)) out.push({ start, end, type, ruleId: 'cued_id' });
  }
}

/**
 * The stretches of `text` a cued value may be in, as [start, end) pairs. A match of
 * `CUED_VALUE` holds only ASCII letters, digits, blanks and the marks - # . : = * _ ( ) /: any
 * other character (a comma, a quote, a line break) parts the text into pieces no match crosses, and an accepted
 * value has three digits, so a piece with fewer is passed over (the expression, run from the
 * piece after it, finds what it would have found had it read the piece). Pieces are joined
 * across short gaps: a stretch costs a slice and a search.
 */
export function numberedRuns(text: string): number[] {
  const runs: number[] = [];
  let pieceStart = 0;
  let digits = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : -1;
    if (c >= 0x30 && c <= 0x39) digits++;
    else if (c < 0 || !IN_CUED_MATCH[c]) {
      if (digits >= 3) {
        const last = runs.length - 1;
        if (last > 0 && pieceStart - (runs[last] as number) <= JOIN_GAP) runs[last] = i;
        else runs.push(pieceStart, i);
      }
      pieceStart = i + 1;
      digits = 0;
    }
  }
  return runs;
}

/** A shorter text is searched whole: parting it would cost more than the search it saves. */
const RUNS_FROM_LENGTH = 96;

/** Pieces closer than this are searched as one stretch. */
const JOIN_GAP = 24;

/** The characters a match of `CUED_VALUE` may hold, by code (ASCII only). */
const IN_CUED_MATCH: Uint8Array = (() => {
  const set = new Uint8Array(128);
  const chars = ' \t-#.:=*_()/0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
  for (const ch of chars) set[ch.charCodeAt(0)] = 1;
  return set;
})();
