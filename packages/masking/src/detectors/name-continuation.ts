/**
 * The rest of a name already found: runs after the name detectors and extends their spans
 * over what a name's grammar says belongs to it — lower-case particles and the family name
 * after them ("Ferrer i Puig", "Mac an tSaoir", "van ’t Hof", "de la Fuente"), and the other
 * half of a "Family, Given" pair written before what closes one — a bracket, the end of the
 * line, a column's gap, a dash, a credential or a record label ("Price, Senthil (retry 2/5)",
 * "match: von Bredow, Jianhong (member …)", "Quarrie, Tova  Hospital No. …") — unless that half
 * is only a common or clinical word.
 */
import type { DetectedSpan } from '../types';
import type { Detector, ScanContext } from './detector';
import { COMMON, GIVEN, NEVER, nameDictionaries, SURNAME as SURNAME_FLAG } from './dictionaries';
import { familyBeforeGiven, givenAfterFamily, type PairForm } from './pair-halves';
import { PARTICLE_BEFORE_SURNAME } from './surname-particles';

/** Particles of a family name; Māori and Irish ones are capitalized too ("Aroha Te Whare", "Dalrath Ó Súilleabháin"). */
const PARTICLE = PARTICLE_BEFORE_SURNAME;
/** A family name after particles: capitalized, or a lower-case prefix before a capital ("tSaoir"). */
const SURNAME = String.raw`(?:\p{Lu}|\p{Ll}{1,2}\p{Lu})[\p{L}\p{M}'’-]*`;
/** Particles and the family name right after a name: " i Puig", " an tSaoir", " van ’t Hof". */
const PARTICLES_AFTER = new RegExp(`^(?: ${PARTICLE})+ ${SURNAME}`, 'u');
/**
 * What closes a "Family, Given" pair: a bracket, a semicolon, a slash before the next pair or
 * closing a folder's name ("/2018/Quenby, Tamsin/"), "to", "at", "on" or "for" before a date or
 * a time ("Moved Quenby, Tamsin to 9/10/2026"), a full stop closing the line or the line's end; a gap of two
 * blanks or a tab (a list's or a header's next column); a dash; a credential; the record it heads
 * ("Hospital No.", "MRN", "chart #"); a middle initial ("KANG, DELROY J  chart #").
 */
const PAIR_END = String.raw`(?:[ \t]*(?:[()"”]|$|\n|\r|;|\.[ \t]*(?:$|\n|\r))|\/(?=$|[\n\r"])|[ \t]+(?:to|at|on|for)[ \t]+(?=\d|\p{Lu}\p{Ll}{2}[ \t]+\d)|[ \t]+\/[ \t]|[ \t]{2,}|\t|[ \t]+[-–—][ \t]|,?[ \t]+(?:MD|DO|DPM|RN|NP|PA|PA-C|PharmD|MBBS|DDS|PhD)\b|[ \t]+(?:MRN|mrn|DOB|UR|URN|Hospital No|Pt ID|[Cc]hart|Med Rec|MR#|verified)\b|[ \t]+\p{Lu}(?:[ \t]|$))`;
/** ", Given" closing a "Family, Given" pair. */
const GIVEN_AFTER = new RegExp(String.raw`^, (\p{Lu}[\p{L}\p{M}'’-]+)(?=${PAIR_END})`, 'u');
/**
 * "Family, " before a given name found: capitalized words and particles after a line start, ': ',
 * a list mark, a slash between pairs ("Crew: …, … / Osusk, Cormac") or a word in lower case ("also Le, Junior  family wants", "pt of Quarrie, Joy DPM").
 */
const FAMILY_BEFORE = new RegExp(
  `(?:^|[\\n\\r]|: |[-*•>/] |\\p{Ll}{2,} )((?:${PARTICLE} )*${SURNAME}(?: (?:${PARTICLE} )*${SURNAME}){0,2}), $`,
  'u',
);
const PAIR_END_AFTER = new RegExp(`^${PAIR_END}`, 'u');
/** How a "Family, Given" pair is read here: `PAIR_END` closes it, tested by `GIVEN_AFTER` itself. */
const PAIR: PairForm = {
  given: GIVEN_AFTER,
  family: FAMILY_BEFORE,
  close: PAIR_END_AFTER,
  closeReach: 16,
  reach: 48,
};
/** A name found up to "St" or "Ste" whose family name goes on after the full stop: "Dr. St⟩. Clair". */
const SAINT_END = /(?:^|[ \t.])St[e]?$/;
const SAINT_REST = new RegExp(`^\\. ${SURNAME}`, 'u');
/**
 * "St. " before a family name found, and an initial or a given name before it: "Mason St. ⟨Clair",
 * "O. St. ⟨Clair", "Doctor St. ⟨Germain".
 */
const SAINT_BEFORE = /(?:(?:^|[ \t(])(\p{Lu}\.|\p{Lu}[\p{Ll}'’-]+)[ \t])?(?:St[e]?|STE?)\. $/u;
/**
 * A nickname between a given name and the family name: in quotes (‹Aishwarya› "Tiny" Agarwal),
 * in doubled quotes as a CSV cell escapes them (‹Mary› ""Mo"" Quellwood), or in brackets
 * (‹Robert› (Bob) Quellwood; one word there, see `bracketedNickname`).
 */
const NICKNAME_AFTER =
  /^[ \t]+(?:(["“'‘])\1?|(\()["“]?)(\p{L}[\p{L}\p{M}'’. -]{0,24}?)(?:["”'’]{1,2}|["”]?\))[ \t]+(\p{Lu}[\p{L}\p{M}'’-]+)/du;
/** A bracketed nickname's one word: a capital, then small letters ("(Bob)", not "(RN)"). */
const NICK_WORD = /^\p{Lu}\p{Ll}+$/u;
/**
 * A label's value cut over a line after the given name: "Patient: ‹Mary›⏎Quellwood", the next
 * line a capitalized word alone.
 */
const FAMILY_NEXT_LINE = /^\r?\n(\p{Lu}[\p{L}\p{M}'’-]+)[.,]?[ \t]*(?:\r?\n|$)/u;
const LABEL_BEFORE = /[:=][ \t]*$/;
const LOWER = /\p{Ll}/u;
/**
 * A bare ten-digit North American number right after a person's name ("Witness: Tova Quill
 * 6726803567", "Ride: wife Cormac 3766817434", "is HCP 9133491610"): area code and exchange
 * start with 2-9, as the numbering plan says.
 */
const PHONE_AFTER =
  /^[ \t]+(?:(?:is )?(?:HCP|POA|cb|c\/b|cell|mobile|ph|tel)[ \t]+)?([2-9]\d{2}[2-9]\d{6})(?![\w/-]|\.\d)/;
const UPPER_START = /^\p{Lu}/u;

/** Whether every word is a common, clinical or drug word that is no name ("Hypertension, Mary"). */
function plainWords(value: string): boolean {
  const flags = nameDictionaries().flags;
  return value
    .toLowerCase()
    .split(/[ .]+/)
    .every((w) => {
      const f = flags.get(w) ?? 0;
      return w.length === 0 || ((f & (COMMON | NEVER)) !== 0 && (f & (GIVEN | SURNAME_FLAG)) === 0);
    });
}

/** A birth date's or a record's label right after the pair: "(DOB …", ", MRN …". */
const RECORD_AFTER = /^[ \t]*[(,]?[ \t]*(?:DOB|D\.O\.B|MRN|born)\b/;

/** Whether a record's label follows the pair and its family name is no drug or clinical word. */
function recordAfter(text: string, end: number, family: string): boolean {
  if (!RECORD_AFTER.test(text.slice(end, end + 12))) return false;
  const flags = nameDictionaries().flags;
  return family
    .toLowerCase()
    .split(/[ .]+/)
    .every((w) => ((flags.get(w) ?? 0) & NEVER) === 0);
}

/** The family name's "St." before or after a name found, with the given name or initial before it. */
function saintParticle(ctx: ScanContext, span: DetectedSpan): void {
  const text = ctx.text;
  if (SAINT_END.test(text.slice(span.end - 4, span.end))) {
    const rest = SAINT_REST.exec(text.slice(span.end, span.end + 32));
    if (rest) push(ctx, span.start, span.end + rest[0].length);
  }
  if (text.charCodeAt(span.start - 2) !== 0x2e) return;
  const before = SAINT_BEFORE.exec(text.slice(Math.max(0, span.start - 32), span.start));
  if (!before) return;
  const word = before[1];
  const start = span.start - before[0].length + (before[0].length - before[0].trimStart().length);
  const from =
    word && !givenOrInitial(word) ? span.start - before[0].length + before[0].search(/St|ST/) : start;
  push(ctx, from, span.end);
}

/** An initial ("O.") or a word the dictionaries know as a given name and not only as a common word. */
function givenOrInitial(word: string): boolean {
  if (word.endsWith('.')) return true;
  const f = nameDictionaries().flags.get(word.toLowerCase()) ?? 0;
  return (f & GIVEN) !== 0 && (f & NEVER) === 0;
}

/** Whether a span is one given name, a label's value alone on its line after the label. */
function labelledGivenName(text: string, span: DetectedSpan): boolean {
  const word = text.slice(span.start, span.end);
  if (!givenOrInitial(word) || word.endsWith('.') || /\s/.test(word)) return false;
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  return span.start - lineStart <= 40 && LABEL_BEFORE.test(text.slice(lineStart, span.start));
}

/**
 * Whether a nickname in brackets closes them and stands before a family name that is no common
 * or clinical word; the nickname a word of a name, or any capitalized word ("(Mo)") before a
 * word the lists know as a family name.
 */
function bracketedNickname(m: RegExpExecArray): boolean {
  const nick = m[3] as string;
  const family = m[4] as string;
  if (!m[0].includes(')') || !NICK_WORD.test(nick) || plainWords(family)) return false;
  return (
    !plainWords(nick) || ((nameDictionaries().flags.get(family.toLowerCase()) ?? 0) & SURNAME_FLAG) !== 0
  );
}

function push(ctx: ScanContext, start: number, end: number): void {
  ctx.out.push({ start, end, type: 'name', ruleId: 'name_continuation' });
}

function extend(ctx: ScanContext, span: DetectedSpan): void {
  const text = ctx.text;
  const after = text.slice(span.end, span.end + 48);
  saintParticle(ctx, span);
  const particles = PARTICLES_AFTER.exec(after);
  if (particles) push(ctx, span.end + 1, span.end + particles[0].length);
  const nickname = NICKNAME_AFTER.exec(after);
  // …and the family name after it, a word of any kind ("Bishop "Bunny" Fields").
  const quoted = nickname?.indices?.[3];
  const family = nickname?.indices?.[4];
  if (quoted && family && (nickname?.[2] === undefined || bracketedNickname(nickname))) {
    push(ctx, span.end + quoted[0], span.end + quoted[1]);
    push(ctx, span.end + family[0], span.end + family[1]);
  }
  const nextLine =
    after.charCodeAt(0) === 0x0a || after.charCodeAt(0) === 0x0d ? FAMILY_NEXT_LINE.exec(after) : null;
  if (nextLine && labelledGivenName(text, span) && !plainWords(nextLine[1] as string)) {
    const start = span.end + nextLine[0].indexOf(nextLine[1] as string);
    push(ctx, start, start + (nextLine[1] as string).length);
  }
  const phone = PHONE_AFTER.exec(after);
  if (phone) {
    const start = span.end + phone[0].length - (phone[1] as string).length;
    ctx.out.push({ start, end: start + 10, type: 'phone', ruleId: 'name_continuation' });
  }
  const given = givenAfterFamily(text, span.end, PAIR);
  // A given name in capitals only after a family name in capitals ("Roe, MD" is a credential);
  // none after a name typed in lower case ("dr moon, Walgreens").
  const found = text.slice(span.start, span.end);
  if (given && UPPER_START.test(found) && (LOWER.test(given) || !LOWER.test(found)) && !plainWords(given))
    push(ctx, span.end + 2, span.end + 2 + given.length);
  const pairFamily = familyBeforeGiven(text, span.start, span.end, PAIR);
  // Before a birth date or a record number the family name may be a common word ("Lamb, ⟨Bram⟩ (DOB …").
  if (pairFamily && (!plainWords(pairFamily) || recordAfter(text, span.end, pairFamily)))
    push(ctx, span.start - 2 - pairFamily.length, span.start - 2);
}

/**
 * Extends the names found from `from` on (what it adds is not extended again), without copying
 * them out: for detectors that run after this one and find names of their own.
 */
export function continueNames(ctx: ScanContext, from = 0): void {
  const count = ctx.out.length;
  for (let i = from; i < count; i++) {
    const span = ctx.out[i] as DetectedSpan;
    if (span.type === 'name') extend(ctx, span);
  }
}

export const nameContinuation: Detector = {
  id: 'name_continuation',
  types: ['name', 'phone'],
  run(ctx) {
    if (ctx.skip?.has('name')) return;
    continueNames(ctx);
  },
};
