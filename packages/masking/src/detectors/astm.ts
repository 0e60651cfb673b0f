/**
 * ASTM E1394 (LIS2-A2) analyzer records: a header "H|\^&" declares the field, repeat, component
 * and escape delimiters, and each record's fields hold what the standard says by position —
 * the patient record P its ids, name, birth date, address, telephone and physician, the order
 * record O the specimen id and the order and collection times, the result record R the times
 * the test ran. A record starts a line, after an optional frame number ("2P|1|…"). The header's
 * own message time and the instrument's name stay. A patient's later field holding just the
 * age over 89 that the birth date and the message's year give is that age.
 */
import type { Detector, ScanContext } from './detector';
import { type Components, ID, markField, PERSON_NAME, type Separators } from './hl7';

const DATE = ID('date');
/** Street ^ city ^ state ^ postal code ^ country. */
const ADDRESS: Components = { 1: 'street_address', 2: 'geo', 4: 'zip' };

/** Fields holding identifiers, by record type (counted as the standard does, the type being field 1). */
const RECORDS: Readonly<Record<string, Readonly<Record<number, Components>>>> = {
  P: {
    3: ID('mrn'),
    4: ID('other_id'),
    5: ID('other_id'),
    6: PERSON_NAME,
    7: PERSON_NAME,
    8: DATE,
    11: ADDRESS,
    13: ID('phone'),
    14: PERSON_NAME,
    24: DATE,
  },
  O: {
    3: ID('other_id'),
    4: ID('other_id'),
    7: DATE,
    8: DATE,
    9: DATE,
    15: DATE,
    17: PERSON_NAME,
    18: ID('phone'),
    23: DATE,
  },
  R: { 12: DATE, 13: DATE },
  Q: { 3: ID('mrn'), 4: ID('mrn'), 7: DATE, 8: DATE },
};

/** A header record declaring its delimiters, or a patient record beside an order or result record. */
const HEADER = /(?:^|[\r\n])[^\w\r\n]?[0-7]?H(\W)(\W)(\W)(\W)/;
const PATIENT = /(?:^|[\r\n])[^\w\r\n]?[0-7]?P\|\d*\|/;
const ORDER_OR_RESULT = /(?:^|[\r\n])[^\w\r\n]?[0-7]?[OR]\|\d*\|/;

const DEFAULT_SEPARATORS: Separators = { field: 0x7c, repetition: 0x5c, component: 0x5e };

function separatorsOf(text: string): Separators | undefined {
  const h = HEADER.exec(text);
  if (h) {
    const [, field, repetition, component] = h as unknown as [string, string, string, string];
    return {
      field: field.charCodeAt(0),
      repetition: repetition.charCodeAt(0),
      component: component.charCodeAt(0),
    };
  }
  return PATIENT.test(text) && ORDER_OR_RESULT.test(text) ? DEFAULT_SEPARATORS : undefined;
}

/** Where the record of the line text[start, end) begins: past an STX and a frame number. */
function recordStart(text: string, start: number, end: number): number {
  let at = start;
  if (text.charCodeAt(at) === 0x02) at++;
  const c = text.charCodeAt(at);
  const next = text.charCodeAt(at + 1);
  if (c >= 0x30 && c <= 0x37 && at + 1 < end && next >= 0x41 && next <= 0x5a) at++;
  return at;
}

/** The year of the header's message time (field 14, "20251112192821"), or undefined. */
function messageYear(text: string, sep: Separators): number | undefined {
  const h = HEADER.exec(text);
  if (!h) return undefined;
  const lineEnd = text.indexOf('\n', h.index + 1);
  const fields = text
    .slice(h.index, lineEnd < 0 ? text.length : lineEnd)
    .split(String.fromCharCode(sep.field));
  const year = /^((?:19|20)\d{2})\d{4}/.exec(fields[13] ?? '');
  return year ? Number(year[1]) : undefined;
}

/** A patient's field past the physician that holds their age over 89: the number the birth date (field 8) and the message's year give. */
const AGE_FIELD = /^(9\d|1[0-2]\d)$/;
const BIRTH_YEAR = /^((?:18|19|20)\d{2})\d{4}/;

function markRecord(
  ctx: ScanContext,
  at: number,
  end: number,
  sep: Separators,
  year: number | undefined,
): void {
  const text = ctx.text;
  const fields = RECORDS[text.charAt(at)];
  if (!fields || text.charCodeAt(at + 1) !== sep.field) return;
  const patient = text.charAt(at) === 'P' && year !== undefined;
  let born: number | undefined;
  let field = 2;
  let from = at + 2;
  for (let i = at + 2; i <= end; i++) {
    if (i < end && text.charCodeAt(i) !== sep.field) continue;
    const comps = fields[field];
    if (comps && i > from) markField(ctx, from, i, comps, sep, 'astm_fields');
    if (patient && field === 8) {
      const b = BIRTH_YEAR.exec(text.slice(from, i));
      if (b) born = Number(b[1]);
    } else if (
      patient &&
      born !== undefined &&
      field > 14 &&
      i - from <= 3 &&
      AGE_FIELD.test(text.slice(from, i))
    ) {
      const age = Number(text.slice(from, i));
      if (Math.abs((year as number) - born - age) <= 1 && !ctx.skip?.has('age'))
        ctx.out.push({ start: from, end: i, type: 'age', ruleId: 'astm_fields' });
    }
    field++;
    from = i + 1;
  }
}

export const astmRecords: Detector = {
  id: 'astm_fields',
  types: ['name', 'date', 'mrn', 'other_id', 'street_address', 'geo', 'zip', 'phone', 'age'],
  run(ctx) {
    if (!ctx.hasUpper || !ctx.includes('|') || !ctx.test(PATIENT)) return;
    const text = ctx.text;
    const sep = separatorsOf(text);
    if (!sep) return;
    const year = messageYear(text, sep);
    let start = 0;
    while (start < text.length) {
      let end = start;
      while (end < text.length && text.charCodeAt(end) !== 0x0a && text.charCodeAt(end) !== 0x0d) end++;
      if (end - start > 2) markRecord(ctx, recordStart(text, start, end), end, sep, year);
      start = end + 1;
    }
  },
};
