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
const FRAME_AND_FIELDS_AAD = Buffer.from('proctor.audit.frame-and-fields.v1\u0000');

/**
 * The associated data of a frame sealed together with its event's client fields: bound to the
 * event, and to where the payload ends and the fields begin (one tag covers both ciphertexts,
 * so moving bytes from one to the other must change what it authenticates).
 */
export function frameAndFieldsAad(payloadBytes: number, eventId: string): Buffer {
  const idBytes = Buffer.byteLength(eventId, 'utf8');
  const aad = Buffer.allocUnsafe(FRAME_AND_FIELDS_AAD.length + 4 + idBytes);
  FRAME_AND_FIELDS_AAD.copy(aad, 0);
  aad.writeUInt32BE(payloadBytes, FRAME_AND_FIELDS_AAD.length);
  aad.write(eventId, FRAME_AND_FIELDS_AAD.length + 4, idBytes, 'utf8');
  return aad;
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
  /** A number, not a bigint: a bigint increment allocates. Exact far beyond a key's frame limit (2^53). */
  ivCounter: number;
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
    ivCounter: 0,
  };
}

export interface SealedBytes {
  ciphertext: Buffer;
  iv: Buffer;
  tag: Buffer;
}

export function encryptFrame(keys: SessionKeys, clear: Buffer, aad: Buffer = FRAME_AAD): SealedBytes {
  const iv = nextIv(keys);
  const cipher = createCipheriv('aes-256-gcm', keys.dataKey, iv).setAAD(aad);
  const ciphertext = cipher.update(clear);
  // GCM is a stream mode: final() only computes the tag, it adds no ciphertext.
  cipher.final();
  return { ciphertext, iv, tag: cipher.getAuthTag() };
}

export interface SealedPair {
  payload: Buffer;
  fields: Buffer;
  iv: Buffer;
  tag: Buffer;
}

/**
 * A frame's payload and its event's client fields in one AES-GCM operation (one IV, one tag):
 * the fields' ciphertext continues the payload's key stream.
 */
export function encryptFrameWithFields(
  keys: SessionKeys,
  payload: Buffer,
  fields: Buffer,
  eventId: string,
): SealedPair {
  const iv = nextIv(keys);
  const cipher = createCipheriv('aes-256-gcm', keys.dataKey, iv).setAAD(
    frameAndFieldsAad(payload.length, eventId),
  );
  const payloadCiphertext = cipher.update(payload);
  const fieldsCiphertext = cipher.update(fields);
  cipher.final();
  return { payload: payloadCiphertext, fields: fieldsCiphertext, iv, tag: cipher.getAuthTag() };
}

function nextIv(keys: SessionKeys): Buffer {
  const iv = Buffer.allocUnsafe(IV_BYTES);
  keys.ivPrefix.copy(iv, 0);
  const counter = keys.ivCounter++;
  // The counter as 8 bytes big-endian, in two halves.
  iv.writeUInt32BE(Math.floor(counter / 0x1_0000_0000), 4);
  iv.writeUInt32BE(counter >>> 0, 8);
  return iv;
}

export function decryptFrame(keys: SessionKeys, sealed: SealedBytes, aad: Buffer = FRAME_AAD): Buffer {
  return authenticated(() => {
    const decipher = newDecipher(keys, sealed, aad);
    return Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()]);
  });
}

/** Opens what encryptFrameWithFields sealed: both clear texts, or PAYLOAD_TAMPERED. */
export function decryptFrameWithFields(
  keys: SessionKeys,
  sealed: SealedPair,
  eventId: string,
): { payload: Buffer; fields: Buffer } {
  return authenticated(() => {
    const { iv, tag } = sealed;
    const aad = frameAndFieldsAad(sealed.payload.length, eventId);
    const decipher = newDecipher(keys, { ciphertext: sealed.payload, iv, tag }, aad);
    const payload = decipher.update(sealed.payload);
    const fields = decipher.update(sealed.fields);
    decipher.final();
    return { payload, fields };
  });
}

function newDecipher(keys: SessionKeys, sealed: SealedBytes, aad: Buffer) {
  if (sealed.iv.length !== IV_BYTES || sealed.tag.length !== TAG_BYTES) {
    throw new PayloadCryptoError('PAYLOAD_TAMPERED', 'payload iv or tag has the wrong length');
  }
  const decipher = createDecipheriv('aes-256-gcm', keys.dataKey, sealed.iv);
  decipher.setAAD(aad);
  decipher.setAuthTag(sealed.tag);
  return decipher;
}

function authenticated<T>(open: () => T): T {
  try {
    return open();
  } catch (err) {
    if (err instanceof PayloadCryptoError) throw err;
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
