import { createServer, type Server, type Socket } from 'node:net';
import { Kafka, logLevel } from 'kafkajs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTopics, kafkaBrokers, readTopic, uniqueName } from '../../../test/harness';
import { createKafkaProducer, type KafkaEventLogProducer } from './kafka-producer';
import { EventLogUnavailableError, type LogRecord } from './port';

const brokers = kafkaBrokers();

function record(key: string, seq: number): LogRecord {
  return { key, value: Buffer.from(JSON.stringify({ key, seq })) };
}

function seqOf(value: Buffer): number {
  return (JSON.parse(value.toString('utf8')) as { seq: number }).seq;
}

async function highWatermarkSum(admin: ReturnType<Kafka['admin']>, topic: string): Promise<number> {
  const offsets = await admin.fetchTopicOffsets(topic);
  return offsets.reduce((sum, partition) => sum + Number(partition.high), 0);
}

describe('createKafkaProducer against a real broker', () => {
  let producer: KafkaEventLogProducer;
  const admin = new Kafka({ clientId: 'producer-test-admin', brokers, logLevel: logLevel.NOTHING }).admin();

  beforeAll(async () => {
    producer = await createKafkaProducer({ brokers, clientId: 'producer-test' });
    await admin.connect();
  });
  afterAll(async () => {
    await producer.close();
    await admin.disconnect();
  });

  it('keeps the order of each key under concurrent appends, and one key stays on one partition', async () => {
    const topic = uniqueName('producer_order');
    await createTopics(brokers, [topic], 3);
    const keys = Array.from({ length: 8 }, (_, i) => `session-${i}`);
    const perKey = 250;
    // Fire every append without awaiting: order must follow call order, not completion order.
    const appends: Promise<void>[] = [];
    for (let seq = 0; seq < perKey; seq++) {
      for (const key of keys) {
        // Every tenth call carries two records, to cover multi-record appends.
        const records =
          seq % 10 === 0 ? [record(key, seq * 2), record(key, seq * 2 + 1)] : [record(key, seq * 2)];
        appends.push(producer.append(topic, records));
      }
    }
    await Promise.all(appends);
    const expected = keys.length * (perKey + perKey / 10);

    const read = await readTopic(brokers, topic, { count: expected });
    expect(read).toHaveLength(expected);
    for (const key of keys) {
      const ofKey = read.filter((r) => r.key === key);
      expect(new Set(ofKey.map((r) => r.partition)).size).toBe(1);
      const seqs = ofKey.sort((a, b) => Number(a.offset) - Number(b.offset)).map((r) => seqOf(r.value));
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
      expect(seqs).toHaveLength(perKey + perKey / 10);
    }
  });

  it('group-commits: appends made while a send is in flight share the next send', async () => {
    const topic = uniqueName('producer_batching');
    await createTopics(brokers, [topic], 3);
    const before = producer.stats();
    // 32 clients, each awaiting its own append before making the next one (like request handlers).
    const clients = 32;
    const perClient = 100;
    await Promise.all(
      Array.from({ length: clients }, async (_, client) => {
        for (let seq = 0; seq < perClient; seq++)
          await producer.append(topic, [record(`client-${client}`, seq)]);
      }),
    );
    const after = producer.stats();
    const sends = after.sends - before.sends;
    expect(after.records - before.records).toBe(clients * perClient);
    // One send per append would be 3,200 sends; with group commit each send carries many appends.
    expect(sends).toBeLessThan((clients * perClient) / 8);
    expect(await highWatermarkSum(admin, topic)).toBe(clients * perClient);
  });

  it('resolves each append only once its records are in the log', async () => {
    const topic = uniqueName('producer_durable');
    await createTopics(brokers, [topic], 3);
    for (let i = 1; i <= 20; i++) {
      await producer.append(topic, [record('session-a', i)]);
      expect(await highWatermarkSum(admin, topic)).toBeGreaterThanOrEqual(i);
    }
    // Concurrent appends: when any of them resolves, everything resolved so far is readable.
    let resolved = 20;
    const checks: Promise<void>[] = [];
    await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        producer.append(topic, [record(`session-${i % 5}`, i)]).then(() => {
          resolved += 1;
          const mustBeReadable = resolved;
          checks.push(
            highWatermarkSum(admin, topic).then((sum) => {
              expect(sum).toBeGreaterThanOrEqual(mustBeReadable);
            }),
          );
        }),
      ),
    );
    await Promise.all(checks);
    expect(await highWatermarkSum(admin, topic)).toBe(220);
  });

  it('carries keys, binary values and headers unchanged', async () => {
    const topic = uniqueName('producer_fields');
    await createTopics(brokers, [topic], 1);
    const value = Buffer.from([0, 1, 2, 255, 254, 0, 10, 13]);
    await producer.append(topic, [
      { key: 'session-bin', value, headers: { 'content-type': 'avro/binary', 'x-seq': '7' } },
      { key: 'session-empty', value: Buffer.alloc(0) },
    ]);
    const [first, second] = await readTopic(brokers, topic, { count: 2 });
    expect(first?.key).toBe('session-bin');
    expect(first?.value.equals(value)).toBe(true);
    expect(first?.headers).toEqual({ 'content-type': 'avro/binary', 'x-seq': '7' });
    expect(second?.key).toBe('session-empty');
    expect(second?.value.byteLength).toBe(0);
  });

  it('rejects appends Kafka does not accept instead of dropping them, and keeps working', async () => {
    const missing = uniqueName('producer_missing_topic');
    const failed = producer.append(missing, [record('session-x', 1)]);
    await expect(failed).rejects.toBeInstanceOf(EventLogUnavailableError);
    await expect(failed).rejects.toThrow(/did not accept 1 record/);

    const topic = uniqueName('producer_after_failure');
    await createTopics(brokers, [topic], 1);
    await producer.append(topic, [record('session-x', 2)]);
    expect(await highWatermarkSum(admin, topic)).toBe(1);
  });

  it('flushes queued appends on close and refuses appends afterwards', async () => {
    const topic = uniqueName('producer_close');
    await createTopics(brokers, [topic], 3);
    const own = await createKafkaProducer({ brokers, clientId: 'producer-close-test' });
    const appends = Array.from({ length: 500 }, (_, i) => own.append(topic, [record(`session-${i % 7}`, i)]));
    await own.close();
    await Promise.all(appends);
    expect(await highWatermarkSum(admin, topic)).toBe(500);
    await expect(own.append(topic, [record('late', 1)])).rejects.toBeInstanceOf(EventLogUnavailableError);
  });
});

describe('createKafkaProducer when Kafka is unreachable', () => {
  let silent: Server;
  const silentSockets = new Set<Socket>();
  let silentPort = 0;
  let refusedPort = 0;

  beforeAll(async () => {
    // A port that accepts TCP connections but never answers: connect() must still give up on time.
    silent = createServer((socket) => {
      silentSockets.add(socket);
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    silentPort = (silent.address() as { port: number }).port;
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    refusedPort = (closed.address() as { port: number }).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
  });
  afterAll(async () => {
    for (const socket of silentSockets) socket.destroy();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
  });

  it.each([
    ['refuses connections', () => refusedPort],
    ['never answers', () => silentPort],
  ])(
    'rejects with EventLogUnavailableError within the connect timeout when the broker %s',
    async (_, port) => {
      const broker = `127.0.0.1:${port()}`;
      const startedAt = Date.now();
      const attempt = createKafkaProducer({
        brokers: [broker],
        clientId: 'unreachable-test',
        connectTimeoutMs: 2_000,
      });
      const error = await attempt.then(
        () => undefined,
        (e: unknown) => e,
      );
      const elapsed = Date.now() - startedAt;
      expect(error).toBeInstanceOf(EventLogUnavailableError);
      expect((error as EventLogUnavailableError).message).toContain(`Kafka is unreachable at ${broker}`);
      expect((error as EventLogUnavailableError).httpStatus).toBe(503);
      expect(elapsed).toBeLessThan(4_000);
    },
  );
});
