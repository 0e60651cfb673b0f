import { join, resolve } from 'node:path';
import type { ProctorConfig } from '@proctor/config';
import {
  createKafkaConsumer,
  createKafkaProducer,
  createLocalLogConsumer,
  createLocalLogProducer,
  createSpooledKafkaLog,
  type EventLogConsumer,
  type EventLogProducer,
  ensureTopics,
} from '@proctor/event-log';
import type { Logger } from '@proctor/logger';

/**
 * Bytes ingest's consumer asks for per partition and fetch (kafkajs's default is 1 MiB: ≈1,200
 * events of 1 KB). Ingest stores a consumed batch with one INSERT per table and one chain-state
 * read, and chDB spends a fixed amount of CPU on each besides its rows (per event, an insert of
 * 250 events cost 3-6 times one of 5,000), so under a backlog larger fetches, hence larger
 * batches (at most `ingest.maxBatchRecords`), cost less CPU per event: 4 MiB took 14 % less
 * than 1 MiB in bench/pipeline.ts.
 */
export const RAW_FETCH_BYTES_PER_PARTITION = 4 * 1024 * 1024;

/** Largest audit record the topics Proctor creates accept (set only when creating them). */
const MAX_EVENT_BYTES = 16 * 1024 * 1024;

export interface Topics {
  raw: string;
  redacted: string;
  dlq: string;
}

export function topicsOf(config: ProctorConfig): Topics {
  return config.eventLog.kafka?.topics ?? config.eventLog.local.topics;
}

/** The consumer group the gateway's crash recovery reads its own log with; it also holds trimming back. */
export function recoveryGroupOf(gatewayId: string): string {
  return `proctor-gateway-recovery.${gatewayId}`;
}

/** Describes where events go, for start-up messages. */
export function describeEventLog(config: ProctorConfig): string {
  const { kafka, spool, durability } = config.eventLog;
  if (!kafka) return `local log ${resolve(config.eventLog.local.dir)} (${durability})`;
  const brokers = `Kafka ${kafka.brokers.join(',')}`;
  return spool.enabled ? `${brokers} via the spool ${spoolDir(config)} (${durability})` : brokers;
}

/**
 * Kafka when brokers are configured, else the local append-only log (the embedded default).
 * With Kafka, appends go to the spool in front of it unless `eventLog.spool.enabled` is false
 * or the caller asks for Kafka directly (`spool: false`: a separate ingest process, whose
 * output must not compete with the gateway for the spool directory's lock).
 */
export async function openEventLogProducer(
  config: ProctorConfig,
  logger: Logger,
  options: { spool?: boolean } = {},
): Promise<EventLogProducer> {
  const { kafka, durability, segmentBytes, spool } = config.eventLog;
  if (!kafka) {
    return createLocalLogProducer({
      dir: resolve(config.eventLog.local.dir),
      durability,
      segmentBytes,
      // Raw-topic segments go once ingest committed past them, and the gateway's crash-recovery
      // checkpoint covers them.
      retainUntilConsumedBy: [config.ingest.groupId],
      holdDeletionFor: [recoveryGroupOf(config.gatewayId)],
      logger,
    });
  }
  const connectKafka = () => connectKafkaProducer(config, logger);
  if (!spool.enabled || options.spool === false) return connectKafka();
  return createSpooledKafkaLog({
    dir: spoolDir(config),
    durability,
    segmentBytes,
    maxBytes: spool.maxBytes,
    connectKafka,
    // A wrong broker list fails the start; outages after it are what the spool covers.
    connectAtStart: true,
    holdDeletionFor: [recoveryGroupOf(config.gatewayId)],
    logger,
  });
}

/** One spool per gateway: `eventLog.spool.dir`, else ./data/spool/<gatewayId>. */
export function spoolDir(config: ProctorConfig): string {
  return resolve(config.eventLog.spool.dir ?? join('data', 'spool', config.gatewayId));
}

/** A Kafka producer (acks=all, group commit) with the configured topics ensured. */
async function connectKafkaProducer(config: ProctorConfig, logger: Logger): Promise<EventLogProducer> {
  const kafka = config.eventLog.kafka;
  if (!kafka) throw new Error('no Kafka brokers configured');
  const producer = await createKafkaProducer({
    brokers: kafka.brokers,
    clientId: kafka.clientId,
    connectTimeoutMs: kafka.connectTimeoutMs,
    logger,
  });
  try {
    await ensureTopics({
      brokers: kafka.brokers,
      // Frames may be as large as enforcer.maxBodyBytes; the broker's default cap is 1 MiB.
      topics: Object.values(kafka.topics).map((name) => ({
        name,
        config: { 'max.message.bytes': String(MAX_EVENT_BYTES) },
      })),
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
  return createKafkaConsumer({
    brokers: kafka.brokers,
    clientId: `${kafka.clientId}-ingest`,
    // Two partitions at once: one batch is masked in ingest's prepare workers while another is
    // chained, stored and produced on the main thread (order is per partition either way).
    partitionsConsumedConcurrently: 2,
    fetch: { maxBytesPerPartition: RAW_FETCH_BYTES_PER_PARTITION },
    ...common,
  });
}

/**
 * Every topic ingest reads or writes, created on Kafka like the gateway's: the raw topic may
 * not exist yet when ingest subscribes (the gateway's spool connects in the background), and
 * the checkpoint and OCSF topics are ingest's alone.
 */
export async function ensureIngestTopics(config: ProctorConfig): Promise<void> {
  const kafka = config.eventLog.kafka;
  if (!kafka) return;
  const names = [
    ...Object.values(kafka.topics),
    config.ingest.checkpoints.topic,
    config.ingest.ocsfTopic,
  ].filter((name): name is string => name !== undefined);
  await ensureTopics({
    brokers: kafka.brokers,
    topics: names.map((name) => ({ name, config: { 'max.message.bytes': String(MAX_EVENT_BYTES) } })),
  });
}
