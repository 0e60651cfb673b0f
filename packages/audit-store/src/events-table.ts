import type { ClickHouseClient } from '@clickhouse/client';
import { AuditStoreInputError } from './errors';
import type { StoredEvent } from './port';

/** One row of `events` as written (JSONEachRow); `ingested_at` is left to its default. */
export interface EventInsertRow {
  event_id: string;
  type: string;
  /** DateTime64(6) text, UTC: 'YYYY-MM-DD hh:mm:ss.ffffff'. */
  time: string;
  tenant: string;
  gateway_id: string;
  session_id: string;
  seq: number;
  subject: string;
  issuer: string;
  groups: string[];
  ci: Record<string, string>;
  source_ip: string;
  user_agent: string;
  connection: string;
  direction: string;
  kind: string;
  method: string;
  jsonrpc_id: string;
  tool_name: string;
  payload: string;
  size: number;
  payload_sha256: string;
  masked_count: number;
  masked_rules: string[];
  detail: string;
}

/**
 * One row as read back through EVENT_SELECT_COLUMNS. 64-bit integers arrive as JSON strings
 * (output_format_json_quote_64bit_integers), so no value beyond 2^53 is silently rounded.
 */
export interface EventSelectRow extends Omit<EventInsertRow, 'time' | 'seq'> {
  time_us: string;
  seq: string;
}

/** Every column of StoredEvent; `time` comes back as integer microseconds. */
export const EVENT_SELECT_COLUMNS = [
  'event_id',
  'type',
  'toUnixTimestamp64Micro(time) AS time_us',
  'tenant',
  'gateway_id',
  'session_id',
  'seq',
  'subject',
  'issuer',
  'groups',
  'ci',
  'source_ip',
  'user_agent',
  'connection',
  'direction',
  'kind',
  'method',
  'jsonrpc_id',
  'tool_name',
  'payload',
  'size',
  'payload_sha256',
  'masked_count',
  'masked_rules',
  'detail',
].join(', ');

/** Settings for every read, so a server and chDB hand back the same JSON shapes. */
export const READ_SETTINGS = { output_format_json_quote_64bit_integers: 1 } as const;

/**
 * Integer microseconds → DateTime64(6) text. Integer arithmetic only: a float seconds value
 * (e.g. 1.7e9 + 0.123456) cannot hold six decimals exactly.
 */
export function microsToDateTime64(micros: number): string {
  let millis = Math.floor(micros / 1000);
  let subMillis = micros - millis * 1000;
  // Near 2^53 the division above can round up by one millisecond; correct it exactly.
  if (subMillis < 0) {
    millis -= 1;
    subMillis += 1000;
  }
  const iso = new Date(millis).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 23)}${String(subMillis).padStart(3, '0')}`;
}

function requireCount(value: number, field: string, index: number, max: number): number {
  if (!Number.isSafeInteger(value) || value < 0 || value > max) {
    throw new AuditStoreInputError(`events[${index}].${field} must be an integer in [0, ${max}]`);
  }
  return value;
}

const UINT32_MAX = 0xffff_ffff;

/**
 * The retention TTL evaluates toDateTime(time), whose range ends in 2106: a later time would
 * wrap to the past and the row would expire on insert, a silent drop. Such rows are refused.
 */
export const MAX_STORABLE_TIME_US = UINT32_MAX * 1_000_000 + 999_999;

/** Checks the numeric fields ClickHouse would otherwise wrap or clamp without a word. */
export function toEventInsertRow(event: StoredEvent, index: number): EventInsertRow {
  const time = requireCount(event.time, 'time', index, MAX_STORABLE_TIME_US);
  return {
    event_id: event.eventId,
    type: event.type,
    time: microsToDateTime64(time),
    tenant: event.tenant,
    gateway_id: event.gatewayId,
    session_id: event.sessionId,
    seq: requireCount(event.seq, 'seq', index, Number.MAX_SAFE_INTEGER),
    subject: event.subject,
    issuer: event.issuer,
    groups: event.groups,
    ci: event.ci,
    source_ip: event.sourceIp,
    user_agent: event.userAgent,
    connection: event.connection,
    direction: event.direction,
    kind: event.kind,
    method: event.method,
    jsonrpc_id: event.jsonrpcId,
    tool_name: event.toolName,
    payload: event.payload,
    size: requireCount(event.size, 'size', index, UINT32_MAX),
    payload_sha256: event.payloadSha256,
    masked_count: requireCount(event.maskedCount, 'maskedCount', index, UINT32_MAX),
    masked_rules: event.maskedRules,
    detail: event.detail,
  };
}

export function fromEventSelectRow(row: EventSelectRow): StoredEvent {
  return {
    eventId: row.event_id,
    type: row.type,
    time: Number(row.time_us),
    tenant: row.tenant,
    gatewayId: row.gateway_id,
    sessionId: row.session_id,
    seq: Number(row.seq),
    subject: row.subject,
    issuer: row.issuer,
    groups: row.groups,
    ci: row.ci,
    sourceIp: row.source_ip,
    userAgent: row.user_agent,
    connection: row.connection,
    direction: row.direction,
    kind: row.kind,
    method: row.method,
    jsonrpcId: row.jsonrpc_id,
    toolName: row.tool_name,
    payload: row.payload,
    size: Number(row.size),
    payloadSha256: row.payload_sha256,
    maskedCount: Number(row.masked_count),
    maskedRules: row.masked_rules,
    detail: row.detail,
  };
}

/**
 * One INSERT for the whole batch. The token makes a retried batch a no-op within the table's
 * non_replicated_deduplication_window; identical rows from a different batch are collapsed
 * by ReplacingMergeTree and hidden by FINAL on read.
 */
export async function insertEventRows(
  client: ClickHouseClient,
  database: string,
  events: readonly StoredEvent[],
  dedupToken: string,
): Promise<void> {
  const values = events.map(toEventInsertRow);
  await client.insert({
    table: `${database}.events`,
    values,
    format: 'JSONEachRow',
    // Always sent, even by callers that do not care: chDB applies settings with SET on its
    // session, so a token left over from an earlier insert would otherwise be reused.
    clickhouse_settings: { insert_deduplication_token: dedupToken },
  });
}
