import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../harness';

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real `proctor` command, bounded in time. */
function proctor(args: string[], env: Record<string, string> = {}, input?: string): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/proctor.mjs', ...args], {
      env: { ...process.env, KAFKA_BROKERS: '', REDIS_URL: '', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`proctor ${args.join(' ')} did not exit within 45 s; stderr: ${stderr}`));
    }, 45_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(input ?? '');
  });
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  await new Promise((r) => server.close(r));
  if (typeof address !== 'object' || address === null) throw new Error('no port');
  return address.port;
}

async function config(text: string): Promise<string> {
  const file = join(await tempDir('proctor-cli'), 'proctor.yaml');
  await writeFile(file, text);
  return file;
}

describe('proctor start-up errors name what is wrong', () => {
  it('an invalid config names the field and exits non-zero', async () => {
    const file = await config('enforcer:\n  listen:\n    port: seventy\n');
    const out = await proctor(['up', '--config', file]);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain('enforcer.listen.port');
  });

  it('a development issuer in a production config is refused', async () => {
    const file = await config('identity:\n  devIssuer:\n    enabled: true\n');
    const out = await proctor(['enforcer', '--config', file]);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain('identity.devIssuer.enabled');
  });

  it('an unreachable Kafka is named at start', async () => {
    const port = await closedPort();
    const file = await config('enforcer:\n  listen: { port: 0 }\n');
    const started = Date.now();
    const out = await proctor(['enforcer', '--config', file], { KAFKA_BROKERS: `127.0.0.1:${port}` });
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/Kafka/i);
    expect(out.stderr).toContain(`127.0.0.1:${port}`);
    expect(Date.now() - started).toBeLessThan(40_000);
  });

  it('an unreachable ClickHouse is named at start', async () => {
    const port = await closedPort();
    const file = await config('exporter:\n  listen: { port: 0 }\n');
    const out = await proctor(['exporter', '--config', file], {
      CLICKHOUSE_URL: `http://user:secret@127.0.0.1:${port}`,
    });
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/ClickHouse/);
    expect(out.stderr).toContain(`127.0.0.1:${port}`);
    expect(out.stderr).not.toContain('secret');
  });

  it('token refuses configs without the development issuer', async () => {
    const file = await config('tenant: t\n');
    const out = await proctor(['token', '--config', file, '--sub', 'alice@example.com']);
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/does not enable the development issuer/);
  });

  it('mask turns NDJSON into masked NDJSON, line for line', async () => {
    const input = [
      JSON.stringify({ note: 'call 555-010-1234 or write to pat@example.com' }),
      'not json 900-12-3456',
      JSON.stringify(['SSN 900-12-3456']),
    ].join('\n');
    const out = await proctor(['mask'], {}, `${input}\n`);
    const lines = out.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(out.stdout).not.toMatch(/555-010-1234|pat@example\.com|900-12-3456/);
    expect(JSON.parse(lines[0] ?? '')).toHaveProperty('note');
    expect(out.stderr).toContain('line 2 is not valid JSON');
    expect(out.code).toBe(1);
  });

  it('unknown commands print the help and exit 2', async () => {
    const out = await proctor(['frobnicate']);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('unknown command "frobnicate"');
  });
});
