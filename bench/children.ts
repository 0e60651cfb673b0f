/**
 * The upstream and the enforcer run in child processes, so the load generator never shares
 * an event loop with what it measures. A child prints one JSON line on stdout when it is
 * ready (`{"url": ...}`), logs to stderr, stops on SIGTERM, and stops by itself when its
 * stdin closes (which the kernel does however this process dies).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const RUN_TS = fileURLToPath(new URL('../bin/run-ts.mjs', import.meta.url));
const STDERR_TAIL_BYTES = 8 * 1024;
/** Linux reports process CPU time in clock ticks of 1/100 s (USER_HZ). */
const USER_HZ = 100;

export interface ChildHandle {
  name: string;
  pid: number;
  /** The JSON object the child printed when it was ready. */
  ready: Record<string, unknown>;
  /** User + system CPU time the child used so far, in ms (undefined where /proc is missing). */
  cpuMs(): number | undefined;
  /** The last few KB the child wrote to stderr. */
  stderrTail(): string;
  /** Whether the child exited before anyone asked it to. */
  exitedEarly(): boolean;
  /** SIGTERM, then SIGKILL once `graceMs` has passed; resolves when the child is gone. */
  stop(graceMs?: number): Promise<void>;
}

const running = new Set<ChildProcess>();

// Last resort, synchronous: whatever path leads to exit, no child outlives this process.
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export async function startChild(
  name: string,
  script: string,
  args: string[],
  options: { readyTimeoutMs?: number; nodeArgs?: string[] } = {},
): Promise<ChildHandle> {
  const argv = [...(options.nodeArgs ?? []), RUN_TS, script, ...args];
  const child = spawn(process.execPath, argv, { stdio: ['pipe', 'pipe', 'pipe'] });
  if (child.pid === undefined) throw new Error(`${name}: could not start a child process`);
  const pid = child.pid;
  running.add(child);
  let stopping = false;
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-STDERR_TAIL_BYTES);
  });
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => {
      running.delete(child);
      resolve();
    });
  });
  child.stdin?.on('error', () => undefined);

  let ready: Record<string, unknown>;
  try {
    ready = await readyLine(child, exited, options.readyTimeoutMs ?? 30_000);
  } catch (err) {
    child.kill('SIGKILL');
    await exited;
    const tail = stderr.trim();
    throw new Error(`${name} did not start: ${(err as Error).message}${tail ? `\n${tail}` : ''}`);
  }

  return {
    name,
    pid,
    ready,
    cpuMs: () => cpuMsOf(pid),
    stderrTail: () => stderr,
    exitedEarly: () => !stopping && !running.has(child),
    async stop(graceMs = 5_000) {
      stopping = true;
      if (!running.has(child)) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

function readyLine(
  child: ChildProcess,
  exited: Promise<void>,
  timeoutMs: number,
): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    let buffered: string | undefined = '';
    const timer = setTimeout(() => reject(new Error(`no ready line within ${timeoutMs} ms`)), timeoutMs);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`exited (code ${child.exitCode ?? child.signalCode})`));
    });
    // Anything after the ready line is drained and dropped, so the pipe never fills up.
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      if (buffered === undefined) return;
      buffered += chunk;
      const end = buffered.indexOf('\n');
      if (end < 0) return;
      const line = buffered.slice(0, end);
      buffered = undefined;
      clearTimeout(timer);
      try {
        resolve(JSON.parse(line) as Record<string, unknown>);
      } catch {
        reject(new Error('the ready line is not JSON'));
      }
    });
  });
}

function cpuMsOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may contain spaces): state is field 3, utime 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / USER_HZ;
  } catch {
    return undefined;
  }
}
