import { silentLogger } from '@proctor/logger';
import type { Consumer, EachBatchPayload, IHeaders, KafkaMessage } from 'kafkajs';
import { connectWithin, createKafkaClient, errorCode, type KafkaConnectionOptions } from './kafka-connection';
import type { BatchHandler, ConsumedBatch, ConsumedRecord, ConsumerOptions, EventLogConsumer } from './port';
import { type RetryDelayOptions, retryDelayMs } from './retry-delay';

export interface KafkaConsumerOptions extends KafkaConnectionOptions, ConsumerOptions, RetryDelayOptions {
  /** Partitions handled at the same time, each by its own handler call (default 1). */
  partitionsConsumedConcurrently?: number;
  /**
   * Fetch sizing. A fetch returns once `minBytes` are available or `maxWaitMs` passed (defaults
   * 1 byte and 1 s: as soon as anything exists), with at most `maxBytesPerPartition` per
   * partition (default 1 MiB). A consumer whose handler pays per call (an insert per batch)
   * gets fewer, larger batches under load by asking for more bytes per fetch.
   */
  fetch?: { minBytes?: number; maxWaitMs?: number; maxBytesPerPartition?: number };
}

const DEFAULT_MAX_BATCH_RECORDS = 500;
// Heartbeats must continue while a failing batch waits to be retried.
const HEARTBEAT_SLICE_MS = 1_000;

/**
 * At-least-once consumer: offsets are resolved and committed only after the handler resolved
 * for every record of a chunk. A handler that throws gets the same chunk again (with backoff)
 * until it succeeds, the consumer stops, or a rebalance takes the partition away; nothing is
 * skipped, so a poison record blocks its partition and the handler must route it to a DLQ.
 */
export function createKafkaConsumer(options: KafkaConsumerOptions): EventLogConsumer {
  return new KafkaBatchConsumer(options);
}

class KafkaBatchConsumer implements EventLogConsumer {
  private readonly consumer: Consumer;
  private readonly logger;
  private readonly maxBatchRecords: number;
  private started = false;
  private stopping: Promise<void> | undefined;
  private readonly stopSignal = new AbortController();

  constructor(private readonly options: KafkaConsumerOptions) {
    this.logger = options.logger ?? silentLogger();
    this.maxBatchRecords = Math.max(1, options.maxBatchRecords ?? DEFAULT_MAX_BATCH_RECORDS);
    this.consumer = createKafkaClient(options).consumer({
      groupId: options.groupId,
      allowAutoTopicCreation: false,
      // By default fetches return as soon as data exists; the wait only bounds how long stop()
      // waits for an idle fetch.
      maxWaitTimeInMs: options.fetch?.maxWaitMs ?? 1_000,
      minBytes: options.fetch?.minBytes ?? 1,
      maxBytesPerPartition: options.fetch?.maxBytesPerPartition ?? 1_048_576,
      maxBytes: Math.max(10_485_760, options.fetch?.maxBytesPerPartition ?? 0),
    });
    this.consumer.on(this.consumer.events.CRASH, ({ payload }) => {
      this.logger.error(
        { code: errorCode(payload.error), groupId: options.groupId, restart: payload.restart },
        'Kafka consumer crashed',
      );
    });
  }

  async start(handler: BatchHandler): Promise<void> {
    if (this.started) throw new Error('this consumer was already started');
    this.started = true;
    await connectWithin(
      () => this.consumer.connect(),
      () => this.consumer.disconnect(),
      this.options,
    );
    await this.consumer.subscribe({
      topic: this.options.topic,
      fromBeginning: this.options.fromBeginning ?? true,
    });
    await this.consumer.run({
      eachBatchAutoResolve: false,
      autoCommit: true,
      // Commit whenever anything was resolved, i.e. after every successful chunk.
      autoCommitThreshold: 1,
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 1,
      eachBatch: (payload) => this.consumeBatch(payload, handler),
    });
  }

  stop(): Promise<void> {
    this.stopping ??= (async () => {
      this.stopSignal.abort();
      // kafkajs waits for the eachBatch in progress, commits resolved offsets and leaves the group.
      await this.consumer.disconnect();
    })();
    return this.stopping;
  }

  private async consumeBatch(payload: EachBatchPayload, handler: BatchHandler): Promise<void> {
    const { batch, resolveOffset, commitOffsetsIfNecessary, heartbeat, isRunning, isStale } = payload;
    for (let start = 0; start < batch.messages.length; start += this.maxBatchRecords) {
      if (!isRunning() || isStale()) return;
      const messages = batch.messages.slice(start, start + this.maxBatchRecords);
      const chunk: ConsumedBatch = {
        topic: batch.topic,
        partition: batch.partition,
        records: messages.map((message) => toConsumedRecord(message, batch.partition)),
      };
      const handled = await this.handleWithRetry(chunk, handler, payload);
      if (!handled) return;
      for (const message of messages) resolveOffset(message.offset);
      await commitOffsetsIfNecessary();
      await heartbeat();
    }
  }

  /** True once the handler succeeded; false if we gave up because the consumer is stopping or lost the partition. */
  private async handleWithRetry(
    chunk: ConsumedBatch,
    handler: BatchHandler,
    { heartbeat, isRunning, isStale }: EachBatchPayload,
  ): Promise<boolean> {
    for (let attempt = 1; ; attempt++) {
      try {
        await handler(chunk);
        return true;
      } catch (error) {
        const delayMs = retryDelayMs(attempt, this.options);
        this.logger.warn(
          {
            code: errorCode(error),
            topic: chunk.topic,
            partition: chunk.partition,
            firstOffset: chunk.records[0]?.offset,
            records: chunk.records.length,
            attempt,
            retryInMs: delayMs,
          },
          'batch handler failed; retrying the same records',
        );
        for (let waited = 0; waited < delayMs; waited += HEARTBEAT_SLICE_MS) {
          if (this.stopSignal.signal.aborted || !isRunning() || isStale()) return false;
          await sleep(Math.min(HEARTBEAT_SLICE_MS, delayMs - waited), this.stopSignal.signal);
          await heartbeat();
        }
        if (this.stopSignal.signal.aborted || !isRunning() || isStale()) return false;
      }
    }
  }
}

function toConsumedRecord(message: KafkaMessage, partition: number): ConsumedRecord {
  const record: ConsumedRecord = {
    key: message.key?.toString('utf8') ?? '',
    value: message.value ?? Buffer.alloc(0),
    partition,
    offset: message.offset,
  };
  const headers = toHeaders(message.headers);
  if (headers) record.headers = headers;
  return record;
}

// Kafka allows repeated header names; like Java's lastHeader(), the last value wins.
function toHeaders(headers: IHeaders | undefined): Record<string, string> | undefined {
  if (!headers) return undefined;
  const out: Record<string, string> = {};
  let any = false;
  for (const [name, raw] of Object.entries(headers)) {
    const value = Array.isArray(raw) ? raw[raw.length - 1] : raw;
    if (value === undefined) continue;
    out[name] = value.toString();
    any = true;
  }
  return any ? out : undefined;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}
