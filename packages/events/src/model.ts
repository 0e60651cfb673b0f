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
}

export interface Identity {
  subject: string;
  issuer: string;
  groups: string[];
  ci: CiClaims | null;
}

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
}

export interface SessionStartedBody {
  protocolVersion: string | null;
  clientName: string | null;
  clientVersion: string | null;
  transport: 'streamable-http' | 'stdio';
}

export type FrameDirection = 'client_to_server' | 'server_to_client';
export type FrameKind = 'request' | 'notification' | 'response' | 'error';

export interface FrameBody {
  direction: FrameDirection;
  kind: FrameKind;
  method: string | null;
  /** JSON text of the JSON-RPC id, so 1 and "1" stay distinct. */
  jsonrpcId: string | null;
  toolName: string | null;
  /** The frame's JSON text, encoded as payloadEncoding says. */
  payload: Buffer;
  /** 'json' (clear), 'json+masked', or an encryption scheme id. */
  payloadEncoding: string;
  /** Bytes of the clear JSON text. */
  size: number;
  /** Hex SHA-256 of the clear JSON text. */
  sha256: string;
}

export type SessionEndReason =
  | 'client_delete'
  | 'upstream_gone'
  | 'idle_timeout'
  | 'gateway_shutdown'
  | 'stateless_request'
  | 'error';

export interface SessionEndedBody {
  finalSeq: number;
  reason: SessionEndReason;
}

export type Decision = 'allow' | 'block' | 'require_approval' | 'mask';

export interface PolicyDecisionBody {
  decision: Decision;
  rule: string | null;
  reason: string | null;
  method: string | null;
  toolName: string | null;
  frameSeq: number | null;
}

export type AuditEvent =
  | (EventEnvelope & { type: 'session_started'; body: SessionStartedBody })
  | (EventEnvelope & { type: 'frame'; body: FrameBody })
  | (EventEnvelope & { type: 'session_ended'; body: SessionEndedBody })
  | (EventEnvelope & { type: 'policy_decision'; body: PolicyDecisionBody });

export type EventType = AuditEvent['type'];

export const EVENT_TYPES: readonly EventType[] = [
  'session_started',
  'frame',
  'session_ended',
  'policy_decision',
];
