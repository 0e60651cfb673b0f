import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ClickHouseClient } from '@clickhouse/client';
import type { AuditStore, StoredEvent } from '@proctor/audit-store';
import { removeChdbTestPath, selectRows } from '@proctor/audit-store/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/harness';
import { runProctor } from '../../../test/harness/proctor-cli';
import { readBundle } from './bundle/reader';
import { verifyBundle } from './bundle/verify-bundle';
import { storeSignedCheckpoint } from './testing-checkpoints';
import { endedSession as session, startTestExporter, type TestExporter } from './testing-exporter';

let exporter: TestExporter;
let client: ClickHouseClient;
let store: AuditStore;
let app: FastifyInstance;
let database: string;

let address: string | undefined;
const listening = async () => {
  address ??= await app.listen({ port: 0, host: '127.0.0.1' });
  return address;
};

const get = (who: string | null, url: string) => exporter.get(who, url);

beforeAll(async () => {
  exporter = await startTestExporter();
  ({ client, store, app, database } = exporter);
  const { key } = exporter;
  const a = session('s-a', 'tenant-a', 5, 0);
  const b = session('s-b', 'tenant-b', 2, 7);
  await store.insertEvents([...a, ...b]);
  const last = a[a.length - 1] as StoredEvent;
  await storeSignedCheckpoint(store, key, { id: 'cp-1', heads: [last], eventCount: a.length });
});

afterAll(async () => {
  await exporter?.close();
  removeChdbTestPath();
});

describe('compliance API', () => {
  it('pages through a session events with a cursor; the pages equal a direct count, in order', async () => {
    const [direct] = await selectRows<{ n: string }>(
      client,
      `SELECT count() AS n FROM ${database}.events FINAL WHERE session_id = 's-a'`,
    );
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const res = await get(
        'auditor',
        `/v1/records/events?session=s-a&limit=3${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(res.statusCode).toBe(200);
      const body = res.json() as { records: { seq: number; time: string }[]; nextCursor: string | null };
      seen.push(...body.records.map((r) => r.seq));
      cursor = body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...Array(Number(direct?.n)).keys()]);
  });

  it('pages by connection in time order through stored copies: every event once, as a direct count', async () => {
    // A redelivered batch stored again before any merge: the copies must not show.
    await store.insertEvents(session('s-a', 'tenant-a', 5, 0).slice(2, 5));
    const [direct] = await selectRows<{ n: string }>(
      client,
      `SELECT uniqExact(session_id, seq) AS n FROM ${database}.events WHERE tenant = 'tenant-a' AND connection = 'ehr'`,
    );
    const seen: string[] = [];
    const times: number[] = [];
    let cursor: string | null = null;
    do {
      const res = await get(
        'auditor',
        `/v1/records/events?connection=ehr&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(res.statusCode).toBe(200);
      const body = res.json() as {
        records: { sessionId: string; seq: number; time: string }[];
        nextCursor: string | null;
      };
      seen.push(...body.records.map((r) => `${r.sessionId}/${r.seq}`));
      times.push(...body.records.map((r) => Date.parse(r.time)));
      cursor = body.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toHaveLength(Number(direct?.n));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const ndjson = await get('auditor', '/v1/records/events?connection=ehr&format=ndjson');
    expect(ndjson.body.trim().split('\n')).toHaveLength(Number(direct?.n));
  });

  it('streams NDJSON and CSV, and FHIR AuditEvents for the session log', async () => {
    const ndjson = await get('auditor', '/v1/records/events?session=s-a&format=ndjson');
    expect(ndjson.headers['content-type']).toContain('application/x-ndjson');
    expect(ndjson.body.trim().split('\n')).toHaveLength(7);
    const csv = await get('auditor', '/v1/records/events?session=s-a&format=csv');
    const lines = csv.body.trim().split('\r\n');
    expect(lines[0]).toMatch(/^eventId,type,time,/);
    expect(lines).toHaveLength(8);
    const fhir = await get('auditor', '/v1/sessions/s-a/log?format=fhir');
    const resources = fhir.body
      .trim()
      .split('\n')
      .map(
        (l) => JSON.parse(l) as { resourceType: string; agent: { who: { identifier: { value: string } } }[] },
      );
    expect(resources).toHaveLength(7);
    expect(resources.every((r) => r.resourceType === 'AuditEvent')).toBe(true);
    expect(resources[1]?.agent[0]?.who.identifier.value).toBe('alice@example.com');
  });

  it('scopes every query to the caller tenants and refuses non-auditors', async () => {
    expect((await get('otherAuditor', '/v1/records/events?session=s-a')).json().records).toEqual([]);
    expect((await get('otherAuditor', '/v1/sessions/s-a/log')).statusCode).toBe(404);
    expect((await get('otherAuditor', '/v1/sessions/s-a/events')).statusCode).toBe(404);
    expect((await get('auditor', '/v1/sessions/s-a/events')).json().events).toHaveLength(7);
    const listed = (who: string) =>
      get(who, '/v1/sessions').then((r) => r.json().sessions.map((x: { sessionId: string }) => x.sessionId));
    expect(await listed('auditor')).toEqual(['s-a']);
    expect(await listed('otherAuditor')).toEqual(['s-b']);
    expect((await get('otherAuditor', '/v1/sessions?tenant=tenant-a')).statusCode).toBe(403);
    expect((await get('otherAuditor', '/v1/records/events?session=s-b')).json().records).toHaveLength(4);
    expect((await get('auditor', '/v1/records/events?tenant=tenant-b')).statusCode).toBe(403);
    expect((await get('clinician', '/v1/records/events')).statusCode).toBe(403);
    expect((await get(null, '/v1/records/events')).statusCode).toBe(401);
  });

  it('answers malformed parameters with a 400 naming the parameter', async () => {
    const cases: [string, number, RegExp][] = [
      ['/v1/records/events?limit=0', 400, /limit/],
      ['/v1/records/events?from=yesterday', 400, /from/],
      ['/v1/records/events?cursor=not-ours', 400, /cursor/],
      ['/v1/records/events?colour=blue', 400, /colour: unknown parameter/],
      ['/v1/records/bogus', 404, /one of: events/],
      ['/v1/records/auth-failures?tool=x', 400, /cannot be filtered by tool/],
      ['/v1/sessions/s-a/events?afterSeq=99999999999999999999', 400, /afterSeq/],
      [
        '/v1/reports/hipaa?from=2025-01-01&to=2026-01-01&controls=164.999',
        400,
        /unknown report control "164.999"/,
      ],
      ['/v1/reports/hipaa?from=2026-01-01&to=2025-01-01', 400, /to: must be after from/],
    ];
    for (const [url, status, message] of cases) {
      const res = await get('auditor', url);
      expect({ url, status: res.statusCode }).toEqual({ url, status });
      expect(res.json().error.message).toMatch(message);
    }
  });

  it('serves the HIPAA report as JSON, CSV and HTML', async () => {
    const range = 'from=2025-01-01T00:00:00Z&to=2027-01-01T00:00:00Z';
    const json = (await get('auditor', `/v1/reports/hipaa?${range}`)).json() as {
      controls: unknown[];
      facts: { totals: { sessions: number } };
    };
    expect(json.controls).toHaveLength(9);
    expect(json.facts.totals.sessions).toBe(1);
    expect((await get('auditor', `/v1/reports/hipaa?${range}&format=csv`)).body).toMatch(
      /^control,citation,status/,
    );
    expect(
      (await get('auditor', `/v1/reports/hipaa?${range}&format=html&controls=integrity`)).body,
    ).toContain('<svg class="chart"');
  });

  it('builds a bundle as a job, and the downloaded bundle verifies clean against the published keys', async () => {
    const queued = await app.inject({
      method: 'POST',
      url: '/v1/bundles',
      payload: { sessionId: 's-a' },
      headers: { authorization: 'Bearer auditor' },
    });
    expect(queued.statusCode).toBe(202);
    const { jobId } = queued.json() as { jobId: string };
    await expect
      .poll(async () => (await get('auditor', `/v1/jobs/${jobId}`)).json().state, { timeout: 30_000 })
      .toBe('completed');
    expect((await get('auditor', `/v1/jobs/${jobId}`)).json().progress).toBe(100);
    const download = await get('auditor', `/v1/bundles/${jobId}`);
    expect(download.statusCode).toBe(200);
    const file = join(await tempDir('bundle-download'), 'a.bundle');
    await writeFile(file, download.rawPayload);
    const keys = (await get('auditor', '/v1/keys')).json().keys;
    const report = await verifyBundle(await readBundle(file), { publishedKeys: keys });
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ ok: true, events: 7, checkpoints: 1 });

    // Only the creator sees the job and its bundle, and only while they may read its tenants.
    for (const who of ['colleague', 'otherAuditor', 'auditorMovedToB']) {
      expect((await get(who, `/v1/jobs/${jobId}`)).statusCode).toBe(404);
      expect((await get(who, `/v1/bundles/${jobId}`)).statusCode).toBe(404);
    }
    expect((await get('auditor', `/v1/jobs/${jobId}`)).json()).not.toHaveProperty('payload');

    const other = await app.inject({
      method: 'POST',
      url: '/v1/bundles',
      payload: { sessionId: 's-a' },
      headers: { authorization: 'Bearer otherAuditor' },
    });
    // Another tenant's session is no session to this caller: refused before any job is queued.
    expect(other.statusCode).toBe(404);
    expect(other.json().error.code).toBe('SESSION_NOT_FOUND');
  });

  it('proctor export writes a FHIR session log and a bundle that proctor verify accepts', async () => {
    const address = await listening();
    const dir = await tempDir('export-cli');
    const api = ['--url', address, '--token', 'auditor'];
    const log = await runProctor(['export', 'log', '--session', 's-a', '--format', 'fhir', ...api], {
      timeoutMs: 90_000,
    });
    expect(log.stderr).toBe('');
    expect(log.code).toBe(0);
    expect(
      log.stdout
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { resourceType: string }).resourceType),
    ).toEqual(Array(7).fill('AuditEvent'));

    const file = join(dir, 's-a.bundle');
    const exported = await runProctor(['export', 'bundle', '--session', 's-a', '--out', file, ...api], {
      timeoutMs: 90_000,
    });
    expect(exported.code).toBe(0);
    const keys = join(dir, 'keys.json');
    await writeFile(keys, (await get('auditor', '/v1/keys')).body);
    const verified = await runProctor(['verify', file, '--keys', keys], { timeoutMs: 90_000 });
    expect(verified.stdout).toMatch(/OK — 1 session\(s\), 7 event\(s\)/);
    expect(verified.code).toBe(0);

    const denied = await runProctor(
      ['export', 'records', 'events', '--url', address, '--token', 'clinician'],
      { timeoutMs: 90_000 },
    );
    expect(denied.code).toBe(1);
    expect(denied.stderr).toMatch(/\[FORBIDDEN\]/);
  }, 300_000);

  it('places, lists and releases legal holds by subject and by session, through the API and proctor legal-hold', async () => {
    const api = ['--url', await listening(), '--token', 'auditor'];
    const heldRows = async () =>
      selectRows<{ session_id: string; held: number }>(
        client,
        `SELECT session_id, max(legal_hold) AS held FROM ${database}.events GROUP BY session_id ORDER BY session_id`,
      );
    const added = await runProctor(
      ['legal-hold', 'add', '--subject', 'alice@example.com', '--reason', 'litigation 42', '--json', ...api],
      { timeoutMs: 90_000 },
    );
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    // alice has sessions in both tenants; the auditor of tenant-a holds only tenant-a's.
    expect(JSON.parse(added.stdout)).toMatchObject({ held: true, sessions: ['s-a'] });
    expect(await heldRows()).toEqual([
      { session_id: 's-a', held: 1 },
      { session_id: 's-b', held: 0 },
    ]);
    const listed = await runProctor(['legal-hold', 'list', ...api], { timeoutMs: 90_000 });
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(
      /^s-a {2}alice@example\.com {2}since .* by audit@example\.com: litigation 42$/m,
    );
    expect((await get('otherAuditor', '/v1/legal-holds')).json()).toEqual({ holds: [] });
    const report = (
      await get('auditor', `/v1/reports/hipaa?from=2000-01-01&to=2100-01-01&controls=retention`)
    ).json();
    expect(report.controls[0].evidence).toContainEqual({ label: 'Sessions under legal hold', value: 1 });

    const released = await app.inject({
      method: 'POST',
      url: '/v1/legal-holds',
      payload: { sessionId: 's-a', held: false, reason: 'settled' },
      headers: { authorization: 'Bearer auditor' },
    });
    expect(released.json()).toEqual({ held: false, sessions: ['s-a'] });
    expect((await heldRows()).every((r) => r.held === 0)).toBe(true);
    expect((await get('auditor', '/v1/legal-holds')).json()).toEqual({ holds: [] });
    const bad = await app.inject({
      method: 'POST',
      url: '/v1/legal-holds',
      payload: { sessionId: 's-b', held: true, reason: 'not mine' },
      headers: { authorization: 'Bearer auditor' },
    });
    expect(bad.statusCode).toBe(404);
    const usage = await runProctor(['legal-hold', 'add', '--reason', 'x', ...api], { timeoutMs: 90_000 });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/give one of --session ID or --subject SUBJECT/);
  }, 240_000);
});
