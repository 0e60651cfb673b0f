/**
 * A screening instrument's score out of its maximum, which the date detectors would read as a
 * month and a day: "BIMS 9/15", "MMSE 24/30", "MoCA 26/30", "PHQ-9 12/27", "GAD-7 8/21". Only an
 * instrument whose maximum is the number after the slash reads so ("MRI 9/15" is the day of the
 * scan, and so would be "BIMS 9/14"). The keep step drops whatever a detector found inside.
 */

/** Instruments and their maximum scores. */
const MAXIMA: ReadonlyMap<string, number> = new Map([
  ['bims', 15],
  ['gcs', 15],
  ['gds', 15],
  ['gds-15', 15],
  ['mmse', 30],
  ['moca', 30],
  ['slums', 30],
  ['phq-9', 27],
  ['phq9', 27],
  ['phq-2', 6],
  ['gad-7', 21],
  ['gad7', 21],
  ['mini-cog', 5],
  ['audit-c', 12],
  ['audit', 40],
  ['cage', 4],
  ['katz', 6],
  ['lawton', 8],
  ['barthel', 100],
  ['braden', 23],
  ['epds', 30],
  ['asq', 60],
  ['cows', 48],
  ['ciwa', 67],
  ['ciwa-ar', 67],
]);

const SCORE =
  /(?<![\p{L}\p{N}-])((\p{L}[\p{L}]{1,6}(?:-[\p{L}\d]{1,3})?)(?:[ \t]+score)?[ \t]*:?[ \t]*(\d{1,3})\/(\d{1,3}))(?![\p{N}/]|\.\d)/dgu;
/**
 * Any instrument's name, in either case: what a score kept needs in its text. The Kelvin sign is
 * a 'k' to `toLowerCase`, so it is one here too. A text without any name (most notes with a
 * blood pressure) is not searched for scores at all.
 */
const ANY_INSTRUMENT = new RegExp(
  [...MAXIMA.keys()].map((k) => k.replace(/k/g, '[k\\u212a]')).join('|'),
  'i',
);

/** Character ranges of instrument scores out of their maximum in `text`. */
export function instrumentScoreSpans(text: string): [number, number][] {
  if (!text.includes('/') || !ANY_INSTRUMENT.test(text)) return [];
  const out: [number, number][] = [];
  SCORE.lastIndex = 0;
  for (let m = SCORE.exec(text); m !== null; m = SCORE.exec(text)) {
    const max = MAXIMA.get((m[2] as string).toLowerCase());
    if (max === undefined || Number(m[4]) !== max || Number(m[3]) > max) continue;
    out.push([m.index, m.index + (m[1] as string).length]);
  }
  return out;
}
