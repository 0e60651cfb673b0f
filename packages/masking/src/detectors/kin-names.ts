/**
 * A relative's name given with their kinship, in any case and of any origin (the words may be
 * unknown to every list):
 * - a caller saying who they are ("I'm his grandson, ernie lueilwitz", "this is the mother,
 *   delilah rhoynn"): what follows the comma, up to the sentence's or the line's end;
 * - the relative someone spoke with or went home with ("Spoke with mother thukkao rhovro 11/23.",
 *   "discharged home to … with brother akwedu ibekka."): two or three words after the kinship
 *   word, before the sentence's end, a bracket or a date;
 * - a social history's children with their ages ("Children: Svaelusen 30 and Ezekiel 33") and
 *   the late spouse in brackets ("widowed (Perpetua d. 2006)");
 * - the relative named in brackets after the kinship ("family (Bartholomew Quarshie) updated").
 * Every word must read as a name's (no common word, no word of a verb's, an adverb's or a
 * clinical ending): "lives with husband and son", "with wife at bedside", "with mother present."
 * name no one.
 */
import type { Detector, ScanContext } from './detector';
import { COMMON, GIVEN, NEVER, nameDictionaries, SURNAME } from './dictionaries';
import { containsAny } from './gates';
import { checkNamesFound } from './names';
import { looksLikeName } from './standalone-names';

const KIN =
  '(?:wife|husband|spouse|partner|daughter|son|mother|father|mom|mum|dad|sister|brother|niece|nephew|grandson|granddaughter|grandmother|grandfather|grandma|grandpa|aunt|uncle|cousin|fianc[eé]e?|stepson|stepdaughter|stepmother|stepfather|caregiver|guardian)';
/** A word of a name: letters, marks, apostrophes and hyphens ("o'neill", "wilkinson-hirthe", "quoarioğlu"). */
const WORD = String.raw`\p{L}[\p{L}\p{M}'’-]*`;
/** What ends the name: a sentence's or a clause's punctuation, a bracket, a line's or a JSON string's end. */
const END = String.raw`[ \t]*(?:$|[\r\n.,;:!?()"]|\\[nr"])`;
/** A date right after the name: "… rhovro 11/23", "… quoarioğlu June 1". */
const DATE_AFTER = String.raw`[ \t]+(?:\d{1,2}\/\d{1,2}(?!\d)|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?[ \t]+\d)`;

/**
 * "I'm his grandson, ernie lueilwitz": the speaker, their kinship, a comma, then one to three words.
 * (`(?<!\w)`, not `\b`: the same before a letter, and V8 runs `\b` several times slower under
 * the `i` and `u` flags.)
 */
const SELF_INTRODUCED = new RegExp(
  String.raw`(?<!\w)(?:I['’]?m|I am|this is|it['’]?s)[ \t]+(?:his|her|their|the|pt['’]?s|patient['’]?s)[ \t]+${KIN},[ \t]+(${WORD}(?:[ \t]${WORD}){0,2}?)(?=${END})`,
  'giu',
);
/** "with mother thukkao rhovro 11/23", "with brother akwedu ibekka.": two or three words after the kinship word. */
const WITH_KIN = new RegExp(
  String.raw`(?<!\w)with[ \t]+(?:(?:his|her|their|the|pt['’]?s|patient['’]?s)[ \t]+)?${KIN}[ \t]+(${WORD}(?:[ \t]${WORD}){1,2}?)(?=${END}|${DATE_AFTER})`,
  'giu',
);

/**
 * "family (Bartholomew Quarshie) updated", "daughter (tamsin quell) at bedside", "family (O'Dwyer,
 * Sunniva)": the relative's name in brackets after the kinship, two to four words, an initial or
 * a "Last, First" comma among them. Words in capitals only are left out ("mother (HTN, DM)"),
 * but for a "LAST, FIRST" pair of longer words ("family (HOLLOWAY, IGNATIUS)").
 */
const KIN_BRACKET = new RegExp(
  String.raw`(?<!\w)(?:family|${KIN})[ \t]*\((${WORD}(?:,?[ \t](?:\p{Lu}\.|${WORD})){1,3}?)\)`,
  'giu',
);
const CAPITALS_ONLY = /^[\p{Lu}'’-]{2,}$/u;
/** A family name and a given name in capitals as a record prints them: "(HOLLOWAY, IGNATIUS)". */
const CAPITALS_PAIR = /^[\p{Lu}'’-]{3,}, [\p{Lu}'’-]{3,}$/u;

/** "Children: Svaelusen 30 and Ezekiel 33": a social history's list of children, each name before the age. */
const CHILDREN_LIST =
  /(?<![\p{L}])(?:[Cc]hildren|[Kk]ids|[Ss]ons|[Dd]aughters|[Gg]randchildren)[ \t]*:[ \t]*([^\n.;]{3,80})/gu;
const CHILD_ENTRY = /(?<![\p{L}])(\p{Lu}[\p{Ll}\p{M}'’-]+)[ \t]+\d{1,2}(?![\d\p{L}])/gu;
/** "widowed (Perpetua d. 2006)": the late spouse's name before "d." and the year. */
const LATE_SPOUSE =
  /(?<![\p{L}])(?:widowed|widow|widower)[ \t]*\((\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \t]\p{Lu}[\p{Ll}\p{M}'’-]+)?)[ \t]+d\.[ \t]*(?:19|20)\d\d\)/gu;

/** Words of place, time and manner that follow a relative and are no name's: "with wife over there". */
const NOT_NAME_WORDS = new Set(
  `here there over away around back again later soon tonight outside inside downstairs upstairs nearby
  overnight alone together both each bedside present also too very just only still well this that these
  those some any every other others same via per from into onto upon with without about after before
  when while where whom whose which what they them their his her she he him we you your our its`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);
const VOWEL = /[aeiouyàáâäãåèéêëìíîïòóôöõùúûüýąęėįųāēīōū]/;

/** Whether a single word is a given or family name of the lists that is no common word. */
function nameOfTheLists(word: string): boolean {
  const f = nameDictionaries().flags.get(word.toLowerCase()) ?? 0;
  return (f & (GIVEN | SURNAME)) !== 0 && (f & (COMMON | NEVER)) === 0;
}

/** Whether the words after a kinship read as the relative's name. */
function readsAsName(value: string): boolean {
  const words = value.split(/[ \t]/);
  if (words.some((w) => NOT_NAME_WORDS.has(w.toLowerCase()) || w.length < 2 || !VOWEL.test(w.toLowerCase())))
    return false;
  if (words.length === 1) return nameOfTheLists(words[0] as string);
  return looksLikeName(words, false, false, true);
}

function scan(ctx: ScanContext, re: RegExp): void {
  re.lastIndex = 0;
  for (let m = re.exec(ctx.text); m !== null; m = re.exec(ctx.text)) {
    const value = m[1] as string;
    if (!readsAsName(value)) continue;
    const end = m.index + m[0].length;
    ctx.out.push({ start: end - value.length, end, type: 'name', ruleId: 'kin_name' });
  }
}

/** The relatives named in brackets after their kinship (`KIN_BRACKET`). */
function bracketedKin(ctx: ScanContext): void {
  KIN_BRACKET.lastIndex = 0;
  for (let m = KIN_BRACKET.exec(ctx.text); m !== null; m = KIN_BRACKET.exec(ctx.text)) {
    const value = m[1] as string;
    const words = value.replace(',', '').split(/[ \t]/);
    const capitals = words.some((w) => CAPITALS_ONLY.test(w)) && !CAPITALS_PAIR.test(value);
    if (capitals || !readsAsName(words.join(' '))) continue;
    const start = m.index + m[0].length - 1 - value.length;
    ctx.out.push({ start, end: start + value.length, type: 'name', ruleId: 'kin_name' });
  }
}

/** The children a social history lists with their ages: each capitalized word before an age, no common word. */
function listedChildren(ctx: ScanContext): void {
  const flags = nameDictionaries().flags;
  CHILDREN_LIST.lastIndex = 0;
  for (let m = CHILDREN_LIST.exec(ctx.text); m !== null; m = CHILDREN_LIST.exec(ctx.text)) {
    const list = m[1] as string;
    const from = m.index + m[0].length - list.length;
    CHILD_ENTRY.lastIndex = 0;
    for (let e = CHILD_ENTRY.exec(list); e !== null; e = CHILD_ENTRY.exec(list)) {
      const word = e[1] as string;
      const f = flags.get(word.toLowerCase()) ?? 0;
      if ((f & (COMMON | NEVER)) !== 0 && (f & GIVEN) === 0) continue;
      ctx.out.push({
        start: from + e.index,
        end: from + e.index + word.length,
        type: 'name',
        ruleId: 'kin_name',
      });
    }
  }
}

/** The late spouse a social history names in brackets after "widowed". */
function lateSpouses(ctx: ScanContext): void {
  LATE_SPOUSE.lastIndex = 0;
  for (let m = LATE_SPOUSE.exec(ctx.text); m !== null; m = LATE_SPOUSE.exec(ctx.text)) {
    const name = m[1] as string;
    if (NOT_NAME_WORDS.has(name.toLowerCase())) continue;
    const start = m.index + m[0].indexOf('(') + 1;
    ctx.out.push({ start, end: start + name.length, type: 'name', ruleId: 'kin_name' });
  }
}

/** Whether a speaker may say who they are: "I'm", "I am", "this is", "it's". */
const MAY_SELF_INTRODUCE = containsAny("I'm ", 'I’m ', 'I am ', 'this is ', "it's ", 'Im ');

export const kinNames: Detector = {
  id: 'kin_name',
  types: ['name'],
  run(ctx) {
    if (ctx.skip?.has('name') || !ctx.hasSpace) return;
    const found = ctx.out.length;
    if (ctx.includes(', ') && ctx.passes(MAY_SELF_INTRODUCE)) scan(ctx, SELF_INTRODUCED);
    if (ctx.includes('with ') || ctx.includes('With ')) scan(ctx, WITH_KIN);
    if (ctx.includes(':') && ctx.hasDigit && ctx.test(/[Cc]hildren|[Kk]ids|[Ss]ons|[Dd]aughters/))
      listedChildren(ctx);
    if (ctx.includes('(') && ctx.includes('idow')) lateSpouses(ctx);
    if (ctx.includes('(')) bracketedKin(ctx);
    checkNamesFound(ctx, found);
  },
};
