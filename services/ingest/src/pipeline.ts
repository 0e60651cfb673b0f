import type { AuditStore, StoredEvent } from '@proctor/audit-store';
import type {
  ConsumedBatch,
  ConsumedRecord,
  EventLogConsumer,
  EventLogProducer,
  LogRecord,
} from '@proctor/event-log';
import type { AuditEvent } from '@proctor/events';
import type { Logger } from '@proctor/logger';
import { type MaskedPayload, sha256Hex, toStoredEvent } from './stored-event';

export interface IngestDeps {
  consumer: EventLogConsumer;
  store: AuditStore;
  /** Produces the redacted (SIEM) topic and the DLQ. */
  producer: EventLogProducer;
  topics: { redacted: string; dlq: string };
  decode: (bytes: Buffer) => AuditEvent;
  encode: (event: AuditEvent) => Buffer;
  mask: (jsonText: string) => MaskedPayload;
  logger: Logger;
}

export interface IngestPipeline {
  start(): Promise<void>;
  stop(): Promise<void>;
}

interface Outcome {
  row?: StoredEvent;
  redacted?: LogRecord;
  dlq?: LogRecord;
}

/**
 * Raw topic → decode → mask → ClickHouse + redacted topic (+ DLQ). The batch handler
 * resolves only after the store and both topics accepted everything, so the consumer
 * commits offsets only then (at-least-once; the store's idempotent insert makes it
 * effectively once).
 */
export function createIngestPipeline(deps: IngestDeps): IngestPipeline {
  const handle = async (batch: ConsumedBatch): Promise<void> => {
    if (batch.records.length === 0) return;
    const outcomes = batch.records.map((record) => processRecord(deps, batch, record));
    const rows = outcomes.flatMap((o) => (o.row ? [o.row] : []));
    const redacted = outcomes.flatMap((o) => (o.redacted ? [o.redacted] : []));
    const dlq = outcomes.flatMap((o) => (o.dlq ? [o.dlq] : []));
    if (rows.length > 0) await deps.store.insertEvents(rows, dedupToken(batch));
    if (redacted.length > 0) await deps.producer.append(deps.topics.redacted, redacted);
    if (dlq.length > 0) {
      deps.logger.warn(
        { count: dlq.length, topic: batch.topic, partition: batch.partition },
        'records sent to the DLQ',
      );
      await deps.producer.append(deps.topics.dlq, dlq);
    }
  };
  return {
    start: () => deps.consumer.start(handle),
    stop: () => deps.consumer.stop(),
  };
}

function processRecord(deps: IngestDeps, batch: ConsumedBatch, record: ConsumedRecord): Outcome {
  let event: AuditEvent;
  try {
    event = deps.decode(record.value);
  } catch (err) {
    return { dlq: toDlq(batch, record, 'decode', (err as { code?: string }).code ?? 'DECODE_FAILED') };
  }
  if (event.type !== 'frame') {
    return { row: toStoredEvent(event, null), redacted: { key: record.key, value: deps.encode(event) } };
  }
  const masked = deps.mask(event.body.payload.toString('utf8'));
  const payload = Buffer.from(masked.text, 'utf8');
  const redactedEvent: AuditEvent = {
    ...event,
    body: { ...event.body, payload, payloadEncoding: 'json+masked', sha256: sha256Hex(masked.text) },
  };
  return {
    row: toStoredEvent(event, masked),
    redacted: { key: record.key, value: deps.encode(redactedEvent) },
  };
}

/** The original bytes, with headers saying why; the payload is never parsed or logged here. */
function toDlq(batch: ConsumedBatch, record: ConsumedRecord, step: string, reason: string): LogRecord {
  return {
    key: record.key,
    value: record.value,
    headers: {
      'proctor-dlq-reason': reason,
      'proctor-dlq-step': step,
      'proctor-dlq-topic': batch.topic,
      'proctor-dlq-partition': String(batch.partition),
      'proctor-dlq-offset': record.offset,
    },
  };
}

/** Same source records, same token: a redelivered batch is not stored twice. */
function dedupToken(batch: ConsumedBatch): string {
  const first = batch.records[0]?.offset ?? '';
  const last = batch.records[batch.records.length - 1]?.offset ?? '';
  return `${batch.topic}:${batch.partition}:${first}-${last}`;
}
