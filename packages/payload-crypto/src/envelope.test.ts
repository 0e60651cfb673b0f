import { createHash, generateKeyPairSync } from 'node:crypto';
import { encodeEvent, type FrameBody } from '@proctor/events';
import { exportJWK, generateKeyPair } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { PayloadCryptoError } from './errors';
import { generatePayloadKeyPair, type PayloadKeyPair, publicKeyDocument } from './key-files';
import { createPayloadOpener } from './opener';
import { createPayloadSealer, type SealedPayload } from './sealer';

// Synthetic demo record: not a real person.
const CLEAR = Buffer.from(
  JSON.stringify({
    jsonrpc: '2.0',
    id: 7,
    result: { content: [{ type: 'text', text: 'Patient Jane Testperson, SSN 078-05-1120, DOB 1961-04-12' }] },
  }),
);
const SECRETS = ['Testperson', '078-05-1120', '1961-04-12'];

let current: PayloadKeyPair;
let older: PayloadKeyPair;
let rsa: PayloadKeyPair;

beforeAll(async () => {
  [current, older, rsa] = await Promise.all([
    generatePayloadKeyPair({ keyId: 'ingest-2' }),
    generatePayloadKeyPair({ keyId: 'ingest-1' }),
    generatePayloadKeyPair({ keyId: 'ingest-rsa', type: 'rsa-3072' }),
  ]);
});

function frameOf(sealed: SealedPayload): FrameBody {
  return {
    direction: 'server_to_client',
    kind: 'response',
    method: 'tools/call',
    jsonrpcId: '7',
    toolName: 'lookup_patient',
    payload: sealed.payload,
    payloadEncoding: sealed.payloadEncoding,
    size: CLEAR.length,
    sha256: sealed.digest,
    digestAlg: sealed.digestAlg,
    encryption: sealed.encryption,
  };
}

async function rejection(promise: Promise<unknown>): Promise<PayloadCryptoError> {
  const err = await promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(PayloadCryptoError);
  return err as PayloadCryptoError;
}

describe('payload envelope', () => {
  it('round-trips a frame and verifies its keyed digest', async () => {
    for (const pair of [current, rsa]) {
      const sealer = createPayloadSealer({ recipients: [publicKeyDocument(pair)] });
      const opener = await createPayloadOpener({ privateKeys: [pair] });
      const frame = frameOf(await sealer.seal('session-a', CLEAR));
      expect(frame.payloadEncoding).toBe('jwe-a256gcm');
      expect(frame.encryption?.keyId).toBe(pair.keyId);
      expect(await opener.open(frame)).toEqual(CLEAR);
      expect(await opener.verifyDigest(frame, CLEAR)).toBe(true);
      expect(await opener.verifyDigest(frame, Buffer.from(`${CLEAR.toString()} `))).toBe(false);
    }
  });

  it('wraps the data key once per session, with a fresh IV per frame', async () => {
    const sealer = createPayloadSealer({ recipients: [publicKeyDocument(current)] });
    const [a, b] = await Promise.all([sealer.seal('s1', CLEAR), sealer.seal('s1', CLEAR)]);
    const other = await sealer.seal('s2', CLEAR);
    expect(a.encryption.wrappedKey).toBe(b.encryption.wrappedKey);
    expect(a.encryption.iv.equals(b.encryption.iv)).toBe(false);
    expect(a.payload.equals(b.payload)).toBe(false);
    expect(a.digest).toBe(b.digest);
    expect(other.encryption.wrappedKey).not.toBe(a.encryption.wrappedKey);
    // Keyed per session: the same text has unrelated digests in two sessions.
    expect(other.digest).not.toBe(a.digest);
    sealer.forget('s1');
    expect((await sealer.seal('s1', CLEAR)).encryption.wrappedKey).not.toBe(a.encryption.wrappedKey);
  });

  it('seals synchronously, and a session evicted from the cache gets a new data key', async () => {
    const sealer = createPayloadSealer({ recipients: [publicKeyDocument(current)], maxSessions: 1 });
    const opener = await createPayloadOpener({ privateKeys: [current] });
    const first = sealer.sealSync('a', CLEAR);
    sealer.sealSync('b', CLEAR);
    const again = sealer.sealSync('a', CLEAR);
    expect(again.encryption.wrappedKey).not.toBe(first.encryption.wrappedKey);
    expect(await opener.open(frameOf(first))).toEqual(CLEAR);
    expect(await opener.open(frameOf(again))).toEqual(CLEAR);
  });

  it('replaces a data key after its frame budget or its age, and both keys still open', async () => {
    let clock = 0;
    const sealer = createPayloadSealer({
      recipients: [publicKeyDocument(current)],
      maxFramesPerKey: 2,
      maxKeyAgeMs: 1_000,
      now: () => clock,
    });
    const opener = await createPayloadOpener({ privateKeys: [current] });
    const [a, b, c] = [sealer.sealSync('s', CLEAR), sealer.sealSync('s', CLEAR), sealer.sealSync('s', CLEAR)];
    expect(b.encryption.wrappedKey).toBe(a.encryption.wrappedKey);
    expect(c.encryption.wrappedKey).not.toBe(a.encryption.wrappedKey);
    clock = 1_000;
    const d = sealer.sealSync('s', CLEAR);
    expect(d.encryption.wrappedKey).not.toBe(c.encryption.wrappedKey);
    for (const sealed of [a, b, c, d]) expect(await opener.open(frameOf(sealed))).toEqual(CLEAR);
  });

  it('writes JWEs a standard implementation reads, for every supported key type', async () => {
    const x25519 = await generateKeyPair('ECDH-ES+A256KW', { crv: 'X25519', extractable: true });
    const p384 = await generateKeyPair('ECDH-ES+A256KW', { crv: 'P-384', extractable: true });
    for (const pair of [x25519, p384]) {
      const publicJwk = await exportJWK(pair.publicKey);
      const privateJwk = await exportJWK(pair.privateKey);
      const sealer = createPayloadSealer({ recipients: [{ keyId: 'k', publicJwk }] });
      const opener = await createPayloadOpener({ privateKeys: [{ keyId: 'k', privateJwk }] });
      expect(await opener.open(frameOf(sealer.sealSync('s', CLEAR)))).toEqual(CLEAR);
    }
  });

  it('leaves no clear bytes, and no plain SHA-256 of them, in the sealed event', async () => {
    const sealer = createPayloadSealer({ recipients: [publicKeyDocument(current)] });
    const frame = frameOf(await sealer.seal('s', CLEAR));
    const encoded = encodeEvent({
      eventId: '0190b8c4-0000-7000-8000-000000000001',
      time: 1_700_000_000_000_000,
      tenant: 't',
      gatewayId: 'g',
      sessionId: 's',
      seq: 1,
      identity: { subject: 'tester', issuer: 'urn:test', groups: [], ci: null },
      sourceIp: null,
      userAgent: null,
      connection: 'ehr',
      type: 'frame',
      body: frame,
    });
    const haystack = encoded.toString('latin1');
    for (const secret of SECRETS) expect(haystack).not.toContain(secret);
    expect(haystack).not.toContain(createHash('sha256').update(CLEAR).digest('hex'));
  });

  it('opens events sealed to a key that has since been rotated out of the sealer', async () => {
    const before = createPayloadSealer({ recipients: [publicKeyDocument(older)] });
    const after = createPayloadSealer({
      recipients: [publicKeyDocument(older), publicKeyDocument(current)],
      currentKeyId: 'ingest-2',
    });
    const oldFrame = frameOf(await before.seal('s', CLEAR));
    const newFrame = frameOf(await after.seal('s', CLEAR));
    expect(oldFrame.encryption?.keyId).toBe('ingest-1');
    expect(newFrame.encryption?.keyId).toBe('ingest-2');
    const both = await createPayloadOpener({ privateKeys: [current, older] });
    expect(await both.open(oldFrame)).toEqual(CLEAR);
    expect(await both.open(newFrame)).toEqual(CLEAR);
    const onlyNew = await createPayloadOpener({ privateKeys: [current] });
    expect((await rejection(onlyNew.open(oldFrame))).code).toBe('PAYLOAD_KEY_UNKNOWN');
  });

  it('rejects a frame whose ciphertext, tag, iv or wrapped key was altered', async () => {
    const sealer = createPayloadSealer({ recipients: [publicKeyDocument(current)] });
    const opener = await createPayloadOpener({ privateKeys: [current] });
    const frame = frameOf(await sealer.seal('s', CLEAR));
    const enc = frame.encryption as NonNullable<FrameBody['encryption']>;
    const flip = (b: Buffer) => {
      const copy = Buffer.from(b);
      copy[0] = (copy[0] ?? 0) ^ 1;
      return copy;
    };
    const wrappedParts = enc.wrappedKey.split('.');
    wrappedParts[3] = `${wrappedParts[3]?.startsWith('A') ? 'B' : 'A'}${wrappedParts[3]?.slice(1)}`;
    const cases: [FrameBody, string][] = [
      [{ ...frame, payload: flip(frame.payload) }, 'PAYLOAD_TAMPERED'],
      [{ ...frame, encryption: { ...enc, tag: flip(enc.tag) } }, 'PAYLOAD_TAMPERED'],
      [{ ...frame, encryption: { ...enc, iv: flip(enc.iv) } }, 'PAYLOAD_TAMPERED'],
      [{ ...frame, encryption: { ...enc, tag: enc.tag.subarray(0, 8) } }, 'PAYLOAD_TAMPERED'],
      [{ ...frame, encryption: { ...enc, wrappedKey: wrappedParts.join('.') } }, 'PAYLOAD_UNWRAP_FAILED'],
      [{ ...frame, encryption: { ...enc, wrappedKey: 'not-a-jwe' } }, 'PAYLOAD_UNWRAP_FAILED'],
      [{ ...frame, payloadEncoding: 'json' }, 'PAYLOAD_NOT_ENCRYPTED'],
    ];
    for (const [bad, code] of cases) {
      const err = await rejection(opener.open(bad));
      expect(err.code).toBe(code);
      for (const secret of SECRETS) expect(err.message).not.toContain(secret);
    }
    // The untouched frame still opens: failures are not cached.
    expect(await opener.open(frame)).toEqual(CLEAR);
  });

  it('rejects a frame sealed to another key under the same key id', async () => {
    const impostor = await generatePayloadKeyPair({ keyId: 'ingest-2' });
    const sealer = createPayloadSealer({ recipients: [publicKeyDocument(impostor)] });
    const opener = await createPayloadOpener({ privateKeys: [current] });
    const err = await rejection(opener.open(frameOf(await sealer.seal('s', CLEAR))));
    expect(err.code).toBe('PAYLOAD_UNWRAP_FAILED');
  });

  it('refuses keys that are the wrong half, duplicated, missing, weak or not for encryption', async () => {
    const invalid = async (make: () => unknown) =>
      expect((await rejection(Promise.resolve().then(make))).code).toBe('PAYLOAD_KEY_INVALID');
    const weakRsa = generateKeyPairSync('rsa', { modulusLength: 1024 });
    const seal =
      (recipients: { keyId: string; publicJwk: Record<string, unknown> }[], currentKeyId?: string) => () =>
        createPayloadSealer({ recipients, ...(currentKeyId && { currentKeyId }) });
    await invalid(seal([]));
    await invalid(seal([{ keyId: 'x', publicJwk: current.privateJwk }]));
    await invalid(seal([{ keyId: '', publicJwk: current.publicJwk }]));
    await invalid(seal([publicKeyDocument(current), publicKeyDocument(current)]));
    await invalid(seal([publicKeyDocument(current)], 'nope'));
    await invalid(seal([{ keyId: 'x', publicJwk: { kty: 'oct', k: 'AAAA' } }]));
    await invalid(seal([{ keyId: 'x', publicJwk: { kty: 'EC', crv: 'P-256', x: 'AA', y: 'AA' } }]));
    await invalid(seal([{ keyId: 'x', publicJwk: weakRsa.publicKey.export({ format: 'jwk' }) }]));
    await invalid(() =>
      createPayloadOpener({ privateKeys: [{ keyId: 'x', privateJwk: current.publicJwk }] }),
    );
  });
});
