/**
 * The checkpoint signing key on disk: one private JWK (Ed25519, with its kid) per file,
 * written with mode 0600 and never over an existing file. The public half is what the
 * exporter publishes for `proctor verify`.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { JWK } from 'jose';
import { type CheckpointKeyPair, generateCheckpointKey, publicCheckpointJwk } from './checkpoint';
import { IntegrityError } from './errors';

export async function readCheckpointKeyFile(path: string): Promise<CheckpointKeyPair> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new IntegrityError('INTEGRITY_KEY_INVALID', `cannot read the checkpoint signing key ${path}`, {
      cause: err,
    });
  }
  let jwk: JWK;
  try {
    jwk = JSON.parse(text) as JWK;
  } catch {
    throw new IntegrityError('INTEGRITY_KEY_INVALID', `checkpoint signing key ${path} is not JSON`);
  }
  if (
    jwk.kty !== 'OKP' ||
    jwk.crv !== 'Ed25519' ||
    typeof jwk.d !== 'string' ||
    typeof jwk.kid !== 'string'
  ) {
    throw new IntegrityError(
      'INTEGRITY_KEY_INVALID',
      `checkpoint signing key ${path} must be a private Ed25519 JWK with a kid`,
    );
  }
  return { keyId: jwk.kid, privateJwk: jwk, publicJwk: publicCheckpointJwk(jwk) };
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
