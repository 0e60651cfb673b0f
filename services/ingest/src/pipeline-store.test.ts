import {
  type AuditStore,
  createClickHouseAuditStore,
  createClickHouseClient,
  migrate,
} from '@proctor/audit-store';
import { chdbTestPath, freshDatabaseName, removeChdbTestPath } from '@proctor/audit-store/testing';
import { decodeEvent, encodeEvent } from '@proctor/events';
import { createCheckpointSigner, generateCheckpointKey, verifyAuditTrail } from '@proctor/integrity';
import { silentLogger } from '@proctor/logger';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createCheckpointer } from './checkpointer';
import { defaultFrameMasker } from './frame-masker';
import { createIngestPipeline } from './pipeline';
import { HandOverConsumer, RecordingProducer } from './testing/fakes';
import { usePreparePools } from './testing/prepare-pools';
import { batchOf, encoded, FAKE, frameEvent } from './testing/raw-events';

let store: AuditStore;
let database: string;

beforeEach(async () => {
  database = freshDatabaseName();
  const admin = createClickHouseClient({ chdbPath: chdbTestPath() });
  await migrate(admin, { database });
  await admin.close();
  store = createClickHouseAuditStore({
    client: createClickHouseClient({ chdbPath: chdbTestPath() }),
    database,
  });
  return () => store.close();
});
afterAll(() => removeChdbTestPath());
const preparePool = usePreparePools();

/** Preparation on this thread, or in worker threads: the same rows either way. */
let workers = 0;

async function pipelineOn(checkpoint?: { everyEvents: number }) {
  const producer = new RecordingProducer();
  const key = await generateCheckpointKey();
  const checkpointer = checkpoint
    ? createCheckpointer({
        signer: await createCheckpointSigner(key.privateJwk),
        issuer: 'ingest-test',
        everyEvents: checkpoint.everyEvents,
        everyMs: 60_000,
        store,
        nowMicros: () => Date.now() * 1000,
      })
    : undefined;
  const pipeline = createIngestPipeline({
    consumer: new HandOverConsumer(),
    store,
    producer,
    topics: { redacted: 'redacted', dlq: 'dlq' },
    decode: decodeEvent,
    encode: encodeEvent,
    masker: defaultFrameMasker(),
    ...(checkpointer && { checkpointer }),
    ...(workers > 0 && { preparePool: preparePool({ workers }) }),
    logger: silentLogger(),
  });
  return { pipeline, producer, publicKeys: [key.publicJwk] };
}

const payload = (n: number) =>
  JSON.stringify({ jsonrpc: '2.0', id: n, result: { note: `call ${n} for ${FAKE.ssn}` } });

describe.each([0, 1])('ingest into ClickHouse (chDB), %i prepare worker threads', (threads) => {
  beforeEach(() => {
    workers = threads;
  });

  it('stores new events read from a replaced log at offsets an earlier log already used', async () => {
    const { pipeline } = await pipelineOn();
    // The first log: session a at offsets 40–41.
    await pipeline.handle(
      batchOf(encoded([frameEvent('s-a', 0, payload(0)), frameEvent('s-a', 1, payload(1))])),
    );
    // The topic is recreated (or the local log replaced) while the store is kept: new events
    // at the same topic, partition and offsets. Offset-keyed deduplication dropped these.
    await pipeline.handle(
      batchOf(encoded([frameEvent('s-b', 0, payload(0)), frameEvent('s-b', 1, payload(1))])),
    );
    expect((await store.sessionEvents('s-a')).map((e) => e.seq)).toEqual([0, 1]);
    expect((await store.sessionEvents('s-b')).map((e) => e.seq)).toEqual([0, 1]);
  });

  it('stores a redelivered batch once, and chains sessions deterministically across batches and restarts', async () => {
    const events = Array.from({ length: 6 }, (_, seq) => frameEvent('s-c', seq, payload(seq)));
    const first = await pipelineOn({ everyEvents: 3 });
    await first.pipeline.handle(batchOf(encoded(events.slice(0, 4))));
    // A restart mid-session: a new instance, a redelivery overlapping what was stored.
    const second = await pipelineOn({ everyEvents: 2 });
    await second.pipeline.handle(batchOf(encoded(events.slice(2)), { firstOffset: 42 }));
    await second.pipeline.handle(batchOf(encoded(events.slice(2)), { firstOffset: 42 }));

    const stored = await store.sessionEvents('s-c');
    expect(stored.map((e) => e.seq)).toEqual([0, 1, 2, 3, 4, 5]);
    const checkpoints = (await store.listCheckpoints()).map((c) => c.jws);
    expect(checkpoints.length).toBeGreaterThanOrEqual(2);
    const keys = [...first.publicKeys, ...second.publicKeys];
    const report = await verifyAuditTrail({
      events: stored,
      checkpoints,
      publicKeys: keys,
      checkStreams: true,
    });
    expect(report).toMatchObject({ ok: true, events: 6, problems: [] });

    // Stored rows are exactly what a single pass over the session, on this thread, would have produced.
    const fresh = await (async () => {
      const other = freshDatabaseName();
      const admin = createClickHouseClient({ chdbPath: chdbTestPath() });
      await migrate(admin, { database: other });
      const otherStore = createClickHouseAuditStore({ client: admin, database: other });
      const once = createIngestPipeline({
        consumer: new HandOverConsumer(),
        store: otherStore,
        producer: new RecordingProducer(),
        topics: { redacted: 'r', dlq: 'd' },
        decode: decodeEvent,
        encode: encodeEvent,
        masker: defaultFrameMasker(),
        logger: silentLogger(),
      });
      await once.handle(batchOf(encoded(events)));
      const rows = await otherStore.sessionEvents('s-c');
      await otherStore.close();
      return rows;
    })();
    expect(stored.map((e) => e.hash)).toEqual(fresh.map((e) => e.hash));

    // Tampering with the stored rows is caught.
    const tampered = stored.map((e) =>
      e.seq === 3 ? { ...e, payload: e.payload.replace('call 3', 'call 9') } : e,
    );
    const caught = await verifyAuditTrail({
      events: tampered.filter((e) => e.seq !== 1),
      checkpoints,
      publicKeys: keys,
    });
    expect(caught.problems.map((p) => p.kind).sort()).toEqual(['deleted', 'modified']);
  });

  it('never stores the synthetic PHI in any column of any table', async () => {
    const { pipeline } = await pipelineOn({ everyEvents: 1 });
    await pipeline.handle(
      batchOf(
        encoded([
          frameEvent('s-d', 0, payload(0), { toolName: `t ${FAKE.ssn}`, resourceUri: `ehr://${FAKE.email}` }),
        ]),
      ),
    );
    const client = createClickHouseClient({ chdbPath: chdbTestPath() });
    let everything = '';
    try {
      const tables = await client.query({
        query: `SELECT name FROM system.tables WHERE database = {database:String} AND engine NOT LIKE '%View%'`,
        query_params: { database },
        format: 'JSONEachRow',
      });
      for (const { name } of await tables.json<{ name: string }>()) {
        const result = await client.query({
          query: `SELECT * FROM ${database}.${name}`,
          format: 'JSONEachRow',
        });
        everything += await result.text();
      }
    } finally {
      await client.close();
    }
    expect(everything).toContain('s-d');
    expect(everything).toContain('[SSN]');
    for (const value of Object.values(FAKE)) expect(everything).not.toContain(value);
    const rows = JSON.stringify([
      await store.sessionEvents('s-d'),
      await store.sessionRecords('s-d'),
      await store.listCheckpoints(),
    ]);
    expect(rows).toContain('s-d');
    for (const value of Object.values(FAKE)) expect(rows).not.toContain(value);
  });
});
