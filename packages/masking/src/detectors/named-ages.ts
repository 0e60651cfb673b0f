/**
 * An age over 89 in brackets or between commas right after a person's name ("Proband: Ruairí
 * Begay (94),", "hv brayden ó súilleabháin (102)", "- Jane Doe, 94, admitted"): a name found by
 * the detectors before this one, then the number. A number in brackets after anything else ("glucose (102)", "HR (96)") is a
 * value and stays, and so is an age under 90, which is no identifier. Also the age over 89 a
 * writer gives of themself ("im 102 not stupid"), and a relative's in brackets after the kinship
 * word ("Her mother (92) lives with them").
 */
import { isWhiteSpace } from '../char-codes';
import type { Detector, ScanContext } from './detector';
import { COMMON, NEVER, nameDictionaries } from './dictionaries';

const BRACKETED_AGE_RE = /\((9\d|1[01]\d)\)/dg;
/**
 * The age set off by commas after a name, as a summary's line or a news item writes it ("Jane
 * Doe, 94, admitted …", "Doe, Jane, 102; lives alone"), or with its unit or the sex ("Jane Doe,
 * 91 yo", "Doe, Jane, 93 woman").
 */
const APPOSED_AGE_RE =
  /, (9\d|1[01]\d)(?=[,;]|[ \t]+(?:years?\b|yrs?\b|yo\b|y\.?o\.?(?!\w)|y\/o\b|(?:wo)?man\b|(?:fe)?male\b))/dg;

/**
 * An age over 89 a writer gives of themself ("im 102 not stupid", "I'm 93 years old"): the number
 * right after "I'm" or "I am", followed by the end of the clause, a year word or a plain word,
 * never by a unit or a sign ("I'm 95% sure", "I am 100 kg").
 */
const OWN_AGE_RE =
  /\b(?:i'?m|i’m|i am)[ \t]+(9\d|1[01]\d)(?=[ \t]*(?:$|[,.;!?)\n])|[ \t]+(?:years?|yrs?|yo|y\/o|not|and|but|now|this|today|so|too|already|next|last)\b)/dgim;

/**
 * The same ages after a word no detector took for a name but no dictionary knows as anything
 * else ("Referring Thukkasen (94) for …", "* TROMP, YAZMIN (95), benefit period 3", "self —
 * Ulfynn Svaeduay, 92; callback"): a capitalized word of three letters or more (five in
 * capitals, so "HR (96)" and "BPM (92)" stay), not a common, clinical or drug word.
 */
const WORD_BRACKETED_AGE_RE = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}'’-]{2,})[ \t]\((9\d|1[01]\d)\)/dgu;
const WORD_APPOSED_AGE_RE =
  /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}'’-]{2,}), (9\d|1[01]\d)(?=;|[ \t]+(?:wo)?man\b|[ \t]+(?:fe)?male\b)/dgu;
/** "Her mother (92) lives with them": a relative's age in brackets after the kinship word. */
const KIN_BRACKETED_AGE_RE =
  /\b(?:[Mm]other|[Ff]ather|[Mm]om|[Dd]ad|[Gg]randmother|[Gg]randfather|[Hh]usband|[Ww]ife|[Ss]pouse|[Pp]artner|[Ss]ister|[Bb]rother|[Aa]unt|[Uu]ncle)[ \t]\((9\d|1[01]\d)\)/dg;

function unknownWord(word: string): boolean {
  if (word.length < 5 && word === word.toUpperCase()) return false;
  const flags = nameDictionaries().flags.get(word.toLowerCase()) ?? 0;
  return (flags & (COMMON | NEVER)) === 0;
}

function agesAfterUnknownWords(ctx: ScanContext, re: RegExp): void {
  const { text } = ctx;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const span = m.indices?.[2];
    if (span && unknownWord(m[1] as string))
      ctx.out.push({ start: span[0], end: span[1], type: 'age', ruleId: 'named_age' });
  }
}

/** Whether a name the detectors found ends at `end`, or one space before it. */
function nameEndsAt(ctx: ScanContext, end: number): boolean {
  for (const span of ctx.out) {
    if (span.type !== 'name') continue;
    if (span.end === end || (span.end === end - 1 && isWhiteSpace(ctx.text.charCodeAt(end - 1)))) return true;
  }
  return false;
}

const OWN_AGE_CUES = ['im ', 'Im ', 'IM ', "i'm ", "I'm ", 'I’m ', 'i’m ', 'I am ', 'i am '];

function ownAges(ctx: ScanContext): void {
  if (!OWN_AGE_CUES.some((cue) => ctx.includes(cue))) return;
  const { text } = ctx;
  OWN_AGE_RE.lastIndex = 0;
  for (let m = OWN_AGE_RE.exec(text); m !== null; m = OWN_AGE_RE.exec(text)) {
    const span = m.indices?.[1];
    if (span) ctx.out.push({ start: span[0], end: span[1], type: 'age', ruleId: 'named_age' });
  }
}

export const namedAges: Detector = {
  id: 'named_age',
  types: ['age'],
  run(ctx: ScanContext) {
    if (!ctx.hasDigit || ctx.skip?.has('age')) return;
    ownAges(ctx);
    if (ctx.hasUpper && (ctx.includes(' (9') || ctx.includes(' (1')))
      agesAfterUnknownWords(ctx, WORD_BRACKETED_AGE_RE);
    if (ctx.hasUpper && (ctx.includes(', 9') || ctx.includes(', 1')))
      agesAfterUnknownWords(ctx, WORD_APPOSED_AGE_RE);
    if (ctx.includes(' (9') || ctx.includes(' (1')) kinAges(ctx);
    if (ctx.out.length === 0) return;
    if (ctx.includes('(9') || ctx.includes('(1')) agesAfterNames(ctx, BRACKETED_AGE_RE);
    if (ctx.includes(', 9') || ctx.includes(', 1')) agesAfterNames(ctx, APPOSED_AGE_RE);
  },
};

/** A relative's age in brackets after the kinship word. */
function kinAges(ctx: ScanContext): void {
  const { text } = ctx;
  KIN_BRACKETED_AGE_RE.lastIndex = 0;
  for (let m = KIN_BRACKETED_AGE_RE.exec(text); m !== null; m = KIN_BRACKETED_AGE_RE.exec(text)) {
    const span = m.indices?.[1];
    if (span) ctx.out.push({ start: span[0], end: span[1], type: 'age', ruleId: 'named_age' });
  }
}

/** The ages `re` finds right after a name the detectors found. */
function agesAfterNames(ctx: ScanContext, re: RegExp): void {
  const { text } = ctx;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const span = m.indices?.[1];
    if (span && nameEndsAt(ctx, m.index))
      ctx.out.push({ start: span[0], end: span[1], type: 'age', ruleId: 'named_age' });
  }
}
