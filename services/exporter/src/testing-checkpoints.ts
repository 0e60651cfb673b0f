/**
 * Stores a signed checkpoint over given session heads, as ingest would, for tests and fixtures
 * that seed an audit store.
 */
import type { AuditStore, StoredEvent } from '@proctor/audit-store';
import {
  buildCheckpoint,
  type CheckpointKeyPair,
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
}

export async function storeSignedCheckpoint(
  store: Pick<AuditStore, 'insertCheckpoint'>,
  key: CheckpointKeyPair,
  { id, heads, streams = [], eventCount = heads.length }: SeededCheckpoint,
): Promise<void> {
  const signer = await createCheckpointSigner(key.privateJwk);
  await store.insertCheckpoint({
    checkpointId: id,
    issuedAt: heads[0]?.time ?? 0,
    issuer: 'ingest-test',
    scope: 'raw/0',
    keyId: key.keyId,
    eventCount,
    sessionIds: heads.map((h) => h.sessionId),
    jws: await signer.sign(
      buildCheckpoint({
        issuer: 'ingest-test',
        scope: 'raw/0',
        eventCount,
        issuedAt: 1,
        sessions: heads.map((h) => ({ sessionId: h.sessionId, seq: h.seq, hash: h.hash })),
        streams,
      }),
    ),
  });
}
