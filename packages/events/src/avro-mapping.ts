/**
 * Maps the domain model (a discriminated union on `type`) to the Avro record (a wrapped
 * union `body`, one branch per event type) and back. The Avro field names are the domain's,
 * so bodies map field for field; the mapping only has to pick and check the branch.
 */
import type { Type } from 'avsc';
import { EventDecodeError, EventEncodeError } from './errors';
import type { AuditEvent, CiClaims, EventType, Identity } from './model';
import { bodyType } from './schema-registry';

const NAMESPACE = 'proctor.audit';

const BRANCH_BY_TYPE: Record<EventType, string> = {
  session_started: `${NAMESPACE}.SessionStarted`,
  frame: `${NAMESPACE}.Frame`,
  session_ended: `${NAMESPACE}.SessionEnded`,
  policy_decision: `${NAMESPACE}.PolicyDecision`,
};

const TYPE_BY_BRANCH = new Map<string, EventType>(
  Object.entries(BRANCH_BY_TYPE).map(([type, branch]) => [branch, type as EventType]),
);

interface BranchShape {
  branch: string;
  /** Fields without a default: the body must carry them. */
  required: string[];
  allowed: Set<string>;
}

interface AvroField {
  name: string;
  defaultValue(): unknown;
}

/** The body shape each event type must have to be written with `type`'s schema. */
export function describeBranches(type: Type): Map<EventType, BranchShape> {
  const union = bodyType(type) as unknown as { types: { name?: string; fields?: AvroField[] }[] };
  const shapes = new Map<EventType, BranchShape>();
  for (const branch of union.types) {
    const eventType = branch.name ? TYPE_BY_BRANCH.get(branch.name) : undefined;
    if (!eventType || !branch.name) continue;
    const fields = branch.fields ?? [];
    shapes.set(eventType, {
      branch: branch.name,
      required: fields.filter((f) => f.defaultValue() === undefined).map((f) => f.name),
      allowed: new Set(fields.map((f) => f.name)),
    });
  }
  return shapes;
}

export function toAvroRecord(
  event: AuditEvent,
  shapes: Map<EventType, BranchShape>,
  version: number,
): unknown {
  const shape = shapes.get(event.type);
  if (!shape) {
    throw new EventEncodeError(
      `event type "${String(event.type)}" has no body branch in schema version ${version}`,
    );
  }
  const body = event.body as unknown as Record<string, unknown>;
  if (typeof body !== 'object' || body === null) {
    throw new EventEncodeError(`event type "${event.type}" has no body`);
  }
  for (const name of shape.required) {
    if (!(name in body)) {
      throw new EventEncodeError(
        `event type "${event.type}" does not match its body: field "${name}" is missing`,
      );
    }
  }
  for (const name of Object.keys(body)) {
    if (!shape.allowed.has(name)) {
      throw new EventEncodeError(
        `event type "${event.type}" does not match its body: unexpected field "${name}"`,
      );
    }
  }
  return {
    eventId: event.eventId,
    type: event.type,
    time: event.time,
    tenant: event.tenant,
    gatewayId: event.gatewayId,
    sessionId: event.sessionId,
    seq: event.seq,
    identity: event.identity,
    sourceIp: event.sourceIp,
    userAgent: event.userAgent,
    connection: event.connection,
    body: { [shape.branch]: body },
  };
}

interface AvroEventRecord {
  eventId: string;
  type: string;
  time: number;
  tenant: string;
  gatewayId: string;
  sessionId: string;
  seq: number;
  identity: { subject: string; issuer: string; groups: string[]; ci: CiClaims | null };
  sourceIp: string | null;
  /** Absent when read into a schema version without it. */
  userAgent?: string | null;
  connection: string;
  body: Record<string, Record<string, unknown>>;
}

export function fromAvroRecord(value: unknown): AuditEvent {
  const record = value as AvroEventRecord;
  const branches = Object.keys(record.body);
  const branch = branches[0];
  const type = branch === undefined ? undefined : TYPE_BY_BRANCH.get(branch);
  if (branches.length !== 1 || branch === undefined) {
    throw new EventDecodeError('CORRUPT', 'event body is not a single union branch');
  }
  if (!type) {
    throw new EventDecodeError(
      'UNSUPPORTED_EVENT_TYPE',
      `event body branch ${branch} is not supported by this reader`,
    );
  }
  if (record.type !== type) {
    throw new EventDecodeError(
      'CORRUPT',
      `event type "${record.type}" does not match its body branch ${branch}`,
    );
  }
  return {
    eventId: record.eventId,
    type,
    time: record.time,
    tenant: record.tenant,
    gatewayId: record.gatewayId,
    sessionId: record.sessionId,
    seq: record.seq,
    identity: toIdentity(record.identity),
    sourceIp: record.sourceIp ?? null,
    userAgent: record.userAgent ?? null,
    connection: record.connection,
    body: { ...record.body[branch] },
  } as unknown as AuditEvent;
}

function toIdentity(identity: AvroEventRecord['identity']): Identity {
  const ci = identity.ci;
  return {
    subject: identity.subject,
    issuer: identity.issuer,
    groups: [...identity.groups],
    ci: ci
      ? {
          provider: ci.provider,
          repository: ci.repository ?? null,
          ref: ci.ref ?? null,
          workflow: ci.workflow ?? null,
          runId: ci.runId ?? null,
          actor: ci.actor ?? null,
        }
      : null,
  };
}
