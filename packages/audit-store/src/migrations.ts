import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ClickHouseClient } from '@clickhouse/client';
import { type Logger, silentLogger } from '@proctor/logger';
import { AuditStoreInputError, AuditStoreMigrationError, toAuditStoreError } from './errors';
import { assertIdentifier } from './sql-identifier';

/** Six years: HIPAA 164.316(b)(2) retention for required documentation. */
export const DEFAULT_RETENTION_DAYS = 2192;

/** schemas/clickhouse, found from this file rather than the working directory. */
export const DEFAULT_MIGRATIONS_DIR = fileURLToPath(new URL('../../../schemas/clickhouse/', import.meta.url));

const MIGRATION_FILE = /^(\d+)_([A-Za-z0-9_-]+)\.sql$/;

export interface Migration {
  /** File name, e.g. 0001_events.sql. */
  file: string;
  version: number;
  name: string;
  /** Hex SHA-256 of the file text (line endings normalised), placeholders unsubstituted. */
  checksum: string;
  /** The file text with `{database}` and `{retention_days}` placeholders. */
  template: string;
}

export interface MigrateOptions {
  database: string;
  /** Retention applied as every retained table's TTL (default DEFAULT_RETENTION_DAYS). */
  retentionDays?: number;
  /** Per-area retention that overrides retentionDays (see RETENTION_AREAS). */
  retentionByArea?: Partial<Record<RetentionArea, number>>;
  logger?: Logger;
  /** Where the numbered .sql files live (default: the repository's schemas/clickhouse). */
  migrationsDir?: string;
  /** How errors name the ClickHouse in use, without credentials. */
  target?: string;
}

export interface MigrateResult {
  /** Versions applied by this run, in order (empty when the schema was current). */
  applied: number[];
  /** Whether the events table's TTL was changed to the configured retention. */
  retentionChanged: boolean;
}

/** Reads the numbered migrations in version order. Other files in the directory are ignored. */
export async function loadMigrations(dir: string = DEFAULT_MIGRATIONS_DIR): Promise<Migration[]> {
  const migrations: Migration[] = [];
  for (const file of await readdir(dir)) {
    const match = MIGRATION_FILE.exec(file);
    if (match?.[1] === undefined || match[2] === undefined) continue;
    const template = (await readFile(join(dir, file), 'utf8')).replace(/\r\n/g, '\n');
    migrations.push({
      file,
      version: Number(match[1]),
      name: match[2],
      checksum: createHash('sha256').update(template).digest('hex'),
      template,
    });
  }
  migrations.sort((a, b) => a.version - b.version);
  for (let i = 1; i < migrations.length; i++) {
    if (migrations[i]?.version === migrations[i - 1]?.version) {
      throw new AuditStoreMigrationError(`two migration files share version ${migrations[i]?.version}`);
    }
  }
  return migrations;
}

/** Substitutes the placeholders and splits the file into statements (one per `;` at a line end). */
export function renderMigration(
  template: string,
  values: { database: string; retentionDays: number },
): string[] {
  const sql = template
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('--'))
    .join('\n')
    .replaceAll('{database}', values.database)
    .replaceAll('{retention_days}', String(values.retentionDays));
  return sql
    .split(/;[ \t]*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

function checkRetentionDays(days: number): number {
  if (!Number.isSafeInteger(days) || days < 1) {
    throw new AuditStoreInputError('retentionDays must be a positive integer');
  }
  return days;
}

interface AppliedRow {
  version: number;
  name: string;
  checksum: string;
}

/**
 * What can be retained for its own period (config `auditStore.retention.<area>`), and the
 * tables of each area: the audit records of one kind, or the report's aggregates.
 */
export const RETENTION_AREAS = {
  events: ['events', 'sessions'],
  maskingMatches: ['masking_match_sets', 'masking_matches'],
  ruleErrors: ['rule_errors'],
  policyDecisions: ['policy_decisions'],
  authFailures: ['auth_failures'],
  approvals: ['approvals'],
  accessGrants: ['access_grants'],
  reportAggregates: ['daily_activity', 'daily_masking', 'session_activity', 'daily_issuers'],
} as const;

export type RetentionArea = keyof typeof RETENTION_AREAS;

/**
 * Tables whose rows expire after the retention period, with the time column the TTL counts
 * from. Rows of sessions under legal hold (legal_hold = 1) are exempt wherever the table has
 * that column (the report's aggregates have none: they hold counts, not records).
 */
export const RETAINED_TABLES: readonly { table: string; timeColumn: string; area: RetentionArea }[] = [
  { table: 'events', timeColumn: 'time', area: 'events' },
  { table: 'sessions', timeColumn: 'last_time', area: 'events' },
  { table: 'masking_match_sets', timeColumn: 'time', area: 'maskingMatches' },
  // Rows of versions before migration 0014, still read through masking_match_rows.
  { table: 'masking_matches', timeColumn: 'time', area: 'maskingMatches' },
  { table: 'rule_errors', timeColumn: 'time', area: 'ruleErrors' },
  { table: 'policy_decisions', timeColumn: 'time', area: 'policyDecisions' },
  { table: 'auth_failures', timeColumn: 'time', area: 'authFailures' },
  { table: 'approvals', timeColumn: 'time', area: 'approvals' },
  { table: 'access_grants', timeColumn: 'time', area: 'accessGrants' },
  { table: 'daily_activity', timeColumn: 'day', area: 'reportAggregates' },
  { table: 'daily_masking', timeColumn: 'day', area: 'reportAggregates' },
  { table: 'session_activity', timeColumn: 'day', area: 'reportAggregates' },
  { table: 'daily_issuers', timeColumn: 'day', area: 'reportAggregates' },
];

/** The retention of each area: its own setting, else the default. */
export function retentionOf(
  retentionDays: number,
  byArea: Partial<Record<RetentionArea, number>> = {},
): Record<RetentionArea, number> {
  return Object.fromEntries(
    (Object.keys(RETENTION_AREAS) as RetentionArea[]).map((area) => [
      area,
      checkRetentionDays(byArea[area] ?? retentionDays),
    ]),
  ) as Record<RetentionArea, number>;
}

/** A retention TTL as ClickHouse normalises it in create_table_query (DateTime64 or Date column). */
const RETENTION_TTL = /\bTTL (?:toDateTime\((\w+)\)|(\w+)) \+ toIntervalDay\((\d+)\)( WHERE legal_hold = 0)?/;

/**
 * Brings a database up to date: creates it and `schema_migrations`, applies pending numbered
 * migrations in order (recording each), then makes the events TTL match the configured
 * retention. Idempotent. Refuses to run when an applied migration's file has changed since,
 * because the live schema would no longer be what the files describe.
 *
 * Not safe to run from two processes at the same instant (ClickHouse has no DDL lock); the
 * statements use IF NOT EXISTS so a rerun after a crash completes a half-applied migration.
 */
export async function migrate(client: ClickHouseClient, options: MigrateOptions): Promise<MigrateResult> {
  const database = assertIdentifier(options.database, 'database');
  const retentionDays = checkRetentionDays(options.retentionDays ?? DEFAULT_RETENTION_DAYS);
  const logger = options.logger ?? silentLogger();
  const target = options.target ?? 'ClickHouse';
  const migrations = await loadMigrations(options.migrationsDir);

  const step = async <T>(operation: string, work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (err) {
      throw toAuditStoreError(err, { operation, target });
    }
  };

  await step('create database', () => client.command({ query: `CREATE DATABASE IF NOT EXISTS ${database}` }));
  await step('create schema_migrations', () =>
    client.command({
      query: `CREATE TABLE IF NOT EXISTS ${database}.schema_migrations (
        version UInt32,
        name String,
        checksum String,
        applied_at DateTime64(3, 'UTC') DEFAULT now64(3)
      ) ENGINE = MergeTree ORDER BY version`,
    }),
  );

  const applied = await step('read schema_migrations', async () => {
    const result = await client.query({
      query: `SELECT version, any(name) AS name, any(checksum) AS checksum
              FROM ${database}.schema_migrations GROUP BY version ORDER BY version`,
      format: 'JSONEachRow',
    });
    return result.json<AppliedRow>();
  });
  const appliedByVersion = new Map(applied.map((row) => [Number(row.version), row]));

  const known = new Set(migrations.map((m) => m.version));
  for (const row of applied) {
    if (!known.has(Number(row.version))) {
      logger.warn(
        { version: row.version, name: row.name },
        'database has a migration this build does not know',
      );
    }
  }

  const appliedNow: number[] = [];
  for (const migration of migrations) {
    const previous = appliedByVersion.get(migration.version);
    if (previous !== undefined) {
      if (previous.checksum !== migration.checksum) {
        throw new AuditStoreMigrationError(
          `migration ${migration.file} was applied to ${database} with checksum ` +
            `${previous.checksum.slice(0, 12)}… but the file now has ${migration.checksum.slice(0, 12)}…: ` +
            'applied migrations must not change; add a new numbered migration instead',
        );
      }
      continue;
    }
    const label = migration.file;
    for (const statement of renderMigration(migration.template, { database, retentionDays })) {
      await step(`migration ${label}`, () => client.command({ query: statement }));
    }
    await step(`record migration ${label}`, () =>
      client.insert({
        table: `${database}.schema_migrations`,
        values: [{ version: migration.version, name: migration.name, checksum: migration.checksum }],
        format: 'JSONEachRow',
        clickhouse_settings: {
          insert_deduplication_token: `schema_migrations:${label}:${migration.checksum}`,
        },
      }),
    );
    logger.info({ database, version: migration.version, name: migration.name }, 'migration applied');
    appliedNow.push(migration.version);
  }

  const retention = retentionOf(retentionDays, options.retentionByArea);
  const retentionChanged = await step('apply retention', () =>
    applyRetention(client, database, retention, logger),
  );
  return { applied: appliedNow, retentionChanged };
}

/**
 * Sets every retained table's TTL to its area's configured retention (keeping the legal-hold
 * exemption) when it differs. Returns whether any changed. Tables a migration has not
 * created yet are skipped.
 */
async function applyRetention(
  client: ClickHouseClient,
  database: string,
  retention: Record<RetentionArea, number>,
  logger: Logger,
): Promise<boolean> {
  const result = await client.query({
    query: `SELECT name, create_table_query FROM system.tables WHERE database = {database:String}`,
    query_params: { database },
    format: 'JSONEachRow',
  });
  const tables = new Map(
    (await result.json<{ name: string; create_table_query: string }>()).map((t) => [
      t.name,
      t.create_table_query,
    ]),
  );
  let changed = false;
  for (const { table, timeColumn, area } of RETAINED_TABLES) {
    const ddl = tables.get(table);
    if (ddl === undefined) continue;
    const retentionDays = retention[area];
    const current = RETENTION_TTL.exec(ddl);
    const currentDays = current?.[3] === undefined ? null : Number(current[3]);
    const hasHold = ddl.includes('`legal_hold`');
    if (currentDays === retentionDays && (current?.[4] !== undefined) === hasHold) continue;
    const exemption = hasHold ? ' DELETE WHERE legal_hold = 0' : '';
    const from = timeColumn === 'day' ? 'day' : `toDateTime(${timeColumn})`;
    await client.command({
      query: `ALTER TABLE ${database}.${table} MODIFY TTL ${from} + INTERVAL ${retentionDays} DAY${exemption}`,
    });
    logger.info({ database, table, fromDays: currentDays, toDays: retentionDays }, 'retention changed');
    changed = true;
  }
  return changed;
}
