/**
 * A record's person, named by a field and said again in the record's free text: a search hit's
 * `"patient_name": "Quarrie, Delva"` and its highlight `"… spoke with <em>Quarrie</em> re: …"`,
 * a chart's `"family": "QUARRIE"` and its note `"Pt Quarrie seen today"`. Each string is
 * detected alone, so the name of one field is unknown where another string repeats it. Once a
 * JSON text is walked, the words of the names its fields hold (field rules and the labelled,
 * segment or column values detection found) and of the names its free text gives whole (a
 * resource's "Chart of Wren Quillby" for its name "QUILLBY, WREN chart") are marked where they stand again, capitalized or
 * in capitals, or two side by side in lower case ("Outreach: rosalind brannigan"), in a string of
 * free text (one with a blank) of the same JSON text.
 */
import type { CompiledRules } from './compiled-rules';
import { addCarriedWords, isFieldNameRule, repeatPattern, repeatSpans } from './detectors/field-name-repeats';
import type { JsonNode, JsonString } from './json-tree';
import type { LazyPath } from './lazy-path';
import type { LeafEdit, MaskingSession, Pending } from './masking-session';

const RULE_ID = 'field_name_repeat';
/** A string holding JSON: a text of its own, walked on its own. */
const JSON_START = /^\s*[[{]/;
/**
 * A person named whole in free text: two to four capitalized words or initials, in either order
 * ("Wren Quillby", "W. Quillby", "Quillby, Wren", "QUILLBY, WREN").
 */
const FULL_NAME = /^(?:\p{Lu}[\p{L}'’-]*\.?,?[ \t]){1,3}\p{Lu}[\p{L}'’-]*$/u;

/** The words of the field names among `edits`. */
function fieldNameWords(edits: readonly LeafEdit[]): Set<string> {
  const words = new Set<string>();
  for (const edit of edits)
    for (const s of edit.spans)
      if (
        s.type === 'name' &&
        (isFieldNameRule(s.ruleId) || FULL_NAME.test(edit.value.slice(s.start, s.end)))
      )
        addCarriedWords(edit.value.slice(s.start, s.end), words, false);
  return words;
}

/** Calls `visit` with each string value (not key) of the tree and its path. */
function eachString(node: JsonNode, path: LazyPath, visit: (leaf: JsonString, path: LazyPath) => void): void {
  if (node.kind === 'string') visit(node, path);
  else if (node.kind === 'object')
    for (const e of node.entries) eachString(e.value, path.key(e.key.value), visit);
  else if (node.kind === 'array')
    for (let i = 0; i < node.items.length; i++) eachString(node.items[i] as JsonNode, path.item(i), visit);
}

/**
 * Adds to `edits` (the edits of the JSON text whose tree is `root`) the names its fields hold,
 * where its strings of free text say them again.
 */
export function carryFieldNames(
  rules: CompiledRules,
  session: MaskingSession,
  root: JsonNode,
  rootPath: LazyPath,
  edits: LeafEdit[],
): void {
  if (edits.length === 0) return;
  const words = fieldNameWords(edits);
  if (words.size === 0) return;
  const pattern = repeatPattern(words);
  const byStart = new Map<number, LeafEdit>();
  for (const edit of edits) byStart.set(edit.start, edit);
  eachString(root, rootPath, (leaf, path) => {
    if (!leaf.value.includes(' ') || JSON_START.test(leaf.value)) return;
    const found = repeatSpans(leaf.value, pattern, true);
    if (found.length === 0) return;
    const edit = byStart.get(leaf.start);
    if (edit?.inner) return;
    const spans: Pending[] = found.map(([start, end]) => ({
      start,
      end,
      type: 'name',
      ruleId: RULE_ID,
      strategy: rules.strategyFor('name', RULE_ID),
    }));
    if (edit) edit.spans = session.mergePending([...edit.spans, ...spans]);
    else edits.push({ start: leaf.start, end: leaf.end, path: path.toString(), value: leaf.value, spans });
  });
}
