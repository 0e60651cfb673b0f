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
  let maskedCount = 0;
  const rules = new Set<string>();
  for (const m of matches) {
    maskedCount += m.count;
    rules.add(m.ruleId);
  }
  const frame = event.type === 'frame' ? event.body : undefined;
  const other = frame === undefined ? (event.body as unknown as Record<string, unknown>) : undefined;
  const text = (field: string) => (typeof other?.[field] === 'string' ? (other[field] as string) : '');
  // One object literal of every column (spreading a base object into a 38-field row costs as
  // much again as the rest of this function on the ingest hot path).
  return {
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
    direction: frame?.direction ?? '',
    kind: frame?.kind ?? '',
    method: frame ? (frame.method ?? '') : text('method'),
    jsonrpcId: frame?.jsonrpcId ?? '',
    toolName: frame ? (frame.toolName ?? '') : text('toolName'),
    resourceUri: frame ? (frame.resourceUri ?? '') : text('resourceUri'),
    promptName: frame ? (frame.promptName ?? '') : text('promptName'),
    round: frame?.round ?? null,
    sseStreamId: frame?.sseStreamId ?? '',
    sseEventId: frame?.sseEventId ?? '',
    payload: frame ? frame.payload.toString('utf8') : '',
    size: frame ? frame.size : 0,
    payloadSha256: frame ? frame.sha256 : '',
    maskedCount,
    maskedRules: [...rules],
    quarantined,
    detail: frame ? (quarantined ? JSON.stringify({ quarantined: true }) : '') : JSON.stringify(event.body),
  };
}

/** Compile-time proof that a StoredEvent row is what the integrity chain covers, plus its links. */
export type StoredEventIsChained = StoredEvent extends ChainedEvent ? true : never;
export const STORED_EVENT_IS_CHAINED: StoredEventIsChained = true;
