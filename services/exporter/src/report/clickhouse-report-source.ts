import type { ClickHouseClient } from '@clickhouse/client';
import type { Count, DecisionSample, ReportFacts, ReportFactsSource, ReportRange } from './report-facts';

const SAMPLES = 20;

/**
 * Report facts from the audit store. Every query is bound to the tenant and the time range by
 * query parameters; aggregates come from daily_activity / daily_masking and the session summary,
 * so the cost grows with days and sessions, not with events.
 */
export function clickHouseReportSource(client: ClickHouseClient, database: string): ReportFactsSource {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(database)) throw new Error('database must be a ClickHouse identifier');
  const db = database;
  const rows = async <T>(query: string, params: Record<string, unknown>): Promise<T[]> => {
    const result = await client.query({ query, query_params: params, format: 'JSONEachRow' });
    return result.json<T>();
  };
  const counts = async (query: string, params: Record<string, unknown>): Promise<Count[]> =>
    (await rows<{ key: string; count: string | number }>(query, params)).map((r) => ({
      key: r.key,
      count: Number(r.count),
    }));
  const one = async (query: string, params: Record<string, unknown>): Promise<number> =>
    Number((await rows<{ n: string | number }>(query, params))[0]?.n ?? 0);

  return {
    async facts(tenant: string, range: ReportRange): Promise<ReportFacts> {
      const p = { tenant, from: range.from, to: range.to };
      const inRange =
        'tenant = {tenant:String} AND time >= fromUnixTimestamp64Micro({from:Int64}) AND time < fromUnixTimestamp64Micro({to:Int64})';
      const dayRange =
        'tenant = {tenant:String} AND day >= toDate(fromUnixTimestamp64Micro({from:Int64})) AND day <= toDate(fromUnixTimestamp64Micro({to:Int64}))';

      const [totals] = await rows<Record<string, string | number>>(
        `SELECT uniqExactMerge(events) AS n_events,
                uniqExactMergeIf(events, type = 'frame') AS n_frames,
                uniqExactMerge(sessions) AS n_sessions,
                uniqExactIf(subject, subject != '') AS n_subjects,
                uniqExactIf(connection, connection != '') AS n_connections,
                uniqExactMergeIf(masked, type = 'frame') AS n_masked_frames,
                uniqExactMerge(quarantined) AS n_quarantined
         FROM ${db}.daily_activity WHERE ${dayRange}`,
        p,
      );
      const daily = await rows<{
        d: string;
        n_events: string;
        n_frames: string;
        n_sessions: string;
        n_masked: string;
      }>(
        `SELECT toString(day) AS d, uniqExactMerge(events) AS n_events, uniqExactMergeIf(events, type = 'frame') AS n_frames,
                uniqExactMerge(sessions) AS n_sessions, uniqExactMergeIf(masked, type = 'frame') AS n_masked
         FROM ${db}.daily_activity WHERE ${dayRange} GROUP BY day ORDER BY day`,
        p,
      );
      const topTools = await counts(
        `SELECT tool_name AS key, uniqExactMerge(events) AS count FROM ${db}.daily_activity
         WHERE ${dayRange} AND type = 'frame' AND kind = 'request' AND tool_name != ''
         GROUP BY key ORDER BY count DESC, key LIMIT 10`,
        p,
      );
      const topSubjects = await counts(
        `SELECT subject AS key, uniqExactMerge(sessions) AS count FROM ${db}.daily_activity
         WHERE ${dayRange} AND subject != '' GROUP BY key ORDER BY count DESC, key LIMIT 10`,
        p,
      );
      const connections = await counts(
        `SELECT connection AS key, uniqExactMerge(sessions) AS count FROM ${db}.daily_activity
         WHERE ${dayRange} AND connection != '' GROUP BY key ORDER BY count DESC, key LIMIT 50`,
        p,
      );
      const sessionWindow = `tenant_v = {tenant:String} AND last_t >= fromUnixTimestamp64Micro({from:Int64}) AND first_t < fromUnixTimestamp64Micro({to:Int64})`;
      const summary = `SELECT session_id, argMinMerge(tenant) AS tenant_v, min(first_time) AS first_t, max(last_time) AS last_t,
                              max(max_seq) AS max_s, groupBitmapMerge(event_seqs) AS stored, max(ended) AS was_ended
                       FROM ${db}.sessions GROUP BY session_id`;
      const gapRows = await rows<{ session_id: string; missing: string }>(
        `SELECT session_id, toUInt64(max_s + 1 - stored) AS missing FROM (${summary})
         WHERE ${sessionWindow} AND stored < max_s + 1 ORDER BY session_id LIMIT ${SAMPLES}`,
        p,
      );
      const gapCount = await one(
        `SELECT count() AS n FROM (${summary}) WHERE ${sessionWindow} AND stored < max_s + 1`,
        p,
      );
      const openSessions = await one(
        `SELECT count() AS n FROM (${summary}) WHERE ${sessionWindow} AND was_ended = 0
           AND session_id NOT LIKE 'approval:%' AND session_id NOT LIKE 'grant:%' AND session_id NOT LIKE 'auth:%'`,
        p,
      );

      const decisions = await counts(
        `SELECT decision AS key, count() AS count FROM (SELECT DISTINCT session_id, seq, decision FROM ${db}.policy_decisions WHERE ${inRange})
         GROUP BY key ORDER BY key`,
        p,
      );
      const decisionSample = `SELECT toString(time) AS at, session_id, subject, toString(connection) AS connection, tool_name, rule, reason
                              FROM ${db}.policy_decisions`;
      const denied = await rows<SampleRow>(
        `${decisionSample} WHERE ${inRange} AND decision = 'block' ORDER BY time DESC LIMIT ${SAMPLES}`,
        p,
      );
      const deniedCount = await one(
        `SELECT uniqExact(session_id, seq) AS n FROM ${db}.policy_decisions WHERE ${inRange} AND decision = 'block'`,
        p,
      );
      const approvedIds = `SELECT approval_id FROM ${db}.approvals WHERE tenant = {tenant:String} AND action IN ('approved', 'used') AND approvals >= required_approvals`;
      const unapprovedWhere = `${inRange} AND decision = 'require_approval' AND (approval_id = '' OR approval_id NOT IN (${approvedIds}))`;
      const unapproved = await rows<SampleRow>(
        `${decisionSample} WHERE ${unapprovedWhere} ORDER BY time DESC LIMIT ${SAMPLES}`,
        p,
      );
      const unapprovedCount = await one(
        `SELECT uniqExact(session_id, seq) AS n FROM ${db}.policy_decisions WHERE ${unapprovedWhere}`,
        p,
      );

      const approvals = await counts(
        `SELECT toString(action) AS key, uniqExact(session_id, seq) AS count FROM ${db}.approvals WHERE ${inRange} GROUP BY key ORDER BY key`,
        p,
      );
      const grants = await counts(
        `SELECT toString(action) AS key, uniqExact(session_id, seq) AS count FROM ${db}.access_grants WHERE ${inRange} GROUP BY key ORDER BY key`,
        p,
      );
      const breakGlassRows = await rows<{
        grant_id: string;
        subject: string;
        connection: string;
        at: string;
        reason: string;
      }>(
        `SELECT grant_id, subject, toString(connection) AS connection, toString(time) AS at, reason FROM ${db}.access_grants
         WHERE ${inRange} AND action = 'break_glass' ORDER BY time DESC LIMIT ${SAMPLES}`,
        p,
      );
      const breakGlassCount = await one(
        `SELECT uniqExact(grant_id) AS n FROM ${db}.access_grants WHERE ${inRange} AND action = 'break_glass'`,
        p,
      );

      const authCount = await one(
        `SELECT uniqExact(event_id) AS n FROM ${db}.auth_failures WHERE ${inRange}`,
        p,
      );
      const authByReason = await counts(
        `SELECT splitByChar(':', reason)[1] AS key, uniqExact(event_id) AS count FROM ${db}.auth_failures WHERE ${inRange} GROUP BY key ORDER BY count DESC LIMIT 20`,
        p,
      );
      const authSamples = await rows<{
        at: string;
        reason: string;
        claimed_issuer: string;
        connection: string;
      }>(
        `SELECT toString(time) AS at, reason, claimed_issuer, toString(connection) AS connection FROM ${db}.auth_failures
         WHERE ${inRange} ORDER BY time DESC LIMIT ${SAMPLES}`,
        p,
      );
      const ruleErrorCount = await one(
        `SELECT uniqExact(event_id, error_index) AS n FROM ${db}.rule_errors WHERE ${inRange}`,
        p,
      );
      const ruleErrorsByRule = await counts(
        `SELECT toString(rule_id) AS key, uniqExact(event_id, error_index) AS count FROM ${db}.rule_errors WHERE ${inRange} GROUP BY key ORDER BY count DESC LIMIT 20`,
        p,
      );
      const maskingByType = await counts(
        `SELECT identifier_type AS key, uniqExactMerge(matches) AS count FROM ${db}.daily_masking WHERE ${dayRange} GROUP BY key ORDER BY count DESC, key`,
        p,
      );
      const [checkpoints] = await rows<{ n: string; last: string | null; keys: string[] }>(
        `SELECT count() AS n, if(count() = 0, NULL, toString(max(issued_at))) AS last, groupUniqArray(toString(key_id)) AS keys
         FROM ${db}.checkpoints WHERE issued_at >= fromUnixTimestamp64Micro({from:Int64}) AND issued_at < fromUnixTimestamp64Micro({to:Int64})`,
        p,
      );
      const legalHolds = await one(
        `SELECT count() AS n FROM (SELECT session_id, argMinMerge(tenant) AS tenant_v, max(legal_hold) AS held
                                  FROM ${db}.sessions GROUP BY session_id)
         WHERE tenant_v = {tenant:String} AND held = 1`,
        p,
      );
      const [oldest] = await rows<{ t: string | null }>(
        `SELECT if(count() = 0, NULL, toString(min(first_time))) AS t FROM ${db}.daily_activity WHERE tenant = {tenant:String}`,
        p,
      );
      const issuers = await counts(
        `SELECT toString(issuer) AS key, uniqExact(subject) AS count FROM ${db}.events
         WHERE ${inRange} AND type = 'session_started' GROUP BY key ORDER BY count DESC LIMIT 20`,
        p,
      );
      const approvalCounts = new Map(approvals.map((a) => [a.key, a.count]));
      return {
        tenant,
        range,
        totals: {
          events: Number(totals?.n_events ?? 0),
          frames: Number(totals?.n_frames ?? 0),
          sessions: Number(totals?.n_sessions ?? 0),
          subjects: Number(totals?.n_subjects ?? 0),
          connections: Number(totals?.n_connections ?? 0),
          maskedFrames: Number(totals?.n_masked_frames ?? 0),
          quarantined: Number(totals?.n_quarantined ?? 0),
        },
        daily: daily.map((d) => ({
          day: d.d,
          events: Number(d.n_events),
          frames: Number(d.n_frames),
          sessions: Number(d.n_sessions),
          masked: Number(d.n_masked),
        })),
        topTools,
        topSubjects,
        connections,
        sequenceGaps: {
          count: gapCount,
          samples: gapRows.map((r) => ({ sessionId: r.session_id, missing: Number(r.missing) })),
        },
        openSessions,
        decisions,
        denied: { count: deniedCount, samples: denied.map(sample) },
        unapproved: { count: unapprovedCount, samples: unapproved.map(sample) },
        approvals,
        expiredApprovals: approvalCounts.get('expired') ?? 0,
        grants,
        breakGlass: {
          count: breakGlassCount,
          samples: breakGlassRows.map((r) => ({
            grantId: r.grant_id,
            subject: r.subject,
            connection: r.connection,
            time: r.at,
            reason: r.reason,
          })),
        },
        authFailures: {
          count: authCount,
          byReason: authByReason,
          samples: authSamples.map((r) => ({
            time: r.at,
            reason: r.reason,
            claimedIssuer: r.claimed_issuer,
            connection: r.connection,
          })),
        },
        ruleErrors: { count: ruleErrorCount, byRule: ruleErrorsByRule },
        maskingByType,
        checkpoints: {
          count: Number(checkpoints?.n ?? 0),
          lastIssuedAt: checkpoints?.last ?? null,
          keys: checkpoints?.keys ?? [],
        },
        legalHolds,
        oldestEvent: oldest?.t ?? null,
        issuers,
      };
    },
  };
}

interface SampleRow {
  at: string;
  session_id: string;
  subject: string;
  connection: string;
  tool_name: string;
  rule: string;
  reason: string;
}

function sample(row: SampleRow): DecisionSample {
  return {
    time: row.at,
    sessionId: row.session_id,
    subject: row.subject,
    connection: row.connection,
    tool: row.tool_name,
    rule: row.rule,
    reason: row.reason,
  };
}
