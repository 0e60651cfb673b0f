/**
 * Masking throughput on mixed MCP JSON with the default rules, single thread, against the
 * naive engine (each rule its own pass) in the same run. MB/s is reported per CPU-second of
 * this process (what "per core" means on a shared machine) and per wall-clock second. Then
 * the fixed cost of a call on small inputs: ingest's client fields (four short strings per
 * call), in µs of CPU per call.
 * Run: node bin/run-ts.mjs packages/masking/bench/mask-throughput.ts [--seconds N]
 */
import { parseArgs } from 'node:util';
import { engineFor, maskJsonText } from '../src/index';
import { clientFieldTexts } from './client-fields';
import { mixedMcpFrames } from './mixed-mcp-json';
import { naiveEngine } from './naive-engine';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '8' } } });
const budget = Number(values.seconds) / 4;

const frames = mixedMcpFrames(2_000);
const bytes = frames.reduce((sum, f) => sum + Buffer.byteLength(f), 0);

interface Measured {
  mbPerCpuSecond: number;
  mbPerSecond: number;
  frames: number;
  cpuMicrosPerCall: number;
}

function measure(mask: (frame: string) => unknown, inputs: readonly string[] = frames): Measured {
  for (const f of inputs.slice(0, 500)) mask(f); // warm up the JIT
  const wallStart = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  let rounds = 0;
  let wall = 0;
  do {
    for (const f of inputs) mask(f);
    rounds++;
    wall = Number(process.hrtime.bigint() - wallStart) / 1e9;
  } while (wall < budget);
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const mb = (inputs.reduce((sum, f) => sum + Buffer.byteLength(f), 0) * rounds) / 1e6;
  const calls = inputs.length * rounds;
  return {
    mbPerCpuSecond: mb / cpuSeconds,
    mbPerSecond: mb / wall,
    frames: calls,
    cpuMicrosPerCall: (cpuSeconds * 1e6) / calls,
  };
}

const naive = naiveEngine();
// How fast this machine is right now: native parse + stringify of the same frames.
const reference = measure((f) => JSON.stringify(JSON.parse(f)));
const engine = measure((f) => maskJsonText(f));
const baseline = measure(naive);
const masker = engineFor();
const smallInputs = clientFieldTexts(2_000);
const small = measure((f) => masker.maskFrame(f), smallInputs);
const line = (name: string, m: Measured) =>
  `${name.padEnd(24)} ${m.mbPerCpuSecond.toFixed(1).padStart(7)} MB/cpu-s ${m.mbPerSecond.toFixed(1).padStart(7)} MB/s  (${m.frames} frames)\n`;
process.stdout.write(
  `mixed MCP JSON, ${frames.length} frames, average ${Math.round(bytes / frames.length)} B\n`,
);
process.stdout.write(line('JSON.parse+stringify', reference));
process.stdout.write(line('engine (one pass)', engine));
process.stdout.write(line('naive (pass per rule)', baseline));
process.stdout.write(
  `ratio ${(engine.mbPerCpuSecond / baseline.mbPerCpuSecond).toFixed(1)}x per CPU-second, ` +
    `${(engine.mbPerSecond / baseline.mbPerSecond).toFixed(1)}x wall-clock\n`,
);
process.stdout.write(
  `small inputs (client fields, 4 short strings, average ${Math.round(
    smallInputs.reduce((sum, f) => sum + f.length, 0) / smallInputs.length,
  )} B): ${small.cpuMicrosPerCall.toFixed(2)} µs of CPU per call (${small.frames} calls)\n`,
);
