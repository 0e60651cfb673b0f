export {
  CHECKPOINT_LIMIT,
  type ClickHouseAuditStoreOptions,
  createClickHouseAuditStore,
  EVENT_LIMIT,
  identityToken,
  SESSION_LIMIT,
  validateAuditRows,
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
  RETAINED_TABLES,
  RETENTION_AREAS,
  type RetentionArea,
  retentionOf,
} from './migrations';
export {
  type AuditRows,
  type AuditStore,
  AuditStoreUnavailableError,
  type CheckpointQuery,
  type CheckpointScanCursor,
  type EventQuery,
  type LatestCheckpointQuery,
  type LegalHold,
  type LegalHoldEntry,
  type ScannedCheckpoint,
  type SessionChainState,
  type SessionIdRange,
  type SessionRecords,
  type StoredEventIdentity,
} from './port';
export { MAX_STORABLE_TIME_US, microsToDateTime64, type TableSpec } from './table-spec';
export type { AccessGrantRow } from './tables/access-grants';
export { ACCESS_GRANTS } from './tables/access-grants';
export type { ApprovalRow } from './tables/approvals';
export { APPROVALS } from './tables/approvals';
export type { AuthFailureRow } from './tables/auth-failures';
export { AUTH_FAILURES } from './tables/auth-failures';
export type { CheckpointRow } from './tables/checkpoints';
export type { StoredEvent } from './tables/events';
export { EVENTS } from './tables/events';
export type { MaskingMatchRow, MaskingMatchSetRow } from './tables/masking-matches';
export { MASKING_MATCH_SETS, MASKING_MATCHES, matchRowsOf } from './tables/masking-matches';
export type { PolicyDecisionRow } from './tables/policy-decisions';
export { POLICY_DECISIONS } from './tables/policy-decisions';
export type { RuleErrorRow } from './tables/rule-errors';
export { RULE_ERRORS } from './tables/rule-errors';
export type { SessionQuery, SessionSummary } from './tables/sessions';
