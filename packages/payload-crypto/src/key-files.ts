/**
 * Ingest key pairs on disk: the private half in a file only its owner can read, the public
 * half in a file (or config) the gateways are given.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from 'jose';
import { PayloadCryptoError } from './errors';
import type { PayloadPrivateKey } from './opener';
import type { PayloadRecipient } from './sealer';

export type PayloadKeyType = 'ec-p256' | 'rsa-3072';

export interface PayloadKeyPair {
  keyId: string;
  privateJwk: JWK;
  publicJwk: JWK;
}

export async function generatePayloadKeyPair(
  options: { keyId?: string; type?: PayloadKeyType; now?: Date } = {},
): Promise<PayloadKeyPair> {
  const type = options.type ?? 'ec-p256';
  const pair =
    type === 'rsa-3072'
      ? await generateKeyPair('RSA-OAEP-256', { modulusLength: 3072, extractable: true })
      : await generateKeyPair('ECDH-ES+A256KW', { crv: 'P-256', extractable: true });
  const publicJwk = await exportJWK(pair.publicKey);
  const thumbprint = await calculateJwkThumbprint(publicJwk);
  const day = (options.now ?? new Date()).toISOString().slice(0, 10).replaceAll('-', '');
  const keyId = options.keyId ?? `ingest-${day}-${thumbprint.slice(0, 8)}`;
  const alg = type === 'rsa-3072' ? 'RSA-OAEP-256' : 'ECDH-ES+A256KW';
  const meta = { kid: keyId, alg, use: 'enc' };
  return {
    keyId,
    privateJwk: { ...(await exportJWK(pair.privateKey)), ...meta },
    publicJwk: { ...publicJwk, ...meta },
  };
}

/** Writes the private key (mode 0600); refuses to replace an existing file. */
export async function writePrivateKeyFile(path: string, pair: PayloadKeyPair): Promise<void> {
  const content: PayloadPrivateKey = { keyId: pair.keyId, privateJwk: pair.privateJwk };
  try {
    await writeFile(path, `${JSON.stringify(content, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new PayloadCryptoError('PAYLOAD_KEY_INVALID', `${path} exists already; not replacing a key`);
    }
    throw err;
  }
}

export function publicKeyDocument(pair: Pick<PayloadKeyPair, 'keyId' | 'publicJwk'>): PayloadRecipient {
  return { keyId: pair.keyId, publicJwk: pair.publicJwk };
}

export async function readPrivateKeyFile(path: string): Promise<PayloadPrivateKey> {
  const mode = await stat(path).then(
    (s) => s.mode,
    (err: NodeJS.ErrnoException) => {
      throw new PayloadCryptoError(
        'PAYLOAD_KEY_INVALID',
        `cannot read private key file ${path}: ${err.code}`,
      );
    },
  );
  if (process.platform !== 'win32' && (mode & 0o077) !== 0) {
    throw new PayloadCryptoError(
      'PAYLOAD_KEY_INVALID',
      `private key file ${path} is accessible by other users; chmod 600 it`,
    );
  }
  return parseKeyDocument(await readFile(path, 'utf8'), path, 'privateJwk');
}

export async function readPublicKeyFile(path: string): Promise<PayloadRecipient> {
  const text = await readFile(path, 'utf8').catch((err: NodeJS.ErrnoException) => {
    throw new PayloadCryptoError('PAYLOAD_KEY_INVALID', `cannot read public key file ${path}: ${err.code}`);
  });
  return parseKeyDocument(text, path, 'publicJwk');
}

/** Parses `{ keyId, privateJwk }` or `{ keyId, publicJwk }` JSON (a file, or an env variable's value). */
export function parseKeyDocument(text: string, source: string, field: 'privateJwk'): PayloadPrivateKey;
export function parseKeyDocument(text: string, source: string, field: 'publicJwk'): PayloadRecipient;
export function parseKeyDocument(
  text: string,
  source: string,
  field: 'privateJwk' | 'publicJwk',
): PayloadPrivateKey | PayloadRecipient {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new PayloadCryptoError('PAYLOAD_KEY_INVALID', `${source} is not JSON`);
  }
  const doc = parsed as Record<string, unknown> | null;
  const keyId = doc?.keyId;
  const jwk = doc?.[field];
  if (typeof keyId !== 'string' || keyId === '' || typeof jwk !== 'object' || jwk === null) {
    throw new PayloadCryptoError('PAYLOAD_KEY_INVALID', `${source} must hold { "keyId", "${field}" }`);
  }
  return field === 'privateJwk' ? { keyId, privateJwk: jwk as JWK } : { keyId, publicJwk: jwk as JWK };
}

/** The `keys.payload.privateKeys` entries of the config: a key file, or an environment variable holding the key JSON. */
export interface PrivateKeySource {
  privateKeyFile?: string;
  privateKeyEnv?: string;
}

/** Loads ingest's private keys from files (0600) or environment variables, naming what is missing. */
export async function loadPayloadPrivateKeys(
  sources: readonly PrivateKeySource[],
  env: Readonly<Record<string, string | undefined>>,
): Promise<PayloadPrivateKey[]> {
  return Promise.all(
    sources.map(async (source, i) => {
      if (source.privateKeyFile !== undefined) return readPrivateKeyFile(source.privateKeyFile);
      const name = source.privateKeyEnv ?? '';
      const text = env[name];
      if (text === undefined || text === '') {
        throw new PayloadCryptoError(
          'PAYLOAD_KEY_INVALID',
          `keys.payload.privateKeys.${i}.privateKeyEnv: environment variable ${name} is not set`,
        );
      }
      return parseKeyDocument(text, `environment variable ${name}`, 'privateJwk');
    }),
  );
}
