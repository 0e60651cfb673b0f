/**
 * The other half of a "Family, Given" name of which a detector above found one half, when that
 * half is a word that is also a common word ("Marsh", "Worthy", "Major", "Wren") and so was left:
 * the family name before a given name found with its initial ("03 MARSH, VIKRAM R", "WORTHY,
 * MAGNOLIA P" on a letter's address block), the family name before a given name found alone in
 * a sentence ("summary for Marsh, Vikram faxed to …"), and the given name after a family name
 * found alone ("summary for Featherstone, Major faxed to …"). The pair's words must be in the
 * same case, one word each side of the comma, and stand where a name does: a line's or a field's
 * start, a list's number, "for", "re" or a quote before; a line's end, a comma, a bracket or a
 * word in lower case after.
 */
import type { Detector, ScanContext } from './detector';
import { drugOrEponym, knownName, plainWord } from './name-runs';

function push(ctx: ScanContext, start: number, end: number): void {
  ctx.out.push({ start, end, type: 'name', ruleId: 'name_pair' });
}

/** A family name in capitals and its comma, where a name starts: "03 MARSH, ", "\"ST. CLAIR, ". */
const CAPS_FAMILY_BEFORE =
  /(?:^|[\n\r"|:;(]|\d[ \t]|[ \t]{2})[ \t]*((?:\p{Lu}{1,3}\.?[ \t])?\p{Lu}(?:\p{Lu}|['’-]\p{Lu})+), $/u;
/** A family name in title case and its comma after "for", "re", a colon or a line's start. */
const TITLE_FAMILY_BEFORE =
  /(?:^|[\n\r"(]|:[ \t]|\b(?:for|re|Re|RE|of)[ \t])[ \t]*(\p{Lu}\p{Ll}[\p{L}'’-]*), $/u;
/** A given name in capitals and its initial: "VIKRAM R", "MAGNOLIA P". */
const CAPS_GIVEN_INITIAL = /^\p{Lu}[\p{Lu}'’-]+[ \t]\p{Lu}$/u;
/** A given name in title case, alone. */
const TITLE_GIVEN = /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u;
/** What may follow a name: a line's or a field's end, a comma, a quote, a bracket, a word in lower case. */
const NAME_END = /^(?:$|[\n\r",;)|]|[ \t]{2}|[ \t]\p{Ll})/u;
/** A given name in title case after the found family name and its comma. */
const TITLE_GIVEN_AFTER = /^, (\p{Lu}\p{Ll}[\p{L}'’-]*)(?=$|[\n\r",;)|]|[ \t]{2}|[ \t]\p{Ll})/u;

/** Words that open a line before a comma and are no family name. */
const NOT_FAMILY = new Set(
  `re dear hi hello thanks yes no note patient pt dr mr mrs ms attn cc to from subject date ok`.split(/\s+/),
);

/** A service, a ward or a month ends in what no name of a pair does ("Cardiology, Vikram", "Pediatrics"). */
const NOT_NAME_ENDING = /(?:ology|ologist|ics|iatry|ward|unit|ary|ber)$/i;

function notFamily(word: string): boolean {
  return NOT_FAMILY.has(word.toLowerCase()) || NOT_NAME_ENDING.test(word);
}

function familyBefore(ctx: ScanContext, start: number, end: number): void {
  const text = ctx.text;
  const found = text.slice(start, end);
  const before = text.slice(Math.max(0, start - 40), start);
  const caps = CAPS_GIVEN_INITIAL.test(found);
  const m = caps
    ? CAPS_FAMILY_BEFORE.exec(before)
    : TITLE_GIVEN.test(found)
      ? TITLE_FAMILY_BEFORE.exec(before)
      : null;
  const family = m?.[1];
  if (family === undefined || notFamily(family)) return;
  if (!NAME_END.test(text.slice(end, end + 3))) return;
  push(ctx, start - family.length - 2, end);
}

function givenAfter(ctx: ScanContext, start: number, end: number): void {
  const text = ctx.text;
  const found = text.slice(start, end);
  if (!TITLE_GIVEN.test(found) || plainWord(found)) return;
  if (!TITLE_FAMILY_BEFORE.test(`${text.slice(Math.max(0, start - 40), start)}${found}, `)) return;
  const m = TITLE_GIVEN_AFTER.exec(text.slice(end, end + 40));
  const given = m?.[1];
  if (given === undefined || notFamily(given)) return;
  push(ctx, start, end + 2 + given.length);
}

/**
 * The rows of a list shaped like a name found in another of its rows: a card's numbered
 * dependants ("01 QUENBY, OSTRID J⏎02 MARSH, VIKRAM R") and the items of a list set apart by
 * semicolons ("filing for Quenby, Ostrid; Vukovic, Summer; Marsh, Vikram left at …"), each
 * "Family, Given" with its initial. A row of that shape is a name when a row next to it is one.
 */
const LIST_ROW =
  /(?:^|[\n\r])[ \t]*\d{1,2}[ \t]+((?:\p{Lu}{1,3}\.?[ \t]){0,2}\p{Lu}[\p{Lu}'’-]+, \p{Lu}[\p{Lu}'’-]+(?:[ \t]\p{Lu})?)(?=[ \t]*(?:$|[\n\r]))/gu;
const LIST_ITEM =
  /(?:; |\bfor |: )((?:\p{Lu}\p{Ll}{0,2}\.?[ \t])?\p{Lu}[\p{L}'’-]+, \p{Lu}[\p{L}'’-]+)(?=; |[ \t]\p{Ll}|[.,]?$)/gmu;

function covered(found: readonly { start: number; end: number }[], start: number, end: number): boolean {
  return found.some((s) => s.start <= start && s.end >= end);
}

/**
 * "Worthy, Sterling", "MARSH, VIKRAM R": no drug or eponym, and the given name one of the lists
 * or no plain word ("Penicillin, Hives; Sulfa, Rash" stay).
 */
function readsAsPair(row: string): boolean {
  const [family = '', rest = ''] = row.split(', ');
  const given = rest.split(/[ \t]/)[0] ?? '';
  const words = [...family.split(/[ \t]/), given];
  if (words.some((w) => drugOrEponym(w))) return false;
  return knownName(given) || !plainWord(given);
}

function listSiblings(ctx: ScanContext, re: RegExp, found: readonly { start: number; end: number }[]): void {
  const rows: Array<[number, number, boolean]> = [];
  re.lastIndex = 0;
  for (let m = re.exec(ctx.text); m !== null; m = re.exec(ctx.text)) {
    const end = m.index + m[0].length;
    const row = m[1] as string;
    const start = end - row.length;
    if (readsAsPair(row)) rows.push([start, end, covered(found, start, end)]);
  }
  // Both ways, so a name found at one end of the list reaches the rows at the other.
  const order = [...rows.keys(), ...[...rows.keys()].reverse()];
  for (const k of order) {
    const row = rows[k] as [number, number, boolean];
    if (row[2]) continue;
    const near = (r: [number, number, boolean] | undefined): boolean =>
      r?.[2] === true && Math.abs(r[0] - row[0]) <= 64;
    if (!near(rows[k - 1]) && !near(rows[k + 1])) continue;
    push(ctx, row[0], row[1]);
    row[2] = true;
  }
}

export const namePairs: Detector = {
  id: 'name_pair',
  types: ['name'],
  run(ctx) {
    if (ctx.skip?.has('name') || ctx.out.length === 0 || !ctx.includes(', ')) return;
    const found = ctx.out.filter((s) => s.type === 'name');
    for (const s of found) {
      if (ctx.text.charCodeAt(s.start - 2) === 0x2c) familyBefore(ctx, s.start, s.end);
      if (ctx.text.charCodeAt(s.end) === 0x2c) givenAfter(ctx, s.start, s.end);
    }
    const completed = ctx.out.filter((s) => s.type === 'name');
    if (ctx.hasDigit) listSiblings(ctx, LIST_ROW, completed);
    if (ctx.includes('; ')) listSiblings(ctx, LIST_ITEM, completed);
  },
};
