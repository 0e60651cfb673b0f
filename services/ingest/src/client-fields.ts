/**
 * Fields outside the payload that a client (or an upstream server) chooses, per event type.
 * They are masked like payloads before anything is stored or produced: a tool name, a
 * resource URI or a JSON-RPC id can carry a patient's name or MRN as easily as arguments can.
 */
import type { AuditEvent } from '@proctor/events';

type BodyOf<T extends AuditEvent['type']> = Extract<AuditEvent, { type: T }>['body'];
type StringKeys<B> = { [K in keyof B]-?: NonNullable<B[K]> extends string ? K : never }[keyof B];

export const CLIENT_BODY_FIELDS: { readonly [T in AuditEvent['type']]: readonly StringKeys<BodyOf<T>>[] } = {
  session_started: ['clientName', 'clientVersion', 'protocolVersion'],
  frame: ['method', 'jsonrpcId', 'toolName', 'resourceUri', 'promptName'],
  session_ended: [],
  policy_decision: ['method', 'toolName', 'resourceUri', 'promptName', 'reason'],
  auth_failure: ['reason', 'claimedIssuer', 'claimedSubject'],
  access_grant: ['reason'],
  approval: ['method', 'toolName', 'reason'],
  config_change: ['error'],
  rule_error: ['error'],
};

export const CLIENT_ENVELOPE_FIELDS = ['userAgent', 'protocolVersion'] as const;

/**
 * An MCP protocol revision (`2025-06-18`) looks like a date to a PHI detector but is a
 * protocol constant; one in that exact form is left as it is, anything else is masked.
 */
const PROTOCOL_REVISION = /^\d{4}-\d{2}-\d{2}$/;

function needsMasking(field: string, value: unknown): value is string {
  if (typeof value !== 'string' || value === '') return false;
  return !(field === 'protocolVersion' && PROTOCOL_REVISION.test(value));
}

/** `{ envelope: {...}, body: {...} }` with the event's client-controlled strings (nulls left out). */
export function clientFieldsOf(event: AuditEvent): {
  envelope: Record<string, string>;
  body: Record<string, string>;
} {
  const envelope: Record<string, string> = {};
  for (const field of CLIENT_ENVELOPE_FIELDS) {
    const value = event[field];
    if (needsMasking(field, value)) envelope[field] = value;
  }
  const body: Record<string, string> = {};
  const source = event.body as unknown as Record<string, unknown>;
  for (const field of CLIENT_BODY_FIELDS[event.type] as readonly string[]) {
    const value = source[field];
    if (needsMasking(field, value)) body[field] = value;
  }
  return { envelope, body };
}

/** The event with its client fields replaced by `masked` (same shape as clientFieldsOf returned). */
export function withClientFields(
  event: AuditEvent,
  masked: { envelope: Record<string, string>; body: Record<string, string> },
): AuditEvent {
  return { ...event, ...masked.envelope, body: { ...event.body, ...masked.body } } as AuditEvent;
}
