import type { ClickHouseClient } from '@clickhouse/client';
import {
  type AuditStore,
  createClickHouseAuditStore,
  type MaskingMatchSetRow,
  matchRowsOf,
  microsToDateTime64,
  migrate,
} from '@proctor/audit-store';
import {
  freshDatabaseName,
  openTestClient,
  removeChdbTestPath,
  selectRows,
} from '@proctor/audit-store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RECORD_KINDS } from './record-kinds';
import { readAllRecords, readRecordPage } from './record-query';

const T0 = 1_763_683_200_000_000;
let client: ClickHouseClient;
let store: AuditStore;
let database: string;

/** The matches of one event: one per rule id. */
function set(tenant: string, sessionId: string, seq: number, ruleIds: string[]): MaskingMatchSetRow {
  return {
    eventId: `e-${sessionId}-${seq}`,
    sessionId,
    seq,
    time: T0 + seq * 1_000,
    tenant,
    jsonPaths: ruleIds.map((_, i) => `$.payload.result.content[${i}].text`),
    spanStarts: ruleIds.map((_, i) => i),
    spanEnds: ruleIds.map((_, i) => i + 5),
    ruleIds,
    identifierTypes: ruleIds,
    strategies: ruleIds.map(() => 'redact'),
    pseudonyms: ruleIds.map(() => ''),
    matchCounts: ruleIds.map(() => 1),
  };
}

// Stored by a version before migration 0014: one row per match in masking_matches.
const legacy = [set('tenant-a', 's-1', 0, ['ssn', 'email']), set('tenant-a', 's-1', 1, ['phone'])];
// Stored since: one row per event in masking_match_sets, the second batch delivered twice.
const sets = [
  set('tenant-a', 's-1', 2, ['name', 'date', 'mrn']),
  set('tenant-a', 's-2', 3, ['ssn']),
  set('tenant-b', 's-3', 4, ['email', 'name']),
];

beforeAll(async () => {
  client = openTestClient();
  database = freshDatabaseName();
  await migrate(client, { database });
  store = createClickHouseAuditStore({ client, database });
  await client.insert({
    table: `${database}.masking_matches`,
    values: legacy.flatMap(matchRowsOf).map((m) => ({
      event_id: m.eventId,
      session_id: m.sessionId,
      seq: m.seq,
      time: microsToDateTime64(m.time),
      tenant: m.tenant,
      match_index: m.matchIndex,
      json_path: m.jsonPath,
      span_start: m.spanStart,
      span_end: m.spanEnd,
      rule_id: m.ruleId,
      identifier_type: m.identifierType,
      strategy: m.strategy,
      pseudonym: m.pseudonym,
      match_count: m.matchCount,
    })),
    format: 'JSONEachRow',
  });
  await store.insertRows({ events: [], maskingMatchSets: sets.slice(0, 1) });
  await store.insertRows({ events: [], maskingMatchSets: sets.slice(1) });
  // A redelivered batch before ClickHouse merged: inserted again under another token.
  const again = sets[1] as MaskingMatchSetRow;
  await client.insert({
    table: `${database}.masking_match_sets`,
    values: [
      {
        event_id: again.eventId,
        session_id: again.sessionId,
        seq: again.seq,
        time: microsToDateTime64(again.time),
        tenant: again.tenant,
        json_paths: again.jsonPaths,
        span_starts: again.spanStarts,
        span_ends: again.spanEnds,
        rule_ids: again.ruleIds,
        identifier_types: again.identifierTypes,
        strategies: again.strategies,
        pseudonyms: again.pseudonyms,
        match_counts: again.matchCounts,
      },
    ],
    format: 'JSONEachRow',
    clickhouse_settings: { insert_deduplication_token: 'redelivered' },
  });
});

afterAll(async () => {
  await store?.close();
  removeChdbTestPath();
});

const kind = RECORD_KINDS['masking-matches'];
if (kind === undefined) throw new Error('masking-matches is an export kind');

describe('masking-matches export', () => {
  it('pages through matches stored one row per match and one row per event: every match once, in order', async () => {
    const rows: Record<string, unknown>[] = [];
    let cursor: string | undefined;
    do {
      const page = await readRecordPage(client, database, kind, {
        tenants: ['tenant-a'],
        filters: {},
        limit: 2,
        ...(cursor !== undefined && { cursor }),
      });
      rows.push(...page.rows);
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined);
    const expected = [...legacy, ...sets].filter((s) => s.tenant === 'tenant-a').flatMap(matchRowsOf);
    expect(rows).toEqual(expected);
  });

  it('drops the copy of a redelivered event that ClickHouse has not merged yet', async () => {
    const [stored] = await selectRows<{ n: string }>(
      client,
      `SELECT count() AS n FROM ${database}.masking_match_sets WHERE session_id = 's-2'`,
    );
    expect(Number(stored?.n)).toBe(2);
    const page = await readRecordPage(client, database, kind, {
      tenants: ['tenant-a'],
      filters: { session: 's-2' },
      limit: 10,
    });
    expect(page.rows).toEqual(matchRowsOf(sets[1] as MaskingMatchSetRow));
  });

  it('filters by session and keeps other tenants out', async () => {
    const all = async (tenants: string[], filters: { session?: string }) => {
      const out: Record<string, unknown>[] = [];
      for await (const row of readAllRecords(client, database, kind, { tenants, filters })) out.push(row);
      return out;
    };
    expect((await all(['tenant-a'], { session: 's-1' })).map((m) => `${m.seq}/${m.matchIndex}`)).toEqual([
      '0/0',
      '0/1',
      '1/0',
      '2/0',
      '2/1',
      '2/2',
    ]);
    expect(await all(['tenant-a'], { session: 's-3' })).toEqual([]);
    expect(await all(['tenant-b'], {})).toEqual(matchRowsOf(sets[2] as MaskingMatchSetRow));
  });
});
