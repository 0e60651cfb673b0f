import { resolve } from 'node:path';
import { type AuditStore, type ClickHouseClientOptions, connectAuditStore } from '@proctor/audit-store';
import type { ProctorConfig } from '@proctor/config';
import type { Logger } from '@proctor/logger';

export function clickHouseOptions(config: ProctorConfig): ClickHouseClientOptions {
  const server = config.auditStore.clickhouse;
  if (server) {
    return {
      url: server.url,
      ...(server.username !== undefined && { username: server.username }),
      ...(server.password !== undefined && { password: server.password }),
    };
  }
  return { chdbPath: resolve(config.auditStore.chdb.path) };
}

export function describeAuditStore(config: ProctorConfig): string {
  const server = config.auditStore.clickhouse;
  if (server) return `ClickHouse ${new URL(server.url).host}`;
  return `chDB ${resolve(config.auditStore.chdb.path)}`;
}

/** Connects (failing fast with a message naming the target), migrates, and returns the store. */
export function openAuditStore(config: ProctorConfig, logger: Logger): Promise<AuditStore> {
  return connectAuditStore({
    clickhouse: clickHouseOptions(config),
    database: config.auditStore.database,
    retentionDays: config.auditStore.retentionDays,
    retentionByArea: config.auditStore.retention,
    logger,
  });
}
