import { type Logger, silentLogger } from '@proctor/logger';
import { createClickHouseAuditStore } from './clickhouse-audit-store';
import {
  type ClickHouseClientOptions,
  createClickHouseClient,
  describeClickHouseTarget,
} from './clickhouse-client';
import { toAuditStoreError } from './errors';
import { migrate, type RetentionArea } from './migrations';
import { type AuditStore, AuditStoreUnavailableError } from './port';

export interface ConnectAuditStoreOptions {
  clickhouse: ClickHouseClientOptions;
  /** Default `audit`. */
  database?: string;
  /** Applied as every retained table's TTL by the migrations (default six years). */
  retentionDays?: number;
  /** Per-area retention overriding retentionDays (see RETENTION_AREAS). */
  retentionByArea?: Partial<Record<RetentionArea, number>>;
  /** Run pending migrations before returning (default true). */
  migrate?: boolean;
  /** How long the start-up ping may take before giving up (default 3 s). */
  pingTimeoutMs?: number;
  logger?: Logger;
}

export const DEFAULT_DATABASE = 'audit';
const DEFAULT_PING_TIMEOUT_MS = 3000;

/**
 * Boot-time entry point: opens the client, pings with a short deadline so a wrong URL fails
 * start-up in seconds rather than at the first insert, migrates, and returns the store.
 */
export async function connectAuditStore(options: ConnectAuditStoreOptions): Promise<AuditStore> {
  const logger = options.logger ?? silentLogger();
  const database = options.database ?? DEFAULT_DATABASE;
  const target = describeClickHouseTarget(options.clickhouse);
  const client = createClickHouseClient(options.clickhouse);
  try {
    const ping = await client.ping({
      select: true,
      abort_signal: AbortSignal.timeout(options.pingTimeoutMs ?? DEFAULT_PING_TIMEOUT_MS),
    });
    if (!ping.success) {
      // Re-worded through the common mapping so the message stays free of server text.
      const cause = toAuditStoreError(ping.error, { operation: 'start-up ping', target });
      throw new AuditStoreUnavailableError(`audit store unavailable at start-up: ${cause.message}`);
    }
    if (options.migrate ?? true) {
      await migrate(client, {
        database,
        retentionDays: options.retentionDays,
        ...(options.retentionByArea && { retentionByArea: options.retentionByArea }),
        logger,
        target,
      });
    }
  } catch (err) {
    await client.close().catch(() => undefined);
    throw err;
  }
  logger.info({ target, database }, 'audit store connected');
  return createClickHouseAuditStore({ client, database, logger, target });
}
