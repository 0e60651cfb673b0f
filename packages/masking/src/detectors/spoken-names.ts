/**
 * Names as speech and call transcripts carry them: a name spelled out letter by letter
 * ("spelled B L A C K W O O D", "it's g-r-e-w-a-l") with the name said just before it, a
 * lower-case name after a spoken title ("this is doctor wynrath with", "nurse aoife said"), the
 * name in a transcript's speaker label ("AGENT Priya:", "[6:35] Aroha (midwife):"), the one a
 * speaker says they are talking to or as ("you're speaking with Ngaio", "hi mere its anahera").
 * A word is a name only when no list of common, clinical, drug or eponym words holds it.
 */
import type { Detector, ScanContext } from './detector';
import { before } from './detector';
import { COMMON, GIVEN, NEVER, nameDictionaries, SURNAME } from './dictionaries';
import { continueNames } from './name-continuation';
import { checkNamesFound } from './names';
import { NAME_PARTICLES } from './surname-particles';

const NAME_WORD = String.raw`\p{L}[\p{L}\p{M}'’-]*`;
const LOWER_WORD = String.raw`\p{Ll}[\p{Ll}\p{M}'’-]*`;
/** A capitalized word, inner capitals after an apostrophe or Mc/Mac too ("O'Driscoll", "McTavish"), ending in a small letter. */
const CAPITAL_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’-]*\p{Ll}`;
/**
 * Words of a sentence that no name holds, verbs said of a person ("the doctor said"), places of
 * care, the labels of numbers ("valve serial 5612657453") and the shorthand of notes ("dr appt").
 */
const FUNCTION_WORDS = new Set(
  `a an and are as at be but by for from had has have he her him his i in is it its me my no not of on or our she so that
  the their them then there they this to too us was we were who with you your all any about after again also always back
  before both even here how if into just later never now only over really soon still today tomorrow tonight very what
  when where while why yesterday ok okay yes yeah um uh re asap said says told tells wants gave gives needs thinks thought
  sent sends came comes wrote writes knows knew left took takes got gets went goes saw sees let lets put puts felt feels
  made makes kept keeps heard hears tried agrees rounds visits advice ward unit room bay bed home hospital clinic
  theatre recovery pharmacy radiology maternity liaison locum registrar trainee referral letter review surgery practice team notes
  serial lot batch model device receiver valve pump sensor number no id code ref account acct member policy claim order
  phone tel mobile cell fax ext appt appts mtg visit meds med labs lab rx tx dx hx sx pt pts fu wkend`.split(
    /\s+/,
  ),
);
/** English verb, adverb and noun endings, rare in names: "resting", "worried", "kindly". */
const ENGLISH_ENDING = /(?:ed|ing|ly|tion|sion|ment|ness|ous|ive|ize|ise|able|ible|ful|less|ity|ance|ence)$/;

function flagsOf(word: string): number {
  const flags = nameDictionaries().flags;
  const f = flags.get(word);
  if (f !== undefined || !word.includes('-')) return f ?? 0;
  let out = 0;
  for (const part of word.split('-')) if (part) out |= flags.get(part) ?? 0;
  return out & (GIVEN | SURNAME) ? out & ~COMMON : out;
}

/** The endings without "-ly": after a title or a kin word a name may end so ("nan Kirrily", "hi kirrily its …"). */
const ENGLISH_ENDING_NOT_LY =
  /(?:ed|ing|tion|sion|ment|ness|ous|ive|ize|ise|able|ible|ful|less|ity|ance|ence)$/;

/**
 * Whether a word may be a person's name: a name of the lists, or a word no other list knows. Where
 * the context says "person" (`named`), an adverb's "-ly" is no evidence against it.
 */
export function mayBeName(word: string, named = false): boolean {
  const lc = word.toLowerCase().replace(/['’]s$/, '');
  if (lc.length < 2 || FUNCTION_WORDS.has(lc)) return false;
  const f = flagsOf(lc);
  if (f & (NEVER | COMMON)) return false;
  return (f & (GIVEN | SURNAME)) !== 0 || !(named ? ENGLISH_ENDING_NOT_LY : ENGLISH_ENDING).test(lc);
}

function push(ctx: ScanContext, start: number, end: number): void {
  if (ctx.skip?.has('name')) return;
  ctx.out.push({ start, end, type: 'name', ruleId: 'spoken_name' });
}

/**
 * Single letters with one blank or one hyphen between them, four letters at least and forty at
 * most (no name is spelled longer): a run of thousands ("A-A-A-…-") was read to its end from each
 * of its letters.
 */
const SPELLED_RE = /\b\p{L}(?:[ -]\p{L}){3,39}(?![\p{L}\p{N}'’-])/gu;
/** What announces a spelling: "spelled", "spelt", "that's", "it's", "surname is". */
const SPELL_CUE = /(?:spell(?:ed|ing)?|spelt|it['’]?s|that['’]?s|that is|is)[ \t]*[:,-]?[ \t]*$/i;
const WORD_RE = new RegExp(NAME_WORD, 'gu');

/** "róisín blackwood spelled B L A C K W O O D": the spelling and the name it spells. */
function spelledNames(ctx: ScanContext): void {
  const { text } = ctx;
  SPELLED_RE.lastIndex = 0;
  for (let m = SPELLED_RE.exec(text); m !== null; m = SPELLED_RE.exec(text)) {
    const run = m[0];
    const sep = run[1] as string;
    // "x-r-a-y-s" inside a longer word or an apostrophe's tail is no spelling.
    // A rejected run is tried again from its next letter ("it's h-a-l-v-e-y" starts at "s h").
    if (/['’-]/.test(text.charAt(m.index - 1))) {
      SPELLED_RE.lastIndex = m.index + 1;
      continue;
    }
    // One separator and one case throughout: "B L A C K", "g-r-e-w-a-l", not "a b-c d".
    if (run.includes(sep === ' ' ? '-' : ' ')) {
      SPELLED_RE.lastIndex = m.index + 1;
      continue;
    }
    const letters = run.replaceAll(sep, '');
    if (letters !== letters.toLowerCase() && letters !== letters.toUpperCase()) continue;
    const word = letters.toLowerCase();
    const head = before(text, m.index, 80);
    const headStart = m.index - head.length;
    let said = -1;
    WORD_RE.lastIndex = 0;
    const words: { start: number; end: number }[] = [];
    for (let w = WORD_RE.exec(head); w !== null; w = WORD_RE.exec(head)) {
      words.push({ start: headStart + w.index, end: headStart + w.index + w[0].length });
      if (w[0].toLowerCase() === word) said = words.length - 1;
    }
    if (said < 0 && !SPELL_CUE.test(before(text, m.index, 20))) continue;
    push(ctx, m.index, m.index + run.length);
    if (said < 0) continue;
    const name = words[said] as { start: number; end: number };
    // The given name before the surname it spells: "on róisín blackwood spelled …".
    const prior = words[said - 1];
    const gap = prior ? text.slice(prior.end, name.start) : '';
    const from =
      prior && /^[ \t]+$/.test(gap) && mayBeName(text.slice(prior.start, prior.end))
        ? prior.start
        : name.start;
    push(ctx, from, name.end);
  }
}

/** After a title, Māori "te" too ("Dr te Rangi"). */
const TITLE_PARTICLES: ReadonlySet<string> = new Set([...NAME_PARTICLES, 'te']);
/** Particles of a family name said after a title: "doctor de villiers", "doctor … mac giolla …". */
const TITLE_PARTICLE = `(?:${[...TITLE_PARTICLES].join('|')})`;
/** "doctor wynrath", "referred by doctor lachlan yazzie for", "nurse aoife (i think …)". */
const TITLE_RE = new RegExp(
  String.raw`\b(?:doctor|dr\.?|nurse|midwife|sister)[ \t]+((?:${TITLE_PARTICLE}[ \t]+)?${LOWER_WORD})(?:[ \t]+((?:${TITLE_PARTICLE}[ \t]+){0,2}${LOWER_WORD}(?:[ \t]+${LOWER_WORD})?))?`,
  'dgu',
);

/** A house number and the words of a street before "dr": "100 sample dr testville" is a drive. */
const STREET_BEFORE = /\d{2,}[A-Za-z]?[ \t]+((?:\p{L}[\p{L}'’.-]*[ \t]+){1,3})$/u;

/** Whether "dr" closes a street ("100 sample dr"): a house number, then words none of which is a sentence's. */
function drClosesStreet(text: string, at: number): boolean {
  const m = STREET_BEFORE.exec(before(text, at, 40));
  return (
    m !== null &&
    (m[1] as string)
      .trim()
      .split(/[ \t]+/)
      .every((w) => !FUNCTION_WORDS.has(w.toLowerCase()))
  );
}

/** Where the words that may be a name end in `value` (particles inside them), 0 when the first may not. */
function nameWordsEnd(value: string): number {
  let end = 0;
  let particle = false;
  for (const w of value.matchAll(/[^ \t]+/g)) {
    const word = w[0];
    if (TITLE_PARTICLES.has(word)) {
      particle = true;
      continue;
    }
    if (!mayBeName(word)) break;
    particle = false;
    end = (w.index ?? 0) + word.length;
  }
  return particle && end === 0 ? 0 : end;
}

function spokenTitles(ctx: ScanContext): void {
  const { text } = ctx;
  TITLE_RE.lastIndex = 0;
  for (let m = TITLE_RE.exec(text); m !== null; m = TITLE_RE.exec(text)) {
    const first = m.indices?.[1] as [number, number];
    if (nameWordsEnd(m[1] as string) < (m[1] as string).length) continue;
    if (/^dr\b/i.test(m[0]) && drClosesStreet(text, m.index)) continue;
    const second = m.indices?.[2];
    // The family name's words as far as they may be names: "… mac giolla phádraig for" stops at "for".
    const taken = second ? nameWordsEnd(m[2] as string) : 0;
    const end = second && taken > 0 ? second[0] + taken : first[1];
    push(ctx, first[0], end);
    TITLE_RE.lastIndex = end;
  }
}

/** Roles a transcript names its speakers by. */
const ROLES =
  'midwife|nurse|rn|doctor|dr|gp|np|md|carer|caregiver|pharmacist|interpreter|paramedic|physio|therapist|counsellor|counselor|coordinator|doula|receptionist|social worker|mum|mom|dad|patient|client|partner|support worker';
/** "[6:35] Aroha (midwife):", "Tom (carer):" at the start of a line. */
const ROLE_AFTER_RE = new RegExp(
  String.raw`^[ \t]*(?:\[[^\]\n]{1,20}\][ \t]*)?(${CAPITAL_WORD}(?:[ \t]${CAPITAL_WORD})?)[ \t]*\((?:${ROLES})\)[ \t]*:`,
  'dgmiu',
);
/** "AGENT Priya:", "Nurse Tama:": a role and the speaker's name before the colon. */
const ROLE_BEFORE_RE = new RegExp(
  String.raw`^[ \t]*(?:\[[^\]\n]{1,20}\][ \t]*)?(?:AGENT|Agent|NURSE|Nurse|OPERATOR|Operator|DISPATCHER|Dispatcher|CALL TAKER|Call taker|PHARMACIST|Pharmacist|INTERPRETER|Interpreter|ADVISOR|Advisor|REP|Rep|TECH|Tech)[ \t]+(${CAPITAL_WORD})[ \t]*:`,
  'dgmu',
);
/**
 * "you're speaking with Ngaio", "this message is for Tane". (`(?<!\w)`, not `\b`: the same before a
 * letter, and V8 runs `\b` several times slower under the `i` and `u` flags.)
 */
const ADDRESSED_RE = new RegExp(
  String.raw`(?<!\w)(?:speaking with|speaking to|you've reached|you're through to|message is for|message for)[ \t]+(${CAPITAL_WORD})(?![\p{L}\p{M}])`,
  'dgiu',
);
/** "hi mere its anahera", "hey Tom, it's Ana": who is greeted and who greets. */
const GREETING_RE = new RegExp(
  String.raw`(?<!\w)(?:hi|hey|hello|morning|evening|kia ora)[ \t]+(${NAME_WORD})[ \t]*,?[ \t]+(?:its|it's|it’s|this is)[ \t]+(${NAME_WORD})`,
  'dgiu',
);

/** Kin, carers and staff named by one word after what they are: "Brother Tane", "dtr Mere", "hyg Ana". */
const KIN = [
  'brother',
  'sister',
  'son',
  'daughter',
  'dtr',
  'dau',
  'husband',
  'wife',
  'partner',
  'mate',
  'friend',
  'nan',
  'nana',
  'koro',
  'kuia',
  'aunty',
  'auntie',
  'uncle',
  'cousin',
  'niece',
  'nephew',
  'carer',
  'caregiver',
  'hyg',
  'hygienist',
  // Kin in isiZulu, Afrikaans and Filipino notes: "Gogo Lindi", "informed tatay …", "asawa …".
  'gogo',
  'ouma',
  'oupa',
  'tatay',
  'nanay',
  'lola',
  'lolo',
  'asawa',
  'kuya',
  'receptionist',
  // Capitalized only: a chemical's "contrast agent Omnipaque" is no person.
  'Agent',
  'Advisor',
  'Operator',
  'Dispatcher',
  'transferred to',
  'handed over to',
  'GP',
  'RPh',
  'Ofc\\.',
  'Officer',
  'Constable',
  'Sgt\\.',
];
/**
 * The words after it keep their capitals ("son Will", never "son will"): one, two, or a family
 * name, a comma and a given name ("RPh Vessaby, Orrin").
 */
const KIN_RE = new RegExp(
  String.raw`\b(?:${KIN.map((w) => `[${w[0]}${w[0]?.toUpperCase()}]${w.slice(1)}`).join('|')})[ \t]+(${CAPITAL_WORD}(?:,?[ \t]${CAPITAL_WORD})?)(?![\p{L}\p{M}])`,
  'dgu',
);

/**
 * "a: tama rewi 021 555 0199", "hv ana pohatu (42)", "patient hemi rua date of birth": two to
 * four lower-case words right before what identifies a person are that person's name.
 */
const CUE_AFTER_RE =
  /(?:date of birth|dob\b|d\.o\.b|born\b|my birthday|birthday is|\(\d{1,3}\)|spelled|spelt|\+?\(?\d[\d ()-]{6,}\d)/gu;

function namesBeforeCues(ctx: ScanContext): void {
  const { text } = ctx;
  CUE_AFTER_RE.lastIndex = 0;
  for (let m = CUE_AFTER_RE.exec(text); m !== null; m = CUE_AFTER_RE.exec(text)) {
    // Blanks and a comma between the name and the cue, a lower-case letter before them.
    let at = m.index;
    while (at > 0 && (text[at - 1] === ' ' || text[at - 1] === '\t')) at--;
    if (text[at - 1] === ',') at--;
    while (at > 0 && (text[at - 1] === ' ' || text[at - 1] === '\t')) at--;
    const gap = text.slice(at, m.index);
    if (!gap.includes(' ') && !gap.includes('\t')) continue;
    const prev = text.charAt(at - 1);
    if (prev === prev.toUpperCase()) continue;
    // In the text's own case: a capitalized word is the other name detectors'.
    const head = text.slice(Math.max(0, at - 64), at);
    const words = head.split(/[ \t]/);
    let taken = 0;
    let length = 0;
    let start = at;
    for (let i = words.length - 1; i >= 0 && taken < 4; i--) {
      const word = words[i] as string;
      if (!/^\p{Ll}[\p{Ll}\p{M}'’-]*$/u.test(word)) break;
      const particle = NAME_PARTICLES.has(word) && taken > 0;
      if (!particle && !mayBeName(word)) break;
      // "hv ana pohatu (42)": a short word no list names is an abbreviation before the name.
      if (!particle && word.length < 3 && (flagsOf(word) & (GIVEN | SURNAME)) === 0) break;
      if (!particle) taken++;
      length += word.length + 1;
      start = at - length + 1;
    }
    if (taken >= 2 && !NAME_PARTICLES.has(text.slice(start, text.indexOf(' ', start)))) push(ctx, start, at);
  }
}

/** A clinical noun after the words makes them an eponym: "Sister Mary Joseph nodule", "… sign". */
const EPONYM_AFTER =
  /^(?:['’]s)?[ \t]+(?:nodule|node|sign|syndrome|disease|score|test|manoeuvre|maneuver|reflex|fracture|procedure|repair|criteria|scale|triad|phenomenon|classification)\b/i;

function speakerNames(ctx: ScanContext, re: RegExp): void {
  const { text } = ctx;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text))
    for (let g = 1; g < m.length; g++) {
      const span = m.indices?.[g];
      const value = m[g];
      if (!span || value === undefined) continue;
      // The words that may be names, from the first: "Brother Tane, Sister …" keeps "Sister".
      let end = span[0];
      for (const w of value.matchAll(/[^ \t,]+/g)) {
        if (!mayBeName(w[0], true)) break;
        end = span[0] + (w.index ?? 0) + w[0].length;
      }
      if (end > span[0] && !EPONYM_AFTER.test(text.slice(end, end + 24))) push(ctx, span[0], end);
    }
}

export const spokenNames: Detector = {
  id: 'spoken_name',
  types: ['name'],
  run(ctx: ScanContext) {
    if (!ctx.hasSpace || ctx.text.length < 8) return;
    const found = ctx.out.length;
    if (
      ctx.includes('spel') ||
      ctx.includes("it's ") ||
      ctx.includes('its ') ||
      ctx.includes("that's ") ||
      ctx.includes('thats ')
    )
      spelledNames(ctx);
    if (ctx.includes('doctor ') || ctx.includes('dr ') || ctx.includes('nurse ') || ctx.includes('midwife '))
      spokenTitles(ctx);
    if (ctx.hasUpper && ctx.includes('):')) speakerNames(ctx, ROLE_AFTER_RE);
    if (ctx.hasUpper && ctx.includes(':')) speakerNames(ctx, ROLE_BEFORE_RE);
    if (ctx.hasUpper && (ctx.includes('speaking ') || ctx.includes('message ') || ctx.includes("you'")))
      speakerNames(ctx, ADDRESSED_RE);
    if (ctx.includes('its ') || ctx.includes("it's ") || ctx.includes('it’s ') || ctx.includes('this is '))
      speakerNames(ctx, GREETING_RE);
    if (ctx.hasUpper) speakerNames(ctx, KIN_RE);
    if (
      ctx.hasDigit ||
      ctx.includes('birth') ||
      ctx.includes('dob') ||
      ctx.includes('born') ||
      ctx.includes('spel')
    )
      namesBeforeCues(ctx);
    checkNamesFound(ctx, found);
    // "routed to RPh ⟨Dalombe⟩ Ó Súilleabháin": the rest of the names found here.
    if (ctx.out.length > found) continueNames(ctx, found);
  },
};
