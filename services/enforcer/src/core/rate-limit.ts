import { KeyedRateLimiter, type RateLimit } from '@proctor/identity';
import { GatewayError } from './errors';

export type { RateLimit } from '@proctor/identity';

/** A token bucket per identity key. Buckets of quiet identities are dropped as they refill. */
export class IdentityRateLimiter {
  private readonly buckets: KeyedRateLimiter;

  constructor(limit: RateLimit, now: () => number = Date.now) {
    this.buckets = new KeyedRateLimiter(limit, now);
  }

  /** Takes one token, or throws RATE_LIMITED with a Retry-After. */
  take(identityKey: string): void {
    const waitSeconds = this.buckets.take(identityKey);
    if (waitSeconds === undefined) return;
    throw new GatewayError('RATE_LIMITED', 'too many requests from this identity; retry later', {
      headers: { 'retry-after': String(waitSeconds) },
    });
  }
}
