import { defineTable } from '../table-spec';

/** A request refused before any session (from an auth_failure event); claimed names are masked. */
export interface AuthFailureRow {
  eventId: string;
  sessionId: string;
  seq: number;
  time: number;
  tenant: string;
  gatewayId: string;
  connection: string;
  sourceIp: string;
  userAgent: string;
  reason: string;
  httpStatus: number;
  claimedIssuer: string;
  claimedSubject: string;
  /** Size of a refused malformed body (`invalid_request:*`), never its content; null for other refusals. */
  requestBytes: number | null;
}

export const AUTH_FAILURES = defineTable<AuthFailureRow>('auth_failures', {
  eventId: ['event_id', 'string'],
  sessionId: ['session_id', 'string'],
  seq: ['seq', 'uint64'],
  time: ['time', 'time'],
  tenant: ['tenant', 'string'],
  gatewayId: ['gateway_id', 'string'],
  connection: ['connection', 'string'],
  sourceIp: ['source_ip', 'string'],
  userAgent: ['user_agent', 'string'],
  reason: ['reason', 'string'],
  httpStatus: ['http_status', 'uint16'],
  claimedIssuer: ['claimed_issuer', 'string'],
  claimedSubject: ['claimed_subject', 'string'],
  requestBytes: ['request_bytes', 'nullableUint64'],
});
