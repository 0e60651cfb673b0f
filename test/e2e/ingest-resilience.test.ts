import { createClickHouseAuditStore, createClickHouseClient } from '@proctor/audit-store';
import { chdbTestPath, freshDatabaseName, removeChdbTestPath } from '@proctor/audit-store/testing';
import { decodeEvent } from '@proctor/events';
import { defaultFrameMasker } from '@proctor/ingest';
import { verifyAuditTrail } from '@proctor/integrity';
import { afterAll, describe, expect, it } from 'vitest';
import { createTopics, kafkaBrokers, readTopic, uniqueName, waitFor } from '../harness';
import { demoPhi, demoSession, expectedChains, produceRaw, startInProcessIngest } from './ingest-harness';

afterAll(() => removeChdbTestPath());

async function freshRun(partitions = 3) {
  const run = uniqueName('ingest');
  const topics = { raw: `${run}_raw`, redacted: `${run}_redacted`, dlq: `${run}_dlq` };
  await createTopics(kafkaBrokers(), Object.values(topics), partitions);
  return { run, topics, groupId: `${run}_group`, database: freshDatabaseName() };
}

async function storedRows(database: string) {
  const client = createClickHouseClient({ chdbPath: chdbTestPath() });
  try {
    const result = await client.query({
      query: `SELECT session_id, seq, hash FROM ${database}.events ORDER BY session_id, seq`,
      format: 'JSONEachRow',
    });
    return (await result.json<{ session_id: string; seq: number; hash: string }>()).map(
      (r) => [`${r.session_id}/${r.seq}`, r.hash] as const,
    );
  } finally {
    await client.close();
  }
}

/** Every row of every table of the database, as text. */
async function everything(database: string): Promise<string> {
  const client = createClickHouseClient({ chdbPath: chdbTestPath() });
  try {
    const tables = await client.query({
      query: `SELECT name FROM system.tables WHERE database = {database:String} AND engine NOT LIKE '%View%'`,
      query_params: { database },
      format: 'JSONEachRow',
    });
    let text = '';
    for (const { name } of await tables.json<{ name: string }>()) {
      text += await (
        await client.query({ query: `SELECT * FROM ${database}.${name}`, format: 'JSONEachRow' })
      ).text();
    }
    return text;
  } finally {
    await client.close();
  }
}

describe('ingest against real Kafka and chDB', () => {
  it('pauses while ClickHouse cannot take the events, loses nothing once it can, and stores no clear demo PHI', async () => {
    const { run, topics, groupId, database } = await freshRun();
    const ingest = await startInProcessIngest({
      brokers: kafkaBrokers(),
      topics,
      groupId,
      chdbPath: chdbTestPath(),
      database,
    });
    const admin = createClickHouseClient({ chdbPath: chdbTestPath() });
    try {
      await admin.command({ query: `DETACH TABLE ${database}.events` });
      const events = Array.from({ length: 8 }, (_, i) =>
        demoSession(`${run}-s${i}`, 3, { start: i, step: 8 }),
      ).flat();
      await produceRaw(kafkaBrokers(), topics.raw, events);
      await waitFor(
        async () => (ingest.warnings.some((w) => w.includes('retrying the same records')) ? true : undefined),
        {
          what: 'ingest to retry while the events table is away',
          timeoutMs: 30_000,
        },
      );
      await admin.command({ query: `ATTACH TABLE ${database}.events` });
      const expected = await expectedChains(events);
      const stored = await waitFor(
        async () => {
          const rows = await storedRows(database);
          return rows.length >= expected.size ? rows : undefined;
        },
        { what: `${expected.size} events stored`, timeoutMs: 30_000 },
      );
      // Exactly once, with exactly the content a correct ingest computes.
      expect(stored).toHaveLength(expected.size);
      expect(new Map(stored)).toEqual(expected);

      const redacted = await readTopic(kafkaBrokers(), topics.redacted, {
        count: events.length,
        timeoutMs: 30_000,
      });
      const redactedText = redacted
        .map((r) => decodeEvent(r.value))
        .map((e) =>
          JSON.stringify(e, (_, v) => (v?.type === 'Buffer' ? Buffer.from(v.data).toString('utf8') : v)),
        )
        .join('\n');
      const atRest = await everything(database);
      expect(atRest).toContain('[SSN]');
      for (const value of demoPhi()) {
        expect(atRest).not.toContain(value);
        expect(redactedText).not.toContain(value);
      }
    } finally {
      await admin.close();
      await ingest.stop();
    }
  }, 90_000);

  it('shares partitions between two instances through rebalances without losing or duplicating events', async () => {
    const { run, topics, groupId, database } = await freshRun(4);
    const options = {
      brokers: kafkaBrokers(),
      topics,
      groupId,
      chdbPath: chdbTestPath(),
      database,
      maxBatchRecords: 20,
    };
    const sessions = Array.from({ length: 24 }, (_, i) =>
      demoSession(`${run}-s${i}`, 4, { start: i, step: 24 }),
    );
    const firstHalf = sessions.flatMap((s) => s.slice(0, 5));
    const secondHalf = sessions.flatMap((s) => s.slice(5));
    const expected = await expectedChains(sessions.flat());

    const a = await startInProcessIngest(options);
    await produceRaw(kafkaBrokers(), topics.raw, firstHalf);
    const b = await startInProcessIngest(options); // joins: the group rebalances
    await produceRaw(kafkaBrokers(), topics.raw, secondHalf);
    await waitFor(async () => ((await storedRows(database)).length >= firstHalf.length ? true : undefined), {
      what: 'the first half stored',
      timeoutMs: 45_000,
    });
    await a.stop(); // leaves: b takes every partition
    try {
      const stored = await waitFor(
        async () => {
          const rows = await storedRows(database);
          return rows.length >= expected.size ? rows : undefined;
        },
        { what: `${expected.size} events stored`, timeoutMs: 45_000 },
      );
      expect(stored).toHaveLength(expected.size);
      expect(new Map(stored)).toEqual(expected);

      const store = createClickHouseAuditStore({
        client: createClickHouseClient({ chdbPath: chdbTestPath() }),
        database,
      });
      try {
        for (const s of sessions.slice(0, 3)) {
          const report = await verifyAuditTrail({ events: await store.sessionEvents(s[0]?.sessionId ?? '') });
          expect(report.problems).toEqual([]);
        }
      } finally {
        await store.close();
      }
    } finally {
      await b.stop();
    }
  }, 120_000);

  it('sends a poison record to the DLQ with its bytes while the partition keeps moving', async () => {
    const { run, topics, groupId, database } = await freshRun(1);
    const ingest = await startInProcessIngest({
      brokers: kafkaBrokers(),
      topics,
      groupId,
      chdbPath: chdbTestPath(),
      database,
    });
    try {
      const [before, after] = [demoSession(`${run}-a`, 1), demoSession(`${run}-b`, 1)];
      const poison = Buffer.from('definitely not an audit event');
      await produceRaw(kafkaBrokers(), topics.raw, [...(before ?? []), poison, ...(after ?? [])]);
      const dlq = await readTopic(kafkaBrokers(), topics.dlq, { count: 1, timeoutMs: 30_000 });
      expect(dlq[0]?.value.equals(poison)).toBe(true);
      expect(dlq[0]?.headers).toMatchObject({
        'proctor-dlq-step': 'decode',
        'proctor-dlq-topic': topics.raw,
        'proctor-dlq-partition': '0',
        'proctor-dlq-offset': String(before?.length),
      });
      const rows = await waitFor(
        async () => {
          const r = await storedRows(database);
          return r.length >= 8 ? r : undefined;
        },
        { what: 'both sessions stored', timeoutMs: 30_000 },
      );
      expect(rows.filter(([k]) => k.startsWith(`${run}-b/`))).toHaveLength(4);
    } finally {
      await ingest.stop();
    }
  }, 60_000);

  it('quarantines a payload whose masking rule fails and records a rule error beside the session', async () => {
    const { run, topics, groupId, database } = await freshRun(1);
    const masker = defaultFrameMasker({
      detectors: [
        {
          id: 'custom_fragile',
          type: 'mrn',
          detect(text: string) {
            if (text.includes('diabetes')) throw new Error('fragile rule');
            return [];
          },
        },
      ],
    });
    const ingest = await startInProcessIngest({
      brokers: kafkaBrokers(),
      topics,
      groupId,
      chdbPath: chdbTestPath(),
      database,
      masker,
    });
    const store = createClickHouseAuditStore({
      client: createClickHouseClient({ chdbPath: chdbTestPath() }),
      database,
    });
    try {
      const session = demoSession(`${run}-q`, 1);
      await produceRaw(kafkaBrokers(), topics.raw, session);
      const events = await waitFor(
        async () => {
          const e = await store.sessionEvents(`${run}-q`);
          return e.length === session.length ? e : undefined;
        },
        { what: 'the session stored', timeoutMs: 30_000 },
      );
      const response = events.find((e) => e.kind === 'response');
      expect(response?.quarantined).toBe(true);
      expect(response?.payload).toBe('{"redacted":"quarantined"}');
      const { ruleErrors } = await store.sessionRecords(`${run}-q`);
      expect(ruleErrors).toContainEqual(
        expect.objectContaining({
          seq: response?.seq,
          ruleId: 'custom_fragile',
          error: 'threw',
          stage: 'ingest',
        }),
      );
      const summary = await waitFor(
        async () => (await store.listSessions({})).find((s) => s.sessionId === `${run}-q`),
        {
          what: 'the session summary',
          timeoutMs: 10_000,
        },
      );
      expect(summary.quarantined).toBe(true);
    } finally {
      await store.close();
      await ingest.stop();
    }
  }, 60_000);
});
