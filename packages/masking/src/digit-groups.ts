/**
 * Digits of an identifier grouped so that no pattern reads them: groups joined by marks no
 * identifier is written with (`900~12~3456`, `555|010|1234`, `900 : 12 : 3456`), by two kinds
 * of marks at once (`900-12.3456`), digits spaced one by one and unevenly (`9  0  0 1 2 …`),
 * letters drawn like digits inside a number (`9OO-l2-3456`: O for 0, l and I for 1, S for 5,
 * B for 8), or a number whose label comes after it (`900123456 is my social`, `4471920 (MRN)`).
 *
 * Each is rewritten into the form the detectors read: the groups joined by '-' (digits spaced
 * one by one run together), the letters read as the digits they stand for, and a label written
 * after the number also written before it. What a detector then finds maps back to the
 * original characters.
 *
 * Odd marks alone are read in the shapes of an SSN (3-2-4) and a North American telephone
 * number (3-3-4, 1-3-3-4), joined without blanks, and so are one or two look-alike letters in a
 * number of those shapes that opens with a digit; after an identifier's label (or before one
 * written after the number) any grouping of six digits or more is, and so are letters for
 * digits. Colons, commas and slashes, which times, dates and counts are written with, count
 * only in those two shapes after a label.
 */
import type { CharLookup, Piece, Rewrite } from './disguises';

const SSN_LABELS = String.raw`ssn|ss#|s\.s\.n\.?|social(?:[ \t]+security)?|soc\.?[ \t]?sec\.?`;
const RECORD_LABELS = String.raw`mrn|medical[ \t]+record|med[ \t]+rec|chart|patient[ \t]+id|pt[ \t]+id|acct|account|member(?:[ \t]+id)?|policy|subscriber(?:[ \t]+id)?|id|licen[cs]e|passport|dl`;
const PHONE_LABELS = 'phone|ph|tel|telephone|mobile|cell|fax|pager|call|text|sms|contact|dial|whatsapp';
const LABELS = `${SSN_LABELS}|${RECORD_LABELS}|${PHONE_LABELS}`;

/** A label right before a number: "SSN", "phone no.", "MRN is", "acct #:", glued or not. */
const LABEL_BEFORE = new RegExp(
  String.raw`(?<![A-Za-z0-9])(?:${LABELS})(?:[ \t:#=.-]{0,4}(?:no\.?|number|num|is|was)(?![A-Za-z])){0,2}[ \t:#=.-]{0,6}$`,
  'i',
);
/**
 * A label right after a number: in brackets ("(SSN)", "[acct]"), after a dash, or said of it
 * ("is my social", "was the patient's MRN"). Group 1 is the label.
 */
const LABEL_AFTER = new RegExp(
  String.raw`^[ \t]*(?:[([][ \t]*|-[ \t]+|(?:is|was|=)[ \t]+(?:(?:my|his|her|their|our|your|the|patient['’]?s?|pt['’]?s?)[ \t]+){0,2})((?:${LABELS})(?:[ \t]+(?:number|no\.?|#))?)(?![A-Za-z0-9])`,
  'i',
);
/** A digit or a closing bracket right before a number (a blank or a mark between): part of one number. */
const NUMBER_PART_BEFORE = /[\d)][ \t.-]{0,2}$/;
/** How far before a number its label may start, and after it its label may end. */
const LABEL_REACH = 40;

/** A label of a date of birth or death before a date ("DOB", "born", "date of death:"). */
const DATE_LABEL_BEFORE =
  /(?<![A-Za-z0-9])(?:dob|d\.o\.b\.?|date[ \t]+of[ \t]+(?:birth|death)|birth[ \t]?date|born(?:[ \t]+on)?|birthday|dod|deceased(?:[ \t]+on)?)[ \t:#=.-]{0,6}$/i;

/** Letters drawn like digits, and the digit each is read as. */
const LOOKALIKE_DIGITS: Readonly<Record<string, string>> = { O: '0', o: '0', I: '1', l: '1', S: '5', B: '8' };
/** ASCII and full-width digits. */
const D = String.raw`\d\uff10-\uff19`;
/** A group: up to sixteen digits or look-alike letters, a digit among its first four characters. */
const GROUP = `(?=[OoIlSB]{0,3}[${D}])[${D}OoIlSB]{1,16}`;
/**
 * Marks between digits that times, dates, counts, paths and code are written with — and their
 * full-width forms: read only in an identifier's shape after its label.
 */
const OTHER_MARKS = String.raw`:,/\\'"^=;#$<>!?\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff5e`;
/**
 * Between groups: a mark with at most two blanks on each side, or one to three blanks. A colon,
 * comma or slash with blanks beside it separates two values, not the groups of one.
 */
const SEPARATOR = String.raw`(?:[ \t]{0,2}[-~|*_.\u00b7][ \t]{0,2}|[${OTHER_MARKS}]|[ \t]{1,3}(?:(?:dash|hyphen)[ \t]{1,3})?)`;
/** A form's label glued to what follows it: "FROM:", "Ph(H):". */
const FIELD_LABEL_BEFORE = /[\w)]:[ \t]*$/;
/** Look-alike letters alone between two groups joined by dashes or dots ("555-OlO-1234"). */
const LETTER_GROUP = `[-.][OoIlSB]{1,4}(?=[-.][${D}])`;
/** A number of one to twelve groups, not inside a longer number or word. */
const NUMBER = new RegExp(
  String.raw`(?<![${D}A-Za-z_~|*./\\%-])(?<![${D}][:,])${GROUP}(?:${SEPARATOR}${GROUP}|${LETTER_GROUP}){0,11}(?![\w])`,
  'g',
);
/**
 * A mark after a number or a table's bar before a number (blanks between): the number is one
 * item of a list or a row's cell.
 */
const LIST_MARK_BEFORE = new RegExp(String.raw`(?:[${D}][ \t]*[~|*${OTHER_MARKS}-]|[|~*])[ \t]*$`);
/**
 * What only an odd grouping has: a mark no identifier uses between digits, a colon, comma or
 * slash in an identifier's shape, blanks around a dash or dot between two-digit groups, four
 * digits spaced one by one, a look-alike letter inside a group of digits, two kinds of mark in
 * an identifier's shape. (Dates, times, ranges, counts and "B12" or "O2" pass none.)
 *
 * Every form but one opens with a digit, so they are grouped after one: the expression tries
 * its forms only at a digit or a dash, not at every letter. Look-alike letters before the digits
 * ("O12-3", not inside a word) are read back from the first digit by a look-behind.
 */
const ODD_HINT = new RegExp(
  String.raw`[${D}](?:[ \t]{0,2}[~|*_\u00b7][ \t]{0,2}[${D}OoIlSB]|[${D}]{2}[\t${OTHER_MARKS}][${D}]{2,3}[\t${OTHER_MARKS}][${D}]{4})|` +
    String.raw`\d(?:\d[ \t]*[-.][ \t]+\d{2}|\d[ \t]+[-.][ \t]*\d{2}|[ \t]{1,3}\d[ \t]{1,3}\d[ \t]{1,3}\d|[ \t]+(?:dash|hyphen)[ \t]+\d|` +
    String.raw`[ \t.-]?[OoIlSB]{1,3}[ \t.-]?\d|(?<=(?<![A-Za-z])[OoIlSB]{1,3}\d)\d{0,2}-\d|\d{2}(?:-\d{2,3}[. ]|\.\d{2,3}[- ]| \d{2,3}[-.])\d{4})|` +
    String.raw`-[OoIlSB]{1,3}[\d-]`,
);
/** What a label after a number opens with. */
const AFTER_MARKS = ['(', '[', ' - ', ' is ', ' was ', '='];
const AFTER_HINT = /\d[ \t]*(?:[([][ \t]*|-[ \t]+|(?:is|was|=)[ \t]+)[A-Za-z]/;

/** Marks that times, dates, counts and paths are written with: read only in an identifier's shape. */
const DATA_MARKS = new RegExp(`[\t${OTHER_MARKS}]`);
/**
 * Marks no identifier is written with between its digits (blanks alone count only between
 * digits spaced one by one: two numbers apart are a table's columns).
 */
const ODD_MARKS = /[~|*_\u00b7]|[ \t][-.]|[-.][ \t]|dash|hyphen/;
const LETTER = /[A-Za-z]/;
const DIGIT_COUNT_FLOOR = 6;
const DIGIT_COUNT_CEILING = 16;

/** Whether `digitGroupRewrites` may find something: a digit count and one or two expressions. */
export function mayHoldDigitGroups(text: string, lookup: CharLookup): boolean {
  const digits = lookup.digits ?? countDigits(text);
  if (digits < DIGIT_COUNT_FLOOR) return false;
  return ODD_HINT.test(text) || mayHoldLabelAfter(text, lookup);
}

function mayHoldLabelAfter(text: string, lookup: CharLookup): boolean {
  // The expression first: one pass over the text costs less than the marks' searches.
  return AFTER_HINT.test(text) && AFTER_MARKS.some((m) => lookup.includes(m));
}

function countDigits(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) n++;
  }
  return n;
}

/** One number as groups and the separators between them. */
interface Grouped {
  groups: string[];
  separators: string[];
  /** Digits and look-alike letters. */
  digits: number;
  letters: number;
}

function grouped(value: string): Grouped {
  const groups: string[] = [];
  const separators: string[] = [];
  let digits = 0;
  let letters = 0;
  let k = 0;
  while (k < value.length) {
    const from = k;
    while (k < value.length && isGroupChar(value.charCodeAt(k))) k++;
    const group = value.slice(from, k);
    groups.push(group);
    for (const ch of group) {
      if (LETTER.test(ch)) letters++;
      else digits++;
    }
    const sepFrom = k;
    while (k < value.length && !isGroupChar(value.charCodeAt(k))) k++;
    if (k > sepFrom) separators.push(value.slice(sepFrom, k));
  }
  return { groups, separators, digits: digits + letters, letters };
}

/** A full stop and a blank between groups, as a sentence ends: ". 82". */
const FULL_STOP = /\.[ \t]/;

/**
 * The part of a number before a sentence's end: "2025-11-03. 82% of visits" is a date, then a
 * new sentence. A full stop and a blank join groups only where every mark of the number is one
 * ("900. 12. 3456") or the groups make an identifier's shape ("900-12. 3456").
 */
function beforeFullStop(value: string): string {
  const stop = FULL_STOP.exec(value);
  if (stop === null) return value;
  const g = grouped(value);
  if (hasIdentifierShape(g) || g.separators.every((mark) => mark === g.separators[0])) return value;
  return value.slice(0, stop.index);
}

function isGroupChar(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0xff10 && c <= 0xff19) ||
    LOOKALIKE_DIGITS[String.fromCharCode(c)] !== undefined
  );
}

/** The digit counts of an SSN and of a North American number, as written in groups. */
const SHAPES = ['3,2,4', '3,3,4', '1,3,3,4'];

function hasIdentifierShape(g: Grouped): boolean {
  return SHAPES.includes(g.groups.map((x) => x.length).join(','));
}

/** Two kinds of mark among the standard ones ('-', '.', a blank). */
function mixesMarks(separators: readonly string[]): boolean {
  return new Set(separators).size > 1;
}

/**
 * Whether the number is read otherwise than written: `labelled` when a label stands before or
 * after it. A number the detectors read as written (standard marks, no letters) is left alone.
 */
function readsOtherwise(g: Grouped, labelled: boolean, afterFieldLabel = false): boolean {
  if (g.digits < DIGIT_COUNT_FLOOR || g.digits > DIGIT_COUNT_CEILING) return false;
  const data = g.separators.some((s) => DATA_MARKS.test(s));
  const odd = g.separators.some((s) => ODD_MARKS.test(s)) || spacedOneByOne(g);
  const shaped = hasIdentifierShape(g);
  if (!labelled)
    return (
      shaped &&
      !data &&
      !g.separators.some(hasBlank) &&
      (g.letters === 0 ? odd || mixesMarks(g.separators) : !afterFieldLabel && lettersForDigits(g))
    );
  if (g.letters * 3 > g.digits) return false;
  if (data) return shaped;
  return odd || g.letters > 0 || (shaped && mixesMarks(g.separators));
}

/**
 * One or two letters drawn like digits in a number that opens with a digit and has one kind of
 * standard mark between its groups (`9OO-12-3456`, `617.555.O199`): an identifier's digits, even
 * without a label (a code that opens with a letter, "B12-34-5678", stays).
 */
function lettersForDigits(g: Grouped): boolean {
  const first = g.groups[0]?.charCodeAt(0) ?? 0;
  const mark = g.separators[0];
  return (
    g.letters <= 2 &&
    first >= 0x30 &&
    first <= 0x39 &&
    (mark === '-' || mark === '.') &&
    g.separators.every((s) => s === mark)
  );
}

function hasBlank(separator: string): boolean {
  return separator.includes(' ') || separator.includes('\t');
}

/** The group lengths of a day, month and year (or a year, month and day), and a date so written with odd marks. */
const DATE_SHAPE = /^(?:[12],[12],4|4,[12],[12])$/;

function isOddDate(g: Grouped): boolean {
  return (
    g.letters === 0 &&
    g.separators.some((x) => ODD_MARKS.test(x)) &&
    DATE_SHAPE.test(g.groups.map((x) => x.length).join(','))
  );
}

/** Whether anything in the number may be read otherwise, label or not. */
function writtenOddly(g: Grouped): boolean {
  return (
    g.letters > 0 ||
    (g.separators.length > 0 &&
      (hasIdentifierShape(g) || g.separators.some((x) => ODD_MARKS.test(x)) || spacedOneByOne(g)))
  );
}

/** Digits spaced one by one: three groups of one digit in a row at least. */
function spacedOneByOne(g: Grouped): boolean {
  let run = 0;
  for (const group of g.groups) {
    run = group.length === 1 ? run + 1 : 0;
    if (run >= 3) return true;
  }
  return false;
}

/**
 * The pieces the number reads as: look-alike letters as digits, each separator as '-' — or as
 * nothing between two digits spaced one by one — each piece mapped to what it was written as.
 */
function numberPieces(
  value: string,
  g: Grouped,
  start: number,
  prefix: string,
  regroup: boolean,
  joiner = '-',
): Piece[] {
  const pieces: Piece[] = [];
  if (prefix.length > 0) pieces.push({ text: prefix, from: start, to: start });
  if (!regroup) {
    for (let k = 0; k < value.length; k++)
      pieces.push({ text: value[k] as string, from: start + k, to: start + k + 1 });
    return pieces;
  }
  let at = start;
  for (let i = 0; i < g.groups.length; i++) {
    const group = g.groups[i] as string;
    for (const ch of group) {
      pieces.push({ text: LOOKALIKE_DIGITS[ch] ?? ch, from: at, to: at + 1 });
      at++;
    }
    const sep = g.separators[i];
    if (sep === undefined) break;
    const joined = /^[ \t]+$/.test(sep) && group.length === 1 && g.groups[i + 1]?.length === 1;
    pieces.push({ text: joined ? '' : joiner, from: at, to: at + sep.length });
    at += sep.length;
  }
  return pieces.length === 0 || at - start !== value.length ? [] : pieces;
}

/**
 * The rewrites of the numbers of `text` read otherwise than written (see the module's
 * comment), appended to `out`.
 */
export function digitGroupRewrites(text: string, lookup: CharLookup, out: Rewrite[]): void {
  const labelAfter = mayHoldLabelAfter(text, lookup);
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m !== null; m = NUMBER.exec(text)) {
    const start = m.index;
    const value = beforeFullStop(m[0]);
    if (value.length < m[0].length) NUMBER.lastIndex = start + value.length;
    const end = start + value.length;
    const g = grouped(value);
    if (g.digits < DIGIT_COUNT_FLOOR) continue;
    // A number written as the detectors read it is looked at again only for a label after it.
    if (!labelAfter && !writtenOddly(g)) continue;
    const gluedToWord = start > 0 && LETTER.test(text[start - 1] as string);
    if (gluedToWord && LETTER.test(value[0] as string)) continue;
    const head = text.slice(Math.max(0, start - LABEL_REACH), start);
    const labelBefore = LABEL_BEFORE.test(head);
    if (!labelBefore && isOddDate(g) && DATE_LABEL_BEFORE.test(head)) {
      out.push({ start, end, pieces: numberPieces(value, g, start, '', true, '/') });
      continue;
    }
    // A number after another number's part ("(02) 8567 1083 (fax)") is read whole as written.
    const after =
      labelBefore || NUMBER_PART_BEFORE.test(head)
        ? null
        : LABEL_AFTER.exec(text.slice(end, end + LABEL_REACH));
    if (!labelBefore && after === null && (gluedToWord || LIST_MARK_BEFORE.test(head))) continue;
    // A label after the number is written before it too, so the detectors read it there.
    const prefix = after ? `${(after[1] as string).replace(/[ \t]+/g, ' ')}: ` : '';
    // After a form's own label ("FROM:4O1-…" on a fax cover) OCR'd letters are the OCR reader's, which types them by the label.
    const regroup = readsOtherwise(g, labelBefore || after !== null, FIELD_LABEL_BEFORE.test(head));
    if (!regroup && prefix.length === 0) continue;
    const pieces = numberPieces(value, g, start, prefix, regroup);
    if (pieces.length > 0) out.push({ start, end, pieces });
  }
}
