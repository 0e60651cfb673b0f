/**
 * One raw record through decode → decrypt → mask → row building, each step with its own
 * outcome: the record is ready to store, goes to the DLQ (it can never be stored), or must be
 * retried (a transient failure, e.g. a key service that did not answer).
 */
import { type AuditRows, type StoredEvent, validateAuditRows } from '@proctor/audit-store';
import { isRetryable } from '@proctor/errors';
import type { ConsumedBatch, ConsumedRecord, LogRecord } from '@proctor/event-log';
import { type AuditEvent, OMITTED_PAYLOAD } from '@proctor/events';
import type { ChainedEvent } from '@proctor/integrity';
import { auditRecordsOf, type EventRecords } from './audit-records';
import type { ClientFieldMemo } from './client-field-memo';
import { codeOf, toDlq } from './dead-letter';
import type { FrameMasker } from './frame-masker';
import { CLEAR_ENCODINGS, type PayloadOpener } from './payload-opener';
import { MASKED_ENCODING, type RedactedEvent, redactEvent } from './redact-event';
import { toChainedEvent } from './stored-event';

export interface PrepareDeps {
  decode: (bytes: Buffer) => AuditEvent;
  encode: (event: AuditEvent) => Buffer;
  masker: FrameMasker;
  opener?: PayloadOpener;
}

export interface PreparedRecord {
  record: ConsumedRecord;
  redacted: RedactedEvent;
  event: ChainedEvent;
  records: EventRecords;
  /** The redacted event, Avro-encoded for the redacted topic. */
  redactedValue: Buffer;
}

export type RecordOutcome =
  | { outcome: 'ok'; prepared: PreparedRecord }
  | { outcome: 'dlq'; dlq: LogRecord }
  | { outcome: 'retry'; error: unknown };

/** `memo`: the batch's masked client fields (see ClientFieldMemo); without it, every event's are masked. */
export async function prepareRecord(
  deps: PrepareDeps,
  batch: ConsumedBatch,
  record: ConsumedRecord,
  memo?: ClientFieldMemo,
): Promise<RecordOutcome> {
  const dlq = (step: Parameters<typeof toDlq>[2], reason: string): RecordOutcome => ({
    outcome: 'dlq',
    dlq: toDlq(batch, record, step, reason),
  });
  let event: AuditEvent;
  try {
    event = deps.decode(record.value);
  } catch (err) {
    return dlq('decode', codeOf(err, 'undecodable'));
  }
  if (event.sealedFields) {
    // The client fields outside the payload, sealed by the gateway: back in place before masking.
    if (!deps.opener?.openFields) return dlq('decrypt', 'undecryptable');
    try {
      event = await deps.opener.openFields(event);
    } catch (err) {
      if (isRetryable(err)) return { outcome: 'retry', error: err };
      return dlq('decrypt', 'undecryptable');
    }
  }
  let clear: Buffer | null = null;
  if (event.type === 'frame') {
    const { body } = event;
    if (body.payloadEncoding === OMITTED_PAYLOAD) {
      // `record: metadata`: the gateway kept no payload; there is nothing to open or mask.
    } else if (CLEAR_ENCODINGS.has(body.payloadEncoding) || body.payloadEncoding === MASKED_ENCODING) {
      clear = body.payload;
    } else if (deps.opener?.isSealed(body)) {
      try {
        clear = await deps.opener.open(body);
      } catch (err) {
        if (isRetryable(err)) return { outcome: 'retry', error: err };
        return dlq('decrypt', 'undecryptable');
      }
    } else {
      return dlq('decrypt', 'undecryptable');
    }
  }
  let prepared: PreparedRecord;
  try {
    const redacted = await redactEvent(event, clear, deps.masker, memo);
    const chained = toChainedEvent(redacted);
    prepared = {
      record,
      redacted,
      event: chained,
      records: auditRecordsOf(redacted),
      redactedValue: Buffer.alloc(0),
    };
  } catch (err) {
    return dlq('mask', codeOf(err, 'mask_failed'));
  }
  try {
    // The event as its row will be but for the chain links, which are hex text ingest makes
    // itself and need no check: validated without copying its 38 fields to add them.
    const rows: AuditRows = { ...prepared.records, events: [prepared.event as StoredEvent] };
    validateAuditRows(rows);
  } catch (err) {
    return dlq('validate', codeOf(err, 'invalid_row'));
  }
  try {
    prepared.redactedValue = deps.encode(prepared.redacted.event);
  } catch (err) {
    return dlq('encode', codeOf(err, 'unencodable'));
  }
  return { outcome: 'ok', prepared };
}
