/**
 * The audit event model. Every MCP frame and every gateway decision becomes one immutable
 * AuditEvent; everything downstream (ClickHouse, the SIEM topic, bundles, reports) derives
 * from these. Mirrors schemas/avro/audit-event.*.avsc (the codec maps between the two).
 */

export interface CiClaims {
  provider: string;
  repository: string | null;
  ref: string | null;
  workflow: string | null;
  runId: string | null;
  actor: string | null;
  /** Schema version 2 on; absent when unknown. */
  job?: string | null;
  environment?: string | null;
  /** branch | tag | merge_request … */
  refType?: string | null;
  sha?: string | null;
}

export interface Identity {
  subject: string;
  issuer: string;
  groups: string[];
  ci: CiClaims | null;
  /** True only where a connection allows anonymous access explicitly (absent means false). */
  anonymous?: boolean;
  /** oidc | dev | anonymous; absent when unknown. */
  authMethod?: string | null;
}

export type ProtocolEra = 'stateful' | 'stateless';

export interface EventEnvelope {
  /** UUID v7: time ordered, globally unique. */
  eventId: string;
  /** Microseconds since the Unix epoch, UTC. */
  time: number;
  tenant: string;
  gatewayId: string;
  sessionId: string;
  /** Per-session sequence number, from 0, without gaps. */
  seq: number;
  identity: Identity;
  sourceIp: string | null;
  userAgent: string | null;
  connection: string;
  /**
   * Gateway-stream position (schema version 2 on): the start count of this gateway instance
   * (`gatewayId`) and the gap-free sequence of every event it emitted in that epoch. Absent on
   * events written before version 2, or by producers that are not gateways.
   */
  gatewayEpoch?: number | null;
  streamSeq?: number | null;
  /** The client's protocol era. */
  era?: ProtocolEra | null;
  /** MCP protocol revision of the request (MCP-Protocol-Version header or `_meta`). */
  protocolVersion?: string | null;
  /** W3C trace id from `_meta.traceparent`: links the stateless exchanges of one agent run. */
  traceId?: string | null;
  /**
   * Schema version 3 on: the client-controlled fields outside the payload (see
   * client-fields.ts), sealed to ingest like the payload; those fields are then null (or
   * empty) in clear. Ingest opens them and restores the fields; absent everywhere else.
   */
  sealedFields?: SealedFields | null;
}

/**
 * Client-controlled fields sealed to ingest: a JSON object `{ envelope, body }`, AES-256-GCM.
 * On a frame with a sealed payload they are sealed in the payload's own operation: their
 * encryption then has an empty wrappedKey, IV and tag (the payload's are meant, and its tag
 * covers both). Events written before that have an IV and tag of their own.
 */
export interface SealedFields {
  ciphertext: Buffer;
  encryption: PayloadEncryption;
}

export interface SessionStartedBody {
  protocolVersion: string | null;
  clientName: string | null;
  clientVersion: string | null;
  transport: 'streamable-http' | 'stdio';
}

export type FrameDirection = 'client_to_server' | 'server_to_client';
/** `stderr`: a line a stdio server wrote to its standard error, captured as a frame. */
export type FrameKind = 'request' | 'notification' | 'response' | 'error' | 'stderr';

/** How an encrypted payload's data key is wrapped (schema version 2 on). */
export interface PayloadEncryption {
  /** Id of the ingest key the data key is wrapped to. */
  keyId: string;
  /** The data key as a compact JWE to that ingest key. */
  wrappedKey: string;
  iv: Buffer;
  tag: Buffer;
}

export interface FrameBody {
  direction: FrameDirection;
  kind: FrameKind;
  method: string | null;
  /** JSON text of the JSON-RPC id, so 1 and "1" stay distinct. */
  jsonrpcId: string | null;
  toolName: string | null;
  /** The frame's JSON text, encoded as payloadEncoding says. */
  payload: Buffer;
  /**
   * 'json' (clear), 'json+masked', an encryption scheme id, or 'omitted' (OMITTED_PAYLOAD: a
   * `record: metadata` policy kept no payload; `payload` is empty, `size` is the frame's).
   */
  payloadEncoding: string;
  /** Bytes of the clear JSON text. */
  size: number;
  /**
   * Hex digest of the clear JSON text: SHA-256 (digestAlg `sha256`, the default) or, beside an
   * encrypted payload, HMAC-SHA256 with a key only ingest holds (digestAlg `hmac-sha256`).
   */
  sha256: string;
  digestAlg?: 'sha256' | 'hmac-sha256';
  encryption?: PayloadEncryption | null;
  /** Gateway-side SSE stream and event id the frame travelled with (resumption replays are not recorded again). */
  sseStreamId?: string | null;
  sseEventId?: string | null;
  /** Stateless multi-round-trip round of the exchange, from 0. */
  round?: number | null;
  resourceUri?: string | null;
  promptName?: string | null;
}

export type SessionEndReason =
  | 'client_delete'
  | 'upstream_gone'
  | 'idle_timeout'
  | 'gateway_shutdown'
  | 'gateway_crash'
  | 'never_established'
  | 'exchange_complete'
  | 'client_disconnect'
  | 'stateless_request'
  | 'access_revoked'
  | 'error';

export interface SessionEndedBody {
  finalSeq: number;
  reason: SessionEndReason;
}

export type Decision = 'allow' | 'block' | 'require_approval' | 'mask' | 'record' | 'hide';

export interface PolicyDecisionBody {
  decision: Decision;
  rule: string | null;
  reason: string | null;
  method: string | null;
  toolName: string | null;
  frameSeq: number | null;
  /** Hash of the compiled rule set the decision was made under. */
  ruleVersion?: string | null;
  resourceUri?: string | null;
  promptName?: string | null;
  approvalId?: string | null;
}

/** A request the gateway refused before any session: the HIPAA report counts these. */
export interface AuthFailureBody {
  /** RFC 6750-style code and detail, e.g. `invalid_token:expired`. Never the token. */
  reason: string;
  httpStatus: number;
  claimedIssuer: string | null;
  claimedSubject: string | null;
  /** Schema version 3 on: size of a refused malformed body (`invalid_request:*`), never its content. */
  requestBytes?: number | null;
}

export type AccessGrantAction =
  | 'requested'
  | 'granted'
  | 'denied'
  | 'revoked'
  | 'expired'
  | 'used'
  | 'break_glass'
  | 'credential_minted'
  | 'credential_exchanged'
  | 'credential_static';

/** A grant of access, or an upstream credential issued for a caller: never the credential itself. */
export interface AccessGrantBody {
  action: AccessGrantAction;
  grantId: string | null;
  scope: string | null;
  audience: string | null;
  /** Microseconds since the Unix epoch. */
  issuedAt: number | null;
  expiresAt: number | null;
  reason: string | null;
  approvalId: string | null;
  /** Who acted (approver, revoker) when not the envelope identity. */
  actor: string | null;
  flaggedForReview: boolean;
}

export type ApprovalAction =
  | 'requested'
  | 'notified'
  | 'notify_failed'
  | 'approved'
  | 'denied'
  | 'expired'
  | 'cancelled'
  | 'interrupted'
  | 'used'
  /** An approver of a clear-view group was shown the clear arguments (never recorded themselves). */
  | 'viewed_clear';

export interface ApprovalBody {
  action: ApprovalAction;
  approvalId: string;
  method: string | null;
  toolName: string | null;
  /** Digest of the exact canonical arguments the decision is bound to. */
  argsDigest: string | null;
  rule: string | null;
  ruleVersion: string | null;
  /** The approver or canceller, when not the requester. */
  actor: string | null;
  actorGroups: string[];
  reason: string | null;
  /** Microseconds since the Unix epoch. */
  expiresAt: number | null;
  /** For approve-identical-calls-for-a-time decisions. */
  validUntil: number | null;
  requiredApprovals: number;
  approvals: number;
}

export interface ConfigChangeBody {
  component: 'policy' | 'masking' | 'connections';
  /** SHA-256 of the new configuration text. */
  hash: string;
  accepted: boolean;
  error: string | null;
}

/** A masking rule that threw or ran past its budget: the payload was quarantined. */
export interface RuleErrorBody {
  ruleId: string;
  stage: 'inline' | 'ingest';
  error: string;
  frameSeq: number | null;
}

export type AuditEvent =
  | (EventEnvelope & { type: 'session_started'; body: SessionStartedBody })
  | (EventEnvelope & { type: 'frame'; body: FrameBody })
  | (EventEnvelope & { type: 'session_ended'; body: SessionEndedBody })
  | (EventEnvelope & { type: 'policy_decision'; body: PolicyDecisionBody })
  | (EventEnvelope & { type: 'auth_failure'; body: AuthFailureBody })
  | (EventEnvelope & { type: 'access_grant'; body: AccessGrantBody })
  | (EventEnvelope & { type: 'approval'; body: ApprovalBody })
  | (EventEnvelope & { type: 'config_change'; body: ConfigChangeBody })
  | (EventEnvelope & { type: 'rule_error'; body: RuleErrorBody });

export type EventType = AuditEvent['type'];

export const EVENT_TYPES: readonly EventType[] = [
  'session_started',
  'frame',
  'session_ended',
  'policy_decision',
  'auth_failure',
  'access_grant',
  'approval',
  'config_change',
  'rule_error',
];

/** The payloadEncoding of a frame whose payload a `record: metadata` policy did not keep. */
export const OMITTED_PAYLOAD = 'omitted';
