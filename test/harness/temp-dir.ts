import { rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { harnessValue } from './env';
import { uniqueName } from './names';

const fallbackDirs: string[] = [];

/**
 * A fresh directory for one test. It lives under the run's temp root, which the global
 * teardown deletes, so cleanup happens even when a worker crashes. Without the global setup
 * the directory is removed when this process exits.
 */
export async function tempDir(prefix: string): Promise<string> {
  const root = harnessValue('testTempRoot');
  if (root) return mkdtemp(join(root, `${uniqueName(prefix)}-`));
  const dir = await mkdtemp(join(tmpdir(), `${uniqueName(prefix)}-`));
  if (fallbackDirs.length === 0) {
    process.once('exit', () => {
      for (const path of fallbackDirs) rmSync(path, { recursive: true, force: true });
    });
  }
  fallbackDirs.push(dir);
  return dir;
}
