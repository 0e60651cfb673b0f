import type { ClickHouseClient } from '@clickhouse/client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createClickHouseAuditStore, validateAuditRows } from './clickhouse-audit-store';
import { AuditStoreInputError } from './errors';
import { migrate } from './migrations';
import type { AuditStore } from './port';
import { microsToDateTime64 } from './table-spec';
import { type MaskingMatchSetRow, matchRowsOf } from './tables/masking-matches';
import {
  dailyMaskingCounts,
  freshDatabaseName,
  openTestClient,
  removeChdbTestPath,
  selectRows,
} from './testing/chdb-fixture';
import { BASE_TIME_US, frameEvent, sessionStartedEvent } from './testing/sample-events';

let admin: ClickHouseClient;
let database: string;
let store: AuditStore;

beforeAll(() => {
  admin = openTestClient();
});
afterAll(async () => {
  await admin.close();
  removeChdbTestPath();
});
beforeEach(async () => {
  database = freshDatabaseName();
  await migrate(admin, { database });
  store = createClickHouseAuditStore({ client: openTestClient(), database });
  return () => store.close();
});

const where = (seq: number) => ({
  eventId: `e-${seq}`,
  sessionId: 'sess-r',
  seq,
  time: BASE_TIME_US,
  tenant: 't',
});

describe('per-kind audit tables', () => {
  it('stores each kind of record in its table and reads a session back, once however often inserted', async () => {
    const rows = {
      events: [sessionStartedEvent({ sessionId: 'sess-r' })],
      maskingMatchSets: [
        {
          ...where(1),
          jsonPaths: ['$.payload.result.content[0].text', '$.envelope.userAgent'],
          spanStarts: [4, 0],
          spanEnds: [15, 9],
          ruleIds: ['us_ssn', 'person_name'],
          identifierTypes: ['ssn', 'name'],
          strategies: ['redact', 'pseudonym'],
          pseudonyms: ['', 'PERSON_1a2b'],
          matchCounts: [1, 1],
        },
      ],
      ruleErrors: [
        {
          ...where(1),
          errorIndex: 0,
          ruleId: 'custom_mrn',
          stage: 'ingest',
          error: 'budget_exceeded',
          frameSeq: 1,
        },
      ],
      policyDecisions: [
        {
          ...where(2),
          subject: 'alice@example.com',
          connection: 'ehr',
          decision: 'require_approval',
          rule: 'bulk-export',
          reason: 'more than 100 records',
          method: 'tools/call',
          toolName: 'export_records',
          resourceUri: '',
          promptName: '',
          frameSeq: 1,
          ruleVersion: 'v1',
          approvalId: 'ap-1',
        },
      ],
      authFailures: [
        {
          ...where(0),
          gatewayId: 'gw-1',
          connection: 'ehr',
          sourceIp: '192.0.2.1',
          userAgent: 'curl/8',
          reason: 'invalid_token:expired',
          httpStatus: 401,
          claimedIssuer: 'https://idp.example.com',
          claimedSubject: '[REDACTED:email]',
          requestBytes: 4096,
        },
      ],
      approvals: [
        {
          ...where(3),
          subject: 'alice@example.com',
          connection: 'ehr',
          action: 'approved',
          approvalId: 'ap-1',
          method: 'tools/call',
          toolName: 'export_records',
          argsDigest: 'd'.repeat(64),
          rule: 'bulk-export',
          ruleVersion: 'v1',
          actor: 'bob@example.com',
          actorGroups: ['privacy-office'],
          reason: '',
          expiresAt: BASE_TIME_US + 60_000_000,
          validUntil: null,
          requiredApprovals: 1,
          approvals: 1,
        },
      ],
      accessGrants: [
        {
          ...where(4),
          subject: 'alice@example.com',
          connection: 'ehr',
          action: 'break_glass',
          grantId: 'g-1',
          scope: 'patients:read',
          audience: 'ehr',
          issuedAt: BASE_TIME_US,
          expiresAt: null,
          reason: 'emergency',
          approvalId: '',
          actor: '',
          flaggedForReview: true,
        },
      ],
    };
    await store.insertRows(rows);
    await store.insertRows(rows);
    const { events, maskingMatchSets, ...records } = rows;
    expect(await store.sessionRecords('sess-r')).toEqual({
      ...records,
      maskingMatches: [
        expect.objectContaining({ ...where(1), matchIndex: 0, jsonPath: '$.payload.result.content[0].text' }),
        {
          ...where(1),
          matchIndex: 1,
          jsonPath: '$.envelope.userAgent',
          spanStart: 0,
          spanEnd: 9,
          ruleId: 'person_name',
          identifierType: 'name',
          strategy: 'pseudonym',
          pseudonym: 'PERSON_1a2b',
          matchCount: 1,
        },
      ],
    });
    expect((await store.sessionRecords('sess-r')).maskingMatches).toEqual(
      maskingMatchSets.flatMap(matchRowsOf),
    );
    // One row per event with matches, not one per match.
    const [count] = await selectRows<{ n: string }>(
      admin,
      `SELECT count() AS n FROM ${database}.masking_match_sets`,
    );
    expect(Number(count?.n)).toBe(1);
    expect(await store.sessionEvents('sess-r')).toEqual(events);
  });

  it('reports the chain state: stored events from a seq on, and the one before it even across a gap', async () => {
    const events = [0, 1, 2, 5, 6].map((seq) => frameEvent({ sessionId: 'sess-c', seq }));
    await store.insertEvents(events);
    const state = await store.chainState([
      { sessionId: 'sess-c', fromSeq: 2 },
      { sessionId: 'sess-gap', fromSeq: 0 },
    ]);
    const c = state.get('sess-c');
    expect(c?.before).toEqual({ seq: 1, eventId: events[1]?.eventId, hash: events[1]?.hash });
    expect(c?.stored.map((s) => s.seq)).toEqual([2, 5, 6]);
    expect(state.get('sess-gap')).toEqual({ stored: [], before: undefined });
    const afterGap = await store.chainState([{ sessionId: 'sess-c', fromSeq: 4 }]);
    expect(afterGap.get('sess-c')?.before?.seq).toBe(2);
  });

  it('keeps the session summary exact when an event is stored twice in different batches', async () => {
    const events = [sessionStartedEvent({ sessionId: 's-sum' }), frameEvent({ sessionId: 's-sum', seq: 1 })];
    await store.insertEvents(events);
    await store.insertEvents([
      events[1] ?? frameEvent(),
      frameEvent({ sessionId: 's-sum', seq: 2, maskedCount: 0 }),
    ]);
    const [summary] = await store.listSessions({});
    expect(summary).toMatchObject({
      sessionId: 's-sum',
      eventCount: 3,
      frameCount: 2,
      maskedEventCount: 1,
      maxSeq: 2,
    });
  });

  it('stores checkpoints and finds them by session and time', async () => {
    const checkpoint = (id: string, issuedAt: number, sessionIds: string[]) => ({
      checkpointId: id,
      issuedAt,
      issuer: 'ingest-a',
      scope: 'raw/0',
      keyId: 'k1',
      eventCount: 10,
      sessionIds,
      jws: `header.${id}.sig`,
    });
    await store.insertCheckpoint(checkpoint('c1', BASE_TIME_US, ['s-1', 's-2']));
    await store.insertCheckpoint(checkpoint('c2', BASE_TIME_US + 5, ['s-2']));
    expect((await store.listCheckpoints()).map((c) => c.checkpointId)).toEqual(['c1', 'c2']);
    expect((await store.listCheckpoints({ sessionId: 's-1' })).map((c) => c.checkpointId)).toEqual(['c1']);
    expect(await store.listCheckpoints({ since: BASE_TIME_US + 1 })).toEqual([
      checkpoint('c2', BASE_TIME_US + 5, ['s-2']),
    ]);
    await store.insertCheckpoint({ ...checkpoint('c3', BASE_TIME_US + 2, []), scope: 'raw/1' });
    const latest = async (query?: { scope?: string; perScope?: number }) =>
      (await store.latestCheckpoints(query)).map((c) => c.checkpointId);
    expect((await latest()).sort()).toEqual(['c2', 'c3']);
    expect(await latest({ scope: 'raw/0', perScope: 2 })).toEqual(['c2', 'c1']);
  });

  it('places a legal hold on every retained table of a session, and lifts it', async () => {
    await store.insertRows({
      events: [sessionStartedEvent({ sessionId: 's-held' }), sessionStartedEvent({ sessionId: 's-free' })],
      ruleErrors: [
        {
          ...where(0),
          sessionId: 's-held',
          errorIndex: 0,
          ruleId: 'r',
          stage: 'ingest',
          error: 'x',
          frameSeq: null,
        },
      ],
      maskingMatchSets: [matchSet({ ...where(1), sessionId: 's-held' }, ['us_ssn'])],
    });
    await insertLegacyMatches([{ ...where(2), sessionId: 's-held' }], ['us_ssn']);
    await store.setLegalHold({
      sessionIds: ['s-held'],
      held: true,
      reason: 'litigation',
      actor: 'counsel',
      time: BASE_TIME_US,
    });
    const held = async (table: string) =>
      selectRows<{ session_id: string; legal_hold: number }>(
        admin,
        `SELECT session_id, legal_hold FROM ${database}.${table} ORDER BY session_id`,
      );
    expect(await held('events')).toEqual([
      { session_id: 's-free', legal_hold: 0 },
      { session_id: 's-held', legal_hold: 1 },
    ]);
    expect(await held('rule_errors')).toEqual([{ session_id: 's-held', legal_hold: 1 }]);
    expect(await held('masking_match_sets')).toEqual([{ session_id: 's-held', legal_hold: 1 }]);
    expect(await held('masking_matches')).toEqual([{ session_id: 's-held', legal_hold: 1 }]);
    const sessions = await store.listSessions({});
    expect(sessions.find((s) => s.sessionId === 's-held')?.legalHold).toBe(true);
    expect(sessions.find((s) => s.sessionId === 's-free')?.legalHold).toBe(false);
    expect(await store.listLegalHolds(['acme-health'])).toMatchObject([
      { sessionId: 's-held', subject: '', reason: 'litigation', actor: 'counsel' },
    ]);
    expect(await store.listLegalHolds(['other-tenant'])).toEqual([]);
    await store.setLegalHold({
      sessionIds: ['s-held'],
      held: false,
      reason: 'settled',
      actor: 'counsel',
      time: BASE_TIME_US + 1,
    });
    expect((await held('events')).every((r) => r.legal_hold === 0)).toBe(true);
    expect(await held('masking_match_sets')).toEqual([{ session_id: 's-held', legal_hold: 0 }]);
    expect(await store.listLegalHolds(['acme-health'])).toEqual([]);
  });
});

/** A match set of one event: one match per rule id, of the rule's type. */
function matchSet(at: ReturnType<typeof where>, ruleIds: string[]): MaskingMatchSetRow {
  return {
    ...at,
    jsonPaths: ruleIds.map((_, i) => `$.payload.params.arguments.note[${i}]`),
    spanStarts: ruleIds.map((_, i) => i * 10),
    spanEnds: ruleIds.map((_, i) => i * 10 + 8),
    ruleIds,
    identifierTypes: ruleIds.map((r) => r.replace(/^us_/, '')),
    strategies: ruleIds.map(() => 'redact'),
    pseudonyms: ruleIds.map(() => ''),
    matchCounts: ruleIds.map(() => 1),
  };
}

/** Rows as a version before migration 0014 stored them: one per match, in masking_matches. */
async function insertLegacyMatches(events: ReturnType<typeof where>[], ruleIds = ['us_ssn', 'email']) {
  const rows = events.flatMap((at) => matchRowsOf(matchSet(at, ruleIds)));
  await admin.insert({
    table: `${database}.masking_matches`,
    values: rows.map((r) => ({
      event_id: r.eventId,
      session_id: r.sessionId,
      seq: r.seq,
      time: microsToDateTime64(r.time),
      tenant: r.tenant,
      match_index: r.matchIndex,
      json_path: r.jsonPath,
      span_start: r.spanStart,
      span_end: r.spanEnd,
      rule_id: r.ruleId,
      identifier_type: r.identifierType,
      strategy: r.strategy,
      pseudonym: r.pseudonym,
      match_count: r.matchCount,
    })),
    format: 'JSONEachRow',
  });
  return rows;
}

describe('masking matches, one row per event (migration 0014)', () => {
  it('reads the matches of earlier versions, stored one row per match, beside the match sets', async () => {
    const legacy = await insertLegacyMatches([where(1), where(2)]);
    const sets = [matchSet(where(3), ['us_ssn', 'email', 'us_phone']), matchSet(where(5), ['us_mrn'])];
    await store.insertRows({ events: [], maskingMatchSets: sets });
    await store.insertRows({ events: [], maskingMatchSets: sets });
    const { maskingMatches } = await store.sessionRecords('sess-r');
    expect(maskingMatches).toEqual([...legacy, ...sets.flatMap(matchRowsOf)]);
    expect(maskingMatches.map((m) => `${m.seq}/${m.matchIndex}`)).toEqual([
      '1/0',
      '1/1',
      '2/0',
      '2/1',
      '3/0',
      '3/1',
      '3/2',
      '5/0',
    ]);
  });

  it('counts each match once in daily_masking, whichever table holds it and however often it was inserted', async () => {
    await insertLegacyMatches([where(1)]);
    // The same event stored again as a set (a redelivery across an upgrade), and a new one twice.
    await store.insertRows({ events: [], maskingMatchSets: [matchSet(where(1), ['us_ssn', 'email'])] });
    await store.insertRows({ events: [], maskingMatchSets: [matchSet(where(2), ['us_ssn'])] });
    await store.insertRows({ events: [], maskingMatchSets: [matchSet(where(2), ['us_ssn'])] });
    expect(await dailyMaskingCounts(admin, database)).toEqual([
      ['email', 1],
      ['ssn', 2],
    ]);
  });

  it('refuses a set whose arrays differ in length, naming the array, before anything is sent', async () => {
    const broken = { ...matchSet(where(1), ['us_ssn', 'email']), spanEnds: [8] };
    expect(() => validateAuditRows({ events: [], maskingMatchSets: [broken] })).toThrow(
      /masking_match_sets\[0\]: spanEnds has 1 elements, jsonPaths 2/,
    );
    await expect(store.insertRows({ events: [], maskingMatchSets: [broken] })).rejects.toBeInstanceOf(
      AuditStoreInputError,
    );
    const negative = { ...matchSet(where(1), ['us_ssn']), matchCounts: [-1] };
    expect(() => validateAuditRows({ events: [], maskingMatchSets: [negative] })).toThrow(
      /matchCounts must be integers in \[0, 4294967295\]/,
    );
  });
});
