/**
 * A label joined to its value by something other than a colon: an arrow (`SSN -> 900123456`,
 * `DOB => 03/17/1984`, `MRN → 00482913`, `SSN >> …`, `MRN » …`), a bar between blanks before a
 * number (`MRN | 00482913`), or the words of an example (`SSN, e.g. 900123456`,
 * `MRN (for example 00482913)`, `MRN such as …`). The connector, with the blanks around it, is
 * read as ": ", so every reader of a label and its value sees the pair as a form writes it; what
 * it finds maps back to the value as written.
 *
 * Only after a letter (or a label's '#' or closing bracket): between two numbers an arrow is a
 * change (`Cr 1.2 -> 1.5`), and a lone '>' or '<' a comparison (`age > 90`), both left as they
 * are. A bar is a connector only between an identifier's label and a number: a table's header
 * (`| Name | MRN |`) and a banner's fields (`Rm 735-B | 960-155-744`) stay as written.
 */
import { labelBefore } from './detectors/labelled-ids';
import type { CharLookup, Rewrite } from './disguises';

/** Arrows and pointers drawn as one character: →, ⇒, ➜, ➔, ➡, ▶, ►, », ⟶, ⟹, ↦, ⇨, ➝–➤, ↠, ⇢, ⟾. */
const ARROW_CHARS =
  '\\u2192\\u21d2\\u279c\\u2794\\u27a1\\u25b6\\u25ba\\u00bb\\u27f6\\u27f9\\u21a6\\u21e8\\u279d-\\u27a4\\u21a0\\u21e2\\u27fe';
/** What only a text beyond ASCII may hold: an arrow drawn as one character, an ellipsis, or a pictograph. */
const WIDE_HINT = new RegExp(`[${ARROW_CHARS}\\u2026]|\\p{Extended_Pictographic}`, 'u');
/** The words of an example, a comma or an opening bracket before them. */
const EXAMPLE = String.raw`(?:,[ \t]*)?\(?(?<![A-Za-z])(?:e\.g\.?|eg\.|i\.e\.?|for example|for instance|such as)[,:]?`;
/**
 * After a letter, before a value (a digit, a capital, a quote or a bracket; a small letter only
 * opening an e-mail address: "nights -> days", "seven... six" stay as written): an arrow of dashes, equals signs or tildes, two or three '>', an arrow or a
 * pictograph drawn as one character (`👉`, `🔒`, `☎`; its variation selector with it), an ellipsis, two
 * dashes, a tilde, a bar before a number, or an example's words.
 */
const CONNECTOR = new RegExp(
  String.raw`(?<=[A-Za-z#)\]])[ \t]*(?:[:=][ \t]*)?(?:-{1,3}>|={1,3}>|~{1,2}>|>{2,3}|(?:[${ARROW_CHARS}]|\p{Extended_Pictographic})\ufe0f?|\.{2,4}|\u2026|--(?!-)|~(?=[ \t])|(?<=[ \t])\|(?=[ \t]+[+(]?\d)|${EXAMPLE})[ \t]*(?=[\p{Lu}\p{Lt}\p{N}"'(+]|\p{Ll}[\w.+-]{0,64}@)`,
  'gu',
);
/** Characters before a bar read for the label of an identifier. */
const LABEL_WINDOW = 48;
/** The labels of a Social Security number, which the record labels leave to the SSN's own reader. */
const SSN_LABEL =
  /(?:\bssn|\bsocial(?: security)?(?: number| no\.?| #)?|\bss ?#|\bsoc\.? sec\.?(?: number| no\.?| #)?)$/i;

function recordLabelBefore(head: string): boolean {
  return labelBefore(head) >= 0 || SSN_LABEL.test(head);
}

/** A telephone or a fax machine drawn before a number, no word before it: the number's label. */
const PHONE_PICTOGRAPH =
  /(?<![A-Za-z#)\]][ \t]*)(?:(\u{1f4e0})|[\u260e\u260f\u2706\u{1f4de}\u{1f4f1}\u{1f4f2}])\ufe0f?[ \t]*(?=[+(]?\d)/gu;

/** Whether `labelConnectorRewrites` may find something: a few character look-ups, one search beyond ASCII. */
export function mayHoldLabelConnector(text: string, lookup: CharLookup): boolean {
  if (text.length < 6) return false;
  if (
    lookup.includes('>') &&
    (lookup.includes('->') || lookup.includes('=>') || lookup.includes('>>') || lookup.includes('~>'))
  )
    return true;
  if (lookup.includes('..') || lookup.includes('--') || lookup.includes('~ ')) return true;
  if (lookup.includes(' | ')) return true;
  if (lookup.includes('e.g') || lookup.includes('eg.') || lookup.includes('i.e')) return true;
  if (lookup.includes('for example') || lookup.includes('for instance') || lookup.includes('such as'))
    return true;
  return lookup.plain !== true && WIDE_HINT.test(text);
}

/** The start of the line holding `at`. */
function lineStartOf(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

/** The end of the line holding `at` (its line break, or the text's end). */
function lineEndOf(text: string, at: number): number {
  const e = text.indexOf('\n', at);
  return e < 0 ? text.length : e;
}

/** A table's rule line ("+------+----+", "|---|:--:|", "---|---"): dashes, bars, pluses, colons and blanks only. */
function isTableRule(text: string, start: number, end: number): boolean {
  let dashes = 0;
  let joints = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2d) dashes++;
    else if (c === 0x7c || c === 0x2b) joints++;
    else if (c !== 0x3a && c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
  }
  return dashes >= 3 && joints >= 1;
}

/** A line of a block of barred lines: a bar in it, or a table's rule line. */
function isBarredLine(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 0x7c) return true;
  return isTableRule(text, start, end);
}

/**
 * The lines around a bar: consecutive lines holding bars (or rule lines), and whether a rule line
 * is among them, which makes them a pipe table's ("| mrn | payer | updated_at |" over
 * "+-----+-----+" or "|---|---|"): its bars set apart columns, each typed by its header, not a
 * label from its value. Found once per block; the bars of a text are met in order.
 */
interface BarBlock {
  start: number;
  end: number;
  table: boolean;
}

function barBlockAt(text: string, at: number): BarBlock {
  let start = lineStartOf(text, at);
  let end = lineEndOf(text, at);
  let table = isTableRule(text, start, end);
  while (start > 0) {
    const s = lineStartOf(text, start - 1);
    if (!isBarredLine(text, s, start - 1)) break;
    if (!table && isTableRule(text, s, start - 1)) table = true;
    start = s;
  }
  while (end < text.length) {
    const e = lineEndOf(text, end + 1);
    if (!isBarredLine(text, end + 1, e)) break;
    if (!table && isTableRule(text, end + 1, e)) table = true;
    end = e;
  }
  return { start, end, table };
}

/** Each connector between a label and its value, read as ": ", appended to `out`. */
export function labelConnectorRewrites(text: string, lookup: CharLookup, out: Rewrite[]): void {
  let block: BarBlock | undefined;
  CONNECTOR.lastIndex = 0;
  for (let m = CONNECTOR.exec(text); m !== null; m = CONNECTOR.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0].includes('|')) {
      // A pipe table's bars set apart its columns ("| Blue Cross Health Plan | 2025-11-04T01:49:50Z |").
      if (block === undefined || m.index > block.end) block = barBlockAt(text, m.index);
      if (block.table) continue;
      // A bar also sets apart the fields of a banner ("Rm 735-B | 960-155-744"): one after a record's label alone.
      if (!recordLabelBefore(text.slice(Math.max(0, m.index - LABEL_WINDOW), m.index))) continue;
    }
    out.push({ start: m.index, end, pieces: [{ text: ': ', from: m.index, to: end }] });
  }
  if (lookup.plain === true) return;
  PHONE_PICTOGRAPH.lastIndex = 0;
  for (let m = PHONE_PICTOGRAPH.exec(text); m !== null; m = PHONE_PICTOGRAPH.exec(text)) {
    const end = m.index + m[0].length;
    const label = m[1] === undefined ? 'tel: ' : 'fax: ';
    out.push({ start: m.index, end, pieces: [{ text: label, from: m.index, to: end }] });
  }
}
