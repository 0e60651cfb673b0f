import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';

export interface CliOutcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real `proctor` command to completion, bounded in time. */
export function runProctor(
  args: string[],
  options: { env?: Record<string, string>; input?: string; timeoutMs?: number } = {},
): Promise<CliOutcome> {
  return new Promise((resolve, reject) => {
    const child = startProctor(args, options.env);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    const timeoutMs = options.timeoutMs ?? 45_000;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`proctor ${args.join(' ')} did not exit within ${timeoutMs} ms; stderr: ${stderr}`));
    }, timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(options.input ?? '');
  });
}

/** Starts the real `proctor` command and leaves it running (the caller stops it). */
export function startProctor(
  args: string[],
  env: Record<string, string> = {},
): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ['bin/proctor.mjs', ...args], {
    env: { ...process.env, KAFKA_BROKERS: '', REDIS_URL: '', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

/** Resolves with the first stdout line that matches, or rejects when the process exits first. */
export function waitForLine(
  child: ChildProcessWithoutNullStreams,
  pattern: RegExp,
  timeoutMs = 30_000,
): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(
      () => reject(new Error(`no line matching ${pattern} within ${timeoutMs} ms`)),
      timeoutMs,
    );
    child.stdout.on('data', (d) => {
      buffered += d;
      const match = pattern.exec(buffered);
      if (match) {
        clearTimeout(timer);
        resolve(match);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`proctor exited with ${code} before printing ${pattern}`));
    });
  });
}
