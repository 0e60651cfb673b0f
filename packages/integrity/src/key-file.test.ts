import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  buildCheckpoint,
  type CheckpointKeyPair,
  createCheckpointSigner,
  generateCheckpointKey,
  verifyCheckpoint,
} from './checkpoint';
import {
  loadOrCreateCheckpointKey,
  publishedCheckpointKeys,
  readCheckpointKeyFile,
  readRetiredCheckpointKeys,
  writeCheckpointKeyFile,
} from './key-file';

const statement = buildCheckpoint({
  issuer: 'i',
  scope: 's',
  eventCount: 0,
  issuedAt: 1,
  sessions: [],
  streams: [],
});
const signWith = async (key: CheckpointKeyPair) =>
  (await createCheckpointSigner(key.privateJwk)).sign(statement);

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
    expect(await verifyCheckpoint(await signWith(again), [first.publicJwk])).toEqual(statement);
    expect(JSON.parse(await readFile(path, 'utf8')).d).toBeTypeOf('string');
  });

  it('refuses a file that is not a private Ed25519 JWK, without printing it', async () => {
    const path = join(dir, 'bad.json');
    await writeFile(path, JSON.stringify({ kty: 'oct', k: 'c2VjcmV0LXZhbHVl' }));
    await expect(readCheckpointKeyFile(path)).rejects.toThrow(/must be a private Ed25519 JWK/);
    await expect(readCheckpointKeyFile(path)).rejects.not.toThrow(/c2VjcmV0/);
    await writeFile(path, 'not json');
    await expect(loadOrCreateCheckpointKey(path)).rejects.toThrow(/is not a JSON object/);
  });
});

describe('key rotation', () => {
  it('publishes the current key and the retired ones; checkpoints of both verify, an unknown kid does not', async () => {
    const a = await generateCheckpointKey();
    const b = await generateCheckpointKey();
    // A was the signing key; rotated to B, A is kept as a retired key (here its private file: only the public half is kept).
    const aFile = join(dir, 'a.json');
    const bFile = join(dir, 'b.json');
    await writeCheckpointKeyFile(aFile, a);
    await writeCheckpointKeyFile(bFile, b);
    const retired = await readRetiredCheckpointKeys([
      { file: aFile, signedFrom: '2026-01-01T00:00:00Z', signedUntil: '2026-06-01T00:00:00Z' },
    ]);
    expect(retired).toEqual([
      {
        ...a.publicJwk,
        status: 'retired',
        signed_from: '2026-01-01T00:00:00Z',
        signed_until: '2026-06-01T00:00:00Z',
      },
    ]);
    expect(retired[0]).not.toHaveProperty('d');
    await expect(createCheckpointSigner(retired[0] ?? {})).rejects.toThrow(/no private part/);

    const published = await publishedCheckpointKeys(bFile, retired);
    expect(published.map((k) => k.kid)).toEqual([b.keyId, a.keyId]);
    expect(await verifyCheckpoint(await signWith(a), published)).toEqual(statement);
    expect(await verifyCheckpoint(await signWith(b), published)).toEqual(statement);
    const unknown = await generateCheckpointKey();
    await expect(verifyCheckpoint(await signWith(unknown), published)).rejects.toThrow(
      `checkpoint signed by unknown key ${unknown.keyId}: neither the current nor a retired published key`,
    );
    // Before the current key's file exists, the retired keys are still published.
    expect(await publishedCheckpointKeys(join(dir, 'none.json'), retired)).toEqual(retired);
  });

  it('refuses a retired key that is the current one, listed twice, or not an Ed25519 JWK', async () => {
    const a = await generateCheckpointKey();
    const aFile = join(dir, 'a.json');
    await writeCheckpointKeyFile(aFile, a);
    const retired = await readRetiredCheckpointKeys([{ file: aFile }]);
    await expect(publishedCheckpointKeys(aFile, retired)).rejects.toThrow(/also listed as retired/);
    await expect(readRetiredCheckpointKeys([{ file: aFile }, { file: aFile }])).rejects.toThrow(
      /is listed twice/,
    );
    const bad = join(dir, 'bad.json');
    await writeFile(bad, JSON.stringify({ kty: 'RSA', n: 'x', e: 'AQAB' }));
    await expect(readRetiredCheckpointKeys([{ file: bad }])).rejects.toThrow(/must be an Ed25519 JWK/);
    await writeFile(bad, '[1]');
    await expect(readRetiredCheckpointKeys([{ file: bad }])).rejects.toThrow(/is not a JSON object/);
    await expect(readRetiredCheckpointKeys([{ file: join(dir, 'gone.json') }])).rejects.toThrow(
      /cannot read the retired checkpoint key/,
    );
  });

  it('takes a retired public JWK without a kid by its thumbprint, the kid its checkpoints carry', async () => {
    const a = await generateCheckpointKey();
    const file = join(dir, 'a.pub.json');
    const { kid: _kid, ...withoutKid } = a.publicJwk;
    await writeFile(file, JSON.stringify(withoutKid));
    const [retired] = await readRetiredCheckpointKeys([{ file }]);
    expect(retired?.kid).toBe(a.keyId);
    expect(await verifyCheckpoint(await signWith(a), retired ? [retired] : [])).toEqual(statement);
  });
});
