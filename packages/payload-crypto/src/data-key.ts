/**
 * The symmetric half of the envelope: a random AES-256 data key per session encrypts each
 * frame with AES-256-GCM under a fresh IV, and a separate key derived from it (HKDF) keys
 * the HMAC-SHA256 digest, so nobody without the data key can confirm a guessed value.
 */
import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  createSecretKey,
  hkdfSync,
  type KeyObject,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';
import { PayloadCryptoError } from './errors';

export const DATA_KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
/**
 * Binds every ciphertext to its use, so a data key never decrypts one kind of sealed bytes as
 * another (a frame's payload as an event's client fields, or back).
 */
export const FRAME_AAD = Buffer.from('proctor.audit.frame.v1');
const FIELDS_AAD = 'proctor.audit.client-fields.v1\u0000';

/** The associated data of an event's sealed client fields: bound to that event, so they cannot be moved to another. */
export function fieldsAad(eventId: string): Buffer {
  return Buffer.from(FIELDS_AAD + eventId, 'utf8');
}
const DIGEST_INFO = Buffer.from('proctor.audit.frame-digest.v1');

export interface SessionKeys {
  dataKey: KeyObject;
  digestKey: KeyObject;
  /**
   * GCM nonces, deterministic construction (NIST SP 800-38D §8.2.1): a random 4-byte field
   * and a counter, unique under this data key, which lives only in this process's memory.
   */
  ivPrefix: Buffer;
  ivCounter: bigint;
}

export function newDataKey(): Buffer {
  return randomBytes(DATA_KEY_BYTES);
}

export function sessionKeys(dataKey: Buffer): SessionKeys {
  if (dataKey.length !== DATA_KEY_BYTES) {
    throw new PayloadCryptoError('PAYLOAD_UNWRAP_FAILED', 'wrapped data key has the wrong length');
  }
  const digestKey = Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), DIGEST_INFO, 32));
  return {
    dataKey: createSecretKey(dataKey),
    digestKey: createSecretKey(digestKey),
    ivPrefix: randomBytes(4),
    ivCounter: 0n,
  };
}

export interface SealedBytes {
  ciphertext: Buffer;
  iv: Buffer;
  tag: Buffer;
}

export function encryptFrame(keys: SessionKeys, clear: Buffer, aad: Buffer = FRAME_AAD): SealedBytes {
  const iv = Buffer.allocUnsafe(IV_BYTES);
  keys.ivPrefix.copy(iv, 0);
  iv.writeBigUInt64BE(keys.ivCounter++, 4);
  const cipher = createCipheriv('aes-256-gcm', keys.dataKey, iv);
  cipher.setAAD(aad);
  const ciphertext = cipher.update(clear);
  // GCM is a stream mode: final() only computes the tag, it adds no ciphertext.
  cipher.final();
  return { ciphertext, iv, tag: cipher.getAuthTag() };
}

export function decryptFrame(keys: SessionKeys, sealed: SealedBytes, aad: Buffer = FRAME_AAD): Buffer {
  if (sealed.iv.length !== IV_BYTES || sealed.tag.length !== TAG_BYTES) {
    throw new PayloadCryptoError('PAYLOAD_TAMPERED', 'payload iv or tag has the wrong length');
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', keys.dataKey, sealed.iv);
    decipher.setAAD(aad);
    decipher.setAuthTag(sealed.tag);
    return Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()]);
  } catch (err) {
    throw new PayloadCryptoError('PAYLOAD_TAMPERED', 'payload failed authentication: altered or not ours', {
      cause: err,
    });
  }
}

export function keyedDigest(keys: SessionKeys, clear: Buffer): string {
  return createHmac('sha256', keys.digestKey).update(clear).digest('hex');
}

export function digestMatches(keys: SessionKeys, clear: Buffer, digestHex: string): boolean {
  const expected = Buffer.from(keyedDigest(keys, clear), 'hex');
  const given = Buffer.from(digestHex, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
