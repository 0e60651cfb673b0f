import { GatewayError } from './errors';

export interface RateLimit {
  /** Sustained requests per second per identity; 0 turns the limit off. */
  perSecond: number;
  /** Requests an identity may send at once above the sustained rate. */
  burst: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/** A token bucket per identity key. Buckets of quiet identities are dropped as they refill. */
export class IdentityRateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one token, or throws RATE_LIMITED with a Retry-After. */
  take(identityKey: string): void {
    if (this.limit.perSecond <= 0) return;
    const now = this.now();
    const bucket = this.buckets.get(identityKey) ?? { tokens: this.limit.burst, at: now };
    bucket.tokens = Math.min(
      this.limit.burst,
      bucket.tokens + ((now - bucket.at) / 1000) * this.limit.perSecond,
    );
    bucket.at = now;
    if (bucket.tokens < 1) {
      this.buckets.set(identityKey, bucket);
      const waitSeconds = Math.max(1, Math.ceil((1 - bucket.tokens) / this.limit.perSecond));
      throw new GatewayError('RATE_LIMITED', 'too many requests from this identity; retry later', {
        headers: { 'retry-after': String(waitSeconds) },
      });
    }
    bucket.tokens -= 1;
    if (bucket.tokens >= this.limit.burst - 1 && this.buckets.size > 10_000) this.buckets.delete(identityKey);
    else this.buckets.set(identityKey, bucket);
  }
}
