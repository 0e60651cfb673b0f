/**
 * Masking throughput on mixed MCP JSON with the default rules, single thread.
 * Run: node bin/run-ts.mjs packages/masking/bench/mask-throughput.ts
 */
import { maskJsonText } from '../src/index';
import { mixedMcpFrames } from './mixed-mcp-json';

const frames = mixedMcpFrames(5_000);
const bytes = frames.reduce((sum, f) => sum + Buffer.byteLength(f), 0);

function pass(): number {
  let matches = 0;
  for (const frame of frames) matches += maskJsonText(frame).matches.length;
  return matches;
}

for (let i = 0; i < 3; i++) pass(); // warm up the JIT

const rounds = 10;
const started = process.hrtime.bigint();
for (let i = 0; i < rounds; i++) pass();
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const mb = (bytes * rounds) / 1e6;
process.stdout.write(
  `masked ${frames.length * rounds} frames, ${mb.toFixed(1)} MB in ${seconds.toFixed(2)} s: ` +
    `${(mb / seconds).toFixed(1)} MB/s (avg frame ${Math.round(bytes / frames.length)} B)\n`,
);
