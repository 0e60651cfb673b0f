import type { ProctorConfig } from '@proctor/config';
import { RedisSessionStore } from './redis-store';

/**
 * The Redis session store when `sessions.redisUrl` (or REDIS_URL) is set, else undefined: the
 * gateway then keeps sessions in its own memory. Keys expire after twice the idle time, a
 * backstop for sessions whose gateways all went away; the idle sweep ends them before.
 */
export function openSharedSessionStore(
  config: Pick<ProctorConfig, 'sessions'> & {
    enforcer: Pick<ProctorConfig['enforcer'], 'sessionIdleMinutes'>;
  },
): RedisSessionStore | undefined {
  const { redisUrl, keyPrefix } = config.sessions;
  if (redisUrl === undefined) return undefined;
  return new RedisSessionStore({
    redisUrl,
    keyPrefix,
    idleTtlMs: Math.ceil(config.enforcer.sessionIdleMinutes * 60_000 * 2),
  });
}
