export interface WaitForOptions {
  /** What is being waited for, for the timeout message ("3 records in ClickHouse"). */
  what: string;
  timeoutMs?: number;
  intervalMs?: number;
}

/**
 * Polls `fn` until it returns something other than undefined, for eventually consistent
 * state; tests use this instead of sleeping. The last error `fn` threw is kept for the
 * timeout message.
 */
export async function waitFor<T>(fn: () => Promise<T | undefined>, options: WaitForOptions): Promise<T> {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const intervalMs = options.intervalMs ?? 50;
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await fn();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) break;
    await new Promise((resolve) =>
      setTimeout(resolve, Math.min(intervalMs, Math.max(0, deadline - Date.now()))),
    );
  }
  const detail = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${options.what}${detail}`);
}
