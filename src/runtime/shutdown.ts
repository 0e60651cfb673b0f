import type { Logger } from '@proctor/logger';

export interface ShutdownStep {
  name: string;
  run: () => Promise<void>;
}

/**
 * Runs shutdown steps in order (stop intake → drain → flush → close) under a hard deadline.
 * Receives handles; never imports the things it shuts down.
 */
export async function shutdownInOrder(
  steps: ShutdownStep[],
  logger: Logger,
  deadlineMs = 15_000,
): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), deadlineMs);
    timer.unref();
  });
  const work = (async () => {
    for (const step of steps) {
      try {
        await step.run();
      } catch (err) {
        logger.error({ err, step: step.name }, 'shutdown step failed');
      }
    }
    return true;
  })();
  const finished = await Promise.race([work, deadline]);
  clearTimeout(timer);
  if (!finished) logger.error({ deadlineMs }, 'shutdown deadline passed; exiting anyway');
  return finished;
}

/** Calls `stop` once on SIGINT/SIGTERM, then exits. */
export function onTerminationSignal(stop: () => Promise<unknown>): void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`\nproctor: ${signal} received, shutting down\n`);
    void stop().finally(() => process.exit(0));
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
}
