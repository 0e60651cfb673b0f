import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLocalLogProducer, type LocalLogProducer } from './local-log';
import { collectingConsumer, HookedFileSystem, waitFor, withTempDir } from './local-log.test-support';
import { encodeRecord } from './local-record-format';
import { EventLogUnavailableError, type LogRecord } from './port';

const TOPIC = 'proctor.audit.raw.v1';

function record(seq: number): LogRecord {
  return { key: 'session-a', value: Buffer.from(`seq-${String(seq).padStart(4, '0')}`) };
}

const frameBytes = encodeRecord(record(0)).length;

async function readBack(dir: string, count: number): Promise<string[]> {
  const { consumer, received } = await collectingConsumer({ dir, groupId: 'reader', topic: TOPIC });
  await waitFor(() => received.length >= count);
  await new Promise((resolve) => setTimeout(resolve, 30));
  await consumer.stop();
  return received.map((r) => r.value.toString());
}

async function segmentSize(dir: string, base = 0): Promise<number> {
  return (await stat(join(dir, 'segments', TOPIC, `${String(base).padStart(20, '0')}.log`))).size;
}

describe.each(['process', 'fsync'] as const)('local event log faults (%s durability)', (durability) => {
  async function open(dir: string, fileSystem: HookedFileSystem, extra = {}): Promise<LocalLogProducer> {
    return createLocalLogProducer({ dir, durability, fileSystem, maintenanceIntervalMs: 20, ...extra });
  }

  it('a write that fails (disk full) is rejected with a typed error, written nowhere, and the next append succeeds', () => {
    return withTempDir(async (dir) => {
      const fileSystem = new HookedFileSystem();
      const log = await open(dir, fileSystem);
      await log.append(TOPIC, [record(0), record(1)]);
      // A short write followed by ENOSPC: part of the group reached the file before the failure.
      fileSystem.shortWrite = 5;
      fileSystem.failNext.write.push('ENOSPC');
      const failed = log.append(TOPIC, [record(2), record(3)]);
      await expect(failed).rejects.toBeInstanceOf(EventLogUnavailableError);
      await expect(failed).rejects.toThrow(/ENOSPC.*nothing of it was written/);
      expect(await segmentSize(dir)).toBe(2 * frameBytes);
      expect(log.health()).toMatchObject({ ok: false, facts: { failure: 'ENOSPC' } });

      // The caller retries the same records: no restart, no gap, no duplicate.
      await log.append(TOPIC, [record(2), record(3)]);
      expect(log.health().ok).toBe(true);
      await log.close();
      expect(await readBack(dir, 4)).toEqual(['seq-0000', 'seq-0001', 'seq-0002', 'seq-0003']);
    });
  });

  it('reports unhealthy while the disk stays broken and healthy again once it clears, without traffic', () => {
    return withTempDir(async (dir) => {
      const fileSystem = new HookedFileSystem();
      const log = await open(dir, fileSystem);
      await log.append(TOPIC, [record(0)]);
      fileSystem.failAll = 'EIO';
      await expect(log.append(TOPIC, [record(1)])).rejects.toThrow(/EIO/);
      await expect(log.append(TOPIC, [record(1)])).rejects.toThrow(/EIO/);
      // Probes keep failing while the fault lasts.
      await log.maintain();
      expect(log.health()).toMatchObject({ ok: false });
      expect(log.health().detail).toMatch(/EIO/);
      fileSystem.failAll = undefined;
      await waitFor(() => log.health().ok);
      await log.append(TOPIC, [record(1)]);
      await log.close();
      expect(await readBack(dir, 2)).toEqual(['seq-0000', 'seq-0001']);
    });
  });

  it('an unwritable new segment fails the append that needed it; the roll succeeds on retry', () => {
    return withTempDir(async (dir) => {
      const fileSystem = new HookedFileSystem();
      const log = await open(dir, fileSystem, { segmentBytes: 3 * frameBytes });
      await log.append(TOPIC, [record(0), record(1), record(2)]);
      fileSystem.failNext.open.push('EACCES');
      await expect(log.append(TOPIC, [record(3)])).rejects.toThrow(/EACCES/);
      await log.append(TOPIC, [record(3)]);
      expect(await segmentSize(dir, 3 * frameBytes)).toBe(frameBytes);
      await log.close();
      expect(await readBack(dir, 4)).toEqual(['seq-0000', 'seq-0001', 'seq-0002', 'seq-0003']);
    });
  });
});

describe('local event log fdatasync failure', () => {
  it('rejects the group and every append queued behind it, cuts them off, and recovers', () => {
    return withTempDir(async (dir) => {
      const fileSystem = new HookedFileSystem();
      const log = await createLocalLogProducer({ dir, durability: 'fsync', fileSystem });
      await log.append(TOPIC, [record(0)]);
      fileSystem.holdSyncs = true;
      fileSystem.failNext.datasync.push('EIO');
      const inFlight = log.append(TOPIC, [record(1)]);
      await waitFor(() => fileSystem.heldSyncs === 1);
      const queued = log.append(TOPIC, [record(2)]);
      fileSystem.release();
      await expect(inFlight).rejects.toThrow(/EIO/);
      await expect(queued).rejects.toThrow(/EIO/);
      expect(await segmentSize(dir)).toBe(frameBytes);
      await log.append(TOPIC, [record(1), record(2)]);
      await log.close();
      expect(await readBack(dir, 3)).toEqual(['seq-0000', 'seq-0001', 'seq-0002']);
    });
  });
});
