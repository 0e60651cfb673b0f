import { resolve } from 'node:path';
import {
  type AuditStore,
  connectAuditStore,
  createClickHouseAuditStore,
  createClickHouseClient,
  migrate,
} from '@proctor/audit-store';
import type { ProctorConfig } from '@proctor/config';
import type { Logger } from '@proctor/logger';

export function clickHouseOptions(config: ProctorConfig) {
  const server = config.auditStore.clickhouse;
  if (server) return { url: server.url, username: server.username, password: server.password };
  return { chdbPath: resolve(config.auditStore.chdb.path) };
}

export function describeAuditStore(config: ProctorConfig): string {
  const server = config.auditStore.clickhouse;
  if (server) return `ClickHouse ${new URL(server.url).host}`;
  return `chDB ${resolve(config.auditStore.chdb.path)}`;
}

/** Connects (failing fast with a message naming the target), migrates, and returns the store. */
export async function openAuditStore(config: ProctorConfig, logger: Logger): Promise<AuditStore> {
  const options = clickHouseOptions(config);
  await connectAuditStore(options);
  const client = createClickHouseClient(options);
  await migrate(client, { database: config.auditStore.database, retentionDays: config.auditStore.retentionDays, logger });
  return createClickHouseAuditStore({ client, database: config.auditStore.database, logger });
}
