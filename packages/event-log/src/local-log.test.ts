import { spawnSync } from 'node:child_process';
import { appendFile, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLocalLogProducer } from './local-log';
import {
  capturingLogger,
  collectingConsumer,
  HookedFileSystem,
  waitFor,
  withTempDir,
} from './local-log.test-support';
import { encodeRecord } from './local-record-format';
import { EventLogUnavailableError, type LogRecord } from './port';

const TOPIC = 'proctor.audit.raw.v1';

/** The first segment of TOPIC, as a crash left it: without the marker a clean close writes. */
async function crashedSegment(dir: string): Promise<string> {
  await rm(join(dir, 'segments', TOPIC, 'CLEAN'), { force: true });
  return join(dir, 'segments', TOPIC, '00000000000000000000.log');
}

function record(i: number, key = `session-${i % 3}`): LogRecord {
  return { key, value: Buffer.from(`value-${i}`), headers: { 'content-type': 'avro', seq: String(i) } };
}

describe('local event log producer', () => {
  it('appends records that a consumer reads back with byte offsets', () => {
    return withTempDir(async (dir) => {
      const log = await createLocalLogProducer({ dir });
      const binary = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
      await log.append(TOPIC, [record(0), { key: 'session-ü', value: binary }]);
      const { consumer, received } = await collectingConsumer({ dir, groupId: 'g', topic: TOPIC });
      await waitFor(() => received.length === 2);
      await consumer.stop();
      await log.close();

      expect(received[0]).toEqual({ ...record(0), partition: 0, offset: '0' });
      expect(received[1]?.key).toBe('session-ü');
      expect(received[1]?.headers).toBeUndefined();
      expect(Buffer.compare(received[1]?.value ?? Buffer.alloc(0), binary)).toBe(0);
      expect(received[1]?.offset).toBe(String(encodeRecord(record(0)).length));
    });
  });

  it('keeps the order of concurrent appends', () => {
    return withTempDir(async (dir) => {
      const log = await createLocalLogProducer({ dir });
      const calls = Array.from({ length: 200 }, (_, call) =>
        log.append(
          TOPIC,
          [0, 1, 2].map((k) => record(call * 3 + k)),
        ),
      );
      await Promise.all(calls);
      const { consumer, received } = await collectingConsumer({
        dir,
        groupId: 'g',
        topic: TOPIC,
        maxBatchRecords: 64,
      });
      await waitFor(() => received.length === 600);
      await consumer.stop();
      await log.close();
      expect(received.map((r) => r.value.toString())).toEqual(
        Array.from({ length: 600 }, (_, i) => `value-${i}`),
      );
      const offsets = received.map((r) => Number(r.offset));
      expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    });
  });

  it('group-commits: appends made while a sync is in flight share the next fdatasync', () => {
    return withTempDir(async (dir) => {
      const fileSystem = new HookedFileSystem();
      const log = await createLocalLogProducer({ dir, durability: 'fsync', fileSystem });
      await log.append(TOPIC, [record(0)]);
      expect(fileSystem.datasyncs).toBe(1);

      fileSystem.holdSyncs = true;
      const first = log.append(TOPIC, [record(1)]);
      await waitFor(() => fileSystem.heldSyncs === 1);
      // 50 appends, each from its own macrotask (like separate requests), while the sync is held.
      const resolvedAfter: number[] = [];
      const queued: Promise<void>[] = [];
      for (let i = 0; i < 50; i++) {
        await new Promise((resolve) => setImmediate(resolve));
        queued.push(
          log.append(TOPIC, [record(i + 2)]).then(() => void resolvedAfter.push(fileSystem.datasyncs)),
        );
      }
      const writesBefore = fileSystem.writes;
      fileSystem.release();
      await first;
      await Promise.all(queued);
      // One fdatasync for the first, one (and one write) for the 50 queued behind it.
      expect(fileSystem.datasyncs).toBe(3);
      expect(fileSystem.writes - writesBefore).toBe(1);
      expect(log.syncCount).toBe(3);
      expect(resolvedAfter.every((n) => n === 3)).toBe(true);

      // Appends made in one tick share one write and one sync.
      await Promise.all(Array.from({ length: 20 }, (_, i) => log.append(TOPIC, [record(100 + i)])));
      expect(fileSystem.datasyncs).toBe(4);
      await log.close();
      const { consumer, received } = await collectingConsumer({ dir, groupId: 'g', topic: TOPIC });
      await waitFor(() => received.length === 72);
      await consumer.stop();
      expect(received.slice(0, 52).map((r) => r.value.toString())).toEqual(
        Array.from({ length: 52 }, (_, i) => `value-${i}`),
      );
    });
  });

  it('with process durability resolves after the write, without any fdatasync', () => {
    return withTempDir(async (dir) => {
      const fileSystem = new HookedFileSystem();
      const log = await createLocalLogProducer({ dir, durability: 'process', fileSystem });
      fileSystem.holdSyncs = true;
      await Promise.all(Array.from({ length: 30 }, (_, i) => log.append(TOPIC, [record(i)])));
      expect(fileSystem.heldSyncs).toBe(0);
      expect(fileSystem.datasyncs).toBe(0);
      expect(fileSystem.writes).toBe(1);
      const segment = join(dir, 'segments', TOPIC, '00000000000000000000.log');
      const expected = Array.from({ length: 30 }, (_, i) => encodeRecord(record(i)).length);
      expect((await stat(segment)).size).toBe(expected.reduce((a, b) => a + b, 0));
      await log.close();
    });
  });

  it('truncates a torn tail on open, warns with the byte count, and never serves it', () => {
    return withTempDir(async (dir) => {
      const first = await createLocalLogProducer({ dir });
      await first.append(TOPIC, [record(0), record(1)]);
      await first.close();
      const segment = await crashedSegment(dir);
      const validSize = (await stat(segment)).size;
      const torn = encodeRecord(record(2)).subarray(0, 11);
      await appendFile(segment, torn);

      const { logger, lines } = capturingLogger();
      const second = await createLocalLogProducer({ dir, logger });
      await second.append(TOPIC, [record(3)]);
      const warning = lines().find(
        (l) => l.msg === 'local event log segment ends in a torn or corrupt record; truncating it',
      );
      expect(warning).toMatchObject({ truncatedBytes: 11, validBytes: validSize });

      const { consumer, received } = await collectingConsumer({ dir, groupId: 'g', topic: TOPIC });
      await waitFor(() => received.length === 3);
      await consumer.stop();
      await second.close();
      expect(received.map((r) => r.value.toString())).toEqual(['value-0', 'value-1', 'value-3']);
      expect(received[2]?.offset).toBe(String(validSize));
    });
  });

  it('truncates a last record whose checksum does not match', () => {
    return withTempDir(async (dir) => {
      const first = await createLocalLogProducer({ dir });
      await first.append(TOPIC, [record(0), record(1)]);
      await first.close();
      const segment = await crashedSegment(dir);
      const bytes = await readFile(segment);
      const lastStart = encodeRecord(record(0)).length;
      bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0xff;
      await writeFile(segment, bytes);

      const { logger, lines } = capturingLogger();
      const second = await createLocalLogProducer({ dir, logger });
      expect((await stat(segment)).size).toBe(lastStart);
      expect(lines().some((l) => l.truncatedBytes === bytes.length - lastStart)).toBe(true);
      await second.close();
    });
  });

  it('refuses a directory another producer holds, with a clear error', () => {
    return withTempDir(async (dir) => {
      const first = await createLocalLogProducer({ dir });
      const second = createLocalLogProducer({ dir });
      await expect(second).rejects.toThrow(EventLogUnavailableError);
      await expect(createLocalLogProducer({ dir })).rejects.toThrow(
        new RegExp(`in use by process ${process.pid} on ${hostname()}`),
      );
      await first.close();
      const third = await createLocalLogProducer({ dir });
      await third.close();
    });
  });

  it('takes over the lock of a process that is gone', () => {
    return withTempDir(async (dir) => {
      const gone = spawnSync(process.execPath, ['-e', '']);
      expect(gone.pid).toBeGreaterThan(0);
      await writeFile(join(dir, 'LOCK'), JSON.stringify({ pid: gone.pid, host: hostname() }));
      const log = await createLocalLogProducer({ dir });
      await log.append(TOPIC, [record(0)]);
      await log.close();
    });
  });

  it('rejects appends after close, and topic names that could leave the directory', () => {
    return withTempDir(async (dir) => {
      const log = await createLocalLogProducer({ dir });
      await expect(log.append('../escape', [record(0)])).rejects.toThrow(/invalid topic name/);
      await log.close();
      await expect(log.append(TOPIC, [record(0)])).rejects.toThrow(EventLogUnavailableError);
    });
  });
});
