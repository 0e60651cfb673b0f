import { createHash } from 'node:crypto';
import type { StoredEvent } from '@proctor/audit-store';
import type { AuditEvent } from '@proctor/events';

/** What the masking step made of one event's payload. */
export interface MaskedPayload {
  text: string;
  matches: { rule: string; count: number }[];
  quarantined: boolean;
}

/**
 * The audit.events row of an event whose payload was masked. Only the masked text is
 * stored; the hash is of that text too, since a hash of a short clear value (an SSN) could
 * be reversed by trying every value.
 */
export function toStoredEvent(event: AuditEvent, masked: MaskedPayload | null): StoredEvent {
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
    sessionId: event.sessionId,
    seq: event.seq,
    subject: identity.subject,
    issuer: identity.issuer,
    groups: identity.groups,
    ci,
    sourceIp: event.sourceIp ?? '',
    userAgent: event.userAgent ?? '',
    connection: event.connection,
  };
  if (event.type !== 'frame') {
    return {
      ...base,
      direction: '',
      kind: '',
      method: event.type === 'policy_decision' ? (event.body.method ?? '') : '',
      jsonrpcId: '',
      toolName: event.type === 'policy_decision' ? (event.body.toolName ?? '') : '',
      payload: '',
      size: 0,
      payloadSha256: '',
      maskedCount: 0,
      maskedRules: [],
      detail: JSON.stringify(event.body),
    };
  }
  const text = masked?.text ?? '';
  const rules = masked?.matches.filter((m) => m.count > 0) ?? [];
  return {
    ...base,
    direction: event.body.direction,
    kind: event.body.kind,
    method: event.body.method ?? '',
    jsonrpcId: event.body.jsonrpcId ?? '',
    toolName: event.body.toolName ?? '',
    payload: text,
    size: event.body.size,
    payloadSha256: sha256Hex(text),
    maskedCount: rules.reduce((sum, m) => sum + m.count, 0),
    maskedRules: [...new Set(rules.map((m) => m.rule))],
    detail: masked?.quarantined ? JSON.stringify({ quarantined: true }) : '',
  };
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
