import type { FrameBody } from '@proctor/events';
import type { JWK } from 'jose';
import { decryptFrame, digestMatches, type SessionKeys, sessionKeys } from './data-key';
import { PayloadCryptoError } from './errors';
import { importUnwrappingKey, type UnwrappingKey, unwrapDataKey } from './key-wrap';
import { SEALED_ENCODING } from './sealer';

export interface PayloadPrivateKey {
  keyId: string;
  privateJwk: JWK;
}

export interface PayloadOpenerOptions {
  /** Every ingest key still in use: the current one and those older events were sealed to. */
  privateKeys: PayloadPrivateKey[];
  /** Unwrapped data keys remembered (default 10,000), so a session's key is unwrapped once. */
  maxCachedKeys?: number;
}

export type SealedFrame = Pick<FrameBody, 'payload' | 'payloadEncoding' | 'encryption'>;

export interface PayloadOpener {
  /** True when the frame's payload is sealed (and `open` is needed to read it). */
  isSealed(frame: Pick<FrameBody, 'payloadEncoding'>): boolean;
  /** The frame's clear JSON text; rejects with a PayloadCryptoError when it cannot be read. */
  open(frame: SealedFrame): Promise<Buffer>;
  /** Checks the frame's keyed digest against clear text (e.g. after `open`). */
  verifyDigest(frame: SealedFrame & Pick<FrameBody, 'sha256' | 'digestAlg'>, clear: Buffer): Promise<boolean>;
}

/** Reads sealed payloads: the ingest side of the envelope. */
export async function createPayloadOpener(options: PayloadOpenerOptions): Promise<PayloadOpener> {
  const keys = new Map<string, UnwrappingKey>();
  for (const k of options.privateKeys) {
    if (keys.has(k.keyId)) {
      throw new PayloadCryptoError('PAYLOAD_KEY_INVALID', `ingest key ${k.keyId} is listed twice`);
    }
    keys.set(k.keyId, await importUnwrappingKey(k.keyId, k.privateJwk));
  }
  const maxCached = options.maxCachedKeys ?? 10_000;
  const cache = new Map<string, Promise<SessionKeys>>();

  const keysFor = (frame: SealedFrame): Promise<SessionKeys> => {
    if (frame.payloadEncoding !== SEALED_ENCODING || !frame.encryption) {
      throw new PayloadCryptoError(
        'PAYLOAD_NOT_ENCRYPTED',
        `payload encoding is ${frame.payloadEncoding}, not ${SEALED_ENCODING}`,
      );
    }
    const { keyId, wrappedKey } = frame.encryption;
    const cacheKey = `${keyId}\u0000${wrappedKey}`;
    const hit = cache.get(cacheKey);
    if (hit) return hit;
    const key = keys.get(keyId);
    if (key === undefined) {
      throw new PayloadCryptoError('PAYLOAD_KEY_UNKNOWN', `no private key with id ${keyId} is configured`);
    }
    const unwrapped = unwrapDataKey(key, wrappedKey).then(sessionKeys);
    // A failure is not remembered: the next frame tries again (e.g. after a key is added).
    unwrapped.catch(() => cache.delete(cacheKey));
    if (cache.size >= maxCached) {
      const oldest = cache.keys().next();
      if (!oldest.done) cache.delete(oldest.value);
    }
    cache.set(cacheKey, unwrapped);
    return unwrapped;
  };

  return {
    isSealed: (frame) => frame.payloadEncoding === SEALED_ENCODING,
    async open(frame) {
      const frameKeys = await keysFor(frame);
      const { iv, tag } = frame.encryption as NonNullable<SealedFrame['encryption']>;
      return decryptFrame(frameKeys, { ciphertext: frame.payload, iv, tag });
    },
    async verifyDigest(frame, clear) {
      if (frame.digestAlg !== 'hmac-sha256') return false;
      return digestMatches(await keysFor(frame), clear, frame.sha256);
    },
  };
}
