import { defineTable } from '../table-spec';

/** A grant of access or an issued upstream credential (from an access_grant event); never the credential. */
export interface AccessGrantRow {
  eventId: string;
  sessionId: string;
  seq: number;
  time: number;
  tenant: string;
  subject: string;
  connection: string;
  action: string;
  grantId: string;
  scope: string;
  audience: string;
  issuedAt: number | null;
  expiresAt: number | null;
  reason: string;
  approvalId: string;
  actor: string;
  flaggedForReview: boolean;
}

export const ACCESS_GRANTS = defineTable<AccessGrantRow>('access_grants', {
  eventId: ['event_id', 'string'],
  sessionId: ['session_id', 'string'],
  seq: ['seq', 'uint64'],
  time: ['time', 'time'],
  tenant: ['tenant', 'string'],
  subject: ['subject', 'string'],
  connection: ['connection', 'string'],
  action: ['action', 'string'],
  grantId: ['grant_id', 'string'],
  scope: ['scope', 'string'],
  audience: ['audience', 'string'],
  issuedAt: ['issued_at', 'nullableTime'],
  expiresAt: ['expires_at', 'nullableTime'],
  reason: ['reason', 'string'],
  approvalId: ['approval_id', 'string'],
  actor: ['actor', 'string'],
  flaggedForReview: ['flagged_for_review', 'bool'],
});
