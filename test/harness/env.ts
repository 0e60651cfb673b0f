import { inject } from 'vitest';
import { HARNESS_ENV } from './env-names';

type HarnessKey = keyof typeof HARNESS_ENV;

/** A value set by the global setup: from the environment, else from vitest's provide/inject. */
export function harnessValue(key: HarnessKey): string | undefined {
  const fromEnv = process.env[HARNESS_ENV[key]];
  if (fromEnv) return fromEnv;
  try {
    return inject(key) || undefined;
  } catch {
    // Not inside a vitest worker.
    return undefined;
  }
}

export function requireHarnessValue(key: HarnessKey): string {
  const value = harnessValue(key);
  if (!value) {
    throw new Error(
      `${HARNESS_ENV[key]} is not set: the test harness's global setup (test/harness/global-setup.ts) did not run. ` +
        'Run the tests with `npx vitest run` from the repository root, or set the variable yourself.',
    );
  }
  return value;
}

/** `KAFKA_BROKERS` as a list ("host:port,host:port"). */
export function kafkaBrokers(): string[] {
  return requireHarnessValue('kafkaBrokers')
    .split(',')
    .map((broker) => broker.trim())
    .filter(Boolean);
}

export function redisUrl(): string {
  return requireHarnessValue('redisUrl');
}
