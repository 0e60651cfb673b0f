/**
 * Fields outside the payload that a client (or an upstream server) chooses, per event type.
 * A tool name, a resource URI or a JSON-RPC id can carry a patient's name or MRN as easily as
 * arguments can: the gateway seals them to ingest with the payload (schema version 3 on), and
 * ingest masks them like payloads before anything is stored or produced.
 */
import { bodyCopy, eventWith } from './event-copy';
import type { AuditEvent } from './model';

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

/** The client-controlled strings of one event, by where they sit; fields left out are null. */
export interface ClientFields {
  envelope: Record<string, string>;
  body: Record<string, string>;
}

/**
 * An MCP protocol revision (`2025-06-18`) looks like a date to a PHI detector but is a
 * protocol constant; one in that exact form is left as it is, anything else is client text.
 */
const PROTOCOL_REVISION = /^\d{4}-\d{2}-\d{2}$/;

function isClientText(field: string, value: unknown): value is string {
  if (typeof value !== 'string' || value === '') return false;
  return !(field === 'protocolVersion' && PROTOCOL_REVISION.test(value));
}

/** Client fields set to a value, or cleared (null). */
export interface ClientFieldValues {
  envelope: Record<string, string | null>;
  body: Record<string, string | null>;
}

/** The event's client-controlled strings (nulls, empty strings and protocol revisions left out). */
export function clientFieldsOf(event: AuditEvent): ClientFields {
  const envelope: Record<string, string> = {};
  for (const field of CLIENT_ENVELOPE_FIELDS) {
    const value = event[field];
    if (isClientText(field, value)) envelope[field] = value;
  }
  const body: Record<string, string> = {};
  const source = event.body as unknown as Record<string, unknown>;
  for (const field of CLIENT_BODY_FIELDS[event.type] as readonly string[]) {
    const value = source[field];
    if (isClientText(field, value)) body[field] = value;
  }
  return { envelope, body };
}

/** True when `fields` holds nothing (clientFieldsOf of an event without client text). */
export function noClientFields(fields: ClientFields): boolean {
  for (const _ in fields.envelope) return false;
  for (const _ in fields.body) return false;
  return true;
}

/**
 * The event with its client fields replaced by `replaced` (same shape as clientFieldsOf
 * returned), copied field by field: the replaced fields are already declared in the copy, so
 * writing them keeps its shape.
 */
export function withClientFields<E extends AuditEvent>(event: E, replaced: ClientFieldValues): E {
  return Object.assign(eventWith(event, Object.assign(bodyCopy(event), replaced.body)), replaced.envelope);
}

/** What a client field is stored as when the masking engine could not mask it with certainty. */
export const QUARANTINED_CLIENT_FIELD = '[REDACTED:quarantined]';

/** `fields` with every value quarantined (the same fields, each QUARANTINED_CLIENT_FIELD). */
export function quarantinedClientFields(fields: ClientFields): ClientFields {
  const envelope: Record<string, string> = {};
  for (const name in fields.envelope) envelope[name] = QUARANTINED_CLIENT_FIELD;
  const body: Record<string, string> = {};
  for (const name in fields.body) body[name] = QUARANTINED_CLIENT_FIELD;
  return { envelope, body };
}

/** The two client fields the schema does not let be null: sealed, they are empty on the wire. */
const NOT_NULLABLE: Partial<Record<AuditEvent['type'], string>> = {
  auth_failure: 'reason',
  rule_error: 'error',
};

/** The values a sealed event's client fields take on the wire: null, or empty where null is not allowed. */
export function clearedClientFields(type: AuditEvent['type'], fields: ClientFields): ClientFieldValues {
  const envelope: Record<string, null> = {};
  for (const name in fields.envelope) envelope[name] = null;
  const body: Record<string, string | null> = {};
  for (const name in fields.body) body[name] = NOT_NULLABLE[type] === name ? '' : null;
  return { envelope, body };
}
