/**
 * Shared parts of the ingest end-to-end tests: synthetic demo sessions as the enforcer would
 * emit them (demo-patient PHI in payloads and client-controlled fields), a raw-topic
 * producer, an in-process ingest on real Kafka and chDB, and the chains a correct ingest
 * must have stored, computed independently of the store.
 */

import { Writable } from 'node:stream';
import { createClickHouseAuditStore, createClickHouseClient, migrate } from '@proctor/audit-store';
import { DEMO_PATIENTS } from '@proctor/demo-ehr';
import { createKafkaConsumer, createKafkaProducer } from '@proctor/event-log';
import { type AuditEvent, decodeEvent, encodeEvent, newEventId } from '@proctor/events';
import {
  createIngestPipeline,
  defaultFrameMasker,
  type FrameMasker,
  type PayloadOpener,
  redactEvent,
  toChainedEvent,
} from '@proctor/ingest';
import { linkEvents } from '@proctor/integrity';
import { createLogger, type Logger } from '@proctor/logger';
import { Kafka, logLevel } from 'kafkajs';

const BASE_US = 1_763_683_200_000_000;

function envelope(sessionId: string, seq: number, streamSeq: number) {
  return {
    eventId: newEventId(),
    time: BASE_US + seq * 1000,
    tenant: 'e2e',
    gatewayId: 'gw-e2e',
    gatewayEpoch: 1,
    streamSeq,
    sessionId,
    seq,
    identity: { subject: 'alice@example.com', issuer: 'urn:e2e', groups: ['clinicians'], ci: null },
    sourceIp: '192.0.2.7',
    userAgent: `e2e-agent for ${DEMO_PATIENTS[0]?.email}`,
    connection: 'demo-ehr',
    era: 'stateful' as const,
  };
}

/**
 * One session: started (clientInfo naming a patient), `calls` tool calls whose arguments and
 * results carry a demo patient, ended. `streamStart` and `streamStep` interleave sessions on
 * one gateway stream.
 */
export function demoSession(sessionId: string, calls: number, stream = { start: 0, step: 1 }): AuditEvent[] {
  const events: AuditEvent[] = [];
  const at = (seq: number) => envelope(sessionId, seq, stream.start + seq * stream.step);
  events.push({
    ...at(0),
    type: 'session_started',
    body: {
      protocolVersion: '2025-06-18',
      clientName: `${DEMO_PATIENTS[1]?.name}'s laptop`,
      clientVersion: '1.0',
      transport: 'streamable-http',
    },
  });
  for (let i = 0; i < calls; i++) {
    const patient = DEMO_PATIENTS[i % DEMO_PATIENTS.length];
    if (!patient) throw new Error('no demo patients');
    const request = JSON.stringify({
      jsonrpc: '2.0',
      id: i,
      method: 'tools/call',
      params: { name: 'get_patient', arguments: { mrn: patient.mrn } },
    });
    const response = JSON.stringify({
      jsonrpc: '2.0',
      id: i,
      result: { content: [{ type: 'text', text: JSON.stringify(patient) }], structuredContent: patient },
    });
    for (const [kind, payload] of [
      ['request', request],
      ['response', response],
    ] as const) {
      const seq = events.length;
      events.push({
        ...at(seq),
        type: 'frame',
        body: {
          direction: kind === 'request' ? 'client_to_server' : 'server_to_client',
          kind,
          method: 'tools/call',
          jsonrpcId: String(i),
          toolName: 'get_patient',
          resourceUri: `ehr://patients/${patient.ssn}`,
          payload: Buffer.from(payload),
          payloadEncoding: 'json',
          size: Buffer.byteLength(payload),
          sha256: 'ignored',
        },
      });
    }
  }
  const finalSeq = events.length;
  events.push({ ...at(finalSeq), type: 'session_ended', body: { finalSeq, reason: 'client_delete' } });
  return events;
}

/** Every clear value of the demo patients that must never be stored or produced. */
export function demoPhi(): string[] {
  return DEMO_PATIENTS.flatMap((p) => [p.ssn, p.email, p.phone, p.name, p.mrn, p.address]);
}

export async function produceRaw(
  brokers: string[],
  topic: string,
  events: readonly (AuditEvent | Buffer)[],
): Promise<void> {
  const producer = await createKafkaProducer({ brokers, clientId: 'e2e-raw' });
  try {
    await producer.append(
      topic,
      events.map((e) =>
        Buffer.isBuffer(e) ? { key: 'poison', value: e } : { key: e.sessionId, value: encodeEvent(e) },
      ),
    );
  } finally {
    await producer.close();
  }
}

/** The (session, seq) → hash a correct ingest stores, computed without the store. */
export async function expectedChains(
  events: readonly AuditEvent[],
  masker: FrameMasker = defaultFrameMasker(),
): Promise<Map<string, string>> {
  const bySession = new Map<string, AuditEvent[]>();
  for (const e of events) bySession.set(e.sessionId, [...(bySession.get(e.sessionId) ?? []), e]);
  const out = new Map<string, string>();
  for (const [, list] of bySession) {
    const chained = [];
    for (const e of [...list].sort((a, b) => a.seq - b.seq)) {
      chained.push(toChainedEvent(await redactEvent(e, e.type === 'frame' ? e.body.payload : null, masker)));
    }
    for (const linked of linkEvents(undefined, chained))
      out.set(`${linked.sessionId}/${linked.seq}`, linked.hash);
  }
  return out;
}

export interface InProcessIngest {
  stop(): Promise<void>;
  /** Warnings the consumer logged (retries), without payloads. */
  warnings: string[];
}

/** An ingest instance in this process: its own Kafka consumer and producer, its own store client. */
export async function startInProcessIngest(options: {
  brokers: string[];
  topics: { raw: string; redacted: string; dlq: string };
  groupId: string;
  chdbPath: string;
  database: string;
  masker?: FrameMasker;
  opener?: PayloadOpener;
  maxBatchRecords?: number;
}): Promise<InProcessIngest> {
  const warnings: string[] = [];
  const logger = capturingLogger(warnings);
  const admin = createClickHouseClient({ chdbPath: options.chdbPath });
  await migrate(admin, { database: options.database });
  await admin.close();
  const store = createClickHouseAuditStore({
    client: createClickHouseClient({ chdbPath: options.chdbPath }),
    database: options.database,
  });
  const producer = await createKafkaProducer({
    brokers: options.brokers,
    clientId: `${options.groupId}-out`,
  });
  const consumer = createKafkaConsumer({
    brokers: options.brokers,
    clientId: `${options.groupId}-in`,
    groupId: options.groupId,
    topic: options.topics.raw,
    maxBatchRecords: options.maxBatchRecords ?? 100,
    retryInitialDelayMs: 100,
    retryMaxDelayMs: 500,
    logger,
  });
  const pipeline = createIngestPipeline({
    consumer,
    store,
    producer,
    topics: { redacted: options.topics.redacted, dlq: options.topics.dlq },
    decode: decodeEvent,
    encode: encodeEvent,
    masker: options.masker ?? defaultFrameMasker(),
    ...(options.opener && { opener: options.opener }),
    logger,
  });
  await pipeline.start();
  return {
    warnings,
    async stop() {
      await pipeline.stop();
      await producer.close();
      await store.close();
    },
  };
}

/** A real logger at warn level whose lines are kept (to wait for "retrying" without sleeping). */
function capturingLogger(into: string[]): Logger {
  const sink = new Writable({
    write(chunk, _encoding, done) {
      into.push(String(chunk));
      done();
    },
  });
  return createLogger({ name: 'e2e-ingest', level: 'warn', destination: sink });
}

/** Committed offsets of a group, summed over partitions (-1 counts as 0). */
export async function committedOffsets(brokers: string[], groupId: string, topic: string): Promise<number> {
  const admin = new Kafka({ clientId: 'e2e-admin', brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const [entry] = await admin.fetchOffsets({ groupId, topics: [topic] });
    return (entry?.partitions ?? []).reduce((sum, p) => sum + Math.max(0, Number(p.offset)), 0);
  } finally {
    await admin.disconnect();
  }
}

/** Records ever written to a topic (sum of the partitions' high watermarks). */
export async function topicSize(brokers: string[], topic: string): Promise<number> {
  const admin = new Kafka({ clientId: 'e2e-admin', brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const offsets = await admin.fetchTopicOffsets(topic);
    return offsets.reduce((sum, p) => sum + Number(p.high), 0);
  } finally {
    await admin.disconnect();
  }
}
