/**
 * Consumer of the local event log: tails one topic's segments by polling, hands batches to
 * the handler, and commits the group's offset (the position after the batch) atomically
 * once the handler resolved. A handler that throws gets the same batch again, with backoff.
 * Partition is always 0. One consumer per group at a time (nothing enforces it yet).
 */

import { type FileHandle, open } from 'node:fs/promises';
import { join } from 'node:path';
import { type Logger, serializeError, silentLogger } from '@proctor/logger';
import {
  listSegments,
  readCommittedOffset,
  readFrames,
  segmentFileName,
  topicDir,
  writeCommittedOffset,
} from './local-segment';
import type { BatchHandler, ConsumedBatch, ConsumerOptions, EventLogConsumer } from './port';
import { type RetryDelayOptions, retryDelayMs } from './retry-delay';

const INVALID_RECORD_GRACE_MS = 5000;

export interface LocalLogConsumerOptions extends ConsumerOptions, RetryDelayOptions {
  dir: string;
  /** How often to look for new records when caught up (default 50 ms). */
  pollIntervalMs?: number;
  logger?: Logger;
  /**
   * An in-process producer's acknowledged end: records past it are not read yet, even if
   * they are in the file (written but not yet synced, and so possibly rolled back).
   */
  readLimit?: () => number | undefined;
  /** Most record bytes per batch (at least one record is always handed over). */
  maxBatchBytes?: number;
  /** Called after each commit with the committed position (the local log's retention uses it). */
  onCommitted?: (position: number) => void;
}

export interface LocalLogConsumer extends EventLogConsumer {
  /** Looks for new records now instead of at the next poll (an in-process producer appended). */
  notify(): void;
}

export function createLocalLogConsumer(options: LocalLogConsumerOptions): LocalLogConsumer {
  return new SegmentConsumer(options);
}

interface OpenSegment {
  base: number;
  handle: FileHandle;
  /** Base of the following segment once one is known: this one is then complete. */
  next: number | undefined;
}

class SegmentConsumer implements LocalLogConsumer {
  private readonly dirPath: string;
  private readonly logger: Logger;
  private running = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  /** Set by notify(): new records may be there, so the next wait for records is skipped. */
  private woken = false;
  private notified: (() => void) | undefined;
  private segment: OpenSegment | undefined;
  /** Where reading last stopped at an invalid record, and since when: reported once, not every poll. */
  private invalid: { offset: number; since: number; escalated: boolean } | undefined;

  constructor(private readonly options: LocalLogConsumerOptions) {
    this.dirPath = topicDir(options.dir, options.topic);
    this.logger = options.logger ?? silentLogger();
  }

  async start(handler: BatchHandler): Promise<void> {
    if (this.loop) throw new Error('local log consumer already started');
    let position = await readCommittedOffset(this.options.dir, this.options.topic, this.options.groupId);
    if (position === undefined) position = this.options.fromBeginning === false ? await this.logEnd() : 0;
    this.running = true;
    this.loop = this.run(handler, position);
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    this.loop = undefined;
    await this.segment?.handle.close();
    this.segment = undefined;
  }

  notify(): void {
    this.woken = true;
    this.notified?.();
  }

  private async run(handler: BatchHandler, start: number): Promise<void> {
    let position = start;
    while (this.running) {
      let batch: { records: ConsumedBatch['records']; next: number } | undefined;
      let moved = false;
      try {
        const read = await this.readBatch(position);
        moved = read.position !== position;
        position = read.position;
        batch = read.batch;
      } catch (err) {
        this.logger.error(
          { err: serializeError(err), topic: this.options.topic },
          'reading the local event log failed',
        );
      }
      if (!batch) {
        // Moved on (to the next segment, past a cut-back tail): read again at once.
        if (moved) continue;
        await this.sleep(this.options.pollIntervalMs ?? 50, true);
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
    const segment = await this.segmentAt(position);
    if (!segment) return { position };
    if (position < segment.base) {
      // Retention deleted segments this group had not read (it does not hold retention back).
      this.logger.warn(
        { topic: this.options.topic, position, oldest: segment.base },
        'records before the oldest local log segment were deleted; continuing from it',
      );
      return { position: segment.base };
    }
    const fileSize = (await segment.handle.stat()).size;
    const limit = this.options.readLimit?.();
    const size = limit === undefined ? fileSize : Math.min(fileSize, Math.max(0, limit - segment.base));
    const local = position - segment.base;
    if (fileSize < local) {
      // The segment was cut back (a torn tail removed after a crash, or a failed write rolled
      // back): what followed was never acknowledged, and new records start at the new end.
      this.logger.warn(
        { topic: this.options.topic, position, size: segment.base + fileSize },
        'segment shorter than the consumer position',
      );
      return { position: segment.base + fileSize };
    }
    if (size < local) return { position };
    if (local === size) {
      const next = segment.next ?? (await this.refreshNext(segment));
      return { position: next !== undefined && next === segment.base + size ? next : position };
    }
    const read = await readFrames(segment.handle, local, size, this.options.maxBatchRecords ?? 500);
    if (read.invalid && read.records.length === 0) this.noteInvalid(read.invalid);
    if (read.records.length === 0) return { position };
    const kept = withinBytes(read.records, local, this.options.maxBatchBytes);
    const next = kept.at(-1)?.end ?? read.next;
    const records = kept.map(({ record, offset }) => ({
      ...record,
      partition: 0,
      offset: String(segment.base + offset),
    }));
    return { position, batch: { records, next: segment.base + next } };
  }

  /** The segment holding `position` (or the oldest one, if it is older than all), opened. */
  private async segmentAt(position: number): Promise<OpenSegment | undefined> {
    const current = this.segment;
    if (current && position >= current.base && (current.next === undefined || position < current.next)) {
      return current;
    }
    const bases = await listSegments(this.options.dir, this.options.topic);
    let index = bases.findLastIndex((base) => base <= position);
    if (index < 0) index = 0;
    const base = bases[index];
    if (base === undefined) return undefined;
    await current?.handle.close();
    this.segment = undefined;
    let handle: FileHandle;
    try {
      handle = await open(join(this.dirPath, segmentFileName(base)), 'r');
    } catch (err) {
      // Deleted between listing and opening: the next poll lists again.
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
    this.segment = { base, handle, next: bases[index + 1] };
    return this.segment;
  }

  private async refreshNext(segment: OpenSegment): Promise<number | undefined> {
    const bases = await listSegments(this.options.dir, this.options.topic);
    segment.next = bases.find((base) => base > segment.base);
    return segment.next;
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
    try {
      await writeCommittedOffset(this.options.dir, this.options.topic, this.options.groupId, next);
      this.options.onCommitted?.(next);
    } catch (err) {
      // The batch is done; a lost commit only means it is delivered again after a restart.
      this.logger.error(
        { err: serializeError(err), topic: this.options.topic },
        'committing the consumer offset failed',
      );
    }
  }

  /** The position after the last record of the newest segment. */
  private async logEnd(): Promise<number> {
    const base = (await listSegments(this.options.dir, this.options.topic)).at(-1);
    if (base === undefined) return 0;
    const segment = await this.segmentAt(base);
    return segment ? segment.base + (await segment.handle.stat()).size : 0;
  }

  /** Waits `ms`; stop() ends any wait, notify() only a wait for new records. */
  private sleep(ms: number, forRecords = false): Promise<void> {
    if (forRecords && this.woken) {
      this.woken = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.wake = undefined;
        this.notified = undefined;
        if (forRecords) this.woken = false;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
      if (forRecords) this.notified = done;
    });
  }
}

/** The longest prefix of `records` (at least one) whose bytes from `from` stay within `maxBytes`. */
function withinBytes<T extends { end: number }>(
  records: T[],
  from: number,
  maxBytes: number | undefined,
): T[] {
  if (maxBytes === undefined) return records;
  const count = records.findIndex((record, i) => i > 0 && record.end - from > maxBytes);
  return count < 0 ? records : records.slice(0, count);
}
