import type { ClickHouseClient } from '@clickhouse/client';
import type { Count, DecisionSample, ReportFacts, ReportFactsSource, ReportRange } from './report-facts';
import { DAY_RANGE, sessionActivity, sessionExceptions } from './session-activity-facts';

const SAMPLES = 20;

/**
 * Report facts from the audit store. Every query is bound to the tenant and the time range by
 * query parameters; activity comes from the session_activity, daily_activity, daily_masking and
 * daily_issuers aggregates, so the cost grows with days and sessions, not with events.
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
      const dayRange = DAY_RANGE;

      const activity = await sessionActivity(rows, db, p, range);
      const topTools = await counts(
        // Per-group distinct counts summed: an event belongs to exactly one group, so the sum is
        // exact without merging every event identity into one set.
        `SELECT tool_name AS key, sum(n) AS count FROM (
           SELECT tool_name, uniqExactMerge(events) AS n FROM ${db}.daily_activity
           WHERE ${dayRange} AND type = 'frame' AND kind = 'request' AND tool_name != ''
           GROUP BY day, connection, subject, type, kind, method, tool_name)
         GROUP BY key ORDER BY count DESC, key LIMIT 10`,
        p,
      );
      const sessionHealth = await sessionExceptions(rows, db, p);

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
                                  FROM ${db}.sessions
                                  WHERE session_id IN (SELECT session_id FROM ${db}.legal_holds FINAL WHERE held = 1)
                                  GROUP BY session_id)
         WHERE tenant_v = {tenant:String} AND held = 1`,
        p,
      );
      const [oldest] = await rows<{ t: string | null }>(
        `SELECT if(count() = 0, NULL, toString(min(first_time))) AS t FROM ${db}.daily_activity WHERE tenant = {tenant:String}`,
        p,
      );
      const issuers = await counts(
        `SELECT toString(issuer) AS key, uniqExact(subject) AS count FROM ${db}.daily_issuers
         WHERE ${dayRange} GROUP BY key ORDER BY count DESC, key LIMIT 20`,
        p,
      );
      const approvalCounts = new Map(approvals.map((a) => [a.key, a.count]));
      return {
        tenant,
        range,
        ...activity,
        topTools,
        ...sessionHealth,
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
