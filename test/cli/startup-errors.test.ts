import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../harness';
import { runProctor } from '../harness/proctor-cli';

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
    const out = await runProctor(['up', '--config', file]);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain('enforcer.listen.port');
  });

  it('a development issuer in a production config is refused', async () => {
    const file = await config('identity:\n  devIssuer:\n    enabled: true\n');
    const out = await runProctor(['enforcer', '--config', file]);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain('identity.devIssuer.enabled');
  });

  it('an unreachable Kafka is named at start', async () => {
    const port = await closedPort();
    const file = await config('enforcer:\n  listen: { port: 0 }\n');
    const started = Date.now();
    const out = await runProctor(['enforcer', '--config', file], {
      env: { KAFKA_BROKERS: `127.0.0.1:${port}` },
    });
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/Kafka/i);
    expect(out.stderr).toContain(`127.0.0.1:${port}`);
    expect(Date.now() - started).toBeLessThan(40_000);
  });

  it('an unreachable ClickHouse is named at start', async () => {
    const port = await closedPort();
    const file = await config('exporter:\n  listen: { port: 0 }\n');
    const out = await runProctor(['exporter', '--config', file], {
      env: { CLICKHOUSE_URL: `http://user:secret@127.0.0.1:${port}` },
    });
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/ClickHouse/);
    expect(out.stderr).toContain(`127.0.0.1:${port}`);
    expect(out.stderr).not.toContain('secret');
  });

  it('token refuses configs without the development issuer', async () => {
    const file = await config('tenant: t\n');
    const out = await runProctor(['token', '--config', file, '--sub', 'alice@example.com']);
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/does not enable the development issuer/);
  });

  it('mask turns NDJSON into masked NDJSON, line for line', async () => {
    const input = [
      JSON.stringify({ note: 'call 555-010-1234 or write to pat@example.com' }),
      'not json 900-12-3456',
      JSON.stringify(['SSN 900-12-3456']),
    ].join('\n');
    const out = await runProctor(['mask'], { input: `${input}\n` });
    const lines = out.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(out.stdout).not.toMatch(/555-010-1234|pat@example\.com|900-12-3456/);
    expect(JSON.parse(lines[0] ?? '')).toHaveProperty('note');
    expect(out.stderr).toContain('line 2 is not valid JSON');
    expect(out.code).toBe(1);
  });

  it('unknown commands print the help and exit 2', async () => {
    const out = await runProctor(['frobnicate']);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('unknown command "frobnicate"');
  });
});
