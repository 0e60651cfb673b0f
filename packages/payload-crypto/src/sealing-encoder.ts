import type { AuditEvent, FrameBody } from '@proctor/events';
import type { PayloadSealer, SealedPayload } from './sealer';

/**
 * Wraps an event encoder so that every clear frame payload is sealed before encoding: the
 * bytes that reach the raw topic or the local spool then hold no clear payload and no plain
 * SHA-256 of one. Synchronous like the encoder it wraps, so event order is untouched.
 *
 * A stateful session has a data key of its own, dropped when its session_ended event is
 * encoded. Stateless-era exchanges are one request each: a data key per exchange would cost
 * an ECDH key agreement per call, so exchanges of one identity on one connection share a data
 * key, replaced by the sealer's rotation (by frame count and age), never across identities.
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
    const sealed = sealer.sealSync(sealingScope(event), event.body.payload);
    return encode({ ...event, body: sealedBody(event.body, sealed) });
  };
}

/**
 * Every field of a frame body, optional ones included: the compiler makes a field added to
 * FrameBody show up here, so sealing never drops one.
 */
type AllFrameFields = { [K in keyof Required<FrameBody>]: FrameBody[K] };

/**
 * The frame body with its payload sealed, built field by field (one object shape for every
 * frame, no walk over the body's keys). The clear digest is not read: a frame may compute it
 * only when asked (see frame-events).
 */
function sealedBody(clear: FrameBody, sealed: SealedPayload): FrameBody {
  const body: AllFrameFields = {
    direction: clear.direction,
    kind: clear.kind,
    method: clear.method,
    jsonrpcId: clear.jsonrpcId,
    toolName: clear.toolName,
    payload: sealed.payload,
    payloadEncoding: sealed.payloadEncoding,
    size: clear.size,
    sha256: sealed.digest,
    digestAlg: sealed.digestAlg,
    encryption: sealed.encryption,
    sseStreamId: clear.sseStreamId,
    sseEventId: clear.sseEventId,
    round: clear.round,
    resourceUri: clear.resourceUri,
    promptName: clear.promptName,
  };
  return body;
}

/** Which data key seals an event's payload: its session's, or its identity's on the connection. */
export function sealingScope(event: AuditEvent): string {
  if (event.era !== 'stateless') return event.sessionId;
  const { issuer, subject } = event.identity;
  return `stateless\u0000${event.connection}\u0000${issuer}\u0000${subject}`;
}
