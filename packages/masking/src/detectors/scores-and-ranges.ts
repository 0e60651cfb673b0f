/**
 * Numbers that look like identifiers or dates but are measurements: a laboratory reference
 * range ("ref 30-400", "(ref 0.60-1.20)") and a score out of ten ("pain 6/10", "rated it
 * 7/10"). The detectors that read such shapes ask here before they take one.
 */

/** Two numbers joined by a dash, decimals allowed, the lower first: a range of values. */
const RANGE = /^(\d{1,4}(?:\.\d{1,3})?)[-–](\d{1,5}(?:\.\d{1,3})?)$/;

/**
 * Whether a value is a range of measurements ("30-400", "0.45-4.50") rather than a reference
 * number ("2024-00412", "12-0345678"): the lower bound first, neither side opening with a
 * zero unless it is a decimal below one, the upper side at most five digits.
 */
export function isValueRange(value: string): boolean {
  const m = RANGE.exec(value);
  if (!m) return false;
  const low = m[1] as string;
  const high = m[2] as string;
  if (/^0\d/.test(low) || /^0\d/.test(high)) return false;
  return Number(low) < Number(high);
}

/** Words a score out of ten follows on its line: pain, severity, a rating. */
const SCORE_WORDS =
  /\b(?:pain|ache|aches|hurts?|hurting|score[sd]?|scale|rate[sd]?|rating|severity|intensity|nrs|vas|discomfort|nausea|anxiety|fatigue|itch(?:ing|y)?|dyspn(?:o)?ea|breathless(?:ness)?|mood|stress)\b/i;

/** A word that puts a date after it ("since 6/10"), unless another score came first ("down from 7/10"). */
const DATE_WORD_BEFORE = /\b(?:since|on|from|until|till|by|before|after|dated|due|starting)\s+$/i;
const SCORE_EARLIER = /\d\/10\b/;

/** A score named right before its value, on a scale of its own: "Apgars 3/9", "GCS 14/15". */
const NAMED_SCORE_BEFORE =
  /\b(?:apgars?(?:[ \t]+scores?)?|gcs|glasgow coma (?:scale|score))[ \t]*[:=]?[ \t]*$/i;

/**
 * Whether "n/10" at `index` is a score: out of ten, with a score word earlier on its line or
 * on the line before it (a question answered on the next line of a chat), and no date word
 * just before it unless a score came earlier on the line; or any "n/m" right after a named
 * score ("Apgars 8/9").
 */
export function isScoreOutOfTen(text: string, index: number, denominator: number): boolean {
  if (NAMED_SCORE_BEFORE.test(text.slice(Math.max(0, index - 24), index))) return true;
  if (denominator !== 10) return false;
  const lineStart = text.lastIndexOf('\n', index - 1);
  const previousStart = lineStart > 0 ? text.lastIndexOf('\n', lineStart - 1) : -1;
  const head = text.slice(Math.max(previousStart + 1, index - 160), index);
  if (!SCORE_WORDS.test(head)) return false;
  return !DATE_WORD_BEFORE.test(head) || SCORE_EARLIER.test(text.slice(lineStart + 1, index));
}
