import { Kafka, logLevel } from 'kafkajs';
import { afterAll, describe, expect, it } from 'vitest';
import {
  createTopics,
  kafkaBrokers,
  NetworkCut,
  readTopic,
  tempDir,
  uniqueName,
} from '../../../test/harness';
import { createKafkaProducer } from './kafka-producer';
import { waitFor } from './local-log.test-support';
import type { LogRecord } from './port';
import { createSpooledKafkaLog } from './spool';

const brokers = kafkaBrokers();

function record(key: string, seq: number): LogRecord {
  return { key, value: Buffer.from(`${key}:${seq}`), headers: { seq: String(seq) } };
}

describe('spool when the connection to Kafka breaks mid-traffic (real broker)', () => {
  const admin = new Kafka({ clientId: 'spool-outage-admin', brokers, logLevel: logLevel.NOTHING }).admin();
  afterAll(() => admin.disconnect());

  it.each(['reset', 'silent'] as const)(
    'keeps taking appends through a %s cut, then delivers every record, in order per key',
    async (mode) => {
      const topic = uniqueName('spool_cut');
      await createTopics(brokers, [topic], 3);
      const network = new NetworkCut();
      const log = await createSpooledKafkaLog({
        dir: await tempDir('spool-cut'),
        durability: 'process',
        maxBytes: 64 * 1024 * 1024,
        segmentBytes: 16 * 1024,
        maxShipRecords: 50,
        connectKafka: () =>
          createKafkaProducer({
            brokers,
            clientId: 'spool-cut',
            connectTimeoutMs: 2_000,
            socketFactory: network.socketFactory,
          }),
        retryInitialDelayMs: 20,
        retryMaxDelayMs: 300,
        // A silent cut is noticed only by this deadline (kafkajs would wait 30 s).
        sendTimeoutMs: 2_000,
        drainOnCloseMs: 0,
      });
      const keys = ['session-a', 'session-b', 'session-c', 'session-d'];
      const next = new Map(keys.map((key) => [key, 0]));
      const appendRound = (count: number) =>
        Promise.all(
          keys.map(async (key) => {
            for (let i = 0; i < count; i++) {
              const seq = next.get(key) ?? 0;
              next.set(key, seq + 1);
              await log.append(topic, [record(key, seq)]);
            }
          }),
        );
      try {
        await appendRound(100);
        await waitFor(() => log.stats().shippedRecords > 0, 15_000);
        network.cut(mode);
        // Calls keep succeeding while nothing can reach Kafka.
        await appendRound(100);
        await waitFor(() => log.stats().failedSends > 0, 30_000);
        await appendRound(50);
        expect(log.health()).toMatchObject({ ok: true, facts: { kafkaReachable: false } });
        network.restore();
        await appendRound(50);
        await waitFor(() => log.stats().unshippedBytes === 0, 45_000);
        expect(log.health()).toMatchObject({ ok: true, facts: { kafkaReachable: true } });
      } finally {
        await log.close();
      }

      await admin.connect();
      const offsets = await admin.fetchTopicOffsets(topic);
      const inTopic = offsets.reduce((sum, partition) => sum + Number(partition.high), 0);
      const read = await readTopic(brokers, topic, { count: inTopic });
      const total = keys.length * 300;
      // At least once: a send whose ack the cut swallowed may be repeated, never more than one send's worth.
      expect(inTopic).toBeGreaterThanOrEqual(total);
      expect(inTopic - total).toBeLessThanOrEqual(50);
      for (const key of keys) {
        const seqs = read
          .filter((r) => r.key === key)
          .sort((a, b) => Number(a.offset) - Number(b.offset))
          .map((r) => Number(r.headers.seq));
        const firstSeen = seqs.filter((seq, i) => seqs.indexOf(seq) === i);
        expect(firstSeen).toEqual(Array.from({ length: 300 }, (_, i) => i));
      }
    },
  );
});
