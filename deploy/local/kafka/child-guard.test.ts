import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { waitFor } from '../../../test/harness';
import { guardChild, stopChild } from './child-guard';

const runTs = fileURLToPath(new URL('../../../bin/run-ts.mjs', import.meta.url));
const fixture = fileURLToPath(new URL('./child-guard.fixture.ts', import.meta.url));

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('guardChild', () => {
  it('stops the child and removes its scratch dir when the parent is killed with SIGKILL', async () => {
    const parent = spawn(process.execPath, [runTs, fixture], { stdio: ['ignore', 'pipe', 'inherit'] });
    const line = await new Promise<string>((resolve) =>
      createInterface({ input: parent.stdout }).once('line', resolve),
    );
    const { pid, scratchDir } = JSON.parse(line) as { pid: number; scratchDir: string };
    expect(isRunning(pid)).toBe(true);
    expect(existsSync(scratchDir)).toBe(true);

    parent.kill('SIGKILL');
    await waitFor(async () => (!isRunning(pid) && !existsSync(scratchDir) ? true : undefined), {
      what: 'the orphaned child to be stopped and its scratch dir removed',
      timeoutMs: 10_000,
    });
  });

  it('leaves nothing behind and kills nothing extra when the parent stops the child itself', async () => {
    const child = spawn('sleep', ['300'], { stdio: 'ignore' });
    const guard = guardChild(child, { graceMs: 1_000 });
    await stopChild(child, 1_000);
    guard.release();
    expect(child.signalCode).toBe('SIGTERM');
  });

  it('stopChild escalates to SIGKILL when the child ignores SIGTERM', async () => {
    const child = spawn('sh', ['-c', 'trap "" TERM; exec sleep 300'], { stdio: 'ignore' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const startedAt = Date.now();
    await stopChild(child, 500);
    expect(child.signalCode).toBe('SIGKILL');
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(450);
  });
});
