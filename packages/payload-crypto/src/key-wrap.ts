/**
 * The asymmetric half of the envelope: a session's data key travels as a compact JWE to one
 * ingest key (ECDH-ES+A256KW for EC/X25519 keys, RSA-OAEP-256 for RSA keys), so only the
 * holder of that private key can read the session's payloads.
 */
import { CompactEncrypt, compactDecrypt, decodeProtectedHeader, importJWK, type JWK } from 'jose';
import { PayloadCryptoError } from './errors';

const ENC = 'A256GCM';
/** Marks the JWE's content as a Proctor data key, so no other JWE is mistaken for one. */
const CTY = 'proctor-data-key';

export type WrapAlgorithm = 'ECDH-ES+A256KW' | 'RSA-OAEP-256';

type CryptoKeyLike = Awaited<ReturnType<typeof importJWK>>;

export interface WrappingKey {
  keyId: string;
  alg: WrapAlgorithm;
  key: CryptoKeyLike;
}

export function wrapAlgorithmFor(jwk: JWK, keyId: string): WrapAlgorithm {
  if (jwk.kty === 'RSA') return 'RSA-OAEP-256';
  if (jwk.kty === 'EC' || (jwk.kty === 'OKP' && jwk.crv === 'X25519')) return 'ECDH-ES+A256KW';
  throw new PayloadCryptoError(
    'PAYLOAD_KEY_INVALID',
    `key ${keyId} is not an encryption key (need an RSA, EC or X25519 JWK)`,
  );
}

/** Imports a JWK for wrapping (`public`) or unwrapping (`private`), checking it is the right half. */
export async function importWrappingKey(
  keyId: string,
  jwk: JWK,
  half: 'public' | 'private',
): Promise<WrappingKey> {
  if (keyId === '')
    throw new PayloadCryptoError('PAYLOAD_KEY_INVALID', 'a payload key needs a non-empty keyId');
  const hasPrivate = typeof jwk.d === 'string';
  if (half === 'public' && hasPrivate) {
    throw new PayloadCryptoError(
      'PAYLOAD_KEY_INVALID',
      `key ${keyId} holds a private key where only the public key belongs`,
    );
  }
  if (half === 'private' && !hasPrivate) {
    throw new PayloadCryptoError('PAYLOAD_KEY_INVALID', `key ${keyId} is not a private key`);
  }
  const alg = wrapAlgorithmFor(jwk, keyId);
  try {
    const key = await importJWK({ ...jwk, alg, use: undefined, key_ops: undefined }, alg);
    return { keyId, alg, key };
  } catch (err) {
    throw new PayloadCryptoError('PAYLOAD_KEY_INVALID', `key ${keyId} cannot be imported for ${alg}`, {
      cause: err,
    });
  }
}

export function wrapDataKey(recipient: WrappingKey, dataKey: Buffer): Promise<string> {
  return new CompactEncrypt(dataKey)
    .setProtectedHeader({ alg: recipient.alg, enc: ENC, kid: recipient.keyId, cty: CTY })
    .encrypt(recipient.key);
}

export async function unwrapDataKey(key: WrappingKey, wrapped: string): Promise<Buffer> {
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
