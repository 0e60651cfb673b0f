import { appendFile, copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ClickHouseClient } from '@clickhouse/client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AuditStoreInputError, AuditStoreMigrationError } from './errors';
import {
  DEFAULT_MIGRATIONS_DIR,
  loadMigrations,
  migrate,
  RETAINED_TABLES,
  renderMigration,
} from './migrations';
import { dailyMaskingCounts } from './testing';
import { freshDatabaseName, openTestClient, removeChdbTestPath, selectRows } from './testing/chdb-fixture';

let client: ClickHouseClient;
let database: string;

beforeAll(() => {
  client = openTestClient();
});
afterAll(async () => {
  await client.close();
  removeChdbTestPath();
});
beforeEach(() => {
  database = freshDatabaseName();
});

async function eventsDdl(): Promise<string> {
  const [row] = await selectRows<{ statement: string }>(client, `SHOW CREATE TABLE ${database}.events`);
  return row?.statement ?? '';
}

async function appliedVersions(): Promise<number[]> {
  const rows = await selectRows<{ version: number }>(
    client,
    `SELECT version FROM ${database}.schema_migrations ORDER BY version`,
  );
  return rows.map((row) => Number(row.version));
}

/** A private copy of the real migrations that a test may edit or extend. */
async function copyOfMigrations(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'proctor-migrations-'));
  for (const migration of await loadMigrations()) {
    await copyFile(join(DEFAULT_MIGRATIONS_DIR, migration.file), join(dir, migration.file));
  }
  return dir;
}

describe('migrate', () => {
  it('creates the database and events table, records the migration, and is idempotent', async () => {
    const versions = (await loadMigrations()).map((m) => m.version);
    expect(versions.slice(0, 2)).toEqual([1, 2]);
    const first = await migrate(client, { database });
    expect(first.applied).toEqual(versions);

    const second = await migrate(client, { database });
    expect(second).toEqual({ applied: [], retentionChanged: false });
    expect(await appliedVersions()).toEqual(versions);

    const ddl = await eventsDdl();
    expect(ddl).toContain('ENGINE = ReplacingMergeTree');
    expect(ddl).toContain('ORDER BY (session_id, seq, event_id)');
    expect(ddl).toContain('PARTITION BY toYYYYMM(time)');
    expect(ddl).toContain("`time` DateTime64(6, 'UTC')");
    expect(ddl).toContain('non_replicated_deduplication_window = 10000');
  });

  it('sets the default six-year retention at creation', async () => {
    await migrate(client, { database });
    expect(await eventsDdl()).toContain('TTL toDateTime(time) + toIntervalDay(2192)');
  });

  it('creates the table with a configured retention and changes it when the configuration changes', async () => {
    const created = await migrate(client, { database, retentionDays: 400 });
    expect(created.retentionChanged).toBe(false);
    expect(await eventsDdl()).toContain('toIntervalDay(400)');

    const changed = await migrate(client, { database, retentionDays: 30 });
    expect(changed).toEqual({ applied: [], retentionChanged: true });
    const ddl = await eventsDdl();
    expect(ddl).toContain('TTL toDateTime(time) + toIntervalDay(30) WHERE legal_hold = 0');
    expect(ddl).not.toContain('toIntervalDay(400)');
    // Every retained table follows the configuration, keeping the legal-hold exemption.
    const tables = await selectRows<{ name: string; create_table_query: string }>(
      client,
      `SELECT name, create_table_query FROM system.tables WHERE database = {database:String}`,
      { database },
    );
    for (const { table, area } of RETAINED_TABLES) {
      const created = tables.find((t) => t.name === table)?.create_table_query ?? '';
      expect(created, table).toMatch(
        area === 'reportAggregates'
          ? /TTL day \+ toIntervalDay\(30\)(?! WHERE)/
          : /TTL toDateTime\(\w+\) \+ toIntervalDay\(30\) WHERE legal_hold = 0/,
      );
    }

    expect((await migrate(client, { database, retentionDays: 30 })).retentionChanged).toBe(false);
  });

  it('keeps each area for its own configured retention, the others for the default', async () => {
    const changed = await migrate(client, {
      database,
      retentionDays: 2192,
      retentionByArea: { authFailures: 400, reportAggregates: 3000 },
    });
    expect(changed.retentionChanged).toBe(true);
    const tables = await selectRows<{ name: string; create_table_query: string }>(
      client,
      `SELECT name, create_table_query FROM system.tables WHERE database = {database:String}`,
      { database },
    );
    const days = (table: string) =>
      /toIntervalDay\((\d+)\)/.exec(tables.find((t) => t.name === table)?.create_table_query ?? '')?.[1];
    expect(days('auth_failures')).toBe('400');
    expect(days('session_activity')).toBe('3000');
    expect(days('daily_activity')).toBe('3000');
    expect(days('events')).toBe('2192');
    expect(days('policy_decisions')).toBe('2192');
    await expect(migrate(client, { database, retentionByArea: { events: 0 } })).rejects.toThrow(
      /retentionDays must be a positive integer/,
    );
  });

  it('refuses to run when an applied migration file changed', async () => {
    const dir = await copyOfMigrations();
    try {
      await migrate(client, { database, migrationsDir: dir });
      await appendFile(join(dir, '0001_events.sql'), '\n-- an edit after the fact\n');

      const attempt = migrate(client, { database, migrationsDir: dir });
      await expect(attempt).rejects.toBeInstanceOf(AuditStoreMigrationError);
      await expect(attempt).rejects.toThrow(/0001_events\.sql was applied .* checksum/);
      expect(await appliedVersions()).toEqual((await loadMigrations()).map((m) => m.version));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('applies only pending migrations, in version order, ignoring other files', async () => {
    const dir = await copyOfMigrations();
    try {
      await writeFile(join(dir, 'README.md'), 'not a migration');
      await writeFile(
        join(dir, '0090_events_note.sql'),
        "ALTER TABLE {database}.events ADD COLUMN IF NOT EXISTS note String DEFAULT '';\n",
      );
      const shipped = (await loadMigrations()).map((m) => m.version);
      expect((await migrate(client, { database, migrationsDir: dir })).applied).toEqual([...shipped, 90]);

      // 0091 depends on 0090's column: it only works if run after it.
      await writeFile(
        join(dir, '0091_events_note_comment.sql'),
        "-- two statements in one file\nALTER TABLE {database}.events COMMENT COLUMN note 'free text';\n" +
          "ALTER TABLE {database}.events ADD COLUMN IF NOT EXISTS note2 String DEFAULT '';\n",
      );
      expect((await migrate(client, { database, migrationsDir: dir })).applied).toEqual([91]);
      expect(await appliedVersions()).toEqual([...shipped, 90, 91]);
      const ddl = await eventsDdl();
      expect(ddl).toContain("`note` String DEFAULT '' COMMENT 'free text'");
      expect(ddl).toContain('`note2` String');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('upgrades to match sets (0014) keeping the per-match rows stored before readable and counted once', async () => {
    const dir = await copyOfMigrations();
    try {
      await rm(join(dir, '0014_masking_match_sets.sql'));
      await migrate(client, { database, migrationsDir: dir });
      // As a version before 0014 stored them: one row per match (the daily view counts them).
      await client.command({
        query: `INSERT INTO ${database}.masking_matches (event_id, session_id, seq, time, tenant, match_index,
                  json_path, span_start, span_end, rule_id, identifier_type, strategy, pseudonym, match_count)
                VALUES ('e-0', 's-up', 0, '2026-01-05 10:00:00', 't', 0, '$.payload.a', 0, 11, 'us_ssn', 'ssn', 'redact', '', 1),
                       ('e-0', 's-up', 0, '2026-01-05 10:00:00', 't', 1, '$.payload.b', 2, 9, 'email', 'email', 'redact', '', 1)`,
      });
      expect((await migrate(client, { database })).applied).toEqual([14]);
      // Stored since: one row per event; the same event again (a redelivery across the upgrade) and a new one.
      await client.command({
        query: `INSERT INTO ${database}.masking_match_sets (event_id, session_id, seq, time, tenant, json_paths,
                  span_starts, span_ends, rule_ids, identifier_types, strategies, pseudonyms, match_counts)
                VALUES ('e-0', 's-up', 0, '2026-01-05 10:00:00', 't', ['$.payload.a', '$.payload.b'], [0, 2], [11, 9],
                        ['us_ssn', 'email'], ['ssn', 'email'], ['redact', 'redact'], ['', ''], [1, 1]),
                       ('e-1', 's-up', 1, '2026-01-05 10:00:01', 't', ['$.payload.c'], [4], [8],
                        ['us_ssn'], ['ssn'], ['redact'], [''], [1])`,
      });
      const rows = await selectRows<{ seq: number; match_index: number; json_path: string }>(
        client,
        `SELECT seq, match_index, json_path FROM ${database}.masking_match_rows WHERE session_id = 's-up'
         ORDER BY seq, event_id, match_index LIMIT 1 BY seq, event_id, match_index`,
      );
      expect(rows).toEqual([
        { seq: 0, match_index: 0, json_path: '$.payload.a' },
        { seq: 0, match_index: 1, json_path: '$.payload.b' },
        { seq: 1, match_index: 0, json_path: '$.payload.c' },
      ]);
      expect(await dailyMaskingCounts(client, database)).toEqual([
        ['email', 1],
        ['ssn', 2],
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('rejects a database name that is not a plain identifier before running any SQL', async () => {
    await expect(migrate(client, { database: 'audit; DROP DATABASE x' })).rejects.toBeInstanceOf(
      AuditStoreInputError,
    );
    await expect(migrate(client, { database, retentionDays: 0 })).rejects.toBeInstanceOf(
      AuditStoreInputError,
    );
    const rows = await selectRows<{ name: string }>(
      client,
      'SELECT name FROM system.databases WHERE name = {d:String}',
      {
        d: database,
      },
    );
    expect(rows).toEqual([]);
  });
});

describe('renderMigration', () => {
  it('substitutes placeholders, drops comment lines and splits statements', () => {
    const statements = renderMigration(
      '-- header; with a semicolon\nCREATE TABLE {database}.a (x UInt8) ENGINE = Memory;\n\n' +
        'ALTER TABLE {database}.a MODIFY TTL now() + INTERVAL {retention_days} DAY;\n',
      { database: 'audit', retentionDays: 7 },
    );
    expect(statements).toEqual([
      'CREATE TABLE audit.a (x UInt8) ENGINE = Memory',
      'ALTER TABLE audit.a MODIFY TTL now() + INTERVAL 7 DAY',
    ]);
  });
});
