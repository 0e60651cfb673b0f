export {
  CLIENT_BODY_FIELDS,
  CLIENT_ENVELOPE_FIELDS,
  type ClientFields,
  type ClientFieldValues,
  clearedClientFields,
  clientFieldsOf,
  noClientFields,
  QUARANTINED_CLIENT_FIELD,
  quarantinedClientFields,
  withClientFields,
} from './client-fields';
export {
  type CodecOptions,
  createCodec,
  decodeEvent,
  defaultEventCodec,
  type EventCodec,
  encodeEvent,
} from './codec';
export { EventDecodeError, type EventDecodeErrorCode, EventEncodeError } from './errors';
export { bodyCopy, eventWith } from './event-copy';
export { newEventId, nowMicros } from './ids';
export type {
  AccessGrantAction,
  AccessGrantBody,
  ApprovalAction,
  ApprovalBody,
  AuditEvent,
  AuthFailureBody,
  CiClaims,
  ConfigChangeBody,
  Decision,
  EventEnvelope,
  EventType,
  FrameBody,
  FrameDirection,
  FrameKind,
  Identity,
  PayloadEncryption,
  PolicyDecisionBody,
  ProtocolEra,
  RuleErrorBody,
  SealedFields,
  SessionEndedBody,
  SessionEndReason,
  SessionStartedBody,
} from './model';
export { EVENT_TYPES, OMITTED_PAYLOAD } from './model';
export { rabinFingerprint64 } from './rabin';
export { COMMITTED_SCHEMA_DIR, loadCommittedSchemas, type SchemaSource } from './schema-registry';
