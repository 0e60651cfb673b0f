/**
 * Exclusive ownership of a local event log directory: two writers appending to the same
 * segment would interleave and corrupt it. The lock is a file created with O_EXCL holding
 * the owner's pid and host; a lock whose process is gone (a crash) is taken over.
 */
import { open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { Logger } from '@proctor/logger';
import { EventLogUnavailableError } from './port';

export const LOCK_FILE = 'LOCK';

export interface DirectoryLock {
  release(): Promise<void>;
}

interface LockOwner {
  pid: number;
  host: string;
}

export async function lockDirectory(dir: string, logger: Logger): Promise<DirectoryLock> {
  const path = join(dir, LOCK_FILE);
  const me: LockOwner = { pid: process.pid, host: hostname() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(JSON.stringify(me));
      await handle.sync();
      await handle.close();
      return { release: () => unlink(path).catch(() => undefined) };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new EventLogUnavailableError(`cannot create the lock file of event log ${dir}`, { cause: err });
      }
    }
    const owner = await readOwner(path);
    if (!owner && (await isFresh(path))) {
      // Another opener created the file and has not written its pid yet.
      throw new EventLogUnavailableError(
        `event log ${dir} is being locked by another process (lock file ${path})`,
      );
    }
    if (owner && (owner.host !== me.host || isAlive(owner.pid))) {
      throw new EventLogUnavailableError(
        `event log ${dir} is in use by process ${owner.pid} on ${owner.host} (lock file ${path}); ` +
          'stop that process, or remove the lock file if it is certain that no process uses the log',
      );
    }
    // The owner died without releasing (or crashed while writing the lock): take over.
    // Renaming first means only one of two racing openers removes this stale file.
    logger.warn({ dir, stalePid: owner?.pid }, 'taking over a stale event log lock');
    await rename(path, `${path}.stale.${process.pid}`)
      .then(() => unlink(`${path}.stale.${process.pid}`))
      .catch(() => undefined);
  }
  throw new EventLogUnavailableError(`event log ${dir} is being locked by another process`);
}

async function readOwner(path: string): Promise<LockOwner | undefined> {
  try {
    const parsed = JSON.parse(await readFile(path, 'utf8')) as Partial<LockOwner>;
    return typeof parsed.pid === 'number' && typeof parsed.host === 'string'
      ? { pid: parsed.pid, host: parsed.host }
      : undefined;
  } catch {
    return undefined;
  }
}

const FRESH_LOCK_MS = 10_000;

async function isFresh(path: string): Promise<boolean> {
  try {
    return Date.now() - (await stat(path)).mtimeMs < FRESH_LOCK_MS;
  } catch {
    return false;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
