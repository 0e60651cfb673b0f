import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClickHouseClient } from '@proctor/audit-store';
import { describe, expect, it } from 'vitest';
import { createTopics, kafkaBrokers, tempDir, uniqueName, waitFor } from '../harness';
import {
  committedOffsets,
  demoPhi,
  demoSession,
  expectedChains,
  produceRaw,
  topicSize,
} from './ingest-harness';

const PROCTOR = fileURLToPath(new URL('../../bin/proctor.mjs', import.meta.url));

/** `proctor ingest` as its own process, the way it runs in production. */
function startIngestProcess(configFile: string, logs: string[]): ChildProcess {
  const child = spawn(process.execPath, [PROCTOR, 'ingest', '--config', configFile], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env },
  });
  child.stdout?.on('data', (chunk: Buffer) => logs.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => logs.push(chunk.toString()));
  return child;
}

describe('proctor ingest killed with SIGKILL in the middle of its work', () => {
  it('stores every event exactly once, with the content a correct ingest computes, after a restart', async () => {
    const dir = await tempDir('proctor-ingest-crash');
    const run = uniqueName('crash');
    const topics = { raw: `${run}_raw`, redacted: `${run}_redacted`, dlq: `${run}_dlq` };
    await createTopics(kafkaBrokers(), Object.values(topics), 2);
    const chdbPath = join(dir, 'chdb');
    const groupId = `${run}_ingest`;
    const configFile = join(dir, 'proctor.json');
    await writeFile(
      configFile,
      JSON.stringify({
        log: { level: 'warn' },
        eventLog: { kafka: { brokers: kafkaBrokers(), clientId: run, topics } },
        auditStore: { chdb: { path: chdbPath }, database: 'audit' },
        ingest: {
          groupId,
          maxBatchRecords: 20,
          checkpoints: { keyFile: join(dir, 'signing.json'), everyEvents: 100, topic: `${run}_checkpoints` },
        },
      }),
    );
    const sessions = Array.from({ length: 40 }, (_, i) =>
      demoSession(`${run}-s${i}`, 12, { start: i, step: 40 }),
    );
    const events = sessions.flat();
    await produceRaw(kafkaBrokers(), topics.raw, events);
    const logs: string[] = [];

    const first = startIngestProcess(configFile, logs);
    const exited = once(first, 'exit');
    // Killed as soon as some batches are committed and the rest is still being worked on.
    await waitFor(
      async () => {
        const committed = await committedOffsets(kafkaBrokers(), groupId, topics.raw);
        return committed > 0 && committed < events.length ? committed : undefined;
      },
      // Generous: a process start takes seconds, far more on a loaded machine.
      { what: 'the first ingest to commit part of the topic', timeoutMs: 150_000, intervalMs: 20 },
    ).catch((err: Error) => {
      throw new Error(`${err.message}\n${logs.join('')}`);
    });
    first.kill('SIGKILL');
    await exited;
    const atKill = await committedOffsets(kafkaBrokers(), groupId, topics.raw);
    expect(atKill).toBeLessThan(events.length);

    const second = startIngestProcess(configFile, logs);
    try {
      await waitFor(
        async () =>
          (await committedOffsets(kafkaBrokers(), groupId, topics.raw)) === events.length ? true : undefined,
        { what: 'the restarted ingest to commit everything', timeoutMs: 150_000, intervalMs: 100 },
      );
    } finally {
      const stopped = once(second, 'exit');
      second.kill('SIGTERM');
      await stopped;
    }

    // Only now is the chDB path free for this process to read.
    const client = createClickHouseClient({ chdbPath });
    try {
      const rows = await (
        await client.query({ query: 'SELECT session_id, seq, hash FROM audit.events', format: 'JSONEachRow' })
      ).json<{ session_id: string; seq: number; hash: string }>();
      const expected = await expectedChains(events);
      expect(rows).toHaveLength(events.length);
      expect(new Map(rows.map((r) => [`${r.session_id}/${r.seq}`, r.hash]))).toEqual(expected);
      const dump = await (
        await client.query({ query: 'SELECT * FROM audit.events', format: 'JSONEachRow' })
      ).text();
      for (const value of demoPhi()) expect(dump).not.toContain(value);
      const [checkpoints] = await (
        await client.query({ query: 'SELECT count() AS n FROM audit.checkpoints', format: 'JSONEachRow' })
      ).json<{ n: string }>();
      expect(Number(checkpoints?.n)).toBeGreaterThan(0);
    } finally {
      await client.close();
    }
    // Nothing was dead-lettered: a crash is not a reason to give an event up.
    expect(await topicSize(kafkaBrokers(), topics.dlq)).toBe(0);
  }, 360_000);
});
