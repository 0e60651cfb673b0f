/**
 * Refused requests per source address: each takes a token of the address's bucket (a
 * KeyedRateLimiter, as the gateway's per-identity limit). The audit API answers an address out
 * of tokens 429 with Retry-After before its token is even looked at, so guessing tokens, or
 * filling the audit trail with refusals kept for years, goes no faster than the limit; the
 * gateway answers it as before but records no more of its refusals. The first refusal of each
 * such period is recorded (the audit API's as `rate_limited`, the gateway's as
 * `too_many_refusals`); the ones after it within the period are not, or the flood the limit
 * stops would reach the store anyway.
 */
import { KeyedRateLimiter, type RateLimit } from './rate-limiter';

/** Addresses remembered as recorded; beyond this many, the expired ones are forgotten. */
const KEPT_ADDRESSES = 10_000;

export interface Blocked {
  retryAfterSeconds: number;
  /** Whether this is the period's first 429, to be recorded. */
  record: boolean;
}

export class RefusalLimit {
  private readonly buckets: KeyedRateLimiter;
  /** Per blocked address, until when (ms) its 429s are already recorded. */
  private readonly recordedUntil = new Map<string, number>();

  constructor(
    limit: RateLimit,
    private readonly now: () => number = Date.now,
  ) {
    this.buckets = new KeyedRateLimiter(limit, now);
  }

  /** Whether the address must wait before it is heard again, and for how long. */
  blocked(address: string): Blocked | undefined {
    const wait = this.buckets.wait(address);
    if (wait === undefined) return undefined;
    const now = this.now();
    const until = this.recordedUntil.get(address);
    const record = until === undefined || until <= now;
    if (record) {
      if (this.recordedUntil.size >= KEPT_ADDRESSES) {
        for (const [key, end] of this.recordedUntil) if (end <= now) this.recordedUntil.delete(key);
      }
      this.recordedUntil.set(address, now + wait * 1000);
    }
    return { retryAfterSeconds: wait, record };
  }

  /** Counts a refused request of the address. */
  refused(address: string): void {
    this.buckets.take(address);
  }
}
