import { silentLogger } from '@proctor/logger';
import { type Message, Partitioners, type Producer } from 'kafkajs';
import {
  connectWithin,
  createKafkaClient,
  describeBrokers,
  errorCode,
  type KafkaConnectionOptions,
  messageOf,
} from './kafka-connection';
import { type EventLogHealth, type EventLogProducer, EventLogUnavailableError, type LogRecord } from './port';

export interface KafkaProducerOptions extends KafkaConnectionOptions {
  /**
   * Most bytes (keys, values, headers) in one group-committed send. Kept under the broker's
   * message.max.bytes (1 MiB by default), which bounds each partition's record batch.
   * A single append larger than this is still sent, alone. Default 768 KiB.
   */
  maxBatchBytes?: number;
  /** How long the broker may wait for the in-sync replicas before failing a send (default 10 s). */
  ackTimeoutMs?: number;
}

export interface KafkaProducerStats {
  /** Sends made to Kafka; each carries every append queued while the previous one was in flight. */
  sends: number;
  records: number;
}

export interface KafkaEventLogProducer extends EventLogProducer {
  stats(): KafkaProducerStats;
  health(): EventLogHealth;
}

/**
 * Connects at creation and rejects with EventLogUnavailableError if Kafka cannot be reached
 * within `connectTimeoutMs`.
 */
export async function createKafkaProducer(options: KafkaProducerOptions): Promise<KafkaEventLogProducer> {
  const kafka = createKafkaClient(options);
  const producer = kafka.producer({
    // Java-compatible murmur2 on the key: one session id, one partition. Passing it
    // explicitly also silences kafkajs's "default partitioner changed" warning.
    createPartitioner: Partitioners.DefaultPartitioner,
    allowAutoTopicCreation: false,
    maxInFlightRequests: 1,
  });
  await connectWithin(
    () => producer.connect(),
    () => producer.disconnect(),
    options,
  );
  return new GroupCommitProducer(producer, options);
}

interface PendingAppend {
  topic: string;
  records: LogRecord[];
  bytes: number;
  resolve: () => void;
  reject: (error: Error) => void;
}

/**
 * Group commit: one send in flight at a time (so appends reach Kafka in call order), and every
 * append made meanwhile waits in the queue and goes out together in the next send. Awaiting a
 * send per append would cap throughput at a few thousand records per second.
 */
class GroupCommitProducer implements KafkaEventLogProducer {
  private readonly queue: PendingAppend[] = [];
  private draining: Promise<void> | undefined;
  private closing: Promise<void> | undefined;
  private readonly counters: KafkaProducerStats = { sends: 0, records: 0 };
  /** The last failed send, cleared by the next one that succeeds. */
  private failure: { code: string; since: number } | undefined;
  private readonly maxBatchBytes: number;
  private readonly ackTimeoutMs: number;
  private readonly logger;

  constructor(
    private readonly producer: Producer,
    private readonly options: KafkaProducerOptions,
  ) {
    this.maxBatchBytes = options.maxBatchBytes ?? 768 * 1024;
    this.ackTimeoutMs = options.ackTimeoutMs ?? 10_000;
    this.logger = options.logger ?? silentLogger();
  }

  append(topic: string, records: LogRecord[]): Promise<void> {
    if (this.closing) {
      return Promise.reject(new EventLogUnavailableError('the Kafka producer is closed'));
    }
    if (records.length === 0) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ topic, records, bytes: sizeOf(records), resolve, reject });
      // Start on a microtask so appends made in the same tick share the first send too.
      this.draining ??= Promise.resolve().then(() => this.drain());
    });
  }

  stats(): KafkaProducerStats {
    return { ...this.counters };
  }

  health(): EventLogHealth {
    const brokers = describeBrokers(this.options.brokers);
    if (this.closing) return { ok: false, detail: 'the Kafka producer is closed' };
    if (this.failure) {
      return {
        ok: false,
        detail: `Kafka at ${brokers} refused the last send (${this.failure.code}) since ${new Date(this.failure.since).toISOString()}`,
        facts: { failure: this.failure.code },
      };
    }
    return { ok: true, detail: `Kafka at ${brokers} (acks=all)` };
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      await this.draining;
      await this.producer.disconnect();
    })();
    return this.closing;
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.takeBatch();
      try {
        await this.send(batch);
        this.failure = undefined;
        for (const pending of batch) pending.resolve();
      } catch (error) {
        this.failure ??= { code: errorCode(error), since: Date.now() };
        const count = batch.reduce((sum, pending) => sum + pending.records.length, 0);
        this.logger.error(
          { code: errorCode(error), records: count, brokers: describeBrokers(this.options.brokers) },
          'Kafka did not accept a batch of records',
        );
        const failure = new EventLogUnavailableError(
          `Kafka at ${describeBrokers(this.options.brokers)} did not accept ${count} record(s) (${errorCode(error)}: ${messageOf(error)})`,
          { cause: error },
        );
        for (const pending of batch) pending.reject(failure);
      }
    }
    this.draining = undefined;
  }

  /** The longest prefix of the queue within maxBatchBytes (at least one append). */
  private takeBatch(): PendingAppend[] {
    let bytes = 0;
    let count = 0;
    for (const pending of this.queue) {
      if (count > 0 && bytes + pending.bytes > this.maxBatchBytes) break;
      bytes += pending.bytes;
      count++;
    }
    return this.queue.splice(0, count);
  }

  private async send(batch: PendingAppend[]): Promise<void> {
    const byTopic = new Map<string, Message[]>();
    let records = 0;
    for (const pending of batch) {
      let messages = byTopic.get(pending.topic);
      if (!messages) {
        messages = [];
        byTopic.set(pending.topic, messages);
      }
      for (const record of pending.records) {
        messages.push({ key: record.key, value: record.value, headers: record.headers });
      }
      records += pending.records.length;
    }
    this.counters.sends++;
    await this.producer.sendBatch({
      acks: -1,
      timeout: this.ackTimeoutMs,
      topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })),
    });
    this.counters.records += records;
  }
}

// Record-batch overhead per record is small; counting keys and headers keeps the estimate honest
// for tiny values.
function sizeOf(records: LogRecord[]): number {
  let bytes = 0;
  for (const record of records) {
    bytes += record.value.byteLength + Buffer.byteLength(record.key) + 32;
    for (const [name, value] of Object.entries(record.headers ?? {})) {
      bytes += Buffer.byteLength(name) + Buffer.byteLength(value) + 8;
    }
  }
  return bytes;
}
