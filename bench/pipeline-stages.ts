/**
 * Where ingest's CPU goes per event, stage by stage: the same ≈1 KB events as
 * bench/pipeline.ts through decode, the masker (client fields and payload), record
 * preparation (with a copy in place of the masker, for reference), chaining, the rows
 * ClickHouse is sent, and — each alone — the store (one batch inserted into embedded chDB
 * with the production migrations, through the HTTP client's insert as before and through
 * chDB's raw insert as now; the chain-state read ingest makes per batch) and, with
 * KAFKA_BROKERS set, kafkajs consuming the raw events and producing the redacted ones; and the
 * prepare stage through one prepare worker thread (all threads' CPU: what the hand-over costs).
 * Microseconds of process CPU per event (chDB's threads included), best of a few rounds.
 *
 *   [KAFKA_BROKERS=host:port] node bin/run-ts.mjs bench/pipeline-stages.ts [--events 5000] [--rounds 5]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createClient } from '@clickhouse/client';
import {
  type AuditRows,
  createClickHouseAuditStore,
  createClickHouseClient,
  migrate,
  validateAuditRows,
} from '@proctor/audit-store';
import { createKafkaConsumer, createKafkaProducer, ensureTopics } from '@proctor/event-log';
import { decodeEvent, encodeEvent } from '@proctor/events';
import {
  ClientFieldMemo,
  createPreparePool,
  defaultFrameMasker,
  type FrameMasker,
  linkBatch,
  redactEvent,
} from '@proctor/ingest';
import { createChdbConnection } from 'chdb/connection';
import { prepareBatch } from '../services/ingest/src/prepare-batch';
import { type PreparedRecord, prepareRecord } from '../services/ingest/src/prepare-record';
import { benchFrame } from './pipeline-events';

const { values } = parseArgs({
  options: { events: { type: 'string', default: '5000' }, rounds: { type: 'string', default: '5' } },
});
const loadAtStart = loadavg();
type Client = ReturnType<typeof createClient>;
/** The chDB clients of the store stages, opened on first use. */
let opened: { dir: string; admin: Client; clientPath: Client; rawPath: Client } | undefined;
const count = Number(values.events);
const seqs: number[] = [];
const raw = Array.from({ length: count }, (_, i) => encodeEvent(benchFrame('stages', i, 200, seqs)));
const batch = {
  topic: 'raw',
  partition: 0,
  records: raw.map((value, i) => ({ key: 'k', value, partition: 0, offset: String(i) })),
};
const copy: FrameMasker = (text) => ({ text, matches: [], quarantined: false, ruleErrors: [] });
const masker = defaultFrameMasker();
const nothingStored = {
  chainState: async (sessions: readonly { sessionId: string }[]) =>
    new Map(sessions.map((s) => [s.sessionId, { stored: [], before: undefined }])),
};

const best = new Map<string, number>();
async function stage<T>(name: string, work: () => T | Promise<T>): Promise<T> {
  const before = process.cpuUsage();
  const result = await work();
  const used = process.cpuUsage(before);
  const micros = (used.user + used.system) / count;
  best.set(name, Math.min(best.get(name) ?? Number.POSITIVE_INFINITY, micros));
  return result;
}

/** As ingest prepares a batch: one memo of masked client fields for the batch. */
async function prepareAll(with_: FrameMasker): Promise<PreparedRecord[]> {
  const out: PreparedRecord[] = [];
  const deps = { decode: decodeEvent, encode: encodeEvent, masker: with_ };
  const memo = new ClientFieldMemo();
  for (const record of batch.records) {
    const outcome = await prepareRecord(deps, batch, record, memo);
    if (outcome.outcome === 'ok') out.push(outcome.prepared);
  }
  return out;
}

// One worker, started and warmed before the rounds: its start-up is not a per-event cost.
const pool = createPreparePool({ workers: 1 });
await prepareBatch({ decode: decodeEvent, encode: encodeEvent, masker }, batch, pool);

for (let round = 0; round < Number(values.rounds); round++) {
  const decoded = await stage('decode (Avro)', () => raw.map((bytes) => decodeEvent(bytes)));
  await stage('redact (mask fields + payload)', async () => {
    const memo = new ClientFieldMemo();
    for (const event of decoded) {
      await redactEvent(event, event.type === 'frame' ? event.body.payload : null, masker, memo);
    }
  });
  await stage('prepare, masker replaced by a copy', () => prepareAll(copy));
  const prepared = await stage('prepare (decode→mask→rows→encode)', () => prepareAll(masker));
  await stage('prepare in 1 worker thread (both threads)', () =>
    prepareBatch({ decode: decodeEvent, encode: encodeEvent, masker }, batch, pool),
  );
  const linked = await stage('link (dedup + hash chain)', () =>
    linkBatch(
      nothingStored,
      prepared.map((p) => ({ item: p, event: p.event, canonical: p.canonical })),
    ),
  );
  const rows: AuditRows = {
    events: linked.outcomes.flatMap((o) => (o.status === 'new' ? [o.row] : [])),
    maskingMatchSets: prepared.flatMap((p) => p.records.maskingMatchSets ?? []),
  };
  await stage('rows to insert (+ validation)', () => validateAuditRows(rows));
  await storeStages(round, rows);
}
await kafkaStages();
await closeStores();
await pool.close();
const matches = (await prepareAll(masker)).reduce(
  (n, p) => n + (p.records.maskingMatchSets ?? []).reduce((m, set) => m + set.jsonPaths.length, 0),
  0,
);
process.stdout.write(
  `${count} events of ${raw[0]?.length} bytes, ${(matches / count).toFixed(1)} matches each; load average ${fmtLoad(loadAtStart)} at the start, ${fmtLoad(loadavg())} at the end\n`,
);
for (const [name, micros] of best)
  process.stdout.write(`${name.padEnd(48)} ${micros.toFixed(1).padStart(7)} µs/event\n`);

function fmtLoad(load: number[]): string {
  return load.map((l) => l.toFixed(2)).join(' ');
}

/**
 * One batch into the events and masking_match_sets tables (their materialized views and the
 * events projection included), in a fresh database each round so no insert is a
 * deduplicated repeat. The previous path is the HTTP client's insert over chDB's connection.
 */
async function storeStages(round: number, rows: AuditRows): Promise<void> {
  const stores = await openStores();
  const [viaClient, viaRaw] = [`stages_client_${round}`, `stages_raw_${round}`];
  await migrate(stores.admin, { database: viaClient });
  await migrate(stores.admin, { database: viaRaw });
  const clientStore = createClickHouseAuditStore({ client: stores.clientPath, database: viaClient });
  const rawStore = createClickHouseAuditStore({ client: stores.rawPath, database: viaRaw });
  const inserts = [
    () => stage('store: insert via @clickhouse/client (before)', () => clientStore.insertRows(rows)),
    () => stage('store: insert via chDB raw insert', () => rawStore.insertRows(rows)),
  ];
  // Alternating which goes first, so neither always runs beside the other's background merges.
  for (const insert of round % 2 === 0 ? inserts : inserts.reverse()) await insert();
  const sessions = new Map<string, number>();
  for (const e of rows.events) sessions.set(e.sessionId, Math.min(sessions.get(e.sessionId) ?? e.seq, e.seq));
  await stage('store: chain-state read (once per batch)', () =>
    rawStore.chainState([...sessions].map(([sessionId, fromSeq]) => ({ sessionId, fromSeq }))),
  );
}

async function openStores() {
  if (opened !== undefined) return opened;
  const dir = await mkdtemp(join(tmpdir(), 'proctor-bench-stages-'));
  const path = join(dir, 'chdb');
  opened = {
    dir,
    admin: createClickHouseClient({ chdbPath: path }),
    // What createClickHouseClient built before inserts went raw: the client over chDB's connection.
    clientPath: createClient({ connection: createChdbConnection({ path }) as never }),
    rawPath: createClickHouseClient({ chdbPath: path }),
  };
  return opened;
}

async function closeStores(): Promise<void> {
  if (opened === undefined) return;
  await Promise.all([opened.admin.close(), opened.clientPath.close(), opened.rawPath.close()]);
  await rm(opened.dir, { recursive: true, force: true });
}

/** kafkajs alone: producing the redacted events (as ingest appends them) and consuming the raw ones. */
async function kafkaStages(): Promise<void> {
  const brokers = process.env.KAFKA_BROKERS?.split(',').filter(Boolean) ?? [];
  if (brokers.length === 0) return;
  const topic = `bench_stages_${Date.now().toString(36)}`;
  await ensureTopics({ brokers, topics: [{ name: topic, partitions: 2 }] });
  const producer = await createKafkaProducer({ brokers, clientId: `${topic}-producer` });
  const redacted = (await prepareAll(masker)).map((p) => ({
    key: p.event.sessionId,
    value: p.redactedValue,
  }));
  for (let round = 0; round < Number(values.rounds); round++) {
    await stage('kafka: produce (kafkajs, 512 KiB appends)', async () => {
      for (let i = 0; i < redacted.length; i += 500) await producer.append(topic, redacted.slice(i, i + 500));
    });
  }
  await producer.close();
  const consumer = createKafkaConsumer({
    brokers,
    clientId: `${topic}-consumer`,
    groupId: `${topic}-group`,
    topic,
    maxBatchRecords: count,
    partitionsConsumedConcurrently: 2,
    fetch: { maxBytesPerPartition: 8 * 1024 * 1024 },
  });
  let seen = 0;
  // Once, cold (JIT warm-up included: about twice the warm figure); joining the group is included.
  const before = process.cpuUsage();
  let done: () => void = () => {};
  const all = new Promise<void>((resolve) => {
    done = resolve;
  });
  await consumer.start(async (batch) => {
    seen += batch.records.length;
    if (seen >= redacted.length) done();
  });
  await all;
  const used = process.cpuUsage(before);
  best.set('kafka: consume (kafkajs)', (used.user + used.system) / count);
  await consumer.stop();
}
