/**
 * Consumer of the local event log: tails one topic's segment by polling, hands batches to
 * the handler, and commits the group's offset (the position after the batch) atomically
 * once the handler resolved. A handler that throws gets the same batch again, with backoff.
 * Partition is always 0. One consumer per group at a time (nothing enforces it yet).
 */
import { type FileHandle, open, readFile, rename } from 'node:fs/promises';
import { type Logger, serializeError, silentLogger } from '@proctor/logger';
import { offsetPath, readFrames, segmentPath } from './local-segment';
import type { BatchHandler, ConsumedBatch, ConsumerOptions, EventLogConsumer } from './port';
import { type RetryDelayOptions, retryDelayMs } from './retry-delay';

const INVALID_RECORD_GRACE_MS = 5000;

export interface LocalLogConsumerOptions extends ConsumerOptions, RetryDelayOptions {
  dir: string;
  /** How often to look for new records when caught up (default 50 ms). */
  pollIntervalMs?: number;
  logger?: Logger;
}

export function createLocalLogConsumer(options: LocalLogConsumerOptions): EventLogConsumer {
  return new LocalLogConsumer(options);
}

class LocalLogConsumer implements EventLogConsumer {
  private readonly segment: string;
  private readonly offsetFile: string;
  private readonly logger: Logger;
  private running = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private handle: FileHandle | undefined;
  /** Where reading last stopped at an invalid record, and since when: reported once, not every poll. */
  private invalid: { offset: number; since: number; escalated: boolean } | undefined;

  constructor(private readonly options: LocalLogConsumerOptions) {
    this.segment = segmentPath(options.dir, options.topic);
    this.offsetFile = offsetPath(options.dir, options.topic, options.groupId);
    this.logger = options.logger ?? silentLogger();
  }

  async start(handler: BatchHandler): Promise<void> {
    if (this.loop) throw new Error('local log consumer already started');
    let position = await this.readCommitted();
    if (position === undefined)
      position = this.options.fromBeginning === false ? await this.segmentSize() : 0;
    this.running = true;
    this.loop = this.run(handler, position);
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    this.loop = undefined;
    await this.handle?.close();
    this.handle = undefined;
  }

  private async run(handler: BatchHandler, start: number): Promise<void> {
    let position = start;
    while (this.running) {
      let batch: { records: ConsumedBatch['records']; next: number } | undefined;
      try {
        const read = await this.readBatch(position);
        position = read.position;
        batch = read.batch;
      } catch (err) {
        this.logger.error(
          { err: serializeError(err), topic: this.options.topic },
          'reading the local event log failed',
        );
      }
      if (!batch) {
        await this.sleep(this.options.pollIntervalMs ?? 50);
        continue;
      }
      if (!(await this.deliver(handler, batch.records))) return;
      await this.commit(batch.next);
      position = batch.next;
    }
  }

  private async readBatch(
    position: number,
  ): Promise<{ position: number; batch?: { records: ConsumedBatch['records']; next: number } }> {
    const handle = await this.openSegment();
    if (!handle) return { position };
    const size = (await handle.stat()).size;
    if (size < position) {
      // The segment was cut back (a torn tail removed after a crash): what followed was never
      // acknowledged, and new records start at the new end.
      this.logger.warn(
        { topic: this.options.topic, position, size },
        'segment shorter than the consumer position',
      );
      return { position: size };
    }
    const read = await readFrames(handle, position, size, this.options.maxBatchRecords ?? 500);
    if (read.invalid && read.records.length === 0) this.noteInvalid(read.invalid);
    if (read.records.length === 0) return { position };
    const records = read.records.map(({ record, offset }) => ({
      ...record,
      partition: 0,
      offset: String(offset),
    }));
    return { position, batch: { records, next: read.next } };
  }

  /**
   * Usually a record still being written, which completes within milliseconds. One that stays
   * invalid is corruption: reported as an error, and never skipped (that would lose records).
   */
  private noteInvalid(invalid: { offset: number; reason: string }): void {
    const details = { topic: this.options.topic, ...invalid };
    if (this.invalid?.offset !== invalid.offset) {
      this.invalid = { offset: invalid.offset, since: Date.now(), escalated: false };
      this.logger.debug(details, 'waiting at an incomplete record');
    } else if (!this.invalid.escalated && Date.now() - this.invalid.since > INVALID_RECORD_GRACE_MS) {
      this.invalid.escalated = true;
      this.logger.error(details, 'local event log record stays invalid; consumer is stuck before it');
    }
  }

  /** Resolves true once the handler accepted the batch, false if stopped before it did. */
  private async deliver(handler: BatchHandler, records: ConsumedBatch['records']): Promise<boolean> {
    const batch: ConsumedBatch = { topic: this.options.topic, partition: 0, records };
    for (let attempt = 0; ; attempt++) {
      try {
        await handler(batch);
        return true;
      } catch (err) {
        const delayMs = retryDelayMs(attempt + 1, this.options);
        this.logger.error(
          {
            err: serializeError(err),
            topic: batch.topic,
            firstOffset: records[0]?.offset,
            attempt,
            retryInMs: delayMs,
          },
          'batch handler failed; retrying the same records',
        );
        if (!this.running) return false;
        await this.sleep(delayMs);
        if (!this.running) return false;
      }
    }
  }

  private async commit(next: number): Promise<void> {
    const temp = `${this.offsetFile}.tmp`;
    try {
      const handle = await open(temp, 'w', 0o600);
      try {
        await handle.writeFile(`${next}\n`);
        await handle.datasync();
      } finally {
        await handle.close();
      }
      await rename(temp, this.offsetFile);
    } catch (err) {
      // The batch is done; a lost commit only means it is delivered again after a restart.
      this.logger.error(
        { err: serializeError(err), topic: this.options.topic },
        'committing the consumer offset failed',
      );
    }
  }

  private async readCommitted(): Promise<number | undefined> {
    let text: string;
    try {
      text = await readFile(this.offsetFile, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
    const offset = Number(text.trim());
    if (!Number.isSafeInteger(offset) || offset < 0) {
      throw new Error(`invalid committed offset in ${this.offsetFile}`);
    }
    return offset;
  }

  private async openSegment(): Promise<FileHandle | undefined> {
    if (this.handle) return this.handle;
    try {
      this.handle = await open(this.segment, 'r');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
    return this.handle;
  }

  private async segmentSize(): Promise<number> {
    const handle = await this.openSegment();
    return handle ? (await handle.stat()).size : 0;
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }
}
