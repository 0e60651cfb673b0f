import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

describe('prepare pool shutdown', () => {
  // A worker thread that loaded libchdb (through an eager import of the audit store's client)
  // crashed the process when it exited: pool.close() ended in a segmentation fault.
  it('closes its workers and lets the process exit normally', () => {
    const run = spawnSync(
      process.execPath,
      ['bin/run-ts.mjs', 'services/ingest/src/testing/pool-open-close.ts'],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
    );
    expect({ status: run.status, signal: run.signal, stdout: run.stdout }).toEqual({
      status: 0,
      signal: null,
      stdout: 'closed\n',
    });
  });
});
