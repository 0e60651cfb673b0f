/**
 * The child side of children.ts: announce readiness on stdout, then run until told to stop.
 * Ctrl-C reaches every process of the terminal's group; children ignore SIGINT so the parent
 * decides the order of shutdown (enforcer before its upstream).
 */
import { HeapAllocationCounter } from './heap-allocation';

const STOP_DEADLINE_MS = 5_000;

export interface ChildService {
  ready: Record<string, unknown>;
  /** `parentGone` is true when stdin closed without a SIGTERM: nobody else will clean up. */
  stop(parentGone: boolean): Promise<void>;
}

export async function runChild(start: () => Promise<ChildService>): Promise<void> {
  let service: ChildService;
  try {
    service = await start();
  } catch (err) {
    process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
    process.exit(1);
  }
  let stopping = false;
  const stop = (parentGone: boolean) => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => process.exit(1), STOP_DEADLINE_MS).unref();
    service.stop(parentGone).then(
      () => process.exit(0),
      (err: unknown) => {
        process.stderr.write(`shutdown failed: ${(err as Error).message}\n`);
        process.exit(1);
      },
    );
  };
  // The parent asks for this process's CPU time and heap allocation over the IPC channel (see children.ts).
  const heap = new HeapAllocationCounter();
  process.on('message', (message) => {
    if (message === 'cpu-usage') process.send?.({ cpu: process.cpuUsage(), heapAllocated: heap.allocated() });
  });
  process.on('SIGINT', () => undefined);
  process.on('SIGTERM', () => stop(false));
  process.stdin.on('end', () => stop(true));
  process.stdin.on('error', () => stop(true));
  process.stdin.resume();
  process.stdout.write(`${JSON.stringify(service.ready)}\n`);
}
