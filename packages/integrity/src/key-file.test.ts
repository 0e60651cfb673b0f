import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCheckpoint, createCheckpointSigner, verifyCheckpoint } from './checkpoint';
import { loadOrCreateCheckpointKey, readCheckpointKeyFile } from './key-file';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'proctor-integrity-key-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('checkpoint key file', () => {
  it('creates a private key with mode 0600 once, then reuses it', async () => {
    const path = join(dir, 'keys', 'signing.json');
    const first = await loadOrCreateCheckpointKey(path);
    expect(first.created).toBe(true);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    const again = await loadOrCreateCheckpointKey(path);
    expect(again).toMatchObject({ created: false, keyId: first.keyId, publicJwk: first.publicJwk });
    const signer = await createCheckpointSigner(again.privateJwk);
    const statement = buildCheckpoint({
      issuer: 'i',
      scope: 's',
      eventCount: 0,
      issuedAt: 1,
      sessions: [],
      streams: [],
    });
    expect(await verifyCheckpoint(await signer.sign(statement), [first.publicJwk])).toEqual(statement);
    expect(JSON.parse(await readFile(path, 'utf8')).d).toBeTypeOf('string');
  });

  it('refuses a file that is not a private Ed25519 JWK, without printing it', async () => {
    const path = join(dir, 'bad.json');
    await writeFile(path, JSON.stringify({ kty: 'oct', k: 'c2VjcmV0LXZhbHVl' }));
    await expect(readCheckpointKeyFile(path)).rejects.toThrow(/must be a private Ed25519 JWK/);
    await expect(readCheckpointKeyFile(path)).rejects.not.toThrow(/c2VjcmV0/);
    await writeFile(path, 'not json');
    await expect(loadOrCreateCheckpointKey(path)).rejects.toThrow(/is not JSON/);
  });
});
