/**
 * Masking throughput on mixed MCP JSON with the default rules, single thread, against the
 * naive engine (each rule its own pass) in the same run (the engine reading every long value each
 * time, as on a stream that does not repeat; the default engine's long-value cache on its own line), the two taking turns on the same frames. MB/s is reported per CPU-second of
 * this process (what "per core" means on a shared machine) and per wall-clock second. Then
 * the fixed cost of a call on small inputs: ingest's client fields (four short strings per
 * call), in µs of CPU per call.
 * With --detectors, also what each detector costs per frame inside the engine.
 * Each engine is warmed up to its steady state first (`warm-up.ts`).
 * Run: node bin/run-ts.mjs packages/masking/bench/mask-throughput.ts [--seconds N] [--detectors]
 */
import { parseArgs } from 'node:util';
import { CompiledRules } from '../src/compiled-rules';
import { engineFor, maskJsonText } from '../src/index';
import { maskerFor } from '../src/masker';
import { emptyRulesConfig } from '../src/rule-config';
import { clientFieldTexts } from './client-fields';
import { detectorCosts } from './detector-costs';
import { mixedMcpFrames } from './mixed-mcp-json';
import { naiveEngine } from './naive-engine';
import { warmUp } from './warm-up';

const USAGE = `usage: mask-throughput.ts [--seconds N] [--detectors]
  --seconds N    wall-clock seconds to measure for (default 8), after the warm-up
  --detectors    also print each detector's cost per frame inside the engine
`;

const OPTIONS = {
  seconds: { type: 'string', default: '8' },
  detectors: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** The parsed options; usage on stdout for `--help`, on stderr with exit 2 for an unknown option or a bad number. */
function parseOptions(): { seconds: number; detectors: boolean } {
  try {
    const { values } = parseArgs({ options: OPTIONS });
    if (values.help) {
      process.stdout.write(USAGE);
      process.exit(0);
    }
    const seconds = Number(values.seconds);
    if (Number.isFinite(seconds) && seconds > 0) return { seconds, detectors: values.detectors };
    process.stderr.write(`--seconds must be a positive number, not '${values.seconds}'\n`);
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
  }
  process.stderr.write(USAGE);
  process.exit(2);
}

const values = parseOptions();
const budget = values.seconds;

const frames = mixedMcpFrames(2_000);
const bytes = frames.reduce((sum, f) => sum + Buffer.byteLength(f), 0);

interface Measured {
  mbPerCpuSecond: number;
  mbPerSecond: number;
  frames: number;
  cpuMicrosPerCall: number;
}

type Mask = (frame: string) => unknown;

const CHUNK = 100;
/**
 * Measures mask functions side by side: each is warmed up to its steady state first, then they
 * take turns on the same chunks of inputs (the order swapped every chunk) until `seconds` of
 * wall-clock time have passed, so a change in the machine's load touches all of them alike
 * and their ratio holds even when the absolute figures do not.
 */
function measure(masks: readonly Mask[], inputs: readonly string[], seconds: number): Measured[] {
  for (const mask of masks) warmUp(mask, inputs);
  const sizes = inputs.map((f) => Buffer.byteLength(f));
  const cpu = masks.map(() => 0);
  const wall = masks.map(() => 0);
  const calls = masks.map(() => 0);
  const mb = masks.map(() => 0);
  const started = process.hrtime.bigint();
  let turn = 0;
  while (Number(process.hrtime.bigint() - started) / 1e9 < seconds) {
    for (let from = 0; from < inputs.length; from += CHUNK) {
      const chunk = inputs.slice(from, from + CHUNK);
      const chunkBytes = sizes.slice(from, from + CHUNK).reduce((a, b) => a + b, 0);
      turn++;
      for (let k = 0; k < masks.length; k++) {
        const i = turn % 2 === 0 ? k : masks.length - 1 - k;
        const mask = masks[i] as Mask;
        const wallStart = process.hrtime.bigint();
        const cpuStart = process.cpuUsage();
        for (const f of chunk) mask(f);
        const used = process.cpuUsage(cpuStart);
        wall[i] = (wall[i] as number) + Number(process.hrtime.bigint() - wallStart) / 1e9;
        cpu[i] = (cpu[i] as number) + (used.user + used.system) / 1e6;
        calls[i] = (calls[i] as number) + chunk.length;
        mb[i] = (mb[i] as number) + chunkBytes / 1e6;
      }
    }
  }
  return masks.map((_, i) => ({
    mbPerCpuSecond: (mb[i] as number) / (cpu[i] as number),
    mbPerSecond: (mb[i] as number) / (wall[i] as number),
    frames: calls[i] as number,
    cpuMicrosPerCall: ((cpu[i] as number) * 1e6) / (calls[i] as number),
  }));
}

const naive = naiveEngine();
// The headline engine reads each long value every time it comes: these frames are replayed
// round after round, so the default engine would answer their notes from its long-value cache
// and measure the cache, not detection. That one is measured too, on its own line.
const rereading = maskerFor(new CompiledRules(emptyRulesConfig(), { rereadLongValues: true }));
// How fast this machine is right now: native parse + stringify of the same frames.
const [reference] = measure([(f) => JSON.stringify(JSON.parse(f))], frames, budget / 8) as [Measured];
const [engine, baseline, cached] = measure(
  [(f) => rereading.maskFrame(f), naive, (f) => maskJsonText(f)],
  frames,
  (budget * 5) / 8,
) as [Measured, Measured, Measured];
const masker = engineFor();
const smallInputs = clientFieldTexts(2_000);
const [small] = measure([(f) => masker.maskFrame(f)], smallInputs, budget / 4) as [Measured];
const line = (name: string, m: Measured) =>
  `${name.padEnd(24)} ${m.mbPerCpuSecond.toFixed(1).padStart(7)} MB/cpu-s ${m.mbPerSecond.toFixed(1).padStart(7)} MB/s  (${m.frames} frames)\n`;
process.stdout.write(
  `mixed MCP JSON, ${frames.length} frames, average ${Math.round(bytes / frames.length)} B\n`,
);
process.stdout.write(line('JSON.parse+stringify', reference));
process.stdout.write(line('engine (one pass)', engine));
process.stdout.write(line('naive (pass per rule)', baseline));
process.stdout.write(line('engine, long-value cache', cached));
process.stdout.write(
  '  (the default engine remembers long values it has seen; these frames are replayed, so its line\n' +
    "   is an upper bound reached only by traffic that repeats itself: the ratio below is the engine's)\n",
);
process.stdout.write(
  `ratio ${(engine.mbPerCpuSecond / baseline.mbPerCpuSecond).toFixed(1)}x per CPU-second, ` +
    `${(engine.mbPerSecond / baseline.mbPerSecond).toFixed(1)}x wall-clock (measured side by side)\n`,
);
process.stdout.write(
  `small inputs (client fields, 4 short strings, average ${Math.round(
    smallInputs.reduce((sum, f) => sum + f.length, 0) / smallInputs.length,
  )} B): ${small.cpuMicrosPerCall.toFixed(2)} µs of CPU per call (${small.frames} calls)\n`,
);
if (values.detectors) {
  const costs = detectorCosts(frames).filter((c) => c.micros >= 0.05);
  process.stdout.write(
    `detectors, µs per frame inside the engine: ${costs.map((c) => `${c.id} ${c.micros.toFixed(2)}`).join(', ')}\n`,
  );
}
