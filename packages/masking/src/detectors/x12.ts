/**
 * ASC X12 health care transactions (837 claims, 835 remittances, 270/271 eligibility): the
 * implementation guides say what each element of a segment holds, so a value is an identifier
 * by its position, as in HL7 — NM1 a person's name and id, DMG a birth date, DTM and DTP the
 * dates of service, N3 and N4 the address of the person the NM1 before them names, REF and CLP
 * the numbers. Segments end with '~', elements are separated by '*'. Organisations (NM1 with
 * entity type 2, N1) and their addresses and numbers are not a person's: they stay.
 */
import type { PhiType } from '../types';
import type { Detector, ScanContext } from './detector';

/** A segment's first element, right after '~' (or the text's start) and white space. */
const SEGMENT_GATE = /(?:^|~)\s*(?:NM1|CLP|CLM|DMG|DTM|DTP|N3|N4|REF|PER|SBR)\*/;

/** NM1-08 qualifiers: what NM1-09 is. */
const NM1_IDS: Readonly<Record<string, PhiType>> = {
  MI: 'health_plan',
  II: 'other_id',
  '34': 'ssn',
  XX: 'other_id',
  MR: 'mrn',
  EI: 'other_id',
  HN: 'health_plan',
  ZZ: 'other_id',
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

interface Element {
  start: number;
  end: number;
}

function push(ctx: ScanContext, e: Element | undefined, type: PhiType): void {
  if (!e || e.end <= e.start || ctx.skip?.has(type)) return;
  ctx.out.push({ start: e.start, end: e.end, type, ruleId: 'x12_elements' });
}

/** The elements of the segment in text[start, end), split at '*'. */
function elements(text: string, start: number, end: number): Element[] {
  const out: Element[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text.charCodeAt(i) === 0x2a) {
      out.push({ start: from, end: i });
      from = i + 1;
    }
  }
  return out;
}

function value(text: string, e: Element | undefined): string {
  return e ? text.slice(e.start, e.end) : '';
}

/** Identifier values hold a digit; a code or a name does not need one. */
function hasDigit(text: string, e: Element | undefined): boolean {
  return e !== undefined && /\d/.test(text.slice(e.start, e.end));
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
    if (!ctx.includes('~') || !ctx.includes('*') || !ctx.hasUpper || !ctx.test(SEGMENT_GATE)) return;
    const text = ctx.text;
    // Whether the last NM1 or N1 named a person: its N3 and N4 are that person's address.
    let person = false;
    let from = 0;
    while (from < text.length) {
      let end = text.indexOf('~', from);
      if (end < 0) end = text.length;
      let start = from;
      while (start < end && (text.charCodeAt(start) <= 0x20 || text.charCodeAt(start) === 0x0a)) start++;
      const e = elements(text, start, end);
      const id = value(text, e[0]);
      switch (id) {
        case 'NM1': {
          person = value(text, e[2]) === '1';
          if (person) {
            for (const k of [3, 4, 5, 7]) push(ctx, e[k], 'name');
            const idType = NM1_IDS[value(text, e[8])];
            if (idType && hasDigit(text, e[9])) push(ctx, e[9], idType);
          }
          break;
        }
        case 'N1':
          person = false;
          break;
        case 'N3':
          if (person) for (const k of [1, 2]) push(ctx, e[k], 'street_address');
          break;
        case 'N4':
          if (person) {
            push(ctx, e[1], 'geo');
            push(ctx, e[3], 'zip');
          }
          break;
        case 'DMG':
          push(ctx, e[2], 'date');
          break;
        case 'DTM':
        case 'DTP':
          if (hasDigit(text, e[3])) push(ctx, e[3], 'date');
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
          // A contact person's name, and each number after the qualifier that says what it is.
          if (person) {
            push(ctx, e[2], 'name');
            for (const k of [3, 5, 7]) {
              const type = PER_NUMBERS[value(text, e[k])];
              if (type) push(ctx, e[k + 1], type);
            }
          }
          break;
      }
      from = end + 1;
    }
  },
};
