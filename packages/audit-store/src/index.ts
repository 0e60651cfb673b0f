export {
  type ClickHouseAuditStoreOptions,
  createClickHouseAuditStore,
  EVENT_LIMIT,
  SESSION_LIMIT,
} from './clickhouse-audit-store';
export {
  type ClickHouseClientOptions,
  createClickHouseClient,
  describeClickHouseTarget,
} from './clickhouse-client';
export { type ConnectAuditStoreOptions, connectAuditStore, DEFAULT_DATABASE } from './connect';
export { AuditStoreInputError, AuditStoreMigrationError, AuditStoreQueryError } from './errors';
export {
  DEFAULT_MIGRATIONS_DIR,
  DEFAULT_RETENTION_DAYS,
  loadMigrations,
  type MigrateOptions,
  type MigrateResult,
  type Migration,
  migrate,
} from './migrations';
export {
  type AuditStore,
  AuditStoreUnavailableError,
  type EventQuery,
  type SessionQuery,
  type SessionSummary,
  type StoredEvent,
} from './port';
