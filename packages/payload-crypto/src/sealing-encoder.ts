import type { AuditEvent } from '@proctor/events';
import type { PayloadSealer } from './sealer';

/**
 * Wraps an event encoder so that every clear frame payload is sealed before encoding: the
 * bytes that reach the raw topic or the local spool then hold no clear payload and no plain
 * SHA-256 of one. Synchronous like the encoder it wraps, so event order is untouched. A
 * session's data key is dropped when its session_ended event is encoded.
 */
export function sealingEncoder(
  sealer: PayloadSealer,
  encode: (event: AuditEvent) => Buffer,
): (event: AuditEvent) => Buffer {
  return (event) => {
    if (event.type === 'session_ended') {
      sealer.forget(event.sessionId);
      return encode(event);
    }
    if (event.type !== 'frame' || event.body.payloadEncoding !== 'json') return encode(event);
    const sealed = sealer.sealSync(event.sessionId, event.body.payload);
    return encode({
      ...event,
      body: {
        ...event.body,
        payload: sealed.payload,
        payloadEncoding: sealed.payloadEncoding,
        sha256: sealed.digest,
        digestAlg: sealed.digestAlg,
        encryption: sealed.encryption,
      },
    });
  };
}
