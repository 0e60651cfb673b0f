/**
 * Report facts from the session_activity aggregate (migration 0011): one row per tenant,
 * session, day, connection and subject with the session's seqs of that day as bitmaps. Totals
 * and the daily series are sums of per-row cardinalities (an event is in exactly one row);
 * sequence gaps and open sessions merge each session's rows across days.
 */
import type { Count, DailyActivity, ReportFacts, ReportRange } from './report-facts';

export type SelectRows = <T>(query: string, params: Record<string, unknown>) => Promise<T[]>;

/** The range's days, for the per-day aggregates (a report counts whole days). */
export const DAY_RANGE =
  'tenant = {tenant:String} AND day >= toDate(fromUnixTimestamp64Micro({from:Int64})) AND day <= toDate(fromUnixTimestamp64Micro({to:Int64}))';

const SAMPLES = 20;
const DAY_US = 86_400_000_000;
/**
 * Audit units that are not sessions and never end: approval and grant trails, refused
 * requests (gateway and audit API), credentials issued, policy changes.
 */
const PSEUDO_SESSIONS = ['approval:', 'grant:', 'auth:', 'auth-failure-', 'access-grant-', 'config-change-'];

interface ActivityRow {
  g: number;
  day: string;
  subject: string;
  connection: string;
  events: string;
  frames: string;
  masked: string;
  quarantined: string;
  sessions: string;
  subjects: string;
  connections: string;
}

/** Totals, the daily series, sessions per subject and per connection, in one pass. */
export async function sessionActivity(
  rows: SelectRows,
  db: string,
  params: Record<string, unknown>,
  range: ReportRange,
): Promise<Pick<ReportFacts, 'totals' | 'daily' | 'topSubjects' | 'connections'>> {
  // grouping() sets a bit for each column NOT in the set's key (day 4, subject 2, connection 1):
  // 7 is the total, 3 a day, 5 a subject, 6 a connection.
  const perSet = Math.max(50, Math.ceil((range.to - range.from) / DAY_US) + 2);
  const result = await rows<ActivityRow>(
    `SELECT grouping(day, subject, connection) AS g, toString(day) AS day, subject, toString(connection) AS connection,
            sum(e) AS events, sum(f) AS frames, sum(m) AS masked, sum(q) AS quarantined,
            uniqExact(session_id) AS sessions, uniqExactIf(subject, subject != '') AS subjects,
            uniqExactIf(connection, connection != '') AS connections
     FROM (SELECT day, session_id, connection, subject,
                  groupBitmapMerge(event_seqs) AS e, groupBitmapMerge(frame_seqs) AS f,
                  groupBitmapMerge(masked_frame_seqs) AS m, groupBitmapMerge(quarantined_seqs) AS q
           FROM ${db}.session_activity WHERE ${DAY_RANGE}
           GROUP BY day, session_id, connection, subject)
     GROUP BY GROUPING SETS ((), (day), (subject), (connection))
     ORDER BY g, sessions DESC, day, subject, connection
     LIMIT ${perSet} BY g`,
    params,
  );
  const set = (g: number) => result.filter((r) => Number(r.g) === g);
  const totals = set(7)[0];
  const sessionsBy = (g: number, key: (r: ActivityRow) => string, limit: number): Count[] =>
    set(g)
      .filter((r) => key(r) !== '')
      .slice(0, limit)
      .map((r) => ({ key: key(r), count: Number(r.sessions) }));
  const daily: DailyActivity[] = set(3)
    .map((r) => ({
      day: r.day,
      events: Number(r.events),
      frames: Number(r.frames),
      sessions: Number(r.sessions),
      masked: Number(r.masked),
    }))
    .sort((a, b) => a.day.localeCompare(b.day));
  return {
    totals: {
      events: Number(totals?.events ?? 0),
      frames: Number(totals?.frames ?? 0),
      sessions: Number(totals?.sessions ?? 0),
      subjects: Number(totals?.subjects ?? 0),
      connections: Number(totals?.connections ?? 0),
      maskedFrames: Number(totals?.masked ?? 0),
      quarantined: Number(totals?.quarantined ?? 0),
    },
    daily,
    topSubjects: sessionsBy(5, (r) => r.subject, 10),
    connections: sessionsBy(6, (r) => r.connection, 50),
  };
}

/**
 * Sessions active in the range's days with fewer stored events than their highest seq + 1
 * (every seq of the session, whichever day it fell on), and sessions without an end.
 */
export async function sessionExceptions(
  rows: SelectRows,
  db: string,
  params: Record<string, unknown>,
): Promise<Pick<ReportFacts, 'sequenceGaps' | 'openSessions'>> {
  const pseudo = PSEUDO_SESSIONS.map((prefix) => `startsWith(session_id, '${prefix}')`).join(' OR ');
  const [row] = await rows<{ gaps: string; open: string; samples: [string, string][] }>(
    `SELECT countIf(stored < max_s + 1) AS gaps,
            countIf(was_ended = 0 AND NOT (${pseudo})) AS open,
            groupArraySortedIf(${SAMPLES})((session_id, toUInt64(max_s + 1 - stored)), stored < max_s + 1) AS samples
     FROM (SELECT session_id, max(max_seq) AS max_s, groupBitmapMerge(event_seqs) AS stored, max(ended) AS was_ended
           FROM ${db}.session_activity
           WHERE tenant = {tenant:String}
             AND session_id IN (SELECT session_id FROM ${db}.session_activity WHERE ${DAY_RANGE})
           GROUP BY session_id)`,
    params,
  );
  return {
    sequenceGaps: {
      count: Number(row?.gaps ?? 0),
      samples: (row?.samples ?? []).map(([sessionId, missing]) => ({ sessionId, missing: Number(missing) })),
    },
    openSessions: Number(row?.open ?? 0),
  };
}
