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
    re: /\b(?:(?:phone|cell|mobile|contact|callback|call-back|call back) (?:number|no\.?|#)|number to reach you|reach you at)/gi,
    type: 'phone',
  },
];
const GATE =
  /member|subscriber|insurance|policy|plan|medicaid|medicare|card|medical record|mrn|chart|hospital|patient|account|acct|billing|phone|cell|mobile|contact|call|reach you/i;

/** An identifier-shaped token: letters, digits and dashes, five digits or more. */
const ANSWER_TOKEN =
  /(?<![\w:./-])(?=[A-Za-z0-9-]*(?:\d[A-Za-z-]*){5})[A-Za-z0-9][A-Za-z0-9-]{4,23}[A-Za-z0-9](?![\w/-]|[.,:]\d)/g;

/** A phone number typed as an answer: seven to fifteen digits, spaces, dots, dashes and brackets between. */
const PHONE_ANSWER = /(?<![\w+./:-])\+?\(?\d[\d .()-]{5,18}\d(?![\w/:-]|[.,]\d)/g;

/** A time, a date or a sum is not an answer's identifier. */
const NOT_AN_ID = /^(?:\d{1,2}-\d{1,2}-\d{2,4}|\d{4}-\d{2}-\d{2}|(?:19|20)\d\d)$/;

function answerOnNextLine(ctx: ScanContext, from: number, type: PhiType): void {
  const { text } = ctx;
  const lineEnd = text.indexOf('\n', from);
  if (lineEnd < 0) return;
  const nextEnd = text.indexOf('\n', lineEnd + 1);
  const line = text.slice(lineEnd + 1, nextEnd < 0 ? text.length : nextEnd);
  const token = type === 'phone' ? PHONE_ANSWER : ANSWER_TOKEN;
  token.lastIndex = 0;
  for (let m = token.exec(line); m !== null; m = token.exec(line)) {
    // The speaker's time ("[13:34:52]", "14:57") is no answer.
    if (type === 'phone' && digitCount(m[0]) < 7) continue;
    if (NOT_AN_ID.test(m[0])) continue;
    const start = lineEnd + 1 + m.index;
    ctx.out.push({ start, end: start + m[0].trimEnd().length, type, ruleId: 'chat_answer' });
    return;
  }
}

/** What makes a line a question or a request: a question mark, or a verb asking for something. */
const ASKING =
  /\?|\b(?:please|type|enter|provide|share|give|send|confirm|what(?:'s|’s| is)?|can you|could you)\b/i;

/** The line around `at`. */
function lineAround(text: string, at: number): [number, number] {
  const start = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at);
  return [start, end < 0 ? text.length : end];
}

export const chatAnswers: Detector = {
  id: 'chat_answer',
  types: ['health_plan', 'mrn', 'account', 'phone'],
  run(ctx: ScanContext) {
    if (ctx.longestDigitRun < 3 || !ctx.includes('\n') || !ctx.test(GATE)) return;
    const { text } = ctx;
    for (const { re, type } of QUESTIONS) {
      if (ctx.skip?.has(type)) continue;
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
