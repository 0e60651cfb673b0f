import { AuditStoreUnavailableError } from '@proctor/audit-store';
import { decodeEvent, encodeEvent } from '@proctor/events';
import { silentLogger } from '@proctor/logger';
import { describe, expect, it } from 'vitest';
import { defaultFrameMasker } from './frame-masker';
import type { PayloadOpener } from './payload-opener';
import { createIngestPipeline } from './pipeline';
import { HandOverConsumer, MemoryStore, RecordingProducer } from './testing/fakes';
import { usePreparePools } from './testing/prepare-pools';
import { batchOf, encoded, FAKE, frameEvent } from './testing/raw-events';

const preparePool = usePreparePools();

/** `workers`: prepare worker threads (0: preparation on this thread). */
function setup(opener?: PayloadOpener, workers = 0) {
  const store = new MemoryStore();
  const producer = new RecordingProducer();
  const pipeline = createIngestPipeline({
    consumer: new HandOverConsumer(),
    store: store.asStore(),
    producer,
    topics: { redacted: 'redacted', dlq: 'dlq' },
    decode: decodeEvent,
    encode: encodeEvent,
    masker: defaultFrameMasker(),
    ...(opener && { opener }),
    ...(workers > 0 && { preparePool: preparePool({ workers }) }),
    logger: silentLogger(),
  });
  return { store, producer, pipeline };
}

const sealed = (seq: number) =>
  frameEvent('s-1', seq, '', {
    payload: Buffer.from('ciphertext'),
    payloadEncoding: 'jwe-a256gcm',
    encryption: { keyId: 'k1', wrappedKey: 'wrapped', iv: Buffer.alloc(12), tag: Buffer.alloc(16) },
  });

describe('ingest pipeline: outcomes per record', () => {
  it('sends undecodable records to the DLQ with their original bytes and headers, and moves on', async () => {
    const { store, producer, pipeline } = setup();
    const garbage = Buffer.from('not avro at all');
    const batch = batchOf([
      ...encoded([frameEvent('s-1', 0, '{}')]),
      garbage,
      ...encoded([frameEvent('s-1', 1, '{}')]),
    ]);
    const poison = batch.records[1];
    if (poison) poison.headers = { 'trace-id': 'abc' };
    await pipeline.handle(batch);
    expect(store.rows.events.map((e) => e.seq)).toEqual([0, 1]);
    const [dlq] = producer.on('dlq');
    expect(dlq?.value.equals(garbage)).toBe(true);
    expect(dlq?.headers).toEqual({
      'trace-id': 'abc',
      'proctor-dlq-reason': 'BAD_MAGIC',
      'proctor-dlq-step': 'decode',
      'proctor-dlq-topic': 'raw',
      'proctor-dlq-partition': '2',
      'proctor-dlq-offset': '41',
    });
  });

  it('routes sealed payloads it cannot open to the DLQ as undecryptable, and opens them with an opener', async () => {
    const without = setup();
    await without.pipeline.handle(batchOf(encoded([sealed(0)])));
    expect(without.store.rows.events).toEqual([]);
    expect(without.producer.on('dlq')[0]?.headers).toMatchObject({
      'proctor-dlq-reason': 'undecryptable',
      'proctor-dlq-step': 'decrypt',
    });

    const opener: PayloadOpener = {
      isSealed: (frame) => frame.payloadEncoding === 'jwe-a256gcm',
      open: async () => Buffer.from(JSON.stringify({ jsonrpc: '2.0', id: 1, result: { ssn: FAKE.ssn } })),
    };
    const withOpener = setup(opener);
    await withOpener.pipeline.handle(batchOf(encoded([sealed(0)])));
    const [row] = withOpener.store.rows.events;
    expect(row?.payload).toContain('"result"');
    expect(row?.payload).not.toContain(FAKE.ssn);
    const event = decodeEvent(withOpener.producer.on('redacted')[0]?.value ?? Buffer.alloc(0));
    expect(event.type === 'frame' && (event.body.encryption ?? null)).toBeNull();

    const failing = setup({ ...opener, open: async () => Promise.reject(new Error('bad tag')) });
    await failing.pipeline.handle(batchOf(encoded([sealed(0)])));
    expect(failing.producer.on('dlq')[0]?.headers?.['proctor-dlq-reason']).toBe('undecryptable');
  });

  it.each([0, 1])(
    'stores the prefix and asks for a retry when opening fails transiently (%i prepare workers)',
    async (workers) => {
      let down = true;
      const opener: PayloadOpener = {
        isSealed: (frame) => frame.payloadEncoding === 'jwe-a256gcm',
        open: async () => {
          if (down) throw Object.assign(new Error('key service unreachable'), { retryable: true });
          return Buffer.from('{"ok":true}');
        },
      };
      const { store, producer, pipeline } = setup(opener, workers);
      const batch = batchOf([
        ...encoded([frameEvent('s-1', 0, '{}')]),
        ...encoded([sealed(1)]),
        ...encoded([frameEvent('s-1', 2, '{}')]),
      ]);
      await expect(pipeline.handle(batch)).rejects.toThrow(/unreachable/);
      expect(store.rows.events.map((e) => e.seq)).toEqual([0]);
      expect(producer.on('dlq')).toEqual([]);
      down = false;
      await pipeline.handle(batch);
      expect(store.rows.events.map((e) => e.seq)).toEqual([0, 1, 2]);
    },
  );

  it('fails the batch on a store outage (nothing produced, nothing committed), then stores it once', async () => {
    const { store, producer, pipeline } = setup();
    const batch = batchOf(encoded([frameEvent('s-1', 0, '{}'), frameEvent('s-1', 1, '{}')]));
    store.failWith = new AuditStoreUnavailableError('ClickHouse is unreachable');
    await expect(pipeline.handle(batch)).rejects.toThrow(/unreachable/);
    expect(producer.appended).toEqual([]);
    store.failWith = undefined;
    await pipeline.handle(batch);
    await pipeline.handle(batch);
    expect(store.rows.events.map((e) => e.seq)).toEqual([0, 1]);
    expect(store.inserts).toBe(1);
    // The redacted topic gets a redelivered batch again (at least once, keyed by event id).
    expect(producer.on('redacted')).toHaveLength(4);
  });

  it('isolates an event the store refuses, sends it to the DLQ and stores the rest', async () => {
    const { store, producer, pipeline } = setup();
    const events = [0, 1, 2, 3, 4].map((seq) => frameEvent('s-1', seq, '{}'));
    store.rejectEventId = events[3]?.eventId;
    await pipeline.handle(batchOf(encoded(events)));
    expect(store.rows.events.map((e) => e.seq)).toEqual([0, 1, 2, 4]);
    expect(producer.on('dlq').map((r) => r.headers?.['proctor-dlq-offset'])).toEqual(['43']);
    expect(producer.on('dlq')[0]?.headers?.['proctor-dlq-reason']).toBe('store_rejected');
    expect(producer.on('redacted')).toHaveLength(4);
  });

  it('pauses on a store failure that is not about the rows (a missing table), instead of emptying the batch into the DLQ', async () => {
    const { store, producer, pipeline } = setup();
    store.failWith = Object.assign(new Error('table gone'), {
      code: 'AUDIT_STORE_QUERY_FAILED',
      retryable: false,
      clickhouseCode: '60',
    });
    const batch = batchOf(encoded([frameEvent('s-1', 0, '{}')]));
    await expect(pipeline.handle(batch)).rejects.toThrow(/table gone/);
    expect(producer.appended).toEqual([]);
  });

  it.each([0, 1])(
    'refuses a second event claiming a stored session seq, and a row that can never be stored (%i prepare workers)',
    async (workers) => {
      const { store, producer, pipeline } = setup(undefined, workers);
      await pipeline.handle(batchOf(encoded([frameEvent('s-1', 0, '{}')])));
      const tooLate = { ...frameEvent('s-1', 1, '{}'), time: 5_000_000_000_000_000 };
      await pipeline.handle(batchOf(encoded([frameEvent('s-1', 0, '{}'), tooLate])));
      expect(store.rows.events).toHaveLength(1);
      expect(
        producer.on('dlq').map((r) => [r.headers?.['proctor-dlq-step'], r.headers?.['proctor-dlq-reason']]),
      ).toEqual([
        ['validate', 'AUDIT_STORE_INVALID_INPUT'],
        ['dedup', 'seq_conflict'],
      ]);
    },
  );
});
