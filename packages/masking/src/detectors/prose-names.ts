/**
 * Names in running text known by what the sentence says of them rather than by a dictionary:
 * the subject of a sentence whom a personal pronoun takes up right after its verb ("bohdan is on
 * his way back", "Mairéad says she's had enough"), the initials of the clinician who closes a
 * note with a credential ("… next visit 20/9. dt rn"), and a writer's name glued to the dash that
 * signs the last line of a message ("-Ottoline"). Kin and role words ("mum says she …"), common,
 * clinical and drug words stay.
 */

import { isAsciiLetter } from '../char-codes';
import type { DetectedSpan } from '../types';
import type { Detector, ScanContext } from './detector';
import { COMMON, GIVEN, isCommonWord, NEVER, nameDictionaries, SURNAME } from './dictionaries';
import { namesOnMedicines } from './medicated-names';
import { cuedNames } from './name-cues';
import { joinNames } from './name-links';
import { checkNamesFound } from './names';
import { mayBeName } from './spoken-names';
import { CLINICAL_ENDING, looksLikeName } from './standalone-names';
import { NAME_PARTICLES } from './surname-particles';

function push(ctx: ScanContext, start: number, end: number): void {
  ctx.out.push({ start, end, type: 'name', ruleId: 'prose_name' });
}

/** Where a group of a match made with the 'd' flag stands. */
function groupAt(m: RegExpExecArray, group: number): [number, number] {
  return m.indices?.[group] ?? [m.index, m.index];
}

/** Who a sentence may be about without being named: kin, roles, people unnamed. */
const NOT_NAMED = new Set(
  `mum mom mam ma dad da pa nan nana nanna gran granny grandma grandpa grandad granddad pop poppa
  nan's aunty auntie aunt uncle cousin partner carer caregiver client kid kiddo child bub baby
  someone somebody anyone anybody everyone everybody nobody noone one each either neither another
  other others doc gp surgeon consultant registrar midwife physio therapist teacher coach boss
  manager supervisor landlord neighbour neighbor friend mate bestie hubby missus wifey ex
  reception receptionist pharmacist chemist driver paramedic ambo officer police cop lawyer
  whoever everyone's someone's`.split(/\s+/),
);

/** Finite verbs a sentence's subject takes before a pronoun of its own ("says she's", "is on his way"). */
const VERBS =
  "says|said|asks|asked|tells|told|thinks|thought|reckons|feels|felt|knows|knew|wants|wanted|needs|needed|is|was|has|had|will|would|can|could|cant|can['’]t|won['’]t|wont|does|did|doesn['’]t|didn['’]t|isn['’]t|wasn['’]t|gets|got|keeps|kept|went|goes|came|comes|rang|called|texted|brought|took|lost|forgot|left|reports|reported|states|stated|denies|denied|admits|admitted|lives|lived|misses|missed|hates|loves|refuses|refused|tried|tries|hurt|fell|dropped";
const WORD = String.raw`\p{L}[\p{L}\p{M}'’-]*`;
/** Blanks and an opening quote, one or two words, and the verb, from a sentence's start. */
const SUBJECT = String.raw`[ \t"“]*(${WORD})(?:[ \t](${WORD}))?[ \t]+(?:${VERBS})`;
/** The subject, the verb and up to three words before the pronoun: "bohdan is on ⟨his⟩ way". */
const SUBJECT_BEFORE = new RegExp(String.raw`${SUBJECT}(?:[ \t]+[\p{L}'’]+){0,3}[ \t]+$`, 'dyu');
/** The subject and its sentence before the next opening with a pronoun: "Hemi is failing hearing screens. ⟨He⟩ has …". */
const SENTENCE_BEFORE = new RegExp(String.raw`${SUBJECT}(?:[ \t]+[^\s.!?]+){0,8}[.!][ \t]+$`, 'dyu');
/** A personal pronoun of the third person: who the sentence's subject is; capitalized, it opens the next sentence. */
const PRONOUN_RE = /(?<![\p{L}'’])(?:he|she|his|her|him|himself|herself|He|She|His|Her)(?![\p{L}])/gu;
const LOWER_START = /^\p{Ll}/u;
/** The longest stretch before a pronoun its sentence's subject is looked for in. */
const SUBJECT_REACH = 96;

/** Whether a word can be a name opening a sentence: a name of the lists or a word no list knows. */
function subjectWord(word: string): boolean {
  const lc = word.toLowerCase().replace(/['’]s$/, '');
  return !NOT_NAMED.has(lc) && mayBeName(word);
}

/** Whether the character ends a sentence, a line or a chat turn's label. */
function closesSentence(c: number): boolean {
  // . ! ? ; : ] ) and line breaks
  return (
    c === 0x2e ||
    c === 0x21 ||
    c === 0x3f ||
    c === 0x3b ||
    c === 0x3a ||
    c === 0x5d ||
    c === 0x29 ||
    c === 0x0a ||
    c === 0x0d
  );
}

/** Where the sentence holding `at` starts (after its boundary), or -1 beyond `from`. */
function sentenceStart(text: string, at: number, from: number): number {
  for (let i = at - 1; i >= from; i--) if (closesSentence(text.charCodeAt(i))) return i + 1;
  return from === 0 ? 0 : -1;
}

/** "bohdan is on his way", "Mairéad says she's": the subject a third-person pronoun takes up. */
function pronounSubjects(ctx: ScanContext): void {
  const text = ctx.text;
  PRONOUN_RE.lastIndex = 0;
  let last = -1;
  for (let m = PRONOUN_RE.exec(text); m !== null; m = PRONOUN_RE.exec(text)) {
    const from = Math.max(0, m.index - SUBJECT_REACH);
    if (from < last) continue;
    // A capitalized pronoun opens a sentence: its subject opens the sentence before.
    const capital = text.charCodeAt(m.index) < 0x61;
    let start = sentenceStart(text, m.index, from);
    if (capital && start > from) start = sentenceStart(text, start - 1, from);
    if (start < 0) continue;
    const re = capital ? SENTENCE_BEFORE : SUBJECT_BEFORE;
    re.lastIndex = 0;
    const s = re.exec(text.slice(start, m.index));
    if (!s) continue;
    const first = s[1] as string;
    const second = s[2];
    // One case throughout: "bohdan is", "Tāne Horomona says", not "Then bohdan".
    if (second !== undefined && LOWER_START.test(first) !== LOWER_START.test(second)) continue;
    if (!subjectWord(first) || (second !== undefined && !subjectWord(second))) continue;
    push(ctx, start + groupAt(s, 1)[0], start + groupAt(s, second === undefined ? 1 : 2)[1]);
    last = m.index;
  }
}

/** Credentials a nurse, a midwife or a carer signs a note with, in lower case or capitals. */
const CLOSING_CREDENTIALS = new Set(['rn', 'en', 'rm', 'np', 'lpn', 'cna', 'hca', 'rgn', 'apn']);
/** Two or three letters, then the credential, at the start of a line, after a sentence or a dash: "… 20/9. dt rn". */
const INITIALS_BEFORE = /(?:^|[.;][ \t]+|[ \t]-[ \t]+)([a-z]{2,3}|[A-Z]{2,3})[ \t]+$/d;
/** Letters that are words or note shorthand before a credential, not initials ("pt rn", "per RN"). */
const NOT_INITIALS = new Set(
  'pt dr ok no on am pm re cc by to the and per see via ask as or of at in is it be we me my pls ref call ph tel mob fax bp hr rr'.split(
    ' ',
  ),
);

/** A blank (space or tab). */
function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

/** A blank, a full stop or a carriage return: what a line's last word may have after it. */
function isBlankOrStop(c: number): boolean {
  return isBlank(c) || c === 0x2e || c === 0x0d;
}

/** A line break or a tag's '>': where the last line of a message starts after. */
function isLineBreakOrTag(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x3e;
}

/** Where a line's last word starts, its end at `end` (blanks and a full stop before `end` skipped), or -1. */
function lastWordOf(text: string, lineStart: number, end: number): [number, number] | undefined {
  let e = end;
  while (e > lineStart && isBlankOrStop(text.charCodeAt(e - 1))) e--;
  let b = e;
  while (b > lineStart && b > e - 4 && isAsciiLetter(text.charCodeAt(b - 1))) b--;
  return b < e && (b === lineStart || isBlank(text.charCodeAt(b - 1))) ? [b, e] : undefined;
}

/** Each line's end, where a note's writer signs: initials before a credential. */
function closingInitials(ctx: ScanContext): void {
  const text = ctx.text;
  for (let lineStart = 0; lineStart < text.length; ) {
    let end = text.indexOf('\n', lineStart);
    if (end < 0) end = text.length;
    const word = lastWordOf(text, lineStart, end);
    if (word && CLOSING_CREDENTIALS.has(text.slice(word[0], word[1]).toLowerCase())) {
      // The line's start or a sentence's end before the letters: cut at a line's start only.
      const from = Math.max(lineStart, word[0] - 12);
      const m = INITIALS_BEFORE.exec(text.slice(from, word[0]));
      const letters = m?.[1];
      if (
        m &&
        letters &&
        !NOT_INITIALS.has(letters.toLowerCase()) &&
        (from === lineStart || !m[0].startsWith(letters))
      ) {
        const [start, stop] = groupAt(m, 1);
        push(ctx, from + start, from + stop);
      }
    }
    lineStart = end + 1;
  }
}

/** A dash glued to one or two capitalized words on a line of their own: "-Ottoline", "—Tama Rewi". */
const DASH_SIGNATURE = /^[-–—~]\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \t]\p{Lu}[\p{Ll}\p{M}'’-]+)?$/u;
/** A line before that is an item of a list: a dash, a bullet or a number opening it. */
const LIST_LINE_BEFORE = /(?:^|[\n\r>])[ \t]*(?:[-–—*•~]|\d{1,2}[.)])[^\n\r]*[\n\r]+[ \t]*(?:<[^>\n]*>)*$/;
/** Words a dash closes a text with that name no one. */
const NOT_SIGNED = new Set('end fin eof done thanks thankyou cheers regards sent ends'.split(' '));

/** Where a message's last line ends: before the blanks, quotes and closing tags after it. */
function messageEnd(text: string): number {
  let end = text.length;
  for (let guard = 0; end > 0 && guard < 64; guard++) {
    const c = text.charCodeAt(end - 1);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x22 || c === 0x27 || c === 0x201d)
      end--;
    else if (c === 0x3e) {
      // A closing tag: "</p>".
      const open = text.lastIndexOf('</', end - 1);
      if (open < 0 || end - open > 12) break;
      end = open;
    } else break;
  }
  return end;
}

/** The last line of a message, a dash glued to its writer's name (a bulleted list writes "- Fever"). */
function dashSignature(ctx: ScanContext): void {
  const text = ctx.text;
  const end = messageEnd(text);
  let start = end;
  while (start > 0 && end - start <= 40 && !isLineBreakOrTag(text.charCodeAt(start - 1))) start--;
  // A signature closes something written before it.
  if (start === 0 || !/[\p{L}\d]/u.test(text.slice(0, start))) return;
  const line = text.slice(start, end).trim();
  if (!DASH_SIGNATURE.test(line)) return;
  const at = start + text.slice(start, end).indexOf(line) + 1;
  // "- Fever⏎-Cough": a line of a list, not a signature.
  if (LIST_LINE_BEFORE.test(text.slice(Math.max(0, start - 80), start))) return;
  const words = line.slice(1).split(/[ \t]/);
  const flags = nameDictionaries().flags;
  for (const w of words) {
    const lc = w.toLowerCase();
    const f = flags.get(lc) ?? 0;
    // "Joy" is a given name that is also a word; "Cough" is only a word.
    if (NOT_SIGNED.has(lc) || NOT_NAMED.has(lc) || f & NEVER || (f & COMMON && !(f & GIVEN))) return;
  }
  push(ctx, at, at + line.length - 1);
}

/**
 * "— darnell⏎⏎Reply link: …", "- tom": a dash and a name in lower case on a line of their own
 * after what a message says, not an item of a list (no list line before or after it). One word
 * must be a given name and no common word ("- will" stays); two words must read as a name.
 */
const LOWER_SIGN_OFF =
  /(?:^|\n)[ \t]*[-–—~][ \t]?(\p{Ll}[\p{Ll}\p{M}'’-]+(?:[ \t]\p{Ll}[\p{Ll}\p{M}'’-]+)?)[ \t]*(?=\r?\n|$)/gu;
/** A line after that is an item of a list. */
const LIST_LINE_AFTER = /^[ \t]*\r?\n[ \t]*(?:[-–—*•~]|\d{1,2}[.)])/;

function lowerSignOffs(ctx: ScanContext): void {
  const text = ctx.text;
  const flags = nameDictionaries().flags;
  LOWER_SIGN_OFF.lastIndex = 0;
  for (let m = LOWER_SIGN_OFF.exec(text); m !== null; m = LOWER_SIGN_OFF.exec(text)) {
    const value = m[1] as string;
    const lineStart = text.charCodeAt(m.index) === 0x0a ? m.index + 1 : m.index;
    const start = m.index + m[0].lastIndexOf(value);
    const end = start + value.length;
    if (!/[\p{L}\d]/u.test(text.slice(0, lineStart))) continue;
    if (LIST_LINE_BEFORE.test(text.slice(Math.max(0, lineStart - 80), lineStart))) continue;
    if (LIST_LINE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue;
    const words = value.split(/[ \t]/);
    if (words.length === 1) {
      const f = flags.get(value) ?? 0;
      if (!(f & GIVEN) || f & (COMMON | NEVER) || NOT_SIGNED.has(value) || NOT_NAMED.has(value)) continue;
    } else if (!looksLikeName(words, false)) continue;
    push(ctx, start, end);
  }
}

const CAPITAL_WORD = String.raw`\p{Lu}[\p{Ll}\p{M}'’-]+`;
const LOWER_WORD = String.raw`\p{Ll}[\p{Ll}\p{M}'’-]+`;

/**
 * A word that may be a name and is no clinical term or drug no list holds ("Amlodipine",
 * "Cardiology"); the cues it follows say "person", so "-ly" may end it ("Kirrily").
 */
function nameNotTerm(word: string): boolean {
  return mayBeName(word, true) && !CLINICAL_ENDING.test(word.toLowerCase());
}

/**
 * Who a writer points out by what they do and where, then by name: "the girl at the desk ⟨Rajvir⟩
 * lost my paperwork", "the lady on reception ⟨Tui⟩ said".
 */
const PERSON_BY_PLACE = new RegExp(
  String.raw`\b(?:girl|guy|lady|woman|man|bloke|fella|chap|receptionist|volunteer|porter|cleaner|orderly)[ \t]+(?:at|on|in|from|behind)[ \t]+(?:the[ \t]+)?\p{Ll}+(?:[ \t]\p{Ll}+)?[ \t]+(${CAPITAL_WORD}(?:[ \t]${CAPITAL_WORD})?)(?![\p{L}\p{M}])`,
  'dgu',
);

function peopleByPlace(ctx: ScanContext): void {
  eachGroup(ctx, PERSON_BY_PLACE, (start, end) => {
    const words = ctx.text.slice(start, end).split(/[ \t]/);
    return words.every(nameNotTerm);
  });
}

/**
 * A writer's guess at a name after the name they gave: "nurse aoife (i think ⟨haddad⟩?)",
 * "Dr Renfrew (maybe ⟨de Villiers⟩?)". The guess follows a role word and a name, or a name found.
 */
const GUESSED_NAME =
  /\((?:i think|i thought|i believe|maybe|possibly|probably|prob)[ \t]+(\p{L}[\p{L}\p{M}'’-]*(?:[ \t]\p{L}[\p{L}\p{M}'’-]*){0,2})[ \t]*\?[ \t]*\)/dgiu;
/** A role and one word before the bracket: "nurse aoife (", "Dr Renfrew (" (`(?<!\w)`: see IN_ROOM). */
const ROLE_AND_NAME_BEFORE =
  /(?<!\w)(?:nurse|dr|doctor|midwife|sister|receptionist|carer|consultant|surgeon|registrar|paramedic|physio|pharmacist|gp|rn|np)\.?[ \t]+(\p{L}[\p{L}\p{M}'’-]*)[ \t]*$/diu;
/** Particles inside a family name guessed in lower case: "de villiers", "ó súilleabháin". */
const GUESS_PARTICLES: ReadonlySet<string> = new Set([...NAME_PARTICLES, 'te', 'o']);

function guessedNames(ctx: ScanContext, found: number): void {
  const text = ctx.text;
  eachGroup(ctx, GUESSED_NAME, (start, end, at) => {
    const words = text.slice(start, end).split(/[ \t]/);
    if (
      !words.every((w, i) => (i < words.length - 1 && GUESS_PARTICLES.has(w.toLowerCase())) || nameNotTerm(w))
    )
      return false;
    const from = Math.max(0, at - 40);
    const role = ROLE_AND_NAME_BEFORE.exec(text.slice(from, at));
    // The name the guess follows is one too, whatever its ending ("nurse kirrily (i think …?)").
    if (role && knownWordsAllow(role[1] as string)) {
      const [s0, s1] = groupAt(role, 1);
      push(ctx, from + s0, from + s1);
    }
    return role !== null || nameEndsNear(ctx, found, at);
  });
}

/** A word no list calls common, clinical or a drug. */
function knownWordsAllow(word: string): boolean {
  return !isCommonWord(word.toLowerCase());
}

/** Whether a name the detectors before found ends right before `at` (blanks between). */
function nameEndsNear(ctx: ScanContext, count: number, at: number): boolean {
  for (let i = 0; i < count; i++) {
    const span = ctx.out[i] as DetectedSpan;
    if (span.type === 'name' && span.end <= at && ctx.text.slice(span.end, at).trim() === '') return true;
  }
  return false;
}

/** "Next: 7/25 w/ ⟨Wotherspoon⟩", "f/u w/ ⟨Tamsin Orrick⟩.": who a visit is with, closing its line or clause. */
const WITH_NAME = new RegExp(
  String.raw`\bw\/[ \t]?(${CAPITAL_WORD}(?:[ \t]${CAPITAL_WORD})?)(?=[ \t]*(?:$|[\n\r.;,)]))`,
  'dgmu',
);

function withNames(ctx: ScanContext): void {
  eachGroup(ctx, WITH_NAME, (start, end) => ctx.text.slice(start, end).split(/[ \t]/).every(nameNotTerm));
}

/**
 * A given name (a middle name after it) and a family name in lower case after what a chat or a
 * list puts before a person and before a question or a bracket ("a ride for ⟨garnet obi⟩?",
 * "bed 14 - ⟨soren hart⟩ (…)"): one a name of the lists and neither a common word, the other a
 * name too or a word no list knows. Looked for before each '?' and '(' only.
 */
const LOWER_PAIR_BEFORE = new RegExp(
  String.raw`(?:\b(?:for|with|to|from|about|re|and|saw|see|call|ring|text|visit|tell|ask)|[:–-])[ \t]+(${LOWER_WORD}(?:[ \t]+${LOWER_WORD})?[ \t]+${LOWER_WORD})[ \t]*$`,
  'du',
);
/** A room or a bed right inside the bracket after a name: "(rm 30)", "(bed 12)". */
const IN_BED_AFTER = /^(?:rm|room|bed|bay|cubicle)[ \t]*\d/i;
/** How far before a '?' or a '(' the lead-in and the two words may start. */
const PAIR_REACH = 48;

/** A word's flags, a hyphenated one's the parts' together ("thompson-reid"). */
function wordFlags(flags: Map<string, number>, word: string): number {
  const f = flags.get(word);
  if (f !== undefined || !word.includes('-')) return f ?? 0;
  let out = 0;
  for (const part of word.split('-')) out |= flags.get(part) ?? 0;
  return out;
}

function lowerPairs(ctx: ScanContext): void {
  const text = ctx.text;
  const flags = nameDictionaries().flags;
  for (const mark of ['?', '(']) {
    if (!ctx.includes(mark)) continue;
    for (let at = text.indexOf(mark); at > 0; at = text.indexOf(mark, at + 1)) {
      const c = text.charCodeAt(at - 1);
      // A lower-case letter or a blank right before the mark.
      if (!((c >= 0x61 && c <= 0x7a) || c === 0x20 || c > 0xbf)) continue;
      const from = Math.max(0, at - PAIR_REACH);
      const m = LOWER_PAIR_BEFORE.exec(text.slice(from, at));
      if (!m) continue;
      const [start, end] = groupAt(m, 1);
      const words = text.slice(from + start, from + end).split(/[ \t]+/);
      const given = words[0] as string;
      const family = words[words.length - 1] as string;
      const g = wordFlags(flags, given);
      const f = wordFlags(flags, family);
      if ((g | f) & (COMMON | NEVER)) continue;
      // "manjit kaur dhillon": a middle name between them.
      if (words.length === 3 && !nameNotTerm(words[1] as string)) continue;
      // One of the two a name of the lists, the other a name too or a word no list knows.
      const knownGiven = (g & GIVEN) !== 0 && (f & SURNAME || (f === 0 && nameNotTerm(family)));
      const knownFamily = (f & SURNAME) !== 0 && g === 0 && nameNotTerm(given);
      // Before the room or bed a person lies in, two words no list knows are a name too:
      // "for adaeze nwankwo (bed 12)".
      const inBed = mark === '(' && IN_BED_AFTER.test(text.slice(at + 1, at + 8));
      const unknown = inBed && g === 0 && f === 0 && words.every(nameNotTerm);
      if (knownGiven || knownFamily || unknown) push(ctx, from + start, from + end);
    }
  }
}

/**
 * A patient a ward's chat asks after by the room or bed they are in: "anyone seen ⟨faith⟩ in 404?",
 * "check on ⟨Tavish⟩ in bed 12". A given name that is also a word counts here ("faith", "june").
 * `(?<!\w)` is what `\b` means before a letter; under the `i` and `u` flags V8 runs `\b` several
 * times slower, and this one is tried at every place of the text.
 */
const IN_ROOM = new RegExp(
  String.raw`(?<!\w)(?:seen|see|saw|check on|checked on|checking on|look in on|looked in on)[ \t]+(${WORD})[ \t]+in[ \t]+(?:(?:room|rm|bed|bay)[ \t]*)?\d{1,4}\b`,
  'dgiu',
);

function patientsInRooms(ctx: ScanContext): void {
  const flags = nameDictionaries().flags;
  eachGroup(ctx, IN_ROOM, (start, end) => {
    const word = ctx.text.slice(start, end);
    const f = flags.get(word.toLowerCase()) ?? 0;
    if (NOT_NAMED.has(word.toLowerCase()) || f & NEVER) return false;
    return (f & GIVEN) !== 0 || nameNotTerm(word);
  });
}

/**
 * A handover line that opens with the patient's family name and their bed: "Umeh in bed 7 — ok to
 * give …", "Haverkamp-Iwasaki in rm 26: NPO". A word of the lists' common words ("Patient in bed
 * 3", "Nobody in room 4") is none.
 */
const NAME_HEADING_BED =
  /^[ \t]*(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)[ \t]+in[ \t]+(?:room|rm|bed|bay)[ \t]*\d{1,4}\b/dgmu;

/**
 * A handover or census line that opens with the room or bed, then the patient's "Last, First":
 * "Rm 254 — Quenby, Marisol (MQ), 93-year-old", "Bed 12B: Quarrow, Ostrid, …". Each word must
 * be no common or clinical word ("Rm 4 — Stable, Afebrile" stays).
 */
const BED_HEADING_NAME =
  /^[ \t]*(?:Rm|RM|Room|ROOM|Bed|BED|Bay|BAY)[ \t]*#?\d{1,4}[A-Z]?(?:-[A-Z0-9]{1,2})?[ \t]*[-–—:|][ \t]*(\p{Lu}[\p{L}'’-]+(?:[ \t]\p{Lu}[\p{L}'’-]+)?,[ \t]?\p{Lu}[\p{L}'’-]+)(?=[ \t]*(?:[(,;]|$))/dgmu;

function namesHeadingBeds(ctx: ScanContext): void {
  const flags = nameDictionaries().flags;
  eachGroup(ctx, NAME_HEADING_BED, (start, end) => {
    const word = ctx.text.slice(start, end);
    const f = flags.get(word.toLowerCase()) ?? 0;
    if (NOT_NAMED.has(word.toLowerCase()) || f & NEVER) return false;
    return (f & (GIVEN | SURNAME)) !== 0 || nameNotTerm(word);
  });
}

const BED_WORDS = ['Rm', 'RM', 'Room', 'ROOM', 'Bed', 'BED', 'Bay', 'BAY'];

function namesAfterBeds(ctx: ScanContext): void {
  eachGroup(ctx, BED_HEADING_NAME, (start, end) =>
    ctx.text
      .slice(start, end)
      .split(/[ \t,]+/)
      .filter((w) => w.length > 0)
      .every((w) => !NOT_NAMED.has(w.toLowerCase()) && nameNotTerm(w)),
  );
}

/** Pushes group 1 of each match the check accepts (given the group's bounds and the match's start). */
function eachGroup(
  ctx: ScanContext,
  re: RegExp,
  accept: (start: number, end: number, at: number) => boolean,
): void {
  re.lastIndex = 0;
  for (let m = re.exec(ctx.text); m !== null; m = re.exec(ctx.text)) {
    const [start, end] = groupAt(m, 1);
    if (accept(start, end, m.index)) push(ctx, start, end);
  }
}

/** Whether the text may hold a third-person pronoun: "he", "she", "his", "her", "him". */
function mayHoldPronoun(ctx: ScanContext): boolean {
  return (
    ctx.includes('he ') ||
    ctx.includes("he's") ||
    ctx.includes('his ') ||
    ctx.includes('her') ||
    ctx.includes('him')
  );
}

export const proseNames: Detector = {
  id: 'prose_name',
  types: ['name'],
  run(ctx) {
    if (ctx.skip?.has('name') || !ctx.hasSpace || ctx.text.length < 8) return;
    const found = ctx.out.length;
    if (mayHoldPronoun(ctx)) pronounSubjects(ctx);
    closingInitials(ctx);
    if (ctx.hasUpper) dashSignature(ctx);
    if (ctx.includes('\n') && (ctx.includes('-') || ctx.includes('—') || ctx.includes('–')))
      lowerSignOffs(ctx);
    if (
      ctx.hasUpper &&
      (ctx.includes('girl') ||
        ctx.includes('guy') ||
        ctx.includes('lady') ||
        ctx.includes('man ') ||
        ctx.includes('bloke') ||
        ctx.includes('receptionist'))
    )
      peopleByPlace(ctx);
    if (ctx.includes('?)')) guessedNames(ctx, found);
    if (ctx.hasUpper && ctx.includes('w/')) withNames(ctx);
    if (ctx.hasUpper && ctx.includes(' on ')) namesOnMedicines(ctx);
    lowerPairs(ctx);
    if (
      ctx.hasDigit &&
      ctx.includes(' in ') &&
      (ctx.includes('see') || ctx.includes('saw') || ctx.includes('check') || ctx.includes('look'))
    )
      patientsInRooms(ctx);
    if (ctx.hasUpper && ctx.hasDigit && ctx.includes(' in ')) namesHeadingBeds(ctx);
    if (ctx.hasUpper && ctx.hasDigit && BED_WORDS.some((w) => ctx.includes(w))) namesAfterBeds(ctx);
    cuedNames(ctx);
    joinNames(ctx);
    checkNamesFound(ctx, found);
  },
};
