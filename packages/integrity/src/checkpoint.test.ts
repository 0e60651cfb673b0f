import { describe, expect, it } from 'vitest';
import {
  buildCheckpoint,
  createCheckpointSigner,
  generateCheckpointKey,
  publicCheckpointJwk,
  verifyCheckpoint,
} from './checkpoint';
import { IntegrityError } from './errors';

function statement() {
  return buildCheckpoint({
    issuer: 'ingest-a',
    scope: 'raw/0',
    eventCount: 3,
    issuedAt: 1_763_683_200_000_000,
    sessions: [
      { sessionId: 's-b', seq: 4, hash: 'b'.repeat(64) },
      { sessionId: 's-a', seq: 2, hash: 'a'.repeat(64) },
    ],
    streams: [{ gatewayId: 'gw-1', epoch: 2, streamSeq: 9 }],
  });
}

describe('checkpoints', () => {
  it('signs with Ed25519 and verifies with the published public key', async () => {
    const key = await generateCheckpointKey();
    expect(key.publicJwk).toMatchObject({ kty: 'OKP', crv: 'Ed25519', kid: key.keyId });
    expect(key.publicJwk.d).toBeUndefined();
    const signer = await createCheckpointSigner(key.privateJwk);
    const original = statement();
    const jws = await signer.sign(original);
    expect(jws.split('.')).toHaveLength(3);
    const verified = await verifyCheckpoint(jws, [key.publicJwk]);
    expect(verified).toEqual(original);
    expect(verified.sessions.map((s) => s.sessionId)).toEqual(['s-a', 's-b']);
  });

  it('rejects a tampered payload, an unknown key and a key that is not Ed25519', async () => {
    const key = await generateCheckpointKey();
    const other = await generateCheckpointKey();
    const jws = await (await createCheckpointSigner(key.privateJwk)).sign(statement());
    const [header, , signature] = jws.split('.');
    const forged = Buffer.from(JSON.stringify({ ...statement(), eventCount: 1 })).toString('base64url');
    await expect(verifyCheckpoint(`${header}.${forged}.${signature}`, [key.publicJwk])).rejects.toThrow(
      /signature does not verify/,
    );
    await expect(verifyCheckpoint(jws, [other.publicJwk])).rejects.toThrow(/unknown key/);
    await expect(verifyCheckpoint('garbage', [key.publicJwk])).rejects.toThrow(IntegrityError);
    await expect(createCheckpointSigner(publicCheckpointJwk(key.privateJwk))).rejects.toThrow(
      /no private part/,
    );
    await expect(createCheckpointSigner({ kty: 'RSA', n: 'x', e: 'AQAB' })).rejects.toThrow(/Ed25519/);
  });
});
