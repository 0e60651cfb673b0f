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

/** Each connector between a label and its value, read as ": ", appended to `out`. */
export function labelConnectorRewrites(text: string, lookup: CharLookup, out: Rewrite[]): void {
  CONNECTOR.lastIndex = 0;
  for (let m = CONNECTOR.exec(text); m !== null; m = CONNECTOR.exec(text)) {
    const end = m.index + m[0].length;
    // A bar also sets apart the fields of a banner ("Rm 735-B | 960-155-744"): one after a record's label alone.
    if (m[0].includes('|') && !recordLabelBefore(text.slice(Math.max(0, m.index - LABEL_WINDOW), m.index)))
      continue;
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
