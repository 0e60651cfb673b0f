/**
 * Maps the domain model (a discriminated union on `type`) to the Avro record (a wrapped
 * union `body`, one branch per event type) and back. The Avro field names are the domain's,
 * so bodies map field for field; the mapping only has to pick and check the branch.
 */
import type { Type } from 'avsc';
import { EventDecodeError, EventEncodeError } from './errors';
import type { AuditEvent, CiClaims, EventType, Identity, SealedFields } from './model';
import { bodyType } from './schema-registry';

const NAMESPACE = 'proctor.audit';

const BRANCH_BY_TYPE: Record<EventType, string> = {
  session_started: `${NAMESPACE}.SessionStarted`,
  frame: `${NAMESPACE}.Frame`,
  session_ended: `${NAMESPACE}.SessionEnded`,
  policy_decision: `${NAMESPACE}.PolicyDecision`,
  auth_failure: `${NAMESPACE}.AuthFailure`,
  access_grant: `${NAMESPACE}.AccessGrant`,
  approval: `${NAMESPACE}.Approval`,
  config_change: `${NAMESPACE}.ConfigChange`,
  rule_error: `${NAMESPACE}.RuleError`,
};

/**
 * Body fields added to an existing branch after version 1, with the value that means "not set".
 * The domain model leaves them out when unset, so an event reads back as it was written.
 */
const LATER_BODY_FIELDS: Partial<Record<EventType, Record<string, unknown>>> = {
  frame: {
    digestAlg: 'sha256',
    encryption: null,
    sseStreamId: null,
    sseEventId: null,
    round: null,
    resourceUri: null,
    promptName: null,
  },
  policy_decision: { ruleVersion: null, resourceUri: null, promptName: null, approvalId: null },
  auth_failure: { requestBytes: null },
};

/** Envelope fields added after version 1 (all nullable); left out of the model when null. */
const LATER_ENVELOPE_FIELDS = ['gatewayEpoch', 'streamSeq', 'era', 'protocolVersion', 'traceId'] as const;
const LATER_CI_FIELDS = ['job', 'environment', 'refType', 'sha'] as const;

const TYPE_BY_BRANCH = new Map<string, EventType>(
  Object.entries(BRANCH_BY_TYPE).map(([type, branch]) => [branch, type as EventType]),
);

interface BranchShape {
  branch: string;
  /** Fields without a default: the body must carry them. */
  required: string[];
  allowed: Set<string>;
  /** Every field in schema order, with the value a later field takes when the body leaves it out. */
  fields: { name: string; unset: unknown }[];
  /** The wrapped union value of a body that fits (see compileBranchRecord), or null when it does not. */
  record: (body: Record<string, unknown>) => Record<string, unknown> | null;
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
    const later = LATER_BODY_FIELDS[eventType] ?? {};
    const required = fields.filter((f) => f.defaultValue() === undefined).map((f) => f.name);
    const shape = fields.map((f) => ({ name: f.name, unset: later[f.name] }));
    shapes.set(eventType, {
      branch: branch.name,
      required,
      allowed: new Set(fields.map((f) => f.name)),
      fields: shape,
      record: compileBranchRecord(branch.name, shape, new Set(required)),
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
  const record = shape.record(body);
  if (record === null) throw mismatch(event.type, body, shape);
  return {
    eventId: event.eventId,
    type: event.type,
    time: event.time,
    tenant: event.tenant,
    gatewayId: event.gatewayId,
    sessionId: event.sessionId,
    seq: event.seq,
    identity: toAvroIdentity(event.identity),
    sourceIp: event.sourceIp,
    userAgent: event.userAgent,
    connection: event.connection,
    gatewayEpoch: event.gatewayEpoch ?? null,
    streamSeq: event.streamSeq ?? null,
    era: event.era ?? null,
    protocolVersion: event.protocolVersion ?? null,
    traceId: event.traceId ?? null,
    body: record,
    sealedFields: event.sealedFields ?? null,
  };
}

/** Why a body does not fit its branch: the first missing or unexpected field. */
function mismatch(type: EventType, body: Record<string, unknown>, shape: BranchShape): EventEncodeError {
  const missing = shape.required.find((name) => !(name in body));
  if (missing !== undefined) {
    return new EventEncodeError(
      `event type "${type}" does not match its body: field "${missing}" is missing`,
    );
  }
  const unexpected = Object.keys(body).find((name) => !shape.allowed.has(name));
  return new EventEncodeError(
    `event type "${type}" does not match its body: unexpected field "${unexpected ?? '(unknown)'}"`,
  );
}

/**
 * The function that turns a body into the body union's value, `{ <branch>: record }`: every
 * field in schema order (so each branch's records share one object shape), a later field the
 * body leaves out set to its "not set" value; null when a required field is missing or the
 * body has a field the branch does not. Generated once per branch, so that each field is read
 * by its name at a call site of its own rather than through one loop over names, which runs
 * several times slower once many body shapes pass through it (every event is mapped here), and
 * the branch name is a literal key, not a computed one.
 */
function compileBranchRecord(
  branch: string,
  fields: readonly { name: string; unset: unknown }[],
  required: ReadonlySet<string>,
): (body: Record<string, unknown>) => Record<string, unknown> | null {
  const reads: string[] = [];
  const entries: string[] = [];
  fields.forEach(({ name, unset }, i) => {
    const key = JSON.stringify(name);
    const absent = required.has(name) ? 'return null;' : '';
    reads.push(
      `const v${i} = body[${key}]; if (v${i} !== undefined || ${key} in body) n++; else {${absent}}`,
    );
    entries.push(`${key}: ${unset === undefined ? `v${i}` : `v${i} === undefined ? unset[${i}] : v${i}`}`);
  });
  const source = `let n = 0;\n${reads.join('\n')}\nif (Object.keys(body).length !== n) return null;\nreturn { ${JSON.stringify(branch)}: { ${entries.join(', ')} } };`;
  const build = new Function('body', 'unset', source) as (
    body: Record<string, unknown>,
    unset: readonly unknown[],
  ) => Record<string, unknown> | null;
  const unset = fields.map((f) => f.unset);
  return (body) => build(body, unset);
}

function withoutUnsetLaterFields(type: EventType, body: Record<string, unknown>): Record<string, unknown> {
  const later = LATER_BODY_FIELDS[type];
  if (!later) return body;
  for (const [name, unset] of Object.entries(later)) {
    if (body[name] === unset || body[name] === undefined) delete body[name];
  }
  // avsc reads nested records as instances of generated classes; the model holds plain objects.
  if (typeof body.encryption === 'object' && body.encryption !== null)
    body.encryption = { ...body.encryption };
  return body;
}

interface AvroEventRecord {
  eventId: string;
  type: string;
  time: number;
  tenant: string;
  gatewayId: string;
  sessionId: string;
  seq: number;
  identity: {
    subject: string;
    issuer: string;
    groups: string[];
    ci: CiClaims | null;
    anonymous?: boolean;
    authMethod?: string | null;
  };
  sourceIp: string | null;
  /** Absent when read into a schema version without it. */
  userAgent?: string | null;
  connection: string;
  gatewayEpoch?: number | null;
  streamSeq?: number | null;
  era?: string | null;
  protocolVersion?: string | null;
  traceId?: string | null;
  body: Record<string, Record<string, unknown>>;
  sealedFields?: SealedFields | null;
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
  const event: Record<string, unknown> = {
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
  };
  for (const name of LATER_ENVELOPE_FIELDS) {
    const value = record[name];
    if (value !== undefined && value !== null) event[name] = value;
  }
  event.body = withoutUnsetLaterFields(type, { ...record.body[branch] });
  const sealed = record.sealedFields;
  // Plain objects, not the classes avsc reads nested records into.
  if (sealed) event.sealedFields = { ciphertext: sealed.ciphertext, encryption: { ...sealed.encryption } };
  return event as unknown as AuditEvent;
}

function toIdentity(identity: AvroEventRecord['identity']): Identity {
  const out: Identity = {
    subject: identity.subject,
    issuer: identity.issuer,
    groups: [...identity.groups],
    ci: identity.ci ? toCiClaims(identity.ci) : null,
  };
  if (identity.anonymous === true) out.anonymous = true;
  if (identity.authMethod !== undefined && identity.authMethod !== null) out.authMethod = identity.authMethod;
  return out;
}

function toCiClaims(ci: CiClaims): CiClaims {
  const out: CiClaims = {
    provider: ci.provider,
    repository: ci.repository ?? null,
    ref: ci.ref ?? null,
    workflow: ci.workflow ?? null,
    runId: ci.runId ?? null,
    actor: ci.actor ?? null,
  };
  for (const name of LATER_CI_FIELDS) {
    const value = ci[name];
    if (value !== undefined && value !== null) out[name] = value;
  }
  return out;
}

const CI_FIELDS = [
  'provider',
  'repository',
  'ref',
  'workflow',
  'runId',
  'actor',
  ...LATER_CI_FIELDS,
] as const;

/** Every claim of the schema, unset ones as null. */
function toAvroCiClaims(ci: CiClaims): CiClaims {
  const out: Record<string, string | null> = {};
  for (const name of CI_FIELDS) out[name] = ci[name] ?? null;
  return out as unknown as CiClaims;
}

function toAvroIdentity(identity: Identity): AvroEventRecord['identity'] {
  const ci = identity.ci;
  return {
    subject: identity.subject,
    issuer: identity.issuer,
    groups: identity.groups,
    ci: ci ? toAvroCiClaims(ci) : null,
    anonymous: identity.anonymous ?? false,
    authMethod: identity.authMethod ?? null,
  };
}
