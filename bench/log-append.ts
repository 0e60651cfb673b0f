/**
 * The event log alone, in the same run: how long an append of a typical event takes with each
 * durability policy, one writer and many. Separates the durability layer's share of the added
 * latency from the rest of the gateway.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createLocalLogProducer, type Durability } from '@proctor/event-log';
import { LatencyRecorder } from './latency';

export interface LogAppendResult {
  durability: Durability;
  writers: number;
  p50Ms: number;
  p99Ms: number;
  appendsPerSecond: number;
  /** This process's CPU per append, µs. */
  cpuUsPerAppend: number;
}

const TOPIC = 'proctor.bench.raw.v1';
/** About the size of a frame event carrying a 1 KB result. */
const VALUE = Buffer.alloc(1500, 0x61);

export async function measureLogAppends(
  dir: string,
  durability: Durability,
  writers: number,
): Promise<LogAppendResult> {
  const logDir = await mkdtemp(join(dir, `log-${durability}-`));
  const log = await createLocalLogProducer({ dir: logDir, durability });
  const appends = durability === 'process' ? 20_000 : 1_500;
  const latencies = new LatencyRecorder(appends);
  let issued = 0;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  try {
    await Promise.all(
      Array.from({ length: writers }, async (_, writer) => {
        while (issued < appends) {
          issued++;
          const t0 = performance.now();
          await log.append(TOPIC, [
            { key: `session-${writer}`, value: VALUE, headers: { 'proctor-event-type': 'frame' } },
          ]);
          latencies.record(performance.now() - t0);
        }
      }),
    );
  } finally {
    await log.close();
    await rm(logDir, { recursive: true, force: true });
  }
  const elapsed = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  return {
    durability,
    writers,
    p50Ms: latencies.percentile(50),
    p99Ms: latencies.percentile(99),
    appendsPerSecond: (latencies.count * 1000) / elapsed,
    cpuUsPerAppend: (cpu.user + cpu.system) / latencies.count,
  };
}
