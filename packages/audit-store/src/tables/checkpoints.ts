import { defineTable } from '../table-spec';

/** A signed integrity checkpoint (compact JWS; verify with @proctor/integrity's verifyCheckpoint). */
export interface CheckpointRow {
  checkpointId: string;
  issuedAt: number;
  issuer: string;
  scope: string;
  keyId: string;
  eventCount: number;
  /** Sessions whose heads it signs, for finding the checkpoints of a session. */
  sessionIds: string[];
  jws: string;
}

export const CHECKPOINTS = defineTable<CheckpointRow>('checkpoints', {
  checkpointId: ['checkpoint_id', 'string'],
  issuedAt: ['issued_at', 'time'],
  issuer: ['issuer', 'string'],
  scope: ['scope', 'string'],
  keyId: ['key_id', 'string'],
  eventCount: ['event_count', 'uint32'],
  sessionIds: ['session_ids', 'strings'],
  jws: ['jws', 'string'],
});
