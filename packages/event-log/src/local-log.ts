/**
 * The local event log: the embedded default in place of Kafka, and the spool in front of it.
 * A directory of topics, each a sequence of segments (see local-segment.ts), written by one
 * process at a time (see local-log-lock.ts). Appends are group-committed per topic (see
 * topic-writer.ts) with the configured durability: `process` resolves once write(2)
 * returned (the record survives a kill -9 of this process), `fsync` once fdatasync returned
 * (it survives power loss).
 *
 * Retention: with `retainUntilConsumedBy`, a full segment is deleted as soon as every one of
 * those consumer groups committed an offset past its end (ingest's group in the embedded
 * mode, the Kafka shipper in front of Kafka). With `maxUnconsumedBytes`, an append that would
 * leave more unconsumed bytes than that is refused with EventLogFullError.
 */
import { mkdir } from 'node:fs/promises';
import { type Logger, serializeError, silentLogger } from '@proctor/logger';
import { type DirectoryLock, lockDirectory } from './local-log-lock';
import { type MeasuredRecord, measureRecord } from './local-record-format';
import { assertLogName, listTopics, readCommittedOffset } from './local-segment';
import { type LogFileSystem, nodeFileSystem } from './log-file-system';
import {
  type Durability,
  EventLogFullError,
  type EventLogHealth,
  type EventLogProducer,
  EventLogUnavailableError,
  type LogRecord,
} from './port';
import { TopicWriter } from './topic-writer';

export const DEFAULT_SEGMENT_BYTES = 64 * 1024 * 1024;

export interface LocalLogOptions {
  dir: string;
  logger?: Logger;
  /** Default `fsync`. */
  durability?: Durability;
  /** A segment is closed and a new one started once it would grow past this (default 64 MiB). */
  segmentBytes?: number;
  /** Consumer groups whose committed offsets hold segments back from deletion. */
  retainUntilConsumedBy?: readonly string[];
  /**
   * Groups that also hold deletion back, once they committed an offset for the topic, without
   * counting as unconsumed bytes (the gateway's crash-recovery checkpoint, a second behind).
   */
  holdDeletionFor?: readonly string[];
  /** Appends fail with EventLogFullError beyond this many bytes not yet consumed (by all groups). */
  maxUnconsumedBytes?: number;
  /** How often committed offsets are re-read and a faulted disk is probed (default 1 s). */
  maintenanceIntervalMs?: number;
  /** The file operations of the writers; tests inject faults and count syncs here. */
  fileSystem?: LogFileSystem;
}

export interface LocalLogProducer extends EventLogProducer {
  /** fdatasync calls made so far: one per group commit with `fsync` durability. */
  readonly syncCount: number;
  health(): EventLogHealth;
  /** An in-process consumer of a retention group reports its commit (no need to wait for the timer). */
  noteConsumed(topic: string, groupId: string, position: number): void;
  /** Bytes appended but not yet consumed by every retention group, of one topic or of all. */
  unconsumedBytes(topic?: string): number;
  /** Position after the last acknowledged record of a topic (undefined before it is opened). */
  acknowledgedEnd(topic: string): number | undefined;
  /** The topics opened so far (the ones with records, and any appended to since). */
  topics(): string[];
  /** Re-reads committed offsets, deletes consumed segments and probes a faulted disk now. */
  maintain(): Promise<void>;
}

export async function createLocalLogProducer(options: LocalLogOptions): Promise<LocalLogProducer> {
  const logger = options.logger ?? silentLogger();
  try {
    await mkdir(options.dir, { recursive: true, mode: 0o700 });
  } catch (err) {
    throw new EventLogUnavailableError(`cannot create event log directory ${options.dir}`, { cause: err });
  }
  const lock = await lockDirectory(options.dir, logger);
  const log = new LocalLog(options, lock, logger);
  try {
    await log.openExistingTopics();
    await log.maintain();
  } catch (err) {
    await log.close();
    throw err;
  }
  log.startMaintenance();
  return log;
}

class LocalLog implements LocalLogProducer {
  private readonly writers = new Map<string, Promise<TopicWriter>>();
  /** Opened writers, for synchronous reads (health, the size check). */
  private readonly opened = new Map<string, TopicWriter>();
  /** topic → group → committed position. */
  private readonly consumed = new Map<string, Map<string, number>>();
  private readonly syncs = { count: 0 };
  private readonly durability: Durability;
  private readonly segmentBytes: number;
  private readonly fileSystem: LogFileSystem;
  private readonly groups: readonly string[];
  private readonly holds: readonly string[];
  /** Appends waiting for their topic's writer to open; later appends queue behind them. */
  private waitingForOpen = 0;
  private timer: NodeJS.Timeout | undefined;
  private maintaining: Promise<void> | undefined;
  private closed = false;

  constructor(
    private readonly options: LocalLogOptions,
    private readonly lock: DirectoryLock,
    private readonly logger: Logger,
  ) {
    this.durability = options.durability ?? 'fsync';
    this.segmentBytes = options.segmentBytes ?? DEFAULT_SEGMENT_BYTES;
    this.fileSystem = options.fileSystem ?? nodeFileSystem;
    this.groups = options.retainUntilConsumedBy ?? [];
    this.holds = options.holdDeletionFor ?? [];
  }

  get syncCount(): number {
    return this.syncs.count;
  }

  append(topic: string, records: LogRecord[]): Promise<void> {
    if (this.closed) return Promise.reject(new EventLogUnavailableError('the local event log is closed'));
    let measured: MeasuredRecord[];
    let bytes = 0;
    try {
      assertLogName('topic', topic);
      measured = records.map(measureRecord);
    } catch (err) {
      return Promise.reject(err);
    }
    if (measured.length === 0) return Promise.resolve();
    for (const record of measured) bytes += record.size;
    const max = this.options.maxUnconsumedBytes;
    if (max !== undefined && this.unconsumedBytes() + bytes > max) {
      return Promise.reject(
        new EventLogFullError(
          `the spool holds ${this.unconsumedBytes()} bytes not yet shipped, and ${bytes} more would pass its maximum of ${max}`,
        ),
      );
    }
    const writer = this.opened.get(topic);
    // Appended synchronously when the writer is open, so calls keep the order they were made in.
    if (writer && this.waitingForOpen === 0) return writer.append(measured, bytes);
    this.waitingForOpen++;
    return this.writer(topic).then(
      (opened) => {
        this.waitingForOpen--;
        return opened.append(measured, bytes);
      },
      (err: unknown) => {
        this.waitingForOpen--;
        throw err;
      },
    );
  }

  health(): EventLogHealth {
    const faults = [...this.opened].flatMap(([topic, writer]) =>
      writer.fault ? [{ topic, ...writer.fault }] : [],
    );
    const max = this.options.maxUnconsumedBytes;
    const unconsumed = this.unconsumedBytes();
    const facts: Record<string, number | string> = {
      unconsumedBytes: unconsumed,
      durability: this.durability,
    };
    if (this.closed) return { ok: false, detail: 'the local event log is closed', facts };
    const fault = faults[0];
    if (fault) {
      return {
        ok: false,
        detail: `appends to ${fault.topic} fail (${fault.code}) since ${new Date(fault.since).toISOString()}`,
        facts: { ...facts, failure: fault.code },
      };
    }
    // Full a little before the last byte: a gateway that can take only tiny records is not ready.
    if (max !== undefined && max - unconsumed < Math.min(1024 * 1024, max / 16)) {
      return { ok: false, detail: `full: ${unconsumed} bytes not yet shipped (maximum ${max})`, facts };
    }
    return { ok: true, detail: `local log writable (${this.durability})`, facts };
  }

  noteConsumed(topic: string, groupId: string, position: number): void {
    if (!this.groups.includes(groupId) && !this.holds.includes(groupId)) return;
    let byGroup = this.consumed.get(topic);
    if (!byGroup) {
      byGroup = new Map();
      this.consumed.set(topic, byGroup);
    }
    byGroup.set(groupId, Math.max(position, byGroup.get(groupId) ?? 0));
    const writer = this.opened.get(topic);
    const through = this.deletableThrough(topic);
    if (writer && through !== undefined) void this.deleteThrough(topic, writer, through);
  }

  acknowledgedEnd(topic: string): number | undefined {
    return this.opened.get(topic)?.acknowledgedEnd;
  }

  topics(): string[] {
    return [...this.opened.keys()];
  }

  unconsumedBytes(only?: string): number {
    let total = 0;
    for (const [topic, writer] of this.opened) {
      if (only !== undefined && topic !== only) continue;
      const through = this.consumedThrough(topic) ?? 0;
      total += Math.max(0, writer.queuedEnd - Math.max(through, writer.start));
    }
    return total;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.timer);
    await this.maintaining;
    const writers = await Promise.allSettled(this.writers.values());
    for (const result of writers) {
      if (result.status === 'fulfilled') await result.value.close();
    }
    await this.lock.release();
  }

  /** Opens (and so recovers) every topic now, before any consumer reads a torn tail. */
  async openExistingTopics(): Promise<void> {
    const topics = await listTopics(this.options.dir);
    await Promise.all(topics.map((topic) => this.writer(topic)));
  }

  startMaintenance(): void {
    this.timer = setInterval(() => void this.maintain(), this.options.maintenanceIntervalMs ?? 1_000);
    this.timer.unref();
  }

  maintain(): Promise<void> {
    this.maintaining ??= this.runMaintenance().finally(() => {
      this.maintaining = undefined;
    });
    return this.maintaining;
  }

  private async runMaintenance(): Promise<void> {
    for (const [topic, writer] of this.opened) {
      try {
        // Holds first: a retention group's commit deletes at once, up to the holds known.
        for (const group of [...this.holds, ...this.groups]) {
          const offset = await readCommittedOffset(this.options.dir, topic, group);
          if (offset !== undefined) this.noteConsumed(topic, group, offset);
        }
        await writer.probe();
      } catch (err) {
        this.logger.error({ err: serializeError(err), topic }, 'local event log maintenance failed');
      }
    }
  }

  /** Where deletion may go: what every retention group consumed, and no further than a committed hold. */
  private deletableThrough(topic: string): number | undefined {
    const through = this.consumedThrough(topic);
    if (through === undefined) return undefined;
    let min = through;
    for (const group of this.holds) {
      const held = this.consumed.get(topic)?.get(group);
      if (held !== undefined) min = Math.min(min, held);
    }
    return min;
  }

  /** The position every retention group has consumed, or undefined when one has not started. */
  private consumedThrough(topic: string): number | undefined {
    if (this.groups.length === 0) return undefined;
    const byGroup = this.consumed.get(topic);
    let min: number | undefined;
    for (const group of this.groups) {
      const position = byGroup?.get(group);
      if (position === undefined) return undefined;
      min = min === undefined ? position : Math.min(min, position);
    }
    return min;
  }

  private async deleteThrough(topic: string, writer: TopicWriter, position: number): Promise<void> {
    try {
      const deleted = await writer.deleteThrough(position);
      if (deleted > 0) this.logger.debug({ topic, deleted }, 'deleted consumed local event log segments');
    } catch (err) {
      this.logger.error({ err: serializeError(err), topic }, 'deleting consumed segments failed');
    }
  }

  private writer(topic: string): Promise<TopicWriter> {
    let writer = this.writers.get(topic);
    if (!writer) {
      writer = TopicWriter.open({
        dir: this.options.dir,
        topic,
        durability: this.durability,
        segmentBytes: this.segmentBytes,
        fileSystem: this.fileSystem,
        logger: this.logger,
        syncs: this.syncs,
      }).then(
        (opened) => {
          this.opened.set(topic, opened);
          return opened;
        },
        (err: unknown) => {
          // A failed open is not cached: the next append tries again.
          this.writers.delete(topic);
          throw new EventLogUnavailableError(`cannot open the local event log topic ${topic}`, {
            cause: err,
          });
        },
      );
      this.writers.set(topic, writer);
    }
    return writer;
  }
}
