import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The contents of every file below `dir` (any depth), for reading back what a service left on disk. */
export async function filesUnder(dir: string): Promise<Buffer[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return Promise.all(entries.filter((e) => e.isFile()).map((e) => readFile(join(e.parentPath, e.name))));
}
