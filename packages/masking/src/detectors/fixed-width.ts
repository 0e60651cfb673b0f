/**
 * Fixed-width records (mainframe eligibility, enrolment and claim files): lines of one record
 * type whose fields are padded with spaces to fixed columns, often glued to each other where a
 * field fills its width ("B19850302M875331173"). A block of two or more such lines whose padded
 * fields start at the same columns is read as records:
 *
 * - a run of five or more digits is an identifier: a valid YYYYMMDD or MMDDYYYY a date, nine
 *   digits a social security number, ten a telephone number, others a member or record number
 *   (with the letters glued before it: "ZQ5816047993"); five digits alone in a column are a
 *   code (a procedure, a payer) and stay;
 * - digits followed by words in one field are a street line ("2039 ORCHARD GATE RD");
 * - a state's two letters glued to five or nine digits are a ZIP code ("GA38022");
 * - a field of words before a state and ZIP is a town, and a column of words a third of whose
 *   values hold a given name or surname of the dictionaries is a column of names.
 *
 * Header and trailer lines of another record type, words of other columns (plan names, codes)
 * and organisations' names stay.
 */
import type { PhiType } from '../types';
import type { Detector, ScanContext } from './detector';
import { GIVEN, NEVER, nameDictionaries, SURNAME } from './dictionaries';
import { isOrganisationName } from './organisations';

interface Range {
  start: number;
  end: number;
}

/** Words of a field that is only words: its line, column and place. */
interface WordField extends Range {
  line: number;
  column: number;
  /** Whether the next field starts with a state's letters (then this one is a town). */
  beforeState: boolean;
}

const MIN_LINE = 60;
const MIN_FIELDS = 4;
const US_STATES = new Set(
  'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI AS MP'.split(
    ' ',
  ),
);

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isSpace = (c: number): boolean => c === 0x20;

/** The fields of text[start, end): runs of characters separated by two or more spaces. */
function fieldsOf(text: string, start: number, end: number): Range[] {
  const out: Range[] = [];
  let i = start;
  while (i < end) {
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    if (i >= end) break;
    const from = i;
    while (i < end && !(isSpace(text.charCodeAt(i)) && (i + 1 >= end || isSpace(text.charCodeAt(i + 1)))))
      i++;
    out.push({ start: from, end: i });
  }
  return out;
}

/** A record line: long, no other delimiter nor currency sign, several padded fields and a run of six digits. */
function isRecordLine(text: string, start: number, end: number, fields: Range[]): boolean {
  if (end - start < MIN_LINE || fields.length < MIN_FIELDS) return false;
  const line = text.slice(start, end);
  return !/[\t|;,{}<>"=$]/.test(line) && /\d{6}/.test(line);
}

function validDate(digits: string): boolean {
  const ymd = /^(19|20)\d\d(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/;
  const mdy = /^(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(19|20)\d\d$/;
  return ymd.test(digits) || mdy.test(digits);
}

function digitType(digits: string): PhiType {
  if (digits.length === 8 && validDate(digits)) return 'date';
  if (digits.length === 9) return 'ssn';
  if (digits.length === 10) return 'phone';
  return 'other_id';
}

function push(ctx: ScanContext, start: number, end: number, type: PhiType): void {
  if (end > start && !ctx.skip?.has(type)) ctx.out.push({ start, end, type, ruleId: 'fixed_width_records' });
}

/** Words only (letters, spaces, hyphens, apostrophes, periods). */
const WORDS = /^[\p{L}][\p{L}'’. -]*$/u;

/** What follows a house number on a street line: words, then maybe a unit's number ("STE 110"). */
const STREET_REST = /^\p{L}[\p{L}\d'’.# -]*$/u;

/** A field that is a street line: a house number (a letter may follow), a space and words. */
const STREET_LINE = /^\d{1,6}[A-Z]?[ ]\p{L}[\p{L}\d'’.# -]*$/u;

/** Marks the digit runs of one field that is not only words, or the whole field when it is a street line. */
function markDigits(ctx: ScanContext, field: Range): void {
  const text = ctx.text;
  if (STREET_LINE.test(text.slice(field.start, field.end))) {
    push(ctx, field.start, field.end, 'street_address');
    return;
  }
  let i = field.start;
  while (i < field.end) {
    if (!isDigit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    while (
      j < field.end &&
      (isDigit(text.charCodeAt(j)) || (text.charCodeAt(j) === 0x2d && isDigit(text.charCodeAt(j + 1))))
    )
      j++;
    const digits = text.slice(i, j).replaceAll('-', '');
    if (digits.length >= 5) markRun(ctx, field, i, j, digits, text.slice(field.start, field.end) === digits);
    i = j;
  }
}

function markRun(
  ctx: ScanContext,
  field: Range,
  from: number,
  to: number,
  digits: string,
  alone: boolean,
): void {
  const text = ctx.text;
  // Letters glued before the digits at the start of a token: "ZQ5816047993", "GA38022".
  let start = from;
  while (start > field.start && /[A-Z]/.test(text.charAt(start - 1))) start--;
  const prefix = text.slice(start, from);
  const tokenStart = start === field.start || isSpace(text.charCodeAt(start - 1));
  if (prefix.length === 2 && US_STATES.has(prefix) && (digits.length === 5 || digits.length === 9)) {
    push(ctx, from, to, 'zip');
    return;
  }
  // Digits, a space and words to the field's end: a street line (the digits may hold a glued field before it).
  if (text.charCodeAt(to) === 0x20 && STREET_REST.test(text.slice(to + 1, field.end))) {
    push(ctx, from, field.end, 'street_address');
    return;
  }
  if (prefix.length >= 2 && tokenStart) push(ctx, start, to, 'other_id');
  // Five digits alone in a column are a code (a procedure, a payer's number), not a person's.
  else if (!(alone && digits.length === 5)) push(ctx, from, to, digitType(digits));
}

/** Whether the words hold a given name or surname of the dictionaries (and no drug or device name). */
function holdsName(words: string): boolean {
  const flags = nameDictionaries().flags;
  let name = false;
  for (const w of words.toLowerCase().split(/[ '’.-]+/)) {
    const f = flags.get(w) ?? 0;
    if (f & NEVER) return false;
    if (f & (GIVEN | SURNAME)) name = true;
  }
  return name;
}

/** Marks the word fields: towns before a state, and every value of a column of names. */
function markWordFields(ctx: ScanContext, fields: WordField[]): void {
  const byColumn = new Map<number, WordField[]>();
  for (const f of fields) {
    const list = byColumn.get(f.column);
    if (list) list.push(f);
    else byColumn.set(f.column, [f]);
  }
  const nameColumns = new Set<number>();
  for (const [column, list] of byColumn) {
    const names = list.filter((f) => holdsName(ctx.text.slice(f.start, f.end))).length;
    if (names > 0 && names * 3 >= list.length && !list.some((f) => f.beforeState)) nameColumns.add(column);
  }
  // A name's other part stands in the column beside it (family name, then given name).
  for (const [column, list] of byColumn)
    if ((nameColumns.has(column - 1) || nameColumns.has(column + 1)) && !list.some((f) => f.beforeState))
      nameColumns.add(column);
  for (const [column, list] of byColumn) {
    for (const f of list) {
      const value = ctx.text.slice(f.start, f.end);
      if (isOrganisationName(value)) continue;
      if (f.beforeState) push(ctx, f.start, f.end, 'geo');
      else if (nameColumns.has(column)) push(ctx, f.start, f.end, 'name');
    }
  }
}

/** A state's two letters alone, or before a ZIP code or a space: "GA", "GA38022", "GA 38022". */
function startsWithState(text: string, f: Range | undefined): boolean {
  if (!f) return false;
  return (
    US_STATES.has(text.slice(f.start, f.start + 2)) && /^(?:\d{5}|\s|$)/.test(text.slice(f.start + 2, f.end))
  );
}

/**
 * The columns where fields start: where two or more lines (and a third of them) start a field
 * after padding. A field that fills its width runs into the next one in some lines
 * ("BARTHOLOMEW O19711007"), so lines are cut at these columns, not at their spaces.
 */
function columnsOf(lines: { start: number; fields: Range[] }[]): number[] {
  const counts = new Map<number, number>();
  for (const l of lines)
    for (const f of l.fields) counts.set(f.start - l.start, (counts.get(f.start - l.start) ?? 0) + 1);
  const columns: number[] = [];
  for (const [column, n] of counts) if (column > 0 && n >= 2 && n * 3 >= lines.length) columns.push(column);
  return columns.sort((a, b) => a - b);
}

/** text[start, end) cut at the columns, each piece without its padding and with its column's index. */
function cutAt(text: string, start: number, end: number, columns: number[]): (Range & { column: number })[] {
  const out: (Range & { column: number })[] = [];
  const bounds = [0, ...columns.map((c) => Math.min(start + c, end) - start), end - start];
  for (let k = 0; k + 1 < bounds.length; k++) {
    let from = start + (bounds[k] as number);
    let to = start + (bounds[k + 1] as number);
    while (from < to && isSpace(text.charCodeAt(from))) from++;
    while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
    if (to > from) out.push({ start: from, end: to, column: k });
  }
  return out;
}

/** The lines of the dominant record type: those starting with the character most lines start with. */
function dataLines<T extends { start: number }>(text: string, lines: T[]): T[] {
  const counts = new Map<string, number>();
  for (const l of lines) counts.set(text.charAt(l.start), (counts.get(text.charAt(l.start)) ?? 0) + 1);
  const [top, n] = [...counts].sort((a, b) => b[1] - a[1])[0] as [string, number];
  return n * 3 >= lines.length * 2 ? lines.filter((l) => text.charAt(l.start) === top) : lines;
}

function markBlock(ctx: ScanContext, block: { start: number; end: number; fields: Range[] }[]): void {
  const lines = dataLines(ctx.text, block);
  const columns = lines.length < 2 ? [] : columnsOf(lines);
  if (columns.length < 2) return;
  const text = ctx.text;
  const words: WordField[] = [];
  lines.forEach((l, line) => {
    const fields = cutAt(text, l.start, l.end, columns);
    fields.forEach((f, k) => {
      const value = text.slice(f.start, f.end);
      if (WORDS.test(value)) {
        if (value.length >= 2 && !(value.length === 2 && US_STATES.has(value)))
          words.push({
            ...f,
            line,
            beforeState: startsWithState(text, fields[k + 1]),
          });
      } else markDigits(ctx, f);
    });
  });
  markWordFields(ctx, words);
}

export const fixedWidthRecords: Detector = {
  id: 'fixed_width_records',
  types: ['name', 'date', 'street_address', 'geo', 'zip', 'phone', 'ssn', 'other_id'],
  run(ctx) {
    if (!ctx.hasUpper || ctx.longestDigitRun < 6 || !ctx.includes('\n') || !ctx.includes('   ')) return;
    const text = ctx.text;
    let block: { start: number; end: number; fields: Range[] }[] = [];
    let start = 0;
    while (start <= text.length) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      const stop = end > start && text.charCodeAt(end - 1) === 0x0d ? end - 1 : end;
      const fields = fieldsOf(text, start, stop);
      if (isRecordLine(text, start, stop, fields)) block.push({ start, end: stop, fields });
      else {
        if (block.length >= 2) markBlock(ctx, block);
        block = [];
      }
      start = end + 1;
    }
    if (block.length >= 2) markBlock(ctx, block);
  },
};
