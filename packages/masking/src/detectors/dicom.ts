/**
 * DICOM headers and caret-separated names and addresses. DICOM and HL7 write a person's name
 * as components separated by '^' (FAMILY^GIVEN^MIDDLE^PREFIX^SUFFIX) and DICOM an address as
 * street^other^city^state^postal code; a header dump names each element's value
 * representation (PN a person's name, DA a date, AS an age) and keyword (PatientID,
 * AccessionNumber…), in three common layouts:
 *
 *   (0010,0010) PN [FAMILY^GIVEN]  # PatientName          (dcmdump)
 *   (0010, 0010) PatientName        PN: 'FAMILY^GIVEN'    (pydicom)
 *   PatientName: FAMILY^GIVEN                             (plain keyword lines)
 *
 * HL7 segment lines are left to the HL7 detector, which knows their fields by position.
 */
import type { PhiType } from '../types';
import type { Detector, ScanContext } from './detector';

const CARET = 0x5e;
/** A letter, an apostrophe, a hyphen or a full stop: the characters of a name part. */
const NAME_CHAR = /[\p{L}\p{M}'’.-]/u;
const LETTER = /[\p{L}]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
/** Family-name particles written in lower case before a capitalised family name. */
const PARTICLES = new Set(
  "a al ap bin ben bint da dal de del della der des di do dos du el la le lo mac op san st te ten ter van von y zu ’t 't".split(
    ' ',
  ),
);

function isNameChar(c: string | undefined): boolean {
  return c !== undefined && NAME_CHAR.test(c);
}

/** Quotes and hyphens at a component's ends are the value's delimiters, not the name's. */
function trimStart(text: string, start: number, end: number): number {
  let s = start;
  while (s < end && /['’-]/.test(text[s] as string)) s++;
  return s;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /['’-]/.test(text[e - 1] as string)) e--;
  return e;
}

function isUpperWord(word: string): boolean {
  return UPPER.test(word) && !LOWER.test(word);
}

/** Start of the first component: words back from `at`, all capitals, or particles before a word. */
function firstComponentStart(text: string, at: number): number {
  let start = at;
  while (start > 0 && isNameChar(text[start - 1])) start--;
  if (start === at) return -1;
  const adjacent = text.slice(start, at);
  if (!LETTER.test(adjacent)) return -1;
  // Further words of the same component, separated by single spaces.
  for (;;) {
    if (text[start - 1] !== ' ') break;
    let prev = start - 1;
    while (prev > 0 && isNameChar(text[prev - 1])) prev--;
    const word = text.slice(prev, start - 1);
    if (word.length === 0 || !LETTER.test(word)) break;
    const sameCase = isUpperWord(word) && isUpperWord(adjacent);
    if (!sameCase && !PARTICLES.has(word.toLowerCase())) break;
    start = prev;
  }
  return start;
}

/** End of a later component starting at `from`: one word (more when all capitals and closed). */
function laterComponentEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && isNameChar(text[end])) end++;
  // "VAN DEN BROEK" style words go on only while the value is closed by a quote or bracket.
  while (text[end] === ' ' && isNameChar(text[end + 1])) {
    let next = end + 1;
    while (next < text.length && isNameChar(text[next])) next++;
    const after = text[next];
    if (
      !isUpperWord(text.slice(end + 1, next)) ||
      !(after === '^' || after === "'" || after === ']' || after === '"')
    )
      break;
    end = next;
  }
  return end;
}

/** A line that is an HL7 segment ("PID|…"): its fields are the HL7 detector's. */
function onHl7Segment(text: string, at: number): boolean {
  let lineStart = at;
  while (lineStart > 0 && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart--;
  return /^[A-Z][A-Z0-9]{2}\|/.test(text.slice(lineStart, lineStart + 4));
}

function push(ctx: ScanContext, start: number, end: number, type: PhiType, ruleId: string): void {
  if (end > start && !ctx.skip?.has(type)) ctx.out.push({ start, end, type, ruleId });
}

/**
 * Marks the caret name whose first '^' is at `caret`; returns where the name ends (or `caret`
 * plus one when the text there is no name).
 */
function markCaretName(ctx: ScanContext, caret: number): number {
  const text = ctx.text;
  const start = firstComponentStart(text, caret);
  if (start < 0 || text.charCodeAt(start - 1) === CARET || /[\p{N}]/u.test(text[start - 1] ?? ''))
    return caret + 1;
  const parts: Array<[number, number]> = [[trimStart(text, start, caret), caret]];
  let at = caret;
  while (text.charCodeAt(at) === CARET && parts.length < 6) {
    const from = at + 1;
    const end = laterComponentEnd(text, from);
    if (end > from) parts.push([from, trimEnd(text, from, end)]);
    at = end;
  }
  // A digit, another caret or a fifth component right after: not a name (an HL7 coded value);
  // nor an '=' ("cs2=Osage Plains Regional^act=view": CEF or syslog fields joined by carets).
  if (/[\p{N}_/\\=]/u.test(text[at] ?? '') || text.charCodeAt(at) === CARET) return at + 1;
  const named = parts.filter(([s, e]) => LETTER.test(text.slice(s, e)));
  if (named.length < 2 || !UPPER.test(text.slice(start, caret)) || onHl7Segment(text, start)) return at + 1;
  for (const [s, e] of named) push(ctx, s, e, 'name', 'caret_name');
  return at;
}

/** Person names written FAMILY^GIVEN^MIDDLE (DICOM PN values, HL7 names quoted in logs). */
export const caretNames: Detector = {
  id: 'caret_names',
  types: ['name'],
  run(ctx) {
    if (!ctx.hasUpper || !ctx.includes('^')) return;
    const text = ctx.text;
    let at = text.indexOf('^');
    while (at >= 0) {
      const next = markCaretName(ctx, at);
      at = text.indexOf('^', Math.max(next, at + 1));
    }
  },
};

/** street^other^city^state^postal code[^country]: a DICOM (and HL7 XAD) address. */
/** A component of a caret address: anything but a caret, a bracket, a quote or a bar. */
const PART = String.raw`[^\^\n\[\]'"|]*`;
const CARET_ADDRESS = new RegExp(
  String.raw`(?<![^\s\[('"=:|])(\d${PART}\p{L}${PART})\^(${PART})\^(\p{L}[^\^\n\[\]'"|\d]*)\^(${PART})\^([\p{L}\d][\p{L}\d -]{1,9})(?=$|[\^\]'"|\s])`,
  'gmu',
);

function markCaretAddresses(ctx: ScanContext): void {
  for (const m of ctx.text.matchAll(CARET_ADDRESS)) {
    const [, street, other, city, , postal] = m as unknown as [
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    if (!/\d/.test(postal)) continue;
    let at = m.index ?? 0;
    push(ctx, at, at + street.length, 'street_address', 'caret_address');
    at += street.length + 1;
    if (/[\p{L}\d]/u.test(other)) push(ctx, at, at + other.length, 'street_address', 'caret_address');
    at += other.length + 1;
    push(ctx, at, at + city.length, 'geo', 'caret_address');
    at += city.length + 1 + (m[4] as string).length + 1;
    push(ctx, at, at + postal.length, 'zip', 'caret_address');
  }
}

/** What an element's value is, by keyword, where its value representation does not say. */
const KEYWORD_TYPES: Readonly<Record<string, PhiType>> = {
  PatientID: 'mrn',
  OtherPatientIDs: 'mrn',
  MedicalRecordLocator: 'mrn',
  AccessionNumber: 'other_id',
  StudyID: 'other_id',
  AdmissionID: 'other_id',
  PatientTelephoneNumbers: 'phone',
  DeviceSerialNumber: 'device',
  PatientAddress: 'street_address',
  PatientInsurancePlanCodeSequence: 'health_plan',
};

/** Tags (group and element, eight hex digits) of the keywords above, as the DICOM JSON model keys them. */
const TAG_KEYWORDS: Readonly<Record<string, string>> = {
  '00100020': 'PatientID',
  '00101000': 'OtherPatientIDs',
  '00380010': 'AdmissionID',
  '00080050': 'AccessionNumber',
  '00200010': 'StudyID',
  '00102154': 'PatientTelephoneNumbers',
  '00181000': 'DeviceSerialNumber',
  '00101040': 'PatientAddress',
};
const TAG = /^[0-9A-Fa-f]{8}$/;

/**
 * The type of a DICOM JSON attribute's values (PS3.18 F.2: `"00100010": {"vr": "PN", "Value":
 * [{"Alphabetic": "FAMILY^GIVEN"}]}`): a person's name, a date, an age by its value
 * representation, the identifiers and contacts by their tag; undefined for anything else.
 */
export function dicomJsonType(tag: string, vr: string): PhiType | undefined {
  if (!TAG.test(tag)) return undefined;
  if (vr === 'PN') return 'name';
  if (vr === 'DA' || vr === 'DT') return 'date';
  if (vr === 'AS') return 'age';
  const keyword = TAG_KEYWORDS[tag.toUpperCase()];
  return keyword === undefined ? undefined : KEYWORD_TYPES[keyword];
}

/** Value representations of the keywords written without one (plain "Keyword: value" lines). */
function plainRepresentation(keyword: string): string | undefined {
  if (
    /(?:Name|Names|Physician|PhysiciansOfRecord|ReadingStudy)$/.test(keyword) &&
    !/^(?:Institution|Station|Manufacturer|Protocol|Series|Study|Code|Scheme|Software|Device)/.test(keyword)
  )
    return 'PN';
  if (/DateTime$/.test(keyword)) return 'DT';
  if (/Date$/.test(keyword)) return 'DA';
  if (keyword === 'PatientAge') return 'AS';
  return undefined;
}

/** The element lines of a dump: tag and representation, or a bare keyword. */
const DCMDUMP =
  /^[ \t]*\(([0-9A-Fa-f]{4}),\s?([0-9A-Fa-f]{4})\)\s+([A-Z]{2})\s+\[([^\]\n]*)\][ \t]*(?:#[ \t]*(?:\d+,\s*\d+\s+)?([A-Za-z]+))?/gm;
const PYDICOM =
  /^[ \t]*\(([0-9A-Fa-f]{4}),\s?([0-9A-Fa-f]{4})\)\s+([A-Za-z' ]+?)\s+([A-Z]{2}):\s+(['"]?)([^\n]*?)\5[ \t]*$/gm;
const PLAIN =
  /^[ \t]*((?:Patient|Study|Series|Acquisition|Content|Referring|Performing|Accession|Other|Operators|Requesting|Physicians|NameOfPhysicians|Institution|Device|Admission|Medical)[A-Za-z]*)[ \t]*[:=][ \t]*([^\n]*?)[ \t]*$/gm;

/** DICOM ages: three digits and a unit; 90 years and over are identifiers. */
const AGE = /^(\d{3})Y$/;

function markElement(
  ctx: ScanContext,
  keyword: string,
  vr: string | undefined,
  start: number,
  value: string,
): void {
  if (!/[\p{L}\p{N}]/u.test(value)) return;
  const end = start + value.length;
  if (vr === 'PN') {
    let from = start;
    for (const part of value.split('^')) {
      if (LETTER.test(part)) push(ctx, from, from + part.length, 'name', 'dicom_element');
      from += part.length + 1;
    }
    return;
  }
  if (vr === 'DA' || vr === 'DT') {
    push(ctx, start, end, 'date', 'dicom_element');
    return;
  }
  if (vr === 'AS' || keyword === 'PatientAge') {
    const age = AGE.exec(value);
    if (age && Number(age[1]) >= 90) push(ctx, start, start + 3, 'age', 'dicom_element');
    return;
  }
  const type = KEYWORD_TYPES[keyword];
  if (!type || (type === 'street_address' && value.includes('^'))) return;
  push(ctx, start, end, type, 'dicom_element');
}

function markDump(ctx: ScanContext): void {
  const text = ctx.text;
  for (const m of text.matchAll(DCMDUMP)) {
    const value = m[4] as string;
    markElement(ctx, m[5] ?? '', m[3], (m.index ?? 0) + m[0].indexOf('[') + 1, value);
  }
  for (const m of text.matchAll(PYDICOM)) {
    const value = m[6] as string;
    const valueStart =
      (m.index ?? 0) + m[0].length - value.length - (m[5] as string).length - trailingSpace(m[0]);
    markElement(ctx, (m[3] as string).replace(/[' ]/g, ''), m[4], valueStart, value);
  }
}

function trailingSpace(s: string): number {
  return s.length - s.trimEnd().length;
}

function markPlainLines(ctx: ScanContext): void {
  for (const m of ctx.text.matchAll(PLAIN)) {
    const keyword = m[1] as string;
    const vr = plainRepresentation(keyword);
    if (!vr && !KEYWORD_TYPES[keyword]) continue;
    const value = m[2] as string;
    markElement(ctx, keyword, vr, (m.index ?? 0) + m[0].length - value.length - trailingSpace(m[0]), value);
  }
}

/** A tag "(0010,0010)" or a keyword line: the text may be a DICOM header. */
const DICOM_GATE = /\([0-9A-Fa-f]{4},\s?[0-9A-Fa-f]{4}\)|^[ \t]*(?:Patient|Study|Accession)[A-Za-z]*[ \t]*:/m;

export const dicomElements: Detector = {
  id: 'dicom_elements',
  types: [
    'name',
    'date',
    'age',
    'mrn',
    'other_id',
    'phone',
    'device',
    'street_address',
    'geo',
    'zip',
    'health_plan',
  ],
  run(ctx) {
    if (!ctx.hasUpper) return;
    if (ctx.includes('^') && ctx.hasDigit) markCaretAddresses(ctx);
    if (!(ctx.includes('(') || ctx.includes(':')) || !ctx.test(DICOM_GATE)) return;
    markDump(ctx);
    markPlainLines(ctx);
  },
};
