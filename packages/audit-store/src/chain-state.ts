import type { SessionChainState, StoredEventIdentity } from './port';

type Select = <T>(query: string, params: Record<string, unknown>) => Promise<T[]>;

interface IdentityRow {
  session_id: string;
  seq: string;
  event_id: string;
  hash: string;
}

function toIdentity(row: IdentityRow): StoredEventIdentity {
  return { seq: Number(row.seq), eventId: row.event_id, hash: row.hash };
}

/**
 * Reads, for each session, the stored events from fromSeq − 1 on (one query for the whole
 * batch; the primary key is (session_id, seq, …) so each session is a range read), and, only
 * for sessions whose event fromSeq − 1 is missing, the highest stored seq below fromSeq.
 */
export async function chainStateQuery(
  database: string,
  sessions: readonly { sessionId: string; fromSeq: number }[],
  select: Select,
): Promise<Map<string, SessionChainState>> {
  const ids = sessions.map((s) => s.sessionId);
  const froms = sessions.map((s) => s.fromSeq);
  const rows = await select<IdentityRow>(
    `SELECT session_id, seq, event_id, hash FROM ${database}.events
     WHERE session_id IN {ids:Array(String)}
       AND seq + 1 >= {froms:Array(UInt64)}[indexOf({ids:Array(String)}, session_id)]
     ORDER BY session_id, seq, event_id`,
    { ids, froms },
  );
  const states = new Map<string, SessionChainState>();
  for (const { sessionId } of sessions) states.set(sessionId, { stored: [], before: undefined });
  const fromOf = new Map(sessions.map((s) => [s.sessionId, s.fromSeq]));
  for (const row of rows) {
    const state = states.get(row.session_id);
    const from = fromOf.get(row.session_id);
    if (state === undefined || from === undefined) continue;
    const identity = toIdentity(row);
    if (identity.seq < from) state.before = identity;
    else if (!state.stored.some((s) => s.seq === identity.seq && s.eventId === identity.eventId)) {
      state.stored.push(identity);
    }
  }
  const gaps = sessions.filter((s) => s.fromSeq > 0 && states.get(s.sessionId)?.before === undefined);
  if (gaps.length > 0) {
    // Aliases differ from the column names: ClickHouse resolves aliases inside the aggregates too.
    const heads = await select<{
      session_id: string;
      head_seq: string;
      head_event_id: string;
      head_hash: string;
    }>(
      `SELECT session_id, max(seq) AS head_seq, argMax(event_id, seq) AS head_event_id, argMax(hash, seq) AS head_hash
       FROM ${database}.events
       WHERE session_id IN {ids:Array(String)}
         AND seq < {froms:Array(UInt64)}[indexOf({ids:Array(String)}, session_id)]
       GROUP BY session_id`,
      { ids: gaps.map((s) => s.sessionId), froms: gaps.map((s) => s.fromSeq) },
    );
    for (const row of heads) {
      const state = states.get(row.session_id);
      if (state !== undefined) {
        state.before = { seq: Number(row.head_seq), eventId: row.head_event_id, hash: row.head_hash };
      }
    }
  }
  return states;
}
