/**
 * Identifiers known by the words in front of them: "MRN 0012345", "Member ID: XKJ123456",
 * "acct# 88812", "DL D1234567", "S/N 12AB3456", "license plate ABC 1234". Each token holding a
 * digit is a candidate; the last few words before it are looked up in one phrase table, so
 * the cost grows with the numbers in a text, not with the number of labels.
 */

import { isDigit } from '../char-codes';
import { npiValid } from '../checksums';
import type { PhiType } from '../types';
import type { Detector } from './detector';
import { isValueRange } from './scores-and-ranges';
import { isSystemUuid, UUID } from './uuid';

/** Words that turn a noun into a label: "patient id", "policy no", "claim #". */
const NUM_WORDS = ['number', 'num', 'no', '#', 'id', 'identifier', 'nbr'];

interface Family {
  type: PhiType;
  ruleId: string;
  /** Labels on their own. */
  labels: string;
  /** Nouns that are labels only with a number word after them. */
  nouns: string;
  /** Labels too common to trust alone: the value needs at least this many digits. */
  minDigits?: number;
  /** The value must mix letters and digits like a serial number ("JCT098002E", "BC7810-9374"). */
  mixed?: boolean;
  /** Phrases that name a code or a system's own id, not a person's: the value stays. */
  keep?: boolean;
  /** Words that must come earlier in the value's line ("INS: … ID 0303503"). */
  line?: RegExp;
  /** Words that must stand somewhere on the value's line, before or after it ("Device: … Lot … S/N …"). */
  around?: RegExp;
  /** The label is printed as the number's prefix ("HAR 0002290560"): the span covers it too. */
  withLabel?: boolean;
  /** Words before the value that make the label something else ("on file"). */
  unless?: RegExp;
  /** A range of values after the label is a laboratory reference range ("ref 30-400"), not a number. */
  notRange?: boolean;
}

/** A biometric source ("palm vein") with an optional artefact ("template", "hash"). */
function biometricLabels(): string {
  const sources = [
    'fingerprint',
    'finger print',
    'thumbprint',
    'voiceprint',
    'voice print',
    'voice',
    'retina',
    'retina scan',
    'retinal scan',
    'retinal',
    'iris',
    'iris scan',
    'faceprint',
    'face print',
    'face',
    'facial',
    'facial scan',
    'facial geometry',
    'face geometry',
    'hand geometry',
    'palm',
    'palm print',
    'palmprint',
    'palm vein',
    'finger vein',
    'vein',
    'vein pattern',
    'footprint',
    'foot print',
    'handprint',
    'gait',
    'biometric',
    'dna',
    'dna sample',
    'dna profile',
    'keystroke',
  ];
  const artefacts = [
    '',
    ' template',
    ' hash',
    ' id',
    ' ref',
    ' reference',
    ' record',
    ' file',
    ' sample',
    ' scan',
    ' data',
    ' signature',
    ' profile',
    ' template id',
    ' print',
  ];
  const out: string[] = [];
  for (const s of sources)
    for (const a of artefacts)
      if (
        a !== '' ||
        ![
          'voice',
          'face',
          'facial',
          'palm',
          'vein',
          'gait',
          'dna',
          'iris',
          'retina',
          'retinal',
          'keystroke',
        ].includes(s)
      )
        out.push(s + a);
  return out.join('|');
}

const FAMILIES: Family[] = [
  {
    type: 'vehicle',
    ruleId: 'license_plate',
    labels:
      'license plate|licence plate|plate|license tag|tag|vin|vehicle identification number|registration|plate number|reg|rego|number plate|registration mark',
    nouns: 'vehicle|tag|registration|plate|license plate',
  },
  {
    type: 'mrn',
    ruleId: 'mrn_context',
    labels:
      'mrn|mr #|mr no|file no|file #|file number|hosp no|hospital no|medical record|medical record number|med rec|med rec #|chart|pt #|pt id|unit number|hosp #|urn|pid|nhs|nhs number|chi|chi number|ipp|patientennummer|pat nr|pat-nr|fallnummer|expediente|historia clinica|dossier|n° dossier',
    nouns:
      'patient|chart|hospital|record|medical record|ehr|emr|med rec|mr|hosp|pat|pt|unit|case file|clinic|health record|health card|hospital record',
  },
  {
    type: 'health_plan',
    ruleId: 'health_plan_context',
    labels:
      'healthcare #|health #|dental #|insurance #|cal #|aetna #|unitedhealthcare #|cigna #|humana #|anthem #|molina #|kaiser #|tricare #|bcbs #|ambetter #|centene #|wellcare #|seguro|seguro #|póliza|poliza|medicaid|medicare|beneficiary|hicn|mbi|health plan|member|plan member|enrollee|subscriber|cin|insurance card|health card|hcn|ohip|carte vitale|versichertennummer|krankenkasse|nhi|nhi no|ppsn|pps no|pps number|ihi|health number|health card no|medical card|medicare card|gms|gms no|gms number',
    nouns:
      'member|subscriber|policy|group|insurance|insured|medicaid|medicare|beneficiary|health plan|plan|insurance member|policy holder',
  },
  {
    type: 'account',
    ruleId: 'account_context',
    labels: 'account|acct|a/c|billing account|iban|routing|bank account|claim',
    nouns: 'account|acct|billing|invoice|claim|routing|guarantor|bank account',
  },
  {
    // A hospital account record number, printed with its prefix: "HAR 0002290560".
    type: 'account',
    ruleId: 'account_context',
    labels: 'har|har #|har no|hospital account|hospital account record',
    nouns: 'hospital account|har',
    withLabel: true,
  },
  {
    type: 'license',
    ruleId: 'license_context',
    labels:
      "license|licence|lic|lic #|dl|driver's license|drivers license|driver license|driver's licence|cdl|npi|dea|dea registration|passport|state id|upin|medical license|nursing license|certificate|gmc|gmc no|nmc|nmc pin|ahpra|ahpra no|cpso|cpso no|mcnz|imc|imc no|hcpc|gphc|college no|registration no|practitioner no|prescriber no|license check|licence check|license lookup|licence lookup|license verification|licence verification|npi lookup|npi check|dea check",
    nouns: "license|licence|certificate|cert|npi|dea|passport|driver's license|drivers license|dl",
  },
  {
    // "EMT, Ohio cert 326454", "paramedic certification P-40913": a clinician's certificate, which
    // a crew list or a credential line prints after the certifying state or the role.
    type: 'license',
    ruleId: 'license_context',
    labels: 'cert|certification|cert #|cert no',
    nouns: '',
    minDigits: 4,
    notRange: true,
  },
  {
    type: 'device',
    ruleId: 'device_context',
    labels:
      'serial|s/n|sn|serial number|udi|imei|meid|device serial|implant serial|pacemaker serial|lot/serial|serial/lot|lot/sn',
    nouns: 'serial|device|implant|pump|pacemaker',
  },
  {
    // "Device: … Lot FK937575  S/N …", "Influenza vaccine … Lot #: 2004311": an implant's or a
    // vaccine's lot, which with the product traces the very unit a person received, on a line
    // about the device or the dose (a shipment's "lot AB1234564 shipped" stays; four digits at
    // least: a street's "Lot 37" has fewer).
    type: 'device',
    ruleId: 'device_context',
    labels: 'lot|lot #|lot no|lot number|lot nr|lot num',
    nouns: '',
    minDigits: 4,
    notRange: true,
    around:
      /\b(?:device|implant(?:ed|s)?|catheter|stent|graft|port|pump|lead|valve|prosthesis|mesh|pacemaker|defibrillator|sensor|picc|needle|serial|s\/n|sn|udi|exp|expiry|expiration|mfr|manufacturer|vaccines?|vaccinated|vaccination|immuni[sz]ation|cvx|dose|given|administered|im|sc|deltoid|thigh)\b/i,
  },
  {
    type: 'biometric',
    ruleId: 'biometric_context',
    labels: biometricLabels(),
    nouns:
      'fingerprint|footprint|voiceprint|biometric|retina scan|iris scan|faceprint|palm print|dna sample|template',
  },
  {
    type: 'photo',
    ruleId: 'photo_context',
    // "full-face photograph on file PH-4314408": the reference a release form gives the photo it holds.
    labels:
      'photo|photograph|headshot|mugshot|selfie|photo file|photo on file|photograph on file|photographs on file|image on file|picture on file',
    nouns: 'photo|image|photograph',
  },
  {
    type: 'other_id',
    ruleId: 'other_id_context',
    labels:
      'accession|acc|accn|acc #|confirmation code|national id|tax id|ein|tin|itin|fin|csn|enc #|ref #|reference #|reference number|sin|nir|insee|pesel|bsn|personnummer|cpr|dni|nie|curp|cpf|aadhaar|nric|tfn|ahv|national insurance|nino|id card|identity card|rx #|phn|personal health number|registry',
    nouns:
      'case|encounter|visit|episode|accession|specimen|requisition|order|employee|badge|student|admission|confirmation|ticket|ref|reference|lab|sample|rx|prescription|staff|national|identity|social insurance|personal|registry|immunization registry|transcript|recording',
  },
  {
    // "ID# XEH882910334", "badge 88213": such a label says only that an identifier follows.
    type: 'other_id',
    ruleId: 'id_context',
    labels: 'id #|id no|ident|badge|emp|empl|emp #|emp no',
    nouns: '',
    minDigits: 3,
  },
  {
    // "Rx 8035484": a prescription number (a dose after "Rx" has fewer digits: "Rx 40 mg").
    type: 'other_id',
    ruleId: 'other_id_context',
    labels: 'rx',
    nouns: '',
    minDigits: 5,
  },
  {
    // "Keystone Mutual PPO  W961449693", "… Senior Advantage ZN6363818": a member's number printed
    // right after the payer's product, whose last word names a kind of plan or insurer.
    type: 'health_plan',
    ruleId: 'health_plan_context',
    labels: 'advantage|hmo|ppo|epo|trust|mutual|insurance|assurance|plan',
    nouns: '',
    minDigits: 6,
    notRange: true,
    // Right after the product: with a number word between ("Trust no. TQ-583301") the label is another's.
    unless: /(?:\b(?:no|nr|num|nbr|number)\b\.?|#)[ \t:#]*$/i,
  },
  {
    type: 'health_plan',
    ruleId: 'group_context',
    labels: 'group|grp',
    nouns: '',
    minDigits: 4,
  },
  {
    // "lookup failed for patient 0008737517": a patient named by a long number is named by their record's.
    type: 'mrn',
    ruleId: 'mrn_context',
    labels: 'patient',
    nouns: '',
    minDigits: 6,
    notRange: true,
  },
  {
    // "Please merge 54429378 into 6971925": the two records of one patient a merge request names.
    type: 'mrn',
    ruleId: 'mrn_context',
    labels: 'merge|into',
    nouns: '',
    minDigits: 6,
    line: /\bmerge\b/i,
  },
  {
    // "intake/5900602/PXL_….jpg", "photos/832E03852/": a person's folder named by their record's number.
    type: 'mrn',
    ruleId: 'mrn_context',
    labels: 'person folder',
    nouns: '',
    minDigits: 6,
  },
  {
    // "encounter ENC386556576", "order 20376298", "ENC-4471920": an encounter's, an order's or a visit's
    // own number (seven digits at least: a CPT or LOINC code after "visit" or "order" has fewer).
    type: 'other_id',
    ruleId: 'other_id_context',
    labels: 'encounter|visit|order|admission|requisition|enc|ord',
    nouns: '',
    minDigits: 7,
    notRange: true,
  },
  {
    // "…, file T4864808": a chart's file number (not "on file 1234567893", which says it is recorded).
    type: 'mrn',
    ruleId: 'mrn_context',
    labels: 'file',
    nouns: '',
    minDigits: 5,
    unless: /\bon\s+file\W*$/i,
  },
  {
    // "Ref CM5295886", "PA ref JM62821952", "Incident #: PA-95608175", "episode PA-17754716",
    // "URGENT REFERRAL — PA2024410862": a reference, an authorization's, an incident's, an
    // episode's or a referral's number.
    type: 'other_id',
    ruleId: 'other_id_context',
    labels:
      'ref|pa ref|auth ref|prior auth|prior auth ref|authorization|auth|incident|incident #|episode|run #|run number|pcr #|pcr|referral',
    nouns: 'incident|episode|authorization|auth|run|pcr|referral',
    minDigits: 5,
    notRange: true,
  },
  {
    // "Job 86149561", "Dictation # 2132104", "case 2025-00412": a transcription's or a case's number.
    type: 'other_id',
    ruleId: 'other_id_context',
    labels:
      'job|job #|job no|dictation|dictation #|transcription|transcription #|doc #|document #|case|case file',
    nouns: '',
    minDigits: 5,
  },
  {
    // "Leads: RA JCT098002E", "Telemetry box PRA012775Y": a device's serial after the part it names.
    type: 'device',
    ruleId: 'device_context',
    labels:
      'lead|leads|ra|rv|lv|ra lead|rv lead|lv lead|telemetry|telemetry box|telemetry pack|transmitter|generator|receiver|sensor|pump|insulin pump|monitor|box|battery|controller|cgm|implant|device',
    nouns: '',
    minDigits: 4,
    mixed: true,
  },
  {
    // "INS: … BIN 244103 ID NWP028849212": a bare "ID" in a line about insurance.
    type: 'health_plan',
    ruleId: 'health_plan_context',
    labels: 'id',
    nouns: '',
    minDigits: 6,
    line: /\b(?:ins|insurance|insurer|payer|payor|plan|coverage|policy|medicaid|medicare|bcbs|hmo|ppo|pbm)\b/i,
  },
  {
    // Codes and a system's own ids: "SNOMED ID 84114007", "session id 88123456".
    type: 'other_id',
    ruleId: 'code_id',
    labels:
      'snomed id|snomed ct id|loinc id|concept id|code id|rxnorm id|cpt id|icd id|ndc id|session id|request id|trace id|span id|event id|message id|msg id|transaction id|correlation id|template id|order set id|build id|version id|schema id|tool id|call id|run id|job id',
    nouns: '',
    keep: true,
  },
];

/** Label phrase (words joined by one space) → family index. Earlier families win. */
const PHRASES = new Map<string, number>();
FAMILIES.forEach((f, i) => {
  const add = (p: string) => {
    if (!PHRASES.has(p)) PHRASES.set(p, i);
  };
  for (const l of f.labels.split('|')) add(l);
  for (const n of f.nouns.split('|')) if (n) for (const w of NUM_WORDS) add(`${n} ${w}`);
});
const MAX_WORDS = 4;

const DIGIT = /[0-9]/g;

/** Candidate values are runs of letters, digits and dashes that hold a digit: where the next digit is. */
function nextDigit(text: string, from: number): number {
  // A digit a few characters on is found sooner by hand than by starting the expression.
  const near = Math.min(text.length, from + 16);
  for (let i = from; i < near; i++) if (isDigit(text.charCodeAt(i))) return i;
  if (near === text.length) return -1;
  DIGIT.lastIndex = near;
  return DIGIT.test(text) ? DIGIT.lastIndex - 1 : -1;
}

function digitRunEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  return i;
}

function tokenChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45;
}

/**
 * The candidate value around a digit run: letters, digits and dashes, plus inner dots between
 * digit-bearing parts and one short letter prefix with a dot ("ZS.133071").
 */
function candidateAround(text: string, from: number, to: number): [number, number] {
  let start = from;
  while (start > 0 && tokenChar(text.charCodeAt(start - 1))) start--;
  let end = to;
  for (;;) {
    while (end < text.length && tokenChar(text.charCodeAt(end))) end++;
    // "12.5" or "ZS.133071.4": continue over a dot followed by a digit-bearing part.
    if (text.charCodeAt(end) === 46 && digitPartAfterDot(text, end)) end++;
    else break;
  }
  if (start >= 2 && text.charCodeAt(start - 1) === 46) {
    let p = start - 1;
    while (p > 0 && isLetter(text.charCodeAt(p - 1)) && start - p < 5) p--;
    if (p < start - 1 && (p === 0 || !isAlnum(text.charCodeAt(p - 1)))) start = p;
  }
  return [start, end];
}

/**
 * Whether the dot at `dot` opens a part that holds a digit within the 11 characters after it,
 * letters, digits and dashes only up to that digit (`/^\.[A-Za-z0-9-]*\d/` on those 12 characters).
 */
function digitPartAfterDot(text: string, dot: number): boolean {
  const stop = Math.min(text.length, dot + 12);
  for (let i = dot + 1; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) return true;
    if (!tokenChar(c)) return false;
  }
  return false;
}

/**
 * Digit groups that continue a labelled value: "DL# 947 031 073", "Medicare No: 7352 11609 9",
 * or digits spaced one by one: "MRN 1 2 3 4 5 6 7 8". A group never is the hour of a clock
 * time ("Visit 2024-04-22 15:03-15:05": the visit's times stay).
 */
const MORE_GROUPS = /^(?:(?:[ -]\d{2,5}){1,4}(?:(?<=\d{5}) \d)?|(?:[ -]\d){4,15})(?![\w-]|:\d)/;
/** An Indian state's letters and its transport office's number, opening a driving licence ("TN82", "MH-12"). */
const STATE_OFFICE = /^[A-Z]{2}-?\d{2}$/;
/** The licence's year of issue and seven figures after its state and office ("TN82 20055182910"). */
const INDIA_DL_TAIL = /^[ -]?(?:19|20)\d\d[ -]?\d{7}(?![\w-])/;
/** "P47649521*01": the member's person code after a subscriber's number, as a plan's card prints it. */
const PERSON_CODE = /^\*\d{2}(?![\w*-])/;
const LETTER_RE = /[A-Za-z]/g;
/** A decimal number alone: a measure ("plate 3.5", "tag 2.0"). */
const DECIMAL_SIZE = /^\d{1,3}[.,]\d{1,2}$/;
/** Capitals after a plate's digits: "914 PNM". */
const PLATE_LETTERS = /^ [A-Z]{2,4}(?![\w-])/;
/** A label glued to its value: "MRN0012345", "SN-99812X". */
const GLUED_RE = /^([A-Za-z]{2,5})[-#:]?(\d[A-Za-z0-9-]*)$/;

/** Only a token opening with two letters can be a glued label and value. */
function mayBeGlued(text: string, start: number): boolean {
  return isLetter(text.charCodeAt(start)) && isLetter(text.charCodeAt(start + 1));
}

/**
 * The family of a label glued to its value, when the value holds three characters or more: a
 * label's letters and one or two figures name a model ("DermLite DL4", "Monitor MX2"), no record.
 */
function gluedFamily(token: string): number {
  const glued = GLUED_RE.exec(token);
  if (!glued || (glued[2] as string).length < 3) return -1;
  return PHRASES.get((glued[1] as string).toLowerCase()) ?? -1;
}
/** Words between a label and its value: "MRN is …", "medical card? its …". */
const FILLERS = ['is', 'was', 'of', 'its', "it's"];
/** Between a label and its value: separators, a question's mark, "is", "was", "of", "its". */
const TRAILING_SEP = /(?:[\s:=.?-]|\b(?:is|was|of|its|it's)\b)*$/i;
/** A full stop and the end of its line between a word and the value. */
const SENTENCE_END = /^\.[ \t]*\r?\n/;
const WORD_RE = /[a-z][a-z'/]*|#/g;
const YEAR_ONLY = /^(?:19|20)\d\d$/;
/** A software version, alone or after a name and a slash ("viewer/2025.9.0", "viewer/v5.0" in "chart-viewer/v5.0"). */
const VERSION_TAIL = /(?:^|\/)(?:v\d{1,4}(?:\.\d{1,3}){1,3}|\d{1,4}(?:\.\d{1,3}){2,3})$/;
const LOOKBACK = 48;

/** Last words of every label phrase: a value whose preceding word is not one has no label. */
const LAST_WORDS = new Set<string>();
for (const phrase of PHRASES.keys()) LAST_WORDS.add(phrase.slice(phrase.lastIndexOf(' ') + 1));
let LONGEST_LAST_WORD = 0;
for (const word of LAST_WORDS) LONGEST_LAST_WORD = Math.max(LONGEST_LAST_WORD, word.length);
/**
 * First characters (with 0x20 set, so capitals fold to lower case) of the words looked at
 * below: a word opening with another one ("//records/") is no label and no filler.
 */
const FIRST_CHARS = new Set<number>();
for (const word of [...LAST_WORDS, ...FILLERS, 'd', "'s"]) FIRST_CHARS.add(word.charCodeAt(0) | 0x20);

function isSeparator(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x3a ||
    c === 0x3d ||
    c === 0x2e ||
    c === 0x2d ||
    c === 0x09 ||
    c === 0x0a ||
    c === 0x3f
  );
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 0x27 || c === 0x2f || c === 0x23;
}

/**
 * A hash of text[from, to) with ASCII capitals folded to small letters: the same for a word in
 * any mix of cases, so a word is looked up without cutting it out of the text.
 */
function foldedHash(text: string, from: number, to: number): number {
  let h = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    h = (Math.imul(h, 31) + (c >= 65 && c <= 90 ? c | 0x20 : c)) | 0;
  }
  return h;
}

function hashOf(word: string): number {
  return foldedHash(word, 0, word.length);
}

/**
 * The hashes of every word `mayEndWithLabel` reads before a value: the fillers it passes over,
 * "d" ("I.D."), the last words of the labels, and those ending in "s" written with "'s"
 * ("lead's" of "leads").
 */
const WORD_HASHES = new Set<number>([...FILLERS, 'd'].map(hashOf));
for (const word of LAST_WORDS) {
  WORD_HASHES.add(hashOf(word));
  if (word.endsWith('s')) WORD_HASHES.add(hashOf(`${word.slice(0, -1)}'s`));
}

/** Whether text[from, to) holds a '#' (searched within the word, not back to the text's start). */
function hasHash(text: string, from: number, to: number): boolean {
  for (let k = to - 1; k >= from; k--) if (text.charCodeAt(k) === 0x23) return true;
  return false;
}

/** Cheap test: the word before the separators could end a label ("…ID: ", "…acct# "). */
function mayEndWithLabel(text: string, at: number): boolean {
  let i = at - 1;
  for (let pass = 0; pass < 2; pass++) {
    while (i >= 0 && isSeparator(text.charCodeAt(i))) i--;
    const end = i + 1;
    while (i >= 0 && isWordChar(text.charCodeAt(i))) i--;
    const length = end - i - 1;
    if (length === 0) return false;
    // Longer than any last word, even with "'s": only a '#' in it can end a label.
    if (length > LONGEST_LAST_WORD + 1 || !FIRST_CHARS.has(text.charCodeAt(i + 1) | 0x20))
      return hasHash(text, i + 1, end);
    // A '#' ends a label ("acct#", "MRN#12"); a word whose folded hash no word below has cannot
    // be one, and is not cut out of the text to be looked up.
    if (hasHash(text, i + 1, end)) return true;
    if (!WORD_HASHES.has(foldedHash(text, i + 1, end))) return false;
    const word = text.slice(i + 1, end).toLowerCase();
    if (FILLERS.includes(word)) continue;
    // "I.D.": the analysis below reads it as "id".
    if (word === 'd' || LAST_WORDS.has(word)) return true;
    return word.endsWith("'s") && LAST_WORDS.has(`${word.slice(0, -2)}s`);
  }
  return false;
}

/** The family of the label that ends `head` (separators after it allowed), or -1. */
export function labelBefore(head: string): number {
  if (!mayEndWithLabel(head, head.length)) return -1;
  const sep = TRAILING_SEP.exec(head);
  // "…went to the pharmacy Rx.⏎2024-05-06 20:40:18 kim: …": a full stop closing its line ends the sentence, no label.
  if (sep && SENTENCE_END.test(sep[0])) return -1;
  const body = sep ? head.slice(0, sep.index) : head;
  if (body.length === 0) return -1;
  const words = body
    .slice(-LOOKBACK)
    .toLowerCase()
    .replace(/\bi\.\s?d\.?/g, 'id')
    .replace(/['’]s\b/g, '')
    .replace(/#/g, ' # ')
    .match(WORD_RE);
  if (!words) return -1;
  for (let k = Math.min(MAX_WORDS, words.length); k >= 1; k--) {
    const tail = words.slice(words.length - k);
    const family = PHRASES.get(tail.join(' ')) ?? PHRASES.get(tail.join(' ').replace(/'s\b/g, 's'));
    if (family !== undefined) return family;
    // "MRN #", "DEA no": a number word after a label that needs none.
    if (k > 1 && NUM_WORDS.includes(tail[tail.length - 1] as string)) {
      const bare = PHRASES.get(tail.slice(0, -1).join(' '));
      if (bare !== undefined) return bare;
    }
  }
  return -1;
}

function digitsIn(value: string): number {
  let n = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

const PLATE_FAMILY = FAMILIES.findIndex((f) => f.type === 'vehicle');

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** "plate ABC 1234": a short group, a space, the digits, after a vehicle label. */
function plateBefore(text: string, start: number): number {
  if (start < 3 || text.charCodeAt(start - 1) !== 0x20) return -1;
  let g = start - 1;
  while (g > 0 && tokenChar(text.charCodeAt(g - 1)) && start - 1 - g < 5) g--;
  const group = start - 1 - g;
  if (group < 1 || group > 4 || (g > 0 && tokenChar(text.charCodeAt(g - 1)))) return -1;
  if (!mayEndWithLabel(text, g)) return -1;
  return labelBefore(text.slice(Math.max(0, g - LOOKBACK), g)) === PLATE_FAMILY ? PLATE_FAMILY : -1;
}

/** Collections in a URI or path whose next segment is the identifier: `ehr://patients/0041123/notes`. */
const PATH_COLLECTIONS = new Map<string, string>([
  ['patients', 'patient id'],
  ['patient', 'patient id'],
  ['pt', 'patient id'],
  ['persons', 'patient id'],
  ['people', 'patient id'],
  ['person', 'patient id'],
  // A FHIR RelatedPerson: someone close to the patient, named by their own record's number.
  ['relatedperson', 'case id'],
  ['mrn', 'mrn'],
  ['charts', 'chart'],
  ['chart', 'chart'],
  ['members', 'member'],
  ['member', 'member'],
  ['subscribers', 'member'],
  ['beneficiaries', 'member'],
  ['accounts', 'account'],
  ['account', 'account'],
  ['encounters', 'encounter id'],
  ['encounter', 'encounter id'],
  ['visits', 'visit id'],
  ['cases', 'case id'],
  ['claims', 'claim id'],
  // A patient's document ("ehr://patients/0041123/documents/474286432"): the note's own number.
  ['documents', 'case id'],
  ['document', 'case id'],
  ['transcripts', 'case id'],
  ['recordings', 'case id'],
  ['admissions', 'case id'],
  ['referrals', 'case id'],
  ['prescriptions', 'case id'],
  ['specimens', 'case id'],
  ['intake', 'person folder'],
  ['photos', 'person folder'],
  // A FHIR Practitioner whose logical id is their NPI (checked by its Luhn digit, see pathFamily).
  ['practitioner', 'npi'],
  ['practitioners', 'npi'],
]);
/** Collections whose next segment is taken only when it passes the NPI check. */
const NPI_COLLECTIONS = new Set(['practitioner', 'practitioners']);

/** A collection name's length and first letter (either case), as one number. */
function shapeOf(length: number, first: number): number {
  return length * 128 + (first | 0x20);
}
const COLLECTION_SHAPES = new Set(
  [...PATH_COLLECTIONS.keys()].map((c) => shapeOf(c.length, c.charCodeAt(0))),
);

function pathFamily(text: string, start: number, end: number): number {
  // The collection opens after the previous slash, or is the first word of a reference
  // ("Patient/8812345", a FHIR reference).
  let from = start - 2;
  while (from >= 0 && start - 2 - from < 16 && isLetter(text.charCodeAt(from))) from--;
  const open = from < 0 ? -1 : text.charCodeAt(from);
  if (open !== 0x2f && from >= 0 && (isLetter(open) || isDigit(open) || open === 0x2e || open === 0x2d))
    return -1;
  const slash = from;
  // Every collection name is a word of 2 to 16 letters.
  if (start - 1 - slash > 16 || start - slash < 4 || !isLetter(text.charCodeAt(slash + 1))) return -1;
  // "records/1234": no collection has seven letters and opens with 'r'.
  if (!COLLECTION_SHAPES.has(shapeOf(start - 1 - slash - 1, text.charCodeAt(slash + 1)))) return -1;
  const collection = text.slice(slash + 1, start - 1).toLowerCase();
  const label = PATH_COLLECTIONS.get(collection);
  if (label === undefined || UUID.test(text.slice(start, end))) return -1;
  if (NPI_COLLECTIONS.has(collection) && !(end - start === 10 && npiValid(text.slice(start, end)))) return -1;
  return PHRASES.get(label) ?? -1;
}

/** Types whose values may join groups with ':' or '/' ("TP/671261/G", "3788:1786:6181"). */
const COMPOUND_TYPES = new Set<PhiType>([
  'biometric',
  'device',
  'other_id',
  'license',
  'health_plan',
  'mrn',
  'account',
]);
function isAlnum(c: number): boolean {
  return isLetter(c) || isDigit(c);
}

function isJoiner(c: number): boolean {
  return c === 0x2f || c === 0x3a;
}

/** Where `/(?:[A-Za-z0-9]+[/:])+$/` starts in text[floor, start): groups joined before `start`. */
function compoundHead(text: string, floor: number, start: number): number {
  let from = start;
  for (
    let p = start;
    p - 1 > floor && isJoiner(text.charCodeAt(p - 1)) && isAlnum(text.charCodeAt(p - 2));
  ) {
    p -= 2;
    while (p > floor && isAlnum(text.charCodeAt(p - 1))) p--;
    from = p;
  }
  return from;
}

/** Where `/^(?:[/:][A-Za-z0-9]+)+/` ends in text[end, ceiling): groups joined after `end`. */
function compoundTail(text: string, end: number, ceiling: number): number {
  let to = end;
  for (let p = end; p + 1 < ceiling && isJoiner(text.charCodeAt(p)) && isAlnum(text.charCodeAt(p + 1)); ) {
    p += 2;
    while (p < ceiling && isAlnum(text.charCodeAt(p))) p++;
    to = p;
  }
  return to;
}

/**
 * A value of groups joined by ':' or '/' with a label before its first group: the whole
 * compound as [start, end, family], or undefined. A date ("03/14/2025") or a path has no such label.
 */
function compoundValue(text: string, start: number, end: number): [number, number, number] | undefined {
  if (!isJoiner(text.charCodeAt(start - 1)) && !isJoiner(text.charCodeAt(end))) return undefined;
  // Found by character codes ("ehr://records/1234/17" is told from a compound by its first group).
  const from = compoundHead(text, Math.max(0, start - 24), start);
  if (from > 0 && !isSeparator(text.charCodeAt(from - 1))) return undefined;
  const to = compoundTail(text, end, Math.min(text.length, end + 32));
  if (from === start && to === end) return undefined;
  if (!mayEndWithLabel(text, from)) return undefined;
  const family = labelBefore(text.slice(Math.max(0, from - LOOKBACK), from));
  if (family < 0 || !COMPOUND_TYPES.has((FAMILIES[family] as Family).type)) return undefined;
  return [from, to, family];
}

export const labelledIds: Detector = {
  id: 'labelled_ids',
  types: FAMILIES.map((f) => f.type),
  run(ctx) {
    if (ctx.digits < 2) return;
    const text = ctx.text;
    let next = 0;
    for (let at = nextDigit(text, 0); at >= 0; at = nextDigit(text, next)) {
      const [tokenStart, end] = candidateAround(text, at, digitRunEnd(text, at));
      next = end;
      let start = tokenStart;
      let family = -1;
      // The whole token goes: "ACCT-8812885" names its own kind.
      if (mayBeGlued(text, tokenStart)) family = gluedFamily(text.slice(tokenStart, end));
      let stopAt = end;
      const compound = family < 0 ? compoundValue(text, start, end) : undefined;
      if (compound) {
        [start, stopAt, family] = compound;
        next = stopAt;
      }
      if (family < 0 && start > 1 && text.charCodeAt(start - 1) === 0x2f)
        family = pathFamily(text, start, end);
      if (family < 0) {
        // A label needs a separator before a value that starts with a letter ("licensee").
        if (start > 0 && isLetter(text.charCodeAt(start - 1))) continue;
        if (mayEndWithLabel(text, start))
          family = labelBefore(text.slice(Math.max(0, start - LOOKBACK), start));
        if (family < 0) family = plateBefore(text, start);
        if (family >= 0 && family === PLATE_FAMILY && !mayEndWithLabel(text, start)) {
          // "plate ABC 1234": the first group belongs to the value.
          start = text.lastIndexOf(' ', start - 2) + 1;
        }
      }
      if (family < 0) continue;
      let stop = stopAt;
      // "Reg. 914 PNM", "plate AB12 CDE": a plate's letter group after its digits.
      const letters = family === PLATE_FAMILY ? PLATE_LETTERS.exec(text.slice(end, end + 6)) : null;
      if (letters) {
        stop += letters[0].length;
        next = stop;
      }
      // "TN82 20055182910", "MH-12 2011 0062821": an Indian driving licence, its state and
      // office, then the year it was issued and its number.
      const dlTail =
        FAMILIES[family]?.type === 'license' && STATE_OFFICE.test(text.slice(start, end))
          ? INDIA_DL_TAIL.exec(text.slice(end, end + 16))
          : null;
      const more = letters || compound || dlTail ? dlTail : MORE_GROUPS.exec(text.slice(end, end + 24));
      if (more) {
        stop += more[0].length;
        next = stop;
      }
      const code =
        FAMILIES[family]?.type === 'health_plan' ? PERSON_CODE.exec(text.slice(stop, stop + 4)) : null;
      if (code) {
        stop += code[0].length;
        next = stop;
      }
      const value = text.slice(start, stop);
      const f = FAMILIES[family] as Family;
      if (value.length < 2 || YEAR_ONLY.test(value) || VERSION_TAIL.test(value) || ctx.skip?.has(f.type))
        continue;
      if (f.keep || (f.line && !f.line.test(text.slice(text.lastIndexOf('\n', start) + 1, start)))) continue;
      if (f.unless?.test(text.slice(Math.max(0, start - 24), start))) continue;
      if (f.around && !f.around.test(lineAround(text, start, stop))) continue;
      if (f.minDigits !== undefined && digitsIn(value) < f.minDigits) continue;
      if (f.notRange && isValueRange(value)) continue;
      // "locking plate 3.5 mm": a decimal after a plate is a size, never a registration.
      if (family === PLATE_FAMILY && DECIMAL_SIZE.test(value)) continue;
      // "Order ID 8f3c2a10-…", "dea23134-…" (a label's letters opening it): a system's key.
      if (isSystemUuid(f.type, value)) continue;
      if (f.mixed && ((value.match(LETTER_RE)?.length ?? 0) < 2 || value.length < 7)) continue;
      if (
        f.withLabel ||
        (f.type === 'device' && SN_AFTER_SERIAL_LABEL.test(text.slice(Math.max(0, start - 24), start)))
      )
        start = labelStart(text, start);
      ctx.out.push({ start, end: stop, type: f.type, ruleId: f.ruleId });
    }
  },
};

/**
 * "serial SN 4121-8590", "S/N SN-0914-4247": after a serial's label, "SN" is printed on the
 * device as the serial's own prefix (a label does not say itself twice), so it is part of the value.
 */
const SN_AFTER_SERIAL_LABEL =
  /(?:serial(?:[ \t]+(?:no\.?|number|#))?|s\/n)[ \t]*[:#]?[ \t]*SN[ \t]?[-#:]?[ \t]?$/i;

/** The line that holds text[start, stop), up to 160 characters either side. */
function lineAround(text: string, start: number, stop: number): string {
  const from = Math.max(text.lastIndexOf('\n', start) + 1, start - 160);
  const next = text.indexOf('\n', stop);
  return text.slice(from, Math.min(next < 0 ? text.length : next, stop + 160));
}

/** Where the label word before a value starts: "HAR" in "HAR # 0002290560" (separators skipped). */
function labelStart(text: string, start: number): number {
  let i = start;
  while (i > 0 && (isSeparator(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === 0x23)) i--;
  const end = i;
  while (i > 0 && isLetter(text.charCodeAt(i - 1))) i--;
  return i < end && end - i <= 8 ? i : start;
}
