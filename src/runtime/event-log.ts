import { resolve } from 'node:path';
import type { ProctorConfig } from '@proctor/config';
import {
  createKafkaConsumer,
  createKafkaProducer,
  createLocalLogConsumer,
  createLocalLogProducer,
  type EventLogConsumer,
  type EventLogProducer,
  ensureTopics,
} from '@proctor/event-log';
import type { Logger } from '@proctor/logger';

export interface Topics {
  raw: string;
  redacted: string;
  dlq: string;
}

export function topicsOf(config: ProctorConfig): Topics {
  return config.eventLog.kafka?.topics ?? config.eventLog.local.topics;
}

/** Describes where events go, for start-up messages. */
export function describeEventLog(config: ProctorConfig): string {
  const kafka = config.eventLog.kafka;
  return kafka ? `Kafka ${kafka.brokers.join(',')}` : `local log ${resolve(config.eventLog.local.dir)}`;
}

/** Kafka when brokers are configured, else the local append-only log (the embedded default). */
export async function openEventLogProducer(config: ProctorConfig, logger: Logger): Promise<EventLogProducer> {
  const kafka = config.eventLog.kafka;
  if (!kafka) return createLocalLogProducer({ dir: resolve(config.eventLog.local.dir), logger });
  const producer = await createKafkaProducer({
    brokers: kafka.brokers,
    clientId: kafka.clientId,
    connectTimeoutMs: kafka.connectTimeoutMs,
    logger,
  });
  try {
    await ensureTopics({
      brokers: kafka.brokers,
      topics: Object.values(kafka.topics).map((name) => ({ name })),
    });
  } catch (err) {
    await producer.close();
    throw err;
  }
  return producer;
}

export function openRawTopicConsumer(config: ProctorConfig, logger: Logger): EventLogConsumer {
  const kafka = config.eventLog.kafka;
  const topic = topicsOf(config).raw;
  const common = {
    groupId: config.ingest.groupId,
    topic,
    fromBeginning: true,
    maxBatchRecords: config.ingest.maxBatchRecords,
    logger,
  };
  if (!kafka) return createLocalLogConsumer({ dir: resolve(config.eventLog.local.dir), ...common });
  return createKafkaConsumer({ brokers: kafka.brokers, clientId: `${kafka.clientId}-ingest`, ...common });
}
