import { type ChildProcess, spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REPO_ROOT } from '../fixtures/stdio-fixture-command';
import { kafkaBrokers, redisUrl } from '../harness';

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

/** What differs between the gateways of one shared deployment under test. */
export interface SharedDeployment {
  tenant: string;
  /** Directory for each gateway's state (a sub-directory per gateway id). */
  dir: string;
  /** The development issuer's key file. */
  keyFile: string;
  connections: unknown[];
  /** enforcer.stateless.requestStateKeys: every gateway seals and opens with the same ones. */
  stateKey: string;
  topics: Record<string, string>;
  /** sessions.keyPrefix in the shared Redis. */
  keyPrefix: string;
  /** Other top-level settings (e.g. a policy). */
  extra?: Record<string, unknown>;
}

/**
 * The config of one gateway of a deployment whose gateways share Kafka (no spool) and the
 * Redis session store: the same issuer, connections and sealing keys, each its own id and state.
 */
export function sharedGatewayConfig(deployment: SharedDeployment, gatewayId: string): string {
  return JSON.stringify({
    mode: 'development',
    tenant: deployment.tenant,
    gatewayId,
    log: { level: 'warn' },
    identity: { audience: 'proctor', devIssuer: { enabled: true, keyFile: deployment.keyFile } },
    enforcer: {
      listen: { host: '127.0.0.1', port: 0 },
      stateDir: join(deployment.dir, gatewayId),
      connections: deployment.connections,
      stateless: { requestStateKeys: [deployment.stateKey] },
    },
    ...deployment.extra,
    eventLog: {
      kafka: { brokers: kafkaBrokers(), clientId: gatewayId, topics: deployment.topics },
      spool: { enabled: false },
    },
    sessions: { redisUrl: redisUrl(), keyPrefix: deployment.keyPrefix },
  });
}
