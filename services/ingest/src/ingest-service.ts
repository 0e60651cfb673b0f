/**
 * Assembles the ingest pipeline from its parts and its configuration: the masker, the
 * checkpoint signing key (created on first start when missing) and where checkpoints and
 * OCSF records go. The process wiring passes the adapters in; nothing here opens a client.
 */
import type { AuditStore } from '@proctor/audit-store';
import type { EventLogConsumer, EventLogProducer } from '@proctor/event-log';
import { decodeEvent, encodeEvent, nowMicros } from '@proctor/events';
import { createCheckpointSigner, loadOrCreateCheckpointKey } from '@proctor/integrity';
import type { Logger } from '@proctor/logger';
import type { MaskerConfig } from '@proctor/masking';
import { createCheckpointer } from './checkpointer';
import { defaultFrameMasker, type FrameMasker } from './frame-masker';
import type { PayloadOpener } from './payload-opener';
import { createIngestPipeline, type IngestPipeline } from './pipeline';
import { createPreparePool, defaultPrepareWorkers, type PreparePool } from './prepare-pool';

export interface IngestServiceOptions {
  consumer: EventLogConsumer;
  store: AuditStore;
  producer: EventLogProducer;
  topics: { redacted: string; dlq: string };
  checkpoints: { keyFile: string; everyEvents: number; everySeconds: number; topic: string };
  ocsfTopic?: string;
  /** Names this ingest instance in the checkpoints it signs. */
  issuer: string;
  logger: Logger;
  /** A masker of its own; masking then stays on this thread (a function cannot cross to a worker). */
  masker?: FrameMasker;
  /** The default masker's configuration, used on this thread and in the prepare workers. */
  maskerConfig?: MaskerConfig;
  /**
   * Worker threads that mask, build rows and encode beside the thread that consumes, chains,
   * stores and produces (default: none on one or two cores, else one per core but two, at most
   * 4; 0: none). Ignored with a masker of its own.
   */
  prepareWorkers?: number;
  /** Opens sealed payloads; without one they go to the DLQ as undecryptable. */
  opener?: PayloadOpener | undefined;
}

export async function createIngestService(options: IngestServiceOptions): Promise<IngestPipeline> {
  const { logger, producer } = options;
  const key = await loadOrCreateCheckpointKey(options.checkpoints.keyFile);
  if (key.created) {
    logger.warn(
      { keyId: key.keyId },
      'created a new checkpoint signing key; publish its public half for verifiers',
    );
  }
  const checkpointTopic = options.checkpoints.topic;
  const checkpointer = createCheckpointer({
    signer: await createCheckpointSigner(key.privateJwk),
    issuer: options.issuer,
    everyEvents: options.checkpoints.everyEvents,
    everyMs: options.checkpoints.everySeconds * 1000,
    store: options.store,
    nowMicros,
    onTimerError: (err) => logger.warn({ err }, 'timed checkpoint failed; retrying on the next tick'),
    emit: ({ jws, statement }) =>
      producer.append(checkpointTopic, [
        {
          key: statement.scope,
          value: Buffer.from(jws, 'utf8'),
          headers: { 'proctor-checkpoint-id': statement.id, 'proctor-key-id': key.keyId },
        },
      ]),
  });
  const workers = options.masker === undefined ? (options.prepareWorkers ?? defaultPrepareWorkers()) : 0;
  const preparePool = workers > 0 ? await startPreparePool(workers, options.maskerConfig) : undefined;
  return createIngestPipeline({
    consumer: options.consumer,
    store: options.store,
    producer,
    topics: { ...options.topics, ...(options.ocsfTopic !== undefined && { siem: options.ocsfTopic }) },
    decode: decodeEvent,
    encode: encodeEvent,
    masker: options.masker ?? defaultFrameMasker(options.maskerConfig),
    ...(preparePool && { preparePool }),
    ...(options.opener && { opener: options.opener }),
    checkpointer,
    logger,
  });
}

/** Workers that failed to start (a masker configuration they cannot build) fail the boot, not each batch. */
async function startPreparePool(
  workers: number,
  maskerConfig: MaskerConfig | undefined,
): Promise<PreparePool> {
  const pool = createPreparePool({ workers, ...(maskerConfig !== undefined && { maskerConfig }) });
  try {
    await pool.ready();
    return pool;
  } catch (err) {
    await pool.close();
    throw err;
  }
}
