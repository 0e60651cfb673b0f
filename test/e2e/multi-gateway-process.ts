import { type ChildProcess, spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REPO_ROOT } from '../fixtures/stdio-fixture-command';

/** `proctor enforcer` as a real child process. */
export interface GatewayProcess {
  /** Base URL, e.g. http://127.0.0.1:41234. */
  base: string;
  child: ChildProcess;
  /** What it wrote to stderr so far (its logs), for failure messages. */
  stderr(): string;
  /** kill -9: no shutdown steps run. */
  kill(): Promise<void>;
  /** SIGTERM, then waits for the exit. */
  stop(): Promise<void>;
}

/** Starts `proctor enforcer --config <file>` (or another service) and waits for its start-up summary. */
export async function startGatewayProcess(
  dir: string,
  name: string,
  configYaml: string,
  timeoutMs = 90_000,
  service: 'enforcer' | 'exporter' = 'enforcer',
): Promise<GatewayProcess> {
  const file = join(dir, `${name}.yaml`);
  await writeFile(file, configYaml);
  const child = spawn(process.execPath, [join(REPO_ROOT, 'bin/proctor.mjs'), service, '--config', file], {
    cwd: dir,
    // The config file says where everything is; nothing is taken from the test's environment.
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? dir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`gateway ${name} did not start within ${timeoutMs} ms; stderr: ${stderr}`));
    }, timeoutMs);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      const match = new RegExp(`${service}\\s+(http://[^\\s/]+)`).exec(stdout);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`gateway ${name} exited with ${code} before it started; stderr: ${stderr}`));
    });
  });
  return {
    base,
    child,
    stderr: () => stderr,
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      await exited;
    },
  };
}
