/**
 * `proctor export` writes what clients sent (tool names, user agents) to standard output: on a
 * terminal, escape sequences in them are shown as text, never acted on; a file or a pipe gets
 * the exact bytes.
 */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { removeChdbTestPath } from '@proctor/audit-store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  endedSession,
  startTestExporter,
  type TestExporter,
} from '../../services/exporter/src/testing-exporter';
import { tempDir } from '../harness';
import { runProctor } from '../harness/proctor-cli';

/** Clears the screen, rewrites the line and rings the bell. */
const TOOL = 'get_chart\u001b[2J\r\u001b[Kall clear\u0007';

let exporter: TestExporter;
let url = '';

beforeAll(async () => {
  exporter = await startTestExporter({ workers: false });
  await exporter.store.insertEvents(
    endedSession('s-tty', 'tenant-a', 1, 0).map((e) => (e.type === 'frame' ? { ...e, toolName: TOOL } : e)),
  );
  await exporter.app.listen({ host: '127.0.0.1', port: 0 });
  url = `http://127.0.0.1:${(exporter.app.server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await exporter?.close();
  removeChdbTestPath();
});

const EXPORT = ['export', 'records', 'events', '--session', 's-tty', '--format', 'csv', '--token', 'auditor'];

/** Runs proctor with its standard output on a terminal (a pseudo-terminal of `script`): what the terminal received. */
function onTerminal(args: string[]): Promise<string> {
  const command = [process.execPath, 'bin/proctor.mjs', ...args].map((a) => `'${a}'`).join(' ');
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-qec', command, '/dev/null'], {
      env: { ...process.env, KAFKA_BROKERS: '', REDIS_URL: '' },
    });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`exit ${code}: ${out}`))));
  });
}

describe('proctor export on a terminal', () => {
  it('shows the escape sequences of a tool name as text', async () => {
    const shown = await onTerminal([...EXPORT, '--url', url]);
    expect(shown).toContain('get_chart\\u{1b}[2J\\u{d}\\u{1b}[Kall clear\\u{7}');
    expect([...shown].filter((c) => ['\u001b', '\u0007', '\u009b'].includes(c))).toEqual([]);
  }, 60_000);

  it('writes the exact bytes to a file or a pipe', async () => {
    const file = join(await tempDir('export-tty'), 'events.csv');
    expect((await runProctor([...EXPORT, '--url', url, '--out', file])).code).toBe(0);
    expect(await readFile(file, 'utf8')).toContain(TOOL);
    expect((await runProctor([...EXPORT, '--url', url])).stdout).toContain(TOOL);
  }, 60_000);
});
