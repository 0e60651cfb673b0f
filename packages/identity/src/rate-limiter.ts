/**
 * A token bucket per key (an identity, a source address): the limit the gateway puts on each
 * identity's requests and the audit API on each address's refused requests.
 */

export interface RateLimit {
  /** Sustained tokens per second per key; 0 turns the limit off. */
  perSecond: number;
  /** Tokens a key may spend at once above the sustained rate. */
  burst: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/** Buckets kept beyond this many are dropped as soon as they are full again. */
const KEPT_BUCKETS = 10_000;

export class KeyedRateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one of the key's tokens: undefined when it had one, else the seconds until it has one. */
  take(key: string): number | undefined {
    if (this.limit.perSecond <= 0) return undefined;
    const bucket = this.refilled(key);
    if (bucket.tokens < 1) {
      this.buckets.set(key, bucket);
      return this.waitSeconds(bucket);
    }
    bucket.tokens -= 1;
    if (bucket.tokens >= this.limit.burst - 1 && this.buckets.size > KEPT_BUCKETS) this.buckets.delete(key);
    else this.buckets.set(key, bucket);
    return undefined;
  }

  /** Without taking one: undefined when the key has a token, else the seconds until it has one. */
  wait(key: string): number | undefined {
    if (this.limit.perSecond <= 0 || !this.buckets.has(key)) return undefined;
    const bucket = this.refilled(key);
    this.buckets.set(key, bucket);
    return bucket.tokens < 1 ? this.waitSeconds(bucket) : undefined;
  }

  private refilled(key: string): Bucket {
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.limit.burst, at: now };
    bucket.tokens = Math.min(
      this.limit.burst,
      bucket.tokens + ((now - bucket.at) / 1000) * this.limit.perSecond,
    );
    bucket.at = now;
    return bucket;
  }

  private waitSeconds(bucket: Bucket): number {
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.limit.perSecond));
  }
}
