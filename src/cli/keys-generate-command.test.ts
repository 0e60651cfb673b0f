import { stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  createPayloadOpener,
  createPayloadSealer,
  type PayloadRecipient,
  readPrivateKeyFile,
} from '@proctor/payload-crypto';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/harness';
import { runCaptured } from './captured-command';
import { runKeys } from './keys-generate-command';

const keys = (args: string[]) => runCaptured(runKeys, args);

describe('proctor keys generate', () => {
  it('--help names both key commands', async () => {
    const out = await keys(['--help']);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('proctor keys generate --private-out FILE');
    expect(out.stdout).toContain('proctor keys checkpoint generate|public');
  });

  it('writes a 0600 private key, prints the public key, and the two seal and open together', async () => {
    const dir = await tempDir('proctor-keys');
    const privateOut = join(dir, 'ingest.key.json');
    const publicOut = join(dir, 'ingest.pub.json');
    const out = await keys([
      'generate',
      '--private-out',
      privateOut,
      '--public-out',
      publicOut,
      '--key-id',
      'ingest-a',
    ]);
    expect(out.code).toBe(0);
    expect((await stat(privateOut)).mode & 0o777).toBe(0o600);
    const printed = JSON.parse(out.stdout) as PayloadRecipient;
    expect(printed.keyId).toBe('ingest-a');
    expect(printed.publicJwk).not.toHaveProperty('d');
    const sealer = createPayloadSealer({ recipients: [printed] });
    const opener = await createPayloadOpener({ privateKeys: [await readPrivateKeyFile(privateOut)] });
    const clear = Buffer.from('{"jsonrpc":"2.0","id":1,"result":{}}');
    expect(await opener.open(await sealer.seal('s', clear))).toEqual(clear);
  });

  it('refuses to replace a key and names bad options', async () => {
    const dir = await tempDir('proctor-keys');
    const existing = join(dir, 'taken.json');
    await writeFile(existing, '{}');
    const replaced = await keys(['generate', '--private-out', existing]);
    expect(replaced.code).toBe(1);
    expect(replaced.stderr).toMatch(/exists already/);
    expect((await keys(['generate'])).stderr).toMatch(/--private-out is required/);
    expect((await keys(['generate', '--private-out', join(dir, 'x'), '--type', 'dsa'])).code).toBe(2);
    expect((await keys(['rotate'])).stderr).toMatch(/unknown subcommand "rotate"/);
  });
});
