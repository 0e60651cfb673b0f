import {
  type AuditEvent,
  type ClientFields,
  clearedClientFields,
  clientFieldsOf,
  eventWith,
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
  const scopes = new ScopeMemo();
  return (event) => {
    const bytes = encode(sealedEvent(sealer, scopes.scopeOf(event), event));
    if (event.type === 'session_ended') sealer.forget(event.sessionId);
    return bytes;
  };
}

/**
 * The event as it is written: a clear frame payload and the client fields sealed — in one
 * AES-GCM operation when the event has both — and the event copied once.
 */
function sealedEvent(sealer: PayloadSealer, scope: string, event: AuditEvent): AuditEvent {
  const fields = clientFieldsOf(event);
  const hasFields = !noClientFields(fields);
  const cleared = hasFields ? clearedClientFields(event.type, fields) : null;
  if (event.type === 'frame' && event.body.payloadEncoding === 'json') {
    const payload = event.body.payload;
    if (cleared === null) return eventWith(event, sealedBody(event.body, sealer.sealSync(scope, payload)));
    const sealed = sealer.sealWithFieldsSync(scope, payload, fieldsText(fields), event.eventId);
    const body = Object.assign(sealedBody(event.body, sealed.payload), cleared.body);
    return Object.assign(eventWith(event, body, sealed.fields), cleared.envelope);
  }
  if (cleared === null) return event;
  const copy = withClientFields(event, cleared);
  // Declared in the copy's literal: writing it keeps the copy's shape.
  copy.sealedFields = sealer.sealFieldsSync(scope, fieldsText(fields), fieldsAad(event.eventId));
  return copy;
}

/** The one JSON object `{ envelope, body }` that sealed client fields hold. */
function fieldsText(fields: ClientFields): Buffer {
  return Buffer.from(JSON.stringify(fields), 'utf8');
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

/**
 * Which data key seals an event: its session's, its identity's on the connection, or — for a
 * refused request, which belongs to no session — the connection's refusals' (a key per
 * refusal would cost a key agreement per bad request).
 */
export function sealingScope(event: AuditEvent): string {
  if (event.type === 'auth_failure') return `refused\u0000${event.connection}`;
  if (event.era !== 'stateless') return event.sessionId;
  return statelessScope(event.connection, event.identity.issuer, event.identity.subject);
}

function statelessScope(connection: string, issuer: string, subject: string): string {
  return `stateless\u0000${connection}\u0000${issuer}\u0000${subject}`;
}

/**
 * sealingScope, with the last stateless scope kept: the events of one exchange (and the
 * exchanges of one caller) follow each other, and each would otherwise build the same string
 * again and hash it afresh in the sealer's key lookup. Kept by its parts' values, never by
 * object identity.
 */
class ScopeMemo {
  private connection = '';
  private issuer = '';
  private subject = '';
  private scope: string | null = null;

  scopeOf(event: AuditEvent): string {
    if (event.type === 'auth_failure' || event.era !== 'stateless') return sealingScope(event);
    const { issuer, subject } = event.identity;
    if (
      this.scope === null ||
      event.connection !== this.connection ||
      issuer !== this.issuer ||
      subject !== this.subject
    ) {
      this.connection = event.connection;
      this.issuer = issuer;
      this.subject = subject;
      this.scope = statelessScope(event.connection, issuer, subject);
    }
    return this.scope;
  }
}
