/**
 * An identifier typed as the answer to a question that asked for it: in a chat or a
 * transcript, a turn asks "what's the member ID from your card?" and the next turn holds
 * "umm W123456789 through my job". The first token on the next line shaped like an
 * identifier (letters and digits, five digits at least) takes the type the question asked for.
 */
import { digitCount } from '../char-codes';
import type { PhiType } from '../types';
import type { Detector, ScanContext } from './detector';

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
];
const GATE =
  /member|subscriber|insurance|policy|plan|medicaid|medicare|card|medical record|mrn|chart|hospital|patient|account|acct|billing|phone|cell|mobile|contact|call|reach you|birth|dob|d\.o\.b/i;

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

function answerOnNextLine(ctx: ScanContext, from: number, type: PhiType): void {
  const { text } = ctx;
  const lineEnd = text.indexOf('\n', from);
  if (lineEnd < 0) return;
  const nextEnd = text.indexOf('\n', lineEnd + 1);
  const line = text.slice(lineEnd + 1, nextEnd < 0 ? text.length : nextEnd);
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
  types: ['health_plan', 'mrn', 'account', 'phone', 'date'],
  run(ctx: ScanContext) {
    if (!ctx.includes('\n') || !ctx.test(GATE)) return;
    const { text } = ctx;
    for (const { re, type } of QUESTIONS) {
      if (ctx.skip?.has(type)) continue;
      // A birth date may be typed in short numbers or said in words; every other answer has three digits in a row.
      if (type !== 'date' && ctx.longestDigitRun < 3) continue;
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
