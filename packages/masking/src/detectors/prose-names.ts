/**
 * Names in running text known by what the sentence says of them rather than by a dictionary:
 * the subject of a sentence whom a personal pronoun takes up right after its verb ("bohdan is on
 * his way back", "Mairéad says she's had enough"), the initials of the clinician who closes a
 * note with a credential ("… next visit 20/9. dt rn"), and a writer's name glued to the dash that
 * signs the last line of a message ("-Ottoline"). Kin and role words ("mum says she …"), common,
 * clinical and drug words stay.
 */

import type { DetectedSpan } from '../types';
import type { Detector, ScanContext } from './detector';
import { COMMON, GIVEN, NEVER, nameDictionaries, SURNAME } from './dictionaries';
import { checkNamesFound } from './names';
import { mayBeName } from './spoken-names';
import { CLINICAL_ENDING } from './standalone-names';

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
/** A sentence's or a chat turn's start, one or two words, and the verb. */
const SUBJECT = String.raw`(?:^|[.!?;]["”']?[ \t]+|[\n\r][ \t]*|[\]):][ \t]+|["“][ \t]*)(${WORD})(?:[ \t](${WORD}))?[ \t]+(?:${VERBS})`;
/** The subject, the verb and up to three words before the pronoun: "bohdan is on ⟨his⟩ way". */
const SUBJECT_BEFORE = new RegExp(String.raw`${SUBJECT}(?:[ \t]+[\p{L}'’]+){0,3}[ \t]+$`, 'du');
/** The subject and its sentence before the next opening with a pronoun: "Hemi is failing hearing screens. ⟨He⟩ has …". */
const SENTENCE_BEFORE = new RegExp(String.raw`${SUBJECT}(?:[ \t]+[^\s.!?]+){0,8}[.!][ \t]+$`, 'du');
/** A personal pronoun of the third person: who the sentence's subject is; capitalized, it opens the next sentence. */
const PRONOUN_RE = /(?<![\p{L}'’])(?:he|she|his|her|him|himself|herself|He|She|His|Her)(?![\p{L}])/gu;
const LOWER_START = /^\p{Ll}/u;

/** Whether a word can be a name opening a sentence: a name of the lists or a word no list knows. */
function subjectWord(word: string): boolean {
  const lc = word.toLowerCase().replace(/['’]s$/, '');
  return !NOT_NAMED.has(lc) && mayBeName(word);
}

/** "bohdan is on his way", "Mairéad says she's": the subject a third-person pronoun takes up. */
function pronounSubjects(ctx: ScanContext): void {
  const text = ctx.text;
  PRONOUN_RE.lastIndex = 0;
  let last = -1;
  for (let m = PRONOUN_RE.exec(text); m !== null; m = PRONOUN_RE.exec(text)) {
    const from = Math.max(0, m.index - 96);
    if (from < last) continue;
    const capital = text.charCodeAt(m.index) < 0x61;
    const s = (capital ? SENTENCE_BEFORE : SUBJECT_BEFORE).exec(text.slice(from, m.index));
    if (!s) continue;
    const first = s[1] as string;
    const second = s[2];
    // One case throughout: "bohdan is", "Tāne Horomona says", not "Then bohdan".
    if (second !== undefined && LOWER_START.test(first) !== LOWER_START.test(second)) continue;
    if (!subjectWord(first) || (second !== undefined && !subjectWord(second))) continue;
    push(ctx, from + groupAt(s, 1)[0], from + groupAt(s, second === undefined ? 1 : 2)[1]);
    last = m.index;
  }
}

/** Credentials a nurse, a midwife or a carer signs a note with, in lower case or capitals. */
const CLOSING_CREDENTIAL = '(?:rn|en|rm|np|lpn|cna|hca|rgn|apn|RN|EN|RM|NP|LPN|CNA|HCA|RGN|APN)';
/** Two or three letters and a credential closing a line: "next hv 20/9. dt rn", "… reviewed. MB RN". */
const CLOSING_INITIALS = new RegExp(
  String.raw`(?:^|[.;][ \t]+|[ \t]-[ \t]+)([a-z]{2,3}|[A-Z]{2,3})[ \t]+${CLOSING_CREDENTIAL}[ \t]*\.?[ \t]*$`,
  'd',
);
/** Letters that are words or note shorthand before a credential, not initials ("pt rn", "per RN"). */
const NOT_INITIALS = new Set(
  'pt dr ok no on am pm re cc by to the and per see via ask as or of at in is it be we me my pls ref call ph tel mob fax bp hr rr'.split(
    ' ',
  ),
);
/** The longest tail of a line the initials and their credential take: ". abc lpn ." */
const CLOSING_TAIL = 24;

/** Each line's end, where a note's writer signs. */
function closingInitials(ctx: ScanContext): void {
  const text = ctx.text;
  for (let lineStart = 0; lineStart < text.length; ) {
    let end = text.indexOf('\n', lineStart);
    if (end < 0) end = text.length;
    const lineEnd = end > lineStart && text.charCodeAt(end - 1) === 0x0d ? end - 1 : end;
    const from = Math.max(lineStart, lineEnd - CLOSING_TAIL);
    const m = lineEnd - lineStart >= 5 ? CLOSING_INITIALS.exec(text.slice(from, lineEnd)) : null;
    const letters = m?.[1];
    // A tail cut mid-line has no line start before the letters.
    if (
      m &&
      letters &&
      !NOT_INITIALS.has(letters.toLowerCase()) &&
      (from === lineStart || !m[0].startsWith(letters))
    ) {
      const [start, stop] = groupAt(m, 1);
      push(ctx, from + start, from + stop);
    }
    lineStart = end + 1;
  }
}

/** A dash glued to one or two capitalized words on a line of their own: "-Ottoline", "—Tama Rewi". */
const DASH_SIGNATURE = /^[-–—~]\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \t]\p{Lu}[\p{Ll}\p{M}'’-]+)?$/u;
/** Closing tags, quotes and blanks after a message's last line. */
const TRAILING = /(?:<\/[a-z0-9]+>|["”'\s])+$/i;
/** A line before that is an item of a list: a dash, a bullet or a number opening it. */
const LIST_LINE_BEFORE = /(?:^|[\n\r>])[ \t]*(?:[-–—*•~]|\d{1,2}[.)])[^\n\r]*[\n\r]+[ \t]*(?:<[^>\n]*>)*$/;
/** Words a dash closes a text with that name no one. */
const NOT_SIGNED = new Set('end fin eof done thanks thankyou cheers regards sent ends'.split(' '));

/** The last line of a message, a dash glued to its writer's name (a bulleted list writes "- Fever"). */
function dashSignature(ctx: ScanContext): void {
  const text = ctx.text;
  const tail = TRAILING.exec(text.slice(-64));
  const end = text.length - (tail ? tail[0].length : 0);
  let start = end;
  while (start > 0 && end - start <= 40 && !/[\n\r>]/.test(text.charAt(start - 1))) start--;
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

const CAPITAL_WORD = String.raw`\p{Lu}[\p{Ll}\p{M}'’-]+`;
const LOWER_WORD = String.raw`\p{Ll}[\p{Ll}\p{M}'’-]+`;

/** A word that may be a name and is no clinical term or drug no list holds ("Amlodipine", "Cardiology"). */
function nameNotTerm(word: string): boolean {
  return mayBeName(word) && !CLINICAL_ENDING.test(word.toLowerCase());
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
/** A role and one word before the bracket: "nurse aoife (", "Dr Renfrew (". */
const ROLE_AND_NAME_BEFORE =
  /\b(?:nurse|dr|doctor|midwife|sister|receptionist|carer|consultant|surgeon|registrar|paramedic|physio|pharmacist|gp|rn|np)\.?[ \t]+(\p{L}[\p{L}\p{M}'’-]*)[ \t]*$/diu;
/** Particles inside a family name guessed in lower case: "de villiers", "ó súilleabháin". */
const GUESS_PARTICLES = new Set([
  'de',
  'da',
  'di',
  'du',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'ó',
  'o',
  'ní',
  'mac',
  'mc',
  'te',
  'al',
  'el',
  'bin',
]);

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
  return ((nameDictionaries().flags.get(word.toLowerCase()) ?? 0) & (COMMON | NEVER)) === 0;
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
 * A given name and a family name in lower case after what a chat or a list puts before a person
 * ("a ride for ⟨garnet obi⟩?", "Outreach: ⟨rosalind brannigan⟩ missed echo", "bed 14 - ⟨soren
 * hart⟩ (…)") and before a question, a bracket, a comma or what is said of them: the first word
 * a given name of the lists and no common word, the second a family name or a word no list knows.
 */
const LOWER_PAIR = new RegExp(
  String.raw`(?:\b(?:for|with|to|from|about|re|and|saw|see|call|ring|text|visit|tell|ask)|[:–-])[ \t]+(${LOWER_WORD}[ \t]+${LOWER_WORD})(?=[ \t]*(?:[?(,;!]|$|[\n\r]|[ \t](?:missed|is|was|has|had|called|needs|wants|says|said)\b))`,
  'dgmu',
);

function lowerPairs(ctx: ScanContext): void {
  const flags = nameDictionaries().flags;
  eachGroup(ctx, LOWER_PAIR, (start, end) => {
    const [given, family] = ctx.text.slice(start, end).split(/[ \t]+/) as [string, string];
    const g = flags.get(given) ?? 0;
    if (!(g & GIVEN) || g & (COMMON | NEVER)) return false;
    const f = flags.get(family) ?? 0;
    return f & SURNAME ? !(f & (COMMON | NEVER)) : f === 0 && nameNotTerm(family);
  });
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

/** Whether the text may hold a third-person pronoun after a blank: " he", " she", " his", " her", " him". */
function mayHoldPronoun(ctx: ScanContext): boolean {
  return ctx.includes(' he') || ctx.includes(' she') || ctx.includes(' hi') || ctx.includes(' her');
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
    lowerPairs(ctx);
    checkNamesFound(ctx, found);
  },
};
