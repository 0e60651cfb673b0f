import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLocalLogProducer } from './local-log';
import { withTempDir } from './local-log.test-support';
import { encodeRecord } from './local-record-format';
import { readCommittedOffset, writeCommittedOffset } from './local-segment';
import type { LogRecord } from './port';

const TOPIC = 'proctor.audit.raw.v1';

const record = (n: number): LogRecord => ({
  key: 'session-1',
  value: Buffer.from(`n-${String(n).padStart(4, '0')}`),
});
const frameBytes = encodeRecord(record(0)).length;

async function segmentCount(dir: string): Promise<number> {
  return (await readdir(join(dir, 'segments', TOPIC))).filter((name) => name.endsWith('.log')).length;
}

/** A log of four segments, four records each, retained for 'shipper' and held for 'recovery'. */
async function sixteenRecordsIn(dir: string) {
  const log = await createLocalLogProducer({
    dir,
    durability: 'process',
    segmentBytes: 4 * frameBytes,
    retainUntilConsumedBy: ['shipper'],
    holdDeletionFor: ['recovery'],
    maintenanceIntervalMs: 60_000,
  });
  for (let n = 0; n < 16; n++) await log.append(TOPIC, [record(n)]);
  return log;
}

describe('local event log: groups that hold deletion back', () => {
  it('keeps segments a committed hold group has not passed, without counting them as unconsumed', () => {
    return withTempDir(async (dir) => {
      const log = await sixteenRecordsIn(dir);
      expect(await segmentCount(dir)).toBe(4);
      const end = log.acknowledgedEnd(TOPIC) as number;

      // The hold group stands at the second segment: the first one goes, the rest stay.
      await writeCommittedOffset(dir, TOPIC, 'recovery', 5 * frameBytes);
      expect(await readCommittedOffset(dir, TOPIC, 'recovery')).toBe(5 * frameBytes);
      await writeCommittedOffset(dir, TOPIC, 'shipper', end);
      await log.maintain();
      await new Promise((r) => setTimeout(r, 50));
      expect(await segmentCount(dir)).toBe(3);
      expect(log.unconsumedBytes(TOPIC)).toBe(0);

      // Once it moves on, deletion follows.
      await writeCommittedOffset(dir, TOPIC, 'recovery', end);
      await log.maintain();
      await new Promise((r) => setTimeout(r, 50));
      expect(await segmentCount(dir)).toBe(1);
      await log.close();
    });
  });

  it('holds nothing back for a hold group that never committed', () => {
    return withTempDir(async (dir) => {
      const log = await sixteenRecordsIn(dir);
      await writeCommittedOffset(dir, TOPIC, 'shipper', log.acknowledgedEnd(TOPIC) as number);
      await log.maintain();
      await new Promise((r) => setTimeout(r, 50));
      expect(await segmentCount(dir)).toBe(1);
      await log.close();
    });
  });
});
