import {
  type AuditEvent,
  clearedClientFields,
  clientFieldsOf,
  type FrameBody,
  noClientFields,
  withClientFields,
} from '@proctor/events';
import { fieldsAad } from './data-key';
import type { PayloadSealer, SealedPayload } from './sealer';

/**
 * Wraps an event encoder so that every clear frame payload, and every event's client-controlled
 * fields outside the payload (JSON-RPC id, method, tool name, resource URI, prompt name, user
 * agent, clientInfo, reasons and error texts: see @proctor/events client-fields), are sealed
 * before encoding: the bytes that reach the raw topic or the local spool then hold no clear
 * payload, no plain SHA-256 of one, and no client text. Synchronous like the encoder it
 * wraps, so event order is untouched.
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
    const scope = sealingScope(event);
    const payloadSealed =
      event.type === 'frame' && event.body.payloadEncoding === 'json'
        ? { ...event, body: sealedBody(event.body, sealer.sealSync(scope, event.body.payload)) }
        : event;
    const bytes = encode(withSealedClientFields(sealer, scope, payloadSealed));
    if (event.type === 'session_ended') sealer.forget(event.sessionId);
    return bytes;
  };
}

/**
 * The event with its client fields sealed (one JSON object `{ envelope, body }`, bound to the
 * event id) and cleared in clear; the event itself when it has none.
 */
function withSealedClientFields(sealer: PayloadSealer, scope: string, event: AuditEvent): AuditEvent {
  const fields = clientFieldsOf(event);
  if (noClientFields(fields)) return event;
  const sealedFields = sealer.sealFieldsSync(
    scope,
    Buffer.from(JSON.stringify(fields), 'utf8'),
    fieldsAad(event.eventId),
  );
  // A frame sealed under the same data key names its wrapped key once (about 300 bytes).
  const own = event.type === 'frame' ? event.body.encryption : null;
  if (
    own &&
    own.keyId === sealedFields.encryption.keyId &&
    own.wrappedKey === sealedFields.encryption.wrappedKey
  ) {
    sealedFields.encryption.wrappedKey = SAME_AS_PAYLOAD;
  }
  return { ...withClientFields(event, clearedClientFields(event.type, fields)), sealedFields };
}

/** The wrappedKey of sealed client fields that use the data key of the frame's own payload. */
export const SAME_AS_PAYLOAD = '';

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

/**
 * Which data key seals an event: its session's, its identity's on the connection, or — for a
 * refused request, which belongs to no session — the connection's refusals' (a key per
 * refusal would cost a key agreement per bad request).
 */
export function sealingScope(event: AuditEvent): string {
  if (event.type === 'auth_failure') return `refused\u0000${event.connection}`;
  if (event.era !== 'stateless') return event.sessionId;
  const { issuer, subject } = event.identity;
  return `stateless\u0000${event.connection}\u0000${issuer}\u0000${subject}`;
}
