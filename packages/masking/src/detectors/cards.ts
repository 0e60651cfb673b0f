/**
 * Cards whose format says what each value is.
 *
 * Driver's licence and ID card barcodes (AAMVA DL/ID card design standard, the PDF417 payload a
 * scanner returns): after the "ANSI " header each data element is a three-letter id and its
 * value on a line of its own — DCS the family name, DAC and DAD the first and middle names,
 * DBB the birth date, DAG the street, DAI the city, DAK the postal code, DAQ the licence
 * number (also right after the subfile's "DL" or "ID" on the header line).
 *
 * Contact cards (vCard, RFC 6350): N holds family;given;additional;prefix;suffix names and ADR
 * post box;extended;street;locality;region;postal code;country — the family and given names, the
 * post box, flat and street, the locality and the postal code are a person's even when no
 * dictionary or pattern knows them (FN, TEL and EMAIL are found by the other detectors).
 */
import type { PhiType } from '../types';
import type { Detector, ScanContext } from './detector';

/** Element id → what its value is. */
const ELEMENTS: Readonly<Record<string, PhiType>> = {
  DAQ: 'license',
  DCS: 'name',
  DAC: 'name',
  DAD: 'name',
  DCT: 'name',
  DAA: 'name',
  DAB: 'name',
  DBB: 'date',
  DBD: 'date',
  DBA: 'date',
  DAG: 'street_address',
  DAH: 'street_address',
  DAI: 'geo',
  DAK: 'zip',
  DCF: 'other_id',
  DCK: 'other_id',
};

/** An element at the start of a line, or the licence number after the subfile type on the header. */
const ELEMENT_RE = /(?:^|[\r\n]|(?<=\d(?:DL|ID)))(D[A-Z]{2})([^\r\n]*)/g;
/** A value the standard writes when there is none. */
const NONE = /^(?:NONE|unavl|unavail)$/i;

export const aamvaElements: Detector = {
  id: 'aamva_elements',
  types: ['name', 'date', 'street_address', 'geo', 'zip', 'license', 'other_id'],
  run(ctx: ScanContext) {
    if (!ctx.hasUpper || !ctx.includes('ANSI ')) return;
    const text = ctx.text;
    const header = text.search(/(?:^|[\r\n@])ANSI \d{6}/);
    if (header < 0) return;
    ELEMENT_RE.lastIndex = header;
    for (let m = ELEMENT_RE.exec(text); m !== null; m = ELEMENT_RE.exec(text)) {
      const type = ELEMENTS[m[1] as string];
      const raw = m[2] as string;
      const value = raw.trimEnd();
      if (!type || value.length === 0 || NONE.test(value) || ctx.skip?.has(type)) continue;
      const start = m.index + m[0].length - raw.length;
      ctx.out.push({ start, end: start + value.length, type, ruleId: 'aamva_element' });
    }
  },
};

/** "N:Family;Given;Middle;;" and "ADR;TYPE=home:;;street;Locality;…" lines of a vCard. */
const VCARD_LINE_RE = /^(N|ADR)(?:;[^:\r\n]*)?:([^\r\n]*)/gm;
/** Components of N that are names (prefixes and suffixes are titles) and of ADR that are places (the region stays). */
const VCARD_PARTS: Readonly<Record<string, Readonly<Record<number, PhiType>>>> = {
  N: { 0: 'name', 1: 'name', 2: 'name' },
  ADR: { 0: 'street_address', 1: 'street_address', 2: 'street_address', 3: 'geo', 5: 'zip' },
};

export const vcardFields: Detector = {
  id: 'vcard_fields',
  types: ['name', 'street_address', 'geo', 'zip'],
  run(ctx: ScanContext) {
    if (!ctx.hasUpper || !ctx.includes('BEGIN:VCARD')) return;
    const text = ctx.text;
    VCARD_LINE_RE.lastIndex = 0;
    for (let m = VCARD_LINE_RE.exec(text); m !== null; m = VCARD_LINE_RE.exec(text)) {
      const parts = VCARD_PARTS[m[1] as string] ?? {};
      let from = m.index + m[0].length - (m[2] as string).length;
      (m[2] as string).split(';').forEach((part, k) => {
        const type = parts[k];
        const value = part.trim();
        if (type && value.length > 0 && !ctx.skip?.has(type)) {
          const start = from + part.indexOf(value);
          ctx.out.push({ start, end: start + value.length, type, ruleId: 'vcard_field' });
        }
        from += part.length + 1;
      });
    }
  },
};
