/** The messages between the prepare pool and its worker threads. */
import type { FinishOutcome } from './prepare-record';

export interface PrepareRequest {
  id: number;
  /** v8-serialized OpenedEvent[]. */
  bytes: Uint8Array<ArrayBuffer>;
}

/**
 * The outcomes (one per opened event, same order; see encodeOutcomes), or a payload-free error
 * code; `ready` once, when the worker has built its masker.
 */
export type PrepareReply =
  | ({ id: number } & EncodedOutcomes)
  | { id: number; error: string }
  | { ready: true };

/**
 * Outcomes as JSON, their redacted values' bytes apart, one after another. The outcomes are
 * plain data (rows of strings, numbers, booleans, nulls, arrays) but for those bytes, and
 * JSON.parse builds them on the receiving thread in a fraction of what v8's deserializer takes
 * for objects of this many fields.
 */
export interface EncodedOutcomes {
  json: string;
  values: Uint8Array<ArrayBuffer>;
}

export function encodeOutcomes(outcomes: readonly FinishOutcome[]): EncodedOutcomes {
  let total = 0;
  for (const o of outcomes) if (o.outcome === 'ok') total += o.finished.redactedValue.length;
  const values = new Uint8Array(total);
  let at = 0;
  // Each redacted value is replaced by its length (a Buffer's own JSON would be an array of numbers).
  const plain = outcomes.map((o) => {
    if (o.outcome !== 'ok') return o;
    const bytes = o.finished.redactedValue;
    values.set(bytes, at);
    at += bytes.length;
    return { outcome: o.outcome, finished: { ...o.finished, redactedValue: bytes.length } };
  });
  return { json: JSON.stringify(plain), values };
}

export function decodeOutcomes({ json, values }: EncodedOutcomes): FinishOutcome[] {
  const outcomes = JSON.parse(json) as FinishOutcome[];
  let at = 0;
  for (const o of outcomes) {
    if (o.outcome !== 'ok') continue;
    const length = o.finished.redactedValue as unknown as number;
    o.finished.redactedValue = Buffer.from(values.buffer, values.byteOffset + at, length);
    at += length;
  }
  return outcomes;
}

/** Bytes whose whole ArrayBuffer is theirs, so it can be transferred instead of copied. */
export function transferable(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const { buffer } = bytes;
  if (buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength) {
    return new Uint8Array(buffer);
  }
  return new Uint8Array(bytes);
}
