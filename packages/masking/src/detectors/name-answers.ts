/**
 * Names said by what is said around them rather than by how they are written: in chats,
 * messages and letters people type their names in lower case, and a given name may be a
 * common word ("Star", "Honey", "Rich"). The phrase around it says it is a name:
 * - the answer to a question asking for one ("what's your full legal name?" → "its kaylee
 *   fairbanks", "yes its PRICE, Major, 02201962");
 * - a self-introduction ("My name is rich bishop and …", "hi it's Mo Lusk, I was in …",
 *   "hi dr quenby its teddie");
 * - a letter's or a message's signature after its closing ("Thank you,⏎Honey", "Very truly
 *   yours,⏎Tucker Quarrie, Esq.", "… if thats easier - theodora oakenfold⏎⏎");
 * - a doctor addressed in lower case ("hi dr sutherland", "dr Ashdown - need refill");
 * - a relative named after a kinship word ("my sister Cat come w me", "his mother Star lived");
 * - the person a message greets ("Hi Wren, reminder of your appt", greeted-names).
 * Words that cannot be a name (pronouns, fillers, drugs, clinical words) stop it.
 */
import type { Detector, ScanContext } from './detector';
import { COMMON, GIVEN, NEVER, nameDictionaries, SURNAME } from './dictionaries';
import { addressedNames, GREETING_WORDS, greetedNames } from './greeted-names';
import { checkNamesFound } from './names';
import { isOrganisationName } from './organisations';
import { SENTENCE_WORDS } from './sentence-words';

/** A word of a name in any case: "kaylee", "O'Rourke", "ji-ho", "K." */
export const W = String.raw`\p{L}[\p{L}\p{M}'’-]*\.?`;
/** Up to four words after the cue; `nameAt` keeps those before a word no name has. */
export const NAME = String.raw`(${W}(?:,?[ \t]${W}){0,3})`;

/** Words that are no part of a name: pronouns, fillers, answers, verbs of a reply. */
const NOT_NAME = new Set(
  `i im i'm me my mine you your he she his her it its it's we our they them their the a an this that these those
  yes yeah yep no nope ok okay sure sorry um umm uh er hmm well so and or but not dont don't do does did is was are
  be been have has had know idk why what who how when where here there same just only one please thanks thank
  hi hello hey name names full legal first last middle patient unknown none na n/a see above below call text
  mom mum dad son daughter wife husband sister brother mother father baby boy girl self myself at in on of for
  to from with by am pm today tomorrow yesterday morning evening like now fine good great better worse back still
  also really very much all done gone going calling again appt appointment office visit note notes order orders
  said says wants asked told dr doc doctor nurse all team everyone folks guys there pt md rn np pls plz thx fyi`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);

const CAPITAL = /^\p{Lu}/u;
const VERB_ENDING = /(?:ing|ed|ly)$/;
/** Particles written in lower case inside a capitalized name: "Maria del Carmen", "Jan van Dijk". */
const LOWER_PARTICLES = new Set(
  'de del della der di da dos das do du van von ter ten le la al el bin bint ibn ap y e zu'.split(' '),
);

const MONTHS =
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)$/i;

/**
 * The name in `value` (words matched by NAME): the words before the first that no name has
 * (a pronoun, a filler, a month), or undefined when none is left or they cannot be a name —
 * a drug or clinical word, an organisation, or only common words where `commonAllowed` is false.
 */
/** "checks", "visits", "drives", "wishes": a word ending in s or es whose stem is a common word. */
function inflectedCommonWord(lc: string, flags: ReadonlyMap<string, number>): boolean {
  if (lc.length < 4 || lc.charCodeAt(lc.length - 1) !== 0x73) return false;
  const stem =
    (lc.endsWith('es') ? flags.get(lc.slice(0, -2)) : undefined) ?? flags.get(lc.slice(0, -1)) ?? 0;
  return (stem & COMMON) !== 0 && (stem & (GIVEN | SURNAME)) === 0;
}

export function nameIn(value: string, commonAllowed: boolean): string | undefined {
  const flags = nameDictionaries().flags;
  const parts = value.split(/(?=[, \t])/);
  let end = 0;
  let known = false;
  const capitalized = CAPITAL.test(value);
  for (const part of parts) {
    const word = part.replace(/^[, \t]+/, '');
    const lc = word.replace(/\.$/, '').toLowerCase();
    if (NOT_NAME.has(lc) || MONTHS.test(lc)) break;
    const f = flags.get(lc) ?? 0;
    // "Fraser Health reminding you": a name begun in capitals ends at a lower-case verb or common word.
    // "sister Colette checks on her": nor at a lower-case word no list has as a name (a
    // particle such as "del" or "van" goes on).
    if (
      capitalized &&
      lc !== '' &&
      !CAPITAL.test(word) &&
      !LOWER_PARTICLES.has(lc) &&
      (VERB_ENDING.test(lc) || !(f & (GIVEN | SURNAME)))
    )
      break;
    if (f & NEVER && !(f & (GIVEN | SURNAME))) return undefined;
    // "her sister checks on her": a verb or a plural of a common word no list has as a name.
    // ("imani fields" goes on: after a name's first word, such a word is a family name).
    if (
      end === 0 &&
      !(f & (GIVEN | SURNAME)) &&
      !CAPITAL.test(word) &&
      (SENTENCE_WORDS.has(lc) || inflectedCommonWord(lc, flags))
    )
      break;
    if (!(f & COMMON) || f & (GIVEN | SURNAME)) known = true;
    end += part.length;
  }
  const name = value.slice(0, end).replace(/[,.]+$/, '');
  if (name.length < 2 || !(commonAllowed || known) || isOrganisationName(name)) return undefined;
  return name;
}

function push(ctx: ScanContext, start: number, value: string): void {
  ctx.out.push({ start, end: start + value.length, type: 'name', ruleId: 'name_answer' });
}

/**
 * A question asking for a person's name or for the person to reach ("who can we contact about
 * you?", "who is your next of kin?"), on a line of its own or before the answer's turn.
 */
const NAME_QUESTION =
  /\b(?:(?:full|legal|first|last|given|family|patient['’]?s|child['’]?s)[ \t]+)+name\b|\byour name\b|\bwho (?:am i|is this) speaking\b|\bwho (?:can|should|may|do|will) (?:we|i) (?:contact|call|ring|reach)\b|\bwho is (?:your|the patient['’]?s) (?:next of kin|emergency contact|contact person)\b/i;
const ASKING =
  /\?|\b(?:please|confirm|type|enter|give|tell|spell|verify|(?:can|could|may) i (?:get|have|take))\b/i;
/** The next line's speaker (a time, a name or role and ':' or '>') and the filler before a name. */
const ANSWER = new RegExp(
  String.raw`^[ \t]*(?:\[[^\]\n]{1,24}\][ \t]*)?(?:\d{1,2}:\d{2}(?::\d{2})?[ \t]*)?(?:[^:>\n]{1,32}?(?:[ \t]*:|>)[ \t]+)?(?:(?:yes|yeah|yep|sure|ok|okay|um+|uh+|hi|hello)[,.!]?[ \t]+)*(?:(?:it['’]?s|it is|this is|my name is|my name['’]s|name['’]?s|i['’]?m|i am)[ \t]+)?${NAME}`,
  'iu',
);

/** The end of the question and the next speaker's label on the same line ("… your name. CALLER: "). */
const TURN_AFTER = /^[^\n?.!]{0,24}[?.!][ \t]+(?:\p{Lu}{2,16}|\p{Lu}\p{Ll}{1,15}|[aA]):[ \t]+/u;

function questionAnswers(ctx: ScanContext): void {
  const text = ctx.text;
  const re = new RegExp(NAME_QUESTION.source, 'gi');
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const found = text.indexOf('\n', m.index);
    const lineEnd = found < 0 ? text.length : found;
    if (!ASKING.test(text.slice(lineStart, lineEnd))) continue;
    // "can i get your name. CALLER: anh quenby, it's …": the answer's turn on the question's line.
    const turn = TURN_AFTER.exec(text.slice(m.index + m[0].length, lineEnd));
    if (!turn && found < 0) return;
    let next = turn ? m.index + m[0].length + turn[0].length : lineEnd + 1;
    while (text[next] === '\n' || text[next] === '\r') next++;
    const nextEnd = text.indexOf('\n', next);
    const line = text.slice(next, nextEnd < 0 ? text.length : nextEnd);
    const a = ANSWER.exec(line);
    const value = a?.[1] && nameIn(a[1], true);
    if (!a || !value) continue;
    push(ctx, next + a[0].length - (a[1] as string).length, value);
    re.lastIndex = Math.max(re.lastIndex, next);
  }
}

/** "My name is rich bishop and …", "hi it's Mo Lusk", "hi dr quenby its teddie". */
const INTRODUCTION = new RegExp(
  String.raw`(?<!\w)(?:my name is|my name['’]s|(?:hi|hello|hey)\b[^\n.?!]{0,32}?\b(?:it['’]?s|this is))[ \t]+${NAME}`,
  'giu',
);
const THIS_IS = /\bthis is\b/i;
const SAID_FROM = /^(?:[ \t]+from\b|[,.;!]|[ \t]*$)/;
/** Only a greeting's "it's"/"this is" needs a word that is no common word ("hi it's fine"). */
const MY_NAME = /^my name/i;

/**
 * "Tovie here - the pharmacy says …", "Tova Quell here, calling about …": a message that opens
 * with its writer's name and "here". One or two capitalized words, no common word alone ("Click
 * here.", "Pain here").
 */
const NAME_HERE =
  /(?:^|\n)[ \t]*"?(\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \t]\p{Lu}[\p{Ll}\p{M}'’-]+)?)[ \t]+here[ \t]*(?:[-–—,:!]|\.\.\.)/gu;

function namesHere(ctx: ScanContext): void {
  const text = ctx.text;
  const flags = nameDictionaries().flags;
  NAME_HERE.lastIndex = 0;
  for (let m = NAME_HERE.exec(text); m !== null; m = NAME_HERE.exec(text)) {
    const raw = m[1] as string;
    const value = nameIn(raw, false);
    if (value !== raw) continue;
    // A single word must be a given name or a word no list knows, not only a common word.
    if (!raw.includes(' ')) {
      const f = flags.get(raw.toLowerCase()) ?? 0;
      if (!(f & GIVEN) && f !== 0) continue;
    }
    push(ctx, m.index + m[0].indexOf(raw), raw);
  }
}

function introductions(ctx: ScanContext): void {
  const text = ctx.text;
  INTRODUCTION.lastIndex = 0;
  for (let m = INTRODUCTION.exec(text); m !== null; m = INTRODUCTION.exec(text)) {
    const start = m.index + m[0].length - (m[1] as string).length;
    const value = nameIn(m[1] as string, MY_NAME.test(m[0]));
    if (!value) continue;
    // "this is Lincare reminding you": a caller who says "this is" says whom from, or stops.
    if (THIS_IS.test(m[0]) && !SAID_FROM.test(text.slice(start + value.length, start + value.length + 8)))
      continue;
    push(ctx, start, value);
  }
}

/**
 * A closing line, then the signature on the next line (a blank line between allowed), in a
 * quoted reply too ("> Thanks,⏎> April").
 */
const CLOSING = new RegExp(
  String.raw`(?:^|\n)[ \t]*(?:>[ \t]*)*(?:thanks|thank you|many thanks|thanks again|regards|best regards|kind regards|warm regards|best wishes|best|cheers|sincerely|yours sincerely|sincerely yours|yours truly|very truly yours|yours faithfully|faithfully|respectfully|with thanks|take care|love)[ \t]*[,.!]?[ \t]*\r?\n(?:[ \t>]*\r?\n)?[ \t]*(?:>[ \t]*)*${NAME}(?=[ \t]*(?:,|\r?\n|$))`,
  'giu',
);
/**
 * "… if thats easier - theodora oakenfold⏎⏎": a dash, a name, then a blank line (a list's
 * "Item - Term" or a title's "Name - Condition" has none).
 */
const DASH_SIGNATURE = new RegExp(String.raw`[-–—][ \t]+(${W}(?: ${W}){0,2})[ \t]*\r?\n[ \t]*\r?\n`, 'uy');

/** A month's name that is a given name too, alone on a signature's line ("April", "June"). */
const MONTH_GIVEN = /^(?:April|May|June|August)$/;

function closings(ctx: ScanContext): void {
  const text = ctx.text;
  CLOSING.lastIndex = 0;
  for (let m = CLOSING.exec(text); m !== null; m = CLOSING.exec(text)) {
    const value = m[1] as string;
    const name = MONTH_GIVEN.test(value) ? value : nameIn(value, true);
    if (name) push(ctx, m.index + m[0].length - value.length, name);
  }
}

function dashSignatures(ctx: ScanContext): void {
  const text = ctx.text;
  for (const dash of [' - ', ' – ', ' — ']) {
    for (let at = text.indexOf(dash); at >= 0; at = text.indexOf(dash, at + 1)) {
      // Text before the dash on its line: a signature closes a message's last line.
      if (at === 0 || text[at - 1] === '\n') continue;
      DASH_SIGNATURE.lastIndex = at + 1;
      const m = DASH_SIGNATURE.exec(text);
      const value = m?.[1];
      if (m && value && nameIn(value, false) === value) push(ctx, m.index + m[0].indexOf(value), value);
    }
  }
}

/**
 * "hi dr sutherland", "dr Ashdown - need refill", "dr de la cruz", "dr hernández ruiz", "Hello
 * Dr. duong,", "can you see mr okafor": a doctor or a patient addressed as people type, with
 * lower-case particles and a second family name.
 */
const LOWER_TITLE =
  /(?<![\p{L}\p{N}])(?:[Dd]r|[Mm]rs|[Mm]r|[Mm]s|[Mm]iss)\.?[ \t]+((?:(?:de la|del|de|van der|van|von|da|di|du|le|la|al|el) )?\p{L}[\p{L}\p{M}'’-]{1,})(?: (\p{Ll}[\p{L}\p{M}'’-]{2,}))?(?![\p{L}\p{M}])/gu;

/** The titles' letters, looked for before the expression runs. */
const TITLE_WORDS = ['dr', 'Dr', 'mr', 'Mr', 'ms', 'Ms', 'iss'];

function lowerCaseTitles(ctx: ScanContext): void {
  if (!TITLE_WORDS.some((w) => ctx.includes(w))) return;
  const text = ctx.text;
  const flags = nameDictionaries().flags;
  LOWER_TITLE.lastIndex = 0;
  for (let m = LOWER_TITLE.exec(text); m !== null; m = LOWER_TITLE.exec(text)) {
    const first = m[1] as string;
    const title = m[0].charAt(0);
    // "Dr. Marsh", "Mr Okafor": a capitalized name after a capitalized title is the person names' to find.
    if (title !== title.toLowerCase() && first.charAt(0) !== first.charAt(0).toLowerCase()) continue;
    const family = first.slice(first.lastIndexOf(' ') + 1).toLowerCase();
    const f = flags.get(family) ?? 0;
    // "mr", "ms" are a valve's regurgitation and a sclerosis too: a name of the lists only ("mild mr improved").
    if (title.toLowerCase() === 'm' && !(f & (GIVEN | SURNAME))) continue;
    // "dr appt", "dr office": a common word after the title is no name; two letters only a family name ("dr le").
    if ((f & (COMMON | NEVER) && !(f & SURNAME)) || NOT_NAME.has(family)) continue;
    if (family.length < 3 && !(f & SURNAME)) continue;
    const start = m.index + m[0].indexOf(first, 2);
    const second = m[2];
    const sf = second ? (flags.get(second.toLowerCase()) ?? 0) : 0;
    // "dr hernández ruiz": a second family name, not a word of the sentence ("dr marsh said").
    const withSecond = second !== undefined && sf & SURNAME && !(sf & COMMON) && !NOT_NAME.has(second);
    push(ctx, start, withSecond ? m[0].slice(m[0].indexOf(first, 2)) : first);
  }
}

/** "my sister Cat come w me", "his mother Star lived to 92": a capitalized word after a kinship word. */
const KIN =
  /(?:sister|brother|mother|father|mum|mom|dad|wife|husband|son|daughter|aunt|uncle|niece|nephew|cousin|grandson|granddaughter|grandmother|grandfather|partner|fianc[ée]e?)[ \t]+(\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*(?: \p{Lu}\p{Ll}[\p{L}\p{M}'’-]*)?)(?![\p{L}\p{M}])/gu;
/**
 * Whose the kin is, right before the kinship word ("my ", "her late "). Tried only where a
 * kinship word stands: as the first part of `KIN`, it was tried at every character, going back
 * over every blank before it (a long run of blanks cost its length squared).
 */
const KIN_OWNER =
  /(?<=\b(?:my|his|her|their|our|with|and)[ \t]+(?:(?:older|younger|elder|big|little|late|step|twin)[ \t]+)?)/uy;

function kin(ctx: ScanContext): void {
  const text = ctx.text;
  const flags = nameDictionaries().flags;
  KIN.lastIndex = 0;
  for (let m = KIN.exec(text); m !== null; m = KIN.exec(text)) {
    KIN_OWNER.lastIndex = m.index;
    if (!KIN_OWNER.test(text)) {
      KIN.lastIndex = m.index + 1;
      continue;
    }
    const value = m[1] as string;
    const words = value.split(' ');
    // "his mother Mary Ann", "her son Will": the first word must be no drug or clinical word.
    if (words.some((w) => ((flags.get(w.toLowerCase()) ?? 0) & NEVER) !== 0)) continue;
    const name = nameIn(value, true);
    if (name) push(ctx, m.index + m[0].length - value.length, name);
  }
}

/** Words a closing line holds, looked for before its expression runs. */
const CLOSING_WORDS = [
  'hank',
  'egards',
  'incerely',
  'ours',
  'heers',
  'est',
  'espectfully',
  'ake care',
  'ove',
];
const GREETING = /\b(?:[Hh](?:i|ello|ey)|HI|HELLO|HEY)\b/;
const SELF = ["it's", 'its', 'it’s', 'this is', 'It’s', "It's", 'Its', 'This is'];

function findNameAnswers(ctx: ScanContext): void {
  const lines = ctx.includes('\n');
  if ((ctx.includes('name') || ctx.includes('who ')) && ctx.test(NAME_QUESTION)) questionAnswers(ctx);
  if (ctx.includes('y name') || (SELF.some((w) => ctx.includes(w)) && ctx.test(GREETING))) introductions(ctx);
  if (lines && CLOSING_WORDS.some((w) => ctx.includes(w))) closings(ctx);
  if (lines && (ctx.includes(' - ') || ctx.includes(' – ') || ctx.includes(' — '))) dashSignatures(ctx);
  if (TITLE_WORDS.some((w) => ctx.includes(w))) lowerCaseTitles(ctx);
  if (ctx.hasUpper) kin(ctx);
  if (ctx.hasUpper && ctx.includes(' here')) namesHere(ctx);
  if (ctx.hasUpper && GREETING_WORDS.some((w) => ctx.includes(w))) greetedNames(ctx);
  if (ctx.hasUpper && ctx.includes(', you')) addressedNames(ctx);
}

export const nameAnswers: Detector = {
  id: 'name_answer',
  types: ['name'],
  run(ctx) {
    if (ctx.skip?.has('name') || !ctx.hasSpace) return;
    const found = ctx.out.length;
    findNameAnswers(ctx);
    checkNamesFound(ctx, found);
  },
};
