/**
 * The asymmetric half of the envelope: a session's data key travels as a compact JWE to one
 * ingest key (ECDH-ES+A256KW for EC/X25519 keys, RSA-OAEP-256 for RSA keys), so only the
 * holder of that private key can read the session's payloads.
 *
 * Wrapping is written against node:crypto so that it is synchronous: the gateway seals a
 * frame inside its ordered, synchronous event encoding. Unwrapping uses jose, an independent
 * implementation, so every round-trip test is also an interoperability test (RFC 7516/7518).
 */
import {
  createCipheriv,
  createHash,
  createPublicKey,
  constants as cryptoConstants,
  diffieHellman,
  generateKeyPairSync,
  type KeyObject,
  publicEncrypt,
  randomBytes,
} from 'node:crypto';
import { compactDecrypt, decodeProtectedHeader, importJWK, type JWK } from 'jose';
import { PayloadCryptoError } from './errors';

const ENC = 'A256GCM';
/** Marks the JWE's content as a Proctor data key, so no other JWE is mistaken for one. */
const CTY = 'proctor-data-key';
const AES_KW_IV = Buffer.from('A6A6A6A6A6A6A6A6', 'hex');

export type WrapAlgorithm = 'ECDH-ES+A256KW' | 'RSA-OAEP-256';

export interface RecipientKey {
  keyId: string;
  alg: WrapAlgorithm;
  key: KeyObject;
  /** For ECDH: how to make an ephemeral key on the recipient's curve. */
  curve: { type: 'ec'; namedCurve: string } | { type: 'x25519' } | null;
}

const EC_CURVES: Record<string, string> = {
  'P-256': 'prime256v1',
  'P-384': 'secp384r1',
  'P-521': 'secp521r1',
};

export function wrapAlgorithmFor(jwk: JWK, keyId: string): WrapAlgorithm {
  if (jwk.kty === 'RSA') return 'RSA-OAEP-256';
  if (
    (jwk.kty === 'EC' && EC_CURVES[jwk.crv ?? ''] !== undefined) ||
    (jwk.kty === 'OKP' && jwk.crv === 'X25519')
  ) {
    return 'ECDH-ES+A256KW';
  }
  throw new PayloadCryptoError(
    'PAYLOAD_KEY_INVALID',
    `key ${keyId} is not an encryption key (need an RSA, EC P-256/384/521 or X25519 JWK)`,
  );
}

function checkKeyId(keyId: string): void {
  if (keyId === '')
    throw new PayloadCryptoError('PAYLOAD_KEY_INVALID', 'a payload key needs a non-empty keyId');
}

/** Imports an ingest public key for wrapping. */
export function importRecipientKey(keyId: string, jwk: JWK): RecipientKey {
  checkKeyId(keyId);
  if (typeof jwk.d === 'string') {
    throw new PayloadCryptoError(
      'PAYLOAD_KEY_INVALID',
      `key ${keyId} holds a private key where only the public key belongs`,
    );
  }
  const alg = wrapAlgorithmFor(jwk, keyId);
  let key: KeyObject;
  try {
    key = createPublicKey({
      key: jwk as Record<string, unknown> as import('node:crypto').JsonWebKey,
      format: 'jwk',
    });
  } catch (err) {
    throw new PayloadCryptoError('PAYLOAD_KEY_INVALID', `key ${keyId} cannot be imported for ${alg}`, {
      cause: err,
    });
  }
  if (key.asymmetricKeyType === 'rsa' && (key.asymmetricKeyDetails?.modulusLength ?? 0) < 2048) {
    throw new PayloadCryptoError('PAYLOAD_KEY_INVALID', `key ${keyId} is an RSA key shorter than 2048 bits`);
  }
  const curve =
    alg === 'RSA-OAEP-256'
      ? null
      : jwk.kty === 'OKP'
        ? ({ type: 'x25519' } as const)
        : ({ type: 'ec', namedCurve: EC_CURVES[jwk.crv ?? ''] ?? '' } as const);
  return { keyId, alg, key, curve };
}

export interface UnwrappingKey {
  keyId: string;
  alg: WrapAlgorithm;
  key: Awaited<ReturnType<typeof importJWK>>;
}

/** Imports an ingest private key for unwrapping. */
export async function importUnwrappingKey(keyId: string, jwk: JWK): Promise<UnwrappingKey> {
  checkKeyId(keyId);
  if (typeof jwk.d !== 'string') {
    throw new PayloadCryptoError('PAYLOAD_KEY_INVALID', `key ${keyId} is not a private key`);
  }
  const alg = wrapAlgorithmFor(jwk, keyId);
  try {
    return { keyId, alg, key: await importJWK({ ...jwk, alg, use: undefined, key_ops: undefined }, alg) };
  } catch (err) {
    throw new PayloadCryptoError('PAYLOAD_KEY_INVALID', `key ${keyId} cannot be imported for ${alg}`, {
      cause: err,
    });
  }
}

/** The data key as a compact JWE to the recipient (RFC 7516 §7.1). */
export function wrapDataKey(recipient: RecipientKey, dataKey: Buffer): string {
  const cek = randomBytes(32);
  const header: Record<string, unknown> = { alg: recipient.alg, enc: ENC, kid: recipient.keyId, cty: CTY };
  let encryptedKey: Buffer;
  if (recipient.curve === null) {
    encryptedKey = publicEncrypt(
      { key: recipient.key, padding: cryptoConstants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' },
      cek,
    );
  } else {
    const ephemeral =
      recipient.curve.type === 'x25519'
        ? generateKeyPairSync('x25519')
        : generateKeyPairSync('ec', { namedCurve: recipient.curve.namedCurve });
    const shared = diffieHellman({ privateKey: ephemeral.privateKey, publicKey: recipient.key });
    const { kty, crv, x, y } = ephemeral.publicKey.export({ format: 'jwk' });
    header.epk = y === undefined ? { kty, crv, x } : { kty, crv, x, y };
    const kek = concatKdf(shared, recipient.alg);
    const wrap = createCipheriv('id-aes256-wrap', kek, AES_KW_IV);
    encryptedKey = Buffer.concat([wrap.update(cek), wrap.final()]);
  }
  const protectedHeader = Buffer.from(JSON.stringify(header)).toString('base64url');
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', cek, iv);
  cipher.setAAD(Buffer.from(protectedHeader, 'ascii'));
  const ciphertext = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  return [protectedHeader, encryptedKey, iv, ciphertext, cipher.getAuthTag()]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.');
}

/** Concat KDF (NIST SP 800-56A §5.8.1) as RFC 7518 §4.6.2 uses it, for a 256-bit key: one round. */
function concatKdf(shared: Buffer, alg: string): Buffer {
  const lengthPrefixed = (value: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(value.length);
    return Buffer.concat([length, value]);
  };
  const counter = Buffer.from([0, 0, 0, 1]);
  const keyBits = Buffer.from([0, 0, 1, 0]);
  const otherInfo = Buffer.concat([
    lengthPrefixed(Buffer.from(alg)),
    lengthPrefixed(Buffer.alloc(0)),
    lengthPrefixed(Buffer.alloc(0)),
    keyBits,
  ]);
  return createHash('sha256').update(counter).update(shared).update(otherInfo).digest();
}

export async function unwrapDataKey(key: UnwrappingKey, wrapped: string): Promise<Buffer> {
  let header: ReturnType<typeof decodeProtectedHeader>;
  try {
    header = decodeProtectedHeader(wrapped);
  } catch (err) {
    throw new PayloadCryptoError('PAYLOAD_UNWRAP_FAILED', 'wrapped data key is not a compact JWE', {
      cause: err,
    });
  }
  if (header.kid !== key.keyId || header.cty !== CTY) {
    throw new PayloadCryptoError(
      'PAYLOAD_UNWRAP_FAILED',
      `wrapped data key is not a data key for key ${key.keyId}`,
    );
  }
  try {
    const { plaintext } = await compactDecrypt(wrapped, key.key, {
      keyManagementAlgorithms: [key.alg],
      contentEncryptionAlgorithms: [ENC],
    });
    return Buffer.from(plaintext);
  } catch (err) {
    throw new PayloadCryptoError(
      'PAYLOAD_UNWRAP_FAILED',
      `data key does not unwrap with key ${key.keyId}: wrong key or altered`,
      { cause: err },
    );
  }
}
