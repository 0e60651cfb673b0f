/**
 * SQL statements (migrations, query logs, shell history): a literal's column says what it is,
 * as a JSON key or a table header does. `INSERT INTO t (c1, c2, …) VALUES (v1, v2, …), (…)` pairs
 * each value with its column by position; `SET c = v`, `WHERE c = v`, `c LIKE 'v%'` and
 * `c IN ('v', …)` pair it by name. The masker's field rules read the column ("dob", "city",
 * "card_number"), and a column of a name's part ("nm_last", "alias_first") or of a biometric
 * template ("template_hash") is read by its words. Literals of other columns stay.
 */
import { isWhiteSpace } from '../char-codes';
import { type FieldRule, ruleHolds } from '../field-rules';
import type { PhiType } from '../types';
import type { Detector, ScanContext } from './detector';

/** A statement, or a query plan's condition (`Filter: …`, `Index Cond: …`) quoting one. */
const GATE = /\b(?:INSERT\s+INTO|UPDATE\s+[\w."]+\s+SET|WHERE\b|Filter:|Cond:)/i;
const INSERT = /\bINSERT\s+INTO\s+[\w."`]+\s*\(([^()]*)\)\s*VALUES\s*/gi;
/**
 * A literal: '' is a quote inside it, and so is a quote between letters, as a log that prints a
 * value without escaping it writes one ('O'Donnell').
 */
const LITERAL = String.raw`'(?:[^']|''|'(?=[A-Za-z\u00C0-\u024F]))*'`;
/**
 * A column compared with a literal, the column inside a function or cast as a planner prints it
 * (`upper(pt_ln) = 'X'`, `((pt_ln)::text = 'X'::text)`, `lower(trim(city)) LIKE 'x%'`).
 */
const COMPARISON = new RegExp(
  String.raw`\b([A-Za-z_][\w]*)["\x60]?\){0,3}(?:::[A-Za-z]+(?: varying)?\){0,3})?\s*(?:=|<>|!=|\bI?LIKE\b|\bIN\b)\s*` +
    String.raw`(\(\s*${LITERAL}(?:\s*,\s*${LITERAL})*\s*\)|${LITERAL}|\d[\d-]*\b)`,
  'gi',
);
const LITERALS = new RegExp(LITERAL, 'g');

const NAME_PART = /(?:^|_)(?:last|first|middle|given|family|surname|forename)(?:_|$)/i;
const BIOMETRIC = /template|minutiae|biometric|fingerprint|faceprint|voiceprint|iris|retina|palm/i;
const NAME_RULE: FieldRule = { type: 'name', ruleId: 'field:name' };
const BIOMETRIC_RULE: FieldRule = { type: 'biometric', ruleId: 'field:biometric' };

function columnName(column: string): string {
  return column.replace(/["`[\]]/g, '').trim();
}

/**
 * The rule of a column; `siblings` are the statement's other columns, as a JSON object's keys
 * are: a `provider` beside the patient's `mrn` is the clinician who sees them.
 */
function columnRule(
  ctx: ScanContext,
  column: string,
  siblings: readonly string[] = [],
): FieldRule | undefined {
  const name = columnName(column);
  const rule = ctx.fields.ruleFor(name, undefined, siblings);
  if (rule) return rule;
  if (NAME_PART.test(name)) return NAME_RULE;
  return BIOMETRIC.test(name) && !/modality|type|kind|version|_at$|date/i.test(name)
    ? BIOMETRIC_RULE
    : undefined;
}

function push(ctx: ScanContext, start: number, end: number, type: PhiType): void {
  if (end > start && !ctx.skip?.has(type)) ctx.out.push({ start, end, type, ruleId: 'sql_literals' });
}

/** Marks a literal text[start, end) (quotes included or not) by the rule, without LIKE's wildcards. */
function markLiteral(ctx: ScanContext, start: number, end: number, rule: FieldRule | undefined): void {
  if (!rule) return;
  const text = ctx.text;
  let from = start;
  let to = end;
  if (text.charCodeAt(from) === 0x27) from++;
  if (to > from && text.charCodeAt(to - 1) === 0x27) to--;
  while (from < to && text.charCodeAt(from) === 0x25) from++;
  while (to > from && text.charCodeAt(to - 1) === 0x25) to--;
  const value = text.slice(from, to);
  if (!/[\p{L}\p{N}]/u.test(value) || /^null$/i.test(value) || !ruleHolds(rule, value)) return;
  push(ctx, from, to, rule.type);
}

function isLetter(c: string): boolean {
  return /^[A-Za-z\u00C0-\u024F]$/.test(c);
}

/** Index of the quote closing a literal whose text starts at `from` ('' is a quote inside it). */
function closingQuote(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    if (text.charCodeAt(i) === 0x27) {
      if (text.charCodeAt(i + 1) !== 0x27 && !isLetter(text.charAt(i + 1))) return i;
      i++;
    }
    i++;
  }
  return i;
}

/** The values of one tuple starting at '(' : [start, end) of each, split at top-level commas. */
function tupleValues(text: string, open: number): { values: [number, number][]; end: number } {
  const values: [number, number][] = [];
  let depth = 0;
  let from = open + 1;
  for (let i = open; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x27) i = closingQuote(text, i + 1);
    else if (c === 0x28) depth++;
    else if (c === 0x29 && --depth === 0) {
      values.push([from, i]);
      return { values, end: i + 1 };
    } else if (c === 0x2c && depth === 1) {
      values.push([from, i]);
      from = i + 1;
    }
  }
  return { values, end: text.length };
}

function trimmed(text: string, [start, end]: [number, number]): [number, number] {
  let s = start;
  let e = end;
  while (s < e && isWhiteSpace(text.charCodeAt(s))) s++;
  while (e > s && isWhiteSpace(text.charCodeAt(e - 1))) e--;
  return [s, e];
}

function markInserts(ctx: ScanContext): void {
  const text = ctx.text;
  for (const m of text.matchAll(INSERT)) {
    const columns = (m[1] as string).split(',').map(columnName);
    const rules = columns.map((c) => columnRule(ctx, c, columns));
    let at = (m.index ?? 0) + m[0].length;
    while (text.charCodeAt(at) === 0x28) {
      const { values, end } = tupleValues(text, at);
      values.forEach((v, k) => {
        const [s, e] = trimmed(text, v);
        markLiteral(ctx, s, e, rules[k]);
      });
      at = end;
      while (at < text.length && /[\s,]/.test(text.charAt(at))) at++;
    }
  }
}

function markComparisons(ctx: ScanContext): void {
  const text = ctx.text;
  for (const m of text.matchAll(COMPARISON)) {
    const rule = columnRule(ctx, m[1] as string);
    if (!rule) continue;
    const literal = m[2] as string;
    const start = (m.index ?? 0) + m[0].length - literal.length;
    if (!literal.startsWith('(')) {
      markLiteral(ctx, start, start + literal.length, rule);
      continue;
    }
    for (const q of literal.matchAll(LITERALS))
      markLiteral(ctx, start + (q.index ?? 0), start + (q.index ?? 0) + q[0].length, rule);
  }
}

export const sqlLiterals: Detector = {
  id: 'sql_literals',
  types: [
    'name',
    'date',
    'geo',
    'zip',
    'street_address',
    'phone',
    'email',
    'ssn',
    'mrn',
    'account',
    'biometric',
    'other_id',
  ],
  run(ctx) {
    if (!ctx.includes("'") || !ctx.test(GATE)) return;
    markInserts(ctx);
    markComparisons(ctx);
  },
};
