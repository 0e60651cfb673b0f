import { join } from 'node:path';
import { parseConfig } from '@proctor/config';
import { healthOf } from '@proctor/event-log';
import { silentLogger } from '@proctor/logger';
import { describe, expect, it } from 'vitest';
import { kafkaBrokers, tempDir, uniqueName } from '../../test/harness';
import { describeEventLog, openEventLogProducer, spoolDir } from './event-log';

describe('openEventLogProducer', () => {
  it('opens the local log with the configured durability when Kafka is not configured', async () => {
    const dir = await tempDir('runtime-log');
    const config = parseConfig({ eventLog: { local: { dir }, durability: 'process' } });
    const log = await openEventLogProducer(config, silentLogger());
    try {
      expect(healthOf(log)).toMatchObject({ ok: true, facts: { durability: 'process' } });
      expect(describeEventLog(config)).toBe(`local log ${dir} (process)`);
    } finally {
      await log.close();
    }
  });

  it('puts the spool in front of Kafka by default, and connects directly when asked', async () => {
    const dir = await tempDir('runtime-spool');
    const topics = { raw: uniqueName('rt_raw'), redacted: uniqueName('rt_red'), dlq: uniqueName('rt_dlq') };
    const config = parseConfig({
      gatewayId: 'gw-7',
      eventLog: { kafka: { brokers: kafkaBrokers(), topics }, spool: { dir: join(dir, 'spool') } },
    });
    const spooled = await openEventLogProducer(config, silentLogger());
    try {
      await spooled.append(topics.raw, [{ key: 's', value: Buffer.from('v') }]);
      expect(healthOf(spooled)).toMatchObject({
        ok: true,
        facts: { kafkaReachable: true, durability: 'fsync' },
      });
      expect(describeEventLog(config)).toContain(`via the spool ${join(dir, 'spool')}`);
    } finally {
      await spooled.close();
    }
    const direct = await openEventLogProducer(config, silentLogger(), { spool: false });
    try {
      expect(healthOf(direct).detail).toMatch(/acks=all/);
    } finally {
      await direct.close();
    }
    const unset = parseConfig({ gatewayId: 'gw-7', eventLog: { kafka: { brokers: kafkaBrokers() } } });
    expect(spoolDir(unset)).toBe(join(process.cwd(), 'data', 'spool', 'gw-7'));
  });
});
