/**
 * Copies of an audit event built field by field, in a fixed order, so that every copy of one
 * event type has one object shape. A copy spelled as a spread (`{ ...event, body }`) gets a
 * hidden class of its own on many calls, and every later read of it goes through a slow
 * lookup: the gateway copies events per frame (sealing, record modes), so it copies them here.
 */
import type { AuditEvent, EventEnvelope, EventType, SealedFields } from './model';

/** Every field of T, optional ones included: a field added to T must be added to its copy. */
type AllFields<T> = { [K in keyof Required<T>]: T[K] };

type BodyOf<T extends EventType> = Extract<AuditEvent, { type: T }>['body'];

/**
 * The event with `body` in place of its own and `sealedFields` in place of its own (the
 * event's when not given); every other field is the event's. Absent optional fields are
 * written as undefined, which every reader and the codec take as absent.
 */
export function eventWith<E extends AuditEvent>(
  event: E,
  body: E['body'],
  sealedFields: SealedFields | null | undefined = event.sealedFields,
): E {
  const copy: AllFields<EventEnvelope> & { type: E['type']; body: E['body'] } = {
    eventId: event.eventId,
    type: event.type,
    time: event.time,
    tenant: event.tenant,
    gatewayId: event.gatewayId,
    sessionId: event.sessionId,
    seq: event.seq,
    identity: event.identity,
    sourceIp: event.sourceIp,
    userAgent: event.userAgent,
    connection: event.connection,
    gatewayEpoch: event.gatewayEpoch,
    streamSeq: event.streamSeq,
    era: event.era,
    protocolVersion: event.protocolVersion,
    traceId: event.traceId,
    body,
    sealedFields,
  };
  return copy as E;
}

/** A copy of a body of each event type, every field written (one shape per type). */
const BODY_COPIES: { readonly [T in EventType]: (body: BodyOf<T>) => AllFields<BodyOf<T>> } = {
  session_started: (b) => ({
    protocolVersion: b.protocolVersion,
    clientName: b.clientName,
    clientVersion: b.clientVersion,
    transport: b.transport,
  }),
  frame: (b) => ({
    direction: b.direction,
    kind: b.kind,
    method: b.method,
    jsonrpcId: b.jsonrpcId,
    toolName: b.toolName,
    payload: b.payload,
    payloadEncoding: b.payloadEncoding,
    size: b.size,
    sha256: b.sha256,
    digestAlg: b.digestAlg,
    encryption: b.encryption,
    sseStreamId: b.sseStreamId,
    sseEventId: b.sseEventId,
    round: b.round,
    resourceUri: b.resourceUri,
    promptName: b.promptName,
  }),
  session_ended: (b) => ({ finalSeq: b.finalSeq, reason: b.reason }),
  policy_decision: (b) => ({
    decision: b.decision,
    rule: b.rule,
    reason: b.reason,
    method: b.method,
    toolName: b.toolName,
    frameSeq: b.frameSeq,
    ruleVersion: b.ruleVersion,
    resourceUri: b.resourceUri,
    promptName: b.promptName,
    approvalId: b.approvalId,
  }),
  auth_failure: (b) => ({
    reason: b.reason,
    httpStatus: b.httpStatus,
    claimedIssuer: b.claimedIssuer,
    claimedSubject: b.claimedSubject,
    requestBytes: b.requestBytes,
  }),
  access_grant: (b) => ({
    action: b.action,
    grantId: b.grantId,
    scope: b.scope,
    audience: b.audience,
    issuedAt: b.issuedAt,
    expiresAt: b.expiresAt,
    reason: b.reason,
    approvalId: b.approvalId,
    actor: b.actor,
    flaggedForReview: b.flaggedForReview,
  }),
  approval: (b) => ({
    action: b.action,
    approvalId: b.approvalId,
    method: b.method,
    toolName: b.toolName,
    argsDigest: b.argsDigest,
    rule: b.rule,
    ruleVersion: b.ruleVersion,
    actor: b.actor,
    actorGroups: b.actorGroups,
    reason: b.reason,
    expiresAt: b.expiresAt,
    validUntil: b.validUntil,
    requiredApprovals: b.requiredApprovals,
    approvals: b.approvals,
  }),
  config_change: (b) => ({ component: b.component, hash: b.hash, accepted: b.accepted, error: b.error }),
  rule_error: (b) => ({ ruleId: b.ruleId, stage: b.stage, error: b.error, frameSeq: b.frameSeq }),
};

/** A copy of the event's body with every field of its type written (one shape per event type). */
export function bodyCopy<E extends AuditEvent>(event: E): E['body'] {
  const copy = BODY_COPIES[event.type] as ((body: E['body']) => E['body']) | undefined;
  // A type this version does not know (bad input) is copied as it is: the codec refuses it.
  return copy === undefined ? { ...event.body } : copy(event.body);
}
