/**
 * The spool: a local log used as the write-ahead buffer in front of Kafka (DESIGN.md,
 * invariant 1). An append resolves once the spool has it with the configured durability; a
 * shipper per topic then sends the spooled records to Kafka in spool order (acks=all, many
 * records per send) and commits its position after Kafka's ack, which lets the spool delete
 * shipped segments. While Kafka is unreachable appends keep succeeding and the records wait;
 * they drain in order when it returns. Once `maxBytes` wait unshipped, appends are refused
 * with EventLogFullError: the caller fails closed.
 *
 * Delivery to Kafka is at least once: a send whose ack was lost is sent again, so the same
 * record can reach Kafka twice; ingest deduplicates by event identity (invariant 3).
 */
import { type Logger, serializeError, silentLogger } from '@proctor/logger';
import { errorCode } from './kafka-connection';
import { createLocalLogConsumer, type LocalLogConsumer } from './local-consumer';
import { createLocalLogProducer, type LocalLogProducer } from './local-log';
import type { LogFileSystem } from './log-file-system';
import type { ConsumedBatch, Durability, EventLogHealth, EventLogProducer, LogRecord } from './port';
import type { RetryDelayOptions } from './retry-delay';

/** The consumer group whose committed offsets are the shipped positions. */
export const SHIPPER_GROUP = 'proctor-kafka-shipper';

export interface SpoolOptions extends RetryDelayOptions {
  dir: string;
  durability: Durability;
  /** Most bytes waiting to be shipped; appends past it fail with EventLogFullError. */
  maxBytes: number;
  segmentBytes?: number;
  /**
   * Connects to Kafka (a producer with acks=all, topics ensured). Called when shipping starts
   * and again after any failure, so a broker that comes back is found by a fresh connection.
   */
  connectKafka: () => Promise<EventLogProducer>;
  /**
   * Connect to Kafka before resolving, and fail (naming the brokers) if it cannot be reached:
   * a wrong broker list is found at start. Outages after the start are what the spool covers.
   */
  connectAtStart?: boolean;
  /** Most records per send to Kafka (default 5,000). */
  maxShipRecords?: number;
  /**
   * Most bytes per send (default 512 KiB): Kafka refuses a partition's record batch over the
   * broker's message.max.bytes (1 MiB by default). A larger single record is sent alone.
   */
  maxShipBytes?: number;
  /**
   * A send Kafka has not acknowledged by then counts as failed (default 20 s): the connection
   * is dropped and the records are sent again on a fresh one. Bounds how long a silently dead
   * connection (no reset, no timeout from the client) can hold shipping up.
   */
  sendTimeoutMs?: number;
  /** How long close() waits for the spool to drain while Kafka is reachable (default 5 s). */
  drainOnCloseMs?: number;
  logger?: Logger;
  fileSystem?: LogFileSystem;
  maintenanceIntervalMs?: number;
  /** Groups that also hold spooled segments back from deletion (see LocalLogOptions). */
  holdDeletionFor?: readonly string[];
}

export interface SpoolStats {
  /** Records Kafka acknowledged since the spool opened. */
  shippedRecords: number;
  /** Sends to Kafka that failed (each is retried). */
  failedSends: number;
  unshippedBytes: number;
}

export interface SpooledKafkaLog extends EventLogProducer {
  health(): EventLogHealth;
  stats(): SpoolStats;
  /** The spool's own local log (its sync count, its retention). */
  readonly spool: LocalLogProducer;
}

export async function createSpooledKafkaLog(options: SpoolOptions): Promise<SpooledKafkaLog> {
  const spool = await createLocalLogProducer({
    dir: options.dir,
    logger: options.logger,
    durability: options.durability,
    segmentBytes: options.segmentBytes,
    retainUntilConsumedBy: [SHIPPER_GROUP],
    ...(options.holdDeletionFor && { holdDeletionFor: options.holdDeletionFor }),
    maxUnconsumedBytes: options.maxBytes,
    fileSystem: options.fileSystem,
    maintenanceIntervalMs: options.maintenanceIntervalMs,
  });
  const log = new Spool(spool, options);
  try {
    if (options.connectAtStart) await log.connect();
    // Records left from before a restart start shipping now, not at the next append.
    for (const topic of spool.topics()) {
      if (spool.unconsumedBytes(topic) > 0) await log.shipper(topic);
    }
  } catch (err) {
    await log.close();
    throw err;
  }
  return log;
}

class Spool implements SpooledKafkaLog {
  private readonly shippers = new Map<string, Promise<LocalLogConsumer>>();
  private readonly started = new Map<string, LocalLogConsumer>();
  private kafka: Promise<EventLogProducer> | undefined;
  private readonly logger: Logger;
  private readonly counters = { shippedRecords: 0, failedSends: 0 };
  /** The last failure to reach Kafka, cleared by the next successful send. */
  private kafkaFailure: { code: string; since: number } | undefined;
  private closing: Promise<void> | undefined;

  constructor(
    readonly spool: LocalLogProducer,
    private readonly options: SpoolOptions,
  ) {
    this.logger = options.logger ?? silentLogger();
  }

  append(topic: string, records: LogRecord[]): Promise<void> {
    const appended = this.spool.append(topic, records);
    const shipper = this.started.get(topic);
    if (shipper) return appended.then(() => shipper.notify());
    // The records are spooled whatever happens to the shipper; a shipper that fails to start
    // is started again by the next append.
    return appended.then(() => {
      this.shipper(topic).then(
        (started) => started.notify(),
        (err: unknown) =>
          this.logger.error({ err: serializeError(err), topic }, 'cannot start the spool shipper'),
      );
    });
  }

  health(): EventLogHealth {
    const local = this.spool.health();
    const unshipped = this.spool.unconsumedBytes();
    const facts = { ...local.facts, unshippedBytes: unshipped, kafkaReachable: !this.kafkaFailure };
    if (!local.ok) return { ok: false, detail: `spool: ${local.detail}`, facts };
    const failure = this.kafkaFailure;
    if (failure) {
      return {
        ok: true,
        detail: `Kafka unreachable since ${new Date(failure.since).toISOString()} (${failure.code}); ${unshipped} bytes wait in the spool`,
        facts: { ...facts, kafkaFailure: failure.code },
      };
    }
    return { ok: true, detail: `spool writable (${local.facts?.durability}), shipping to Kafka`, facts };
  }

  stats(): SpoolStats {
    return { ...this.counters, unshippedBytes: this.spool.unconsumedBytes() };
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      await this.drain(this.options.drainOnCloseMs ?? 5_000);
      await Promise.allSettled([...this.started.values()].map((shipper) => shipper.stop()));
      await this.dropKafka();
      await this.spool.close();
    })();
    return this.closing;
  }

  shipper(topic: string): Promise<LocalLogConsumer> {
    let shipper = this.shippers.get(topic);
    if (!shipper) {
      const consumer = createLocalLogConsumer({
        dir: this.options.dir,
        groupId: SHIPPER_GROUP,
        topic,
        fromBeginning: true,
        // Appends wake the shipper (notify); polling only catches what that missed.
        pollIntervalMs: 100,
        maxBatchRecords: this.options.maxShipRecords ?? 5_000,
        maxBatchBytes: this.options.maxShipBytes ?? 512 * 1024,
        retryInitialDelayMs: this.options.retryInitialDelayMs,
        retryMaxDelayMs: this.options.retryMaxDelayMs,
        readLimit: () => this.spool.acknowledgedEnd(topic),
        onCommitted: (position) => this.spool.noteConsumed(topic, SHIPPER_GROUP, position),
        logger: this.logger,
      });
      shipper = consumer
        .start((batch) => this.ship(batch))
        .then(() => {
          this.started.set(topic, consumer);
          return consumer;
        });
      shipper.catch(() => this.shippers.delete(topic));
      this.shippers.set(topic, shipper);
    }
    return shipper;
  }

  async connect(): Promise<void> {
    this.kafka ??= this.options.connectKafka();
    try {
      await this.kafka;
    } catch (err) {
      this.kafka = undefined;
      throw err;
    }
  }

  private async ship(batch: ConsumedBatch): Promise<void> {
    const records: LogRecord[] = batch.records.map(({ key, value, headers }) =>
      headers ? { key, value, headers } : { key, value },
    );
    try {
      this.kafka ??= this.options.connectKafka();
      const producer = await this.kafka;
      await withDeadline(producer.append(batch.topic, records), this.options.sendTimeoutMs ?? 20_000);
    } catch (err) {
      this.counters.failedSends++;
      const code = errorCode(err);
      if (!this.kafkaFailure) {
        this.kafkaFailure = { code, since: Date.now() };
        this.logger.warn(
          { code, topic: batch.topic, err: serializeError(err) },
          'Kafka is unreachable; records stay in the spool and ship when it returns',
        );
      }
      // A fresh connection next time: kafkajs clients do not always recover on their own.
      void this.dropKafka();
      throw err;
    }
    this.counters.shippedRecords += records.length;
    if (this.kafkaFailure) {
      this.logger.info({ topic: batch.topic }, 'Kafka reachable again; shipping the spool');
      this.kafkaFailure = undefined;
    }
  }

  /**
   * Forgets the connection. Closing it waits for its send in flight, which on a dead
   * connection can take the client's whole request timeout: only close() waits for that.
   */
  private dropKafka(): Promise<void> {
    const kafka = this.kafka;
    this.kafka = undefined;
    return kafka ? kafka.then((producer) => producer.close()).catch(() => undefined) : Promise.resolve();
  }

  /** Waits until everything spooled is shipped, Kafka fails, or `timeoutMs` passes. */
  private async drain(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (const shipper of this.started.values()) shipper.notify();
    while (this.spool.unconsumedBytes() > 0 && !this.kafkaFailure && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
}

class SendTimeoutError extends Error {
  readonly code = 'SEND_TIMEOUT';
}

function withDeadline(send: Promise<void>, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new SendTimeoutError(`Kafka did not acknowledge within ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  // A send that fails after the deadline has nobody waiting for it.
  send.catch(() => undefined);
  return Promise.race([send, deadline]).finally(() => clearTimeout(timer));
}
