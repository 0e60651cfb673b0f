/** Helpers for the local event log tests. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { createLogger, type Logger } from '@proctor/logger';
import { createLocalLogConsumer, type LocalLogConsumerOptions } from './local-consumer';
import type { ConsumedRecord, EventLogConsumer } from './port';

export async function withTempDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'proctor-local-log-'));
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function capturingLogger(): { logger: Logger; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  const logger = createLogger({ name: 'local-log-test', level: 'debug', destination });
  return {
    logger,
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

export async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Starts a consumer that collects every record it is handed. */
export async function collectingConsumer(
  options: LocalLogConsumerOptions,
): Promise<{ consumer: EventLogConsumer; received: ConsumedRecord[] }> {
  const received: ConsumedRecord[] = [];
  const consumer = createLocalLogConsumer({ pollIntervalMs: 5, ...options });
  await consumer.start(async (batch) => {
    received.push(...batch.records);
  });
  return { consumer, received };
}
