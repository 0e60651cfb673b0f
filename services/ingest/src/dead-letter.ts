import type { ConsumedBatch, ConsumedRecord, LogRecord } from '@proctor/event-log';

/** The pipeline step a record failed in. */
export type DlqStep = 'decode' | 'decrypt' | 'mask' | 'validate' | 'dedup' | 'store' | 'encode';

/**
 * The original bytes and headers, plus headers saying why and where from. The payload is
 * never parsed, logged or put into a header here.
 */
export function toDlq(
  batch: ConsumedBatch,
  record: ConsumedRecord,
  step: DlqStep,
  reason: string,
): LogRecord {
  return {
    key: record.key,
    value: record.value,
    headers: {
      ...record.headers,
      'proctor-dlq-reason': reason,
      'proctor-dlq-step': step,
      'proctor-dlq-topic': batch.topic,
      'proctor-dlq-partition': String(batch.partition),
      'proctor-dlq-offset': record.offset,
    },
  };
}

/** An error's stable code, if it has one (never its message, which may quote data). */
export function codeOf(err: unknown, fallback: string): string {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[\w.-]{1,64}$/.test(code) ? code : fallback;
}
