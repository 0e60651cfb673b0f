import type { StoredEvent } from '../tables/events';

/** 2025-11-21 00:00:00 UTC in microseconds, plus an odd sub-millisecond part. */
export const BASE_TIME_US = 1_763_683_200_000_000 + 123_457;

/** A synthetic frame event; every field set, nothing resembling real PHI. */
export function frameEvent(overrides: Partial<StoredEvent> = {}): StoredEvent {
  const seq = overrides.seq ?? 1;
  return {
    eventId: `0193a6f0-0000-7000-8000-${String(seq).padStart(12, '0')}`,
    type: 'frame',
    time: BASE_TIME_US + seq * 1_001,
    tenant: 'acme-health',
    gatewayId: 'gw-1',
    gatewayEpoch: 3,
    streamSeq: 100 + seq,
    sessionId: 'sess-1',
    seq,
    era: 'stateful',
    protocolVersion: '2025-06-18',
    traceId: '',
    subject: 'alice@example.com',
    issuer: 'https://idp.example.com',
    groups: ['clinicians', 'on-call'],
    ci: {},
    sourceIp: '192.0.2.10',
    userAgent: 'mcp-test-client/1.0',
    connection: 'ehr',
    direction: 'client_to_server',
    kind: 'request',
    method: 'tools/call',
    jsonrpcId: String(seq),
    toolName: 'lookup_patient',
    resourceUri: '',
    promptName: '',
    round: null,
    sseStreamId: '',
    sseEventId: '',
    payload: '{"jsonrpc":"2.0","method":"tools/call","params":{"ssn":"[REDACTED:ssn]"}}',
    size: 96,
    payloadSha256: 'a'.repeat(64),
    maskedCount: 1,
    maskedRules: ['ssn'],
    quarantined: false,
    detail: '',
    prevHash: '0'.repeat(64),
    hash: `${String(seq).padStart(4, '0')}${'c'.repeat(60)}`,
    ...overrides,
  };
}

/** A session_started event (seq 0) for the given session. */
export function sessionStartedEvent(overrides: Partial<StoredEvent> = {}): StoredEvent {
  return frameEvent({
    type: 'session_started',
    seq: 0,
    direction: '',
    kind: '',
    method: '',
    jsonrpcId: '',
    toolName: '',
    payload: '',
    size: 0,
    payloadSha256: '',
    maskedCount: 0,
    maskedRules: [],
    detail: '{"protocolVersion":"2025-06-18","transport":"streamable-http"}',
    ...overrides,
  });
}
