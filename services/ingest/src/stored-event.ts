import type { StoredEvent } from '@proctor/audit-store';
import type { ChainedEvent } from '@proctor/integrity';
import type { RedactedEvent } from './redact-event';

/**
 * The audit.events row of a redacted event, before its chain links are known. Only the masked
 * text is stored; the payload hash is of that text too, since a hash of a short clear value
 * (an SSN) could be reversed by trying every value.
 */
export function toChainedEvent({ event, matches, quarantined }: RedactedEvent): ChainedEvent {
  const { identity } = event;
  const ci: Record<string, string> = {};
  for (const [key, value] of Object.entries(identity.ci ?? {})) {
    if (typeof value === 'string') ci[key] = value;
  }
  const base = {
    eventId: event.eventId,
    type: event.type,
    time: event.time,
    tenant: event.tenant,
    gatewayId: event.gatewayId,
    gatewayEpoch: event.gatewayEpoch ?? null,
    streamSeq: event.streamSeq ?? null,
    sessionId: event.sessionId,
    seq: event.seq,
    era: event.era ?? '',
    protocolVersion: event.protocolVersion ?? '',
    traceId: event.traceId ?? '',
    subject: identity.subject,
    issuer: identity.issuer,
    groups: identity.groups,
    ci,
    sourceIp: event.sourceIp ?? '',
    userAgent: event.userAgent ?? '',
    connection: event.connection,
    maskedCount: matches.reduce((sum, m) => sum + m.count, 0),
    maskedRules: [...new Set(matches.map((m) => m.ruleId))],
    quarantined,
  };
  if (event.type !== 'frame') {
    const body = event.body as unknown as Record<string, unknown>;
    const text = (field: string) => (typeof body[field] === 'string' ? (body[field] as string) : '');
    return {
      ...base,
      direction: '',
      kind: '',
      method: text('method'),
      jsonrpcId: '',
      toolName: text('toolName'),
      resourceUri: text('resourceUri'),
      promptName: text('promptName'),
      round: null,
      sseStreamId: '',
      sseEventId: '',
      payload: '',
      size: 0,
      payloadSha256: '',
      detail: JSON.stringify(event.body),
    };
  }
  const { body } = event;
  const payload = body.payload.toString('utf8');
  return {
    ...base,
    direction: body.direction,
    kind: body.kind,
    method: body.method ?? '',
    jsonrpcId: body.jsonrpcId ?? '',
    toolName: body.toolName ?? '',
    resourceUri: body.resourceUri ?? '',
    promptName: body.promptName ?? '',
    round: body.round ?? null,
    sseStreamId: body.sseStreamId ?? '',
    sseEventId: body.sseEventId ?? '',
    payload,
    size: body.size,
    payloadSha256: body.sha256,
    detail: quarantined ? JSON.stringify({ quarantined: true }) : '',
  };
}

/** Compile-time proof that a StoredEvent row is what the integrity chain covers, plus its links. */
export type StoredEventIsChained = StoredEvent extends ChainedEvent ? true : never;
export const STORED_EVENT_IS_CHAINED: StoredEventIsChained = true;
