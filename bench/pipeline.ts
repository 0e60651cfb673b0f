/**
 * Pipeline benchmark: Kafka → decode → mask → ClickHouse (chDB) → redacted topic, with ≈1 KB
 * events, in this process (the way `proctor ingest` runs it). Two phases, one run:
 *
 * 1. throughput: N events are produced first, then ingest starts; events/s from its start
 *    until every event is stored (and the CPU it used, for events per core-second), with the
 *    default masker and, as a reference in the same run, with masking replaced by a copy;
 * 2. frame-to-queryable: with ingest running, events are produced at a steady rate, each
 *    stamped with its production time; the latency is ClickHouse's insert time (ingested_at)
 *    minus that stamp, as p50/p99.
 *
 * One ingest process (this one: chDB binds its data to one process), consuming the raw topic's
 * partitions concurrently, and signing a checkpoint per partition every `--checkpoint-every`
 * stored events (ingest's default, 1,000: each is a read and an insert in the store). The target (DESIGN.md: ≥ 20,000 events/s of ≈1 KB on 2 cores) is
 * judged on the default masker's wall-clock rate, and its CPU per event says what two cores
 * could carry at best; the broker's own CPU (another process) is not counted.
 *
 * Configurations: `defaultMasker` (masking, rows and encoding in `--workers` worker threads,
 * default one per core but the main thread's), `defaultMaskerInline` (all of it on the main
 * thread, as before the prepare pool) and `passThroughMasker` (a copy in place of masking,
 * inline). `--only` runs one of them, to run each in its own process.
 *
 *   KAFKA_BROKERS=127.0.0.1:9092 node bin/run-ts.mjs bench/pipeline.ts [--events 20000] [--rate 2000] [--seconds 5] [--workers N] [--only NAME]
 */

import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  type AuditStore,
  createClickHouseAuditStore,
  createClickHouseClient,
  migrate,
} from '@proctor/audit-store';
import { createKafkaConsumer, createKafkaProducer, ensureTopics } from '@proctor/event-log';
import { decodeEvent, encodeEvent, nowMicros } from '@proctor/events';
import {
  type Checkpointer,
  createCheckpointer,
  createIngestPipeline,
  createPreparePool,
  defaultFrameMasker,
  defaultPrepareWorkers,
  type FrameMasker,
  type IngestPipeline,
} from '@proctor/ingest';
import { createCheckpointSigner, loadOrCreateCheckpointKey } from '@proctor/integrity';
import { silentLogger } from '@proctor/logger';
import { RAW_FETCH_BYTES_PER_PARTITION } from '../src/runtime/event-log';
import { benchFrame } from './pipeline-events';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '20000' },
    rate: { type: 'string', default: '2000' },
    seconds: { type: 'string', default: '5' },
    sessions: { type: 'string', default: '200' },
    batch: { type: 'string', default: '5000' },
    partitions: { type: 'string', default: '2' },
    /** Partitions handled at once by the one consumer (default: all of them). */
    concurrent: { type: 'string' },
    /** A signed checkpoint per partition every N stored events, as `proctor ingest` signs them (0: none). */
    'checkpoint-every': { type: 'string', default: '1000' },
    /** Bytes per partition and fetch (default: what `proctor ingest` asks for). */
    'fetch-kib': { type: 'string', default: String(RAW_FETCH_BYTES_PER_PARTITION / 1024) },
    'min-kib': { type: 'string', default: '0' },
    'max-wait-ms': { type: 'string', default: '1000' },
    /** Prepare workers of defaultMasker: the service's default, at least one (the inline side is defaultMaskerInline). */
    workers: { type: 'string', default: String(Math.max(1, defaultPrepareWorkers())) },
    /** One configuration alone (defaultMasker, defaultMaskerInline, passThroughMasker), e.g. to run each in its own process. */
    only: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  process.stdout.write(
    'KAFKA_BROKERS=host:port node bin/run-ts.mjs bench/pipeline.ts [--events N] [--rate N/s] [--seconds S] [--sessions N] [--batch N] [--partitions N] [--concurrent N] [--fetch-kib N] [--min-kib N] [--max-wait-ms N] [--workers N] [--checkpoint-every N] [--only NAME]\n',
  );
  process.exit(0);
}
const brokers = process.env.KAFKA_BROKERS?.split(',').filter(Boolean) ?? [];
if (brokers.length === 0) {
  process.stderr.write('bench/pipeline: set KAFKA_BROKERS (start a broker with `npm run kafka`)\n');
  process.exit(2);
}
const total = Number(values.events);
const sessions = Number(values.sessions);
const partitions = Number(values.partitions);
const concurrent = Number(values.concurrent ?? partitions);
const stamp = Date.now().toString(36);
const dir = await mkdtemp(join(tmpdir(), 'proctor-bench-pipeline-'));
const chdbPath = join(dir, 'chdb');
const admin = createClickHouseClient({ chdbPath });
const producer = await createKafkaProducer({ brokers, clientId: `bench_${stamp}-producer` });

/**
 * A reference, never a configuration: the pipeline with masking replaced by a copy, to show
 * what the rest of the pipeline costs beside the masker.
 */
const passThrough: FrameMasker = (text) => ({ text, matches: [], quarantined: false, ruleErrors: [] });

interface Rig {
  run: string;
  database: string;
  topics: { raw: string; redacted: string; dlq: string };
  seqs: number[];
  produced: number;
  pipeline: IngestPipeline;
  store: AuditStore;
}

/** `workers`: prepare worker threads (0: inline, on the main thread). */
async function rig(name: string, masker: FrameMasker, workers: number): Promise<Rig> {
  const run = `bench_${stamp}_${name}`;
  const topics = {
    raw: `${run}_raw`,
    redacted: `${run}_redacted`,
    dlq: `${run}_dlq`,
    checkpoints: `${run}_checkpoints`,
  };
  await ensureTopics({ brokers, topics: Object.values(topics).map((t) => ({ name: t, partitions })) });
  await migrate(admin, { database: run });
  const store = createClickHouseAuditStore({ client: createClickHouseClient({ chdbPath }), database: run });
  const consumer = createKafkaConsumer({
    brokers,
    clientId: `${run}-ingest`,
    groupId: `${run}-ingest`,
    topic: topics.raw,
    maxBatchRecords: Number(values.batch),
    partitionsConsumedConcurrently: concurrent,
    fetch: {
      maxBytesPerPartition: Number(values['fetch-kib']) * 1024,
      minBytes: Number(values['min-kib']) * 1024,
      maxWaitMs: Number(values['max-wait-ms']),
    },
  });
  const checkpointer = await benchCheckpointer(run, store, topics.checkpoints);
  // Started before the clock does: a worker's start-up (loader, masker) is not a per-event cost.
  const preparePool = workers > 0 ? createPreparePool({ workers }) : undefined;
  await preparePool?.ready();
  const pipeline = createIngestPipeline({
    consumer,
    store,
    producer,
    topics: { redacted: topics.redacted, dlq: topics.dlq },
    decode: decodeEvent,
    encode: encodeEvent,
    masker,
    ...(preparePool && { preparePool }),
    ...(checkpointer && { checkpointer }),
    logger: silentLogger(),
  });
  return { run, database: run, topics, seqs: [], produced: 0, pipeline, store };
}

/** Checkpoints as `proctor ingest` signs them: stored, then produced to their topic. */
async function benchCheckpointer(
  run: string,
  store: AuditStore,
  topic: string,
): Promise<Checkpointer | undefined> {
  const everyEvents = Number(values['checkpoint-every']);
  if (everyEvents <= 0) return undefined;
  const key = await loadOrCreateCheckpointKey(join(dir, `${run}-checkpoint-key.json`));
  return createCheckpointer({
    signer: await createCheckpointSigner(key.privateJwk),
    issuer: run,
    everyEvents,
    everyMs: 10_000,
    store,
    nowMicros,
    emit: ({ jws, statement }) =>
      producer.append(topic, [{ key: statement.scope, value: Buffer.from(jws, 'utf8') }]),
  });
}

async function produce(r: Rig, count: number): Promise<void> {
  for (let done = 0; done < count; done += 1000) {
    const events = Array.from({ length: Math.min(1000, count - done) }, () =>
      benchFrame(r.run, r.produced++, sessions, r.seqs),
    );
    await producer.append(
      r.topics.raw,
      events.map((e) => ({ key: e.sessionId, value: encodeEvent(e) })),
    );
  }
}

async function storedCount(database: string, table = 'events'): Promise<number> {
  const result = await admin.query({
    query: `SELECT count() AS n FROM ${database}.${table}`,
    format: 'JSONEachRow',
  });
  const [row] = await result.json<{ n: string }>();
  return Number(row?.n ?? 0);
}

async function until(database: string, target: number, timeoutMs: number): Promise<void> {
  // A monotonic clock for the deadline: wall-clock adjustments must not shorten or stretch the wait.
  const deadline = performance.now() + timeoutMs;
  while ((await storedCount(database)) < target) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${target} stored events`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Phase 1: a backlog of `total` events, drained from ingest's start until all are stored. */
async function throughput(r: Rig) {
  await produce(r, total);
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  await r.pipeline.start();
  await until(r.database, total, 600_000);
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return {
    seconds: Number(seconds.toFixed(2)),
    eventsPerSecond: Math.round(total / seconds),
    cpuSeconds: Number(cpuSeconds.toFixed(2)),
    coresUsed: Number((cpuSeconds / seconds).toFixed(2)),
    cpuMicrosPerEvent: Math.round((cpuSeconds * 1e6) / total),
    eventsPerCpuSecond: Math.round(total / cpuSeconds),
  };
}

/** Phase 2: a steady rate; production time to ClickHouse insert time, per event. */
async function latency(r: Rig) {
  const from = Date.now() * 1000;
  const rate = Number(values.rate);
  for (let tick = 0; tick < Number(values.seconds) * 10; tick++) {
    const t = performance.now();
    await produce(r, Math.round(rate / 10));
    const wait = 100 - (performance.now() - t);
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }
  await until(r.database, r.produced, 300_000);
  const result = await admin.query({
    query: `SELECT quantiles(0.5, 0.99)(toUnixTimestamp64Milli(ingested_at) - intDiv(toUnixTimestamp64Micro(time), 1000)) AS q, count() AS n
            FROM ${r.database}.events WHERE toUnixTimestamp64Micro(time) >= {from:Int64}`,
    query_params: { from },
    format: 'JSONEachRow',
  });
  const [row] = await result.json<{ q: number[]; n: string }>();
  return { rate, events: Number(row?.n ?? 0), p50Ms: row?.q[0], p99Ms: row?.q[1] };
}

const TARGET_EVENTS_PER_SECOND = 20_000;
const TARGET_CORES = 2;
const eventBytes = encodeEvent(benchFrame('size', 0, 1, [0])).length;
const results: Record<string, unknown> = {
  events: total,
  eventBytes,
  ingestProcesses: 1,
  prepareWorkers: Number(values.workers),
  checkpointEvery: Number(values['checkpoint-every']),
  partitions,
  consumer: {
    partitionsConsumedConcurrently: concurrent,
    maxBatchRecords: Number(values.batch),
    fetchKiBPerPartition: Number(values['fetch-kib']),
    minKiB: Number(values['min-kib']),
    maxWaitMs: Number(values['max-wait-ms']),
  },
  loadAverageAtStart: loadavg().map((l) => Number(l.toFixed(2))),
};
let verdict = '';
const workers = Number(values.workers);
const runs: [string, FrameMasker, number][] = [
  ['defaultMasker', defaultFrameMasker(), workers],
  ['defaultMaskerInline', defaultFrameMasker(), 0],
  ['passThroughMasker', passThrough, 0],
];
for (const [name, masker, threads] of runs.filter(
  ([name]) => values.only === undefined || values.only === name,
)) {
  const r = await rig(name, masker, threads);
  const t = await throughput(r);
  results[name] = {
    ...t,
    latency: await latency(r),
    checkpoints: await storedCount(r.database, 'checkpoints'),
  };
  if (name === 'defaultMasker')
    verdict = targetVerdict(t, (results[name] as { latency: { p99Ms?: number } }).latency);
  await r.pipeline.stop();
  await r.store.close();
}
results.loadAverageAtEnd = loadavg().map((l) => Number(l.toFixed(2)));
await producer.close();
await admin.close();
await rm(dir, { recursive: true, force: true });
process.stdout.write(`${JSON.stringify(results, null, 2)}\n${verdict}\n`);

/** The DESIGN.md targets, met or NOT met, from the default masker's run. */
function targetVerdict(t: Awaited<ReturnType<typeof throughput>>, latency: { p99Ms?: number }): string {
  const atBest = Math.round((TARGET_CORES * 1e6) / t.cpuMicrosPerEvent);
  const rate = t.eventsPerSecond >= TARGET_EVENTS_PER_SECOND ? 'met' : 'NOT met';
  const p99 = latency.p99Ms !== undefined && latency.p99Ms <= 5000 ? 'met' : 'NOT met';
  return [
    `throughput ≥ ${TARGET_EVENTS_PER_SECOND} events/s on ${TARGET_CORES} cores: ${rate} — ${t.eventsPerSecond} events/s wall in 1 ingest process using ${t.coresUsed} cores; ${t.cpuMicrosPerEvent} µs of CPU per event, so ${TARGET_CORES} cores could carry at most ${atBest} events/s`,
    `frame-to-queryable p99 ≤ 5 s at ${values.rate} events/s: ${p99} (p99 ${latency.p99Ms} ms)`,
  ].join('\n');
}
