/**
 * A real Redis for a test file (the test harness provides one through REDIS_URL), with key
 * prefixes of its own: every key a test writes under one is dropped when the file ends, so the
 * shared Redis is left as it was.
 */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll } from 'vitest';

export interface RedisTestSpace {
  readonly redisUrl: string;
  /** A plain client, to read what the code under test wrote. */
  admin(): Redis;
  /** A new prefix, cleaned up after the file. */
  isolatedPrefix(): string;
}

/** Registers the file's hooks; `what` names the tests in the error when REDIS_URL is unset. */
export function useRedisTestSpace(what: string, stem: string): RedisTestSpace {
  const redisUrl = process.env.REDIS_URL;
  if (redisUrl === undefined || redisUrl === '') {
    throw new Error(`REDIS_URL is not set: ${what} need a real Redis (the test harness provides one)`);
  }
  let admin: Redis | undefined;
  const prefixes: string[] = [];
  beforeAll(() => {
    admin = new Redis(redisUrl);
  });
  afterAll(async () => {
    if (admin === undefined) return;
    for (const prefix of prefixes) {
      const keys = await admin.keys(`${prefix}:*`);
      if (keys.length > 0) await admin.del(...keys);
    }
    await admin.quit();
  });
  return {
    redisUrl,
    admin() {
      if (admin === undefined) throw new Error('the Redis test client is made before the first test');
      return admin;
    },
    isolatedPrefix() {
      const prefix = `${stem}-${randomUUID()}`;
      prefixes.push(prefix);
      return prefix;
    },
  };
}
