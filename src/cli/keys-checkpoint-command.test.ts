import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  buildCheckpoint,
  createCheckpointSigner,
  readCheckpointKeyFile,
  verifyCheckpoint,
} from '@proctor/integrity';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/harness';
import { runCaptured } from './captured-command';
import { runCheckpointKeys } from './keys-checkpoint-command';

const keys = (args: string[]) => runCaptured(runCheckpointKeys, args);

describe('proctor keys checkpoint', () => {
  it('generates a 0600 private key, prints the public key, and checkpoints signed with one verify with the other', async () => {
    const dir = await tempDir('proctor-checkpoint-keys');
    const out = join(dir, 'signing.json');
    const generated = await keys(['generate', '--out', out]);
    expect(generated.code).toBe(0);
    expect((await stat(out)).mode & 0o777).toBe(0o600);
    const publicJwk = JSON.parse(generated.stdout);
    expect(publicJwk).toMatchObject({ kty: 'OKP', crv: 'Ed25519' });
    expect(publicJwk.d).toBeUndefined();
    expect(generated.stdout).not.toContain(JSON.parse(await readFile(out, 'utf8')).d);

    const signer = await createCheckpointSigner((await readCheckpointKeyFile(out)).privateJwk);
    const statement = buildCheckpoint({
      issuer: 'i',
      scope: 's',
      eventCount: 1,
      issuedAt: 1,
      sessions: [],
      streams: [],
    });
    expect(await verifyCheckpoint(await signer.sign(statement), [publicJwk])).toEqual(statement);

    const shown = await keys(['public', '--key', out]);
    expect(JSON.parse(shown.stdout)).toEqual(publicJwk);
    const again = await keys(['generate', '--out', out]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/never replaced/);
  });

  it('answers a missing flag or an unknown verb with usage and exit 2', async () => {
    expect((await keys(['generate'])).code).toBe(2);
    expect((await keys(['rotate'])).stderr).toMatch(/unknown subcommand "rotate"/);
    expect((await keys([])).code).toBe(2);
  });
});
