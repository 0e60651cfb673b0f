import { chmod, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  generatePayloadKeyPair,
  loadPayloadPrivateKeys,
  parseKeyDocument,
  publicKeyDocument,
  readPrivateKeyFile,
  readPublicKeyFile,
  writePrivateKeyFile,
} from './key-files';
import { createPayloadOpener } from './opener';
import { createPayloadSealer } from './sealer';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'proctor-payload-keys-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('payload key files', () => {
  it('writes the private key 0600, reads both halves back and they work together', async () => {
    const pair = await generatePayloadKeyPair({ now: new Date('2026-03-01T00:00:00Z') });
    expect(pair.keyId).toMatch(/^ingest-20260301-[A-Za-z0-9_-]{8}$/);
    expect(pair.publicJwk).not.toHaveProperty('d');
    const privatePath = join(dir, 'ingest.key.json');
    const publicPath = join(dir, 'ingest.pub.json');
    await writePrivateKeyFile(privatePath, pair);
    await writeFile(publicPath, JSON.stringify(publicKeyDocument(pair)));
    expect((await stat(privatePath)).mode & 0o777).toBe(0o600);
    const sealer = createPayloadSealer({ recipients: [await readPublicKeyFile(publicPath)] });
    const opener = await createPayloadOpener({ privateKeys: [await readPrivateKeyFile(privatePath)] });
    const clear = Buffer.from('{"jsonrpc":"2.0","id":1,"result":{}}');
    const sealed = await sealer.seal('s', clear);
    expect(await opener.open({ ...sealed })).toEqual(clear);
  });

  it('loads private keys from files and environment variables, naming a missing variable', async () => {
    const pair = await generatePayloadKeyPair({ keyId: 'from-file' });
    const path = join(dir, 'k.json');
    await writePrivateKeyFile(path, pair);
    const other = await generatePayloadKeyPair({ keyId: 'from-env' });
    const env = { INGEST_KEY: JSON.stringify({ keyId: other.keyId, privateJwk: other.privateJwk }) };
    const keys = await loadPayloadPrivateKeys(
      [{ privateKeyFile: path }, { privateKeyEnv: 'INGEST_KEY' }],
      env,
    );
    expect(keys.map((k) => k.keyId)).toEqual(['from-file', 'from-env']);
    await expect(loadPayloadPrivateKeys([{ privateKeyEnv: 'NOPE' }], env)).rejects.toThrow(
      'keys.payload.privateKeys.0.privateKeyEnv: environment variable NOPE is not set',
    );
  });

  it('refuses to overwrite a key file', async () => {
    const path = join(dir, 'k.json');
    await writePrivateKeyFile(path, await generatePayloadKeyPair());
    await expect(writePrivateKeyFile(path, await generatePayloadKeyPair())).rejects.toThrow(/exists already/);
  });

  it('refuses a private key file others can read, and names bad files', async () => {
    const path = join(dir, 'k.json');
    await writePrivateKeyFile(path, await generatePayloadKeyPair());
    await chmod(path, 0o644);
    await expect(readPrivateKeyFile(path)).rejects.toThrow(/accessible by other users/);
    await expect(readPrivateKeyFile(join(dir, 'missing.json'))).rejects.toThrow(/cannot read .*ENOENT/);
    expect(() => parseKeyDocument('{', 'PROCTOR_INGEST_KEY', 'privateJwk')).toThrow(
      /PROCTOR_INGEST_KEY is not JSON/,
    );
    expect(() => parseKeyDocument('{"keyId":""}', 'k.json', 'publicJwk')).toThrow(/must hold/);
  });
});
