/**
 * The disk's own fdatasync latency, measured in the run that uses it: the `fsync` target is
 * stated relative to it (two durable points per call are the physical floor).
 */
import { open, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { LatencyRecorder } from './latency';

export interface DiskSync {
  p50Ms: number;
  p99Ms: number;
  samples: number;
}

/** Appends `samples` 2 KB writes to a file in `dir`, each followed by fdatasync, and times the pairs. */
export async function measureDiskSync(dir: string, samples = 200): Promise<DiskSync> {
  const path = join(dir, 'fdatasync-probe');
  const handle = await open(path, 'w', 0o600);
  const block = Buffer.alloc(2048, 0x61);
  const latencies = new LatencyRecorder(samples);
  try {
    for (let i = 0; i < samples; i++) {
      const started = performance.now();
      await handle.write(block, 0, block.length, i * block.length);
      await handle.datasync();
      latencies.record(performance.now() - started);
    }
  } finally {
    await handle.close();
    await rm(path, { force: true });
  }
  return { p50Ms: latencies.percentile(50), p99Ms: latencies.percentile(99), samples };
}
