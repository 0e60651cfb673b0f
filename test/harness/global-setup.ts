import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startKafka } from '../../deploy/local/kafka/launcher';
import { HARNESS_ENV } from './env-names';
import { startRedis } from './redis-server';

interface Started {
  value: string;
  summary: string;
  stop?: () => Promise<void>;
}

/**
 * vitest globalSetup: real Kafka and Redis for the whole run. A server named by KAFKA_BROKERS /
 * REDIS_URL is reused; otherwise one is started here and stopped in teardown. Never skips: if a
 * server can neither be reused nor started, the run fails with what to install.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const [kafka, redis, tempRoot] = await Promise.allSettled([
    provideKafka(process.env[HARNESS_ENV.kafkaBrokers]),
    provideRedis(process.env[HARNESS_ENV.redisUrl]),
    mkdtemp(join(tmpdir(), 'proctor-test-')),
  ]);
  if (kafka.status === 'rejected' || redis.status === 'rejected' || tempRoot.status === 'rejected') {
    await Promise.allSettled([
      kafka.status === 'fulfilled' ? kafka.value.stop?.() : undefined,
      redis.status === 'fulfilled' ? redis.value.stop?.() : undefined,
      tempRoot.status === 'fulfilled' ? rm(tempRoot.value, { recursive: true, force: true }) : undefined,
    ]);
    const failed = [kafka, redis, tempRoot].find((result) => result.status === 'rejected');
    throw (failed as PromiseRejectedResult).reason;
  }

  const previous = Object.fromEntries(Object.values(HARNESS_ENV).map((name) => [name, process.env[name]]));
  // Forked test workers inherit this process's environment; provide() also reaches threads.
  process.env[HARNESS_ENV.kafkaBrokers] = kafka.value.value;
  process.env[HARNESS_ENV.redisUrl] = redis.value.value;
  process.env[HARNESS_ENV.testTempRoot] = tempRoot.value;
  project.provide('kafkaBrokers', kafka.value.value);
  project.provide('redisUrl', redis.value.value);
  project.provide('testTempRoot', tempRoot.value);
  console.log(`[test harness] ${kafka.value.summary}; ${redis.value.summary}`);

  return async () => {
    await Promise.allSettled([kafka.value.stop?.(), redis.value.stop?.()]);
    await rm(tempRoot.value, { recursive: true, force: true });
    for (const [name, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
}

async function provideKafka(configured: string | undefined): Promise<Started> {
  if (configured) return { value: configured, summary: `reusing Kafka at ${configured} (KAFKA_BROKERS)` };
  const startedAt = Date.now();
  const kafka = await startKafka();
  return {
    value: kafka.brokers,
    summary: `started Kafka at ${kafka.brokers} in ${seconds(startedAt)}`,
    stop: () => kafka.stop(),
  };
}

async function provideRedis(configured: string | undefined): Promise<Started> {
  if (configured) return { value: configured, summary: `reusing Redis at ${configured} (REDIS_URL)` };
  const startedAt = Date.now();
  const redis = await startRedis();
  return {
    value: redis.url,
    summary: `started Redis at ${redis.url} in ${seconds(startedAt)}`,
    stop: () => redis.stop(),
  };
}

function seconds(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)}s`;
}
