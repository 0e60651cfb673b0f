import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { EnvelopeSealer } from './envelope-sealer';
import type { TaskOrigin, TaskOriginStore } from './task-origins';

/**
 * Task origins in the Redis the gateways share sessions in: a task created through one gateway
 * is decided as its tool call on every other. The key is a digest of the task key (it names a
 * connection, an identity and a task id); the value, the tool call with its arguments (which may
 * hold PHI), is sealed like a bridged session's envelope and bound to the task key, so it opens
 * only for that task. It expires with the task.
 */
export class RedisTaskOrigins implements TaskOriginStore {
  constructor(
    private readonly options: {
      redis: Pick<Redis, 'set' | 'get'>;
      keyPrefix: string;
      sealer: EnvelopeSealer;
      /** Redis failures become the session store's typed error. */
      call: <T>(run: () => Promise<T>) => Promise<T>;
    },
  ) {}

  async remember(key: string, origin: TaskOrigin, ttlMs: number): Promise<void> {
    const sealed = this.options.sealer.seal(JSON.stringify(origin), key);
    await this.options.call(() => this.options.redis.set(this.redisKey(key), sealed, 'PX', ttlMs));
  }

  /** The origin, or null: unknown, expired, or sealed by a gateway with other secrets. */
  async lookUp(key: string): Promise<TaskOrigin | null> {
    const value = await this.options.call(() => this.options.redis.get(this.redisKey(key)));
    const text = value === null ? null : this.options.sealer.open(value, key);
    return text === null ? null : (JSON.parse(text) as TaskOrigin);
  }

  private redisKey(key: string): string {
    return `${this.options.keyPrefix}:task:${createHash('sha256').update(key).digest('base64url')}`;
  }
}
