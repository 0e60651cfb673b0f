/**
 * An identifier typed as the answer to a question that asked for it: in a chat or a
 * transcript, a turn asks "what's the member ID from your card?" and the next turn holds
 * "umm W123456789 through my job". The first token on the next line shaped like an
 * identifier (letters and digits, five digits at least) takes the type the question asked for.
 */
import { digitCount } from '../char-codes';
import type { PhiType } from '../types';
import type { Detector, ScanContext } from './detector';
import { COMMON, GIVEN, SURNAME } from './dictionaries';
import { flagsOf, readsAsName, wordEnding } from './name-evidence';
import { LOWER_CASE_PARTICLES } from './surname-particles';

/** Questions that ask for a number, each with the type of what it asks for. */
const QUESTIONS: readonly { re: RegExp; type: PhiType }[] = [
  {
    re: /\b(?:member|subscriber|insurance|policy|plan|medicaid|medicare)(?:\s+(?:id|number|no\.?|#))|\bid (?:number )?(?:from|on) (?:your|the) (?:insurance )?card\b/gi,
    type: 'health_plan',
  },
  { re: /\b(?:medical record|mrn|chart|hospital|patient) (?:number|no\.?|id|#)/gi, type: 'mrn' },
  { re: /\b(?:account|acct|billing) (?:number|no\.?|#)/gi, type: 'account' },
  {
    // "what's a good callback", "best callback?": the number to call back, without the word "number".
    re: /\b(?:(?:phone|cell|mobile|contact|callback|call-back|call back) (?:number|no\.?|#)|number to reach you|reach you at|(?:good|best|preferred) (?:callback|call-back|call back)\b)/gi,
    type: 'phone',
  },
  { re: /\b(?:date of birth|birth ?date|dob|d\.o\.b|birthday)\b/gi, type: 'date' },
  {
    // "Can I have the member's name?", "who am I speaking with?": the answer is a person's name.
    re: /\b(?:(?:member|patient|caller|client|resident|your|his|her|their|full|first|last|legal)(?:['’]s)? (?:full |first and last |legal )?name|who (?:am i|i'm|i am) (?:speaking|talking) (?:with|to))\b/gi,
    type: 'name',
  },
];
const GATE =
  /member|subscriber|insurance|policy|plan|medicaid|medicare|card|medical record|mrn|chart|hospital|patient|account|acct|billing|phone|cell|mobile|contact|call|reach you|birth|dob|d\.o\.b|name|speaking|talking/i;

/** An identifier-shaped token: letters, digits and dashes, five digits or more. */
const ANSWER_TOKEN =
  /(?<![\w:./-])(?=[A-Za-z0-9-]*(?:\d[A-Za-z-]*){5})[A-Za-z0-9][A-Za-z0-9-]{4,23}[A-Za-z0-9](?![\w/-]|[.,:]\d)/g;

/** A phone number typed as an answer: seven to fifteen digits, spaces, dots, dashes and brackets between. */
const PHONE_ANSWER = /(?<![\w+./:-])\+?\(?\d[\d .()-]{5,18}\d(?![\w/:-]|[.,]\d)/g;

/**
 * A birth date typed or said as an answer, in the shapes no date detector reads alone: numbers
 * with blanks or dots between ("9 18 06", "11.25.92"), eight digits run together ("05141965"),
 * a month's name and day with a two-digit year ("may 14th 19", "march twenty sixth 60"), or
 * numbers said in words ("five twenty five twenty eight", "two four thirty seven").
 */
const NUMBER_WORD =
  '(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
const ORDINAL_WORD =
  '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)';
const MONTH_NAME =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DATE_ANSWER = new RegExp(
  [
    '(?<![\\w.:/-])(?:\\d{1,2}([ .])\\d{1,2}\\1(?:\\d{4}|\\d{2})|(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])(?:19|20)\\d{2})(?![\\w:/-]|[.,]\\d)',
    `\\b${MONTH_NAME}\\.?[ \\t]+(?:\\d{1,2}(?:st|nd|rd|th)?|(?:(?:twenty|thirty)[ -])?${ORDINAL_WORD}),?[ \\t]+(?:\\d{4}|\\d{2})\\b`,
    `\\b${NUMBER_WORD}(?:[ -]${NUMBER_WORD}){2,7}\\b`,
  ].join('|'),
  'gi',
);

/** A time, a date or a sum is not an answer's identifier. */
const NOT_AN_ID = /^(?:\d{1,2}-\d{1,2}-\d{2,4}|\d{4}-\d{2}-\d{2}|(?:19|20)\d\d)$/;

/**
 * A name said as the answer, in lower case as a caller's words are typed: after the speaker's
 * label and a few words that introduce it ("yes", "it's", "this is"), two to five words of
 * letters that end the turn or stop at a pause ("...", a comma, a full stop).
 */
const NAME_ANSWER =
  /^(?:[^\n:]{1,24}:[ \t]*)?(?:(?:yes|yeah|yep|sure|ok(?:ay)?|um+|uh+|it['’]?s|this is|my name is|name is|i['’]?m)[,.]?[ \t]+){0,3}(\p{L}[\p{L}\p{M}'’-]*(?:[ \t](?:[Ss]t\.|\p{L}[\p{L}\p{M}'’-]*)){1,4})(?=[ \t]*(?:\.\.|…|[,;!?]|\.(?:[ \t]|$)|$))/u;

/** A generation after a name ("le gall ii"), left out of the words weighed. */
const GENERATION = /^(?:ii|iii|iv|jr|sr)\.?$/i;

/**
 * The name a turn gives as its answer, when its words read as one ("ngozi van der berg"),
 * particles and a generation aside: no word is a common word that is no name, ends as English
 * words do or is a possessive ("that's right", "my mom's phone"), and one word at least is no
 * common word at all ("my will" says no name).
 */
function nameAnswer(ctx: ScanContext, lineStart: number, line: string): void {
  const m = NAME_ANSWER.exec(line);
  const name = m?.[1];
  if (!m || !name) return;
  const words = name
    .split(/[ \t]/)
    .filter((w) => !LOWER_CASE_PARTICLES.has(w.toLowerCase()) && !GENERATION.test(w));
  const common = (w: string): boolean => (flagsOf(w) & COMMON) !== 0;
  const plain = (w: string): boolean =>
    (flagsOf(w) & (GIVEN | SURNAME)) !== 0 ||
    (!common(w) && !wordEnding(w.toLowerCase()) && !/['’]s$/i.test(w));
  if (!words.every(plain) || words.every(common) || !readsAsName(words)) return;
  const start = lineStart + m[0].length - name.length;
  ctx.out.push({ start, end: start + name.length, type: 'name', ruleId: 'chat_answer' });
}

function answerOnNextLine(ctx: ScanContext, from: number, type: PhiType): void {
  const { text } = ctx;
  const lineEnd = text.indexOf('\n', from);
  if (lineEnd < 0) return;
  const nextEnd = text.indexOf('\n', lineEnd + 1);
  const line = text.slice(lineEnd + 1, nextEnd < 0 ? text.length : nextEnd);
  if (type === 'name') {
    nameAnswer(ctx, lineEnd + 1, line);
    return;
  }
  const token = type === 'phone' ? PHONE_ANSWER : type === 'date' ? DATE_ANSWER : ANSWER_TOKEN;
  token.lastIndex = 0;
  for (let m = token.exec(line); m !== null; m = token.exec(line)) {
    // The speaker's time ("[13:34:52]", "14:57") is no answer.
    if (type === 'phone' && digitCount(m[0]) < 7) continue;
    if (type !== 'date' && NOT_AN_ID.test(m[0])) continue;
    const start = lineEnd + 1 + m.index;
    ctx.out.push({ start, end: start + m[0].trimEnd().length, type, ruleId: 'chat_answer' });
    return;
  }
}

/**
 * What makes a line a question or a request: a question mark, a verb asking for something, or
 * a turn that names what it wants after "and" ("AGENT: and your account number for billing").
 */
const ASKING =
  /\?|\b(?:please|type|enter|provide|share|give|send|confirm|what(?:'s|’s| is)?|can you|could you)\b|^[^\n:>]{0,40}[:>][ \t]*(?:ok(?:ay)?,?[ \t]+)?and (?:your|the|his|her)\b/i;

/** The line around `at`. */
function lineAround(text: string, at: number): [number, number] {
  const start = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at);
  return [start, end < 0 ? text.length : end];
}

export const chatAnswers: Detector = {
  id: 'chat_answer',
  types: ['health_plan', 'mrn', 'account', 'phone', 'date', 'name'],
  run(ctx: ScanContext) {
    if (!ctx.includes('\n') || !ctx.test(GATE)) return;
    const { text } = ctx;
    for (const { re, type } of QUESTIONS) {
      if (ctx.skip?.has(type)) continue;
      // A birth date may be typed in short numbers or said in words; every other answer has three digits in a row.
      if (type !== 'date' && type !== 'name' && ctx.longestDigitRun < 3) continue;
      re.lastIndex = 0;
      let lastLine = -1;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        const [lineStart, lineEnd] = lineAround(text, m.index);
        if (lineStart === lastLine) continue;
        lastLine = lineStart;
        const line = text.slice(lineStart, lineEnd);
        // A label with its value on the same line ("Member ID: W123456789") asks nothing.
        ANSWER_TOKEN.lastIndex = 0;
        if (!ASKING.test(line) || ANSWER_TOKEN.test(text.slice(m.index, lineEnd))) continue;
        answerOnNextLine(ctx, m.index, type);
      }
    }
  },
};
