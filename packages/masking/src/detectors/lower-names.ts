/**
 * Names typed in lower case where the words around them say a person stands there, as notes,
 * chats, agent memories, CRM activity and logs write them:
 * - after a verb of contact or a message's direction ("called seo-yeon park jul 17 re: …",
 *   "Spoke w/ declan lopez-tran re balance", "LVM for guadalupe iyer re …", "reminder queued for
 *   nour khoury -> sms:…", "Portal msg from quang de la fuente: …");
 * - after a care role or a request to see someone ("fyi pt kayla hill (MRN …)", "pt itzel park
 *   is a 57 y/o", "can you see hazel brown in 579?", "ok so for koh kok leong (bed 9)");
 * - at the end of a record's heading or label ("Note 7684 for latoya huynh", "1 record: alejandro
 *   jefferson", "## Lab results — itzel petrov");
 * - opening a line or a summary, before what is said of the person ("imani fields has …",
 *   "otieno ndung’u from family keeps ringing").
 * What follows the words must close a name (punctuation, "re", a date, a bracket, "is a", a bed),
 * and the words must read as one (`looksLikeName`: each a given or family name or a word no list
 * knows, one at least a name no common word shares). A single word is taken only after a verb
 * of contact, and only when it is a given name and nothing else ("spoke w/ maria re: refill").
 */
import type { ScanContext } from './detector';
import { COMMON, GIVEN, NEVER, nameDictionaries, SURNAME } from './dictionaries';
import { ENGLISH_ENDING } from './key-values';
import { nameIn } from './name-answers';
import { CLINICAL_ENDING, looksLikeName } from './standalone-names';

/** The phrase's first word in either case: "[Cc]alled". */
function either(phrase: string): string {
  const first = phrase.charAt(0);
  return `[${first}${first.toUpperCase()}]${phrase.slice(1)}`;
}
function alternatives(phrases: readonly string[]): string {
  return `(?:${phrases.map(either).join('|')})`;
}

/** A word in lower case: "seo-yeon", "o'neill", "trương", "ndung’u". */
const LW = String.raw`\p{Ll}[\p{Ll}\p{M}'’-]*`;
/** One to five words (particles count as words), the fewest before what closes a name. */
const NAME = String.raw`(${LW}(?:[ \t]${LW}){0,4}?)`;
const MONTH = `${alternatives(['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'])}[a-z]{0,6}\\.?[ \\t]+\\d`;
/** What may follow a name: punctuation, a bracket, an arrow, a dash, a line's or a JSON string's end. */
const PUNCTUATION = String.raw`[ \t]*(?:$|[\r\n:;,.!?)\]"]|\(|->|[-–—][ \t]|\\[nr"])`;
/** Words that say something of the person just named. */
const SAID_OF = String.raw`(?:is an? \d|is|was|has|had|reports?|states?|denies|presents?|wants?|needs?|called|calls|says|said|asked|came|keeps|from family)\b`;
const AFTER = String.raw`[ \t]+(?:re\b|regarding\b|about\b|in (?:\d|rm\b|room\b|bed\b|bay\b)|${SAID_OF}|today\b|tonight\b|yesterday\b|this (?:am|pm|morning|afternoon|evening)\b|again\b|back\b|x\d|at [\d(+]|cb\b|on \d|\d{1,2}[/.-]\d|${MONTH}|w\/|with\b|via\b|per\b|and\b)`;
const CLOSE = `(?=${PUNCTUATION}|${AFTER})`;

/** Verbs of contact and a message's direction: a single given name after them is a person too. */
const CONTACT = alternatives([
  'called',
  'phoned',
  'rang',
  'texted',
  'emailed',
  'e-mailed',
  'paged',
  'messaged',
  'contacted',
  'notified',
  'spoke (?:w\\/|with|to)',
  'talked (?:w\\/|with|to)',
  'lvm(?: for| w\\/)?',
  'lm (?:for|w\\/)',
  'left (?:a )?(?:vm|voicemail|msg|message) (?:for|w\\/|with)',
  ...['vm', 'voicemail', 'msg', 'message', 'text', 'email', 'call', 'callback', 'reply', 'reminder'].map(
    (w) => `${w}s? (?:from|to|for)`,
  ),
  ...['reminder', 'message', 'msg', 'text', 'letter'].map(
    (w) => `${w} (?:sent|queued|scheduled|mailed) (?:for|to)`,
  ),
]);
/**
 * Care roles and relatives: what follows them names the person ("fyi pt kayla hill (MRN …)"); the
 * words themselves are never a word of that name.
 */
const ROLE_WORDS = [
  'pt',
  'patient',
  'member',
  'caller',
  'client',
  'resident',
  // Relatives and carers reached for a patient: "Call Feb 18 to caregiver mohammed ochoa at (925) …".
  'caregiver',
  'carer',
  'guardian',
  'spouse',
  'wife',
  'husband',
  'partner',
  'daughter',
  'dtr',
  'son',
  'mother',
  'father',
  'sister',
  'brother',
  'niece',
  'nephew',
];
const ROLE = alternatives(ROLE_WORDS);
const ROLE_SET = new Set(ROLE_WORDS);
/** Requests to see someone, the preposition of a heading or a list's item. */
const PLACE = alternatives(['see', 'seen', 'saw', 'for', 'from']);

const CUED = new RegExp(
  `(?<![\\p{L}\\d'’/-])(?:(LVM(?: for| w\\/)?|${CONTACT})|(${ROLE})|${PLACE}):?[ \\t]+${NAME}${CLOSE}`,
  'gu',
);
/** A line's, a JSON string's or a sentence's first words, before what is said of them. */
const OPENING = new RegExp(`(?:^|\\n|\\\\n|"|[.!?][ \\t])[ \\t]*${NAME}(?=[ \\t]+${SAID_OF})`, 'gu');
/** The end of a heading after its dash or a label's colon: "## Lab results — itzel petrov⏎". */
const HEADING_END = new RegExp(`(?:[-–—]|[\\p{L}\\d]:)[ \\t]+${NAME}[ \\t]*(?=$|\\r?\\n|\\\\n|")`, 'gu');
/**
 * What closes a name beyond doubt after a contact or a role: a bracket, an arrow, a colon, "re",
 * an age, a bed, a number to call back at or a date ("pt keisha street (MRN …)", "LVM for lance
 * brown re …", "caregiver bud little cb 434…").
 */
const FIRM_CLOSE = new RegExp(
  String.raw`^(?:[ \t]*(?:\(|->|:)|[ \t]+(?:re\b|is an? \d|in (?:\d|rm\b|room\b|bed\b|bay\b)|at [\d(+]|cb\b|${MONTH}|\d{1,2}[/.-]\d))`,
  'u',
);

const GATE = /\p{Ll}{2,}[ \t]\p{Ll}{2,}/u;

/** How much the words before a name say a person stands there. */
enum Cue {
  /** A heading, a preposition or a sentence's opening: the words must read as a name. */
  Weak,
  /** A line's opening: as weak, and a given name with a family name that is also a word. */
  Opening,
  /**
   * A care role: a given name and a family name that is also a word will do ("kayla hill")
   * before what closes a name beyond doubt; the name's first word must be one of the lists.
   */
  Role,
  /** A verb of contact: as a role, a given name alone, and words no list knows before what closes a name beyond doubt. */
  Contact,
}

/**
 * "keisha street", "lance brown": a given name, then a family name that is also a word (no drug,
 * no clinical word, no word of a verb's or a noun's ending) — one of the two a name, not a word,
 * or the family name one.
 */
function givenAndWord(words: readonly string[]): boolean {
  if (words.length !== 2) return false;
  const flags = nameDictionaries().flags;
  const [given, family] = words as [string, string];
  const g = flags.get(given) ?? 0;
  const f = flags.get(family) ?? 0;
  if (!(g & GIVEN) || g & NEVER || f & NEVER || family.length < 3 || ABBREVIATIONS.has(given)) return false;
  if (ENGLISH_ENDING.test(family) || CLINICAL_ENDING.test(family)) return false;
  return !(g & COMMON) || (f & SURNAME) !== 0;
}

/**
 * "rodelio gebremedhin", "sagal shevchuk": words no list knows (names of any origin), each of
 * three letters or more with a vowel (no abbreviation such as "htn"), read as a name only after
 * a verb of contact and before what closes a name beyond doubt.
 */
function unknownWords(words: readonly string[]): boolean {
  return words.every((w) => w.length >= 3 && VOWEL.test(w)) && looksLikeName(words, false, false, true);
}
const VOWEL = /[aeiouyàáâäãåèéêëìíîïòóôöõùúûüýąęėįųāēīōū]/;

/** Whether the word is a given or a family name of the lists (by its parts if hyphenated), no drug or clinical word. */
function knownFirst(word: string): boolean {
  const flags = nameDictionaries().flags;
  return word.split('-').some((part) => {
    const f = flags.get(part) ?? 0;
    return (f & (GIVEN | SURNAME)) !== 0 && (f & NEVER) === 0;
  });
}

/** A given or family name that is no common word. */
function nameOnly(word: string): boolean {
  const flags = nameDictionaries().flags;
  // "thompson-reid", "ochoa-barrientos": by their parts.
  return word.split('-').some((part) => {
    const f = flags.get(part) ?? 0;
    return (f & (GIVEN | SURNAME)) !== 0 && (f & COMMON) === 0;
  });
}

/** Words of a note's shorthand that link what is said, never a name's: "pt called re refill". */
const LINK_WORDS = new Set([
  're',
  'regarding',
  'via',
  'per',
  'cb',
  'pls',
  'plz',
  'thx',
  'fyi',
  'asap',
  'lmk',
]);

/** Clinical abbreviations the lists hold as given names: "asa 81 mg", "abd soft", "left ama". */
const ABBREVIATIONS = new Set(['asa', 'abd', 'ama', 'ada']);

/** Whether the words of `value` read as a person's name after a cue of strength `cue`. */
function isName(value: string, cue: Cue, firm: boolean): boolean {
  if (nameIn(value, true) !== value) return false;
  const words = value.split(/[ \t]/);
  if (ABBREVIATIONS.has(words[0] as string) || words.some((w) => ROLE_SET.has(w) || LINK_WORDS.has(w)))
    return false;
  if (words.length > 1) {
    if (firm && ((cue !== Cue.Weak && givenAndWord(words)) || (cue === Cue.Contact && unknownWords(words))))
      return true;
    // After a role or a preposition the name comes first: "pt prefers email deepika…" names no one.
    if (cue !== Cue.Contact && !knownFirst(words[0] as string)) return false;
    // Without a role or a contact, one word at least must be a name and no common word ("grace period").
    return looksLikeName(words, false) && (cue >= Cue.Role || words.some(nameOnly));
  }
  // One word: a given name alone after a contact, or after a role before a bracket, a number or a date.
  if (!(cue === Cue.Contact || (cue === Cue.Role && firm)) || value.length < 3) return false;
  const f = nameDictionaries().flags.get(value) ?? 0;
  return (f & GIVEN) !== 0 && (f & (COMMON | NEVER)) === 0;
}

function push(ctx: ScanContext, start: number, end: number): void {
  ctx.out.push({ start, end, type: 'name', ruleId: 'lower_name' });
}

function scanCued(ctx: ScanContext): void {
  const text = ctx.text;
  CUED.lastIndex = 0;
  for (let m = CUED.exec(text); m !== null; m = CUED.exec(text)) {
    const value = m[3] as string;
    const end = m.index + m[0].length;
    const firm = FIRM_CLOSE.test(text.slice(end, end + 24));
    // "ok so for clive thompson-reid (rm 32)": a preposition before a bracket, a bed or a date is a role's cue.
    const cue = m[1] !== undefined ? Cue.Contact : m[2] !== undefined || firm ? Cue.Role : Cue.Weak;
    if (isName(value, cue, firm)) push(ctx, end - value.length, end);
    // "pt daughter dmitri cb …": a cue among the words taken may open the name after it.
    else CUED.lastIndex = end - value.length;
  }
}

/**
 * Names of two words or more that open a line (before what is said of them, as firm as a role:
 * "imani fields has …") or close a heading.
 */
function scanPlaced(ctx: ScanContext, re: RegExp, cue: Cue): void {
  const text = ctx.text;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const value = m[1] as string;
    const end = m.index + m[0].length;
    if (/[ \t]/.test(value) && isName(value, cue, true)) push(ctx, end - value.length, end);
  }
}

/** Lower-case names a cue, an opening or a heading's end introduces (see the module's comment). */
export function lowerCaseNames(ctx: ScanContext): void {
  if (!ctx.test(GATE)) return;
  scanCued(ctx);
  scanPlaced(ctx, OPENING, Cue.Opening);
  if (ctx.includes(':') || ctx.includes('-') || ctx.includes('—') || ctx.includes('–'))
    scanPlaced(ctx, HEADING_END, Cue.Weak);
}
