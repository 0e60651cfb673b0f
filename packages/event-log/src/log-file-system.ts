/**
 * The file operations the local log's writer performs, as a seam: tests count fdatasyncs and
 * inject faults (disk full, unwritable segment) without touching the real disk's behaviour.
 *
 * Writes are synchronous on purpose: a write(2) of a group into the page cache takes a few
 * microseconds, far less than a hop through libuv's thread pool, and once it returns the
 * record survives a kill -9 of the process (the `process` durability point). Only fdatasync,
 * which waits for the device, goes to the thread pool.
 */
import * as fs from 'node:fs';

export interface LogFileSystem {
  /** open(2); returns the descriptor. */
  open(path: string, flags: number, mode: number): number;
  /** pwrite(2); returns how many bytes were written (possibly fewer than asked). */
  write(fd: number, data: Buffer, offset: number, length: number, position: number): number;
  /** fdatasync(2), off the event loop. */
  datasync(fd: number): Promise<void>;
  truncate(fd: number, length: number): void;
  close(fd: number): void;
  /** Makes a directory's entries (a new or removed segment) durable. */
  syncDirectory(path: string): Promise<void>;
}

export const nodeFileSystem: LogFileSystem = {
  open: (path, flags, mode) => fs.openSync(path, flags, mode),
  write: (fd, data, offset, length, position) => fs.writeSync(fd, data, offset, length, position),
  datasync: (fd) =>
    new Promise((resolve, reject) => fs.fdatasync(fd, (err) => (err ? reject(err) : resolve()))),
  truncate: (fd, length) => fs.ftruncateSync(fd, length),
  close: (fd) => fs.closeSync(fd),
  async syncDirectory(path) {
    const handle = await fs.promises.open(path, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
};

/** The errno code of a failed file operation, for messages and health details. */
export function fileErrorCode(err: unknown): string {
  const code = (err as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : 'UNKNOWN';
}
