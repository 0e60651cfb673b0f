import { describe, expect, it } from 'vitest';
import { EnvelopeSealer } from './envelope-sealer';
import { RedisSessionStore } from './redis-store';
import { useRedisTestSpace } from './redis-test-space';
import { DEFAULT_TASK_TTL_MS, MAX_TASK_TTL_MS, MemoryTaskOrigins, taskOriginTtl } from './task-origins';
import { describeTaskOriginsContract, SYNTHETIC_ORIGIN, syntheticTaskKey } from './task-origins.contract';

const redis = useRedisTestSpace('the Redis task origin tests', 'proctor-test-tasks');
const redisUrl = redis.redisUrl;
const isolatedPrefix = (): string => redis.isolatedPrefix();

const SHARED_SECRETS = [Buffer.from('t'.repeat(32))];

function redisSessions(keyPrefix: string, secrets = SHARED_SECRETS): RedisSessionStore {
  return new RedisSessionStore({
    redisUrl,
    keyPrefix,
    idleTtlMs: 60_000,
    envelopeSealer: new EnvelopeSealer(secrets),
  });
}

/** Two gateways' session stores on one Redis prefix, and their task origins. */
function twoGateways(prefix: string, peerSecrets = SHARED_SECRETS) {
  const a = redisSessions(prefix);
  const b = redisSessions(prefix, peerSecrets);
  return {
    store: a.taskOrigins(),
    peer: b.taskOrigins(),
    close: async () => void (await Promise.all([a.close(), b.close()])),
  };
}

describeTaskOriginsContract('memory', async () => {
  const store = new MemoryTaskOrigins();
  return { store, peer: store, close: async () => undefined };
});

describeTaskOriginsContract('redis', async () => twoGateways(isolatedPrefix()));

describe('task origins in Redis', () => {
  it('rest sealed under a digest of the task key: no identity, tool or argument in clear', async () => {
    const prefix = isolatedPrefix();
    const gateways = twoGateways(prefix);
    try {
      await gateways.store.remember(
        syntheticTaskKey('alice@example.com', 'task-at-rest'),
        SYNTHETIC_ORIGIN,
        60_000,
      );
      const keys = await redis.admin().keys(`${prefix}:*`);
      expect(keys).toHaveLength(1);
      const [key] = keys as [string];
      expect(key).not.toContain('alice');
      expect(key).not.toContain('task-at-rest');
      const value = (await redis.admin().get(key)) as string;
      expect(value.startsWith('pse1.')).toBe(true);
      for (const clear of ['chart_task', 'MRN-000-TEST', 'synthetic']) expect(value).not.toContain(clear);
      const ttl = await redis.admin().pttl(key);
      expect(ttl).toBeGreaterThan(50_000);
      expect(ttl).toBeLessThanOrEqual(60_000);
    } finally {
      await gateways.close();
    }
  });

  it('open only for the task they were sealed for, and only with the deployment secrets', async () => {
    const prefix = isolatedPrefix();
    const key = syntheticTaskKey('alice@example.com', 'task-moved');
    const other = twoGateways(prefix, [Buffer.from('o'.repeat(32))]);
    try {
      await other.store.remember(key, SYNTHETIC_ORIGIN, 60_000);
      // A gateway with other secrets cannot open it: to it the task is unknown.
      expect(await other.peer.lookUp(key)).toBeNull();
      // A sealed value copied under another caller's task key does not open there.
      const [stored] = (await redis.admin().keys(`${prefix}:*`)) as [string];
      const bobKey = syntheticTaskKey('bob@example.com', 'task-moved');
      await other.store.remember(bobKey, { toolName: 'placeholder', arguments: null }, 60_000);
      const bobStored = (await redis.admin().keys(`${prefix}:*`)).find((k) => k !== stored) as string;
      await redis.admin().set(bobStored, (await redis.admin().get(stored)) as string);
      expect(await other.store.lookUp(bobKey)).toBeNull();
      expect(await other.store.lookUp(key)).toEqual(SYNTHETIC_ORIGIN);
    } finally {
      await other.close();
    }
  });
});

describe('task origins in memory', () => {
  it('keep at most their bound: the oldest task goes first', async () => {
    const store = new MemoryTaskOrigins(Date.now, 2);
    const keys = ['t1', 't2', 't3'].map((id) => syntheticTaskKey('alice@example.com', id));
    for (const key of keys) await store.remember(key, SYNTHETIC_ORIGIN, 60_000);
    expect(await store.lookUp(keys[0] as string)).toBeNull();
    expect(await store.lookUp(keys[1] as string)).toEqual(SYNTHETIC_ORIGIN);
    expect(await store.lookUp(keys[2] as string)).toEqual(SYNTHETIC_ORIGIN);
  });
});

describe('taskOriginTtl', () => {
  it("is the task's ttl when it gives one, bounded, else a day", () => {
    expect(taskOriginTtl(60_000)).toBe(60_000);
    expect(taskOriginTtl(null)).toBe(DEFAULT_TASK_TTL_MS);
    expect(taskOriginTtl(undefined)).toBe(DEFAULT_TASK_TTL_MS);
    expect(taskOriginTtl(-5)).toBe(DEFAULT_TASK_TTL_MS);
    expect(taskOriginTtl(Number.POSITIVE_INFINITY)).toBe(DEFAULT_TASK_TTL_MS);
    expect(taskOriginTtl(MAX_TASK_TTL_MS * 10)).toBe(MAX_TASK_TTL_MS);
  });
});
