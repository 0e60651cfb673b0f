import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLocalLogConsumer } from './local-consumer';
import { createLocalLogProducer } from './local-log';
import { collectingConsumer, waitFor, withTempDir } from './local-log.test-support';
import { encodeRecord } from './local-record-format';
import { EventLogFullError, type LogRecord } from './port';

const TOPIC = 'proctor.audit.raw.v1';

function record(seq: number): LogRecord {
  return { key: `session-${seq % 3}`, value: Buffer.from(`seq-${String(seq).padStart(4, '0')}`) };
}

const frameBytes = encodeRecord(record(0)).length;
const expectedValues = (from: number, to: number) =>
  Array.from({ length: to - from }, (_, i) => `seq-${String(from + i).padStart(4, '0')}`);

async function segmentFiles(dir: string): Promise<string[]> {
  return (await readdir(join(dir, 'segments', TOPIC))).filter((name) => name.endsWith('.log')).sort();
}

describe('local event log segments and retention', () => {
  it('rolls segments at the configured size; consumers read across them with growing offsets', () => {
    return withTempDir(async (dir) => {
      const log = await createLocalLogProducer({ dir, durability: 'process', segmentBytes: 10 * frameBytes });
      for (let seq = 0; seq < 45; seq += 3)
        await log.append(TOPIC, [record(seq), record(seq + 1), record(seq + 2)]);
      // Groups of 3 frames: a segment takes 3 groups (9 frames) before the 10th frame would not fit.
      expect(await segmentFiles(dir)).toHaveLength(5);
      expect((await segmentFiles(dir))[1]).toBe(`${String(9 * frameBytes).padStart(20, '0')}.log`);
      const { consumer, received } = await collectingConsumer({
        dir,
        groupId: 'g',
        topic: TOPIC,
        maxBatchRecords: 4,
      });
      await waitFor(() => received.length === 45);
      await consumer.stop();
      expect(received.map((r) => r.value.toString())).toEqual(expectedValues(0, 45));
      expect(received.map((r) => Number(r.offset))).toEqual(
        Array.from({ length: 45 }, (_, i) => i * frameBytes),
      );
      await log.close();

      // Reopened: appends continue in the last segment, at the same positions.
      const reopened = await createLocalLogProducer({
        dir,
        durability: 'process',
        segmentBytes: 10 * frameBytes,
      });
      await reopened.append(TOPIC, [record(45)]);
      const again = await collectingConsumer({ dir, groupId: 'g', topic: TOPIC });
      await waitFor(() => again.received.length === 1);
      await again.consumer.stop();
      expect(again.received[0]).toMatchObject({ offset: String(45 * frameBytes) });
      await reopened.close();
    });
  });

  it('deletes the segments every retention group has consumed, and only those', () => {
    return withTempDir(async (dir) => {
      const log = await createLocalLogProducer({
        dir,
        durability: 'process',
        segmentBytes: 10 * frameBytes,
        retainUntilConsumedBy: ['ingest'],
        maintenanceIntervalMs: 10,
      });
      for (let seq = 0; seq < 60; seq++) await log.append(TOPIC, [record(seq)]);
      expect(await segmentFiles(dir)).toHaveLength(6);

      // Ingest consumes 25 records: the two segments below position 25 × frame go, the rest stay.
      const accepted: string[] = [];
      const ingest = createLocalLogConsumer({
        dir,
        groupId: 'ingest',
        topic: TOPIC,
        pollIntervalMs: 5,
        maxBatchRecords: 5,
      });
      await ingest.start(async (batch) => {
        if (accepted.length >= 25) throw new Error('store unavailable');
        accepted.push(...batch.records.map((r) => r.value.toString()));
      });
      await waitFor(() => accepted.length === 25);
      await waitFor(() => log.unconsumedBytes() === 35 * frameBytes, 3_000);
      await ingest.stop();
      await waitFor(() => log.unconsumedBytes() === 35 * frameBytes);
      const files = await segmentFiles(dir);
      expect(files[0]).toBe(`${String(20 * frameBytes).padStart(20, '0')}.log`);
      expect(files).toHaveLength(4);

      // Ingest resumes where it stopped; a group that does not hold retention skips what is gone.
      const resumed = await collectingConsumer({ dir, groupId: 'ingest', topic: TOPIC });
      const late = await collectingConsumer({ dir, groupId: 'late-reader', topic: TOPIC });
      await waitFor(() => resumed.received.length === 35 && late.received.length === 40);
      await resumed.consumer.stop();
      await late.consumer.stop();
      expect(resumed.received.map((r) => r.value.toString())).toEqual(expectedValues(25, 60));
      expect(late.received.map((r) => r.value.toString())).toEqual(expectedValues(20, 60));
      await log.close();
    });
  });

  it('refuses appends past maxUnconsumedBytes with EventLogFullError until the group catches up', () => {
    return withTempDir(async (dir) => {
      const log = await createLocalLogProducer({
        dir,
        durability: 'process',
        segmentBytes: 4 * frameBytes,
        retainUntilConsumedBy: ['shipper'],
        maxUnconsumedBytes: 10 * frameBytes,
      });
      await log.append(
        TOPIC,
        Array.from({ length: 10 }, (_, i) => record(i)),
      );
      await expect(log.append(TOPIC, [record(10)])).rejects.toBeInstanceOf(EventLogFullError);
      await expect(log.append(TOPIC, [record(10)])).rejects.toThrow(/maximum of/);
      expect(log.health()).toMatchObject({ ok: false });
      const shipper = createLocalLogConsumer({
        dir,
        groupId: 'shipper',
        topic: TOPIC,
        pollIntervalMs: 5,
        onCommitted: (position) => log.noteConsumed(TOPIC, 'shipper', position),
      });
      await shipper.start(async () => undefined);
      await waitFor(() => log.unconsumedBytes() === 0);
      await log.append(TOPIC, [record(10)]);
      expect(log.health().ok).toBe(true);
      await shipper.stop();
      await log.close();
    });
  });
});
