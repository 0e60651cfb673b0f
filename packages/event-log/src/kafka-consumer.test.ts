import { Kafka, logLevel } from 'kafkajs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTopics, kafkaBrokers, uniqueName, waitFor } from '../../../test/harness';
import { createKafkaConsumer } from './kafka-consumer';
import { createKafkaProducer, type KafkaEventLogProducer } from './kafka-producer';
import { type ConsumedBatch, type EventLogConsumer, EventLogUnavailableError } from './port';

const brokers = kafkaBrokers();
const admin = new Kafka({ clientId: 'consumer-test-admin', brokers, logLevel: logLevel.NOTHING }).admin();
let producer: KafkaEventLogProducer;
const running: EventLogConsumer[] = [];

beforeAll(async () => {
  await admin.connect();
  producer = await createKafkaProducer({ brokers, clientId: 'consumer-test-producer' });
});
afterEach(async () => {
  await Promise.all(running.splice(0).map((consumer) => consumer.stop()));
});
afterAll(async () => {
  await producer.close();
  await admin.disconnect();
});

/** Appends `count` records numbered from `from`, spread over a few keys. */
async function produce(topic: string, count: number, from = 0): Promise<void> {
  await producer.append(
    topic,
    Array.from({ length: count }, (_, i) => ({
      key: `session-${(from + i) % 4}`,
      value: Buffer.from(String(from + i)),
      headers: { seq: String(from + i) },
    })),
  );
}

function consumer(topic: string, groupId: string, maxBatchRecords = 10): EventLogConsumer {
  const created = createKafkaConsumer({
    brokers,
    clientId: 'consumer-test',
    groupId,
    topic,
    maxBatchRecords,
    retryInitialDelayMs: 20,
    retryMaxDelayMs: 100,
  });
  running.push(created);
  return created;
}

/** The group's committed offset per partition (-1: nothing committed). */
async function committed(groupId: string, topic: string): Promise<Map<number, number>> {
  const [offsets] = await admin.fetchOffsets({ groupId, topics: [topic] });
  return new Map(offsets?.partitions.map((p) => [p.partition, Number(p.offset)]) ?? []);
}

const offsetsOf = (batch: ConsumedBatch) => batch.records.map((r) => Number(r.offset));

describe('createKafkaConsumer against a real broker', () => {
  it('delivers every record in offset order, in chunks of at most maxBatchRecords', async () => {
    const topic = uniqueName('consumer_delivery');
    await createTopics(brokers, [topic], 1);
    await produce(topic, 35);
    const batches: ConsumedBatch[] = [];
    await consumer(topic, uniqueName('group')).start(async (batch) => {
      batches.push(batch);
    });
    await waitFor(async () => (batches.flatMap((b) => b.records).length >= 35 ? true : undefined), {
      what: '35 consumed records',
    });
    const records = batches.flatMap((b) => b.records);
    expect(records.map((r) => Number(r.offset))).toEqual(Array.from({ length: 35 }, (_, i) => i));
    expect(records.map((r) => r.value.toString())).toEqual(Array.from({ length: 35 }, (_, i) => String(i)));
    expect(records[7]).toMatchObject({ key: 'session-3', partition: 0, offset: '7', headers: { seq: '7' } });
    for (const batch of batches) {
      expect(batch.topic).toBe(topic);
      expect(batch.records.length).toBeLessThanOrEqual(10);
    }
  });

  it('redelivers the same records after the handler throws, and commits nothing until it succeeds', async () => {
    const topic = uniqueName('consumer_retry');
    const groupId = uniqueName('group');
    await createTopics(brokers, [topic], 1);
    await produce(topic, 25);
    const calls: number[][] = [];
    const committedDuringFailures: Array<number | undefined> = [];
    await consumer(topic, groupId).start(async (batch) => {
      calls.push(offsetsOf(batch));
      if (calls.length <= 2) {
        committedDuringFailures.push((await committed(groupId, topic)).get(0));
        throw new Error('store unavailable');
      }
    });
    await waitFor(async () => ((await committed(groupId, topic)).get(0) === 25 ? true : undefined), {
      what: 'offset 25 to be committed',
    });
    const firstChunk = Array.from({ length: 10 }, (_, i) => i);
    expect(calls.slice(0, 3)).toEqual([firstChunk, firstChunk, firstChunk]);
    expect(committedDuringFailures).toEqual([-1, -1]);
    expect([...new Set(calls.flat())].sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => i));
  });

  it('stop() waits for the chunk in progress, commits it, and hands out nothing more', async () => {
    const topic = uniqueName('consumer_stop');
    const groupId = uniqueName('group');
    await createTopics(brokers, [topic], 1);
    await produce(topic, 30);
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const calls: number[][] = [];
    const subject = consumer(topic, groupId);
    await subject.start(async (batch) => {
      calls.push(offsetsOf(batch));
      await gate;
    });
    await waitFor(async () => (calls.length === 1 ? true : undefined), { what: 'the first chunk' });

    let stopped = false;
    const stopping = subject.stop().then(() => {
      stopped = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(calls).toEqual([Array.from({ length: 10 }, (_, i) => i)]);
    expect((await committed(groupId, topic)).get(0)).toBe(10);
  });

  it('a restarted group resumes after the last committed offset without losing records', async () => {
    const topic = uniqueName('consumer_resume');
    const groupId = uniqueName('group');
    await createTopics(brokers, [topic], 3);
    await produce(topic, 120);

    const first: ConsumedBatch[] = [];
    const firstConsumer = consumer(topic, groupId, 5);
    await firstConsumer.start(async (batch) => {
      first.push(batch);
      // Slow enough that stop() lands in the middle of the topic.
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    await waitFor(async () => (first.length >= 4 ? true : undefined), { what: 'four chunks' });
    await firstConsumer.stop();
    const afterFirst = await committed(groupId, topic);
    const firstHandled = first.flatMap((b) => b.records).length;
    expect(firstHandled).toBeLessThan(120);

    await produce(topic, 30, 120);
    const second: ConsumedBatch[] = [];
    await consumer(topic, groupId, 5).start(async (batch) => {
      second.push(batch);
    });
    const total = await admin.fetchTopicOffsets(topic);
    const expectedTotal = total.reduce((sum, p) => sum + Number(p.high), 0);
    expect(expectedTotal).toBe(150);
    await waitFor(
      async () => {
        const seen = new Set([...first, ...second].flatMap((b) => b.records.map((r) => r.value.toString())));
        return seen.size === 150 ? true : undefined;
      },
      { what: 'all 150 records across both runs' },
    );

    for (const partition of [0, 1, 2]) {
      const start = Math.max(0, afterFirst.get(partition) ?? -1);
      const secondOffsets = second.filter((b) => b.partition === partition).flatMap(offsetsOf);
      const firstOffsets = first.filter((b) => b.partition === partition).flatMap(offsetsOf);
      // Resumes exactly at the committed offset: every record the first run finished was committed on stop.
      if (secondOffsets.length > 0) expect(Math.min(...secondOffsets)).toBe(start);
      expect(firstOffsets.filter((offset) => offset >= start)).toEqual([]);
    }
  });

  it('with fetch.minBytes, waits for that many bytes and hands records appended apart out in one batch', async () => {
    const topic = uniqueName('consumer_min_bytes');
    await createTopics(brokers, [topic], 1);
    const batches: ConsumedBatch[] = [];
    const value = Buffer.alloc(1000, 'x');
    running.push(
      createKafkaConsumer({
        brokers,
        clientId: 'consumer-test',
        groupId: uniqueName('group'),
        topic,
        maxBatchRecords: 1000,
        // More than four of the five appends hold: the fetch waits for the fifth.
        // (stop() waits for an idle fetch, so the wait is no longer than needed to tell them apart).
        fetch: { minBytes: 90 * value.length, maxWaitMs: 10_000 },
      }),
    );
    await running[running.length - 1]?.start(async (batch) => {
      batches.push(batch);
    });
    const startedAt = Date.now();
    for (let chunk = 0; chunk < 5; chunk++) {
      await producer.append(
        topic,
        Array.from({ length: 20 }, () => ({ key: 'k', value })),
      );
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    await waitFor(async () => (batches.length > 0 ? true : undefined), {
      what: 'the first batch',
      timeoutMs: 30_000,
    });
    expect(batches[0]?.records).toHaveLength(100);
    // Answered when the bytes were there, not when the wait ran out.
    expect(Date.now() - startedAt).toBeLessThan(8_000);
  });

  it('start() rejects with EventLogUnavailableError quickly when Kafka is unreachable', async () => {
    const unreachable = createKafkaConsumer({
      brokers: ['127.0.0.1:1'],
      clientId: 'unreachable-consumer',
      groupId: uniqueName('group'),
      topic: uniqueName('nowhere'),
      connectTimeoutMs: 2_000,
    });
    const startedAt = Date.now();
    await expect(unreachable.start(async () => {})).rejects.toBeInstanceOf(EventLogUnavailableError);
    expect(Date.now() - startedAt).toBeLessThan(4_000);
  });
});
