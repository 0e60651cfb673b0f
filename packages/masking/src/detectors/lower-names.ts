/**
 * Names typed in lower case where the words around them say a person stands there, as notes,
 * chats, agent memories, CRM activity and logs write them:
 * - after a verb of contact or a message's direction ("called seo-yeon park jul 17 re: …",
 *   "Spoke w/ declan lopez-tran re balance", "LVM for guadalupe iyer re …", "reminder queued for
 *   nour khoury -> sms:…", "Portal msg from quang de la fuente: …"), or a verb said to someone
 *   ("told linda to call back");
 * - after a care role, a relative or a request to see someone ("fyi pt kayla hill (MRN …)", "pt
 *   itzel park is a 57 y/o", "Call Feb 18 to caregiver mohammed ochoa at (925) …", "user's mother
 *   is linda", "can you see hazel brown in 579?", "ok so for koh kok leong (bed 9)");
 * - at the end of a record's heading or label ("Note 7684 for latoya huynh", "1 record: alejandro
 *   jefferson", "## Lab results — itzel petrov");
 * - opening a line, before what is said of the person ("imani fields has …", "otieno ndung’u from
 *   family keeps ringing").
 * What follows the words must close a name (punctuation, "re", a date, a bracket, "is a", a bed),
 * and the words must read as one (`looksLikeName`); after anything but a verb of contact the
 * first word must be a name of the lists ("pt prefers email …" names no one). A single word is a
 * given name and nothing else, after a verb or before a number or a bracket ("spoke w/ maria re:
 * refill", "pt daughter dmitri cb 549…"). One scan finds the cues' words; a cue's expression runs
 * only where a word in lower case, a name of the lists where one is needed, follows it.
 *
 * A patient's given name right after "Pt" or "Patient", in lower case or with its capital, is also
 * read where a telephone encounter, an in-basket message or an addendum writes it alone before a
 * verb of calling or a phone column (`ptGivenNamesDetector`).
 */
import { isAsciiLetter } from '../char-codes';
import type { Detector, ScanContext } from './detector';
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
const AFTER = String.raw`[ \t]+(?:re\b|regarding\b|about\b|in (?:\d|rm\b|room\b|bed\b|bay\b)|${SAID_OF}|today\b|tonight\b|yesterday\b|this (?:am|pm|morning|afternoon|evening)\b|again\b|back\b|x\d|at [\d(+]|at ext\b|cb\b|on \d|\d{1,2}[/.-]\d|${MONTH}|w\/|with\b|via\b|per\b|and\b|to\b|that\b)`;
const CLOSE = `(?=${PUNCTUATION}|${AFTER})`;

/** Verbs of contact and a message's direction: a single given name after them is a person too. */
const CONTACT = [
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
];
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
  'grandson',
  'granddaughter',
  'grandmother',
  'grandfather',
  'aunt',
  'uncle',
  'cousin',
  // The person a claim or a complaint is for: "Claimant: jane doe", "complainant jane doe called".
  'claimant',
  'complainant',
  // Whom the patient lives with: "lives with roommate priyanka quenby.".
  'roommate',
  'housemate',
  'flatmate',
  'neighbor',
  'neighbour',
  // Staff named by their job in a letter, a report or a log: "direct questions to paralegal
  // jane doe at ext. 12", "with Polish interpreter jan nowak, ID #…", "Reporter: jane doe, RN".
  'paralegal',
  'interpreter',
  'translator',
  'reporter',
  'interviewer',
  'prescriber',
  'counselor',
  'counsellor',
];
const ROLE_SET = new Set(ROLE_WORDS);
/** Verbs said to a person, which also take words that are none ("informed consent", "asked about pain"). */
const TOLD = ['told', 'asked', 'informed', 'reminded', 'thanked', 'instructed', 'advised', 'updated'];
/**
 * A relative named by what they are ("user's mother is linda", "wife's name is rosa"): the
 * kinship word, "is", "was", "named" or "called", then the name.
 */
const KIN = [
  'mother',
  'father',
  'mom',
  'mum',
  'dad',
  'wife',
  'husband',
  'son',
  'daughter',
  'sister',
  'brother',
  'partner',
  'spouse',
  'caregiver',
  'guardian',
  'aunt',
  'uncle',
  'niece',
  'nephew',
  'grandmother',
  'grandfather',
  'friend',
];
const KIN_NAMED = String.raw`(?:['’]s name)?[ \t]+(?:is|was|named|called)[ \t]+${NAME}${CLOSE}`;
/** Requests to see someone, the preposition of a heading or a list's item. */
const PLACE = ['see', 'seen', 'saw', 'for', 'from'];
/** A line's first words, before what is said of them. */
const OPENING = new RegExp(`[ \\t]*${NAME}(?=[ \\t]+${SAID_OF})`, 'uy');
/** The end of a heading after its dash or a label's colon: "## Lab results — itzel petrov⏎". */
const HEADING_END = new RegExp(`[ \\t]+${NAME}[ \\t]*(?=$|\\r?\\n|\\\\n|")`, 'uy');
/**
 * What closes a name beyond doubt after a contact or a role: a bracket, an arrow, a colon, "re",
 * an age, a bed, a number to call back at or a date ("pt keisha street (MRN …)", "LVM for lance
 * brown re …", "caregiver bud little cb 434…").
 */
const FIRM_CLOSE = new RegExp(
  String.raw`^(?:[ \t]*(?:\(|->|:)|[ \t]+(?:re\b|is an? \d|in (?:\d|rm\b|room\b|bed\b|bay\b)|at [\d(+]|at ext\b|cb\b|${MONTH}|\d{1,2}[/.-]\d))`,
  'u',
);

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
  /** A verb said to a person ("told linda to call back"): as a role, and a given name alone. */
  Told,
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

/** A word no list knows that reads as a name: a vowel, and no verb's, noun's or clinical ending. */
function unknownNameWord(word: string): boolean {
  return VOWEL.test(word) && !ENGLISH_ENDING.test(word) && !CLINICAL_ENDING.test(word);
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

/**
 * Whether `test` holds for the word or, when it is hyphenated, for one of its parts: the parts
 * are split off only for a word with a hyphen.
 */
function wordOrPart(word: string, test: (part: string) => boolean): boolean {
  return test(word) || (word.includes('-') && word.split('-').some(test));
}

/** A given or a family name of the lists, no drug or clinical word. */
function knownName(part: string): boolean {
  const f = nameDictionaries().flags.get(part) ?? 0;
  return (f & (GIVEN | SURNAME)) !== 0 && (f & NEVER) === 0;
}

/** Whether the word is a given or a family name of the lists (by its parts if hyphenated), no drug or clinical word. */
function knownFirst(word: string): boolean {
  return wordOrPart(word, knownName);
}

/**
 * "zhiwei sharp", "sagal brown": a given name no list knows (no word of a verb's, a noun's or a
 * clinical ending) and a family name of the lists, after a role and before a record's bracket.
 */
function unknownAndSurname(words: readonly string[]): boolean {
  if (words.length !== 2) return false;
  const flags = nameDictionaries().flags;
  const [given, family] = words as [string, string];
  const f = flags.get(family) ?? 0;
  if (!(f & SURNAME) || f & NEVER || given.length < 3) return false;
  return !given.split('-').some((part) => flags.has(part)) && unknownNameWord(given);
}

/** A given or a family name of the lists that is no common word. */
function uncommonName(part: string): boolean {
  const f = nameDictionaries().flags.get(part) ?? 0;
  return (f & (GIVEN | SURNAME)) !== 0 && (f & COMMON) === 0;
}

/** A given or family name that is no common word. */
function nameOnly(word: string): boolean {
  // "ji-woo" as a whole; "thompson-reid", "ochoa-barrientos" by their parts.
  return wordOrPart(word, uncommonName);
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
    if (firm && cue >= Cue.Role && unknownAndSurname(words)) return true;
    // After a role or a preposition the name comes first: "pt prefers email deepika…" names no one.
    if (cue !== Cue.Contact && !knownFirst(words[0] as string)) return false;
    // Without a role or a contact, one word at least must be a name and no common word ("grace period").
    return looksLikeName(words, false) && (cue >= Cue.Role || words.some(nameOnly));
  }
  // One word: a given name alone after a contact or a verb said to someone, or after a role before a bracket, a number or a date.
  if (!(cue >= Cue.Told || (cue === Cue.Role && firm)) || value.length < 3) return false;
  const f = nameDictionaries().flags.get(value) ?? 0;
  return (f & GIVEN) !== 0 && (f & (COMMON | NEVER)) === 0;
}

function push(ctx: ScanContext, start: number, end: number): void {
  ctx.out.push({ start, end, type: 'name', ruleId: 'lower_name' });
}

/** A cue: the expression read from its first word on, and its strength. */
interface CueWord {
  re: RegExp;
  cue: Cue;
  /** Whether the name follows the cue's word right away (so its first word must be a name of the lists). */
  nameNext: boolean;
}

/** The first word of a cue's phrase: what the scan for cues finds. */
const FIRST_WORD = /^[a-z-]+/;

/** The cues by their first word in lower case. */
const CUES = new Map<string, CueWord[]>();

/**
 * Adds the cues of `phrases` (lower case; the first letter may be a capital in the text), each read
 * from its first word: the phrase, then what follows it (`rest`, holding the name), with strength `cue`.
 */
function addCues(phrases: readonly string[], rest: string, cue: Cue): void {
  for (const phrase of phrases) {
    const first = (FIRST_WORD.exec(phrase) as RegExpExecArray)[0];
    // "vms? (?:from|to|for)": the word without its optional plural.
    const word = phrase.charAt(first.length) === '?' ? first.slice(0, -1) : first;
    const list = CUES.get(word) ?? [];
    // After a role, a preposition or a verb said to someone, the name's first word is one of the lists (isName).
    const nameNext = cue !== Cue.Contact && (rest === AFTER_CUE || rest === AFTER_ROLE) && phrase === word;
    list.push({ re: new RegExp(`${either(phrase)}${rest}`, 'uy'), cue, nameNext });
    CUES.set(word, list);
  }
}

const AFTER_CUE = String.raw`:?[ \t]+${NAME}${CLOSE}`;
/** After a role or a relative a comma may stand before the name: "with her daughter, jessyca quenby.". */
const AFTER_ROLE = String.raw`[:,]?[ \t]+${NAME}${CLOSE}`;
addCues(CONTACT, AFTER_CUE, Cue.Contact);
addCues(TOLD, AFTER_CUE, Cue.Told);
addCues(ROLE_WORDS, AFTER_ROLE, Cue.Role);
addCues(PLACE, AFTER_CUE, Cue.Weak);
addCues(KIN, KIN_NAMED, Cue.Told);
CUES.get('lvm')?.push({
  re: new RegExp(`LVM(?: for| w\\/)?${AFTER_CUE}`, 'uy'),
  cue: Cue.Contact,
  nameNext: false,
});

/** The lengths of the shortest and the longest cue word: a word of another length is none. */
const CUE_LENGTHS = [...CUES.keys()].map((w) => w.length);
const SHORTEST_CUE = Math.min(...CUE_LENGTHS);
const LONGEST_CUE = Math.max(...CUE_LENGTHS);

/** The hash of a word read so far (`h`) and its next character, in lower case. */
function hashStep(h: number, c: number): number {
  return (Math.imul(h, 31) + (c | 0x20)) | 0;
}

function wordHash(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = hashStep(h, word.charCodeAt(i));
  return h;
}

/** The cue words' hashes: a word of the text whose hash is none of them is no cue's word, told without reading it again. */
const CUE_HASHES = new Set([...CUES.keys()].map(wordHash));
/** A word in lower case right after a cue's word (its phrase's next word, or the name), past a colon, a comma or a possessive. */
const NEXT_WORD = /^(?::|,|['’]s)?[ \t]+(\p{Ll}[\p{Ll}\p{M}'’/-]*)/u;
/** Letters, digits and what joins a word's parts: a cue's word starts after none of them. */
const WORD_BEFORE = /[\p{L}\p{N}'’/-]/u;

/** What a cue's word is written with: ASCII letters in either case and the hyphen ("e-mailed"). */
function isCueChar(c: number): boolean {
  return isAsciiLetter(c) || c === 0x2d;
}

/** What closes a cue's word: a blank, a colon, a comma or an apostrophe ("pt: …", "daughter, …", "mother's name is …"). */
function closesCue(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3a || c === 0x2c || c === 0x27 || c === 0x2019;
}

/**
 * The cues standing at the start of the word at `at`, which ends at `end`: the whole word, in
 * any case, must be a cue's word, closed by a blank, a colon, a comma or an apostrophe, and no letter,
 * digit or joining mark may come before it.
 */
function cuesAt(text: string, at: number, end: number): CueWord[] | undefined {
  const length = end - at;
  if (length < SHORTEST_CUE || length > LONGEST_CUE || !closesCue(text.charCodeAt(end))) return undefined;
  if (at > 0 && WORD_BEFORE.test(text.charAt(at - 1))) return undefined;
  return CUES.get(text.slice(at, end).toLowerCase());
}

function scanCued(ctx: ScanContext, found: Set<number>): void {
  const text = ctx.text;
  // One pass over the words written with a cue's characters (a search for every cue's word at
  // every character costs many times more): a cue's word is such a word as a whole.
  for (let at = 0; at < text.length; at++) {
    if (!isCueChar(text.charCodeAt(at))) continue;
    let h = 0;
    let end = at;
    for (; end < text.length && isCueChar(text.charCodeAt(end)); end++) h = hashStep(h, text.charCodeAt(end));
    const cues = CUE_HASHES.has(h) ? cuesAt(text, at, end) : undefined;
    if (cues !== undefined) readCues(ctx, found, at, end, cues);
    at = end;
  }
}

/** The names the cues of a cue's word at [at, wordEnd) introduce. */
function readCues(ctx: ScanContext, found: Set<number>, at: number, wordEnd: number, cues: CueWord[]): void {
  const text = ctx.text;
  // A name in lower case must follow the cue's word (or its phrase): most cues stand before none.
  const next = NEXT_WORD.exec(text.slice(wordEnd, wordEnd + 32));
  if (next === null) return;
  // A name of the lists, or a word no list knows that a family name may follow ("zhiwei sharp").
  const named = knownFirst(next[1] as string) || !nameDictionaries().flags.has(next[1] as string);
  for (const { re, cue: strength, nameNext } of cues) {
    if (nameNext && !named) continue;
    re.lastIndex = at;
    const m = re.exec(text);
    if (m === null) continue;
    const value = m[1] as string;
    const end = m.index + m[0].length;
    const firm = FIRM_CLOSE.test(text.slice(end, end + 24));
    // "ok so for clive thompson-reid (rm 32)": a preposition before a bracket, a bed or a date is a role's cue.
    const cue = strength === Cue.Weak && firm ? Cue.Role : strength;
    if (!found.has(end - value.length) && isName(value, cue, firm)) {
      found.add(end - value.length);
      push(ctx, end - value.length, end);
    }
  }
}

/** Two words in lower case before what is said of them, at the text's or a line's start: "imani fields has …". */
function scanOpenings(ctx: ScanContext, found: Set<number>): void {
  const text = ctx.text;
  for (let at = 0; at >= 0 && at < text.length; at = text.indexOf('\n', at) + 1 || -1) {
    OPENING.lastIndex = at;
    const m = OPENING.exec(text);
    if (m !== null) pushPlaced(ctx, m, Cue.Opening, found);
  }
}

/** "## Lab results — itzel petrov⏎", "1 record: alejandro jefferson": two words or more closing a heading or a label. */
function scanHeadingEnds(ctx: ScanContext, found: Set<number>): void {
  const text = ctx.text;
  for (const mark of [': ', ' - ', ' – ', ' — ']) {
    if (!ctx.includes(mark)) continue;
    for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) {
      // A label's colon comes right after its word.
      if (mark === ': ' && (at === 0 || !WORD_BEFORE.test(text.charAt(at - 1)))) continue;
      HEADING_END.lastIndex = at + mark.length - 1;
      const m = HEADING_END.exec(text);
      if (m !== null) pushPlaced(ctx, m, Cue.Weak, found);
    }
  }
}

/** The name an opening or a heading's end holds, when it has two words or more and reads as a name. */
function pushPlaced(ctx: ScanContext, m: RegExpExecArray, cue: Cue, found: Set<number>): void {
  const value = m[1] as string;
  const end = m.index + m[0].length;
  const start = end - value.length;
  if (found.has(start) || !/[ \t]/.test(value) || !isName(value, cue, true)) return;
  found.add(start);
  push(ctx, start, end);
}

/** Lower-case names a cue, an opening or a heading's end introduces (see the module's comment). */
export function lowerCaseNames(ctx: ScanContext): void {
  const found = new Set<number>();
  scanCued(ctx, found);
  scanOpenings(ctx, found);
  scanHeadingEnds(ctx, found);
}

/** What is said of the caller right after the name ("said" alone is left: "pt maria said so" may quote anyone). */
const CALLER_SAID = String.raw`(?:called|calls|calling|phoned|rang|states|stated|reports|reported|asks|asked|asking|requests|requested|wants|wanted|left|returned|is calling|was called|informed|notified|not yet (?:informed|notified|aware)|is aware|was informed|agrees|agreed|declined|consented)\b`;
/**
 * A phone number after a gap of two blanks or more: the caller's number in the next column (its
 * kind may stand before it: normalization writes "cell: " before a number marked "(cell)").
 */
const PHONE_COLUMN = String.raw`[ \t]{2,}\+?(?:[A-Za-z]{1,8}:[ \t]?)?\+?\(?\d[\d ().-]{7,}\d`;
const PT_NAME_RE = new RegExp(
  String.raw`(?:(?<=\\[nrt])|(?<![\p{L}\p{N}'’]))(?:Pt|pt|PT|Patient|patient)[ \t]+(\p{L}[\p{Ll}\p{M}'’-]{2,24})(?=[ \t]+${CALLER_SAID}|${PHONE_COLUMN})`,
  'dgu',
);

/**
 * Words a note puts between "Pt" and a verb that the word lists may not hold: care roles and
 * relatives (the cues above: "pt dad called", "pt spouse reports"), adverbs and pronouns ("Pt then
 * called", "pt herself states"), who else calls for a patient ("pt pharmacy called", "pt snf
 * states") and the services named after patients ("Patient Relations notified", "Patient Portal
 * informed").
 */
const NOT_CALLERS = new Set([
  ...ROLE_WORDS,
  ...KIN,
  ...`then also again still herself himself themselves itself yet already later soon tonight now just only even ever
  never once twice thereafter subsequently reportedly apparently initially originally finally actually really
  eventually meanwhile instead too back here there who whom whose which that this these those what when where while
  parent parents child children kid kids sibling grandma grandpa grandchild stepson stepdaughter stepmother stepfather
  fiance fiancee boyfriend girlfriend neighbor neighbour roommate landlord sitter aide hha poa nurse pharmacist
  pharmacy facility agency office staff provider doctor employer insurance insurer chart med meds snf alf ltc rehab
  hospice home work team case manager coordinator family advocate advocacy relations services access transport
  transportation experience safety financial portal registration scheduling liaison navigator representative rep
  education affairs`
    .split(/\s+/)
    .filter((w) => w.length > 0),
]);

/** Whether a word after "Pt" (in lower case) reads as a given name and as no word. */
function callerGivenName(word: string): boolean {
  if (NOT_CALLERS.has(word) || NOT_CALLERS.has(word.split('-')[0] as string)) return false;
  const flags = nameDictionaries().flags.get(word);
  // A given name that is also a word ("grace", "cleveland") is the name before a verb of calling.
  if (flags !== undefined) return (flags & GIVEN) !== 0 && (flags & NEVER) === 0;
  return unknownNameWord(word);
}

/**
 * "Call from: Pt stephan  +1 555 201 7730 (home)", "Pt rylee called asking about …", "pt oluwaseun
 * states the refill ran out", "Patient Quenby informed": one word after "Pt" or "Patient", only
 * where what follows says a person stands there — a verb of calling, telling or being told, or a
 * phone number after a column's gap. The word must be no English or clinical word alone ("Pt then
 * called", "Pt ambulated", "pt tolerated"): a given name of the lists (no drug or clinical word),
 * or a word no list knows that reads as a name.
 */
function ptGivenNames(ctx: ScanContext): void {
  if (
    ctx.skip?.has('name') ||
    !(ctx.mayInclude('Pt ') || ctx.mayInclude('pt ') || ctx.mayInclude('PT ') || ctx.mayInclude('atient '))
  )
    return;
  const { text } = ctx;
  PT_NAME_RE.lastIndex = 0;
  for (let m = PT_NAME_RE.exec(text); m !== null; m = PT_NAME_RE.exec(text)) {
    const span = m.indices?.[1];
    if (span && callerGivenName((m[1] as string).toLowerCase()))
      ctx.out.push({ start: span[0], end: span[1], type: 'name', ruleId: 'pt_given_name' });
  }
}

export const ptGivenNamesDetector: Detector = {
  id: 'pt_given_name',
  types: ['name'],
  run: ptGivenNames,
};
