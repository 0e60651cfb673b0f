import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBullmqJobQueue } from './bullmq-job-queue';
import { JobQueueUnavailableError } from './errors';
import { defineJob } from './job-definition';
import { describeJobQueueContract, waitForJob } from './job-queue.contract';
import type { JobQueue } from './port';

const redisUrl = process.env.REDIS_URL;
if (redisUrl === undefined || redisUrl === '') {
  throw new Error(
    'REDIS_URL is not set: the bullmq job queue tests need a real Redis (the test harness provides one)',
  );
}

let admin: Redis;
const prefixes: string[] = [];

beforeAll(() => {
  admin = new Redis(redisUrl);
});

afterAll(async () => {
  // Leave the shared Redis as it was: drop every key this file created.
  for (const prefix of prefixes) {
    const keys = await admin.keys(`${prefix}:*`);
    if (keys.length > 0) await admin.del(...keys);
  }
  await admin.quit();
});

function isolatedQueue(): Promise<JobQueue> {
  const prefix = `proctor-test-${randomUUID()}`;
  prefixes.push(prefix);
  return createBullmqJobQueue({ redisUrl: redisUrl as string, prefix });
}

describeJobQueueContract('bullmq', isolatedQueue);

describe('createBullmqJobQueue', () => {
  const ping = defineJob({ name: 'test.ping', parse: (p: unknown) => p as { n: number } });

  it('keeps queues with different prefixes apart', async () => {
    const a = await isolatedQueue();
    const b = await isolatedQueue();
    try {
      const seenByB: number[] = [];
      await b.work(
        ping,
        async (p) => {
          seenByB.push(p.n);
        },
        { concurrency: 1 },
      );
      const { id } = await a.enqueue(ping, { n: 1 });
      expect(await b.getJob(id)).toBeNull();
      expect(await a.getJob(id)).toMatchObject({ state: 'waiting' });

      const { id: own } = await b.enqueue(ping, { n: 2 });
      await waitForJob(b, own);
      expect(seenByB).toEqual([2]);
      expect(await a.getJob(id)).toMatchObject({ state: 'waiting' });
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('sees jobs enqueued by another instance with the same prefix', async () => {
    const prefix = `proctor-test-${randomUUID()}`;
    prefixes.push(prefix);
    const api = await createBullmqJobQueue({ redisUrl: redisUrl as string, prefix });
    const runner = await createBullmqJobQueue({ redisUrl: redisUrl as string, prefix });
    try {
      await runner.work(ping, async (p) => p.n * 2, { concurrency: 1 });
      const { id } = await api.enqueue(ping, { n: 21 });
      expect(await waitForJob(api, id)).toMatchObject({ state: 'completed', result: 42 });
    } finally {
      await api.close();
      await runner.close();
    }
  });

  it('fails fast at start when Redis is unreachable, without printing the password', async () => {
    const started = Date.now();
    const err = await createBullmqJobQueue({
      redisUrl: 'redis://proctor:s3cret-pass@127.0.0.1:1/0',
      prefix: 'unused',
    }).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(err).toBeInstanceOf(JobQueueUnavailableError);
    const message = (err as Error).message;
    expect(message).toContain('redis://proctor:***@127.0.0.1:1/0');
    expect(message).not.toContain('s3cret-pass');
  });
});
