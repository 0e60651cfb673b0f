import type { ProctorConfig } from '@proctor/config';
import { EnvelopeSealer } from './envelope-sealer';
import { RedisSessionStore } from './redis-store';

/**
 * The Redis session store when `sessions.redisUrl` (or REDIS_URL) is set, else undefined: the
 * gateway then keeps sessions in its own memory. Keys expire after twice the idle time, a
 * backstop for sessions whose gateways all went away; the idle sweep ends them before. A
 * bridged session's envelope (client text) is sealed with keys derived from
 * `enforcer.stateless.requestStateKeys`, which every gateway behind one balancer shares; without
 * them, with a key of this process (its bridged sessions are then served by it alone).
 */
export function openSharedSessionStore(
  config: Pick<ProctorConfig, 'sessions'> & {
    enforcer: Pick<ProctorConfig['enforcer'], 'sessionIdleMinutes'> & {
      stateless?: Pick<ProctorConfig['enforcer']['stateless'], 'requestStateKeys'>;
    };
  },
): RedisSessionStore | undefined {
  const { redisUrl, keyPrefix } = config.sessions;
  if (redisUrl === undefined) return undefined;
  const secrets = (config.enforcer.stateless?.requestStateKeys ?? []).map((k) => Buffer.from(k, 'utf8'));
  return new RedisSessionStore({
    redisUrl,
    keyPrefix,
    idleTtlMs: Math.ceil(config.enforcer.sessionIdleMinutes * 60_000 * 2),
    envelopeSealer: secrets.length > 0 ? new EnvelopeSealer(secrets) : EnvelopeSealer.ofRandomKey(),
  });
}
