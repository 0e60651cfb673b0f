/** The messages between the prepare pool and its worker threads. */

export interface PrepareRequest {
  id: number;
  /** v8-serialized OpenedEvent[]. */
  bytes: Uint8Array<ArrayBuffer>;
}

/**
 * v8-serialized FinishOutcome[] (one per opened event, same order), or a payload-free error
 * code; `ready` once, when the worker has built its masker.
 */
export type PrepareReply =
  | { id: number; bytes: Uint8Array<ArrayBuffer> }
  | { id: number; error: string }
  | { ready: true };

/** Bytes whose whole ArrayBuffer is theirs, so it can be transferred instead of copied. */
export function transferable(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const { buffer } = bytes;
  if (buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength) {
    return new Uint8Array(buffer);
  }
  return new Uint8Array(bytes);
}
