/**
 * Where ingest's CPU goes per event, stage by stage, without Kafka or ClickHouse: the same
 * ≈1 KB events as bench/pipeline.ts through decode, the masker (client fields and payload),
 * record preparation (with a copy in place of the masker, for reference), chaining, and the
 * rows ClickHouse is sent. Microseconds of process CPU per event, best of a few rounds.
 *
 *   node bin/run-ts.mjs bench/pipeline-stages.ts [--events 5000] [--rounds 5]
 */
import { parseArgs } from 'node:util';
import { validateAuditRows } from '@proctor/audit-store';
import { decodeEvent, encodeEvent } from '@proctor/events';
import { defaultFrameMasker, type FrameMasker, linkBatch, redactEvent } from '@proctor/ingest';
import { type PreparedRecord, prepareRecord } from '../services/ingest/src/prepare-record';
import { benchFrame } from './pipeline-events';

const { values } = parseArgs({
  options: { events: { type: 'string', default: '5000' }, rounds: { type: 'string', default: '5' } },
});
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

async function prepareAll(with_: FrameMasker): Promise<PreparedRecord[]> {
  const out: PreparedRecord[] = [];
  const deps = { decode: decodeEvent, encode: encodeEvent, masker: with_ };
  for (const record of batch.records) {
    const outcome = await prepareRecord(deps, batch, record);
    if (outcome.outcome === 'ok') out.push(outcome.prepared);
  }
  return out;
}

for (let round = 0; round < Number(values.rounds); round++) {
  const decoded = await stage('decode (Avro)', () => raw.map((bytes) => decodeEvent(bytes)));
  await stage('redact (mask fields + payload)', async () => {
    for (const event of decoded) {
      await redactEvent(event, event.type === 'frame' ? event.body.payload : null, masker);
    }
  });
  await stage('prepare, masker replaced by a copy', () => prepareAll(copy));
  const prepared = await stage('prepare (decode→mask→rows→encode)', () => prepareAll(masker));
  const linked = await stage('link (dedup + hash chain)', () =>
    linkBatch(
      nothingStored,
      prepared.map((p) => ({ item: p, event: p.event })),
    ),
  );
  await stage('rows to insert (+ validation)', () => {
    const events = linked.outcomes.flatMap((o) => (o.status === 'new' ? [o.row] : []));
    const maskingMatches = prepared.flatMap((p) => p.records.maskingMatches ?? []);
    validateAuditRows({ events, maskingMatches });
  });
}
const matches = (await prepareAll(masker)).reduce((n, p) => n + (p.records.maskingMatches?.length ?? 0), 0);
process.stdout.write(
  `${count} events of ${raw[0]?.length} bytes, ${(matches / count).toFixed(1)} matches each\n`,
);
for (const [name, micros] of best)
  process.stdout.write(`${name.padEnd(40)} ${micros.toFixed(1).padStart(7)} µs/event\n`);
