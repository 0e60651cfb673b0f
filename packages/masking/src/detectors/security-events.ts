/**
 * Security events in ArcSight CEF and IBM QRadar LEEF (access monitors, SIEM exports): after the
 * pipe-separated header (seven fields for CEF, five for LEEF 1.0, six for LEEF 2.0, whose sixth
 * declares the attribute delimiter) come key=value attributes. The formats' dictionaries say
 * what a key holds — suser/duser/usrName a user's name or address, suid/duid a user's id,
 * smac/dmac a device's address, src/dst an IP address — and a custom field (cs1…cs6, cn1…cn3,
 * flexString1…) says it through its label ("cs1Label=PatientDOB cs1=…"), read by the masker's
 * field rules. CEF values run to the next " key="; LEEF's run to the delimiter (a tab by default).
 * Header fields, actions, outcomes and event times stay.
 */
import { isWhiteSpace } from '../char-codes';
import { ruleHolds } from '../field-rules';
import type { PhiType } from '../types';
import type { Detector, ScanContext } from './detector';

/** Keys whose value is an identifier by the format's dictionary (case as the formats write them). */
const KEYS: Readonly<Record<string, PhiType>> = {
  suser: 'name',
  duser: 'name',
  susername: 'name',
  dusername: 'name',
  usrname: 'name',
  sourceusername: 'name',
  destinationusername: 'name',
  suid: 'other_id',
  duid: 'other_id',
  sourceuserid: 'other_id',
  destinationuserid: 'other_id',
  identsrc: 'ip',
  src: 'ip',
  dst: 'ip',
  srcip: 'ip',
  dstip: 'ip',
  smac: 'device',
  dmac: 'device',
  srcmac: 'device',
  dstmac: 'device',
};

/** A custom field's value key and its label key: cs1 / cs1Label, flexString2 / flexString2Label. */
const CUSTOM = /^(?:cs\d|cn\d|cfp\d|flexstring\d|flexnumber\d|devicecustomdate\d|c6a\d)$/;

const HEADER = /(CEF:\d+|LEEF:(\d+(?:\.\d+)?))\|/;

interface Attribute {
  key: string;
  start: number;
  end: number;
}

/** Index just past the n-th unescaped '|' from `from` (a header field may hold '\|'), or -1. */
function pastPipes(text: string, from: number, end: number, n: number): number {
  let seen = 0;
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c) i++;
    else if (c === 0x7c && ++seen === n) return i + 1;
  }
  return -1;
}

/** CEF attributes: each value runs to the white space before the next key=. */
function cefAttributes(text: string, from: number, end: number): Attribute[] {
  const out: Attribute[] = [];
  const re = /(?:^|\s)([A-Za-z][\w.]*)=/g;
  const line = text.slice(from, end);
  const keys: { key: string; valueStart: number; keyStart: number }[] = [];
  for (const m of line.matchAll(re)) {
    const at = (m.index ?? 0) + m[0].length - (m[1] as string).length - 1;
    // '=' escaped in a value ("a\=b") is no key.
    if (at > 0 && line.charCodeAt(at - 1) === 0x5c) continue;
    keys.push({ key: m[1] as string, keyStart: from + at, valueStart: from + (m.index ?? 0) + m[0].length });
  }
  keys.forEach((k, i) => {
    let stop = i + 1 < keys.length ? (keys[i + 1] as { keyStart: number }).keyStart : end;
    while (stop > k.valueStart && isWhiteSpace(text.charCodeAt(stop - 1))) stop--;
    out.push({ key: k.key, start: k.valueStart, end: stop });
  });
  return out;
}

/** LEEF attributes: key=value separated by the delimiter. */
function leefAttributes(text: string, from: number, end: number, delimiter: string): Attribute[] {
  const out: Attribute[] = [];
  let at = from;
  while (at < end) {
    let stop = text.indexOf(delimiter, at);
    if (stop < 0 || stop > end) stop = end;
    const eq = text.indexOf('=', at);
    if (eq > at && eq < stop) out.push({ key: text.slice(at, eq).trim(), start: eq + 1, end: stop });
    at = stop + delimiter.length;
  }
  return out;
}

/** LEEF 2.0's sixth header field: a character, or its code written "x5E" / "0x5E"; empty means a tab. */
function leefDelimiter(field: string): string {
  const hex = /^(?:0?x)([0-9a-f]{2,4})$/i.exec(field);
  if (hex) return String.fromCharCode(Number.parseInt(hex[1] as string, 16));
  return field.length === 1 ? field : '\t';
}

function push(ctx: ScanContext, a: Attribute, type: PhiType): void {
  const value = ctx.text.slice(a.start, a.end);
  if (a.end <= a.start || !/[\p{L}\p{N}]/u.test(value)) return;
  const kind: PhiType = type === 'name' && value.includes('@') ? 'email' : type;
  if (!ctx.skip?.has(kind))
    ctx.out.push({ start: a.start, end: a.end, type: kind, ruleId: 'security_events' });
}

function markAttributes(ctx: ScanContext, attributes: Attribute[]): void {
  const labels = new Map<string, string>();
  for (const a of attributes)
    if (a.key.endsWith('Label')) labels.set(a.key.slice(0, -5).toLowerCase(), ctx.text.slice(a.start, a.end));
  for (const a of attributes) {
    const key = a.key.toLowerCase();
    const known = KEYS[key];
    if (known) {
      push(ctx, a, known);
      continue;
    }
    const label = CUSTOM.test(key) ? labels.get(key) : undefined;
    const rule = label ? ctx.fields.ruleFor(label, undefined, []) : undefined;
    if (rule && ruleHolds(rule, ctx.text.slice(a.start, a.end))) push(ctx, a, rule.type);
  }
}

function markLine(ctx: ScanContext, start: number, end: number): void {
  const text = ctx.text;
  const m = HEADER.exec(text.slice(start, end));
  if (!m) return;
  const headerStart = start + (m.index ?? 0);
  const leefVersion = m[2];
  const fields = leefVersion === undefined ? 7 : leefVersion.startsWith('1') ? 5 : 6;
  const extension = pastPipes(text, headerStart, end, fields);
  if (extension < 0) return;
  if (leefVersion === undefined) {
    markAttributes(ctx, cefAttributes(text, extension, end));
    return;
  }
  const delimiter =
    fields === 6 ? leefDelimiter(text.slice(pastPipes(text, headerStart, end, 5), extension - 1)) : '\t';
  markAttributes(ctx, leefAttributes(text, extension, end, delimiter));
}

export const securityEvents: Detector = {
  id: 'security_events',
  types: ['name', 'email', 'other_id', 'ip', 'device', 'date', 'geo', 'zip', 'mrn', 'phone'],
  run(ctx) {
    if (!ctx.hasUpper || !ctx.includes('|') || !(ctx.includes('CEF:') || ctx.includes('LEEF:'))) return;
    const text = ctx.text;
    let start = 0;
    while (start < text.length) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      markLine(ctx, start, end);
      start = end + 1;
    }
  },
};
