/**
 * Numbers that look like identifiers or dates but are measurements: a laboratory reference
 * range ("ref 30-400", "(ref 0.60-1.20)") and a score out of ten ("pain 6/10", "rated it
 * 7/10"). The detectors that read such shapes ask here before they take one.
 */

import { COMMON, GIVEN, nameDictionaries, SURNAME } from './dictionaries';

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
 * just before it unless a score came earlier on the line; a change of such a score with a score
 * word anywhere on its line ("improved from 3/10 to 7/10 pain"); "n/5" after a word for
 * strength, a muscle or a limb; or any "n/m" right after a named score ("Apgars 8/9").
 */
export function isScoreOutOfTen(text: string, index: number, denominator: number): boolean {
  if (NAMED_SCORE_BEFORE.test(text.slice(Math.max(0, index - 24), index))) return true;
  if (denominator !== 10 && denominator !== 5) return false;
  const lineStart = text.lastIndexOf('\n', index - 1);
  const previousStart = lineStart > 0 ? text.lastIndexOf('\n', lineStart - 1) : -1;
  const head = text.slice(Math.max(previousStart + 1, index - 160), index);
  if (denominator === 5)
    return (
      text.charCodeAt(index) <= 0x35 &&
      !DAY_WORD_BEFORE.test(text.slice(Math.max(0, index - 16), index)) &&
      STRENGTH_WORDS.test(text.slice(Math.max(lineStart + 1, index - 80), index))
    );
  if (
    isScoreChange(text, index) &&
    (SCORE_WORDS.test(lineAround(text, lineStart, index)) || scoreVerbBefore(text, lineStart, index))
  )
    return true;
  if (!SCORE_WORDS.test(head)) return false;
  return !DATE_WORD_BEFORE.test(head) || SCORE_EARLIER.test(text.slice(lineStart + 1, index));
}

/**
 * Muscle strength graded out of five ("strength 4/5 in the LUE", "RLE power improved from 3/5 to
 * 4/5", "grip 5/5"): the muscle, the limb or the word for strength earlier on the line.
 */
const STRENGTH_WORDS =
  /\b(?:strength|power(?![ \t]+of\b)|motor[ \t]+(?:exam|power|testing)|mmt|grip|(?:hip|knee|ankle|elbow|wrist|shoulder|finger|toe|neck|trunk)[ \t]+(?:flexion|extension|abduction|adduction)|dorsiflexion|plantar[ \t]?flexion|quads?|quadriceps|hamstrings?|deltoids?|biceps|triceps|hip flexors?|ehl|[rl][ul]e|bue|ble)\b/i;
/** A word that makes what follows a day ("seen 3/5", "on 3/5"), whatever was graded before it on the line. */
const DAY_WORD_BEFORE =
  /\b(?:on|since|until|till|by|before|after|dated|due|seen|admitted|discharged|visited|starting)\s+$/i;
/** "from 3/10 to 7/10", "3/10 -> 1/10": a score before or after another of the same scale. */
const SCORE_CHANGE_AFTER = /^\d{1,2}\/10[ \t]*(?:to|->|→|–|-)[ \t]*\d{1,2}\/10\b/;
const SCORE_CHANGE_BEFORE = /\b\d{1,2}\/10[ \t]*(?:to|->|→|–|-)[ \t]*$/;

function isScoreChange(text: string, index: number): boolean {
  return (
    SCORE_CHANGE_AFTER.test(text.slice(index, index + 24)) ||
    SCORE_CHANGE_BEFORE.test(text.slice(Math.max(0, index - 16), index))
  );
}

/**
 * A verb of change earlier on the line: "sleep improved from 3/10 to 7/10", "confidence went from
 * 2/10 to 6/10". A change between two values of one scale out of ten is a score, whatever it rates.
 */
const CHANGE_VERB =
  /\b(?:improv(?:ed|es|ing)|increas(?:ed|es|ing)|decreas(?:ed|es|ing)|reduc(?:ed|es|ing)|worsen(?:ed|s|ing)|went|gone|goes|rose|risen|rising|fell|fallen|dropp(?:ed|ing)|climb(?:ed|ing)|progress(?:ed|ing)|moved|changed|better|worse)\b/i;

function scoreVerbBefore(text: string, lineStart: number, index: number): boolean {
  return CHANGE_VERB.test(text.slice(Math.max(lineStart + 1, index - 80), index));
}

/** The line `index` stands on, from `lineStart` (the line feed before it, or -1) to its end. */
function lineAround(text: string, lineStart: number, index: number): string {
  const end = text.indexOf('\n', index);
  return text.slice(lineStart + 1, end < 0 ? text.length : end);
}

/**
 * A risk score named by the initials of what it counts, two acronyms joined by a hyphen, then its
 * points ("HAS-BLED 4", "CHA2DS2-VASc 3", "MELD-Na 22", "ABCD-2 score 5"): no person's name is
 * written so, unless both halves are names of the lists ("SMITH-JONES 45" in a row of capitals).
 * The points stand apart, after a blank, a colon or '=': "OBUYA-EBELE-2024-09-22" is a file's
 * name and date.
 */
const NAMED_SCORE =
  /(?<![\p{L}\p{N}'’-])(\p{Lu}{2,5}\d?(?:-[\p{Lu}\d][\p{L}\d]{1,5}){1,2})(?:[ \t]+(?:score[ \t]*)?[:=]?|[ \t]*(?:score[ \t]*)?[:=])[ \t]*\d{1,2}(?![\d,/-]|\.\d|[ \t]*(?:mg|mcg|g|ml|mL|units?|kg|yo|y\/o|years?)(?![\p{L}]))/gu;
const SCORE_PROBE = /\p{Lu}{2}-[\p{Lu}\d]|\p{Lu}\d-\p{Lu}/u;
/**
 * The same acronyms with a count inside the first ("CHA2DS2-VASc", "ABCD2-I"), named without their
 * points ("CHA2DS2-VASc noted"): no person's name holds a digit, so the part after the hyphen is none.
 */
const DIGITED_SCORE =
  /(?<![\p{L}\p{N}'’-])\p{Lu}{1,5}\d(?:\p{Lu}{1,5}\d)*-\p{Lu}{2,4}[\p{Ll}\d]{1,2}(?![\p{L}\p{N}]|-[\p{L}\p{N}])/gu;

function nameOfTheLists(part: string): boolean {
  const f = nameDictionaries().flags.get(part.toLowerCase()) ?? 0;
  return (f & (GIVEN | SURNAME)) !== 0 && (f & COMMON) === 0;
}

/** Character ranges of risk scores named by joined acronyms, with their points, in `text`. */
export function namedScoreSpans(text: string): [number, number][] {
  if (!SCORE_PROBE.test(text)) return [];
  const spans: [number, number][] = [];
  NAMED_SCORE.lastIndex = 0;
  for (let m = NAMED_SCORE.exec(text); m !== null; m = NAMED_SCORE.exec(text)) {
    const parts = (m[1] as string).split('-').filter((p) => /^\p{L}+$/u.test(p));
    if (parts.length > 1 && parts.every(nameOfTheLists)) continue;
    spans.push([m.index, m.index + m[0].length]);
  }
  DIGITED_SCORE.lastIndex = 0;
  for (let m = DIGITED_SCORE.exec(text); m !== null; m = DIGITED_SCORE.exec(text))
    spans.push([m.index, m.index + m[0].length]);
  return spans;
}
