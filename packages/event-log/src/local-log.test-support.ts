/** Helpers for the local event log tests. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { createLogger, type Logger } from '@proctor/logger';
import { createLocalLogConsumer, type LocalLogConsumerOptions } from './local-consumer';
import { type LogFileSystem, nodeFileSystem } from './log-file-system';
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

/**
 * The real file operations with hooks: counts fdatasyncs, can hold them (to queue appends
 * behind one in flight) and can fail writes, syncs or opens with an errno code.
 */
export class HookedFileSystem implements LogFileSystem {
  datasyncs = 0;
  writes = 0;
  /** Each entry fails one future call of that operation with the given errno code. */
  readonly failNext: { write: string[]; datasync: string[]; open: string[] } = {
    write: [],
    datasync: [],
    open: [],
  };
  /** Set to hold every fdatasync until release() is called. */
  holdSyncs = false;
  /** While set, every write and open fails with this errno code (a full or broken disk). */
  failAll: string | undefined;
  /** When set, the next write writes only this many bytes and returns (a short write); failures come after it. */
  shortWrite: number | undefined;
  private held: Array<() => void> = [];

  open(path: string, flags: number, mode: number): number {
    const code = this.failNext.open.shift() ?? this.failAll;
    if (code) throw errno(code, 'open');
    return nodeFileSystem.open(path, flags, mode);
  }

  write(fd: number, data: Buffer, offset: number, length: number, position: number): number {
    this.writes++;
    if (this.shortWrite !== undefined) {
      const part = Math.min(length, this.shortWrite);
      this.shortWrite = undefined;
      return nodeFileSystem.write(fd, data, offset, part, position);
    }
    const code = this.failNext.write.shift() ?? this.failAll;
    if (code) throw errno(code, 'write');
    return nodeFileSystem.write(fd, data, offset, length, position);
  }

  async datasync(fd: number): Promise<void> {
    if (this.holdSyncs) await new Promise<void>((resolve) => this.held.push(resolve));
    const code = this.failNext.datasync.shift();
    if (code) throw errno(code, 'fdatasync');
    await nodeFileSystem.datasync(fd);
    this.datasyncs++;
  }

  truncate(fd: number, length: number): void {
    nodeFileSystem.truncate(fd, length);
  }

  close(fd: number): void {
    nodeFileSystem.close(fd);
  }

  syncDirectory(path: string): Promise<void> {
    return nodeFileSystem.syncDirectory(path);
  }

  get heldSyncs(): number {
    return this.held.length;
  }

  release(): void {
    this.holdSyncs = false;
    for (const resolve of this.held.splice(0)) resolve();
  }
}

function errno(code: string, syscall: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected ${syscall} failure`), { code, syscall });
}
