/**
 * The finished bundle files an exporter keeps for download. Without a bound, every bundle ever
 * built stayed on disk (a caller queueing bundles of a large session over and over filled it):
 * a file goes once its job is no longer kept (7 days), and the oldest go first once the files
 * together pass a size budget. The bundle just written always stays.
 */
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface BundleStorage {
  /** How long a bundle file is kept (default 7 days, as long as its finished job is kept). */
  keepMs: number;
  /** The most bytes the bundle files may take together (default 10 GiB). */
  maxBytes: number;
}

export const DEFAULT_BUNDLE_STORAGE: BundleStorage = {
  keepMs: 7 * 86_400_000,
  maxBytes: 10 * 1024 ** 3,
};

/** Removes the bundle files past their time, then the oldest beyond the budget, never `keep`. */
export async function sweepBundles(
  dir: string,
  storage: BundleStorage,
  keep: string,
  now = Date.now(),
): Promise<void> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.bundle'));
  const files = (
    await Promise.all(
      names.map(async (name) => {
        const path = join(dir, name);
        const found = await stat(path).catch(() => null);
        return found ? [{ path, size: found.size, time: found.mtimeMs }] : [];
      }),
    )
  )
    .flat()
    .sort((a, b) => b.time - a.time);
  let bytes = 0;
  for (const file of files) {
    if (file.path === keep) {
      bytes += file.size;
      continue;
    }
    if (now - file.time > storage.keepMs || bytes + file.size > storage.maxBytes) {
      await rm(file.path, { force: true });
    } else {
      bytes += file.size;
    }
  }
}
