/**
 * What each built-in detector costs per frame inside the engine: each one timed around its
 * `run` as the engine calls it (gates, the short-value cache and the routing of lower-case
 * tokens as they are; a long value read each time it comes), less the cost of timing a detector
 * that does nothing. Each run is timed by the wall clock (a CPU-time reading per call would cost
 * more than most runs), scaled by the CPU time over the wall-clock time of its round, so time
 * spent waiting for a core on a busy machine is not counted.
 */
import { pathToFileURL } from 'node:url';
import { CompiledRules } from '../src/compiled-rules';
import { BUILTIN_DETECTORS } from '../src/detect';
import type { Detector } from '../src/detectors/detector';
import { maskerFor } from '../src/masker';
import { emptyRulesConfig } from '../src/rule-config';
import { mixedMcpFrames } from './mixed-mcp-json';
import { warmUp } from './warm-up';

export interface DetectorCost {
  id: string;
  /** Microseconds per frame. */
  micros: number;
}

export function detectorCosts(frames: readonly string[], rounds = 9): DetectorCost[] {
  const spent = new Float64Array(BUILTIN_DETECTORS.length + 1);
  const timed = (d: Detector, i: number): Detector => ({
    id: d.id,
    types: d.types,
    run(ctx) {
      const started = performance.now();
      d.run(ctx);
      spent[i] = (spent[i] as number) + performance.now() - started;
    },
  });
  const nothing: Detector = { id: 'nothing', types: [], run() {} };
  const only = [...BUILTIN_DETECTORS.map(timed), timed(nothing, BUILTIN_DETECTORS.length)];
  // Long values are read every time they come: the frames repeat their notes, a stream seldom does.
  const masker = maskerFor(new CompiledRules(emptyRulesConfig(), { only, rereadLongValues: true }));
  warmUp((f) => masker.maskFrame(f), frames);
  // Each round scaled by its own CPU over wall-clock time; the median round per detector, so a
  // round in which the thread lost its core for long does not count.
  const perRound: number[][] = only.map(() => []);
  for (let r = 0; r < rounds; r++) {
    spent.fill(0);
    const cpuStart = process.cpuUsage();
    const wallStart = performance.now();
    for (const f of frames) masker.maskFrame(f);
    const cpu = process.cpuUsage(cpuStart);
    const onCore = Math.min(1, (cpu.user + cpu.system) / 1000 / (performance.now() - wallStart));
    for (let i = 0; i < only.length; i++)
      (perRound[i] as number[]).push(((spent[i] as number) * 1000 * onCore) / frames.length);
  }
  const median = (v: number[]) => v.sort((a, b) => a - b)[v.length >> 1] as number;
  const overhead = median(perRound[BUILTIN_DETECTORS.length] as number[]);
  return BUILTIN_DETECTORS.map((d, i) => ({
    id: d.id,
    micros: median(perRound[i] as number[]) - overhead,
  })).sort((a, b) => b.micros - a.micros);
}

/**
 * The whole engine and the engine without any detector (parse, walk, normalization, gates of
 * the engine itself, rendering), µs of CPU per frame, taking turns on the same frames.
 */
export function engineCosts(frames: readonly string[], rounds = 9): { whole: number; noDetector: number } {
  const engines = [
    maskerFor(new CompiledRules(emptyRulesConfig())),
    maskerFor(new CompiledRules(emptyRulesConfig(), { only: [] })),
  ];
  for (const e of engines) warmUp((f) => e.maskFrame(f), frames);
  const perRound: number[][] = [[], []];
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < engines.length; i++) {
      const engine = engines[r % 2 === 0 ? i : engines.length - 1 - i] as (typeof engines)[number];
      const cpuStart = process.cpuUsage();
      for (const f of frames) engine.maskFrame(f);
      const cpu = process.cpuUsage(cpuStart);
      (perRound[engines.indexOf(engine)] as number[]).push((cpu.user + cpu.system) / frames.length);
    }
  }
  const median = (v: number[]) => v.sort((a, b) => a - b)[v.length >> 1] as number;
  return { whole: median(perRound[0] as number[]), noDetector: median(perRound[1] as number[]) };
}

// Run: node bin/run-ts.mjs packages/masking/bench/detector-costs.ts
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const frames = mixedMcpFrames(2_000);
  const { whole, noDetector } = engineCosts(frames);
  process.stdout.write(
    `engine: ${whole.toFixed(1)} µs of CPU per frame, ${noDetector.toFixed(1)} µs of it without any detector\n`,
  );
  const costs = detectorCosts(frames).filter((c) => c.micros >= 0.05);
  process.stdout.write(
    `detectors, µs per frame inside the engine: ${costs.map((c) => `${c.id} ${c.micros.toFixed(2)}`).join(', ')}\n`,
  );
}
