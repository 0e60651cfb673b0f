/**
 * ASC X12 health care transactions (837 claims, 835 remittances, 270/271 eligibility): the
 * implementation guides say what each element of a segment holds, so a value is an identifier
 * by its position, as in HL7 — NM1 a person's name and id, DMG a birth date, DTM and DTP the
 * dates of service, N3 and N4 the address of the person the NM1 before them names, REF and CLP
 * the numbers. Segments end with '~' (or a line break); elements are separated by the character
 * the ISA segment declares, or the one that follows the first segment's id ('*' usually, '|' or
 * '^' in some exports). Organisations' names (NM1 with entity type 2, N1) and their payer and tax
 * numbers stay; every N3/N4 address and every NPI (qualifier XX) is masked, since a billing or
 * rendering provider may be one practitioner at home.
 */
import type { PhiType } from '../types';
import type { Detector, ScanContext } from './detector';

/** A segment's first element, right after '~' (or the text's start) and white space, and its separator. */
const SEGMENT_GATE = /(?:^|[~\n])[ \t\r]*(?:ISA|ST|NM1|CLP|CLM|DMG|DTM|DTP|N3|N4|REF|PER|SBR)([*|^])/;
/** Segment ids that only X12 has: with '|' or '^' as separator, one must be there (HL7 and ASTM use '|' too). */
const X12_ONLY = /(?:^|[~\n])[ \t\r]*(?:ISA|NM1|CLM|CLP|DMG|SBR)[*|^]/;

/** NM1-08 qualifiers: what NM1-09 is. */
const NM1_IDS: Readonly<Record<string, PhiType>> = {
  MI: 'health_plan',
  II: 'other_id',
  '34': 'ssn',
  XX: 'license',
  MR: 'mrn',
  EI: 'other_id',
  HN: 'health_plan',
  ZZ: 'other_id',
  // An 835's corrected insured (NM1*74): the insured's changed unique identification number.
  C: 'health_plan',
};

/** REF-01 qualifiers: what REF-02 is (any other: an identifier of some kind). */
const REF_IDS: Readonly<Record<string, PhiType>> = {
  SY: 'ssn',
  EA: 'mrn',
  EJ: 'account',
  '1W': 'health_plan',
  '0F': 'health_plan',
  '1L': 'health_plan',
  '6P': 'health_plan',
  IG: 'health_plan',
  F6: 'health_plan',
  HJ: 'health_plan',
  '3H': 'health_plan',
  '23': 'mrn',
  '1K': 'other_id',
  '9F': 'other_id',
  G1: 'other_id',
  D9: 'other_id',
};

/** PER-03, -05, -07 qualifiers: what the number after them is (telephone, cell, home, work, fax…). */
const PER_NUMBERS: Readonly<Record<string, PhiType>> = {
  TE: 'phone',
  CP: 'phone',
  HP: 'phone',
  WP: 'phone',
  BN: 'phone',
  FX: 'fax',
  EM: 'email',
  UR: 'url',
};

/** A contact's name (PER-02) that is an office's, not a person's: "BILLING DEPT", "EDI SUPPORT". */
const OFFICE_WORDS =
  /\b(?:DEPT|DEPARTMENT|OFFICE|BILLING|CLAIMS?|SERVICES?|CUSTOMER|SUPPORT|DESK|TEAM|UNIT|CENTER|CENTRE|HELP|RELATIONS|EDI|BUSINESS|ACCOUNTS?|INQUIR\w*|PROVIDER)\b/i;
const PERSON_SHAPED = /^[\p{L}\p{M}'’`. -]{2,60}$/u;

/**
 * A free-form message (MSG-01) names a person after a role: "PCP ROE ANN PH 5550101234",
 * "CONTACT ANN ROE AT …". The name runs to a word of the message's own or a number.
 */
const MSG_ROLE =
  /\b(?:PCP|PROVIDER|PHYSICIAN|DR|DOCTOR|CONTACT|ATTN|NURSE|SPECIALIST|Pcp|Provider|Physician|Dr|Doctor|Contact|Attn|Nurse)\.?:?[ \t]+/g;
const MSG_NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’`-]*$/u;
const MSG_STOP_WORDS = new Set(
  'PH PHN PHONE TEL FAX AT NPI ON IS AND OR FOR IN EFF EFFECTIVE TERM CALL MD DO NP PA RN ID THE OF TO'.split(
    ' ',
  ),
);

function markMessageNames(ctx: ScanContext, e: Element | undefined): void {
  if (!e || ctx.skip?.has('name')) return;
  const text = ctx.text.slice(e.start, e.end);
  for (const m of text.matchAll(MSG_ROLE)) {
    let at = (m.index ?? 0) + m[0].length;
    for (let n = 0; n < 4; n++) {
      const space = text.indexOf(' ', at);
      const end = space < 0 ? text.length : space;
      const word = text.slice(at, end);
      if (!MSG_NAME_WORD.test(word) || MSG_STOP_WORDS.has(word.toUpperCase())) break;
      push(ctx, { start: e.start + at, end: e.start + end }, 'name');
      at = end + 1;
    }
  }
}

/** Two digits after a member number: its dependant's sequence. */
const DEPENDANT_SUFFIX = /^\d{2}$/;
/** A date element: CCYYMMDD or YYMMDD, or a range of them. */
const DATE_ELEMENT = /^\d{6,8}(?:-\d{6,8})?$/;

interface Element {
  start: number;
  end: number;
}

function push(ctx: ScanContext, e: Element | undefined, type: PhiType): void {
  if (!e || e.end <= e.start || ctx.skip?.has(type)) return;
  ctx.out.push({ start: e.start, end: e.end, type, ruleId: 'x12_elements' });
}

/** The elements of the segment in text[start, end), split at the separator. */
function elements(text: string, start: number, end: number, separator: number): Element[] {
  const out: Element[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text.charCodeAt(i) === separator) {
      out.push({ start: from, end: i });
      from = i + 1;
    }
  }
  return out;
}

function isContactPerson(name: string): boolean {
  return PERSON_SHAPED.test(name) && name.includes(' ') && !OFFICE_WORDS.test(name);
}

function value(text: string, e: Element | undefined): string {
  return e ? text.slice(e.start, e.end) : '';
}

/** Identifier values hold a digit; a code or a name does not need one. */
function hasDigit(text: string, e: Element | undefined): boolean {
  return e !== undefined && /\d/.test(text.slice(e.start, e.end));
}

/**
 * The element separator: the fourth character of an ISA segment, else the character after the
 * first segment id; '|', '^' or segments ended by line breaks only where a segment id that no
 * other format has is there.
 */
function separatorOf(text: string): number | undefined {
  const isa = text.indexOf('ISA');
  if (isa >= 0 && (isa === 0 || /[~\n\s]/.test(text.charAt(isa - 1)))) {
    const c = text.charCodeAt(isa + 3);
    if (c === 0x2a || c === 0x7c || c === 0x5e) return c;
  }
  const m = SEGMENT_GATE.exec(text);
  if (!m) return undefined;
  const c = (m[1] as string).charCodeAt(0);
  if (!(c === 0x2a && text.includes('~')) && !X12_ONLY.test(text)) return undefined;
  return c;
}

export const x12Segments: Detector = {
  id: 'x12_elements',
  types: [
    'name',
    'date',
    'street_address',
    'geo',
    'zip',
    'ssn',
    'mrn',
    'health_plan',
    'account',
    'other_id',
    'phone',
    'fax',
    'email',
    'url',
  ],
  run(ctx) {
    if (!ctx.hasUpper || !(ctx.includes('~') || ctx.includes('\n')) || !ctx.test(SEGMENT_GATE)) return;
    const text = ctx.text;
    const separator = separatorOf(text);
    if (separator === undefined) return;
    const terminator = text.includes('~') ? '~' : '\n';
    // Whether the last NM1 or N1 named a person: its PER segment is that person's contact.
    let person = false;
    let from = 0;
    while (from < text.length) {
      let end = text.indexOf(terminator, from);
      if (end < 0) end = text.length;
      let start = from;
      while (start < end && text.charCodeAt(start) <= 0x20) start++;
      let stop = end;
      while (stop > start && text.charCodeAt(stop - 1) <= 0x20) stop--;
      const e = elements(text, start, stop, separator);
      const id = value(text, e[0]);
      switch (id) {
        case 'NM1': {
          person = value(text, e[2]) === '1';
          const qualifier = value(text, e[8]);
          if (person) for (const k of [3, 4, 5, 7]) push(ctx, e[k], 'name');
          const idType = person || qualifier === 'XX' ? NM1_IDS[qualifier] : undefined;
          if (idType && hasDigit(text, e[9])) {
            push(ctx, e[9], idType);
            // A member number's dependant suffix a sender writes as the next element ("…*MI*J6075778*01").
            if (DEPENDANT_SUFFIX.test(value(text, e[10]))) push(ctx, e[10], idType);
          }
          break;
        }
        case 'N1':
          person = false;
          break;
        case 'N3':
          for (const k of [1, 2]) push(ctx, e[k], 'street_address');
          break;
        case 'N4':
          push(ctx, e[1], 'geo');
          push(ctx, e[3], 'zip');
          break;
        case 'DMG':
          push(ctx, e[2], 'date');
          break;
        case 'DTM':
          // DTM-02 is the date, DTM-06 a date or a range in the format DTM-05 names; a sender
          // writing it as DTP does ("DTM*472*D8*20250206") puts it third.
          for (const k of [2, 3, 6]) if (DATE_ELEMENT.test(value(text, e[k]))) push(ctx, e[k], 'date');
          break;
        case 'DTP':
          if (hasDigit(text, e[3])) push(ctx, e[3], 'date');
          break;
        case 'MSG':
          markMessageNames(ctx, e[1]);
          break;
        case 'REF':
          if (hasDigit(text, e[2])) push(ctx, e[2], REF_IDS[value(text, e[1])] ?? 'other_id');
          break;
        case 'CLP':
          // The provider's patient control number, and the payer's claim control number.
          push(ctx, e[1], 'account');
          if (hasDigit(text, e[7])) push(ctx, e[7], 'other_id');
          break;
        case 'CLM':
          push(ctx, e[1], 'account');
          break;
        case 'PER':
          // A contact person's name; each number after the qualifier that says what it is, an
          // office's too (a billing office's fax reaches the patient's records).
          // A contact is a person whoever the entity before is, unless the name is an office's.
          if (person || isContactPerson(value(text, e[2]))) push(ctx, e[2], 'name');
          for (const k of [3, 5, 7]) {
            const type = PER_NUMBERS[value(text, e[k])];
            if (type) push(ctx, e[k + 1], type);
          }
          break;
      }
      from = end + 1;
    }
  },
};
