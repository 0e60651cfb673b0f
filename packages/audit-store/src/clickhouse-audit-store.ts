import { createHash } from 'node:crypto';
import type { ClickHouseClient } from '@clickhouse/client';
import { type Logger, silentLogger } from '@proctor/logger';
import { chainStateQuery } from './chain-state';
import { AuditStoreInputError, toAuditStoreError } from './errors';
import { legalHoldStatements } from './legal-hold';
import type {
  AuditRows,
  AuditStore,
  CheckpointQuery,
  CheckpointScanCursor,
  EventQuery,
  LatestCheckpointQuery,
  LegalHold,
  LegalHoldEntry,
  ScannedCheckpoint,
  SessionChainState,
  SessionIdRange,
  SessionRecords,
} from './port';
import { assertIdentifier } from './sql-identifier';
import { insertRows, microsToDateTime64, READ_SETTINGS, type TableSpec } from './table-spec';
import { ACCESS_GRANTS } from './tables/access-grants';
import { APPROVALS } from './tables/approvals';
import { AUTH_FAILURES } from './tables/auth-failures';
import { CHECKPOINTS, type CheckpointRow } from './tables/checkpoints';
import { EVENTS, type StoredEvent } from './tables/events';
import { MASKING_MATCH_SETS, MASKING_MATCHES } from './tables/masking-matches';
import { POLICY_DECISIONS } from './tables/policy-decisions';
import { RULE_ERRORS } from './tables/rule-errors';
import {
  fromSessionSummaryRow,
  SESSION_SUMMARY_SELECT,
  type SessionQuery,
  type SessionSummary,
  type SessionSummaryRow,
  sessionFilters,
} from './tables/sessions';

export interface ClickHouseAuditStoreOptions {
  client: ClickHouseClient;
  /** Database holding the migrated tables (production: `audit`). */
  database: string;
  logger?: Logger;
  /** How errors name the ClickHouse in use, without credentials (see describeClickHouseTarget). */
  target?: string;
}

export const SESSION_LIMIT = { default: 100, max: 1000 } as const;
export const EVENT_LIMIT = { default: 1000, max: 10_000 } as const;
export const CHECKPOINT_LIMIT = { default: 1000, max: 100_000 } as const;

/** Reads by scope go to the copy of the checkpoints sorted by scope and number (migration 0016). */
const BY_SCOPE = { preferred_optimize_projection_name: 'checkpoints_by_scope' } as const;

function clampLimit(limit: number | undefined, bounds: { default: number; max: number }): number {
  if (limit === undefined || !Number.isFinite(limit)) return bounds.default;
  return Math.min(bounds.max, Math.max(1, Math.floor(limit)));
}

type RecordRows = Required<Omit<AuditRows, 'events'>>;

/** The per-kind tables of AuditRows, in insert order (events go last, separately). */
const INSERT_TABLES: { readonly [K in keyof RecordRows]: TableSpec<RecordRows[K][number]> } = {
  maskingMatchSets: MASKING_MATCH_SETS,
  ruleErrors: RULE_ERRORS,
  policyDecisions: POLICY_DECISIONS,
  authFailures: AUTH_FAILURES,
  approvals: APPROVALS,
  accessGrants: ACCESS_GRANTS,
};
const INSERT_KINDS = Object.keys(INSERT_TABLES) as (keyof RecordRows)[];

/**
 * Where each kind of SessionRecords is read: a table (read with FINAL), or, for masking
 * matches, the per-match view over the match sets and the per-match table of earlier versions,
 * whose copies are dropped by the row identity instead.
 */
const READ_TABLES: {
  readonly [K in keyof SessionRecords]: { spec: TableSpec<SessionRecords[K][number]>; view?: string[] };
} = {
  maskingMatches: { spec: MASKING_MATCHES, view: ['seq', 'event_id', 'match_index'] },
  ruleErrors: { spec: RULE_ERRORS },
  policyDecisions: { spec: POLICY_DECISIONS },
  authFailures: { spec: AUTH_FAILURES },
  approvals: { spec: APPROVALS },
  accessGrants: { spec: ACCESS_GRANTS },
};
const READ_KINDS = Object.keys(READ_TABLES) as (keyof SessionRecords)[];

/**
 * Checks every row against its table's column kinds without touching ClickHouse: throws the
 * AuditStoreInputError an insert would, naming the table, row and field. Lets a caller set a
 * row that can never be stored aside before the batch is sent.
 */
export function validateAuditRows(rows: AuditRows): void {
  for (const kind of INSERT_KINDS) {
    const spec = INSERT_TABLES[kind] as TableSpec<object>;
    (rows[kind] ?? []).forEach((row, i) => {
      spec.validate(row, i);
    });
  }
  rows.events.forEach((row, i) => {
    EVENTS.validate(row, i);
  });
}

/**
 * A token for an insert, from the identities of its rows (session, seq, event id, and the
 * row's index within its event): the same rows give the same token wherever they were read
 * from, and new rows never collide with old ones that happened to sit at the same offsets.
 */
export function identityToken(table: string, rows: readonly object[]): string {
  const hash = createHash('sha256').update(table);
  for (const row of rows) {
    const r = row as {
      sessionId?: string;
      seq?: number;
      eventId?: string;
      matchIndex?: number;
      errorIndex?: number;
      /** A checkpoint's identity (its rows carry no session, seq or event id). */
      checkpointId?: string;
    };
    hash.update(
      `\n${r.sessionId}\u0000${r.seq}\u0000${r.eventId}\u0000${r.matchIndex ?? r.errorIndex ?? ''}`,
    );
    if (r.checkpointId !== undefined) hash.update(`\u0000${r.checkpointId}`);
  }
  return `${table}:${rows.length}:${hash.digest('hex')}`;
}

/**
 * The AuditStore on ClickHouse. Values only ever travel as query parameters; the database
 * name is the one identifier in the SQL text and is validated first. Reads use FINAL so rows
 * inserted twice (at-least-once delivery) show once even before ClickHouse merges them.
 */
/** How many of the leading sizes fit in `max` bytes (at least one, when there is one). */
function fitting(sizes: readonly number[], max: number): number {
  let bytes = 0;
  let fit = 0;
  for (const size of sizes) {
    bytes += size;
    if (fit > 0 && bytes > max) break;
    fit++;
  }
  return fit;
}

function scanCursorParams(after: CheckpointScanCursor): Record<string, unknown> {
  if (!Number.isSafeInteger(after.scopeSeq) || !Number.isSafeInteger(after.issuedAt))
    throw new AuditStoreInputError('a checkpoint cursor holds integers');
  return { scope: after.scope, scopeSeq: after.scopeSeq, issuedAt: after.issuedAt, id: after.checkpointId };
}

export function createClickHouseAuditStore(options: ClickHouseAuditStoreOptions): AuditStore {
  const { client } = options;
  const database = assertIdentifier(options.database, 'database');
  const logger = options.logger ?? silentLogger();
  const target = options.target ?? 'ClickHouse';

  async function run<T>(operation: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (err) {
      const mapped = toAuditStoreError(err, { operation, target });
      logger.warn({ err: mapped, operation }, 'audit store operation failed');
      throw mapped;
    }
  }

  async function selectRows<T>(
    query: string,
    params: Record<string, unknown>,
    settings: Record<string, string> = {},
  ): Promise<T[]> {
    const result = await client.query({
      query,
      query_params: params,
      format: 'JSONEachRow',
      clickhouse_settings: { ...READ_SETTINGS, ...settings },
    });
    return result.json<T>();
  }

  async function insertTable<Row extends object>(spec: TableSpec<Row>, rows: readonly Row[]): Promise<void> {
    if (rows.length === 0) return;
    await run(`insert into ${spec.table}`, () =>
      insertRows(client, database, spec, rows, identityToken(spec.table, rows)),
    );
  }

  async function readSession<Row>(
    { spec, view }: { spec: TableSpec<Row>; view?: string[] },
    sessionId: string,
  ): Promise<Row[]> {
    const from = view === undefined ? `${spec.table} FINAL` : spec.table;
    const order = view === undefined ? 'seq, event_id' : `${view.join(', ')} LIMIT 1 BY ${view.join(', ')}`;
    const rows = await run(`${spec.table} read`, () =>
      selectRows<Record<string, unknown>>(
        `SELECT ${spec.selectList} FROM ${database}.${from}
         WHERE session_id = {sessionId:String} ORDER BY ${order}`,
        { sessionId },
      ),
    );
    return rows.map((row) => spec.fromSelectRow(row));
  }

  const store: AuditStore = {
    async insertRows(rows: AuditRows): Promise<void> {
      for (const kind of INSERT_KINDS) {
        await insertTable(INSERT_TABLES[kind] as TableSpec<object>, rows[kind] ?? []);
      }
      await insertTable(EVENTS, rows.events);
      logger.debug({ rows: rows.events.length }, 'events inserted');
    },

    insertEvents: (events: StoredEvent[]) => store.insertRows({ events }),

    async chainState(sessions): Promise<Map<string, SessionChainState>> {
      if (sessions.length === 0) return new Map();
      return run('chain state read', () => chainStateQuery(database, sessions, selectRows));
    },

    async insertCheckpoint(row: CheckpointRow): Promise<void> {
      await insertTable(CHECKPOINTS, [row]);
    },

    async listCheckpoints(query: CheckpointQuery = {}): Promise<CheckpointRow[]> {
      const conditions: string[] = [];
      const params: Record<string, unknown> = { limit: clampLimit(query.limit, CHECKPOINT_LIMIT) };
      if (query.sessionId !== undefined) {
        conditions.push('has(session_ids, {sessionId:String})');
        params.sessionId = query.sessionId;
      }
      if (query.since !== undefined) {
        if (!Number.isSafeInteger(query.since)) throw new AuditStoreInputError('since must be an integer');
        conditions.push('issued_at >= fromUnixTimestamp64Micro({since:Int64})');
        params.since = query.since;
      }
      const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
      const rows = await run('checkpoint read', () =>
        selectRows<Record<string, unknown>>(
          `SELECT ${CHECKPOINTS.selectList} FROM ${database}.checkpoints FINAL ${where}
           ORDER BY issued_at, checkpoint_id LIMIT {limit:UInt32}`,
          params,
        ),
      );
      return rows.map((row) => CHECKPOINTS.fromSelectRow(row));
    },

    async latestCheckpoints(query: LatestCheckpointQuery = {}): Promise<CheckpointRow[]> {
      const params: Record<string, unknown> = {
        perScope: clampLimit(query.perScope, { default: 1, max: 100 }),
      };
      let where = '';
      if (query.scope !== undefined) {
        where = 'WHERE scope = {scope:String}';
        params.scope = query.scope;
      }
      // Read by ingest before every checkpoint it signs: without FINAL (a checkpoint stored twice
      // is the same checkpoint, and its reader tells them apart), the scope's highest numbers
      // first, from the copy sorted by scope and number, so only the scope's newest are read.
      const rows = await run('checkpoint read', () =>
        selectRows<Record<string, unknown>>(
          `SELECT ${CHECKPOINTS.selectList} FROM ${database}.checkpoints ${where}
           ORDER BY scope, scope_seq DESC, issued_at DESC, checkpoint_id DESC LIMIT {perScope:UInt32} BY scope`,
          params,
          BY_SCOPE,
        ),
      );
      return rows.map((row) => CHECKPOINTS.fromSelectRow(row));
    },

    async scanCheckpoints({ after, limit }): Promise<ScannedCheckpoint[]> {
      const params: Record<string, unknown> = { limit: clampLimit(limit, CHECKPOINT_LIMIT) };
      let where = '';
      if (after !== undefined) {
        where = `WHERE (scope, scope_seq, issued_at, checkpoint_id) >
                 ({scope:String}, {scopeSeq:Int64}, fromUnixTimestamp64Micro({issuedAt:Int64}), {id:String})`;
        Object.assign(params, scanCursorParams(after));
      }
      const rows = await run('checkpoint read', () =>
        selectRows<Record<string, unknown>>(
          `SELECT ${CHECKPOINTS.selectList}, scope_seq FROM ${database}.checkpoints ${where}
           ORDER BY scope, scope_seq, issued_at, checkpoint_id LIMIT {limit:UInt32}`,
          params,
          BY_SCOPE,
        ),
      );
      return rows.map((row) => ({ ...CHECKPOINTS.fromSelectRow(row), scopeSeq: Number(row.scope_seq) }));
    },

    async checkpointsOfSessions(range: SessionIdRange): Promise<CheckpointRow[]> {
      const bounds: string[] = [];
      const params: Record<string, unknown> = {};
      if (range.after !== undefined) {
        bounds.push('s > {after:String}');
        params.after = range.after;
      }
      if (range.through !== undefined) {
        bounds.push('s <= {through:String}');
        params.through = range.through;
      }
      const names =
        bounds.length > 0
          ? `arrayExists(s -> ${bounds.join(' AND ')}, session_ids)`
          : 'notEmpty(session_ids)';
      const rows = await run('checkpoint read', () =>
        selectRows<Record<string, unknown>>(
          `SELECT ${CHECKPOINTS.selectList} FROM ${database}.checkpoints WHERE ${names}
           ORDER BY issued_at, checkpoint_id`,
          params,
        ),
      );
      return rows.map((row) => CHECKPOINTS.fromSelectRow(row));
    },

    async setLegalHold(hold: LegalHold): Promise<void> {
      if (hold.sessionIds.length === 0) return;
      for (const statement of legalHoldStatements(database)) {
        await run('legal hold', () =>
          client.command({
            query: statement,
            query_params: { sessionIds: [...hold.sessionIds], held: hold.held ? 1 : 0 },
            clickhouse_settings: { mutations_sync: '1' },
          }),
        );
      }
      const ids = createHash('sha256').update(hold.sessionIds.join('\n')).digest('hex');
      await run('legal hold record', () =>
        client.insert({
          table: `${database}.legal_holds`,
          values: hold.sessionIds.map((sessionId) => ({
            session_id: sessionId,
            subject: hold.subject ?? '',
            held: hold.held ? 1 : 0,
            reason: hold.reason,
            actor: hold.actor,
            time: microsToDateTime64(hold.time),
          })),
          format: 'JSONEachRow',
          clickhouse_settings: { insert_deduplication_token: `legal_hold:${hold.time}:${ids}` },
        }),
      );
      logger.info({ held: hold.held, sessions: hold.sessionIds.length }, 'legal hold changed');
    },

    async listLegalHolds(tenants: readonly string[]): Promise<LegalHoldEntry[]> {
      const rows = await run('legal hold listing', () =>
        selectRows<{ session_id: string; subject: string; reason: string; actor: string; t: string }>(
          `SELECT session_id, last_subject AS subject, last_reason AS reason, last_actor AS actor,
                  toUnixTimestamp64Micro(last_time) AS t
           FROM (SELECT session_id, argMax(held, time) AS last_held, argMax(subject, time) AS last_subject,
                        argMax(reason, time) AS last_reason, argMax(actor, time) AS last_actor, max(time) AS last_time
                 FROM ${database}.legal_holds GROUP BY session_id)
           WHERE last_held = 1 AND session_id IN (
             SELECT session_id FROM ${database}.sessions
             WHERE session_id IN (SELECT session_id FROM ${database}.legal_holds)
             GROUP BY session_id HAVING argMinMerge(tenant) IN {tenants:Array(String)})
           ORDER BY last_time DESC, session_id LIMIT 100000`,
          { tenants: [...tenants] },
        ),
      );
      return rows.map((r) => ({
        sessionId: r.session_id,
        subject: r.subject,
        reason: r.reason,
        actor: r.actor,
        time: Number(r.t),
      }));
    },

    async sessionsOfSubject(subject: string, tenants: readonly string[]): Promise<string[]> {
      const rows = await run('session listing', () =>
        selectRows<{ session_id: string }>(
          `SELECT session_id FROM ${database}.sessions GROUP BY session_id
           HAVING argMinMerge(subject) = {subject:String} AND argMinMerge(tenant) IN {tenants:Array(String)}
           ORDER BY session_id`,
          { subject, tenants: [...tenants] },
        ),
      );
      return rows.map((r) => r.session_id);
    },

    async listSessions(query: SessionQuery): Promise<SessionSummary[]> {
      const { having, params } = sessionFilters(query);
      params.limit = clampLimit(query.limit, SESSION_LIMIT);
      const sql = `
        SELECT ${SESSION_SUMMARY_SELECT}
        FROM ${database}.sessions
        GROUP BY session_id
        ${having}
        ORDER BY last_time_us DESC, session_id
        LIMIT {limit:UInt32}`;
      const rows = await run('session listing', () => selectRows<SessionSummaryRow>(sql, params));
      return rows.map(fromSessionSummaryRow);
    },

    async sessionEvents(sessionId: string, query: EventQuery = {}): Promise<StoredEvent[]> {
      const params: Record<string, unknown> = { sessionId };
      const conditions = ['session_id = {sessionId:String}'];
      if (query.afterSeq !== undefined) {
        if (!Number.isFinite(query.afterSeq)) throw new AuditStoreInputError('afterSeq must be a number');
        params.afterSeq = Math.floor(query.afterSeq);
        if (query.afterEventId === undefined) conditions.push('seq > {afterSeq:Int64}');
        else {
          conditions.push('(seq, event_id) > ({afterSeq:Int64}, {afterEventId:String})');
          params.afterEventId = query.afterEventId;
        }
      }
      if (query.tenants !== undefined) {
        conditions.push('tenant IN {tenants:Array(String)}');
        params.tenants = [...query.tenants];
      }
      const from = `FROM ${database}.events FINAL WHERE ${conditions.join(' AND ')}
        ORDER BY seq, event_id LIMIT {limit:UInt32}`;
      let limit = clampLimit(query.limit, EVENT_LIMIT);
      if (query.maxBytes !== undefined) {
        const sizes = await run('session event read', () =>
          selectRows<{ bytes: string | number }>(`SELECT length(payload) + length(detail) AS bytes ${from}`, {
            ...params,
            limit,
          }),
        );
        limit = Math.max(
          1,
          fitting(
            sizes.map((row) => Number(row.bytes)),
            query.maxBytes,
          ),
        );
      }
      const rows = await run('session event read', () =>
        selectRows<Record<string, unknown>>(`SELECT ${EVENTS.selectList} ${from}`, { ...params, limit }),
      );
      return rows.map((row) => EVENTS.fromSelectRow(row));
    },

    async sessionRecords(sessionId: string): Promise<SessionRecords> {
      const records: Partial<SessionRecords> = {};
      for (const kind of READ_KINDS) {
        (records as Record<string, unknown>)[kind] = await readSession(
          READ_TABLES[kind] as { spec: TableSpec<object>; view?: string[] },
          sessionId,
        );
      }
      return records as SessionRecords;
    },

    async ping(): Promise<boolean> {
      const result = await client.ping({ select: true });
      return result.success;
    },

    async close(): Promise<void> {
      await client.close();
    },
  };
  return store;
}
