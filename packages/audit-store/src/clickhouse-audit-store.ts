import type { ClickHouseClient } from '@clickhouse/client';
import { type Logger, silentLogger } from '@proctor/logger';
import { AuditStoreInputError, toAuditStoreError } from './errors';
import {
  EVENT_SELECT_COLUMNS,
  type EventSelectRow,
  fromEventSelectRow,
  insertEventRows,
  READ_SETTINGS,
} from './events-table';
import type { AuditStore, EventQuery, SessionQuery, SessionSummary, StoredEvent } from './port';
import { assertIdentifier } from './sql-identifier';

export interface ClickHouseAuditStoreOptions {
  client: ClickHouseClient;
  /** Database holding the migrated `events` table (production: `audit`). */
  database: string;
  logger?: Logger;
  /** How errors name the ClickHouse in use, without credentials (see describeClickHouseTarget). */
  target?: string;
}

export const SESSION_LIMIT = { default: 100, max: 1000 } as const;
export const EVENT_LIMIT = { default: 1000, max: 10_000 } as const;

function clampLimit(limit: number | undefined, bounds: { default: number; max: number }): number {
  if (limit === undefined || !Number.isFinite(limit)) return bounds.default;
  return Math.min(bounds.max, Math.max(1, Math.floor(limit)));
}

interface SessionSummaryRow {
  session_id: string;
  session_tenant: string;
  session_connection: string;
  session_subject: string;
  first_time_us: string;
  last_time_us: string;
  frame_count: string;
  event_count: string;
}

/**
 * The AuditStore on ClickHouse. Values only ever travel as query parameters; the database
 * name is the one identifier in the SQL text and is validated first. Reads use FINAL so rows
 * inserted twice (at-least-once delivery) show once even before ClickHouse merges them.
 */
export function createClickHouseAuditStore(options: ClickHouseAuditStoreOptions): AuditStore {
  const { client } = options;
  const database = assertIdentifier(options.database, 'database');
  const logger = options.logger ?? silentLogger();
  const target = options.target ?? 'ClickHouse';
  const events = `${database}.events`;

  async function run<T>(operation: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (err) {
      const mapped = toAuditStoreError(err, { operation, target });
      logger.warn({ err: mapped, operation }, 'audit store operation failed');
      throw mapped;
    }
  }

  async function selectRows<T>(query: string, params: Record<string, unknown>): Promise<T[]> {
    const result = await client.query({
      query,
      query_params: params,
      format: 'JSONEachRow',
      clickhouse_settings: READ_SETTINGS,
    });
    return result.json<T>();
  }

  return {
    async insertEvents(rows: StoredEvent[], dedupToken: string): Promise<void> {
      if (rows.length === 0) return;
      if (dedupToken.length === 0) throw new AuditStoreInputError('dedupToken must not be empty');
      await run('insert into events', () => insertEventRows(client, database, rows, dedupToken));
      logger.debug({ rows: rows.length }, 'events inserted');
    },

    async listSessions(query: SessionQuery): Promise<SessionSummary[]> {
      const conditions: string[] = [];
      const params: Record<string, unknown> = { limit: clampLimit(query.limit, SESSION_LIMIT) };
      if (query.subject !== undefined) {
        conditions.push('subject = {subject:String}');
        params.subject = query.subject;
      }
      if (query.tenant !== undefined) {
        conditions.push('tenant = {tenant:String}');
        params.tenant = query.tenant;
      }
      if (query.connection !== undefined) {
        conditions.push('connection = {connection:String}');
        params.connection = query.connection;
      }
      const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
      // The session's identity is the one on its earliest event (session_started). Aliases
      // differ from the column names because ClickHouse resolves aliases inside WHERE too.
      const sql = `
        SELECT
          session_id,
          argMin(tenant, seq) AS session_tenant,
          argMin(connection, seq) AS session_connection,
          argMin(subject, seq) AS session_subject,
          toUnixTimestamp64Micro(min(time)) AS first_time_us,
          toUnixTimestamp64Micro(max(time)) AS last_time_us,
          countIf(type = 'frame') AS frame_count,
          count() AS event_count
        FROM ${events} FINAL
        ${where}
        GROUP BY session_id
        ORDER BY last_time_us DESC, session_id
        LIMIT {limit:UInt32}`;
      const rows = await run('session listing', () => selectRows<SessionSummaryRow>(sql, params));
      return rows.map((row) => ({
        sessionId: row.session_id,
        tenant: row.session_tenant,
        connection: row.session_connection,
        subject: row.session_subject,
        firstTime: Number(row.first_time_us),
        lastTime: Number(row.last_time_us),
        frameCount: Number(row.frame_count),
        eventCount: Number(row.event_count),
      }));
    },

    async sessionEvents(sessionId: string, query: EventQuery = {}): Promise<StoredEvent[]> {
      const params: Record<string, unknown> = { sessionId, limit: clampLimit(query.limit, EVENT_LIMIT) };
      let afterSeq = '';
      if (query.afterSeq !== undefined) {
        if (!Number.isFinite(query.afterSeq)) throw new AuditStoreInputError('afterSeq must be a number');
        afterSeq = 'AND seq > {afterSeq:Int64}';
        params.afterSeq = Math.floor(query.afterSeq);
      }
      const sql = `
        SELECT ${EVENT_SELECT_COLUMNS}
        FROM ${events} FINAL
        WHERE session_id = {sessionId:String} ${afterSeq}
        ORDER BY seq, event_id
        LIMIT {limit:UInt32}`;
      const rows = await run('session event read', () => selectRows<EventSelectRow>(sql, params));
      return rows.map(fromEventSelectRow);
    },

    async ping(): Promise<boolean> {
      const result = await client.ping({ select: true });
      return result.success;
    },

    async close(): Promise<void> {
      await client.close();
    },
  };
}
