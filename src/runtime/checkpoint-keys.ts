/**
 * The checkpoint keys a deployment trusts: the current signing key (ingest.checkpoints.keyFile)
 * and the retired ones that signed before a rotation (ingest.checkpoints.retiredKeys), files
 * resolved from the working directory.
 */
import { resolve } from 'node:path';
import type { ProctorConfig } from '@proctor/config';
import { publishedCheckpointKeys, readRetiredCheckpointKeys } from '@proctor/integrity';
import type { JWK } from 'jose';

export function retiredCheckpointKeys(config: ProctorConfig): Promise<JWK[]> {
  return readRetiredCheckpointKeys(
    config.ingest.checkpoints.retiredKeys.map((k) => ({ ...k, file: resolve(k.file) })),
  );
}

/** The current key's public half (when its file exists) and every retired key. */
export async function configuredCheckpointKeys(config: ProctorConfig): Promise<JWK[]> {
  return publishedCheckpointKeys(
    resolve(config.ingest.checkpoints.keyFile),
    await retiredCheckpointKeys(config),
  );
}
