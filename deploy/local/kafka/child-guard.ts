import { type ChildProcess, spawn } from 'node:child_process';
import type { Socket } from 'node:net';

/**
 * Runs in a small separate Node process beside a server we started (Kafka, Redis). It holds
 * the read end of a pipe from the parent; the kernel closes that pipe however the parent
 * dies (even SIGKILL), so end-of-file means "parent gone": the watchdog then stops the server
 * (SIGTERM, SIGKILL after a grace period) and removes its scratch directory. When the parent
 * stops the server itself it writes "exited" and the watchdog leaves quietly.
 */
const WATCHDOG_SOURCE = `
const { readFileSync, rmSync } = require('node:fs');
const [pidArg, dir, graceArg] = process.argv.slice(1);
const pid = Number(pidArg);
const graceMs = Number(graceArg);
let reaping = false;
function alive() {
  try {
    const stat = readFileSync('/proc/' + pid + '/stat', 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    try { process.kill(pid, 0); return true; } catch { return false; }
  }
}
function finish() {
  if (dir) { try { rmSync(dir, { recursive: true, force: true }); } catch {} }
  process.exit(0);
}
function reap() {
  if (reaping) return;
  reaping = true;
  if (!alive()) return finish();
  try { process.kill(pid, 'SIGTERM'); } catch {}
  const deadline = Date.now() + graceMs;
  const timer = setInterval(() => {
    if (!alive()) { clearInterval(timer); finish(); return; }
    if (Date.now() > deadline) {
      clearInterval(timer);
      try { process.kill(pid, 'SIGKILL'); } catch {}
      setTimeout(finish, 500);
    }
  }, 100);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => {});
process.stdin.on('data', (chunk) => { if (!reaping && String(chunk).includes('exited')) process.exit(0); });
process.stdin.on('end', reap);
process.stdin.on('error', reap);
process.stdin.resume();
`;

export interface ChildGuard {
  /** Tells the watchdog the child is gone (stopped by us), so it exits without touching anything. */
  release(): void;
}

/**
 * Makes sure `child` does not outlive this process: a detached watchdog stops it and deletes
 * `scratchDir` if this process dies without calling `release()`, and a synchronous SIGTERM on
 * a normal exit covers the case where nobody called stop().
 */
export function guardChild(
  child: ChildProcess,
  options: { scratchDir?: string; graceMs?: number } = {},
): ChildGuard {
  if (child.pid === undefined) throw new Error('cannot guard a child process that did not start');
  const pid = child.pid;
  const watchdog = spawn(
    process.execPath,
    ['-e', WATCHDOG_SOURCE, String(pid), options.scratchDir ?? '', String(options.graceMs ?? 10_000)],
    // Detached: a Ctrl-C delivered to our process group must not take the watchdog down
    // before it has cleaned up.
    { stdio: ['pipe', 'ignore', 'ignore'], detached: true },
  );
  watchdog.on('error', () => {});
  watchdog.stdin?.on('error', () => {});
  // Neither the watchdog nor its pipe may keep this process alive.
  watchdog.unref();
  (watchdog.stdin as unknown as Socket | null)?.unref();

  const onExit = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  };
  process.on('exit', onExit);

  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      process.off('exit', onExit);
      watchdog.stdin?.end('exited\n');
    },
  };
}

/** Resolves once `child` has exited (immediately if it already has). */
export function waitForExit(child: ChildProcess): Promise<void> {
  // A child that failed to spawn never emits 'exit'.
  if (child.pid === undefined) return Promise.resolve();
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** SIGTERM, then SIGKILL if the child is still running after `graceMs`. */
export async function stopChild(child: ChildProcess, graceMs: number): Promise<void> {
  const exited = waitForExit(child);
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'deadline'>((resolve) => {
    timer = setTimeout(() => resolve('deadline'), graceMs);
  });
  const outcome = await Promise.race([exited.then(() => 'exited' as const), deadline]);
  clearTimeout(timer);
  if (outcome === 'deadline') {
    child.kill('SIGKILL');
    await exited;
  }
}
