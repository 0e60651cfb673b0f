/**
 * HL7 v2 messages: the standard says what each field of a segment holds (PID-5 is the
 * patient's name, PID-7 the birth date, PID-11 the address, NK1-2 a relative's name…), so a
 * field's value is an identifier by its position, whatever it looks like — a bare
 * "19820202", an all-caps "SMITH^JOHN^A", an account "PA19214240". Segments are found at the
 * start of a line; separators come from MSH-1 and MSH-2 when the message has an MSH.
 */
import type { PhiType } from '../types';
import type { Detector, ScanContext } from './detector';

/** Component number (1-based) → type; a field type as HL7 defines it. */
export type Components = Readonly<Record<number, PhiType>>;

export const ID = (type: PhiType): Components => ({ 1: type });
/** XPN / XCN name parts: family, given, further given names, suffix, prefix. */
export const PERSON_NAME: Components = { 1: 'name', 2: 'name', 3: 'name', 4: 'name' };
/** XCN: an id (an NPI or a local provider number) then the name parts. */
const PROVIDER: Components = { 1: 'license', 2: 'name', 3: 'name', 4: 'name' };
/** XAD: street, other designation, city, (state kept), ZIP, (country kept), …, county. */
const ADDRESS: Components = { 1: 'street_address', 2: 'street_address', 3: 'geo', 5: 'zip', 9: 'geo' };
/** XTN: the number (or its parts: area code, local number), an e-mail address. */
const TELECOM: Components = { 1: 'phone', 4: 'email', 6: 'phone', 7: 'phone' };
const DATE = ID('date');
/** EI entity identifier: the number, not the namespace that assigned it ("RAD-2441^LAB"). */
const ORDER_NUMBER = ID('other_id');
/** TQ timing/quantity: its start (4) and end (5) date-times. */
const TIMING: Components = { 4: 'date', 5: 'date' };

/** Fields holding identifiers, by segment (field numbers as the standard counts them). */
const SEGMENTS: Readonly<Record<string, Readonly<Record<number, Components>>>> = {
  MSH: { 7: DATE },
  EVN: { 2: DATE, 5: PROVIDER, 6: DATE },
  PID: {
    2: ID('mrn'),
    3: ID('mrn'),
    4: ID('mrn'),
    5: PERSON_NAME,
    6: PERSON_NAME,
    7: DATE,
    9: PERSON_NAME,
    11: ADDRESS,
    12: ID('geo'),
    13: TELECOM,
    14: TELECOM,
    18: ID('account'),
    19: ID('ssn'),
    20: ID('license'),
    21: ID('mrn'),
    23: ID('geo'),
    29: DATE,
  },
  PD1: { 4: PROVIDER },
  MRG: { 1: ID('mrn'), 2: ID('mrn'), 3: ID('account'), 4: ID('mrn'), 7: PERSON_NAME },
  NK1: {
    2: PERSON_NAME,
    4: ADDRESS,
    5: TELECOM,
    6: TELECOM,
    16: DATE,
    30: PERSON_NAME,
    31: TELECOM,
    32: ADDRESS,
    33: ID('other_id'),
    37: ID('ssn'),
  },
  PV1: {
    7: PROVIDER,
    8: PROVIDER,
    9: PROVIDER,
    17: PROVIDER,
    19: ID('other_id'),
    44: DATE,
    45: DATE,
    50: ID('other_id'),
    52: PROVIDER,
  },
  PV2: { 8: DATE, 9: DATE },
  GT1: {
    2: ID('account'),
    3: PERSON_NAME,
    4: PERSON_NAME,
    5: ADDRESS,
    6: TELECOM,
    7: TELECOM,
    8: DATE,
    12: ID('ssn'),
  },
  IN1: {
    16: PERSON_NAME,
    18: DATE,
    19: ADDRESS,
    36: ID('health_plan'),
    49: ID('health_plan'),
  },
  IN2: { 1: ID('health_plan'), 2: ID('ssn'), 8: ID('health_plan') },
  IN3: {},
  // ORC-2/3 and OBR-2/3: the placer's and the filler's order numbers (a radiology accession).
  ORC: {
    2: ORDER_NUMBER,
    3: ORDER_NUMBER,
    7: TIMING,
    9: DATE,
    10: PROVIDER,
    11: PROVIDER,
    12: PROVIDER,
    14: TELECOM,
  },
  OBR: {
    2: ORDER_NUMBER,
    3: ORDER_NUMBER,
    7: DATE,
    8: DATE,
    14: DATE,
    16: PROVIDER,
    17: TELECOM,
    22: DATE,
    27: TIMING,
    28: PROVIDER,
    32: PROVIDER,
  },
  TQ1: { 7: DATE, 8: DATE },
  OBX: { 14: DATE, 16: PROVIDER },
  DG1: { 5: DATE, 16: PROVIDER },
  AL1: { 6: DATE },
  PR1: { 5: DATE, 11: PROVIDER, 12: PROVIDER },
  TXA: { 4: DATE, 5: PROVIDER, 6: DATE, 7: DATE, 8: DATE, 9: PROVIDER, 10: PROVIDER, 11: PROVIDER },
  SCH: { 11: TIMING, 12: PROVIDER, 16: PROVIDER, 20: PROVIDER },
  FT1: { 4: DATE, 5: DATE, 20: PROVIDER, 21: PROVIDER },
  AIS: { 4: DATE },
  AIG: { 8: DATE },
  AIL: { 6: DATE },
  AIP: { 3: PROVIDER, 6: DATE },
  ROL: { 4: PROVIDER },
  RXE: { 13: PROVIDER },
  RXO: { 14: PROVIDER },
  ACC: { 1: DATE, 2: ID('geo') },
};

/** A segment line: three capitals or digits and the field separator, at the start of a line. */
const SEGMENT_GATE = /(?:^|[\r\n])(?:MSH[^\w\s]|(?:PID|NK1|PV1|GT1|IN1|OBR|ORC|MRG)\|)/;

export interface Separators {
  field: number;
  component: number;
  repetition: number;
}

const DEFAULT_SEPARATORS: Separators = { field: 0x7c, component: 0x5e, repetition: 0x7e };

function separatorsAt(text: string, msh: number): Separators {
  const field = text.charCodeAt(msh + 3);
  const component = text.charCodeAt(msh + 4);
  const repetition = text.charCodeAt(msh + 5);
  if (!(field > 0x20 && component > 0x20 && repetition > 0x20)) return DEFAULT_SEPARATORS;
  return { field, component, repetition };
}

function isSegmentId(text: string, at: number): boolean {
  for (let k = 0; k < 3; k++) {
    const c = text.charCodeAt(at + k);
    if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

function hasAlnum(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i) | 0x20;
    if ((c >= 0x61 && c <= 0x7a) || (c >= 48 && c <= 57) || c > 0x7f) return true;
  }
  return false;
}

/** Marks the listed components of every repetition of the field text[start, end). */
export function markField(
  ctx: ScanContext,
  start: number,
  end: number,
  comps: Components,
  sep: Separators,
  ruleId = 'hl7_field',
): void {
  const text = ctx.text;
  let comp = 1;
  let from = start;
  for (let i = start; i <= end; i++) {
    const c = i === end ? -1 : text.charCodeAt(i);
    if (c !== -1 && c !== sep.component && c !== sep.repetition) continue;
    const type = comps[comp];
    if (type && i > from && hasAlnum(text, from, i) && !ctx.skip?.has(type))
      ctx.out.push({ start: from, end: i, type, ruleId });
    comp = c === sep.component ? comp + 1 : 1;
    from = i + 1;
  }
}

/**
 * MSH-7 written to the second ("20251123135851+0000", "2025-10-13 11:14:08.317") is the
 * sending system's clock, kept as a system timestamp; to the minute or the day it is often the
 * event's date (an admission) and is masked. The other fields the standard defines as a
 * system's record time are read the same way: EVN-2 (recorded date/time), ORC-9 (date/time of
 * the transaction), FT1-5 (posting date) and TXA-6/7/8 (a document's origination, transcription
 * and edit times).
 */
/** The zone's sign may read as a space: normalization takes a plus between digits for one. */
const MACHINE_TIME =
  /^(?:\d{14}|\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2})(?:[.,]\d{1,9})?(?:Z|[+ -]\d{2}:?\d{2})?$/;
const CLOCK_FIELDS: Readonly<Record<string, readonly number[]>> = {
  MSH: [7],
  EVN: [2],
  ORC: [9],
  FT1: [5],
  // A document's origination, transcription and edit times.
  TXA: [6, 7, 8],
};

function isMessageClock(text: string, id: string, field: number, from: number, to: number): boolean {
  return CLOCK_FIELDS[id]?.includes(field) === true && MACHINE_TIME.test(text.slice(from, to));
}

/**
 * An extended composite id with a name (XCN) is one wherever a sender puts it: its assigning
 * authority (component 9) or identifier type (component 13) says "NPI" — "1428490969^ROE^ANN^^^Dr^^^NPI".
 */
function isProviderComposite(text: string, from: number, to: number, sep: Separators): boolean {
  if (to - from < 12 || text.charCodeAt(to - 1) !== 0x49 || !text.startsWith('NPI', to - 3)) return false;
  let comps = 1;
  for (let i = from; i < to - 3; i++) if (text.charCodeAt(i) === sep.component) comps++;
  return (comps === 9 || comps === 13) && text.charCodeAt(to - 4) === sep.component;
}

/** XTN use codes (HL7 table 0201) and equipment types (table 0202). */
const XTN_USES = new Set(['PRN', 'ORN', 'WPN', 'VHN', 'ASN', 'EMR', 'NET', 'BPN', 'PRS']);
const XTN_EQUIPMENT = new Set(['PH', 'FX', 'MD', 'CP', 'BP', 'SAT', 'TDD', 'TTY', 'Internet', 'X.400']);

/** The text of component `n` (1-based) of the first repetition of text[from, to), or undefined. */
function componentText(
  text: string,
  from: number,
  to: number,
  n: number,
  sep: Separators,
): string | undefined {
  let start = from;
  for (let k = 1; k < n; k++) {
    const at = text.indexOf(String.fromCharCode(sep.component), start);
    if (at < 0 || at >= to) return undefined;
    start = at + 1;
  }
  let end = start;
  while (end < to && text.charCodeAt(end) !== sep.component && text.charCodeAt(end) !== sep.repetition) end++;
  return text.slice(start, end);
}

/**
 * A telecom number (XTN) is one wherever a sender puts it (an order's call-back number, a
 * field of a site's own): its use code and equipment type say so — "(555)201-3344^WPN^PH^^1^555^2013344".
 */
function isTelecomComposite(text: string, from: number, to: number, sep: Separators): boolean {
  const use = componentText(text, from, to, 2, sep);
  return (
    use !== undefined && XTN_USES.has(use) && XTN_EQUIPMENT.has(componentText(text, from, to, 3, sep) ?? '')
  );
}

/**
 * A name written as a name field is, family and given names of letters in one style
 * ("ROE^ANN^B", "Roe^Ann"): in an insurance segment past the payer's fields it is the insured's,
 * even one field off where the sender put it. A code and its text ("SEL^Self", "HMO^Health
 * Maintenance^HL70086") differ in style or hold a digit.
 */
const CAPS_NAME = /^\p{Lu}[\p{Lu}\p{M}'’ -]+(?:\^\p{Lu}[\p{Lu}\p{M}'’ .-]*){1,3}$/u;
const TITLE_NAME = /^\p{Lu}\p{Ll}[\p{L}\p{M}'’ -]*(?:\^\p{Lu}[\p{Ll}\p{M}'’ .-]*){1,3}$/u;

function isNameComposite(value: string): boolean {
  return value.length <= 80 && value.includes('^') && (CAPS_NAME.test(value) || TITLE_NAME.test(value));
}

/**
 * A comment (NTE-3) or a text result (OBX-5) may name a person the way a name field is written,
 * family name and given names joined by the component separator or its escape:
 * "Reviewed by ROE^ANN^", "Guardian ROE\S\ANN consent on file". Only after white space: a
 * coded value ("LA6576-8^Positive^LN") is no name.
 */
const CARET_NAME =
  /(?<=\s)([A-Z][A-Za-z'’-]+)(\^|\\S\\)([A-Z][A-Za-z'’-]+)(?:\2([A-Z][A-Za-z'’-]+))?(?![\w'’-])/g;

function isCommentField(id: string, field: number): boolean {
  return (id === 'NTE' && field === 3) || (id === 'OBX' && field === 5);
}

function markCaretNames(ctx: ScanContext, from: number, to: number): void {
  if (ctx.skip?.has('name')) return;
  const value = ctx.text.slice(from, to);
  if (!value.includes('^') && !value.includes('\\S\\')) return;
  for (const m of value.matchAll(CARET_NAME)) {
    let at = from + (m.index ?? 0);
    for (const part of [m[1], m[3], m[4]]) {
      if (part === undefined) continue;
      at = ctx.text.indexOf(part, at);
      ctx.out.push({ start: at, end: at + part.length, type: 'name', ruleId: 'hl7_field' });
      at += part.length;
    }
  }
}

/**
 * A critical value's read-back is signed by whoever took it, by initials: "read back \T\
 * verified by HF.", "acknowledged by J.D.". Initials alone, after the verb and "by", to the
 * comment's end or a full stop.
 */
const SIGN_OFF_INITIALS =
  /\b(?:verified|read back|acknowledged|confirmed|repeated|received|taken|notified|called|reported|documented|reviewed) by ((?:[A-Z]\.?){2,3})(?=[.,;)]?(?:\s|$))/g;

/** A unit's or a role's letters, no one's initials: "reported by ICU", "verified by RN". */
const UNIT_LETTERS = new Set(
  'ED ER OR ICU CCU PCU RN MD DO NP PA PT OT RT LPN CNA PCP LAB MA CMA EMS'.split(' '),
);

function markSignOffInitials(ctx: ScanContext, from: number, to: number): void {
  if (ctx.skip?.has('name')) return;
  const value = ctx.text.slice(from, to);
  if (!value.includes(' by ')) return;
  for (const m of value.matchAll(SIGN_OFF_INITIALS)) {
    const initials = m[1] as string;
    if (UNIT_LETTERS.has(initials)) continue;
    const at = from + (m.index ?? 0) + m[0].length - initials.length;
    ctx.out.push({ start: at, end: at + initials.length, type: 'name', ruleId: 'hl7_field' });
  }
}

/**
 * Insurance segments carry the patient's coverage: past the payer's own fields, a value shaped
 * like an identifier (digits, or letters and digits) is a policy, group or member number even
 * where a sender put it in a neighbouring field.
 */
const INSURANCE_SEGMENTS = new Set(['IN1', 'IN2', 'IN3']);
const PAYER_FIELDS = 4;
/** A member number may carry a dependant's suffix after an asterisk ("J60757781*01"). */
const ID_SHAPED = /^(?=(?:[^\d]*\d){4})[A-Za-z0-9][A-Za-z0-9-]{5,19}(?:\*\d{1,2})?$/;

function markInsuranceIds(ctx: ScanContext, from: number, to: number, sep: Separators): void {
  if (sep.component === 0x5e && isNameComposite(ctx.text.slice(from, to))) {
    markField(ctx, from, to, PERSON_NAME, sep);
    return;
  }
  if (to - from > 20 || ctx.skip?.has('health_plan') || !ID_SHAPED.test(ctx.text.slice(from, to))) return;
  ctx.out.push({ start: from, end: to, type: 'health_plan', ruleId: 'hl7_field' });
}

function markSegment(ctx: ScanContext, lineStart: number, lineEnd: number, sep: Separators): void {
  const text = ctx.text;
  const id = text.slice(lineStart, lineStart + 3);
  const fields = SEGMENTS[id];
  const insurance = INSURANCE_SEGMENTS.has(id);
  // MSH-1 is the field separator itself, so MSH's first separated field is MSH-2.
  let field = id === 'MSH' ? 1 : 0;
  let from = lineStart + 3;
  for (let i = lineStart + 3; i <= lineEnd; i++) {
    if (i < lineEnd && text.charCodeAt(i) !== sep.field) continue;
    if (i > lineStart + 3) {
      const comps = fields?.[field];
      if (comps && i > from && !isMessageClock(text, id, field, from, i)) markField(ctx, from, i, comps, sep);
      else if (!comps && insurance && field > PAYER_FIELDS && i > from) markInsuranceIds(ctx, from, i, sep);
      else if (!comps && isProviderComposite(text, from, i, sep)) markField(ctx, from, i, PROVIDER, sep);
      else if (!comps && isTelecomComposite(text, from, i, sep)) markField(ctx, from, i, TELECOM, sep);
      else if (isCommentField(id, field) && i > from) {
        markCaretNames(ctx, from, i);
        markSignOffInitials(ctx, from, i);
      }
    }
    field++;
    from = i + 1;
  }
}

export const hl7Segments: Detector = {
  id: 'hl7_fields',
  types: [
    'name',
    'date',
    'mrn',
    'account',
    'ssn',
    'license',
    'street_address',
    'geo',
    'zip',
    'phone',
    'email',
    'health_plan',
    'other_id',
  ],
  run(ctx) {
    // A message with other separators starts with its MSH segment.
    if (!ctx.hasUpper || !(ctx.includes('|') || ctx.text.startsWith('MSH')) || !ctx.test(SEGMENT_GATE))
      return;
    const text = ctx.text;
    const msh = text.search(/(?:^|[\r\n])MSH/);
    const sep = msh < 0 ? DEFAULT_SEPARATORS : separatorsAt(text, msh === 0 ? 0 : msh + 1);
    let lineStart = 0;
    while (lineStart < text.length) {
      let lineEnd = lineStart;
      while (lineEnd < text.length && text.charCodeAt(lineEnd) !== 0x0a && text.charCodeAt(lineEnd) !== 0x0d)
        lineEnd++;
      if (
        lineEnd - lineStart > 4 &&
        text.charCodeAt(lineStart + 3) === sep.field &&
        isSegmentId(text, lineStart)
      )
        markSegment(ctx, lineStart, lineEnd, sep);
      lineStart = lineEnd + 1;
    }
  },
};
