/**
 * Bytes this process has allocated on V8's heap since it started counting: what the heap holds
 * now, plus what every garbage collection since then freed. Unlike CPU time, the count does not
 * depend on how loaded the machine is, so two trees' allocation per call compares in any run.
 * (Buffer contents live outside V8's heap and are not counted; their Buffer objects are.)
 */
import { GCProfiler, getHeapStatistics } from 'node:v8';

export class HeapAllocationCounter {
  private profiler = new GCProfiler();
  private freed = 0;
  private readonly startUsed: number;

  constructor() {
    this.startUsed = getHeapStatistics().used_heap_size;
    this.profiler.start();
  }

  /** Bytes allocated since the counter was made. */
  allocated(): number {
    // The profiler hands over what it recorded only when stopped: a fresh one takes over at once.
    const recorded = this.profiler.stop();
    this.profiler = new GCProfiler();
    this.profiler.start();
    for (const gc of recorded?.statistics ?? []) {
      this.freed += gc.beforeGC.heapStatistics.usedHeapSize - gc.afterGC.heapStatistics.usedHeapSize;
    }
    return this.freed + getHeapStatistics().used_heap_size - this.startUsed;
  }
}
