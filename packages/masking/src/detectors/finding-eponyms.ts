/**
 * An examination's sign named after its describer and read as a finding: "Mulder click
 * positive", "Ortolani clunk negative", "Tinel sign positive on the left", "Hamman crunch
 * present". The noun alone may follow a person ("have Smith sign here", "Jones click the link"),
 * but not with the finding after it: the name, the noun and the result are one eponym, and what a
 * detector found inside it is no one's name.
 */

/** A capitalized name, an apostrophe inside it as written ("O'Donoghue"), or two joined by a hyphen. */
const NAME = "\\p{Lu}[\\p{Ll}\\p{M}]{1,24}(?:['’]\\p{Lu}?[\\p{Ll}\\p{M}]{1,24})?";
/** What an examiner elicits and names after its describer. */
const SIGN_NOUNS = 'sign|click|clunk|crunch|snap|jerk|squeeze|grind|maneuver|manoeuvre';
/** The finding right after it. */
const RESULTS = 'positive|negative|pos|neg|present|absent|equivocal|elicited|bilaterally|\\+|-(?=[ \\t]|$)';

const FINDING_EPONYM = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}'’-])(${NAME}(?:-${NAME})?(?:['’]s?)?[ \\t]+(?:${SIGN_NOUNS}))(?=[ \\t]*(?:[:,][ \\t]*)?(?:${RESULTS})(?![\\p{L}\\p{N}]))`,
  'dgu',
);
const NOUN_PROBE = /\b(?:sign|click|clunk|crunch|snap|jerk|squeeze|grind|maneuver|manoeuvre)\b/;

/** Character ranges of examination findings named after their describer in `text`, the noun included. */
export function findingEponymSpans(text: string): [number, number][] {
  if (!NOUN_PROBE.test(text)) return [];
  const spans: [number, number][] = [];
  FINDING_EPONYM.lastIndex = 0;
  for (let m = FINDING_EPONYM.exec(text); m !== null; m = FINDING_EPONYM.exec(text)) {
    const span = m.indices?.[1];
    if (span) spans.push([span[0], span[1]]);
  }
  return spans;
}
