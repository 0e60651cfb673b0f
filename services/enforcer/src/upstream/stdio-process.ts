import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { environmentCredentials, withoutCredentials } from './credential-echo';
import { LineDecoder, type LineItem } from './stdio-framing';

/** How to start one stdio MCP server. */
export interface StdioCommand {
  command: string;
  args: string[];
  /** Added to the small inherited environment (see baseEnvironment). */
  env: Record<string, string>;
  /** Names of gateway environment variables passed through unchanged (e.g. a server's API key). */
  inheritEnv: string[];
  cwd?: string | undefined;
  /** Longest stdout or stderr line accepted (bytes). */
  maxLineBytes: number;
  /** Time between SIGTERM and SIGKILL when stopping. */
  killGraceMs: number;
}

export type StdioExit = { code: number | null; signal: NodeJS.Signals | null } | { spawnError: string };

export interface StdioProcessHandlers {
  /** One complete stdout line (a JSON-RPC message, if the server behaves). */
  onStdoutLine(line: Buffer): void;
  onStderrLine(line: string): void;
  /** A line over the limit was dropped. */
  onOversizedLine(stream: 'stdout' | 'stderr', bytes: number): void;
  /** Called once, when the process is gone (or could not be started). */
  onExit(exit: StdioExit): void;
}

/** Variables every child gets from the gateway; nothing else crosses unless configured. */
const BASE_ENV = ['PATH', 'HOME', 'LANG', 'LC_ALL', 'TZ', 'TMPDIR', 'SHELL', 'USER'];

export function baseEnvironment(
  parent: NodeJS.ProcessEnv,
  command: Pick<StdioCommand, 'env' | 'inheritEnv'>,
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of [...BASE_ENV, ...command.inheritEnv]) {
    const value = parent[name];
    if (value !== undefined) env[name] = value;
  }
  return { ...env, ...command.env };
}

const EXIT_DRAIN_MS = 200;

/** Process groups still alive, killed synchronously if the gateway exits without stopping them. */
const liveGroups = new Set<number>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const pgid of liveGroups) signalGroup(pgid, 'SIGKILL');
  });
}

/**
 * One spawned stdio server, leader of its own process group (detached), so stopping it
 * also stops whatever it started. The gateway never inherits the child's output: stdout
 * is framed into messages, stderr into lines, both handed to the caller.
 */
export class StdioProcess {
  private readonly child: ChildProcessWithoutNullStreams;
  private exited = false;
  private exitReported = false;
  private readonly exitPromise: Promise<void>;
  private stopping: Promise<void> | null = null;
  private readonly secrets: string[] | null;

  constructor(
    private readonly command: StdioCommand,
    private readonly handlers: StdioProcessHandlers,
    parentEnv: NodeJS.ProcessEnv = process.env,
  ) {
    installExitHook();
    const env = baseEnvironment(parentEnv, command);
    // Secrets the server is given never come back out of it (see credential-echo.ts).
    this.secrets = environmentCredentials(env);
    this.child = spawn(command.command, command.args, {
      cwd: command.cwd,
      env,
      detached: true,
      stdio: ['pipe', 'pipe', 'pipe'],
      windowsHide: true,
    });
    const pid = this.child.pid;
    if (pid !== undefined) liveGroups.add(pid);
    let resolveExit: () => void = () => undefined;
    this.exitPromise = new Promise((resolve) => {
      resolveExit = resolve;
    });
    this.child.once('error', (err: NodeJS.ErrnoException) => {
      // Spawn failures (ENOENT, EACCES) arrive here; a process that never started has no 'close'.
      if (pid === undefined) {
        this.exited = true;
        this.reportExit({ spawnError: err.code ?? 'spawn failed' });
        resolveExit();
      }
    });
    const finish = (code: number | null, signal: NodeJS.Signals | null) => {
      if (this.exited) return;
      this.exited = true;
      this.reportExit({ code, signal });
      resolveExit();
    };
    // 'close' comes once stdout and stderr are drained, so a last answer written just before
    // exiting is still delivered; a grandchild holding the pipes open must not delay the exit
    // report, hence the short fallback after 'exit'.
    this.child.once('exit', (code, signal) => {
      setTimeout(() => finish(code, signal), EXIT_DRAIN_MS).unref();
    });
    this.child.once('close', finish);
    this.pipeLines('stdout', command.maxLineBytes);
    this.pipeLines('stderr', command.maxLineBytes);
    // EPIPE on a dead child's stdin is reported through 'close'; it must not crash the gateway.
    this.child.stdin.on('error', () => undefined);
  }

  /** Process id, which is also its process-group id. */
  get pid(): number | undefined {
    return this.child.pid;
  }

  get alive(): boolean {
    return !this.exited;
  }

  /** Writes one line to the server's stdin, respecting backpressure. */
  async write(line: Buffer): Promise<void> {
    if (this.exited || this.child.stdin.destroyed) throw new Error('the stdio server has exited');
    if (!this.child.stdin.write(line)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          this.child.stdin.off('drain', done);
          this.child.stdin.off('close', done);
          resolve();
        };
        this.child.stdin.on('drain', done);
        this.child.stdin.on('close', done);
      });
    }
  }

  /**
   * Stops the whole process group: closes stdin, sends SIGTERM to the group, waits up to the
   * grace period for every member to leave, then SIGKILLs the group. Resolves once the group
   * is gone (or the grace for SIGKILL also passed).
   */
  stop(): Promise<void> {
    this.stopping ??= this.stopGroup();
    return this.stopping;
  }

  private async stopGroup(): Promise<void> {
    const pgid = this.child.pid;
    this.child.stdin.end();
    if (pgid === undefined) return;
    signalGroup(pgid, 'SIGTERM');
    const termed = await waitUntil(() => this.exited && !groupAlive(pgid), this.command.killGraceMs);
    if (!termed) signalGroup(pgid, 'SIGKILL');
    await this.exitPromise;
    await waitUntil(() => !groupAlive(pgid), this.command.killGraceMs);
    liveGroups.delete(pgid);
  }

  private pipeLines(stream: 'stdout' | 'stderr', maxLineBytes: number): void {
    const decoder = new LineDecoder(maxLineBytes);
    const deliver = (items: LineItem[]) => {
      for (const item of items) {
        if (item.type === 'too_long') this.handlers.onOversizedLine(stream, item.bytes);
        else {
          const line = withoutCredentials(item.line, this.secrets);
          if (stream === 'stdout') this.handlers.onStdoutLine(line);
          else this.handlers.onStderrLine(line.toString('utf8'));
        }
      }
    };
    const source = this.child[stream];
    source.on('data', (chunk: Buffer) => deliver(decoder.push(chunk)));
    source.on('end', () => deliver(decoder.end()));
    source.on('error', () => undefined);
  }

  private reportExit(exit: StdioExit): void {
    if (this.exitReported) return;
    this.exitReported = true;
    this.handlers.onExit(exit);
  }
}

function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // ESRCH: the group is already gone.
  }
}

/**
 * True while a live process of the group exists. Signal 0 only checks; where /proc exists,
 * zombies (exited, waiting for a reaper that may never come) do not count.
 */
export function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  return livingMembers(pgid) !== 0;
}

/** Live members of a process group per /proc; -1 where /proc is unavailable. */
function livingMembers(pgid: number): number {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return -1;
  }
  let count = 0;
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'latin1');
    } catch {
      continue;
    }
    // Fields after the parenthesised command name: state, ppid, pgrp, …
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(fields[2]) === pgid && fields[0] !== 'Z') count += 1;
  }
  return count;
}

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return true;
}
