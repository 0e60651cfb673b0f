/**
 * What the per-session hash chain covers: every column of a stored (redacted) audit event
 * except the chain links themselves and bookkeeping the store adds (ingest time, legal hold).
 * The names are those of the audit store's StoredEvent, so a row read back from ClickHouse
 * or out of a bundle can be hashed as it is.
 */
import { canonicalJson, canonicalScalar, type JsonValue } from './canonical-json';

export interface ChainedEvent {
  eventId: string;
  type: string;
  /** Microseconds since the Unix epoch, UTC. */
  time: number;
  tenant: string;
  gatewayId: string;
  /** Gateway-stream position: null on events from producers that do not emit one. */
  gatewayEpoch: number | null;
  streamSeq: number | null;
  sessionId: string;
  /** Per-session sequence number, from 0, without gaps. */
  seq: number;
  /** Empty when unknown. */
  era: string;
  protocolVersion: string;
  traceId: string;
  subject: string;
  issuer: string;
  groups: string[];
  ci: Record<string, string>;
  sourceIp: string;
  userAgent: string;
  connection: string;
  direction: string;
  kind: string;
  method: string;
  jsonrpcId: string;
  toolName: string;
  resourceUri: string;
  promptName: string;
  round: number | null;
  sseStreamId: string;
  sseEventId: string;
  /** The masked JSON text of a frame ('' for other events). */
  payload: string;
  size: number;
  payloadSha256: string;
  maskedCount: number;
  maskedRules: string[];
  quarantined: boolean;
  /** JSON text of a non-frame event's (masked) body. */
  detail: string;
}

/** The hash links stored beside each event. */
export interface ChainLink {
  /** Hash of the previous stored event of the session (CHAIN_GENESIS for the first). */
  prevHash: string;
  hash: string;
}

export type StoredChainEvent = ChainedEvent & ChainLink;

/** Every field the chain covers, in no particular order (the canonical form sorts them). */
export const CHAINED_FIELDS = [
  'eventId',
  'type',
  'time',
  'tenant',
  'gatewayId',
  'gatewayEpoch',
  'streamSeq',
  'sessionId',
  'seq',
  'era',
  'protocolVersion',
  'traceId',
  'subject',
  'issuer',
  'groups',
  'ci',
  'sourceIp',
  'userAgent',
  'connection',
  'direction',
  'kind',
  'method',
  'jsonrpcId',
  'toolName',
  'resourceUri',
  'promptName',
  'round',
  'sseStreamId',
  'sseEventId',
  'payload',
  'size',
  'payloadSha256',
  'maskedCount',
  'maskedRules',
  'quarantined',
  'detail',
] as const satisfies readonly (keyof ChainedEvent)[];

/** The chained fields in canonical (code-unit) order, each with its `"name":` prefix. */
const CANONICAL_FIELDS = [...CHAINED_FIELDS]
  .sort()
  .map((field) => ({ field, prefix: `${JSON.stringify(field)}:` }));

/**
 * The canonical redacted form: the chained fields, and only those, as canonical JSON. Extra
 * properties on the argument (prevHash, ingest time, …) are ignored. The field order is fixed,
 * so it is written directly (what `canonicalJson` of those fields writes, without sorting keys
 * per event); nested values (groups, ci) go through `canonicalJson`.
 */
export function canonicalEventForm(event: ChainedEvent): string {
  let out = '{';
  let first = true;
  for (const { field, prefix } of CANONICAL_FIELDS) {
    const value = event[field] as JsonValue | undefined;
    if (value === undefined) continue;
    const text = canonicalScalar(value, () => `$.${field}`) ?? canonicalJson(value, `$.${field}`);
    out += first ? prefix : `,${prefix}`;
    out += text;
    first = false;
  }
  return `${out}}`;
}
