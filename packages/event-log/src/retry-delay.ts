/** Backoff of a consumer retrying a failed batch, shared by the Kafka and local adapters. */
export interface RetryDelayOptions {
  /** Delay before the first retry (default 200 ms); doubles per retry. */
  retryInitialDelayMs?: number;
  /** Ceiling of the delay (default 10 s). */
  retryMaxDelayMs?: number;
}

/**
 * Exponential delay with equal jitter for the retry after `failures` failed attempts
 * (1 = the first failure): at least half the delay, so retries never collapse to a busy loop.
 */
export function retryDelayMs(failures: number, options: RetryDelayOptions): number {
  const initial = options.retryInitialDelayMs ?? 200;
  const max = options.retryMaxDelayMs ?? 10_000;
  const exponential = Math.min(max, initial * 2 ** Math.min(failures - 1, 30));
  return Math.round(exponential / 2 + (Math.random() * exponential) / 2);
}
