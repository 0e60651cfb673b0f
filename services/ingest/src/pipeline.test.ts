import type { AuditStore, StoredEvent } from '@proctor/audit-store';
import type {
  BatchHandler,
  ConsumedBatch,
  EventLogConsumer,
  EventLogProducer,
  LogRecord,
} from '@proctor/event-log';
import { type AuditEvent, decodeEvent, encodeEvent, newEventId } from '@proctor/events';
import { silentLogger } from '@proctor/logger';
import { maskJsonText } from '@proctor/masking';
import { describe, expect, it } from 'vitest';
import { createIngestPipeline } from './pipeline';

class HandOverConsumer implements EventLogConsumer {
  handler: BatchHandler | undefined;
  async start(handler: BatchHandler) {
    this.handler = handler;
  }
  async stop() {}
}

class RecordingStore implements Pick<AuditStore, 'insertEvents'> {
  inserts: { rows: StoredEvent[]; token: string }[] = [];
  failing = false;
  async insertEvents(rows: StoredEvent[], token: string) {
    if (this.failing) throw Object.assign(new Error('store down'), { code: 'AUDIT_STORE_UNAVAILABLE' });
    this.inserts.push({ rows, token });
  }
}

class RecordingProducer implements EventLogProducer {
  appended: { topic: string; records: LogRecord[] }[] = [];
  async append(topic: string, records: LogRecord[]) {
    this.appended.push({ topic, records });
  }
  async close() {}
}

const SSN = '900-12-3456';

function frameEvent(seq: number, payload: string): AuditEvent {
  return {
    eventId: newEventId(),
    type: 'frame',
    time: 1_700_000_000_000_000 + seq,
    tenant: 't',
    gatewayId: 'g',
    sessionId: 's-1',
    seq,
    identity: { subject: 'alice@example.com', issuer: 'urn:test', groups: [], ci: null },
    sourceIp: null,
    userAgent: null,
    connection: 'demo',
    body: {
      direction: 'server_to_client',
      kind: 'response',
      method: 'tools/call',
      jsonrpcId: '1',
      toolName: 'get_patient',
      payload: Buffer.from(payload),
      payloadEncoding: 'json',
      size: Buffer.byteLength(payload),
      sha256: 'x',
    },
  };
}

function setup() {
  const consumer = new HandOverConsumer();
  const store = new RecordingStore();
  const producer = new RecordingProducer();
  const pipeline = createIngestPipeline({
    consumer,
    store: store as unknown as AuditStore,
    producer,
    topics: { redacted: 'redacted', dlq: 'dlq' },
    decode: decodeEvent,
    encode: encodeEvent,
    mask: (text) => maskJsonText(text),
    logger: silentLogger(),
  });
  return { consumer, store, producer, pipeline };
}

function batchOf(values: Buffer[]): ConsumedBatch {
  return {
    topic: 'raw',
    partition: 2,
    records: values.map((value, i) => ({ key: 's-1', value, partition: 2, offset: String(40 + i) })),
  };
}

describe('ingest pipeline', () => {
  it('masks payloads before they are stored or produced, and keys the insert by offsets', async () => {
    const { consumer, store, producer, pipeline } = setup();
    await pipeline.start();
    const payload = JSON.stringify({ jsonrpc: '2.0', id: 1, result: { text: `SSN ${SSN}` } });
    await consumer.handler?.(
      batchOf([encodeEvent(frameEvent(0, payload)), encodeEvent(frameEvent(1, payload))]),
    );
    expect(store.inserts).toHaveLength(1);
    expect(store.inserts[0]?.token).toBe('raw:2:40-41');
    const rows = store.inserts[0]?.rows ?? [];
    expect(rows.map((r) => r.seq)).toEqual([0, 1]);
    expect(rows[0]?.payload).not.toContain(SSN);
    expect(rows[0]?.maskedRules).toContain('us_ssn');
    expect(rows[0]?.subject).toBe('alice@example.com');
    const redacted = producer.appended.find((a) => a.topic === 'redacted');
    expect(redacted?.records).toHaveLength(2);
    const event = decodeEvent(redacted?.records[0]?.value ?? Buffer.alloc(0));
    expect(event.type === 'frame' && event.body.payload.toString()).not.toContain(SSN);
    expect(event.type === 'frame' && event.body.payloadEncoding).toBe('json+masked');
  });

  it('sends undecodable records to the DLQ with their original bytes and the reason', async () => {
    const { consumer, store, producer, pipeline } = setup();
    await pipeline.start();
    const garbage = Buffer.from('not avro at all');
    await consumer.handler?.(batchOf([encodeEvent(frameEvent(0, '{}')), garbage]));
    expect(store.inserts[0]?.rows).toHaveLength(1);
    const dlq = producer.appended.find((a) => a.topic === 'dlq');
    expect(dlq?.records[0]?.value.equals(garbage)).toBe(true);
    expect(dlq?.records[0]?.headers).toMatchObject({
      'proctor-dlq-step': 'decode',
      'proctor-dlq-topic': 'raw',
      'proctor-dlq-partition': '2',
      'proctor-dlq-offset': '41',
    });
  });

  it('fails the batch (so nothing is committed) when the store rejects it', async () => {
    const { consumer, store, producer, pipeline } = setup();
    await pipeline.start();
    store.failing = true;
    await expect(consumer.handler?.(batchOf([encodeEvent(frameEvent(0, '{}'))]))).rejects.toThrow(
      /store down/,
    );
    expect(producer.appended).toHaveLength(0);
  });

  it('quarantines a payload that is not JSON instead of storing it', async () => {
    const { consumer, store, pipeline } = setup();
    await pipeline.start();
    await consumer.handler?.(batchOf([encodeEvent(frameEvent(0, `{broken ${SSN}`))]));
    const row = store.inserts[0]?.rows[0];
    expect(row?.payload).not.toContain(SSN);
    expect(row?.detail).toContain('quarantined');
  });
});
