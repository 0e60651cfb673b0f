/**
 * The upstream and the enforcer run in child processes, so the load generator never shares
 * an event loop with what it measures. A child prints one JSON line on stdout when it is
 * ready (`{"url": ...}`), logs to stderr, stops on SIGTERM, and stops by itself when its
 * stdin closes (which the kernel does however this process dies).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const RUN_TS = fileURLToPath(new URL('../bin/run-ts.mjs', import.meta.url));
const STDERR_TAIL_BYTES = 8 * 1024;

export interface ChildHandle {
  name: string;
  pid: number;
  /** The JSON object the child printed when it was ready. */
  ready: Record<string, unknown>;
  /**
   * User + system CPU time the child used so far, in ms, from its own process.cpuUsage(), and
   * the bytes it allocated on V8's heap (undefined from a child that does not count them).
   */
  usage(): Promise<ChildUsage | undefined>;
  /** The last few KB the child wrote to stderr. */
  stderrTail(): string;
  /** Whether the child exited before anyone asked it to. */
  exitedEarly(): boolean;
  /** SIGTERM, then SIGKILL once `graceMs` has passed; resolves when the child is gone. */
  stop(graceMs?: number): Promise<void>;
}

export interface ChildUsage {
  cpuMs: number;
  heapBytes: number | undefined;
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
  options: {
    readyTimeoutMs?: number;
    nodeArgs?: string[];
    cwd?: string;
    /** The checkout whose bin/run-ts.mjs loads the script (default: this one's). */
    root?: string;
  } = {},
): Promise<ChildHandle> {
  const runTs = options.root === undefined ? RUN_TS : join(options.root, 'bin', 'run-ts.mjs');
  const argv = [...(options.nodeArgs ?? []), runTs, script, ...args];
  // The IPC channel carries CPU-usage questions and answers (see child-lifecycle.ts).
  const child = spawn(process.execPath, argv, {
    stdio: ['pipe', 'pipe', 'pipe', 'ipc'],
    ...(options.cwd !== undefined && { cwd: options.cwd }),
  });
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
  child.on('error', () => undefined);

  let ready: Record<string, unknown>;
  try {
    // Generous: on a loaded machine an enforcer (a baseline's too) takes over 30 s to load its TypeScript.
    ready = await readyLine(child, exited, options.readyTimeoutMs ?? 120_000);
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
    usage: () => askUsage(child),
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

/** Asks the child for its process.cpuUsage() (microsecond resolution, unlike /proc's ticks) and heap allocation. */
function askUsage(child: ChildProcess): Promise<ChildUsage | undefined> {
  if (!child.connected) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const timer = setTimeout(() => finish(undefined), 2_000);
    const onMessage = (message: unknown) => {
      const answer = message as {
        cpu?: { user?: unknown; system?: unknown };
        heapAllocated?: unknown;
      } | null;
      const cpu = answer?.cpu;
      if (typeof cpu?.user === 'number' && typeof cpu.system === 'number') {
        const heapBytes = typeof answer?.heapAllocated === 'number' ? answer.heapAllocated : undefined;
        finish({ cpuMs: (cpu.user + cpu.system) / 1000, heapBytes });
      }
    };
    function finish(value: ChildUsage | undefined): void {
      clearTimeout(timer);
      child.off('message', onMessage);
      resolve(value);
    }
    child.on('message', onMessage);
    child.send('cpu-usage', (err) => {
      if (err) finish(undefined);
    });
  });
}
