/**
 * Exporter benchmark, in chDB, one run:
 *
 * 1. HIPAA report over N synthetic events (default 10 M) generated inside ClickHouse
 *    (INSERT … SELECT FROM numbers(N), so the aggregates are filled by the same materialized
 *    views as in production); target: report ≤ 10 s;
 * 2. replay bundle of one 10 k-frame session (events linked into a real hash chain and
 *    checkpointed); target ≤ 2 s; then `proctor verify` of that bundle (events/s);
 * 3. export throughput: NDJSON rows/s of the events export, pages cut by bytes and by count.
 *
 *   node bin/run-ts.mjs bench/exporter.ts [--events 10000000] [--frames 10000]
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  createClickHouseAuditStore,
  createClickHouseClient,
  migrate,
  type StoredEvent,
} from '@proctor/audit-store';
import { readBundle, verifyBundle, writeBundle } from '@proctor/exporter/bundle';
import { buildBundle } from '@proctor/exporter/bundle-build';
import { EVENT_RECORDS, readAllRecords } from '@proctor/exporter/exports';
import { buildHipaaReport, clickHouseReportSource } from '@proctor/exporter/report';
import {
  buildCheckpoint,
  createCheckpointSigner,
  generateCheckpointKey,
  linkEvents,
} from '@proctor/integrity';
import { chainedEvent } from '../packages/integrity/src/testing/sample-chain';

const { values } = parseArgs({
  options: { events: { type: 'string', default: '10000000' }, frames: { type: 'string', default: '10000' } },
});
const total = Number(values.events);
const frames = Number(values.frames);
const dir = await mkdtemp(join(tmpdir(), 'proctor-bench-exporter-'));
const client = createClickHouseClient({ chdbPath: join(dir, 'chdb') });
const database = 'bench';
await migrate(client, { database });
const store = createClickHouseAuditStore({ client, database });
const seconds = (since: number) => (performance.now() - since) / 1000;
const line = (label: string, value: string, target?: string, met?: boolean) =>
  console.log(
    `${label.padEnd(44)} ${value.padStart(14)}${target ? `   target ${target}: ${met ? 'met' : 'NOT met'}` : ''}`,
  );

// 1. A large store: sessions of 50 events over 30 days, 200 subjects, 5 connections (a session
//    is on one connection, as the gateway serves each at its own /mcp/<name>), 12 tools.
let started = performance.now();
await client.command({
  query: `INSERT INTO ${database}.events (event_id, type, time, tenant, gateway_id, session_id, seq, subject, issuer, groups,
            source_ip, user_agent, connection, direction, kind, method, jsonrpc_id, tool_name, payload, size, payload_sha256,
            masked_count, masked_rules, detail, era, hash, prev_hash)
          SELECT toString(generateUUIDv4()), if(number % 50 = 0, 'session_started', 'frame'),
                 toDateTime64('2026-10-01 00:00:00', 6, 'UTC') + toIntervalSecond(intDiv(number, 4)),
                 'bench', 'gw-1', concat('s-', toString(intDiv(number, 50))), number % 50,
                 concat('user', toString(intDiv(number, 50) % 200), '@example.com'), 'https://idp.example.com', ['clinicians'],
                 '192.0.2.1', 'bench', concat('conn', toString(intDiv(number, 50) % 5)), 'client_to_server', 'request', 'tools/call',
                 toString(number), concat('tool', toString(number % 12)), '{"jsonrpc":"2.0"}', 16, '', number % 3, [], '', 'stateful',
                 lower(hex(SHA256(toString(number)))), ''
          FROM numbers(${total})`,
  clickhouse_settings: { max_insert_threads: '2' },
});
line(`generated events`, `${total}`);
line('generation + aggregation (s)', seconds(started).toFixed(1));
// A store is read long after its rows arrived: let the background merges of the generated
// parts finish first, so the report is measured on a settled store, not against its merges.
started = performance.now();
for (let merging = 1; merging > 0 && seconds(started) < 600; ) {
  const result = await client.query({
    query: 'SELECT count() AS n FROM system.merges WHERE database = {database:String}',
    query_params: { database },
    format: 'JSONEachRow',
  });
  merging = Number((await result.json<{ n: string }>())[0]?.n ?? 0);
  if (merging > 0) await new Promise((resolve) => setTimeout(resolve, 1000));
}
line('background merges settled (s)', seconds(started).toFixed(1));
const source = clickHouseReportSource(client, database);
started = performance.now();
const facts = await source.facts('bench', {
  from: Date.UTC(2026, 8, 1) * 1000,
  to: Date.UTC(2027, 0, 1) * 1000,
});
const report = buildHipaaReport(facts, { retentionDays: 2192, connections: [], gatewayTls: true });
const reportSeconds = seconds(started);
line(
  `HIPAA report over ${facts.totals.events} events (s)`,
  reportSeconds.toFixed(2),
  '≤ 10 s',
  reportSeconds <= 10,
);
if (report.controls.length !== 9 || facts.totals.events !== total)
  throw new Error('report facts do not match the generated store');

// 2. One 10 k-frame session, chained and checkpointed, bundled and verified.
const key = await generateCheckpointKey();
const signer = await createCheckpointSigner(key.privateJwk);
const events = linkEvents(
  undefined,
  Array.from({ length: frames }, (_, seq) =>
    chainedEvent('bundle-session', seq, { tenant: 'bench', streamSeq: seq }),
  ),
) as StoredEvent[];
await store.insertEvents(events);
const last = events[events.length - 1] as StoredEvent;
await store.insertCheckpoint({
  checkpointId: 'cp-bench',
  issuedAt: last.time,
  issuer: 'bench',
  scope: 'raw/0',
  keyId: key.keyId,
  eventCount: frames,
  sessionIds: ['bundle-session'],
  jws: await signer.sign(
    buildCheckpoint({
      issuer: 'bench',
      scope: 'raw/0',
      eventCount: frames,
      issuedAt: 1,
      sessions: [{ sessionId: 'bundle-session', seq: last.seq, hash: last.hash }],
      streams: [],
    }),
  ),
});
const file = join(dir, 'session.bundle');
started = performance.now();
const bundle = await buildBundle(
  { client, database, store, publishedKeys: async () => [key.publicJwk], schemaFingerprints: [] },
  { tenants: ['bench'], sessionId: 'bundle-session', createdBy: 'bench' },
);
await writeBundle(bundle, file);
const bundleSeconds = seconds(started);
line(`bundle of a ${frames}-frame session (s)`, bundleSeconds.toFixed(2), '≤ 2 s', bundleSeconds <= 2);
line('bundle size (MB)', ((await stat(file)).size / 1e6).toFixed(1));
started = performance.now();
const verified = await verifyBundle(await readBundle(file), { publishedKeys: [key.publicJwk] });
const verifySeconds = seconds(started);
line('verify (events/s)', Math.round(frames / verifySeconds).toString());
line(
  'verify result',
  verified.ok ? 'clean' : `${verified.problems.length} problems (expected: missing end only)`,
);

// 3. Export throughput: pages cut at 32 MiB of payload (the API's default), and by count only,
//    alternated in this run.
const exportRate = async (maxBytes?: number) => {
  const since = performance.now();
  let rows = 0;
  for await (const row of readAllRecords(client, database, EVENT_RECORDS, {
    tenants: ['bench'],
    filters: { connection: 'conn1' },
    ...(maxBytes !== undefined && { maxBytes }),
  })) {
    rows += JSON.stringify(row).length > 0 ? 1 : 0;
    if (rows >= 500_000) break;
  }
  return Math.round(rows / seconds(since));
};
for (let round = 1; round <= 2; round++) {
  const byCount = await exportRate();
  const byBytes = await exportRate(32 * 1024 * 1024);
  line(`export rows/s, pages by count (round ${round})`, byCount.toString());
  line(`export rows/s, pages by 32 MiB (round ${round})`, `${byBytes} (${(byBytes / byCount).toFixed(2)}x)`);
}
await client.close();
await rm(dir, { recursive: true, force: true });
