/**
 * A name said again: once a text names a person ("a letter for Fergus Quarrie"), the same
 * family or given name elsewhere in it is that person too ("… spelled Quarrie", "Quarrie has
 * had a fever", a letter signed "Tova"). Each word of a name found, capitalized and three
 * letters or more, is looked for in the rest of the text where it is written capitalized. A
 * drug, device, eponym or clinical word is never carried over; a word that is also a common
 * English word ("Hope", "Star") only where it cannot be a sentence's first word — mid-sentence
 * or alone on its line, addressed before a comma ("Hope, please stop the …") or a speaker's tag
 * ("[Joy]") — and never before what an eponym or an organisation names ("Fields Hospital",
 * "Graves disease"). A name found in lower case ("thank you, mason") is carried over too, and a
 * word no English list holds is the name in lower case as well ("my name is donnacha quenby" …
 * a letter signed "donnacha quenby").
 */
import type { DetectedSpan } from '../types';
import type { Detector, ScanContext } from './detector';
import { COMMON, GIVEN, NEVER, nameDictionaries } from './dictionaries';
import { organisationSpans } from './organisations';
import { InsideSpans, RepeatWords } from './repeat-words';

/** A word of a name, in any case ("thank you, mason" is the Mason addressed later): letters, then letters, apostrophes or hyphens. */
const NAME_WORD = /\p{L}[\p{L}\p{M}'’-]{2,}/gu;
/** Titles, credentials and labels written inside a name's span: never carried over. */
const NOT_CARRIED = new Set(
  'doctor nurse miss mister madam dame lady lord sir professor baby boy girl twin mrs esq phd pharmd'.split(
    ' ',
  ),
);
/** What follows an eponym or an organisation's name, not a person's. */
const THING_AFTER =
  /^(?:['’]s?)?[ \t-]+(?:disease|syndrome|sign|test|scale|score|criteria|classification|stage|grade|reflex|fracture|procedure|operation|maneuver|murmur|hospital|clinic|medical|health|center|centre|institute|university|college|school|pharmacy|foundation|associates|group|street|st|road|rd|avenue|ave|lane|drive|county|city|park)\b/i;

/** The words worth carrying over, by their lower-case form, from the name spans from `from` on. */
function carriedWords(ctx: ScanContext, count: number): Map<string, number> {
  const flags = nameDictionaries().flags;
  const words = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const span = ctx.out[i] as DetectedSpan;
    if (span.type !== 'name') continue;
    const value = ctx.text.slice(span.start, span.end);
    NAME_WORD.lastIndex = 0;
    for (let m = NAME_WORD.exec(value); m !== null; m = NAME_WORD.exec(value)) {
      const word = m[0].replace(/['’-]+$/, '');
      const lc = word.toLowerCase();
      // "SMITH" in capitals may be a label or an acronym elsewhere; "Hall-" is cut.
      if (word.length < 3 || (word === word.toUpperCase() && word !== lc) || NOT_CARRIED.has(lc)) continue;
      const f = flags.get(lc) ?? 0;
      if (f & NEVER) continue;
      words.set(lc, f);
    }
  }
  return words;
}

/** Whether the capitalized word at `start` opens a sentence, a line or a list item. */
function opensSentence(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || /[.!?:;\n\r\-*•>(["'“]/.test(text[i] as string);
}

/**
 * Whether the word at [start, end) is said to someone or by someone: a name addressed before a
 * comma at the start of a sentence ("Mason, hold the buspirone") or a speaker's tag ("[Joy] Hi").
 */
function addressedOrSpeaking(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start - 1) === 0x5b && text.charCodeAt(end) === 0x5d) return true;
  return (
    text.charCodeAt(end) === 0x2c && text.charCodeAt(end + 1) === 0x20 && LOWER_AT.test(text.charAt(end + 2))
  );
}
const LOWER_AT = /\p{Ll}/u;

/**
 * Whether the word at [start, end) is the only thing on its line (blanks before it; blanks,
 * commas, full stops or exclamation marks after it). Reads only the characters beside the word
 * that may be so, never the whole line.
 */
function aloneOnLine(text: string, start: number, end: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const c = text.charAt(i);
    if (c === '\n') break;
    if (!BLANK.test(c)) return false;
  }
  for (let i = end; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '\n') break;
    if (!AFTER_ALONE.test(c)) return false;
  }
  return true;
}
/** What `trim` takes away. */
const BLANK = /^\s$/;
const AFTER_ALONE = /^[\s,.!]$/;

/** Marks again, where they stand elsewhere in the text, the words of the names found before. */
function markRepeats(ctx: ScanContext, count: number): void {
  const words = carriedWords(ctx, count);
  if (words.size === 0) return;
  const text = ctx.text;
  let orgs: InsideSpans | undefined;
  for (const { start, end, word } of new RepeatWords(words.keys()).find(text)) {
    const first = text.charCodeAt(start);
    const f = words.get(word) ?? 0;
    // Capitalized where it stands ("rich in potassium" is no repeat of "Rich"), or a word no
    // English list holds, which is that name in any case (a letter signed "donnacha quenby").
    const lower = String.fromCharCode(first) === String.fromCharCode(first).toLowerCase();
    if (lower && f & COMMON) continue;
    if (THING_AFTER.test(text.slice(end, end + 24))) continue;
    // "Hope", "Star": a common word opening a sentence is that word.
    if (
      f & COMMON &&
      opensSentence(text, start) &&
      !aloneOnLine(text, start, end) &&
      !addressedOrSpeaking(text, start, end)
    )
      continue;
    // "Pemberton Hollis Memorial Hospital": a name inside an organisation's is no person.
    orgs ??= new InsideSpans(organisationSpans(text));
    if (orgs.holds(start, end)) continue;
    ctx.out.push({ start, end, type: 'name', ruleId: 'name_repeat' });
    if (lower) givenBefore(ctx, start);
  }
}

/** A lower-case word right before a family name said again in lower case. */
const WORD_BEFORE = /(?:^|[^\p{L}\p{M}'’-])(\p{Ll}[\p{Ll}\p{M}'’-]+)[ \t]$/u;

/**
 * "rosalind quenby missed echo" after "R. Quenby": the given name before a family name said
 * again in lower case, when the dictionaries know it as a given name and as no common word.
 */
function givenBefore(ctx: ScanContext, start: number): void {
  const m = WORD_BEFORE.exec(ctx.text.slice(Math.max(0, start - 24), start));
  const word = m?.[1];
  if (!word) return;
  const f = nameDictionaries().flags.get(word) ?? 0;
  if (f & GIVEN && !(f & (COMMON | NEVER)))
    ctx.out.push({ start: start - 1 - word.length, end: start - 1, type: 'name', ruleId: 'name_repeat' });
}

/**
 * Runs after every other name detector (and the continuation of their names): the names it
 * carries over are the name spans the engine has collected in the context by then.
 */
export const nameRepeats: Detector = {
  id: 'name_repeat',
  types: ['name'],
  run(ctx) {
    if (ctx.skip?.has('name') || ctx.out.length === 0) return;
    markRepeats(ctx, ctx.out.length);
  },
};
