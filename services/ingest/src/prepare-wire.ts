/** The messages between the prepare pool and its worker threads. */
import type { FinishedEvent, FinishOutcome } from './prepare-record';

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
 * Outcomes as JSON, their bytes apart, one after another: each event's redacted value, then its
 * canonical form. The outcomes are plain data (rows of strings, numbers, booleans, nulls,
 * arrays) but for those bytes, and JSON.parse builds them on the receiving thread in a fraction
 * of what v8's deserializer takes for objects of this many fields. The canonical form holds the
 * whole event (its payload too) as JSON text: inside the JSON it would be escaped and unescaped
 * again, doubling the text each side writes and reads; as bytes it is hashed as it arrives.
 */
export interface EncodedOutcomes {
  json: string;
  values: Uint8Array<ArrayBuffer>;
}

/** A finished event as it crosses: its byte fields replaced by their lengths. */
type WireFinished = Omit<FinishedEvent, 'redactedValue' | 'canonical'> & {
  redactedValue: number;
  canonical: number;
};

export function encodeOutcomes(outcomes: readonly FinishOutcome[]): EncodedOutcomes {
  let total = 0;
  for (const o of outcomes) {
    if (o.outcome === 'ok') total += o.finished.redactedValue.length + o.finished.canonical.length;
  }
  const values = new Uint8Array(total);
  let at = 0;
  const put = (bytes: Uint8Array): number => {
    values.set(bytes, at);
    at += bytes.length;
    return bytes.length;
  };
  // A Buffer's own JSON would be an array of numbers.
  const plain = outcomes.map((o) => {
    if (o.outcome !== 'ok') return o;
    const { redactedValue, canonical, ...rest } = o.finished;
    const finished: WireFinished = { ...rest, redactedValue: put(redactedValue), canonical: put(canonical) };
    return { outcome: o.outcome, finished };
  });
  return { json: JSON.stringify(plain), values };
}

export function decodeOutcomes({ json, values }: EncodedOutcomes): FinishOutcome[] {
  const outcomes = JSON.parse(json) as FinishOutcome[];
  let at = 0;
  const take = (length: number): Buffer => {
    const bytes = Buffer.from(values.buffer, values.byteOffset + at, length);
    at += length;
    return bytes;
  };
  for (const o of outcomes) {
    if (o.outcome !== 'ok') continue;
    const wire = o.finished as unknown as WireFinished;
    o.finished.redactedValue = take(wire.redactedValue);
    o.finished.canonical = take(wire.canonical);
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
