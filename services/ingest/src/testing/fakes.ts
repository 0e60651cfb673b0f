/**
 * Test doubles for the pipeline's unit tests: an in-memory store with the AuditStore calls
 * ingest makes, a consumer that hands its handler over, and a recording producer. The
 * integration tests use real Kafka and chDB instead.
 */
import {
  type AuditRows,
  type AuditStore,
  type CheckpointRow,
  type LatestCheckpointQuery,
  type MaskingMatchRow,
  matchRowsOf,
  type SessionChainState,
  type StoredEvent,
} from '@proctor/audit-store';
import type { BatchHandler, EventLogConsumer, EventLogProducer, LogRecord } from '@proctor/event-log';

export class HandOverConsumer implements EventLogConsumer {
  handler: BatchHandler | undefined;
  async start(handler: BatchHandler) {
    this.handler = handler;
  }
  async stop() {}
}

export class RecordingProducer implements EventLogProducer {
  appended: { topic: string; records: LogRecord[] }[] = [];
  async append(topic: string, records: LogRecord[]) {
    this.appended.push({ topic, records });
  }
  on(topic: string): LogRecord[] {
    return this.appended.filter((a) => a.topic === topic).flatMap((a) => a.records);
  }
  async close() {}
}

type StoreCalls = Pick<AuditStore, 'insertRows' | 'chainState' | 'insertCheckpoint' | 'latestCheckpoints'>;

export class MemoryStore implements StoreCalls {
  rows: Required<AuditRows> = {
    events: [],
    maskingMatchSets: [],
    ruleErrors: [],
    policyDecisions: [],
    authFailures: [],
    approvals: [],
    accessGrants: [],
  };
  checkpoints: CheckpointRow[] = [];
  inserts = 0;

  /** The stored masking matches one row per match, as the store reads them back. */
  get maskingMatches(): MaskingMatchRow[] {
    return this.rows.maskingMatchSets.flatMap(matchRowsOf);
  }
  /** Thrown by the next inserts while set. */
  failWith: Error | undefined;
  /** Rejects (non-retryably) any insert containing an event with this id. */
  rejectEventId: string | undefined;

  async insertRows(rows: AuditRows): Promise<void> {
    if (this.failWith) throw this.failWith;
    if (rows.events.some((e) => e.eventId === this.rejectEventId)) {
      throw Object.assign(new Error('refused'), {
        code: 'AUDIT_STORE_QUERY_FAILED',
        retryable: false,
        clickhouseCode: '117',
      });
    }
    this.inserts++;
    for (const key of Object.keys(this.rows) as (keyof AuditRows)[]) {
      (this.rows[key] as unknown[]).push(...(rows[key] ?? []));
    }
  }

  async chainState(sessions: readonly { sessionId: string; fromSeq: number }[]) {
    const states = new Map<string, SessionChainState>();
    for (const { sessionId, fromSeq } of sessions) {
      const mine = this.rows.events.filter((e) => e.sessionId === sessionId).sort((a, b) => a.seq - b.seq);
      const identity = (e: StoredEvent) => ({ seq: e.seq, eventId: e.eventId, hash: e.hash });
      states.set(sessionId, {
        stored: mine.filter((e) => e.seq >= fromSeq).map(identity),
        before: mine
          .filter((e) => e.seq < fromSeq)
          .map(identity)
          .at(-1),
      });
    }
    return states;
  }

  async insertCheckpoint(row: CheckpointRow): Promise<void> {
    this.checkpoints.push(row);
  }

  /** Newest first (checkpoints are kept in the order they were stored). */
  async latestCheckpoints(query: LatestCheckpointQuery = {}): Promise<CheckpointRow[]> {
    const taken = new Map<string, number>();
    return [...this.checkpoints].reverse().filter((c) => {
      if (query.scope !== undefined && c.scope !== query.scope) return false;
      const count = (taken.get(c.scope) ?? 0) + 1;
      taken.set(c.scope, count);
      return count <= (query.perScope ?? 1);
    });
  }

  asStore(): AuditStore {
    return this as unknown as AuditStore;
  }
}
