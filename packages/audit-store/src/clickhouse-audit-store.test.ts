import type { ClickHouseClient } from '@clickhouse/client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createClickHouseAuditStore } from './clickhouse-audit-store';
import { createClickHouseClient } from './clickhouse-client';
import { AuditStoreInputError, AuditStoreQueryError } from './errors';
import { migrate } from './migrations';
import type { AuditStore } from './port';
import type { StoredEvent } from './tables/events';
import {
  chdbTestPath,
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
  // Its own client on the shared chDB path, as a service would have.
  store = createClickHouseAuditStore({ client: openTestClient(), database });
  return () => store.close();
});

/** Rows physically present, duplicates included (no FINAL). */
async function physicalRowCount(): Promise<number> {
  const [row] = await selectRows<{ n: string }>(admin, `SELECT count() AS n FROM ${database}.events`);
  return Number(row?.n);
}

function session(sessionId: string, frames: number, overrides: Partial<StoredEvent> = {}): StoredEvent[] {
  const events = [sessionStartedEvent({ sessionId, ...overrides })];
  for (let seq = 1; seq <= frames; seq++) events.push(frameEvent({ sessionId, seq, ...overrides }));
  return events;
}

describe('ClickHouse audit store', () => {
  it('round-trips every field of every event, with microsecond time', async () => {
    const full = frameEvent({
      seq: 7,
      time: BASE_TIME_US + 999_999,
      groups: ['a', "o'brien", 'ünïcødé'],
      ci: { provider: 'github', repository: 'example/repo', ref: 'refs/heads/main', runId: '42' },
      payload: '{"text":"line1\\nline2 \\"quoted\\" \\\\ tab\\t ✓"}\n',
      maskedRules: ['ssn', 'phone'],
      maskedCount: 3,
      size: 4_000_000_000,
      jsonrpcId: '"abc"',
      detail: '{"note":"x"}',
    });
    const minimal = sessionStartedEvent({ groups: [], ci: {}, sourceIp: '', userAgent: '', detail: '' });
    await store.insertEvents([full, minimal]);

    const stored = await store.sessionEvents('sess-1');
    expect(stored).toEqual([minimal, full]);
  });

  it('stores a batch once when the same rows are inserted again', async () => {
    const batch = session('sess-dup', 20);
    await store.insertEvents(batch);
    await store.insertEvents(batch);

    expect(await physicalRowCount()).toBe(21);
    expect(await store.sessionEvents('sess-dup')).toHaveLength(21);
  });

  it('keeps concurrent batches of different events apart', async () => {
    // chDB applies the token with SET on the client's session: concurrent inserts on one
    // client must not pick up each other's token and be dropped as duplicates.
    const batches = Array.from({ length: 20 }, (_, b) => session(`sess-concurrent-${b}`, 4));
    await Promise.all(batches.map((batch) => store.insertEvents(batch)));
    expect(await physicalRowCount()).toBe(20 * 5);
  });

  it('shows rows once when they arrive again in a different batch', async () => {
    const batch = session('sess-redelivered', 10);
    await store.insertEvents(batch);
    // A redelivery after a rebalance: overlapping rows, a different batch boundary.
    await store.insertEvents([...batch.slice(5), ...session('sess-other', 2)]);

    expect(await physicalRowCount()).toBe(11 + 6 + 3);
    const events = await store.sessionEvents('sess-redelivered');
    expect(events.map((e) => e.seq)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const sessions = await store.listSessions({});
    const summary = sessions.find((s) => s.sessionId === 'sess-redelivered');
    expect(summary).toMatchObject({ eventCount: 11, frameCount: 10 });
  });

  it('lists sessions newest first with counts, times and identity', async () => {
    await store.insertEvents([
      ...session('sess-a', 3, { subject: 'alice@example.com', tenant: 't1', connection: 'ehr' }),
      ...session('sess-b', 1, {
        subject: 'bob@example.com',
        tenant: 't1',
        connection: 'billing',
        time: BASE_TIME_US + 60_000_000,
      }),
      ...session('sess-c', 2, { subject: 'alice@example.com', tenant: 't2', connection: 'ehr' }),
    ]);

    const all = await store.listSessions({});
    // sess-b's events all carry a later time; a and c tie on time and sort by id.
    expect(all.map((s) => s.sessionId)).toEqual(['sess-b', 'sess-a', 'sess-c']);
    expect(all[1]).toEqual({
      gatewayId: 'gw-1',
      era: 'stateful',
      traceId: '',
      maskedEventCount: 3,
      maxSeq: 3,
      ended: false,
      quarantined: false,
      legalHold: false,
      sessionId: 'sess-a',
      tenant: 't1',
      connection: 'ehr',
      subject: 'alice@example.com',
      firstTime: BASE_TIME_US,
      lastTime: BASE_TIME_US + 3 * 1_001,
      frameCount: 3,
      eventCount: 4,
    });

    const bySubject = await store.listSessions({ subject: 'alice@example.com' });
    expect(bySubject.map((s) => s.sessionId).sort()).toEqual(['sess-a', 'sess-c']);
    const byTenant = await store.listSessions({ tenant: 't1' });
    expect(byTenant.map((s) => s.sessionId)).toEqual(['sess-b', 'sess-a']);
    const combined = await store.listSessions({
      subject: 'alice@example.com',
      tenant: 't2',
      connection: 'ehr',
    });
    expect(combined.map((s) => s.sessionId)).toEqual(['sess-c']);
    expect(await store.listSessions({ connection: 'billing', subject: 'alice@example.com' })).toEqual([]);
    expect(await store.listSessions({ limit: 1 })).toHaveLength(1);
  });

  it('caps the session listing at 1000 and defaults to 100', async () => {
    const starts = Array.from({ length: 1001 }, (_, i) => sessionStartedEvent({ sessionId: `s-${i}` }));
    await store.insertEvents(starts);
    expect(await store.listSessions({})).toHaveLength(100);
    expect(await store.listSessions({ limit: 5000 })).toHaveLength(1000);
  });

  it('pages through a session by seq with afterSeq and limit', async () => {
    const events = session('sess-page', 9);
    // Out of order on purpose: the store orders by seq, not by arrival.
    await store.insertEvents([...events].reverse());
    const first = await store.sessionEvents('sess-page', { limit: 4 });
    expect(first.map((e) => e.seq)).toEqual([0, 1, 2, 3]);
    const next = await store.sessionEvents('sess-page', { afterSeq: 3, limit: 4 });
    expect(next.map((e) => e.seq)).toEqual([4, 5, 6, 7]);
    const rest = await store.sessionEvents('sess-page', { afterSeq: 7 });
    expect(rest.map((e) => e.seq)).toEqual([8, 9]);
  });

  it('treats quotes and SQL in values as data', async () => {
    const hostileSubject = "mallory@example.com' OR '1'='1";
    const hostileSession = "sess'); DROP TABLE events; --";
    await store.insertEvents([
      ...session(hostileSession, 1, { subject: hostileSubject }),
      ...session('sess-plain', 1),
    ]);

    const bySubject = await store.listSessions({ subject: hostileSubject });
    expect(bySubject.map((s) => s.sessionId)).toEqual([hostileSession]);
    expect(bySubject[0]?.subject).toBe(hostileSubject);
    expect(await store.listSessions({ subject: "' OR ''='" })).toEqual([]);
    expect(await store.listSessions({ tenant: "x' OR 1=1 --" })).toEqual([]);
    expect((await store.sessionEvents(hostileSession)).map((e) => e.seq)).toEqual([0, 1]);
    expect(await physicalRowCount()).toBe(4);
  });

  it('rejects input ClickHouse would silently wrap', async () => {
    await expect(store.insertEvents([frameEvent({ seq: 2 ** 53 })])).rejects.toBeInstanceOf(
      AuditStoreInputError,
    );
    await expect(store.insertEvents([frameEvent({ seq: -1 })])).rejects.toThrow(/events\[0\]\.seq/);
    await expect(store.insertEvents([frameEvent({ size: 1.5 })])).rejects.toThrow(/events\[0\]\.size/);
    await expect(store.insertEvents([frameEvent({ time: Number.NaN })])).rejects.toThrow(/time/);
    // Past 2106 the retention TTL would wrap and expire the row on insert.
    await expect(store.insertEvents([frameEvent({ time: 4_294_967_296_000_000 })])).rejects.toThrow(
      /events\[0\]\.time/,
    );
    await store.insertEvents([]);
    expect(await physicalRowCount()).toBe(0);
  });

  it('keeps raw ClickHouse error text, which may quote row data, out of enumerable properties', async () => {
    // An events table (every column the insert names) whose payload column cannot take
    // text: the parse error quotes the value.
    const broken = freshDatabaseName();
    await admin.command({ query: `CREATE DATABASE ${broken}` });
    await admin.command({
      query: `CREATE TABLE ${broken}.events ENGINE = MergeTree ORDER BY (session_id, seq)
              AS SELECT * REPLACE (toUInt32(0) AS payload) FROM ${database}.events LIMIT 0`,
    });
    const brokenStore = createClickHouseAuditStore({ client: openTestClient(), database: broken });
    try {
      const error = await brokenStore
        .insertEvents([frameEvent({ payload: 'synthetic-marker-900-12-3456' })])
        .then(
          () => undefined,
          (err: unknown) => err,
        );
      expect(error).toBeInstanceOf(AuditStoreQueryError);
      const queryError = error as AuditStoreQueryError;
      expect(queryError.message).toMatch(/^ClickHouse insert into events failed: code \d+/);
      expect(queryError.retryable).toBe(false);
      expect(queryError.httpStatus).toBe(500);
      expect(queryError.message).not.toContain('synthetic-marker');
      expect(JSON.stringify(queryError)).not.toContain('synthetic-marker');
      expect(Object.keys(queryError)).not.toContain('clickhouseMessage');
      expect(queryError.clickhouseMessage).toContain('synthetic-marker');
    } finally {
      await brokenStore.close();
    }
  });

  it('answers ping while open and reports false once closed', async () => {
    const own = createClickHouseAuditStore({
      client: createClickHouseClient({ chdbPath: chdbTestPath() }),
      database,
    });
    expect(await own.ping()).toBe(true);
    await own.close();
    expect(await own.ping()).toBe(false);
    // Closing one store leaves the others on the same chDB path working.
    expect(await store.ping()).toBe(true);
  });
});
