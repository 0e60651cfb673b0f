import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createLocalLogProducer } from './local-log';
import { collectingConsumer, waitFor, withTempDir } from './local-log.test-support';

const runTs = fileURLToPath(new URL('../../../bin/run-ts.mjs', import.meta.url));
const fixture = fileURLToPath(new URL('./local-log-writer.fixture.ts', import.meta.url));
const TOPIC = 'proctor.audit.raw.v1';

describe('local event log with process durability', () => {
  it('keeps every append that resolved before a kill -9 of the writing process', () => {
    return withTempDir(async (dir) => {
      const child = spawn(process.execPath, [runTs, fixture, dir, TOPIC], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      const exited = new Promise((resolve) => child.once('exit', resolve));
      const acknowledged: string[] = [];
      let ready = false;
      createInterface({ input: child.stdout }).on('line', (line) => {
        if (line === 'ready') ready = true;
        else acknowledged.push(line);
      });
      await waitFor(() => ready, 40_000);
      await waitFor(() => acknowledged.length >= 500, 15_000);
      child.kill('SIGKILL');
      await exited;
      const seen = acknowledged.length;

      // Reopening takes the dead process's lock over and recovers the tail.
      const log = await createLocalLogProducer({ dir, durability: 'process' });
      await log.append(TOPIC, [{ key: 'after', value: Buffer.from('after-restart') }]);
      const { consumer, received } = await collectingConsumer({
        dir,
        groupId: 'check',
        topic: TOPIC,
        maxBatchRecords: 5_000,
      });
      await waitFor(() => received.at(-1)?.value.toString() === 'after-restart', 10_000);
      await consumer.stop();
      await log.close();

      const present = received.slice(0, -1).map((r) => r.value.toString().replace(/\.+$/, ''));
      const presentSet = new Set(present);
      expect(presentSet.size).toBe(present.length);
      const missing = acknowledged.slice(0, seen).filter((name) => !presentSet.has(name));
      expect(missing).toEqual([]);
      // Each writer's records are in the order it made them, with no holes before its last.
      for (let id = 0; id < 8; id++) {
        const seqs = present
          .filter((name) => name.startsWith(`${id}:`))
          .map((name) => Number(name.split(':')[1]));
        expect(seqs).toEqual(seqs.map((_, i) => i));
      }
    });
  });
});
