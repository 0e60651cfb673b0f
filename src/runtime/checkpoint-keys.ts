/**
 * The checkpoint keys a deployment trusts: the current signing key (ingest.checkpoints.keyFile)
 * and the retired ones that signed before a rotation (ingest.checkpoints.retiredKeys), files
 * resolved from the working directory.
 */
import { resolve } from 'node:path';
import type { ProctorConfig } from '@proctor/config';
import {
  publishedCheckpointKeys,
  readCheckpointKeyFile,
  readRetiredCheckpointKeys,
  refuseRetiredSigner,
} from '@proctor/integrity';
import type { JWK } from 'jose';

/**
 * The retired keys' public JWKs. Throws when one cannot be read, or when the current signing
 * key (if its file exists yet) is among them: a retired key never signs.
 */
export async function retiredCheckpointKeys(config: ProctorConfig): Promise<JWK[]> {
  const retired = await readRetiredCheckpointKeys(
    config.ingest.checkpoints.retiredKeys.map((k) => ({ ...k, file: resolve(k.file) })),
  );
  const keyFile = resolve(config.ingest.checkpoints.keyFile);
  const current = await readCheckpointKeyFile(keyFile).catch(() => undefined);
  if (current) refuseRetiredSigner(current.publicJwk, keyFile, retired);
  return retired;
}

/** The current key's public half (when its file exists) and every retired key. */
export async function configuredCheckpointKeys(config: ProctorConfig): Promise<JWK[]> {
  return publishedCheckpointKeys(
    resolve(config.ingest.checkpoints.keyFile),
    await retiredCheckpointKeys(config),
  );
}
