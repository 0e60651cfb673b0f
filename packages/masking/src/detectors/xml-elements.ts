/**
 * XML messages of health IT (NCPDP SCRIPT, SOAP services, HL7 v3 outside a CDA's name and time
 * elements) nest a value under the element that says what it is, as JSON nests it under a key:
 * `<Name><FirstName>…</FirstName></Name>` is a part of a person's name, `<PrimaryTelephone>
 * <Number>…</Number></PrimaryTelephone>` a telephone number. A leaf element's value is read by
 * the masker's field rules with its tag as the key and its parent's tag as the parent key, so a
 * generic tag (Number, Value, ID) takes its meaning from its parent and a name part needs a name
 * around it. Tags that say nothing leave their values to the other detectors.
 */
import { ruleHolds } from '../field-rules';
import { PHI_TYPES } from '../types';
import type { Detector, ScanContext } from './detector';

/** An element's tag: an opening, a closing or an empty one, its local name after any prefix. */
const TAG = /<(\/?)(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)(?:\s[^<>]*?)?(\/?)>/g;
/** Elements nest only so deep in a message; deeper ones are read without their parents. */
const MAX_DEPTH = 64;
const MAX_VALUE = 120;

/** Marks the value of a leaf element text[start, end) under `tag` in `parent`, by the field rules. */
function markLeaf(
  ctx: ScanContext,
  tag: string,
  parent: string | undefined,
  start: number,
  end: number,
): void {
  let from = start;
  let to = end;
  while (from < to && ctx.text.charCodeAt(from) <= 0x20) from++;
  while (to > from && ctx.text.charCodeAt(to - 1) <= 0x20) to--;
  if (to - from === 0 || to - from > MAX_VALUE) return;
  const rule = ctx.fields.ruleFor(tag, parent, []);
  if (!rule || ctx.skip?.has(rule.type)) return;
  const value = ctx.text.slice(from, to);
  if (value.includes('&') || !ruleHolds(rule, value)) return;
  ctx.out.push({ start: from, end: to, type: rule.type, ruleId: 'xml_elements' });
}

export const xmlElements: Detector = {
  id: 'xml_elements',
  // Whatever a field rule may say.
  types: PHI_TYPES,
  run(ctx) {
    // Nested elements: a closing tag straight before another tag.
    if (!ctx.includes('</') || !ctx.includes('><')) return;
    const text = ctx.text;
    const open: string[] = [];
    // The element opened last, while nothing but its text has followed it.
    let leaf: { tag: string; parent: string | undefined; start: number } | undefined;
    TAG.lastIndex = 0;
    for (let m = TAG.exec(text); m !== null; m = TAG.exec(text)) {
      const tag = m[2] as string;
      if (m[1] === '/') {
        if (leaf?.tag === tag) markLeaf(ctx, tag, leaf.parent, leaf.start, m.index);
        leaf = undefined;
        const at = open.lastIndexOf(tag);
        if (at >= 0) open.length = at;
      } else if (m[3] !== '/') {
        leaf = { tag, parent: open[open.length - 1], start: m.index + m[0].length };
        if (open.length < MAX_DEPTH) open.push(tag);
      } else leaf = undefined;
    }
  },
};
