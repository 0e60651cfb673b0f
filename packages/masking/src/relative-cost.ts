/**
 * For the tests of pathological input: what a call costs on an input, as a multiple of what it
 * costs on ordinary clinical prose of the same length measured in the same test run (a figure
 * that holds on a slow or a busy machine, where a limit in milliseconds would not).
 */

const SENTENCES = [
  'The patient reported mild pain after the procedure and was advised to rest.',
  'Vitals were stable overnight; blood pressure 128/76 and heart rate 72.',
  'Continue metformin 500 mg twice daily and review the dose at the next visit.',
  'Wound edges are clean and dry, with no sign of infection on inspection.',
  'Physical therapy will start on Monday, three sessions a week for four weeks.',
  'Labs show a potassium of 4.1 and a creatinine within the normal range.',
  'Discussed the plan with the care team, who agreed to reduce the opioid taper.',
  'No allergies were recorded. Diet as tolerated, fluids encouraged.',
  'Chest X-ray today showed no acute changes compared with the prior study.',
  'Follow up in the clinic in two weeks, sooner if the symptoms worsen.',
];

let variants = 0;

/** Ordinary prose of `length` characters, a text of its own each time (no cache answers for it). */
export function proseOfLength(length: number): string {
  const variant = ++variants;
  const parts: string[] = [`Note ${variant}.`];
  let size = parts[0]?.length ?? 0;
  for (let i = 0; size < length; i++) {
    const s = SENTENCES[(i * 7 + variant * 3 + (i >> 3)) % SENTENCES.length] as string;
    parts.push(s);
    size += s.length + 1;
  }
  return parts.join(' ').slice(0, length);
}

function elapsed(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

/**
 * The least cost, over `samples` runs, of `run` on prose of `length` characters (`wrap` turns
 * the prose into the kind of input `run` takes: a JSON text, a value).
 */
export function proseCost<T>(
  run: (input: T) => unknown,
  length: number,
  wrap: (prose: string) => T,
  samples = 3,
): number {
  let least = Number.POSITIVE_INFINITY;
  for (let i = 0; i < samples; i++) {
    const input = wrap(proseOfLength(length));
    least = Math.min(
      least,
      elapsed(() => run(input)),
    );
  }
  return least;
}

/** The cost of `run(input)` over `prose` milliseconds (one at least, so a tiny cost is no ratio). */
export function costOver<T>(run: (input: T) => unknown, input: T, prose: number): number {
  return elapsed(() => run(input)) / Math.max(prose, 1);
}
