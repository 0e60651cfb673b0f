/**
 * Seals a value to a one-time X25519 key of the asker (ECDH with a one-time key of the sealer,
 * HKDF-SHA-256, AES-256-GCM bound to a context string), so what crosses a shared transport
 * (Redis pub/sub, its replication stream, MONITOR) is ciphertext only the asker can open.
 */
import {
  createCipheriv,
  createDecipheriv,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  type KeyObject,
  randomBytes,
} from 'node:crypto';

export interface SealedValue {
  /** The sealer's one-time public key (SPKI DER, base64). */
  epk: string;
  iv: string;
  tag: string;
  data: string;
}

export interface OneTimeKey {
  /** SPKI DER, base64: sent with the ask. */
  publicKey: string;
  /** Opens a value sealed to this key under the same context; throws when it was not. */
  open(sealed: SealedValue, context: string): unknown;
}

const INFO = Buffer.from('proctor clear-view reply v1');

function keyFor(privateKey: KeyObject, publicKey: KeyObject, context: string): Buffer {
  const secret = diffieHellman({ privateKey, publicKey });
  return Buffer.from(hkdfSync('sha256', secret, Buffer.from(context), INFO, 32));
}

function publicKeyOf(base64: string): KeyObject {
  return createPublicKey({ key: Buffer.from(base64, 'base64'), format: 'der', type: 'spki' });
}

export function newOneTimeKey(): OneTimeKey {
  const pair = generateKeyPairSync('x25519');
  return {
    publicKey: pair.publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
    open(sealed, context) {
      const key = keyFor(pair.privateKey, publicKeyOf(sealed.epk), context);
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64'));
      decipher.setAAD(Buffer.from(context));
      decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
      const text = Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]);
      return JSON.parse(text.toString('utf8')) as unknown;
    },
  };
}

/** Seals `value` (as JSON) to the asker's one-time public key; throws on a malformed key. */
export function sealTo(publicKey: string, value: unknown, context: string): SealedValue {
  const mine = generateKeyPairSync('x25519');
  const key = keyFor(mine.privateKey, publicKeyOf(publicKey), context);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(context));
  const data = Buffer.concat([cipher.update(JSON.stringify(value ?? null), 'utf8'), cipher.final()]);
  return {
    epk: mine.publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    data: data.toString('base64'),
  };
}
