/**
 * Stores a signed checkpoint over given session heads, as ingest would, for tests and fixtures
 * that seed an audit store.
 */
import type { AuditStore, StoredEvent } from '@proctor/audit-store';
import {
  buildCheckpoint,
  type CheckpointKeyPair,
  type CheckpointLink,
  createCheckpointSigner,
  type StreamHead,
} from '@proctor/integrity';

export interface SeededCheckpoint {
  id: string;
  /** The last event of each session it signs. */
  heads: readonly StoredEvent[];
  streams?: StreamHead[];
  /** Default: one per head. */
  eventCount?: number;
  /** Default raw/0. */
  scope?: string;
  /** Microseconds since the epoch (default: the first head's time in the row, 1 in the statement). */
  issuedAt?: number;
  /** Its place in the scope's chain: a version 2 statement. */
  link?: CheckpointLink;
}

export async function storeSignedCheckpoint(
  store: Pick<AuditStore, 'insertCheckpoint'>,
  key: CheckpointKeyPair,
  { id, heads, streams = [], eventCount = heads.length, scope = 'raw/0', issuedAt, link }: SeededCheckpoint,
): Promise<string> {
  const signer = await createCheckpointSigner(key.privateJwk);
  const jws = await signer.sign(
    buildCheckpoint({
      issuer: 'ingest-test',
      scope,
      eventCount,
      issuedAt: issuedAt ?? 1,
      sessions: heads.map((h) => ({ sessionId: h.sessionId, seq: h.seq, hash: h.hash })),
      streams,
      ...(link && { link }),
    }),
  );
  await store.insertCheckpoint({
    checkpointId: id,
    issuedAt: issuedAt ?? heads[0]?.time ?? 0,
    issuer: 'ingest-test',
    scope,
    keyId: key.keyId,
    eventCount,
    sessionIds: heads.map((h) => h.sessionId),
    jws,
  });
  return jws;
}
