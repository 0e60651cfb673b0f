/**
 * The audit-store port: where redacted events become queryable. One adapter, ClickHouse,
 * reached either through a server URL or embedded in-process through chDB; the SQL is the
 * same for both.
 */

import { ProctorError } from '@proctor/errors';

/** One row of audit.events. Only masked data ever reaches this type. */
export interface StoredEvent {
  eventId: string;
  type: string;
  /** Microseconds since the Unix epoch, UTC. */
  time: number;
  tenant: string;
  gatewayId: string;
  sessionId: string;
  seq: number;
  subject: string;
  issuer: string;
  groups: string[];
  /** CI claims (provider, repository, ref, workflow, runId, actor) where present. */
  ci: Record<string, string>;
  sourceIp: string;
  userAgent: string;
  connection: string;
  /** Frame events only ('' otherwise). */
  direction: string;
  kind: string;
  method: string;
  jsonrpcId: string;
  toolName: string;
  /** The masked JSON text of the frame ('' for non-frame events). */
  payload: string;
  /** Size in bytes of the clear frame. */
  size: number;
  /** Hex SHA-256 of the stored (masked) payload. */
  payloadSha256: string;
  /** How many masking matches were replaced in this event. */
  maskedCount: number;
  /** Masking rule ids that matched, distinct. */
  maskedRules: string[];
  /** JSON text of the body for non-frame events (session started/ended, decisions). */
  detail: string;
}

export interface SessionSummary {
  sessionId: string;
  tenant: string;
  connection: string;
  subject: string;
  /** Microseconds since the Unix epoch, UTC. */
  firstTime: number;
  lastTime: number;
  frameCount: number;
  eventCount: number;
}

export interface SessionQuery {
  subject?: string;
  tenant?: string;
  connection?: string;
  limit?: number;
}

export interface EventQuery {
  afterSeq?: number;
  limit?: number;
}

export interface AuditStore {
  /**
   * Inserts one batch. Idempotent: the same dedupToken (derived from the source offsets)
   * never stores the batch twice, and rows with the same (sessionId, seq, eventId) collapse.
   */
  insertEvents(rows: StoredEvent[], dedupToken: string): Promise<void>;
  listSessions(query: SessionQuery): Promise<SessionSummary[]>;
  /** Events of one session in sequence order. */
  sessionEvents(sessionId: string, query?: EventQuery): Promise<StoredEvent[]>;
  /** True when the store answers a trivial query. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export class AuditStoreUnavailableError extends ProctorError<'AUDIT_STORE_UNAVAILABLE'> {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, { ...options, code: 'AUDIT_STORE_UNAVAILABLE', httpStatus: 503, retryable: true });
  }
}
