import { existsSync } from 'node:fs';
import { Kafka, logLevel } from 'kafkajs';
import { describe, expect, it } from 'vitest';
import { readTopic, tempDir } from '../../../test/harness';
import { newClusterId, startKafka } from './launcher';
import { javaMajorVersion } from './prerequisites';
import { serverProperties } from './server-config';

describe('startKafka', () => {
  it('keeps topics in a caller-supplied dataDir across restarts and frees its port on stop', async () => {
    const dataDir = await tempDir('kafka_data');
    const first = await startKafka({ dataDir, heapMb: 256 });
    const client = (brokers: string) =>
      new Kafka({
        clientId: 'launcher-test',
        brokers: [brokers],
        logLevel: logLevel.NOTHING,
        retry: { retries: 2 },
      });
    try {
      const admin = client(first.brokers).admin();
      await admin.connect();
      await admin.createTopics({ topics: [{ topic: 'kept', numPartitions: 1 }], waitForLeaders: true });
      await admin.disconnect();
      const producer = client(first.brokers).producer();
      await producer.connect();
      await producer.send({ topic: 'kept', acks: -1, messages: [{ key: 'k', value: 'survives a restart' }] });
      await producer.disconnect();
    } finally {
      await first.stop();
    }
    const stoppedAdmin = client(first.brokers).admin();
    await expect(stoppedAdmin.connect()).rejects.toThrow();

    const second = await startKafka({ dataDir, heapMb: 256 });
    try {
      const [record] = await readTopic([second.brokers], 'kept', { count: 1 });
      expect(record?.value.toString()).toBe('survives a restart');
    } finally {
      await second.stop();
    }
    expect(existsSync(dataDir)).toBe(true);
  });
});

describe('launcher configuration', () => {
  it('writes a single-node KRaft combined-mode config bound to 127.0.0.1', () => {
    const properties = serverProperties({ brokerPort: 19092, controllerPort: 19093, dataDir: '/data/kafka' });
    expect(properties).toContain('process.roles=broker,controller\n');
    expect(properties).toContain('controller.quorum.voters=1@127.0.0.1:19093\n');
    expect(properties).toContain('listeners=PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093\n');
    expect(properties).toContain('advertised.listeners=PLAINTEXT://127.0.0.1:19092\n');
    expect(properties).toContain('log.dirs=/data/kafka\n');
    expect(properties).toContain('offsets.topic.replication.factor=1\n');
    expect(properties).toContain('group.initial.rebalance.delay.ms=0\n');
    // A 256 MiB heap must hold the log cleaner's buffer, allocated in one piece at start.
    expect(properties).toContain(`log.cleaner.dedupe.buffer.size=${16 * 1024 * 1024}\n`);
  });

  it('reads the Java major version from `java -version` output', () => {
    expect(javaMajorVersion('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(javaMajorVersion('openjdk version "21" 2023-09-19')).toBe(21);
    expect(javaMajorVersion('java version "1.8.0_402"')).toBe(8);
    expect(javaMajorVersion('no version here')).toBeUndefined();
  });
});

describe('newClusterId', () => {
  it('never starts with a dash, which the storage tool would read as a flag', () => {
    for (let i = 0; i < 2000; i++) {
      const id = newClusterId();
      expect(id).toMatch(/^[A-Za-z0-9_][A-Za-z0-9_-]{21}$/);
    }
  });
});
