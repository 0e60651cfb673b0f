import type { ConsumedBatch } from '@proctor/event-log';
import { type AuditEvent, encodeEvent, newEventId } from '@proctor/events';

/** Synthetic values shaped like PHI the default rules detect; none belongs to anyone. */
export const FAKE = {
  ssn: '900-12-3456',
  email: 'pat.doe@example.org',
  phone: '(555) 014-2234',
} as const;

export function frameEvent(
  sessionId: string,
  seq: number,
  payload: string,
  body: Partial<Extract<AuditEvent, { type: 'frame' }>['body']> = {},
): AuditEvent {
  return {
    eventId: newEventId(),
    type: 'frame',
    time: 1_763_683_200_000_000 + seq,
    tenant: 't',
    gatewayId: 'g',
    gatewayEpoch: 1,
    streamSeq: seq,
    sessionId,
    seq,
    identity: { subject: 'alice@example.com', issuer: 'urn:test', groups: [], ci: null },
    sourceIp: null,
    userAgent: null,
    connection: 'demo',
    body: {
      direction: 'server_to_client',
      kind: 'response',
      method: 'tools/call',
      jsonrpcId: '1',
      toolName: 'get_patient',
      payload: Buffer.from(payload),
      payloadEncoding: 'json',
      size: Buffer.byteLength(payload),
      sha256: 'x',
      ...body,
    },
  };
}

export function batchOf(
  values: Buffer[],
  options: { partition?: number; firstOffset?: number; key?: string } = {},
): ConsumedBatch {
  const partition = options.partition ?? 2;
  const first = options.firstOffset ?? 40;
  return {
    topic: 'raw',
    partition,
    records: values.map((value, i) => ({
      key: options.key ?? 's-1',
      value,
      partition,
      offset: String(first + i),
    })),
  };
}

export const encoded = (events: AuditEvent[]) => events.map((e) => encodeEvent(e));
