import { readdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTopics, kafkaBrokers, readTopic, tempDir, uniqueName } from '../../../test/harness';
import { createKafkaProducer } from './kafka-producer';
import { waitFor } from './local-log.test-support';
import { EventLogFullError, type EventLogProducer, type LogRecord } from './port';
import { createSpooledKafkaLog, type SpooledKafkaLog } from './spool';

const brokers = kafkaBrokers();

/** A port nothing listens on: connecting is refused, like a broker that is down. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

function record(key: string, seq: number): LogRecord {
  return { key, value: Buffer.from(JSON.stringify({ key, seq })), headers: { seq: String(seq) } };
}

/** Kafka that is unreachable until `reachable` is set: connections go to a closed port until then. */
function switchableKafka(deadPort: number) {
  const state = { reachable: false, connects: 0 };
  const connectKafka = (): Promise<EventLogProducer> => {
    state.connects++;
    return createKafkaProducer({
      brokers: state.reachable ? brokers : [`127.0.0.1:${deadPort}`],
      clientId: 'spool-test',
      connectTimeoutMs: 2_000,
    });
  };
  return { state, connectKafka };
}

describe('spool in front of Kafka (real broker)', () => {
  const open: SpooledKafkaLog[] = [];
  afterAll(async () => {
    await Promise.allSettled(open.map((log) => log.close()));
  });

  it('keeps taking appends while Kafka is unreachable, then ships everything once, in order', async () => {
    const topic = uniqueName('spool_outage');
    await createTopics(brokers, [topic], 3);
    const dir = await tempDir('spool');
    const kafka = switchableKafka(await closedPort());
    const log = await createSpooledKafkaLog({
      dir,
      durability: 'process',
      maxBytes: 64 * 1024 * 1024,
      segmentBytes: 8 * 1024,
      connectKafka: kafka.connectKafka,
      retryInitialDelayMs: 20,
      retryMaxDelayMs: 200,
      drainOnCloseMs: 0,
    });
    open.push(log);

    const keys = ['session-a', 'session-b', 'session-c', 'session-d'];
    const perKey = 150;
    // Concurrent clients, each appending its own session's records in sequence.
    const writeAll = (from: number, to: number) =>
      Promise.all(
        keys.map(async (key) => {
          for (let seq = from; seq < to; seq++) await log.append(topic, [record(key, seq)]);
        }),
      );
    await writeAll(0, perKey / 2);
    await waitFor(() => log.stats().failedSends > 0, 10_000);
    expect(log.health()).toMatchObject({ ok: true, facts: { kafkaReachable: false } });
    expect(log.health().detail).toMatch(/Kafka unreachable/);
    expect(log.stats().unshippedBytes).toBeGreaterThan(0);
    expect(log.stats().shippedRecords).toBe(0);

    // Kafka comes back mid-traffic.
    kafka.state.reachable = true;
    await writeAll(perKey / 2, perKey);
    await waitFor(() => log.stats().unshippedBytes === 0, 30_000);
    expect(log.health()).toMatchObject({ ok: true, facts: { kafkaReachable: true } });
    const total = keys.length * perKey;
    const read = await readTopic(brokers, topic, { count: total });
    // Nothing more arrives later: exactly once.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const again = await readTopic(brokers, topic, { count: total });
    expect(again).toHaveLength(total);
    for (const key of keys) {
      const seqs = read
        .filter((r) => r.key === key)
        .sort((a, b) => Number(a.offset) - Number(b.offset))
        .map((r) => Number(r.headers.seq));
      expect(seqs).toEqual(Array.from({ length: perKey }, (_, i) => i));
    }
    // Shipped segments are deleted: what remains is the active segment (and at most the one before).
    await log.spool.maintain();
    const segments = (await readdir(join(dir, 'segments', topic))).filter((name) => name.endsWith('.log'));
    expect(segments.length).toBeLessThanOrEqual(2);
    await log.close();
  });

  it('fails appends closed with EventLogFullError when full, and takes them again once Kafka drained it', async () => {
    const topic = uniqueName('spool_full');
    await createTopics(brokers, [topic], 1);
    const dir = await tempDir('spool');
    const kafka = switchableKafka(await closedPort());
    const log = await createSpooledKafkaLog({
      dir,
      durability: 'fsync',
      maxBytes: 16 * 1024,
      segmentBytes: 4 * 1024,
      connectKafka: kafka.connectKafka,
      retryInitialDelayMs: 20,
      retryMaxDelayMs: 200,
      drainOnCloseMs: 0,
    });
    open.push(log);
    let accepted = 0;
    let refusal: unknown;
    for (let seq = 0; seq < 1_000 && refusal === undefined; seq++) {
      try {
        await log.append(topic, [record('session-a', seq)]);
        accepted++;
      } catch (err) {
        refusal = err;
      }
    }
    expect(refusal).toBeInstanceOf(EventLogFullError);
    expect((refusal as EventLogFullError).code).toBe('EVENT_LOG_FULL');
    expect(accepted).toBeGreaterThan(100);
    expect(log.health().ok).toBe(false);

    kafka.state.reachable = true;
    await waitFor(() => log.stats().unshippedBytes === 0, 30_000);
    await log.append(topic, [record('session-a', accepted)]);
    expect(log.health().ok).toBe(true);
    const read = await readTopic(brokers, topic, { count: accepted + 1 });
    expect(read.map((r) => Number(r.headers.seq))).toEqual(Array.from({ length: accepted + 1 }, (_, i) => i));
    await log.close();
  });

  it('ships what a previous process left in the spool as soon as it reopens', async () => {
    const topic = uniqueName('spool_restart');
    await createTopics(brokers, [topic], 1);
    const dir = await tempDir('spool');
    const options = {
      dir,
      durability: 'process' as const,
      maxBytes: 1024 * 1024,
      retryInitialDelayMs: 20,
      retryMaxDelayMs: 200,
      drainOnCloseMs: 0,
    };
    const down = switchableKafka(await closedPort());
    const first = await createSpooledKafkaLog({ ...options, connectKafka: down.connectKafka });
    for (let seq = 0; seq < 50; seq++) await first.append(topic, [record('session-a', seq)]);
    await first.close();

    const up = switchableKafka(0);
    up.state.reachable = true;
    const second = await createSpooledKafkaLog({ ...options, connectKafka: up.connectKafka });
    open.push(second);
    const read = await readTopic(brokers, topic, { count: 50 });
    expect(read.map((r) => Number(r.headers.seq))).toEqual(Array.from({ length: 50 }, (_, i) => i));
    await waitFor(() => second.stats().unshippedBytes === 0);
    await second.close();
  });

  it('with connectAtStart, names unreachable brokers at start and leaves the spool directory free', async () => {
    const dir = await tempDir('spool');
    const kafka = switchableKafka(await closedPort());
    const options = {
      dir,
      durability: 'process' as const,
      maxBytes: 1024 * 1024,
      connectKafka: kafka.connectKafka,
    };
    await expect(createSpooledKafkaLog({ ...options, connectAtStart: true })).rejects.toThrow(
      /Kafka is unreachable at 127\.0\.0\.1:\d+/,
    );
    kafka.state.reachable = true;
    const log = await createSpooledKafkaLog({ ...options, connectAtStart: true, drainOnCloseMs: 0 });
    open.push(log);
    expect(log.health()).toMatchObject({ ok: true, facts: { kafkaReachable: true } });
    await log.close();
  });
});
