import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { tempDir, uniqueName } from '../harness';
import { runProctor } from '../harness/proctor-cli';

/** An embedded store seeded by another process, and a config naming it and its checkpoint key. */
async function seededStore(flag?: '--tamper' | '--rotate', configExtra = ''): Promise<string> {
  const dir = await tempDir('verify-store-cli');
  const chdb = join(dir, 'chdb');
  const database = uniqueName('audit');
  const keyFile = join(dir, 'checkpoint.json');
  await promisify(execFile)(
    process.execPath,
    [
      'bin/run-ts.mjs',
      'test/cli/fixtures/seed-verify-store.ts',
      chdb,
      database,
      keyFile,
      ...(flag ? [flag] : []),
    ],
    { timeout: 120_000 },
  );
  const config = join(dir, 'proctor.yaml');
  await writeFile(
    config,
    `auditStore:\n  chdb:\n    path: ${chdb}\n  database: ${database}\ningest:\n  checkpoints:\n    keyFile: ${keyFile}\n${configExtra.replaceAll('KEY_FILE', keyFile)}`,
  );
  return config;
}

describe('proctor verify --store', () => {
  it('exits 0 for a clean store, checked against the configured checkpoint key', async () => {
    const config = await seededStore();
    const out = await runProctor(['verify', '--store', '--config', config], { timeoutMs: 120_000 });
    expect(out.stderr).toBe('');
    expect(out.stdout).toMatch(/OK — 2 session\(s\), 7 event\(s\), 1 valid checkpoint/);
    expect(out.code).toBe(0);
    // A reversed range would check nothing: it is refused, not reported clean.
    const reversed = await runProctor(
      ['verify', '--store', '--config', config, '--from', '2026-02-01', '--to', '2026-01-01'],
      { timeoutMs: 120_000 },
    );
    expect(reversed.stdout).toBe('');
    expect(reversed.stderr).toMatch(/--to must be after --from/);
    expect(reversed.code).toBe(1);
  }, 240_000);

  it('exits 1 and names the changed event', async () => {
    const config = await seededStore('--tamper');
    const out = await runProctor(['verify', '--store', '--config', config, '--json'], { timeoutMs: 120_000 });
    expect(out.code).toBe(1);
    const report = JSON.parse(out.stdout) as {
      ok: boolean;
      problems: { kind: string; sessionId?: string; seq?: number }[];
    };
    expect(report.ok).toBe(false);
    expect(report.problems).toContainEqual(
      expect.objectContaining({ kind: 'modified', sessionId: 's-two', seq: 1 }),
    );
  }, 240_000);

  it('after a key rotation, passes with the retired key configured and names the unknown key without it', async () => {
    const retired =
      '    retiredKeys:\n      - file: KEY_FILE.retired\n        signedUntil: 2026-06-01T00:00:00Z\n';
    const rotated = await seededStore('--rotate', retired);
    const out = await runProctor(['verify', '--store', '--config', rotated], { timeoutMs: 120_000 });
    expect(out.stderr).toBe('');
    expect(out.stdout).toMatch(/OK — 2 session\(s\), 7 event\(s\), 2 valid checkpoint/);
    expect(out.code).toBe(0);

    const forgotten = await seededStore('--rotate');
    const failed = await runProctor(['verify', '--store', '--config', forgotten, '--json'], {
      timeoutMs: 120_000,
    });
    expect(failed.code).toBe(1);
    const report = JSON.parse(failed.stdout) as { problems: { kind: string; detail: string }[] };
    // Only the retired key's checkpoint fails; the current key's still verifies.
    expect(report.problems).toEqual([
      {
        kind: 'checkpoint_invalid',
        detail: expect.stringMatching(
          /^checkpoint cp-before-rotation: checkpoint signed by unknown key \S+: neither the current nor a retired/,
        ),
      },
    ]);
  }, 480_000);
});
