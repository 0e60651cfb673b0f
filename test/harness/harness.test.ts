import { stat } from 'node:fs/promises';
import { Redis } from 'ioredis';
import { Kafka, logLevel } from 'kafkajs';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { HARNESS_ENV } from './env-names';
import { createTopics, kafkaBrokers, redisUrl, tempDir, uniqueName, waitFor } from './index';

describe('test harness', () => {
  it('exports the servers to forked workers through the environment and provide()', () => {
    expect(process.env[HARNESS_ENV.kafkaBrokers]).toBeTruthy();
    expect(process.env[HARNESS_ENV.redisUrl]).toBeTruthy();
    expect(process.env[HARNESS_ENV.kafkaBrokers]).toBe(inject('kafkaBrokers'));
    expect(process.env[HARNESS_ENV.redisUrl]).toBe(inject('redisUrl'));
    expect(kafkaBrokers()).toEqual(inject('kafkaBrokers').split(','));
    expect(redisUrl()).toBe(inject('redisUrl'));
  });

  describe('Kafka', () => {
    const kafka = new Kafka({
      clientId: 'harness-test',
      brokers: kafkaBrokers(),
      logLevel: logLevel.NOTHING,
    });
    const producer = kafka.producer({ allowAutoTopicCreation: false });
    const consumer = kafka.consumer({ groupId: uniqueName('harness_group'), maxWaitTimeInMs: 200 });
    afterAll(async () => {
      await Promise.all([producer.disconnect(), consumer.disconnect()]);
    });

    it('round-trips records through a fresh topic', async () => {
      const topic = uniqueName('harness_round_trip');
      await createTopics(kafkaBrokers(), [topic], 2);
      const admin = kafka.admin();
      await admin.connect();
      const metadata = await admin.fetchTopicMetadata({ topics: [topic] });
      await admin.disconnect();
      expect(metadata.topics[0]?.partitions).toHaveLength(2);

      await producer.connect();
      const sent = ['first', 'second', 'third'];
      await producer.send({ topic, acks: -1, messages: sent.map((value) => ({ key: 'session-1', value })) });

      const received: string[] = [];
      await consumer.connect();
      await consumer.subscribe({ topic, fromBeginning: true });
      await consumer.run({
        eachMessage: async ({ message }) => {
          received.push(message.value?.toString() ?? '');
        },
      });
      await waitFor(async () => (received.length >= sent.length ? true : undefined), {
        what: 'the three records to come back',
        timeoutMs: 30_000,
      });
      expect(received).toEqual(sent);
    });
  });

  describe('Redis', () => {
    const redis = new Redis(redisUrl(), { lazyConnect: true, maxRetriesPerRequest: 1 });
    afterAll(() => redis.quit());

    it('answers PING, SET and GET under a per-test key prefix', async () => {
      await redis.connect();
      expect(await redis.ping()).toBe('PONG');
      const prefix = uniqueName('harness');
      await redis.set(`${prefix}:greeting`, 'hello', 'EX', 60);
      expect(await redis.get(`${prefix}:greeting`)).toBe('hello');
      expect(await redis.keys(`${prefix}:*`)).toEqual([`${prefix}:greeting`]);
    });
  });

  describe('helpers', () => {
    it('uniqueName gives distinct names made of [a-z0-9_], starting with a letter', () => {
      const names = new Set(Array.from({ length: 1000 }, () => uniqueName('Audit-Store.Test')));
      expect(names.size).toBe(1000);
      for (const name of names) expect(name).toMatch(/^audit_store_test_[a-z0-9_]+$/);
      expect(uniqueName('42 things')).toMatch(/^t_42_things_[a-z0-9_]+$/);
      expect(uniqueName('')).toMatch(/^t_[a-z0-9_]+$/);
    });

    it('tempDir creates a fresh directory under the run temp root', async () => {
      const first = await tempDir('spool');
      const second = await tempDir('spool');
      expect(first).not.toBe(second);
      expect(first.startsWith(inject('testTempRoot'))).toBe(true);
      expect((await stat(first)).isDirectory()).toBe(true);
    });

    it('waitFor returns the first defined value and names what it waited for on timeout', async () => {
      let calls = 0;
      const value = await waitFor(async () => (++calls >= 3 ? 'ready' : undefined), {
        what: 'three calls',
        intervalMs: 1,
      });
      expect(value).toBe('ready');
      expect(calls).toBe(3);
      await expect(
        waitFor(
          async () => {
            throw new Error('still starting');
          },
          { what: 'the widget', timeoutMs: 50, intervalMs: 10 },
        ),
      ).rejects.toThrow(/waiting for the widget \(last error: still starting\)/);
    });
  });
});
