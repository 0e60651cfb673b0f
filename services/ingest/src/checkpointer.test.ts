import { decodeEvent, encodeEvent } from '@proctor/events';
import {
  createCheckpointSigner,
  generateCheckpointKey,
  readCheckpointStatement,
  verifyAuditTrail,
} from '@proctor/integrity';
import { silentLogger } from '@proctor/logger';
import { describe, expect, it } from 'vitest';
import { createCheckpointer } from './checkpointer';
import { defaultFrameMasker } from './frame-masker';
import { createIngestPipeline } from './pipeline';
import { HandOverConsumer, MemoryStore, RecordingProducer } from './testing/fakes';
import { batchOf, encoded, frameEvent } from './testing/raw-events';

const payload = (n: number) => JSON.stringify({ jsonrpc: '2.0', id: n, result: { note: `step ${n}` } });

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function timedPipeline() {
  const store = new MemoryStore();
  const key = await generateCheckpointKey();
  const checkpointer = createCheckpointer({
    signer: await createCheckpointSigner(key.privateJwk),
    issuer: 'ingest-test',
    // Far more events than the test stores: only the timer can cut these checkpoints.
    everyEvents: 1_000_000,
    everyMs: 150,
    store,
    nowMicros: () => Date.now() * 1000,
  });
  const pipeline = createIngestPipeline({
    consumer: new HandOverConsumer(),
    store: store.asStore(),
    producer: new RecordingProducer(),
    topics: { redacted: 'redacted', dlq: 'dlq' },
    decode: decodeEvent,
    encode: encodeEvent,
    masker: defaultFrameMasker(),
    checkpointer,
    logger: silentLogger(),
  });
  const verify = (events = store.rows.events, checkpoints = store.checkpoints) =>
    verifyAuditTrail({
      events,
      checkpoints: checkpoints.map((c) => c.jws),
      publicKeys: [key.publicJwk],
      checkStreams: true,
      checkpointChains: { asOf: Date.now() * 1000, slackSeconds: 1 },
    });
  return { store, pipeline, verify };
}

describe('timed checkpoints', () => {
  it("cover a quiet session's tail without another batch, so cutting the tail off is detected", async () => {
    const { store, pipeline, verify } = await timedPipeline();
    await pipeline.start();
    try {
      const events = [0, 1, 2].map((seq) => frameEvent('s-quiet', seq, payload(seq)));
      await pipeline.handle(batchOf(encoded(events)));
      await until(() => store.checkpoints.length > 0, 'a timed checkpoint');
      expect(store.checkpoints[0]).toMatchObject({ eventCount: 3, sessionIds: ['s-quiet'] });
      expect(await verify()).toMatchObject({ ok: true, events: 3, problems: [] });

      // Without a checkpoint naming seq 2, removing the last event would leave a valid chain.
      const cut = await verify(store.rows.events.filter((e) => e.seq !== 2));
      expect(cut.problems.map((p) => p.kind)).toContain('deleted');
    } finally {
      await pipeline.stop();
    }
  });

  it('chain a late event after the checkpointed tail: the whole trail verifies, nothing reported inserted', async () => {
    const { store, pipeline, verify } = await timedPipeline();
    await pipeline.start();
    try {
      await pipeline.handle(batchOf(encoded([0, 1].map((seq) => frameEvent('s-late', seq, payload(seq))))));
      await until(() => store.checkpoints.length >= 3, 'the first timed checkpoint and two heartbeats');

      // The session's next event arrives long after its tail was checkpointed.
      await pipeline.handle(batchOf(encoded([frameEvent('s-late', 2, payload(2))]), { firstOffset: 50 }));
      await until(
        () => store.checkpoints.some((c) => c.eventCount === 1),
        'the checkpoint of the late event',
      );
      expect(store.checkpoints.find((c) => c.eventCount === 1)).toMatchObject({ sessionIds: ['s-late'] });
      const report = await verify();
      expect(report).toMatchObject({ ok: true, events: 3, problems: [] });
    } finally {
      await pipeline.stop();
    }
  });

  it('keep checkpointing a held scope while nothing arrives, numbered and linked, so a cut tail shows as a silence', async () => {
    const { store, pipeline, verify } = await timedPipeline();
    await pipeline.start();
    try {
      await pipeline.handle(batchOf(encoded([0, 1].map((seq) => frameEvent('s-idle', seq, payload(seq))))));
      await until(() => store.checkpoints.length >= 5, 'heartbeats');
      const statements = store.checkpoints.map((c) => readCheckpointStatement(c.jws));
      expect(statements.map((s) => (s.v === 2 ? s.scopeSeq : -1))).toEqual(statements.map((_, i) => i));
      expect(store.checkpoints.slice(1).every((c) => c.eventCount === 0)).toBe(true);
      expect(await verify()).toMatchObject({ ok: true, problems: [] });
    } finally {
      await pipeline.stop();
    }
    // At the stop the scope was let go: nothing is expected after its final checkpoint.
    expect(readCheckpointStatement(store.checkpoints.at(-1)?.jws ?? '')).toMatchObject({ final: true });
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    expect(await verify()).toMatchObject({ ok: true, problems: [] });

    // The newest checkpoints removed (no event came after them): only the silence gives it away.
    const cut = await verify(store.rows.events, store.checkpoints.slice(0, 2));
    expect(cut.problems.map((p) => p.kind)).toEqual(['stale_checkpoints']);
    const middle = await verify(
      store.rows.events,
      store.checkpoints.filter((_, i) => i !== 2),
    );
    expect(middle.problems.map((p) => p.kind)).toEqual(['checkpoint_gap']);
  });

  it('hold no scope before its first batch: nothing is signed, and the timer stops with the pipeline', async () => {
    const { store, pipeline } = await timedPipeline();
    await pipeline.start();
    await new Promise((resolve) => setTimeout(resolve, 400));
    await pipeline.stop();
    expect(store.checkpoints).toEqual([]);
  });
});
