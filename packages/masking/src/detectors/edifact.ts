/**
 * UN/EDIFACT interchanges (MEDRPT lab reports, claims, orders): the UNA service string declares
 * the component and element separators, the release character and the segment terminator
 * (":+.? '" when absent), and each segment's elements hold what the directory says by
 * position and qualifier — NAD a party's id, name and address, COM a number and its kind (TE,
 * FX, EM…), DTM a qualified date, RFF a reference number, PNA and ADR a person's name parts and
 * address. A party's name is a person's where it is the patient (PAT) or is written in parts
 * (surname:given); an organisation's one-part name stays, and so do the document's own date
 * (DTM 137) and the envelope (UNB).
 */
import type { PhiType } from '../types';
import type { Detector, ScanContext } from './detector';

interface Part {
  start: number;
  end: number;
}

/** A segment: its tag and its elements, each a list of components. */
type Segment = { tag: string; elements: Part[][] };

interface Service {
  component: number;
  element: number;
  release: number;
  terminator: number;
}

const DEFAULT_SERVICE: Service = { component: 0x3a, element: 0x2b, release: 0x3f, terminator: 0x27 };

const GATE = /(?:^|['\n])\s*(?:UNA|UNB\+|UNH\+)/;

/** COM qualifiers (3155): what kind of number the value is. */
const COM_TYPES: Readonly<Record<string, PhiType>> = {
  TE: 'phone',
  AL: 'phone',
  AJ: 'phone',
  FX: 'fax',
  EM: 'email',
  AH: 'url',
};

/** Party id qualifiers (code list or agency) that say what the id is: XX an NPI, MR a record number. */
const PARTY_IDS: Readonly<Record<string, PhiType>> = {
  XX: 'license',
  MR: 'mrn',
  SS: 'ssn',
  MI: 'health_plan',
};

/** DTM qualifiers of the message itself: document date, transaction creation, preparation. */
const MESSAGE_DATES = new Set(['137', '97', '242']);

/** PNA name component qualifiers: surname, forename, middle name, maiden name, initials, title… */
const NAME_PARTS = new Set(['SU', 'FO', 'FN', 'MN', 'MA', 'BN', 'IN', 'NN', 'AK']);

/** The service characters and where the segments start (past the UNA string). */
function serviceOf(text: string): { svc: Service; from: number } {
  const una = text.indexOf('UNA');
  if (una < 0 || text.length < una + 9) return { svc: DEFAULT_SERVICE, from: 0 };
  const svc = {
    component: text.charCodeAt(una + 3),
    element: text.charCodeAt(una + 4),
    release: text.charCodeAt(una + 6),
    terminator: text.charCodeAt(una + 8),
  };
  return { svc, from: una + 9 };
}

/** Splits text[start, end) into elements and components, honouring the release character. */
function readSegment(text: string, start: number, end: number, svc: Service): Segment {
  const elements: Part[][] = [];
  let comps: Part[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    const c = i === end ? -1 : text.charCodeAt(i);
    if (c === svc.release) {
      i++;
      continue;
    }
    if (c !== -1 && c !== svc.element && c !== svc.component) continue;
    comps.push({ start: from, end: i });
    if (c !== svc.component) {
      elements.push(comps);
      comps = [];
    }
    from = i + 1;
  }
  const tag = elements[0]?.[0];
  return { tag: tag ? text.slice(tag.start, tag.end) : '', elements };
}

function value(text: string, p: Part | undefined): string {
  return p ? text.slice(p.start, p.end) : '';
}

function hasDigit(text: string, p: Part | undefined): boolean {
  return p !== undefined && /\d/.test(value(text, p));
}

function push(ctx: ScanContext, p: Part | undefined, type: PhiType): void {
  if (!p || p.end <= p.start || ctx.skip?.has(type) || !/[\p{L}\p{N}]/u.test(value(ctx.text, p))) return;
  ctx.out.push({ start: p.start, end: p.end, type, ruleId: 'edifact_segments' });
}

function pushAll(ctx: ScanContext, parts: Part[] | undefined, type: PhiType): void {
  for (const p of parts ?? []) push(ctx, p, type);
}

function filled(text: string, parts: Part[] | undefined): number {
  return (parts ?? []).filter((p) => p.end > p.start && value(text, p).trim() !== '').length;
}

/** NAD: party qualifier, id (id:list:agency), name and address lines, name parts, street, city, region, postcode. */
function markParty(ctx: ScanContext, e: Part[][]): void {
  const text = ctx.text;
  const person = value(text, e[1]?.[0]) === 'PAT' || filled(text, e[4]) >= 2;
  if (person) {
    const id = e[2];
    const qualifier = id
      ?.slice(1)
      .map((p) => value(text, p))
      .find((q) => PARTY_IDS[q]);
    if (hasDigit(text, id?.[0])) push(ctx, id?.[0], PARTY_IDS[qualifier ?? ''] ?? 'other_id');
    pushAll(ctx, e[3], 'name');
    pushAll(ctx, e[4], 'name');
  }
  pushAll(ctx, e[5], 'street_address');
  pushAll(ctx, e[6], 'geo');
  push(ctx, e[8]?.[0], 'zip');
}

/** COM: the element whose qualifier says what the number is ("549 555 0100:TE"). */
function markNumbers(ctx: ScanContext, e: Part[][]): void {
  for (const el of e.slice(1)) {
    const type = COM_TYPES[value(ctx.text, el[1])];
    if (type) push(ctx, el[0], type);
  }
}

function markSegment(ctx: ScanContext, seg: Segment): void {
  const text = ctx.text;
  const e = seg.elements;
  switch (seg.tag) {
    case 'NAD':
      markParty(ctx, e);
      break;
    case 'COM':
      markNumbers(ctx, e);
      break;
    case 'DTM':
      if (!MESSAGE_DATES.has(value(text, e[1]?.[0])) && hasDigit(text, e[1]?.[1]))
        push(ctx, e[1]?.[1], 'date');
      break;
    case 'RFF':
      if (hasDigit(text, e[1]?.[1])) push(ctx, e[1]?.[1], 'other_id');
      break;
    case 'PNA':
      if (hasDigit(text, e[2]?.[0])) push(ctx, e[2]?.[0], 'other_id');
      for (const el of e.slice(3)) if (NAME_PARTS.has(value(text, el[0]))) push(ctx, el[1], 'name');
      break;
    case 'ADR':
      pushAll(ctx, e[2]?.slice(1), 'street_address');
      pushAll(ctx, e[3], 'geo');
      push(ctx, e[4]?.[0], 'zip');
      break;
  }
}

export const edifactSegments: Detector = {
  id: 'edifact_segments',
  types: [
    'name',
    'date',
    'street_address',
    'geo',
    'zip',
    'phone',
    'fax',
    'email',
    'mrn',
    'ssn',
    'license',
    'health_plan',
    'other_id',
  ],
  run(ctx) {
    if (!ctx.hasUpper || !ctx.test(GATE)) return;
    const text = ctx.text;
    const { svc, from } = serviceOf(text);
    let start = from;
    for (let i = from; i <= text.length; i++) {
      const c = i === text.length ? -1 : text.charCodeAt(i);
      if (c === svc.release) {
        i++;
        continue;
      }
      if (c !== -1 && c !== svc.terminator) continue;
      while (start < i && text.charCodeAt(start) <= 0x20) start++;
      if (i - start > 4) markSegment(ctx, readSegment(text, start, i, svc));
      start = i + 1;
    }
  },
};
