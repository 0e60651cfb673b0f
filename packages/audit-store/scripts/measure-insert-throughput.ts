/**
 * One-off throughput probe for insertEvents on embedded chDB: inserts batches of ~1 KB
 * synthetic events into a throwaway database and prints rows/s, then times reading one
 * 10,000-event session back. Not a test; run by hand:
 *   npx tsx packages/audit-store/scripts/measure-insert-throughput.ts [batches] [batchSize]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClickHouseAuditStore, createClickHouseClient, migrate, type StoredEvent } from '../src/index';

const batches = Number(process.argv[2] ?? 20);
const batchSize = Number(process.argv[3] ?? 5000);
const payload = JSON.stringify({
  jsonrpc: '2.0',
  id: 1,
  result: { content: [{ type: 'text', text: 'x'.repeat(880) }], patient: '[REDACTED:name]' },
});

function event(session: number, seq: number): StoredEvent {
  return {
    eventId: `0193a6f0-${String(session).padStart(4, '0')}-7000-8000-${String(seq).padStart(12, '0')}`,
    type: 'frame',
    time: Date.now() * 1000 + seq,
    tenant: 'bench',
    gatewayId: 'gw-1',
    sessionId: `bench-session-${session}`,
    seq,
    subject: `user${session % 50}@example.com`,
    issuer: 'https://idp.example.com',
    groups: ['clinicians'],
    ci: {},
    sourceIp: '192.0.2.1',
    userAgent: 'bench/1.0',
    connection: 'ehr',
    direction: 'server_to_client',
    kind: 'response',
    method: 'tools/call',
    jsonrpcId: '1',
    toolName: 'lookup_patient',
    payload,
    size: payload.length,
    payloadSha256: 'b'.repeat(64),
    maskedCount: 1,
    maskedRules: ['name'],
    detail: '',
  };
}

const dir = mkdtempSync(join(tmpdir(), 'proctor-chdb-bench-'));
const client = createClickHouseClient({ chdbPath: dir });
const database = 'bench';
try {
  await migrate(client, { database });
  const store = createClickHouseAuditStore({ client, database });
  let seq = 0;
  const started = process.hrtime.bigint();
  for (let b = 0; b < batches; b++) {
    const rows: StoredEvent[] = [];
    // Ten sessions interleaved per batch, as a consumer of a partitioned topic would see.
    for (let i = 0; i < batchSize; i++) rows.push(event(i % 10, seq + Math.floor(i / 10)));
    seq += batchSize / 10;
    await store.insertEvents(rows, `bench/${b}`);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const total = batches * batchSize;
  console.log(
    `inserted ${total} events (${payload.length} B payload) in ${seconds.toFixed(2)} s: ${Math.round(total / seconds)} rows/s`,
  );

  const readStarted = process.hrtime.bigint();
  const events = await store.sessionEvents('bench-session-3', { limit: 10_000 });
  const readMs = Number(process.hrtime.bigint() - readStarted) / 1e6;
  console.log(`read ${events.length} events of one session in ${readMs.toFixed(0)} ms`);

  const listStarted = process.hrtime.bigint();
  const sessions = await store.listSessions({ subject: 'user3@example.com' });
  const listMs = Number(process.hrtime.bigint() - listStarted) / 1e6;
  console.log(`listed ${sessions.length} sessions by subject in ${listMs.toFixed(0)} ms`);
} finally {
  await client.close();
  rmSync(dir, { recursive: true, force: true });
}
