import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEV_ISSUER, ensureDevIssuerKey } from '@proctor/identity';
import { createLocalJWKSet, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/harness';
import { runCaptured } from './captured-command';
import { runToken } from './token-command';

async function devConfig(): Promise<{ file: string; keyFile: string }> {
  const dir = await tempDir('proctor-token');
  const keyFile = join(dir, 'dev-issuer.json');
  const file = join(dir, 'proctor.yaml');
  await writeFile(
    file,
    [
      'mode: development',
      'identity:',
      '  maxTokenLifetimeSec: 7200',
      '  audience: proctor-dev',
      '  devIssuer:',
      '    enabled: true',
      `    keyFile: ${JSON.stringify(keyFile)}`,
      '',
    ].join('\n'),
  );
  return { file, keyFile };
}

describe('proctor token', () => {
  it('prints a development token the configured verifier accepts, for the subject and groups asked', async () => {
    const { file, keyFile } = await devConfig();
    const out = await runCaptured(runToken, [
      '--config',
      file,
      '--sub',
      'dr.avery@example.com',
      '--groups',
      'clinicians, auditors',
      '--ttl',
      '600',
    ]);
    expect(out.code).toBe(0);
    const key = await ensureDevIssuerKey(keyFile);
    const { payload } = await jwtVerify(out.stdout.trim(), createLocalJWKSet({ keys: [key.publicJwk] }), {
      issuer: DEV_ISSUER,
      audience: 'proctor-dev',
    });
    expect(payload).toMatchObject({ sub: 'dr.avery@example.com', groups: ['clinicians', 'auditors'] });
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(600);
  });

  it('refuses a lifetime the gateway would refuse, and names bad options', async () => {
    const { file } = await devConfig();
    const long = await runCaptured(runToken, ['--config', file, '--sub', 'a@example.com', '--ttl', '7201']);
    expect(long.code).toBe(2);
    expect(long.stderr).toContain('--ttl 7201 exceeds identity.maxTokenLifetimeSec (7200)');
    expect(long.stdout).toBe('');
    const bad = await runCaptured(runToken, ['--config', file, '--sub', 'a@example.com', '--ttl', '1.5']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--ttl must be a positive whole number');
    const noSub = await runCaptured(runToken, ['--config', file]);
    expect(noSub.code).toBe(2);
    expect(noSub.stderr).toContain('--sub is required');
  });
});
