/**
 * The event-log port. The enforcer appends; ingest consumes. Adapters: Kafka (kafkajs,
 * acks=all) and a local append-only log on disk (the embedded default). Both keep the order
 * of records with the same key (the session id) and deliver at least once.
 */

import { ProctorError } from '@proctor/errors';

export interface LogRecord {
  /** Partitioning key: the session id. Records with one key keep their order. */
  key: string;
  value: Buffer;
  headers?: Record<string, string>;
}

export interface EventLogProducer {
  /**
   * Resolves only once every record is durably accepted (Kafka: acked by all in-sync
   * replicas; local log: written and fsynced). Rejects if they could not be accepted; the
   * caller then fails closed. Concurrent calls are group-committed; records of one call keep
   * their order, and calls keep the order in which they were made.
   */
  append(topic: string, records: LogRecord[]): Promise<void>;
  close(): Promise<void>;
  /**
   * The log's current state, for readiness probes. Optional so that simple test doubles stay
   * valid producers; every adapter of this package implements it (see `healthOf`).
   */
  health?(): EventLogHealth;
}

/** Durability policy of the local log and the spool (DESIGN.md, invariant 1). */
export type Durability = 'process' | 'fsync';

export interface EventLogHealth {
  /** False while appends fail (or would fail): the gateway must not take traffic. */
  ok: boolean;
  /** A short, payload-free description of the state, for /readyz and logs. */
  detail: string;
  /** Adapter-specific figures (bytes waiting to ship, last failure code, …). */
  facts?: Record<string, string | number | boolean>;
}

/** The health of any producer; one without a health() is reported as ok. */
export function healthOf(log: EventLogProducer): EventLogHealth {
  return log.health?.() ?? { ok: true, detail: 'no health reporting' };
}

export interface ConsumedRecord extends LogRecord {
  partition: number;
  /** Decimal string: Kafka offsets exceed 2^53 in principle. */
  offset: string;
}

export interface ConsumedBatch {
  topic: string;
  partition: number;
  records: ConsumedRecord[];
}

/**
 * Processes one batch. Resolving means every record reached its outcome (stored, or sent to
 * the DLQ) and the batch's offsets may be committed. Throwing means nothing may be
 * committed: the adapter retries the batch with backoff.
 */
export type BatchHandler = (batch: ConsumedBatch) => Promise<void>;

export interface EventLogConsumer {
  /** Subscribes and starts delivering batches; resolves once the consumer is running. */
  start(handler: BatchHandler): Promise<void>;
  /** Stops fetching, waits for the batch in progress, commits what finished. */
  stop(): Promise<void>;
}

export interface ConsumerOptions {
  groupId: string;
  topic: string;
  /** Start from the earliest record when the group has no committed offset (default true). */
  fromBeginning?: boolean;
  /** Most records handed to one handler call. */
  maxBatchRecords?: number;
}

/**
 * An append was refused or failed: nothing of it is in the log (an append is all or nothing).
 * Retryable: the log repairs itself once the cause (disk full, unreachable file) clears.
 */
export class EventLogUnavailableError extends ProctorError<'EVENT_LOG_UNAVAILABLE'> {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, { ...options, code: 'EVENT_LOG_UNAVAILABLE', httpStatus: 503, retryable: true });
  }
}

/**
 * The spool (the local write-ahead buffer in front of Kafka) holds its configured maximum of
 * bytes not yet shipped: the append is refused, nothing of it is written. Callers fail closed.
 */
export class EventLogFullError extends ProctorError<'EVENT_LOG_FULL'> {
  constructor(message: string) {
    super(message, { code: 'EVENT_LOG_FULL', httpStatus: 503, retryable: true });
  }
}
