/**
 * The local event log, the embedded default in place of Kafka: a directory holding one
 * append-only segment file per topic. Appends are group-committed: whatever is queued while
 * a write + fdatasync is in flight goes out together in one write and one fdatasync, and
 * every append resolves only after the fdatasync that covers it.
 */
import { constants } from 'node:fs';
import { type FileHandle, mkdir, open, readdir } from 'node:fs/promises';
import { type Logger, silentLogger } from '@proctor/logger';
import { type DirectoryLock, lockDirectory } from './local-log-lock';
import { encodeRecord } from './local-record-format';
import { isLogName, readFrames, segmentPath } from './local-segment';
import { type EventLogProducer, EventLogUnavailableError, type LogRecord } from './port';

const SEGMENT_FILE = /^(.+)\.log$/;

export interface LocalLogOptions {
  dir: string;
  logger?: Logger;
}

export interface LocalLogProducer extends EventLogProducer {
  /** fdatasync calls made so far: one per group commit. */
  readonly syncCount: number;
}

export async function createLocalLogProducer(options: LocalLogOptions): Promise<LocalLogProducer> {
  const logger = options.logger ?? silentLogger();
  try {
    await mkdir(options.dir, { recursive: true, mode: 0o700 });
  } catch (err) {
    throw new EventLogUnavailableError(`cannot create event log directory ${options.dir}`, { cause: err });
  }
  const lock = await lockDirectory(options.dir, logger);
  const log = new LocalLog(options.dir, lock, logger);
  try {
    await log.openExistingSegments();
  } catch (err) {
    await log.close();
    throw err;
  }
  return log;
}

class LocalLog implements LocalLogProducer {
  private readonly segments = new Map<string, Promise<SegmentWriter>>();
  private readonly sync = { count: 0 };
  private closed = false;

  constructor(
    private readonly dir: string,
    private readonly lock: DirectoryLock,
    private readonly logger: Logger,
  ) {}

  get syncCount(): number {
    return this.sync.count;
  }

  async append(topic: string, records: LogRecord[]): Promise<void> {
    if (this.closed) throw new EventLogUnavailableError('the local event log is closed');
    // Encoded before any await, so calls enter the segment's queue in the order they were made.
    const frames = records.map(encodeRecord);
    const writer = this.segment(topic);
    if (frames.length === 0) return;
    await (await writer).append(frames);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const writers = await Promise.allSettled(this.segments.values());
    for (const result of writers) {
      if (result.status === 'fulfilled') await result.value.close();
    }
    await this.lock.release();
  }

  /** Opens (and so recovers) every segment now, before any consumer reads a torn tail. */
  async openExistingSegments(): Promise<void> {
    const names = await readdir(this.dir);
    const topics = names.flatMap((name) => {
      const topic = SEGMENT_FILE.exec(name)?.[1];
      return topic && isLogName(topic) ? [topic] : [];
    });
    await Promise.all(topics.map((topic) => this.segment(topic)));
  }

  private segment(topic: string): Promise<SegmentWriter> {
    let writer = this.segments.get(topic);
    if (!writer) {
      writer = SegmentWriter.open(this.dir, topic, this.sync, this.logger);
      // A failed open is not cached: the next append tries again.
      writer.catch(() => this.segments.delete(topic));
      this.segments.set(topic, writer);
    }
    return writer;
  }
}

interface PendingAppend {
  frames: Buffer[];
  resolve: () => void;
  reject: (err: Error) => void;
}

class SegmentWriter {
  private pending: PendingAppend[] = [];
  private flushing: Promise<void> | undefined;
  /** Set when a failed write could not be rolled back: the tail is unknown, so nothing more is written. */
  private broken: Error | undefined;

  private constructor(
    private readonly topic: string,
    private readonly handle: FileHandle,
    private size: number,
    private readonly sync: { count: number },
  ) {}

  static async open(
    dir: string,
    topic: string,
    sync: { count: number },
    logger: Logger,
  ): Promise<SegmentWriter> {
    const path = segmentPath(dir, topic);
    let handle: FileHandle | undefined;
    try {
      // Not O_APPEND: writes go to the tracked end, which a torn tail was truncated to.
      handle = await open(path, constants.O_RDWR | constants.O_CREAT, 0o600);
      const size = await recoverTail(handle, topic, logger);
      // The segment's directory entry must be durable before any append is acknowledged.
      const dirHandle = await open(dir, 'r');
      await dirHandle.sync().finally(() => dirHandle.close());
      return new SegmentWriter(topic, handle, size, sync);
    } catch (err) {
      await handle?.close().catch(() => undefined);
      throw new EventLogUnavailableError(`cannot open the local event log segment of topic ${topic}`, {
        cause: err,
      });
    }
  }

  append(frames: Buffer[]): Promise<void> {
    if (this.broken) {
      return Promise.reject(
        new EventLogUnavailableError(`segment of topic ${this.topic} is unusable after a failed write`),
      );
    }
    return new Promise((resolve, reject) => {
      this.pending.push({ frames, resolve, reject });
      this.flushing ??= this.flushLoop();
    });
  }

  async close(): Promise<void> {
    await this.flushing;
    await this.handle.close();
  }

  private async flushLoop(): Promise<void> {
    while (this.pending.length > 0) {
      const group = this.pending;
      this.pending = [];
      await this.commit(group);
    }
    this.flushing = undefined;
  }

  private async commit(group: PendingAppend[]): Promise<void> {
    if (this.broken) {
      for (const append of group) append.reject(this.broken);
      return;
    }
    const data = Buffer.concat(group.flatMap((append) => append.frames));
    try {
      let written = 0;
      while (written < data.length) {
        const { bytesWritten } = await this.handle.write(
          data,
          written,
          data.length - written,
          this.size + written,
        );
        written += bytesWritten;
      }
      await this.handle.datasync();
      this.sync.count++;
      this.size += data.length;
    } catch (err) {
      await this.rollBack();
      const failure = new EventLogUnavailableError(
        `append to the local event log topic ${this.topic} failed`,
        {
          cause: err,
        },
      );
      for (const append of group) append.reject(failure);
      return;
    }
    for (const append of group) append.resolve();
  }

  /** Cuts a partly written group off, so no reader is served records that were never acknowledged. */
  private async rollBack(): Promise<void> {
    try {
      await this.handle.truncate(this.size);
      await this.handle.datasync();
    } catch (err) {
      this.broken = new EventLogUnavailableError(
        `segment of topic ${this.topic} is unusable after a failed write`,
        {
          cause: err,
        },
      );
    }
  }
}

/** Truncates a torn tail (a crash mid-write) away and returns the size of the valid prefix. */
async function recoverTail(handle: FileHandle, topic: string, logger: Logger): Promise<number> {
  const fileSize = (await handle.stat()).size;
  let pos = 0;
  for (;;) {
    const read = await readFrames(handle, pos, fileSize, 10_000);
    pos = read.next;
    if (read.invalid || pos >= fileSize) break;
  }
  if (pos < fileSize) {
    logger.warn(
      { topic, truncatedBytes: fileSize - pos, validBytes: pos },
      'local event log segment ends in a torn or corrupt record; truncating it',
    );
    await handle.truncate(pos);
    await handle.datasync();
  }
  return pos;
}
