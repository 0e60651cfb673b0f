/**
 * The columns of a table in text, whatever sets them apart (delimiters, wide gaps, HTML cells):
 * a header cell names its column as a JSON key names its value ("mrn", "last_name", "DOB",
 * "PATIENT NAME"), so every cell under a column the field rules know is that identifier
 * whatever it looks like: a bare "90190" under "zip", "Otskav" under "last_name", "94" under
 * "age" (an age over 89). The table readers find the header and the rows; the columns are typed
 * and their cells marked here.
 */
import { type FieldRule, ruleHolds } from '../field-rules';
import type { ScanContext } from './detector';
import { isSystemUuid } from './uuid';

export interface Cell {
  start: number;
  end: number;
}

/** Each column's rule, undefined where the field rules know no name of it. */
export type ColumnRules = (FieldRule | undefined)[];

/**
 * The rules of a header's columns by their names (an empty name types nothing), or undefined
 * when no column names an identifier. `joined[k]`, when given, is tried for a column whose own
 * name has no rule ("PATIENT" of "PATIENT NAME").
 */
export function columnRules(
  ctx: ScanContext,
  names: readonly string[],
  joined?: readonly (string | undefined)[],
): ColumnRules | undefined {
  let any = false;
  const rules = names.map((n, k) => {
    if (n.length === 0) return undefined;
    const also = joined?.[k];
    const rule =
      ctx.fields.ruleFor(n, undefined, names) ??
      (also ? ctx.fields.ruleFor(also, undefined, names) : undefined);
    if (rule) any = true;
    return rule;
  });
  // "PATIENT|MEMBER|PT ACCT": beside a column of the person's name, "member" alone heads the member's number.
  if (any && rules.some((r) => r?.type === 'name')) {
    for (let k = 0; k < names.length; k++) {
      const n = (names[k] as string).trim();
      if (rules[k] === undefined && MEMBER_HEADER.test(n))
        rules[k] = ctx.fields.ruleFor(`${n} id`, undefined, names);
    }
  }
  return any ? rules : undefined;
}

/** A column headed by the plan's member alone, abbreviated or not ("MEMBER", "Mbr", "member #"). */
const MEMBER_HEADER = /^(?:member|mbr|enrollee|enrolee)[ \t]*#?$/i;

/** "1  08842734": a row's number and blanks before the first cell's value. */
const ROW_NUMBER = /^\d{1,3}[ \t]{2,}(?=\S)/;
/** What a printed frame or a query writes for no value. */
const NO_VALUE = /^(?:NaN|None|null|NaT|<NA>)$/;

/** Marks each cell of a row under a typed column that can hold what its column names. */
export function markCells(
  ctx: ScanContext,
  cells: readonly Cell[],
  rules: readonly (FieldRule | undefined)[],
  ruleId: string,
): void {
  const text = ctx.text;
  for (let k = 0; k < cells.length; k++) {
    const rule = rules[k];
    const cell = cells[k] as Cell;
    if (!rule || cell.end <= cell.start || ctx.skip?.has(rule.type)) continue;
    const start =
      cell.start + (k === 0 ? (ROW_NUMBER.exec(text.slice(cell.start, cell.end))?.[0].length ?? 0) : 0);
    const value = text.slice(start, cell.end);
    if (!/[\p{L}\p{N}]/u.test(value) || NO_VALUE.test(value) || !ruleHolds(rule, value)) continue;
    // A column of resource ids under a person's header ("PATIENT"): the server's keys, kept.
    if (isSystemUuid(rule.type, value)) continue;
    if (rule.type === 'age' && !(Number.parseInt(value, 10) >= 90)) continue;
    ctx.out.push({ start, end: cell.end, type: rule.type, ruleId });
  }
}
