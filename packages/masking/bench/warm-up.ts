/**
 * Warm-up to a steady state before a measurement: V8 compiles the engine's code and its
 * expressions in background threads, and on a busy machine that takes several passes over the
 * inputs; a measurement that starts sooner measures the compiler, not the engine.
 */

/** Warm-up passes at most, and the least gain from one pass to the next that asks for another. */
const MOST_PASSES = 8;
const LEAST_GAIN = 0.05;

/** CPU seconds of one pass of `run` over the inputs. */
function passCpu(run: (input: string) => unknown, inputs: readonly string[]): number {
  const started = process.cpuUsage();
  for (const input of inputs) run(input);
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1e6;
}

/** Passes over the inputs until one is no longer faster than the one before it by `LEAST_GAIN`. */
export function warmUp(run: (input: string) => unknown, inputs: readonly string[]): void {
  let last = passCpu(run, inputs);
  for (let pass = 1; pass < MOST_PASSES; pass++) {
    const cpu = passCpu(run, inputs);
    if (cpu > last * (1 - LEAST_GAIN)) return;
    last = cpu;
  }
}
