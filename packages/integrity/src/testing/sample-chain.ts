import { type ChainHead, linkEvents } from '../chain';
import type { ChainedEvent, StoredChainEvent } from '../chained-event';

/** 2025-11-21 00:00:00 UTC in microseconds. */
const BASE_TIME_US = 1_763_683_200_000_000;

/** A synthetic redacted event; nothing in it resembles real PHI. */
export function chainedEvent(
  sessionId: string,
  seq: number,
  overrides: Partial<ChainedEvent> = {},
): ChainedEvent {
  return {
    eventId: `${sessionId}-${String(seq).padStart(6, '0')}`,
    type: seq === 0 ? 'session_started' : 'frame',
    time: BASE_TIME_US + seq * 1000,
    tenant: 'acme-health',
    gatewayId: 'gw-1',
    gatewayEpoch: 1,
    streamSeq: null,
    sessionId,
    seq,
    era: 'stateful',
    protocolVersion: '2025-06-18',
    traceId: '',
    subject: 'alice@example.com',
    issuer: 'https://idp.example.com',
    groups: ['clinicians'],
    ci: {},
    sourceIp: '192.0.2.10',
    userAgent: 'test-agent/1.0',
    connection: 'ehr',
    direction: seq === 0 ? '' : 'client_to_server',
    kind: seq === 0 ? '' : 'request',
    method: seq === 0 ? '' : 'tools/call',
    jsonrpcId: seq === 0 ? '' : String(seq),
    toolName: seq === 0 ? '' : 'get_patient',
    resourceUri: '',
    promptName: '',
    round: null,
    sseStreamId: '',
    sseEventId: '',
    payload: seq === 0 ? '' : `{"jsonrpc":"2.0","id":${seq},"params":{"mrn":"[REDACTED:mrn]"}}`,
    size: 60,
    payloadSha256: 'b'.repeat(64),
    maskedCount: seq === 0 ? 0 : 1,
    maskedRules: seq === 0 ? [] : ['mrn'],
    quarantined: false,
    detail: '',
    ...overrides,
  };
}

/**
 * A linked session of `count` events; stream positions interleave when `streamStart` and
 * `streamStep` are given (several sessions sharing one gateway stream).
 */
export function chainedSession(
  sessionId: string,
  count: number,
  stream?: { start: number; step: number },
  head?: ChainHead,
): StoredChainEvent[] {
  const from = head === undefined ? 0 : head.seq + 1;
  const events = Array.from({ length: count }, (_, i) =>
    chainedEvent(sessionId, from + i, {
      streamSeq: stream === undefined ? null : stream.start + (from + i) * stream.step,
    }),
  );
  return linkEvents(head, events);
}
