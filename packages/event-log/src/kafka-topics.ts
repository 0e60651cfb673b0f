import type { Logger } from '@proctor/logger';
import { connectWithin, createKafkaClient, describeBrokers, errorCode, messageOf } from './kafka-connection';
import { EventLogUnavailableError } from './port';

export interface TopicSpec {
  name: string;
  /** Default: the broker's num.partitions. */
  partitions?: number;
  /** Default: the broker's default.replication.factor. */
  replicationFactor?: number;
  /** Topic-level settings, e.g. `{ 'retention.ms': '604800000' }`. */
  config?: Record<string, string>;
}

export interface EnsureTopicsOptions {
  brokers: string[];
  topics: TopicSpec[];
  clientId?: string;
  connectTimeoutMs?: number;
  logger?: Logger;
}

/**
 * Creates the topics that do not exist yet and waits until they have leaders, so records can
 * be produced right away. Idempotent: existing topics are left as they are (also when another
 * process creates them at the same moment). Resolves with the names it created.
 */
export async function ensureTopics(options: EnsureTopicsOptions): Promise<string[]> {
  const kafka = createKafkaClient({ ...options, clientId: options.clientId ?? 'proctor-topic-admin' });
  const admin = kafka.admin();
  await connectWithin(
    () => admin.connect(),
    () => admin.disconnect(),
    options,
  );
  try {
    const existing = new Set(await admin.listTopics());
    const missing = options.topics.filter((topic) => !existing.has(topic.name));
    if (missing.length === 0) return [];
    await admin.createTopics({
      waitForLeaders: true,
      topics: missing.map((topic) => ({
        topic: topic.name,
        numPartitions: topic.partitions ?? -1,
        replicationFactor: topic.replicationFactor ?? -1,
        configEntries: Object.entries(topic.config ?? {}).map(([name, value]) => ({ name, value })),
      })),
    });
    options.logger?.info({ topics: missing.map((topic) => topic.name) }, 'created Kafka topics');
    return missing.map((topic) => topic.name);
  } catch (error) {
    throw new EventLogUnavailableError(
      `could not create Kafka topics on ${describeBrokers(options.brokers)} (${errorCode(error)}: ${messageOf(error)})`,
      { cause: error },
    );
  } finally {
    await admin.disconnect().catch(() => {});
  }
}
