import { appendFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLocalLogConsumer } from './local-consumer';
import { createLocalLogProducer } from './local-log';
import { collectingConsumer, waitFor, withTempDir } from './local-log.test-support';
import { encodeRecord } from './local-record-format';
import type { ConsumedBatch, LogRecord } from './port';

const TOPIC = 'proctor.audit.raw.v1';

function record(i: number): LogRecord {
  return { key: `session-${i % 2}`, value: Buffer.from(`value-${i}`) };
}

const values = (records: { value: Buffer }[]) => records.map((r) => r.value.toString());

describe('local event log consumer', () => {
  it('tails records appended after it started', () => {
    return withTempDir(async (dir) => {
      const log = await createLocalLogProducer({ dir });
      const { consumer, received } = await collectingConsumer({ dir, groupId: 'g', topic: TOPIC });
      await log.append(TOPIC, [record(0)]);
      await waitFor(() => received.length === 1);
      await log.append(TOPIC, [record(1), record(2)]);
      await waitFor(() => received.length === 3);
      await consumer.stop();
      await log.close();
      expect(values(received)).toEqual(['value-0', 'value-1', 'value-2']);
    });
  });

  it('resumes a group from its committed offset after a restart', () => {
    return withTempDir(async (dir) => {
      const log = await createLocalLogProducer({ dir });
      await log.append(TOPIC, [0, 1, 2, 3, 4].map(record));
      const first = await collectingConsumer({ dir, groupId: 'ingest', topic: TOPIC });
      await waitFor(() => first.received.length === 5);
      await first.consumer.stop();
      const committed = await readFile(join(dir, `${TOPIC}.ingest.offset`), 'utf8');
      expect(Number(committed)).toBe(5 * encodeRecord(record(0)).length);

      await log.append(TOPIC, [5, 6, 7].map(record));
      const second = await collectingConsumer({ dir, groupId: 'ingest', topic: TOPIC });
      const otherGroup = await collectingConsumer({ dir, groupId: 'siem', topic: TOPIC });
      await waitFor(() => second.received.length === 3 && otherGroup.received.length === 8);
      await second.consumer.stop();
      await otherGroup.consumer.stop();
      expect(values(second.received)).toEqual(['value-5', 'value-6', 'value-7']);
      expect(values(otherGroup.received)).toHaveLength(8);

      const latest = await collectingConsumer({ dir, groupId: 'new', topic: TOPIC, fromBeginning: false });
      await log.append(TOPIC, [record(8)]);
      await waitFor(() => latest.received.length === 1);
      await latest.consumer.stop();
      expect(values(latest.received)).toEqual(['value-8']);
      await log.close();
    });
  });

  it('redelivers a batch whose handler threw, losing nothing', () => {
    return withTempDir(async (dir) => {
      const log = await createLocalLogProducer({ dir });
      await log.append(TOPIC, [0, 1, 2, 3, 4, 5].map(record));
      const deliveries: ConsumedBatch[] = [];
      const accepted: string[] = [];
      let failuresLeft = 2;
      const consumer = createLocalLogConsumer({
        dir,
        groupId: 'g',
        topic: TOPIC,
        maxBatchRecords: 4,
        pollIntervalMs: 5,
        retryInitialDelayMs: 5,
      });
      await consumer.start(async (batch) => {
        deliveries.push(batch);
        if (failuresLeft-- > 0) throw new Error('store unavailable');
        accepted.push(...values(batch.records));
      });
      await waitFor(() => accepted.length === 6);
      await consumer.stop();
      await log.close();

      expect(accepted).toEqual(['value-0', 'value-1', 'value-2', 'value-3', 'value-4', 'value-5']);
      expect(deliveries.slice(0, 3).map((b) => b.records.map((r) => r.offset))).toEqual([
        deliveries[0]?.records.map((r) => r.offset),
        deliveries[0]?.records.map((r) => r.offset),
        deliveries[0]?.records.map((r) => r.offset),
      ]);
      expect(deliveries[0]?.records).toHaveLength(4);
    });
  });

  it('stop waits for the batch in progress and commits it', () => {
    return withTempDir(async (dir) => {
      const log = await createLocalLogProducer({ dir });
      await log.append(TOPIC, [record(0), record(1)]);
      let handlerStarted = false;
      let handlerDone = false;
      const consumer = createLocalLogConsumer({ dir, groupId: 'g', topic: TOPIC, pollIntervalMs: 5 });
      await consumer.start(async () => {
        handlerStarted = true;
        await new Promise((resolve) => setTimeout(resolve, 200));
        handlerDone = true;
      });
      await waitFor(() => handlerStarted);
      await consumer.stop();
      expect(handlerDone).toBe(true);
      const committed = await readFile(join(dir, `${TOPIC}.g.offset`), 'utf8');
      expect(Number(committed)).toBe(2 * encodeRecord(record(0)).length);
      await log.close();
    });
  });

  it('does not serve a record until it is completely written', () => {
    return withTempDir(async (dir) => {
      const log = await createLocalLogProducer({ dir });
      await log.append(TOPIC, [record(0)]);
      await log.close();
      const { consumer, received } = await collectingConsumer({ dir, groupId: 'g', topic: TOPIC });
      await waitFor(() => received.length === 1);

      const frame = encodeRecord(record(1));
      const segment = join(dir, 'segments', TOPIC, '00000000000000000000.log');
      await appendFile(segment, frame.subarray(0, 12));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(received).toHaveLength(1);
      await appendFile(segment, frame.subarray(12));
      await waitFor(() => received.length === 2);
      await consumer.stop();
      expect(values(received)).toEqual(['value-0', 'value-1']);
    });
  });
  it('keeps batches within maxBatchBytes, handing a larger record over alone', () => {
    return withTempDir(async (dir) => {
      const log = await createLocalLogProducer({ dir });
      const small = (i: number): LogRecord => ({ key: 'k', value: Buffer.alloc(100, 97 + (i % 26)) });
      const records = [
        ...Array.from({ length: 10 }, (_, i) => small(i)),
        { key: 'k', value: Buffer.alloc(1000, 122) },
        small(10),
      ];
      await log.append(TOPIC, records);
      const frame = encodeRecord(small(0)).length;
      const batches: ConsumedBatch[] = [];
      const consumer = createLocalLogConsumer({
        dir,
        groupId: 'g',
        topic: TOPIC,
        pollIntervalMs: 5,
        maxBatchBytes: 3 * frame,
      });
      await consumer.start(async (batch) => {
        batches.push(batch);
      });
      await waitFor(() => batches.reduce((n, b) => n + b.records.length, 0) === 12);
      await consumer.stop();
      await log.close();
      expect(batches.map((b) => b.records.length)).toEqual([3, 3, 3, 1, 1, 1]);
      expect(batches.flatMap((b) => b.records.map((r) => r.value.length))).toEqual(
        records.map((r) => r.value.length),
      );
    });
  });
});
