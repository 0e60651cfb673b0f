/**
 * One raw record through decode → decrypt → mask → row building, each step with its own
 * outcome: the record is ready to store, goes to the DLQ (it can never be stored), or must be
 * retried (a transient failure, e.g. a key service that did not answer).
 *
 * Two phases: `openRecord` (decode and decrypt, on the thread that holds the keys) and
 * `finishRecord` (mask, rows, validation, Avro encoding: pure work on plain data, which a
 * worker thread can do; see prepare-pool.ts).
 */
import { type AuditRows, type StoredEvent, validateAuditRows } from '@proctor/audit-store';
import { isRetryable } from '@proctor/errors';
import type { ConsumedBatch, ConsumedRecord, LogRecord } from '@proctor/event-log';
import { type AuditEvent, OMITTED_PAYLOAD } from '@proctor/events';
import { type ChainedEvent, canonicalEventForm } from '@proctor/integrity';
import { auditRecordsOf, type EventRecords } from './audit-records';
import { ClientFieldMemo } from './client-field-memo';
import { codeOf, type DlqStep, toDlq } from './dead-letter';
import type { FrameMasker } from './frame-masker';
import { CLEAR_ENCODINGS, type PayloadOpener } from './payload-opener';
import { MASKED_ENCODING, redactEvent } from './redact-event';
import { toChainedEvent } from './stored-event';

export interface OpenDeps {
  decode: (bytes: Buffer) => AuditEvent;
  opener?: PayloadOpener;
}

export interface FinishDeps {
  encode: (event: AuditEvent) => Buffer;
  masker: FrameMasker;
}

export type PrepareDeps = OpenDeps & FinishDeps;

/** A decoded event with its sealed parts opened: what masking starts from. */
export interface OpenedEvent {
  event: AuditEvent;
  /** The frame's clear JSON text; null for other event types and omitted payloads. */
  clear: Buffer | null;
}

/** A redacted event as stored and produced. */
export interface FinishedEvent {
  event: ChainedEvent;
  /**
   * The event's canonical form for the hash chain as UTF-8 bytes (what the chain hash covers),
   * written with the event (off the main thread when pooled; bytes cross threads unescaped).
   */
  canonical: Buffer;
  records: EventRecords;
  /** The redacted event, Avro-encoded for the redacted topic. */
  redactedValue: Buffer;
}

export interface PreparedRecord extends FinishedEvent {
  record: ConsumedRecord;
}

export type OpenOutcome =
  | { outcome: 'open'; opened: OpenedEvent }
  | { outcome: 'dlq'; dlq: LogRecord }
  | { outcome: 'retry'; error: unknown };

export type FinishOutcome =
  | { outcome: 'ok'; finished: FinishedEvent }
  | { outcome: 'dlq'; step: DlqStep; reason: string };

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
  const opened = await openRecord(deps, batch, record);
  if (opened.outcome !== 'open') return opened;
  return withRecord(batch, record, await finishRecord(deps, opened.opened, memo));
}

/** A finished event's outcome for its consumed record. */
export function withRecord(
  batch: ConsumedBatch,
  record: ConsumedRecord,
  finished: FinishOutcome,
): RecordOutcome {
  if (finished.outcome === 'dlq') {
    return { outcome: 'dlq', dlq: toDlq(batch, record, finished.step, finished.reason) };
  }
  return { outcome: 'ok', prepared: { record, ...finished.finished } };
}

/** Decode, then open the sealed client fields and the sealed payload. */
export async function openRecord(
  deps: OpenDeps,
  batch: ConsumedBatch,
  record: ConsumedRecord,
): Promise<OpenOutcome> {
  const dlq = (step: DlqStep, reason: string): OpenOutcome => ({
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
  return { outcome: 'open', opened: { event, clear } };
}

/**
 * The events of one batch (or one slice of it) finished in order, with one memo: client fields
 * (user agent, method, tool name, …) repeat across events and each distinct value is masked once.
 */
export async function finishAll(deps: FinishDeps, opened: readonly OpenedEvent[]): Promise<FinishOutcome[]> {
  const memo = new ClientFieldMemo();
  const out: FinishOutcome[] = [];
  for (const item of opened) out.push(await finishRecord(deps, item, memo));
  return out;
}

const NOT_YET_WRITTEN = Buffer.alloc(0);

/** Mask, build the rows, validate them, encode the redacted event. */
export async function finishRecord(
  deps: FinishDeps,
  { event, clear }: OpenedEvent,
  memo?: ClientFieldMemo,
): Promise<FinishOutcome> {
  const dlq = (step: DlqStep, reason: string): FinishOutcome => ({ outcome: 'dlq', step, reason });
  let redacted: Awaited<ReturnType<typeof redactEvent>>;
  let finished: FinishedEvent;
  try {
    redacted = await redactEvent(event, clear, deps.masker, memo);
    finished = {
      event: toChainedEvent(redacted),
      canonical: NOT_YET_WRITTEN,
      records: auditRecordsOf(redacted),
      redactedValue: Buffer.alloc(0),
    };
  } catch (err) {
    return dlq('mask', codeOf(err, 'mask_failed'));
  }
  try {
    // The event as its row will be but for the chain links, which are hex text ingest makes
    // itself and need no check: validated without copying its 38 fields to add them.
    const rows: AuditRows = { ...finished.records, events: [finished.event as StoredEvent] };
    validateAuditRows(rows);
    finished.canonical = Buffer.from(canonicalEventForm(finished.event), 'utf8');
  } catch (err) {
    return dlq('validate', codeOf(err, 'invalid_row'));
  }
  try {
    finished.redactedValue = deps.encode(redacted.event);
  } catch (err) {
    return dlq('encode', codeOf(err, 'unencodable'));
  }
  return { outcome: 'ok', finished };
}
