export { createKafkaConsumer, type KafkaConsumerOptions } from './kafka-consumer';
export { createKafkaProducer, type KafkaEventLogProducer, type KafkaProducerOptions } from './kafka-producer';
export { type EnsureTopicsOptions, ensureTopics, type TopicSpec } from './kafka-topics';
export {
  createLocalLogConsumer,
  type LocalLogConsumer,
  type LocalLogConsumerOptions,
} from './local-consumer';
export {
  createLocalLogProducer,
  DEFAULT_SEGMENT_BYTES,
  type LocalLogOptions,
  type LocalLogProducer,
} from './local-log';
export { readCommittedOffset, writeCommittedOffset } from './local-segment';
export { type LogFileSystem, nodeFileSystem } from './log-file-system';
export {
  type BatchHandler,
  type ConsumedBatch,
  type ConsumedRecord,
  type ConsumerOptions,
  type Durability,
  type EventLogConsumer,
  EventLogFullError,
  type EventLogHealth,
  type EventLogProducer,
  EventLogUnavailableError,
  healthOf,
  type LogRecord,
} from './port';
export {
  createSpooledKafkaLog,
  SHIPPER_GROUP,
  type SpooledKafkaLog,
  type SpoolOptions,
  type SpoolStats,
} from './spool';
export { AUDIT_TOPICS, type AuditTopic } from './topics';
