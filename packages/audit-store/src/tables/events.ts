import { defineTable } from '../table-spec';

/**
 * One row of `events`: a redacted audit event with its hash-chain links. Only masked data
 * ever reaches this type. Its fields (less prevHash/hash) are what the integrity chain covers
 * (ChainedEvent in @proctor/integrity).
 */
export interface StoredEvent {
  eventId: string;
  type: string;
  /** Microseconds since the Unix epoch, UTC. */
  time: number;
  tenant: string;
  gatewayId: string;
  /** Gateway-stream position (schema version 2 on); null when the producer gave none. */
  gatewayEpoch: number | null;
  streamSeq: number | null;
  sessionId: string;
  seq: number;
  /** 'stateful' | 'stateless', '' when unknown. */
  era: string;
  protocolVersion: string;
  traceId: string;
  subject: string;
  issuer: string;
  groups: string[];
  /** CI claims (provider, repository, ref, workflow, runId, actor, …) where present. */
  ci: Record<string, string>;
  sourceIp: string;
  /** Masked: the client chooses it. */
  userAgent: string;
  connection: string;
  /** Frame events only ('' otherwise). */
  direction: string;
  kind: string;
  /** Masked, like every client-controlled field below. */
  method: string;
  jsonrpcId: string;
  toolName: string;
  resourceUri: string;
  promptName: string;
  round: number | null;
  sseStreamId: string;
  sseEventId: string;
  /** The masked JSON text of the frame ('' for non-frame events). */
  payload: string;
  /** Size in bytes of the clear frame. */
  size: number;
  /** Hex SHA-256 of the stored (masked) payload. */
  payloadSha256: string;
  /** How many masking matches were replaced in this event. */
  maskedCount: number;
  /** Masking rule ids that matched, distinct. */
  maskedRules: string[];
  /** The payload was fully redacted because a rule failed or it was not JSON. */
  quarantined: boolean;
  /** JSON text of the (masked) body for non-frame events. */
  detail: string;
  /** Hash of the session's previous stored event (64 zeros for the first). */
  prevHash: string;
  /** SHA-256 chain hash over this event's canonical redacted form and prevHash. */
  hash: string;
}

export const EVENTS = defineTable<StoredEvent>('events', {
  eventId: ['event_id', 'string'],
  type: ['type', 'string'],
  time: ['time', 'time'],
  tenant: ['tenant', 'string'],
  gatewayId: ['gateway_id', 'string'],
  gatewayEpoch: ['gateway_epoch', 'nullableUint64'],
  streamSeq: ['stream_seq', 'nullableUint64'],
  sessionId: ['session_id', 'string'],
  seq: ['seq', 'uint64'],
  era: ['era', 'string'],
  protocolVersion: ['protocol_version', 'string'],
  traceId: ['trace_id', 'string'],
  subject: ['subject', 'string'],
  issuer: ['issuer', 'string'],
  groups: ['groups', 'strings'],
  ci: ['ci', 'map'],
  sourceIp: ['source_ip', 'string'],
  userAgent: ['user_agent', 'string'],
  connection: ['connection', 'string'],
  direction: ['direction', 'string'],
  kind: ['kind', 'string'],
  method: ['method', 'string'],
  jsonrpcId: ['jsonrpc_id', 'string'],
  toolName: ['tool_name', 'string'],
  resourceUri: ['resource_uri', 'string'],
  promptName: ['prompt_name', 'string'],
  round: ['round', 'nullableUint32'],
  sseStreamId: ['sse_stream_id', 'string'],
  sseEventId: ['sse_event_id', 'string'],
  payload: ['payload', 'string'],
  size: ['size', 'uint32'],
  payloadSha256: ['payload_sha256', 'string'],
  maskedCount: ['masked_count', 'uint32'],
  maskedRules: ['masked_rules', 'strings'],
  quarantined: ['quarantined', 'bool'],
  detail: ['detail', 'string'],
  prevHash: ['prev_hash', 'string'],
  hash: ['hash', 'string'],
});
