import type { AuditRows, AuditStore, StoredEvent } from '@proctor/audit-store';
import type { ConsumedBatch, EventLogConsumer, EventLogProducer, LogRecord } from '@proctor/event-log';
import type { AuditEvent } from '@proctor/events';
import type { Logger } from '@proctor/logger';
import { linkBatch } from './chain-linker';
import type { Checkpointer } from './checkpointer';
import { toDlq } from './dead-letter';
import type { FrameMasker } from './frame-masker';
import { toOcsfApiActivity } from './ocsf';
import type { PayloadOpener } from './payload-opener';
import { prepareBatch } from './prepare-batch';
import type { PreparePool } from './prepare-pool';
import type { PreparedRecord } from './prepare-record';
import { isRowRejection } from './store-errors';

export interface IngestTopics {
  redacted: string;
  dlq: string;
  /** Optional JSON topic in OCSF API Activity shape for SIEMs that do not read Avro. */
  siem?: string;
}

export interface IngestDeps {
  consumer: EventLogConsumer;
  store: AuditStore;
  /** Produces the redacted (SIEM) topic, the DLQ and the OCSF topic. */
  producer: EventLogProducer;
  topics: IngestTopics;
  decode: (bytes: Buffer) => AuditEvent;
  encode: (event: AuditEvent) => Buffer;
  masker: FrameMasker;
  /** Opens sealed payloads; without it, sealed payloads go to the DLQ as undecryptable. */
  opener?: PayloadOpener;
  /** Signs integrity checkpoints; without it, events are chained but not checkpointed. */
  checkpointer?: Checkpointer;
  /**
   * Worker threads that mask, build rows and encode (with their own masker, built from the
   * same configuration as `masker`); without it that work is done on this thread. The
   * pipeline closes it when it stops.
   */
  preparePool?: PreparePool;
  logger: Logger;
}

export interface IngestPipeline {
  start(): Promise<void>;
  /** Stops consuming (finishing the batch in progress) and the checkpoint timer, then signs pending checkpoints. */
  stop(): Promise<void>;
  /** The batch handler, for adapters and tests that drive the pipeline directly. */
  handle(batch: ConsumedBatch): Promise<void>;
}

interface StoredEntry {
  prepared: PreparedRecord;
  row: StoredEvent;
}

/**
 * Raw topic → decode → decrypt → mask → ClickHouse → redacted topic (+ DLQ, OCSF topic) →
 * checkpoint. Every record gets an outcome: ok (stored, or already stored), dlq (can never be
 * stored: original bytes to the DLQ, the partition moves on) or retry (transient). The handler
 * resolves only after the store and the topics accepted everything, so the consumer commits
 * offsets only then; a store outage throws, nothing is committed, and the consumer retries
 * the batch with backoff. Deduplication is by event identity, so a retried or replayed batch
 * is stored once.
 */
export function createIngestPipeline(deps: IngestDeps): IngestPipeline {
  const handle = async (batch: ConsumedBatch): Promise<void> => {
    if (batch.records.length === 0) return;
    const { outcomes, retry } = await prepareBatch(deps, batch, deps.preparePool);
    const dlq: LogRecord[] = [];
    const ready: PreparedRecord[] = [];
    for (const o of outcomes) {
      if (o.outcome === 'dlq') dlq.push(o.dlq);
      else if (o.outcome === 'ok') ready.push(o.prepared);
    }
    const linked = await linkBatch(
      deps.store,
      ready.map((prepared) => ({ item: prepared, event: prepared.event, canonical: prepared.canonical })),
    );
    const fresh: StoredEntry[] = [];
    const accepted: PreparedRecord[] = [];
    for (const outcome of linked.outcomes) {
      if (outcome.status === 'conflict') {
        dlq.push(toDlq(batch, outcome.item.record, 'dedup', 'seq_conflict'));
        continue;
      }
      accepted.push(outcome.item);
      if (outcome.status === 'new') fresh.push({ prepared: outcome.item, row: outcome.row });
    }
    const rejected = await insertIsolating(deps.store, fresh);
    for (const entry of rejected) dlq.push(toDlq(batch, entry.prepared.record, 'store', 'store_rejected'));
    const rejectedSet = new Set(rejected.map((r) => r.prepared));
    const delivered = accepted.filter((p) => !rejectedSet.has(p));

    await produce(deps, delivered, dlq, batch);
    await deps.checkpointer?.afterBatch(
      `${batch.topic}/${batch.partition}`,
      fresh.filter((e) => !rejectedSet.has(e.prepared)).map((e) => e.row),
      linked.heads,
    );
    if (retry !== undefined) throw retry;
  };

  return {
    async start() {
      deps.checkpointer?.start();
      await deps.consumer.start(handle);
    },
    async stop() {
      await deps.consumer.stop();
      await deps.checkpointer?.stop();
      await deps.checkpointer?.flush();
      await deps.preparePool?.close();
    },
    handle,
  };
}

/**
 * Bytes of keys and values per append. A consumed batch (thousands of ≈1 KB events) appended
 * at once can put more than the broker's message.max.bytes (1 MiB by default) in one
 * partition's record batch; Kafka refuses it every time (MESSAGE_TOO_LARGE), the batch is
 * retried forever and the partition stalls. Appends of at most this many bytes stay under it.
 */
export const MAX_APPEND_BYTES = 512 * 1024;

/** Appends in order, in chunks of at most MAX_APPEND_BYTES (a single larger record goes alone). */
async function appendChunked(deps: IngestDeps, topic: string, records: readonly LogRecord[]): Promise<void> {
  let chunk: LogRecord[] = [];
  let bytes = 0;
  for (const record of records) {
    const size = record.value.length + Buffer.byteLength(record.key);
    if (chunk.length > 0 && bytes + size > MAX_APPEND_BYTES) {
      await deps.producer.append(topic, chunk);
      chunk = [];
      bytes = 0;
    }
    chunk.push(record);
    bytes += size;
  }
  if (chunk.length > 0) await deps.producer.append(topic, chunk);
}

async function produce(
  deps: IngestDeps,
  delivered: readonly PreparedRecord[],
  dlq: readonly LogRecord[],
  batch: ConsumedBatch,
): Promise<void> {
  if (delivered.length > 0) {
    await appendChunked(
      deps,
      deps.topics.redacted,
      delivered.map((p) => ({ key: p.record.key, value: p.redactedValue })),
    );
    const siem = deps.topics.siem;
    if (siem !== undefined) {
      await appendChunked(
        deps,
        siem,
        delivered.map((p) => ({
          key: p.record.key,
          value: Buffer.from(JSON.stringify(toOcsfApiActivity(p.event)), 'utf8'),
        })),
      );
    }
  }
  if (dlq.length > 0) {
    deps.logger.warn(
      { count: dlq.length, topic: batch.topic, partition: batch.partition },
      'records sent to the DLQ',
    );
    await appendChunked(deps, deps.topics.dlq, dlq);
  }
}

/**
 * Inserts the batch; when the store refuses rows for what they hold, halves the batch until
 * the refused rows are isolated, and returns those for the DLQ. Every other failure (an
 * outage, a missing table) is rethrown: the batch is retried and nothing is committed.
 */
async function insertIsolating(store: AuditStore, entries: readonly StoredEntry[]): Promise<StoredEntry[]> {
  if (entries.length === 0) return [];
  try {
    await store.insertRows(rowsOf(entries));
    return [];
  } catch (err) {
    if (!isRowRejection(err)) throw err;
    if (entries.length === 1) return [...entries];
    const half = Math.ceil(entries.length / 2);
    return [
      ...(await insertIsolating(store, entries.slice(0, half))),
      ...(await insertIsolating(store, entries.slice(half))),
    ];
  }
}

function rowsOf(entries: readonly StoredEntry[]): AuditRows {
  const rows: Required<AuditRows> = {
    events: [],
    maskingMatchSets: [],
    ruleErrors: [],
    policyDecisions: [],
    authFailures: [],
    approvals: [],
    accessGrants: [],
  };
  for (const { prepared, row } of entries) {
    rows.events.push(row);
    const r = prepared.records;
    if (r.maskingMatchSets) rows.maskingMatchSets.push(...r.maskingMatchSets);
    if (r.ruleErrors) rows.ruleErrors.push(...r.ruleErrors);
    if (r.policyDecisions) rows.policyDecisions.push(...r.policyDecisions);
    if (r.authFailures) rows.authFailures.push(...r.authFailures);
    if (r.approvals) rows.approvals.push(...r.approvals);
    if (r.accessGrants) rows.accessGrants.push(...r.accessGrants);
  }
  return rows;
}
