/**
 * Appends to one topic of the local log. Group commit: appends made while the previous group
 * is being written (or, with `fsync`, synced) wait in a queue and go out together in one
 * write(2) from one pre-sized buffer, followed by one fdatasync with `fsync` durability. An
 * append resolves once its records reached the durability point; it is all or nothing.
 *
 * A failed write or sync is rolled back (the segment is cut back to the end of the last
 * acknowledged group), the group and every append queued behind it are rejected, and the
 * writer stays usable: the next append, or a probe while the log is idle, retries. Nothing
 * needs a restart once the cause (a full disk, an unwritable file) is gone.
 */
import { constants } from 'node:fs';
import { mkdir, open, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '@proctor/logger';
import { type MeasuredRecord, writeRecordInto } from './local-record-format';
import { legacySegmentPath, listSegments, readFrames, segmentFileName, topicDir } from './local-segment';
import { fileErrorCode, type LogFileSystem } from './log-file-system';
import { type Durability, EventLogUnavailableError } from './port';

export interface TopicWriterOptions {
  dir: string;
  topic: string;
  durability: Durability;
  segmentBytes: number;
  fileSystem: LogFileSystem;
  logger: Logger;
  /** Counts fdatasyncs of the whole log. */
  syncs: { count: number };
}

interface PendingAppend {
  records: MeasuredRecord[];
  bytes: number;
  resolve: () => void;
  reject: (err: Error) => void;
}

export interface WriterFault {
  code: string;
  since: number;
}

const CLEAN_MARKER = 'CLEAN';
const PROBE_FILE = 'PROBE';
/** The group buffer is kept between groups up to this size. */
const KEPT_BUFFER_BYTES = 4 * 1024 * 1024;

export class TopicWriter {
  private pending: PendingAppend[] = [];
  /** Bytes of the appends in `pending`. */
  private pendingBytes = 0;
  private scheduled = false;
  private syncing = false;
  /** Set after a failed write: bytes past `size` may hold part of a rejected group. */
  private needsRepair = false;
  private dirSyncPending = false;
  private buffer = Buffer.allocUnsafe(64 * 1024);
  private faultState: WriterFault | undefined;
  /** With `fsync`: the end position covered by the last successful fdatasync. */
  private syncedEnd = 0;
  private readonly flushNow = () => this.flush();

  private constructor(
    private readonly options: TopicWriterOptions,
    private readonly dirPath: string,
    /** Bases of the segments before the active one, ascending. */
    private readonly closed: number[],
    private base: number,
    private fd: number,
    /** Acknowledged bytes in the active segment. */
    private size: number,
  ) {}

  static async open(options: TopicWriterOptions): Promise<TopicWriter> {
    const { dir, topic, logger } = options;
    const dirPath = topicDir(dir, topic);
    await mkdir(dirPath, { recursive: true, mode: 0o700 });
    await adoptLegacyFile(dir, topic, dirPath, logger);
    const bases = await listSegments(dir, topic);
    const base = bases.pop() ?? 0;
    const path = join(dirPath, segmentFileName(base));
    const size = await recoverTail(path, dirPath, base, topic, logger);
    // The segment's directory entry must be durable before any append is acknowledged.
    await options.fileSystem.syncDirectory(dirPath);
    const fd = options.fileSystem.open(path, constants.O_RDWR | constants.O_CREAT, 0o600);
    return new TopicWriter(options, dirPath, bases, base, fd, size);
  }

  /** Log position after the last acknowledged record. */
  get end(): number {
    return this.base + this.size;
  }

  /** Log position after the last record whose append resolved (with `fsync`: that was synced). */
  get acknowledgedEnd(): number {
    return this.options.durability === 'process' || !this.syncing ? this.end : this.syncedEnd;
  }

  /** End plus what is queued: where the log would end if every queued append succeeded. */
  get queuedEnd(): number {
    return this.end + this.pendingBytes;
  }

  /** Log position of the oldest byte still on disk. */
  get start(): number {
    return this.closed[0] ?? this.base;
  }

  get fault(): WriterFault | undefined {
    return this.faultState;
  }

  append(records: MeasuredRecord[], bytes: number): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending.push({ records, bytes, resolve, reject });
      this.pendingBytes += bytes;
      if (!this.scheduled && !this.syncing) {
        this.scheduled = true;
        // A microtask later, so appends made in the same tick share the write.
        queueMicrotask(this.flushNow);
      }
    });
  }

  /**
   * Deletes the segments that end at or before `position` (never the active one).
   * Returns how many were deleted.
   */
  async deleteThrough(position: number): Promise<number> {
    let deleted = 0;
    while (this.closed.length > 0) {
      const base = this.closed[0] as number;
      const end = this.closed[1] ?? this.base;
      if (end > position) break;
      // Taken off the list before the await, so concurrent calls never handle one segment twice.
      this.closed.shift();
      try {
        await unlink(join(this.dirPath, segmentFileName(base)));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
          this.closed.unshift(base);
          throw err;
        }
      }
      deleted++;
    }
    return deleted;
  }

  /**
   * While faulted: repairs what a failed write left behind and checks that the directory
   * takes a small durable write again; clears the fault if so. Lets an idle log report
   * healthy again without waiting for traffic.
   */
  async probe(): Promise<void> {
    if (!this.faultState || this.syncing || this.scheduled) return;
    const fs = this.options.fileSystem;
    try {
      this.repair();
      const probe = join(this.dirPath, PROBE_FILE);
      const fd = fs.open(probe, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC, 0o600);
      try {
        const block = Buffer.alloc(4096);
        fs.write(fd, block, 0, block.length, 0);
        await fs.datasync(fd);
      } finally {
        fs.close(fd);
        await unlink(probe).catch(() => undefined);
      }
      this.faultState = undefined;
      this.options.logger.info({ topic: this.options.topic }, 'local event log writable again');
    } catch {
      // Still faulted; the next probe or append tries again.
    }
  }

  async close(): Promise<void> {
    while (this.scheduled || this.syncing || this.pending.length > 0) {
      if (!this.scheduled && !this.syncing) this.flush();
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    const fs = this.options.fileSystem;
    const clean = !this.faultState && !this.needsRepair;
    fs.close(this.fd);
    if (clean) {
      // Lets the next open skip scanning the active segment (see recoverTail).
      const marker = join(this.dirPath, CLEAN_MARKER);
      const handle = await open(`${marker}.tmp`, 'w', 0o600);
      await handle.writeFile(JSON.stringify({ base: this.base, size: this.size }));
      await handle.close();
      await rename(`${marker}.tmp`, marker);
    }
  }

  private flush(): void {
    this.scheduled = false;
    const group = this.pending;
    const bytes = this.pendingBytes;
    this.pending = [];
    this.pendingBytes = 0;
    if (group.length === 0) return;
    try {
      this.repair();
      if (this.size > 0 && this.size + bytes > this.options.segmentBytes) this.roll();
      this.writeGroup(group, bytes);
    } catch (err) {
      this.failGroup(err, group);
      return;
    }
    if (this.options.durability === 'process') {
      this.faultState = undefined;
      for (const append of group) append.resolve();
      return;
    }
    const groupStart = this.size - bytes;
    this.syncedEnd = this.base + groupStart;
    this.syncing = true;
    const syncDir = this.dirSyncPending;
    const fs = this.options.fileSystem;
    Promise.all([fs.datasync(this.fd), syncDir ? fs.syncDirectory(this.dirPath) : undefined]).then(
      () => {
        this.options.syncs.count++;
        if (syncDir) this.dirSyncPending = false;
        this.faultState = undefined;
        this.syncing = false;
        for (const append of group) append.resolve();
        this.flushQueued();
      },
      (err: unknown) => {
        this.syncing = false;
        // What failed to sync may or may not be on disk: cut it off, and fail everything
        // queued behind it too, so no later append lands after a rejected one.
        const queued = this.pending;
        this.pending = [];
        this.pendingBytes = 0;
        this.size = groupStart;
        this.failGroup(err, [...group, ...queued]);
        this.flushQueued();
      },
    );
  }

  private flushQueued(): void {
    if (this.pending.length > 0 && !this.scheduled) {
      this.scheduled = true;
      queueMicrotask(this.flushNow);
    }
  }

  private writeGroup(group: PendingAppend[], bytes: number): void {
    if (this.buffer.length < bytes) {
      this.buffer = Buffer.allocUnsafe(Math.max(bytes, this.buffer.length * 2));
    }
    const data = this.buffer;
    let at = 0;
    for (const append of group) {
      for (const record of append.records) at = writeRecordInto(data, at, record);
    }
    const fs = this.options.fileSystem;
    let written = 0;
    while (written < bytes) {
      // Marked first: if this write throws after an earlier partial one, the tail is unknown.
      this.needsRepair = true;
      written += fs.write(this.fd, data, written, bytes - written, this.size + written);
    }
    this.needsRepair = false;
    this.size += bytes;
    if (data.length > KEPT_BUFFER_BYTES) this.buffer = Buffer.allocUnsafe(64 * 1024);
  }

  /** Starts a new segment at the current end; the full one is kept until retention deletes it. */
  private roll(): void {
    const base = this.end;
    const path = join(this.dirPath, segmentFileName(base));
    const fs = this.options.fileSystem;
    // O_TRUNC: a file of this name can only be left from a roll that failed before any write.
    const fd = fs.open(path, constants.O_RDWR | constants.O_CREAT | constants.O_TRUNC, 0o600);
    fs.close(this.fd);
    this.closed.push(this.base);
    this.base = base;
    this.fd = fd;
    this.size = 0;
    this.dirSyncPending = this.options.durability === 'fsync';
  }

  /** Cuts the active segment back to its acknowledged size after a failed write. */
  private repair(): void {
    if (!this.needsRepair) return;
    this.options.fileSystem.truncate(this.fd, this.size);
    this.needsRepair = false;
  }

  /** Rejects a group whose bytes past `size` (if any reached the file) must be cut off. */
  private failGroup(err: unknown, group: PendingAppend[]): void {
    const code = fileErrorCode(err);
    this.needsRepair = true;
    try {
      this.repair();
    } catch {
      // Retried before the next write and by the probe.
    }
    if (!this.faultState) {
      this.faultState = { code, since: Date.now() };
      this.options.logger.error(
        { topic: this.options.topic, code },
        'append to the local event log failed; rejecting it and retrying with the next append',
      );
    } else {
      this.faultState.code = code;
    }
    const failure = new EventLogUnavailableError(
      `append to the local event log topic ${this.options.topic} failed (${code}); nothing of it was written`,
      { cause: err },
    );
    for (const append of group) append.reject(failure);
  }
}

/** A topic's file from before segments existed becomes its segment at position 0. */
async function adoptLegacyFile(dir: string, topic: string, dirPath: string, logger: Logger): Promise<void> {
  const legacy = legacySegmentPath(dir, topic);
  const target = join(dirPath, segmentFileName(0));
  try {
    await rename(legacy, target);
    logger.info({ topic }, 'moved the local event log file into its segment directory');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
}

/**
 * The size of the active segment's valid prefix. After a clean close the marker records it
 * and nothing is read; otherwise (a crash) the segment is scanned and a torn or corrupt tail
 * is truncated away. Only the active segment is ever scanned: full ones were never torn.
 */
async function recoverTail(
  path: string,
  dirPath: string,
  base: number,
  topic: string,
  logger: Logger,
): Promise<number> {
  const handle = await open(path, constants.O_RDWR | constants.O_CREAT, 0o600);
  try {
    const fileSize = (await handle.stat()).size;
    const marker = await readCleanMarker(join(dirPath, CLEAN_MARKER));
    if (marker && marker.base === base && marker.size === fileSize) return fileSize;
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
  } finally {
    await handle.close();
  }
}

/** Reads and removes the clean-close marker: it describes only the state right after close. */
async function readCleanMarker(path: string): Promise<{ base: number; size: number } | undefined> {
  try {
    const handle = await open(path, 'r');
    const text = await handle.readFile('utf8').finally(() => handle.close());
    await unlink(path);
    const parsed = JSON.parse(text) as { base?: unknown; size?: unknown };
    return typeof parsed.base === 'number' && typeof parsed.size === 'number'
      ? { base: parsed.base, size: parsed.size }
      : undefined;
  } catch {
    return undefined;
  }
}
