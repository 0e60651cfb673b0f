/**
 * An identifier cut across neighbouring strings — two text blocks of one result
 * (`"SSN 900-12-"`, `"3456"`), items of an array (`["call 555-010", "-1234"]`) — is in no
 * single string. Neighbours are read again joined, each through a window of its ends, and an
 * identifier found across a seam is masked in every string that holds a piece of it.
 */
import type { JsonString } from './json-tree';
import type { LeafEdit, MaskingSession, Pending } from './masking-session';

/** A string that has neighbours: its node and its JSON path (spelled out only if it changes). */
export interface SeamLeaf {
  node: JsonString;
  path(): string;
}

/** Characters of each end of a string read across a seam (a string this short is read whole). */
const END = 48;
/** Between a long string's two ends: a break no identifier spans. */
const GAP = '\n\n\n';

interface Window {
  leaf: SeamLeaf;
  /** Where the string's text starts in the joined text, and where its head ends there. */
  at: number;
  /** Offset in the string of the joined text's tail piece, and where that piece starts in the joined text. */
  tailFrom: number;
  tailAt: number;
  end: number;
}

/** Most characters read across seams at once; a longer run is read in overlapping parts. */
const MAX_JOINED = 4096;

/**
 * Masks identifiers across the seams of each run of neighbouring strings (`undefined` breaks a
 * run: a number, an object, a block that is not text). Only a seam that looks like a cut is
 * read: no white space on either side, and a digit or '@' beside it — or, with `words`, two
 * letters (a name cut in two text blocks), for neighbours few enough to read them all.
 */
export function maskSeams(
  session: MaskingSession,
  leaves: readonly (SeamLeaf | undefined)[],
  edits: LeafEdit[],
  words = false,
): void {
  let run: SeamLeaf[] = [];
  let length = 0;
  for (const leaf of leaves) {
    const prev = run[run.length - 1];
    if (leaf !== undefined && prev !== undefined && isCut(prev.node.value, leaf.node.value, words)) {
      run.push(leaf);
      length += Math.min(leaf.node.value.length, 2 * END);
      if (length < MAX_JOINED) continue;
      maskRun(session, run, edits);
      // The next part starts with this string, so its seam with the next is read there.
      run = [leaf];
      length = 0;
      continue;
    }
    if (run.length > 1) maskRun(session, run, edits);
    run = leaf !== undefined && leaf.node.value.length > 0 ? [leaf] : [];
    length = 0;
  }
  if (run.length > 1) maskRun(session, run, edits);
  maskDigitGroups(session, leaves, edits);
  for (let i = 1; i < leaves.length; i++) {
    const label = leaves[i - 1];
    const value = leaves[i];
    if (label !== undefined && value !== undefined && isLabelSeam(label.node.value, value.node.value))
      maskLabelSeam(session, label, value, edits);
  }
}

/**
 * A label ending one string ("Patient SSN:", "MRN", "call me on") and a number opening the next
 * ("900123456"), as a label and its value in two text blocks or two items of an array
 * (`["SSN", "900123456"]`): the number is read after its label.
 */
const LABEL_END = /[A-Za-z][A-Za-z.#)]*[ \t]*[:#=]?[ \t]*$/;
const NUMBER_START = /^[ \t]*[+(]?\d/;
/** Digits the opening of the next string holds at least: a number an identifier may be. */
const VALUE_DIGITS = 5;

function isLabelSeam(before: string, after: string): boolean {
  if (!NUMBER_START.test(after) || !LABEL_END.test(before.slice(-END))) return false;
  let digits = 0;
  for (let k = 0; k < after.length && k < 24; k++) {
    const c = after.charCodeAt(k);
    if (c >= 0x30 && c <= 0x39) digits++;
  }
  return digits >= VALUE_DIGITS;
}

/**
 * Reads the end of the label's string and the opening of the value's, a blank between, and masks
 * what is found at the value's start (or across the seam) in both strings.
 */
function maskLabelSeam(session: MaskingSession, label: SeamLeaf, value: SeamLeaf, edits: LeafEdit[]): void {
  const head = label.node.value.slice(-END);
  const tail = value.node.value.slice(0, 2 * END);
  const at = head.length + 1;
  const opening = at + (tail.length - tail.trimStart().length) + 1;
  const windows: Window[] = [
    { leaf: label, at: 0, tailFrom: label.node.value.length - head.length, tailAt: 0, end: head.length },
    { leaf: value, at, tailFrom: 0, tailAt: at, end: at + tail.length },
  ];
  for (const span of session.detect(`${head} ${tail}`)) {
    if (span.end <= at || span.start > opening) continue;
    for (const w of windows) if (span.start < w.end && span.end > w.at) addSpan(session, w, span, edits);
  }
}

const CUT_CHAR = /[\p{L}\p{N}@._+()/-]/u;
const NEAR_SEAM = /[\d@]/;

function isCut(before: string, after: string, words: boolean): boolean {
  if (before.length === 0 || after.length === 0) return false;
  const last = before[before.length - 1] as string;
  const first = after[0] as string;
  if (!CUT_CHAR.test(last) || !CUT_CHAR.test(first)) return false;
  return words || NEAR_SEAM.test(before.slice(-3)) || NEAR_SEAM.test(after.slice(0, 3));
}

function maskRun(session: MaskingSession, run: readonly SeamLeaf[], edits: LeafEdit[]): void {
  const parts: string[] = [];
  const windows: Window[] = [];
  let length = 0;
  for (const leaf of run) {
    const value = leaf.node.value;
    const at = length;
    if (value.length <= 2 * END) {
      parts.push(value);
      length += value.length;
      windows.push({ leaf, at, tailFrom: 0, tailAt: at, end: length });
    } else {
      parts.push(value.slice(0, END), GAP, value.slice(-END));
      length += 2 * END + GAP.length;
      windows.push({ leaf, at, tailFrom: value.length - END, tailAt: at + END + GAP.length, end: length });
    }
  }
  const joined = parts.join('');
  for (const span of session.detect(joined)) {
    const first = windows.findIndex((w) => span.start < w.end);
    const last = windows.findIndex((w) => span.end <= w.end);
    if (first < 0 || last <= first) continue;
    for (let k = first; k <= last; k++) addSpan(session, windows[k] as Window, span, edits);
  }
}

/** The piece of `span` that falls in one string, added to that string's edit. */
function addSpan(session: MaskingSession, w: Window, span: Pending, edits: LeafEdit[]): void {
  const value = w.leaf.node.value;
  const toValue = (joinedAt: number): number =>
    joinedAt >= w.tailAt ? w.tailFrom + joinedAt - w.tailAt : Math.min(joinedAt - w.at, END);
  const start = Math.max(0, toValue(Math.max(span.start, w.at)));
  const end = Math.min(value.length, toValue(Math.min(span.end, w.end)));
  if (end <= start) return;
  addPiece(session, w.leaf, { ...span, start, end }, edits);
}

/** A span found in one string (offsets in its value) added to that string's edit. */
export function addPiece(session: MaskingSession, leaf: SeamLeaf, piece: Pending, edits: LeafEdit[]): void {
  const node = leaf.node;
  const edit = edits.find((e) => e.start === node.start && e.end === node.end);
  if (edit === undefined) {
    edits.push({ start: node.start, end: node.end, path: leaf.path(), value: node.value, spans: [piece] });
    return;
  }
  // JSON inside the string was masked as JSON; its edits stand.
  if (edit.inner !== undefined) return;
  edit.spans = session.mergePending([...edit.spans, piece]);
}

/**
 * The digit groups of one identifier, one group to a string: an SSN's 3-2-4, a telephone
 * number's 3-3-4 (a country code's digit before it), a card's 4-4-4-4 (`["900", "12", "3456"]`,
 * `{"a": "900", "b": "12", "c": "3456"}`, fields numbered as parts: see `numberedKeys`). Only a
 * run of strings of digits alone, of exactly one such grouping, is read: joined by dashes, an identifier found across all of it is masked in
 * every piece. Other runs of numbers (`["12", "40"]`, a date's parts) stay as written.
 */
const GROUPINGS: ReadonlySet<string> = new Set(['3,2,4', '3,3,4', '1,3,3,4', '4,4,4,4']);
const MAX_GROUP = 4;

function digitGroup(leaf: SeamLeaf | undefined): boolean {
  const v = leaf?.node.value;
  if (v === undefined || v.length === 0 || v.length > MAX_GROUP) return false;
  for (let k = 0; k < v.length; k++) {
    const c = v.charCodeAt(k);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

export function maskDigitGroups(
  session: MaskingSession,
  leaves: readonly (SeamLeaf | undefined)[],
  edits: LeafEdit[],
): void {
  let i = 0;
  while (i < leaves.length) {
    if (!digitGroup(leaves[i])) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < leaves.length && digitGroup(leaves[j])) j++;
    if (j - i >= 3 && j - i <= 4) maskGroupedRun(session, leaves.slice(i, j) as SeamLeaf[], edits);
    i = j;
  }
}

/** A key's stem: without the number or the letter that counts it ("p1" → "p", "part_b" → "part_"). */
const KEY_COUNTER = /(?:(?<!\d)\d+|(?<![A-Za-z])[A-Za-z]|(?<=[_-])[A-Za-z])$/;

/**
 * Fields numbered as the parts of one value, one stem counted on (`a`, `b`, `c`; `p1`, `p2`,
 * `p3`; `part_a`, `part_b`). Fields of their own (`bp`, `hr`, `rr`), or a key and a value
 * (`k`, `v`), are values of their own.
 */
export function numberedKeys(keys: readonly string[]): boolean {
  let stem: string | undefined;
  let last = -1;
  for (const key of keys) {
    const m = KEY_COUNTER.exec(key);
    if (m === null) return false;
    const counter = m[0];
    const at = /\d/.test(counter) ? Number.parseInt(counter, 10) : counter.toLowerCase().charCodeAt(0);
    if (stem === undefined) stem = key.slice(0, m.index);
    else if (key.slice(0, m.index) !== stem || at !== last + 1) return false;
    last = at;
  }
  return stem !== undefined;
}

function maskGroupedRun(session: MaskingSession, run: readonly SeamLeaf[], edits: LeafEdit[]): void {
  const values = run.map((leaf) => leaf.node.value);
  const grouping = values.map((v) => v.length).join(',');
  if (!GROUPINGS.has(grouping)) return;
  // A telephone number's area code opens with 2 to 9 ("001", "002", "0003" count something else).
  const area = values[values.length - 3] as string;
  if (grouping.endsWith('3,3,4') && (area < '2' || (grouping.length > 5 && values[0] !== '1'))) return;
  const joined = values.join('-');
  const whole = session.detect(joined).find((span) => span.start === 0 && span.end === joined.length);
  if (whole === undefined) return;
  for (const leaf of run) addPiece(session, leaf, { ...whole, start: 0, end: leaf.node.value.length }, edits);
}
