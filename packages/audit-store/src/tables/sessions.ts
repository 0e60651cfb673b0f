/**
 * The session summary (`sessions`, an AggregatingMergeTree fed by a materialized view on
 * events): read-only here, maintained by ClickHouse on every insert into events.
 */
export interface SessionSummary {
  sessionId: string;
  tenant: string;
  connection: string;
  subject: string;
  gatewayId: string;
  era: string;
  traceId: string;
  /** Microseconds since the Unix epoch, UTC. */
  firstTime: number;
  lastTime: number;
  /** Distinct events and frames stored (a copy stored twice counts once). */
  eventCount: number;
  frameCount: number;
  /** Events in which something was masked. */
  maskedEventCount: number;
  /** Highest seq stored: maxSeq + 1 > eventCount means events are missing. */
  maxSeq: number;
  ended: boolean;
  quarantined: boolean;
  legalHold: boolean;
}

export interface SessionQuery {
  subject?: string;
  tenant?: string;
  /** Only sessions of these tenants (an empty list matches none). */
  tenants?: readonly string[];
  connection?: string;
  limit?: number;
}

export interface SessionSummaryRow {
  session_id: string;
  s_tenant: string;
  s_connection: string;
  s_subject: string;
  s_gateway_id: string;
  s_era: string;
  s_trace_id: string;
  first_time_us: string;
  last_time_us: string;
  event_count: string;
  frame_count: string;
  masked_event_count: string;
  s_max_seq: string;
  s_ended: number;
  s_quarantined: number;
  s_legal_hold: number;
}

/** Merged states per session; aliases differ from column names because ClickHouse resolves aliases inside WHERE/HAVING. */
export const SESSION_SUMMARY_SELECT = `
  session_id,
  argMinMerge(tenant) AS s_tenant,
  argMinMerge(connection) AS s_connection,
  argMinMerge(subject) AS s_subject,
  argMinMerge(gateway_id) AS s_gateway_id,
  argMinMerge(era) AS s_era,
  argMinMerge(trace_id) AS s_trace_id,
  toUnixTimestamp64Micro(min(first_time)) AS first_time_us,
  toUnixTimestamp64Micro(max(last_time)) AS last_time_us,
  groupBitmapMerge(event_seqs) AS event_count,
  groupBitmapMerge(frame_seqs) AS frame_count,
  groupBitmapMerge(masked_seqs) AS masked_event_count,
  max(max_seq) AS s_max_seq,
  max(ended) AS s_ended,
  max(quarantined) AS s_quarantined,
  max(legal_hold) AS s_legal_hold`;

/** HAVING conditions and parameters for a session query. */
export function sessionFilters(query: SessionQuery): { having: string; params: Record<string, unknown> } {
  const conditions: string[] = [];
  const params: Record<string, unknown> = {};
  if (query.subject !== undefined) {
    conditions.push('s_subject = {subject:String}');
    params.subject = query.subject;
  }
  if (query.tenant !== undefined) {
    conditions.push('s_tenant = {tenant:String}');
    params.tenant = query.tenant;
  }
  if (query.tenants !== undefined) {
    conditions.push('s_tenant IN {tenants:Array(String)}');
    params.tenants = [...query.tenants];
  }
  if (query.connection !== undefined) {
    conditions.push('s_connection = {connection:String}');
    params.connection = query.connection;
  }
  return { having: conditions.length > 0 ? `HAVING ${conditions.join(' AND ')}` : '', params };
}

export function fromSessionSummaryRow(row: SessionSummaryRow): SessionSummary {
  return {
    sessionId: row.session_id,
    tenant: row.s_tenant,
    connection: row.s_connection,
    subject: row.s_subject,
    gatewayId: row.s_gateway_id,
    era: row.s_era,
    traceId: row.s_trace_id,
    firstTime: Number(row.first_time_us),
    lastTime: Number(row.last_time_us),
    eventCount: Number(row.event_count),
    frameCount: Number(row.frame_count),
    maskedEventCount: Number(row.masked_event_count),
    maxSeq: Number(row.s_max_seq),
    ended: Number(row.s_ended) === 1,
    quarantined: Number(row.s_quarantined) === 1,
    legalHold: Number(row.s_legal_hold) === 1,
  };
}
