/**
 * A name a record's field holds, said again in the record's free text: a search hit's
 * `"patient_name":"QUARRIE, DELVA J"` and its note `"Pt Quarrie seen Jan 24"`, an HL7 PID-5
 * `QUARRIE^DELVA` and the `Pt Quarrie tolerated …` of its NTE. Record systems write the name in
 * capitals, which the repeat of prose names does not carry over ("SMITH" in capitals may be a
 * label or an acronym elsewhere); a field, a segment or a column that says it holds a person's
 * name settles that. Each word of four letters or more of such a name that is no common,
 * clinical or drug word is marked where it stands again capitalized or in capitals, never
 * before what an eponym or an organisation names ("Quarrie disease", "Quarrie Clinic") and
 * never inside an organisation's name. The same words are carried across the strings of a
 * JSON record by `carryFieldNames` (tree-name-repeats.ts).
 */
import type { DetectedSpan } from '../types';
import type { Detector, ScanContext } from './detector';
import { COMMON, NEVER, nameDictionaries } from './dictionaries';
import { organisationSpans } from './organisations';
import { InsideSpans, RepeatWords } from './repeat-words';

/** Detectors whose name spans come from a field, a segment or a column that holds a person's name. */
const FIELD_RULES = new Set([
  'field:name',
  'labelled_value',
  'hl7_field',
  'x12_elements',
  'table_column',
  'dicom_json',
  'cda_name',
  'xml_elements',
  'xml_field',
  'fixed_width_records',
  'vcard_field',
  'astm_fields',
  'edifact_segments',
  'protobuf_text',
]);

/** Whether a name span of `ruleId` is a field's, a segment's or a column's value. */
export function isFieldNameRule(ruleId: string): boolean {
  return FIELD_RULES.has(ruleId);
}

/** A word of a name: a capital, then three letters or more (apostrophes inside). */
const NAME_WORD = /\p{Lu}[\p{L}\p{M}'’]{3,}/gu;
const LOWER = /\p{Ll}/u;
/** Titles and credentials a field may write with the name. */
const NOT_CARRIED = new Set(
  'doctor nurse miss mister madam dame lady lord professor baby twin pharmd'.split(' '),
);
/** What follows an eponym or an organisation's name, not a person's. */
const THING_AFTER =
  /^(?:['’]s?)?[ \t-]+(?:disease|syndrome|sign|test|scale|score|criteria|classification|stage|grade|triad|reflex|fracture|procedure|operation|maneuver|murmur|palsy|paralysis|phenomenon|hospital|clinic|medical|health|center|centre|institute|university|college|school|pharmacy|foundation|associates|group|street|st|road|rd|avenue|ave|lane|drive|county|city|park)\b/i;

/**
 * Adds to `words` the words of the name `value` worth carrying over, in lower case: with
 * `capsOnly`, only those written in capitals.
 */
export function addCarriedWords(value: string, words: Set<string>, capsOnly: boolean): void {
  const flags = nameDictionaries().flags;
  NAME_WORD.lastIndex = 0;
  for (let m = NAME_WORD.exec(value); m !== null; m = NAME_WORD.exec(value)) {
    const word = m[0].replace(/['’]+$/, '');
    if (capsOnly && LOWER.test(word)) continue;
    const lc = word.toLowerCase();
    if (lc.length < 4 || NOT_CARRIED.has(lc) || (flags.get(lc) ?? 0) & (COMMON | NEVER)) continue;
    words.add(lc);
  }
}

/** What finds any of `words` as a whole word, in any case. */
export function repeatPattern(words: ReadonlySet<string>): RepeatWords {
  return new RepeatWords(words);
}

/**
 * Where `pattern`'s words stand in `text` capitalized or in capitals, as a person's name; with
 * `lowerPairs`, also in lower case where two of them stand side by side ("outreach: rosalind
 * brannigan"), as a name typed in lower case is written whole.
 */
export function repeatSpans(text: string, pattern: RepeatWords, lowerPairs = false): [number, number][] {
  const found: [number, number][] = pattern.find(text).map((m) => [m.start, m.end]);
  const out: [number, number][] = [];
  let orgs: InsideSpans | undefined;
  for (let i = 0; i < found.length; i++) {
    const [start, end] = found[i] as [number, number];
    if (LOWER.test(text.charAt(start)) && !(lowerPairs && besideAnother(text, found, i))) continue;
    if (THING_AFTER.test(text.slice(end, end + 24))) continue;
    orgs ??= new InsideSpans(organisationSpans(text));
    if (orgs.holds(start, end)) continue;
    out.push([start, end]);
  }
  return out;
}

/** Whether the `i`-th match has another one right before or after it, one blank apart. */
function besideAnother(text: string, found: readonly [number, number][], i: number): boolean {
  const [start, end] = found[i] as [number, number];
  const prev = found[i - 1];
  const next = found[i + 1];
  return (
    (prev !== undefined && start - prev[1] === 1 && text.charAt(prev[1]) === ' ') ||
    (next !== undefined && next[0] - end === 1 && text.charAt(end) === ' ')
  );
}

/** The words in capitals of the field names among the first `count` spans. */
function fieldNameWords(ctx: ScanContext, count: number): Set<string> {
  const words = new Set<string>();
  for (let i = 0; i < count; i++) {
    const span = ctx.out[i] as DetectedSpan;
    // A word written "Quarrie" is carried over by the prose names' repeat.
    if (span.type === 'name' && FIELD_RULES.has(span.ruleId))
      addCarriedWords(ctx.text.slice(span.start, span.end), words, true);
  }
  return words;
}

/**
 * Runs after the structured detectors and the name detectors: the names it carries over are the
 * field names the engine has collected in the context by then.
 */
export const fieldNameRepeats: Detector = {
  id: 'field_name_repeat',
  types: ['name'],
  run(ctx) {
    if (ctx.skip?.has('name') || !ctx.hasUpper || ctx.out.length === 0) return;
    const words = fieldNameWords(ctx, ctx.out.length);
    if (words.size === 0) return;
    for (const [start, end] of repeatSpans(ctx.text, repeatPattern(words)))
      ctx.out.push({ start, end, type: 'name', ruleId: 'field_name_repeat' });
  },
};
