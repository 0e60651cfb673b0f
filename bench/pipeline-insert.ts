/**
 * The store's insert alone, by batch size: the same ≈1 KB events (and their masking match
 * sets) as bench/pipeline.ts, prepared and chained as ingest does, inserted into embedded chDB
 * with the production migrations (materialized views and projection included) in batches of
 * each `--sizes` value, one INSERT per table and batch as ingest makes, a fresh database per
 * size and round. Microseconds of process CPU per event (chDB's threads included), the
 * inserts alone and with the background work (merges) they leave for the next `--settle-ms`;
 * best of the rounds, sizes alternated. Shows what chDB spends per INSERT besides its rows,
 * which larger consumed batches (ingest's fetch size) share among more events.
 *
 *   node bin/run-ts.mjs bench/pipeline-insert.ts [--events 10000] [--sizes 250,1000,5000] [--rounds 3] [--settle-ms 1500]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  type AuditRows,
  createClickHouseAuditStore,
  createClickHouseClient,
  migrate,
} from '@proctor/audit-store';
import { decodeEvent, encodeEvent } from '@proctor/events';
import { defaultFrameMasker, linkBatch } from '@proctor/ingest';
import { type PreparedRecord, prepareRecord } from '../services/ingest/src/prepare-record';
import { benchFrame } from './pipeline-events';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '10000' },
    sizes: { type: 'string', default: '250,1000,5000' },
    rounds: { type: 'string', default: '3' },
    'settle-ms': { type: 'string', default: '1500' },
  },
});
const total = Number(values.events);
const sizes = values.sizes.split(',').map(Number);
const settleMs = Number(values['settle-ms']);
const loadAtStart = loadavg();

/** Every event prepared and chained once, as one batch: the rows each size's inserts slice. */
async function buildRows(): Promise<Required<Pick<AuditRows, 'events' | 'maskingMatchSets'>>> {
  const seqs: number[] = [];
  const records = Array.from({ length: total }, (_, i) => ({
    key: 'k',
    value: encodeEvent(benchFrame('insert', i, 200, seqs)),
    partition: 0,
    offset: String(i),
  }));
  const batch = { topic: 'raw', partition: 0, records };
  const deps = { decode: decodeEvent, encode: encodeEvent, masker: defaultFrameMasker() };
  const prepared: PreparedRecord[] = [];
  for (const record of records) {
    const outcome = await prepareRecord(deps, batch, record);
    if (outcome.outcome === 'ok') prepared.push(outcome.prepared);
  }
  const nothingStored = {
    chainState: async (sessions: readonly { sessionId: string }[]) =>
      new Map(sessions.map((s) => [s.sessionId, { stored: [], before: undefined }])),
  };
  const linked = await linkBatch(
    nothingStored,
    prepared.map((p) => ({ item: p, event: p.event, canonical: p.canonical })),
  );
  return {
    events: linked.outcomes.flatMap((o) => (o.status === 'new' ? [o.row] : [])),
    maskingMatchSets: prepared.flatMap((p) => p.records.maskingMatchSets ?? []),
  };
}

const dir = await mkdtemp(join(tmpdir(), 'proctor-bench-insert-'));
const client = createClickHouseClient({ chdbPath: join(dir, 'chdb') });
const rows = await buildRows();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const micros = (used: NodeJS.CpuUsage) => (used.user + used.system) / total;

const best = new Map<number, { insert: number; settled: number }>();
for (let round = 0; round < Number(values.rounds); round++) {
  for (const size of round % 2 === 0 ? sizes : [...sizes].reverse()) {
    const database = `insert_${size}_${round}`;
    await migrate(client, { database });
    const store = createClickHouseAuditStore({ client, database });
    await sleep(settleMs);
    const before = process.cpuUsage();
    for (let at = 0; at < total; at += size) {
      const events = rows.events.slice(at, at + size);
      const first = events[0]?.eventId;
      const last = events[events.length - 1]?.eventId;
      const from = rows.maskingMatchSets.findIndex((s) => s.eventId === first);
      const to = rows.maskingMatchSets.findIndex((s) => s.eventId === last);
      await store.insertRows({ events, maskingMatchSets: rows.maskingMatchSets.slice(from, to + 1) });
    }
    const inserted = process.cpuUsage(before);
    await sleep(settleMs);
    const settled = process.cpuUsage(before);
    const prev = best.get(size);
    best.set(size, {
      insert: Math.min(prev?.insert ?? Number.POSITIVE_INFINITY, micros(inserted)),
      settled: Math.min(prev?.settled ?? Number.POSITIVE_INFINITY, micros(settled)),
    });
  }
}
await client.close();
await rm(dir, { recursive: true, force: true });
const fmtLoad = (load: number[]) => load.map((l) => l.toFixed(2)).join(' ');
process.stdout.write(
  `${total} events inserted in batches of each size; load average ${fmtLoad(loadAtStart)} at the start, ${fmtLoad(loadavg())} at the end\n`,
);
const largest = best.get(Math.max(...sizes));
for (const [size, b] of [...best].sort((x, y) => x[0] - y[0])) {
  const ratio =
    largest === undefined ? '' : ` (×${(b.settled / largest.settled).toFixed(2)} the largest batch's)`;
  process.stdout.write(
    `batches of ${String(size).padStart(5)}: insert ${b.insert.toFixed(1).padStart(6)} µs/event, with merges ${b.settled.toFixed(1).padStart(6)}${ratio}\n`,
  );
}
