/**
 * The audit-store port: where redacted events become queryable. One adapter, ClickHouse,
 * reached either through a server URL or embedded in-process through chDB; the SQL is the
 * same for both.
 */

import { ProctorError } from '@proctor/errors';
import type { AccessGrantRow } from './tables/access-grants';
import type { ApprovalRow } from './tables/approvals';
import type { AuthFailureRow } from './tables/auth-failures';
import type { CheckpointRow } from './tables/checkpoints';
import type { StoredEvent } from './tables/events';
import type { MaskingMatchRow, MaskingMatchSetRow } from './tables/masking-matches';
import type { PolicyDecisionRow } from './tables/policy-decisions';
import type { RuleErrorRow } from './tables/rule-errors';
import type { SessionQuery, SessionSummary } from './tables/sessions';

export interface EventQuery {
  afterSeq?: number;
  /** With afterSeq: continue after the event (afterSeq, afterEventId), not after the whole seq. */
  afterEventId?: string;
  limit?: number;
  /** Only the events of these tenants. */
  tenants?: readonly string[];
  /**
   * Bytes of payload and detail the events read may carry: the read ends before the event that
   * would pass it, though it always holds one (asked first without the payloads).
   */
  maxBytes?: number;
}

/** Everything one ingest batch stores. Events are written last: an event present means its records are too. */
export interface AuditRows {
  events: StoredEvent[];
  /** One row per event that has matches (read back one row per match: SessionRecords.maskingMatches). */
  maskingMatchSets?: MaskingMatchSetRow[];
  ruleErrors?: RuleErrorRow[];
  policyDecisions?: PolicyDecisionRow[];
  authFailures?: AuthFailureRow[];
  approvals?: ApprovalRow[];
  accessGrants?: AccessGrantRow[];
}

/** The records of one session in the per-kind tables, in seq order. */
export interface SessionRecords {
  /** One row per match, in (seq, event id, match index) order. */
  maskingMatches: MaskingMatchRow[];
  ruleErrors: RuleErrorRow[];
  policyDecisions: PolicyDecisionRow[];
  authFailures: AuthFailureRow[];
  approvals: ApprovalRow[];
  accessGrants: AccessGrantRow[];
}

/** A stored event's identity and chain hash. */
export interface StoredEventIdentity {
  seq: number;
  eventId: string;
  hash: string;
}

/** What ingest needs to deduplicate and chain a session's new events. */
export interface SessionChainState {
  /** Stored events with seq ≥ fromSeq, ascending. */
  stored: StoredEventIdentity[];
  /** The stored event with the highest seq below fromSeq, if any. */
  before: StoredEventIdentity | undefined;
}

export interface CheckpointQuery {
  sessionId?: string;
  /** Microseconds since the Unix epoch: checkpoints issued at or after. */
  since?: number;
  limit?: number;
}

/** Where a scan of the checkpoints in chain order stands: the last row it returned. */
export interface CheckpointScanCursor {
  scope: string;
  scopeSeq: number;
  issuedAt: number;
  checkpointId: string;
}

/** A stored checkpoint with its number in its scope's chain (-1 for a version 1 checkpoint). */
export interface ScannedCheckpoint extends CheckpointRow {
  scopeSeq: number;
}

/** Sessions by id: after `after` (exclusive) through `through` (inclusive); either end open. */
export interface SessionIdRange {
  after?: string;
  through?: string;
}

export interface LatestCheckpointQuery {
  scope?: string;
  /** How many of each scope's newest (default 1, at most 100). */
  perScope?: number;
}

export interface LegalHold {
  /** The sessions placed under (or released from) hold. */
  sessionIds: readonly string[];
  /** Set when the hold was placed for a subject: whose sessions these are. */
  subject?: string;
  held: boolean;
  reason: string;
  /** Who placed or lifted it. */
  actor: string;
  /** Microseconds since the Unix epoch. */
  time: number;
}

export interface LegalHoldEntry {
  sessionId: string;
  /** The subject the hold was placed for, or '' when placed by session. */
  subject: string;
  reason: string;
  actor: string;
  /** Microseconds since the Unix epoch. */
  time: number;
}

export interface AuditStore {
  /**
   * Inserts events and their per-kind records; the per-kind tables first, events last.
   * Idempotent: rows are keyed by event identity (session, seq, event id), and each insert's
   * deduplication token derives from those identities, never from where the rows were read.
   */
  insertRows(rows: AuditRows): Promise<void>;
  /** insertRows with events only. */
  insertEvents(rows: StoredEvent[]): Promise<void>;
  /** For each session: stored events from fromSeq on, and the one just before fromSeq. */
  chainState(
    sessions: readonly { sessionId: string; fromSeq: number }[],
  ): Promise<Map<string, SessionChainState>>;
  insertCheckpoint(row: CheckpointRow): Promise<void>;
  /** Checkpoints in issue order. */
  listCheckpoints(query?: CheckpointQuery): Promise<CheckpointRow[]>;
  /**
   * One page of every stored copy of every checkpoint, in chain order (scope, number, issue
   * time, id) after the cursor: identical copies come next to each other.
   */
  scanCheckpoints(query: { after?: CheckpointScanCursor; limit: number }): Promise<ScannedCheckpoint[]>;
  /** Every stored copy of the checkpoints that name a session in the range, by id. */
  checkpointsOfSessions(range: SessionIdRange): Promise<CheckpointRow[]>;
  /**
   * The newest checkpoints of each scope (or of one), newest first: where a scope's chain of
   * checkpoints stands, for the ingest instance that continues it.
   */
  latestCheckpoints(query?: LatestCheckpointQuery): Promise<CheckpointRow[]>;
  /**
   * Places or lifts a legal hold: the sessions' rows in every retained table are exempt from
   * retention while held. Events stored for a session afterwards, and a subject's later
   * sessions, are not covered until the hold is placed again.
   */
  setLegalHold(hold: LegalHold): Promise<void>;
  /** Sessions under legal hold now, among these tenants' sessions, latest first. */
  listLegalHolds(tenants: readonly string[]): Promise<LegalHoldEntry[]>;
  /** Every stored session of a subject among these tenants (for a hold by subject). */
  sessionsOfSubject(subject: string, tenants: readonly string[]): Promise<string[]>;
  listSessions(query: SessionQuery): Promise<SessionSummary[]>;
  /** Events of one session in sequence order. */
  sessionEvents(sessionId: string, query?: EventQuery): Promise<StoredEvent[]>;
  sessionRecords(sessionId: string): Promise<SessionRecords>;
  /** True when the store answers a trivial query. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export class AuditStoreUnavailableError extends ProctorError<'AUDIT_STORE_UNAVAILABLE'> {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, { ...options, code: 'AUDIT_STORE_UNAVAILABLE', httpStatus: 503, retryable: true });
  }
}
