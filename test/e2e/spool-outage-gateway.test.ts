/**
 * The gateway writing through its spool while the connection to the Kafka broker is cut
 * mid-traffic: an SDK client's calls keep succeeding on the spool, and once the broker is
 * reachable again every event the gateway recorded reaches ClickHouse (through Kafka and a
 * real ingest) exactly once, in order, its hash chain intact. A full spool fails calls
 * closed with the gateway's audit error, forwarding nothing.
 */
import { createClickHouseAuditStore, createClickHouseClient } from '@proctor/audit-store';
import { chdbTestPath, freshDatabaseName, removeChdbTestPath } from '@proctor/audit-store/testing';
import { createKafkaProducer, createSpooledKafkaLog, type SpooledKafkaLog } from '@proctor/event-log';
import { type AuditEvent, decodeEvent } from '@proctor/events';
import { verifyAuditTrail } from '@proctor/integrity';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type FixtureServer,
  startFixtureServer,
} from '../../services/enforcer/src/test-fixtures/fixture-server';
import { startTestGateway } from '../../services/enforcer/src/test-fixtures/gateway-harness';
import { connectRecordingClient } from '../../services/enforcer/src/test-fixtures/recording-client';
import { createTopics, kafkaBrokers, NetworkCut, tempDir, uniqueName, waitFor } from '../harness';
import { startInProcessIngest } from './ingest-harness';

afterAll(() => removeChdbTestPath());

/** The spool, with every event it accepted kept (decoded) in acceptance order. */
async function recordingSpool(options: { network: NetworkCut; maxBytes: number }) {
  const accepted: AuditEvent[] = [];
  const spool: SpooledKafkaLog = await createSpooledKafkaLog({
    dir: await tempDir('gateway-spool'),
    durability: 'process',
    maxBytes: options.maxBytes,
    connectKafka: () =>
      createKafkaProducer({
        brokers: kafkaBrokers(),
        clientId: 'gateway-spool-outage',
        connectTimeoutMs: 2_000,
        socketFactory: options.network.socketFactory,
      }),
    retryInitialDelayMs: 50,
    retryMaxDelayMs: 500,
    sendTimeoutMs: 3_000,
    drainOnCloseMs: 0,
  });
  const log = {
    async append(topic: string, records: { key: string; value: Buffer }[]) {
      await spool.append(topic, records);
      for (const record of records) accepted.push(decodeEvent(record.value));
    },
    close: () => spool.close(),
    health: () => spool.health(),
  };
  return { spool, log, accepted };
}

describe('the gateway when Kafka becomes unreachable mid-traffic', () => {
  let upstream: FixtureServer;

  beforeAll(async () => {
    upstream = await startFixtureServer();
  });

  afterAll(async () => {
    await upstream?.close();
  });

  it('keeps answering on the spool; after the broker returns every event is in ClickHouse once, in order', async () => {
    const run = uniqueName('gw_outage');
    const topics = { raw: `${run}_raw`, redacted: `${run}_redacted`, dlq: `${run}_dlq` };
    await createTopics(kafkaBrokers(), Object.values(topics), 3);
    const database = freshDatabaseName();
    const ingest = await startInProcessIngest({
      brokers: kafkaBrokers(),
      topics,
      groupId: `${run}_group`,
      chdbPath: chdbTestPath(),
      database,
    });
    const network = new NetworkCut();
    const { spool, log, accepted } = await recordingSpool({ network, maxBytes: 64 * 1024 * 1024 });
    const gateway = await startTestGateway(
      { connections: [{ name: 'fixture', upstream: { url: upstream.url } }] },
      { eventLog: log, rawTopic: topics.raw },
    );
    const store = createClickHouseAuditStore({
      client: createClickHouseClient({ chdbPath: chdbTestPath() }),
      database,
    });
    try {
      const { client, transport } = await connectRecordingClient(`${gateway.base}/mcp/fixture`, {
        headers: { authorization: 'Bearer good' },
      });
      const sessionId = transport.sessionId as string;
      const call = async (text: string) =>
        ((await client.callTool({ name: 'echo', arguments: { text } })).content as { text: string }[])[0]
          ?.text;
      for (let i = 0; i < 5; i++) expect(await call(`before ${i}`)).toBe(`echo: before ${i}`);
      await waitFor(async () => (spool.stats().shippedRecords > 0 ? true : undefined), {
        what: 'the spool to ship to Kafka',
        timeoutMs: 30_000,
      });

      network.cut('reset');
      // Calls keep succeeding while nothing reaches Kafka.
      for (let i = 0; i < 10; i++) expect(await call(`during ${i}`)).toBe(`echo: during ${i}`);
      await waitFor(async () => (spool.stats().failedSends > 0 ? true : undefined), {
        what: 'a send to the cut broker to fail',
        timeoutMs: 30_000,
      });
      for (let i = 10; i < 15; i++) expect(await call(`during ${i}`)).toBe(`echo: during ${i}`);
      expect(spool.health()).toMatchObject({ ok: true, facts: { kafkaReachable: false } });
      expect(spool.stats().unshippedBytes).toBeGreaterThan(0);

      network.restore();
      for (let i = 0; i < 5; i++) expect(await call(`after ${i}`)).toBe(`echo: after ${i}`);
      await transport.terminateSession();
      await client.close();

      const recorded = accepted.filter((e) => e.sessionId === sessionId);
      expect(recorded.at(-1)).toMatchObject({ type: 'session_ended' });
      const stored = await waitFor(
        async () => {
          const events = await store.sessionEvents(sessionId);
          return events.length >= recorded.length ? events : undefined;
        },
        { what: `the session's ${recorded.length} events in ClickHouse`, timeoutMs: 90_000 },
      );
      // Exactly once and in order: the recorded events, seq by seq, nothing more.
      expect(stored.map((e) => [e.seq, e.eventId])).toEqual(recorded.map((e) => [e.seq, e.eventId]));
      expect(stored.map((e) => e.seq)).toEqual(recorded.map((_, i) => i));
      expect((await verifyAuditTrail({ events: stored })).problems).toEqual([]);
    } finally {
      await gateway.close();
      await store.close();
      await ingest.stop();
      await log.close();
    }
  }, 180_000);

  it('fails calls closed with -31020 once the spool is full, forwarding nothing', async () => {
    const network = new NetworkCut();
    network.cut('reset');
    const { log } = await recordingSpool({ network, maxBytes: 16 * 1024 });
    const gateway = await startTestGateway(
      { connections: [{ name: 'fixture', upstream: { url: upstream.url } }] },
      { eventLog: log, rawTopic: uniqueName('gw_full_raw') },
    );
    try {
      const { client } = await connectRecordingClient(`${gateway.base}/mcp/fixture`, {
        headers: { authorization: 'Bearer good' },
      });
      const big = 'x'.repeat(2_000);
      const attempt = () =>
        client.callTool({ name: 'echo', arguments: { text: big } }).then(
          () => undefined,
          (err: unknown) => err,
        );
      let refusal: unknown;
      for (let i = 0; i < 50 && refusal === undefined; i++) refusal = await attempt();
      // The answer that could not be recorded is withheld: the client gets the audit error.
      expect(refusal).toMatchObject({ code: -31020 });
      // From then on a request that cannot be recorded is not forwarded at all.
      const echoesBefore = upstream.seen.echoes.length;
      // (refused before forwarding: HTTP 503 with the JSON-RPC audit error as its body)
      expect(await attempt()).toMatchObject({ code: 503, message: expect.stringContaining('-31020') });
      expect(upstream.seen.echoes.length).toBe(echoesBefore);
      await client.close();
    } finally {
      await gateway.close();
      await log.close();
    }
  }, 120_000);
});
