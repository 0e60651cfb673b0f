/**
 * The checkpoint signing key on disk: one private JWK (Ed25519, with its kid) per file,
 * written with mode 0600 and never over an existing file. The public half is what the
 * exporter publishes for `proctor verify`, with the public halves of the retired keys that
 * signed before a rotation: those verify old checkpoints but never sign.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { calculateJwkThumbprint, type JWK } from 'jose';
import { type CheckpointKeyPair, generateCheckpointKey, publicCheckpointJwk } from './checkpoint';
import { IntegrityError } from './errors';

export async function readCheckpointKeyFile(path: string): Promise<CheckpointKeyPair> {
  const jwk = await readJwkFile(path, 'checkpoint signing key');
  if (!isEd25519(jwk) || typeof jwk.d !== 'string' || typeof jwk.kid !== 'string') {
    throw new IntegrityError(
      'INTEGRITY_KEY_INVALID',
      `checkpoint signing key ${path} must be a private Ed25519 JWK with a kid`,
    );
  }
  return { keyId: jwk.kid, privateJwk: jwk, publicJwk: publicCheckpointJwk(jwk) };
}

async function readJwkFile(path: string, what: string): Promise<JWK> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new IntegrityError('INTEGRITY_KEY_INVALID', `cannot read the ${what} ${path}`, { cause: err });
  }
  try {
    const jwk = JSON.parse(text) as unknown;
    if (jwk !== null && typeof jwk === 'object' && !Array.isArray(jwk)) return jwk as JWK;
  } catch {
    // reported below
  }
  throw new IntegrityError('INTEGRITY_KEY_INVALID', `${what} ${path} is not a JSON object (a JWK)`);
}

function isEd25519(jwk: JWK): boolean {
  return jwk.kty === 'OKP' && jwk.crv === 'Ed25519' && typeof jwk.x === 'string';
}

/** A checkpoint key that signed before a rotation, as configured. */
export interface RetiredCheckpointKey {
  /** Its JWK file (public; a private file's secret half is dropped). */
  file: string;
  /** When it began and stopped signing (ISO 8601), if known: published with it. */
  signedFrom?: string | undefined;
  signedUntil?: string | undefined;
}

/**
 * The retired keys' public JWKs, each marked `status: "retired"` with the period it signed.
 * Only the public half is kept, so a retired key can verify but never sign. A JWK without a
 * kid gets its RFC 7638 thumbprint, the kid a signer gives a key without one. Throws
 * IntegrityError for an unreadable or non-Ed25519 file, or a kid listed twice.
 */
export async function readRetiredCheckpointKeys(retired: readonly RetiredCheckpointKey[]): Promise<JWK[]> {
  const keys: JWK[] = [];
  for (const { file, signedFrom, signedUntil } of retired) {
    const jwk = await readJwkFile(file, 'retired checkpoint key');
    if (!isEd25519(jwk)) {
      throw new IntegrityError(
        'INTEGRITY_KEY_INVALID',
        `retired checkpoint key ${file} must be an Ed25519 JWK`,
      );
    }
    const kid = jwk.kid ?? (await calculateJwkThumbprint({ kty: 'OKP', crv: 'Ed25519', x: jwk.x as string }));
    if (keys.some((k) => k.kid === kid)) {
      throw new IntegrityError(
        'INTEGRITY_KEY_INVALID',
        `retired checkpoint key ${file}: kid ${kid} is listed twice`,
      );
    }
    // JWK members of Proctor's own, beside the standard ones (RFC 7517 allows them).
    const period = {
      status: 'retired',
      ...(signedFrom !== undefined && { signed_from: signedFrom }),
      ...(signedUntil !== undefined && { signed_until: signedUntil }),
    };
    keys.push({ ...publicCheckpointJwk({ ...jwk, kid, alg: 'EdDSA', use: 'sig' }), ...period } as JWK);
  }
  return keys;
}

/**
 * What the exporter publishes and `proctor verify --store` trusts: the current signing key's
 * public half (when its file exists yet) and every retired key. A current key listed as
 * retired is refused: it would still be signing.
 */
export async function publishedCheckpointKeys(
  currentKeyFile: string,
  retired: readonly JWK[],
): Promise<JWK[]> {
  let current: JWK;
  try {
    current = (await readCheckpointKeyFile(currentKeyFile)).publicJwk;
  } catch (err) {
    const missing = ((err as { cause?: { code?: string } }).cause?.code ?? '') === 'ENOENT';
    if (missing) return [...retired];
    throw err;
  }
  refuseRetiredSigner(current, currentKeyFile, retired);
  return [current, ...retired];
}

/** Throws IntegrityError when the signing key `current` (from `file`) is among the retired keys. */
export function refuseRetiredSigner(current: JWK, file: string, retired: readonly JWK[]): void {
  if (retired.some((k) => k.kid === current.kid)) {
    throw new IntegrityError(
      'INTEGRITY_KEY_INVALID',
      `the checkpoint signing key ${file} (kid ${current.kid}) is also listed as retired: a retired key never signs`,
    );
  }
}

/** Writes a new key pair's private JWK; refuses to replace an existing file. */
export async function writeCheckpointKeyFile(path: string, pair: CheckpointKeyPair): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  try {
    await writeFile(path, `${JSON.stringify(pair.privateJwk, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  } catch (err) {
    if ((err as { code?: string }).code === 'EEXIST') {
      throw new IntegrityError('INTEGRITY_KEY_INVALID', `${path} exists: a signing key is never replaced`);
    }
    throw err;
  }
}

/** The key in `path`, generating and writing one first when the file does not exist. */
export async function loadOrCreateCheckpointKey(
  path: string,
): Promise<CheckpointKeyPair & { created: boolean }> {
  try {
    return { ...(await readCheckpointKeyFile(path)), created: false };
  } catch (err) {
    const missing = ((err as { cause?: { code?: string } }).cause?.code ?? '') === 'ENOENT';
    if (!missing) throw err;
  }
  const pair = await generateCheckpointKey();
  try {
    await writeCheckpointKeyFile(path, pair);
  } catch (err) {
    // Another process created it first: use theirs.
    if (err instanceof IntegrityError) return { ...(await readCheckpointKeyFile(path)), created: false };
    throw err;
  }
  return { ...pair, created: true };
}
