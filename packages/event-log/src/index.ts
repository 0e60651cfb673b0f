export { createKafkaConsumer, type KafkaConsumerOptions } from './kafka-consumer';
export { createKafkaProducer, type KafkaEventLogProducer, type KafkaProducerOptions } from './kafka-producer';
export { type EnsureTopicsOptions, ensureTopics, type TopicSpec } from './kafka-topics';
export { createLocalLogConsumer, type LocalLogConsumerOptions } from './local-consumer';
export { createLocalLogProducer, type LocalLogOptions, type LocalLogProducer } from './local-log';
export {
  type BatchHandler,
  type ConsumedBatch,
  type ConsumedRecord,
  type ConsumerOptions,
  type EventLogConsumer,
  type EventLogProducer,
  EventLogUnavailableError,
  type LogRecord,
} from './port';
export { AUDIT_TOPICS, type AuditTopic } from './topics';
