// Compiled TypeScript on disk, so a process that starts again (the `proctor` command, a script)
// does not compile, or even start esbuild, for files it compiled before. Entries are named by a
// digest of everything that determines the output, so one is never stale. The directory must be
// this user's own and closed to everyone else (another user could otherwise plant code in it);
// when it is not, or the platform has no user ids, nothing is cached on disk.
import { randomUUID } from 'node:crypto';
import { lstat, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * @typedef {{ get(key: string): Promise<string | undefined>, set(key: string, code: string): Promise<void> }} DiskCache
 */

/** @returns {Promise<DiskCache | undefined>} */
export async function openDiskCache() {
  if (typeof process.getuid !== 'function') return undefined;
  const uid = process.getuid();
  const dir = join(tmpdir(), `proctor-ts-${uid}`);
  try {
    await mkdir(dir, { mode: 0o700, recursive: true });
    const stat = await lstat(dir);
    if (!stat.isDirectory() || stat.uid !== uid || (stat.mode & 0o077) !== 0) return undefined;
  } catch {
    return undefined;
  }
  return {
    async get(key) {
      return readFile(join(dir, `${key}.mjs`), 'utf8').catch(() => undefined);
    },
    async set(key, code) {
      // Written aside, then renamed: a concurrent reader sees the whole entry or none.
      const part = join(dir, `${key}.${randomUUID()}.part`);
      try {
        await writeFile(part, code, { mode: 0o600 });
        await rename(part, join(dir, `${key}.mjs`));
      } catch {
        await rm(part, { force: true }).catch(() => undefined);
      }
    },
  };
}
