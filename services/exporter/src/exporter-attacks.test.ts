/**
 * The audit API attacked: callers without a token or outside the auditor groups, callers of
 * another tenant or of none, ids and parameters built to escape their query (SQL
 * metacharacters, path traversal, huge values), forged cursors, reversed and enormous time
 * ranges, and a caller flooding the bundle queue. Every answer is a clear 4xx, never a 5xx.
 */
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { StoredEvent } from '@proctor/audit-store';
import { removeChdbTestPath } from '@proctor/audit-store/testing';
import { createInProcessJobQueue } from '@proctor/jobs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForJob } from '../../../packages/jobs/src/job-queue.contract';
import { tempDir } from '../../../test/harness';
import type { RefusedRequest } from './auth-failures';
import type { BundleSource } from './bundle/build-bundle';
import { buildBundleJob, bundleFile, workBundleJobs } from './bundle-routes';
import { endedSession, startTestExporter, type TestExporter } from './testing-exporter';

let exporter: TestExporter;
/** While set, a report waits for it before reading the store (and counts itself waiting). */
const reportGate: { hold: Promise<void> | null; waiting: number } = { hold: null, waiting: 0 };
/** The refusals the API recorded. */
const refusals: RefusedRequest[] = [];
/** While set, a query of the record routes waits for it (and counts itself waiting). */
const recordGate: { hold: Promise<void> | null; waiting: number } = { hold: null, waiting: 0 };
/** Per read of a session's events from the store: the bytes of payload it returned. */
const sessionReads: number[] = [];

beforeAll(async () => {
  // No bundle worker: queued jobs stay waiting, so the queue limits can be reached.
  exporter = await startTestExporter({
    workers: false,
    limits: { perCaller: 2, queued: 3 },
    maxConcurrentReports: 1,
    exportLimits: { perCaller: 2, total: 3 },
    pageBytes: 500_000,
    wrapStore: (store) => ({
      ...store,
      async sessionEvents(sessionId, query) {
        if (recordGate.hold) {
          recordGate.waiting++;
          await recordGate.hold;
        }
        const events = await store.sessionEvents(sessionId, query);
        sessionReads.push(events.reduce((n, e) => n + e.payload.length, 0));
        return events;
      },
    }),
    authFailures: async (refused) => {
      refusals.push(refused);
    },
    wrapReader: (client) =>
      new Proxy(client, {
        get(target, name) {
          const value = Reflect.get(target, name);
          if (name !== 'query') return typeof value === 'function' ? value.bind(target) : value;
          return async (...args: Parameters<typeof target.query>) => {
            if (recordGate.hold) {
              recordGate.waiting++;
              await recordGate.hold;
            }
            return target.query(...args);
          };
        },
      }),
    wrapReports: (source) => ({
      async facts(tenant, range) {
        if (reportGate.hold) {
          reportGate.waiting++;
          await reportGate.hold;
        }
        return source.facts(tenant, range);
      },
    }),
  });
  await exporter.store.insertEvents([
    ...endedSession('s-a', 'tenant-a', 3, 0),
    ...endedSession('s-b', 'tenant-b', 2, 5),
  ]);
});

afterAll(async () => {
  await exporter?.close();
  removeChdbTestPath();
});

const get = (who: string | null, url: string) => exporter.get(who, url);
const post = (who: string | null, url: string, payload: unknown) =>
  exporter.app.inject({
    method: 'POST',
    url,
    payload: payload as object,
    headers: who ? { authorization: `Bearer ${who}` } : {},
  });

const ROUTES: [method: 'GET' | 'POST', url: string, body?: unknown][] = [
  ['GET', '/v1/sessions'],
  ['GET', '/v1/sessions/s-a/events'],
  ['GET', '/v1/sessions/s-a/log'],
  ['GET', '/v1/traces/t-1/log'],
  ['GET', '/v1/records/events'],
  ['GET', '/v1/reports/hipaa?from=2025-01-01&to=2026-01-01'],
  ['GET', '/v1/legal-holds'],
  ['POST', '/v1/legal-holds', { sessionId: 's-a', held: true, reason: 'r' }],
  ['POST', '/v1/bundles', { sessionId: 's-a' }],
  ['GET', '/v1/jobs/bundle.build:00000000-0000-4000-8000-000000000000'],
  ['GET', '/v1/bundles/bundle.build:00000000-0000-4000-8000-000000000000'],
];

const call = (who: string | null, [method, url, body]: (typeof ROUTES)[number]) =>
  method === 'GET' ? get(who, url) : post(who, url, body);

describe('the audit API under attack', () => {
  it('answers every route 401 with a challenge without a token, and 403 to a caller outside the auditor groups', async () => {
    for (const route of ROUTES) {
      const anonymous = await call(null, route);
      expect({ route: route[1], status: anonymous.statusCode }).toEqual({ route: route[1], status: 401 });
      expect(anonymous.headers['www-authenticate']).toMatch(/^Bearer .*resource_metadata=/);
      const forged = await call('not-a-known-token', route);
      expect({ route: route[1], status: forged.statusCode }).toEqual({ route: route[1], status: 401 });
      const clinician = await call('clinician', route);
      expect({ route: route[1], status: clinician.statusCode }).toEqual({ route: route[1], status: 403 });
    }
    // The checkpoint keys are public keys, published to anyone (as a JWKS is).
    expect((await get(null, '/v1/keys')).statusCode).toBe(200);
  });

  it("records a refusal's user agent cut to 512 characters: anyone can send 16 KB of it, kept for years", async () => {
    refusals.length = 0;
    const agent = `Mozilla/5.0 ${'x'.repeat(15_000)}`;
    const res = await exporter.app.inject({
      method: 'GET',
      url: '/v1/records/events',
      headers: { 'user-agent': agent },
    });
    expect(res.statusCode).toBe(401);
    expect(refusals.map((r) => r.userAgent)).toEqual([agent.slice(0, 512)]);
  });

  it('reads pages of large events by bytes, not only by count: a page of 10,000 payloads of megabytes each no longer fits in memory', async () => {
    const payload = (seq: number) => JSON.stringify({ seq, text: 'x'.repeat(200_000) });
    await exporter.store.insertEvents(
      endedSession('s-big', 'tenant-a', 12, 1_000).map((e) =>
        e.type === 'frame' ? { ...e, payload: payload(e.seq) } : e,
      ),
    );
    const seqs: number[] = [];
    let url: string | null = '/v1/records/events?session=s-big&limit=10000';
    while (url !== null) {
      const page = (await get('auditor', url)).json() as {
        records: { seq: number; payload: string }[];
        nextCursor: string | null;
      };
      // Two payloads of 200 kB fit in the 500 kB a page may read (beside the small start and end events).
      expect(page.records.reduce((n, r) => n + r.payload.length, 0)).toBeLessThanOrEqual(500_000);
      expect(page.records.length).toBeGreaterThan(0);
      seqs.push(...page.records.map((r) => r.seq));
      url = page.nextCursor && `/v1/records/events?session=s-big&limit=10000&cursor=${page.nextCursor}`;
    }
    expect(seqs).toEqual(Array.from({ length: 14 }, (_, i) => i));
    const streamed = await get('auditor', '/v1/sessions/s-big/log?format=ndjson');
    expect(
      streamed.body
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).seq),
    ).toEqual(seqs);
    // A session's events, in their one JSON answer, read from the store by bytes as well.
    sessionReads.length = 0;
    const events = (await get('auditor', '/v1/sessions/s-big/events?limit=10000')).json() as {
      sessionId: string;
      events: { seq: number; payload: { seq?: number } }[];
    };
    expect(events.sessionId).toBe('s-big');
    expect(events.events.map((e) => e.seq)).toEqual(seqs);
    expect(events.events[1]?.payload.seq).toBe(1);
    expect(sessionReads.length).toBeGreaterThan(5);
    expect(Math.max(...sessionReads)).toBeLessThanOrEqual(500_000);
    const after = (await get('auditor', '/v1/sessions/s-big/events?afterSeq=10&limit=2')).json();
    expect(after.events.map((e: { seq: number }) => e.seq)).toEqual([11, 12]);
  });

  it('shows an auditor of no tenant nothing, and refuses their bundle job with a 403, not a 5xx', async () => {
    expect((await get('auditorOfNoTenant', '/v1/records/events')).statusCode).toBe(403);
    expect((await get('auditorOfNoTenant', '/v1/sessions')).json()).toEqual({ sessions: [] });
    expect((await get('auditorOfNoTenant', '/v1/sessions/s-a/events')).statusCode).toBe(404);
    const bundle = await post('auditorOfNoTenant', '/v1/bundles', { sessionId: 's-a' });
    expect(bundle.statusCode).toBe(403);
    expect(bundle.json().error.message).toMatch(/no tenant/);
  });

  it('refuses a bundle job for a session the caller cannot read as a 404, before queueing it', async () => {
    const res = await post('otherAuditor', '/v1/bundles', { sessionId: 's-a' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('SESSION_NOT_FOUND');
    expect(await exporter.jobs.unfinished(buildBundleJob, 10)).toEqual([]);
  });

  it('treats SQL metacharacters, path traversal and huge values in ids and filters as plain values', async () => {
    const weird = [
      "s-a' OR '1'='1",
      's-a"; DROP TABLE events; --',
      '../../etc/passwd',
      's-a\\',
      '%00',
      'x'.repeat(5_000),
    ];
    for (const id of weird) {
      const path = encodeURIComponent(id);
      for (const url of [
        `/v1/sessions/${path}/events`,
        `/v1/sessions/${path}/log`,
        `/v1/traces/${path}/log`,
        `/v1/bundles/${path}`,
        `/v1/jobs/${path}`,
        `/v1/records/events?session=${path}`,
        `/v1/records/approvals?subject=${path}`,
        `/v1/sessions?subject=${path}`,
      ]) {
        const res = await get('auditor', url);
        expect({ url: url.slice(0, 80), status: res.statusCode >= 400 && res.statusCode < 500 }).toEqual({
          url: url.slice(0, 80),
          status: res.statusCode !== 200,
        });
        if (res.statusCode === 200) expect(JSON.stringify(res.json())).not.toContain('s-b');
      }
    }
    const claim = await get('auditor', `/v1/records/events?${encodeURIComponent('ci.x] OR 1=1 --')}=a`);
    expect(claim.statusCode).toBe(400);
    // The store is intact and still answers.
    expect((await get('auditor', '/v1/records/events?session=s-a')).json().records).toHaveLength(5);
  });

  it('answers a malformed or oversized body with a 4xx saying what is wrong, never quoting it', async () => {
    const cases: [url: string, body: string, status: number, message: RegExp][] = [
      ['/v1/bundles', '{"sessionId": "s-a", SSN 123-45-6789', 400, /body: not valid JSON/],
      ['/v1/legal-holds', `{"reason":"${'x'.repeat(2_000_000)}"}`, 413, /body: too large/],
      ['/v1/approvals/apr_1/approve', '{"reason": SSN 123-45-6789', 400, /body: not valid JSON/],
    ];
    for (const [url, payload, status, message] of cases) {
      const res = await exporter.app.inject({
        method: 'POST',
        url,
        payload,
        headers: { authorization: 'Bearer auditor', 'content-type': 'application/json' },
      });
      expect({ url, status: res.statusCode }).toEqual({ url, status });
      expect(res.json().error.message).toMatch(message);
      expect(res.body).not.toContain('123-45-6789');
    }
  });

  it('shows a stored payload that is not JSON (a tampered store) as text, not a 500', async () => {
    const [started, frame] = endedSession('s-bent', 'tenant-a', 1, 100);
    await exporter.store.insertEvents([started, { ...frame, payload: '{"mrn": [REDACTED' }] as StoredEvent[]);
    const res = await get('auditor', '/v1/sessions/s-bent/events');
    expect(res.statusCode).toBe(200);
    expect(res.json().events[1].payload).toBe('{"mrn": [REDACTED');
  });

  it("keeps a legal hold's reason masked in the store: a reason can name a patient", async () => {
    const placed = await post('auditor', '/v1/legal-holds', {
      sessionId: 's-a',
      held: true,
      reason: 'litigation about Jane Roe, SSN 123-45-6789',
    });
    expect(placed.statusCode).toBe(200);
    const holds = await get('auditor', '/v1/legal-holds');
    expect(holds.body).toContain('[SSN]');
    expect(holds.body).not.toContain('123-45-6789');
    await post('auditor', '/v1/legal-holds', { sessionId: 's-a', held: false, reason: 'released' });
  });

  it('writes a whole session log as JSON one record at a time (constant memory), not one object built in memory', async () => {
    const res = await get('auditor', '/v1/sessions/s-a/log?format=json');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    // Streamed: no length known up front.
    expect(res.headers['content-length']).toBeUndefined();
    const body = res.json() as { records: { seq: number }[]; nextCursor: null };
    expect(body.records.map((r) => r.seq)).toEqual([0, 1, 2, 3, 4]);
    expect(body.nextCursor).toBeNull();
  });

  it('answers abusive pagination with a 400 naming the parameter', async () => {
    const cases: [string, RegExp][] = [
      ['/v1/records/events?limit=-1', /limit/],
      ['/v1/records/events?limit=10001', /limit/],
      ['/v1/records/events?limit=1e309', /limit/],
      ['/v1/records/events?limit=abc', /limit/],
      ['/v1/records/events?limit=1&limit=2', /limit/],
      ['/v1/sessions?limit=100000', /limit/],
      ['/v1/sessions/s-a/events?afterSeq=-2', /afterSeq/],
      ['/v1/sessions/s-a/events?limit=0', /limit/],
    ];
    for (const [url, message] of cases) {
      const res = await get('auditor', url);
      expect({ url, status: res.statusCode }).toEqual({ url, status: 400 });
      expect(res.json().error.message).toMatch(message);
    }
  });

  it('answers a forged cursor with a 400, whatever it holds', async () => {
    const cursor = (values: unknown) => Buffer.from(JSON.stringify(values)).toString('base64url');
    for (const values of [
      [1, 's-a', 'not-a-seq', 'e'],
      [1, 's-a', -5, 'e'],
      [1, 7, 0, 'e'],
      ['time', 's-a', 0, 'e'],
      [-1, 's-a', 0, 'e'],
      [1, 's-a', 0],
    ]) {
      const res = await get('auditor', `/v1/records/events?cursor=${cursor(values)}`);
      expect({ values, status: res.statusCode }).toEqual({ values, status: 400 });
      expect(res.json().error.message).toMatch(/cursor/);
    }
    const matches = await get(
      'auditor',
      `/v1/records/masking-matches?cursor=${cursor([1, 's', 0, 'e', -1])}`,
    );
    expect(matches.statusCode).toBe(400);
  });

  it('refuses a reversed or empty time range with a 400, and reads an enormous one like a normal one', async () => {
    for (const url of [
      '/v1/records/events?from=2026-01-01&to=2025-01-01',
      '/v1/records/events?from=2026-01-01&to=2026-01-01',
      '/v1/reports/hipaa?from=2026-01-01&to=2025-01-01',
    ]) {
      const res = await get('auditor', url);
      expect({ url, status: res.statusCode }).toEqual({ url, status: 400 });
      expect(res.json().error.message).toMatch(/to: must be after from/);
    }
    const all = await get('auditor', `/v1/records/events?session=s-a&from=0&to=${Number.MAX_SAFE_INTEGER}`);
    expect(all.json().records).toHaveLength(5);
    const normal = (await get('auditor', '/v1/reports/hipaa?from=2025-01-01&to=2027-01-01')).json();
    const enormous = await get('auditor', `/v1/reports/hipaa?from=0&to=${Number.MAX_SAFE_INTEGER}`);
    expect(enormous.statusCode).toBe(200);
    expect(enormous.json().facts.totals).toEqual(normal.facts.totals);
    expect(normal.facts.totals.events).toBeGreaterThanOrEqual(5);
  });

  it('refuses reports beyond the ones being computed with a 429, and computes the next once they finished', async () => {
    const url = '/v1/reports/hipaa?from=2025-01-01&to=2027-01-01';
    let release = () => {};
    reportGate.hold = new Promise((resolve) => {
      release = resolve;
    });
    const first = get('auditor', url);
    await expect.poll(() => reportGate.waiting).toBe(1);
    const others = await Promise.all([1, 2, 3].map(() => get('auditor', url)));
    expect(others.map((a) => a.statusCode)).toEqual([429, 429, 429]);
    expect(others[0]?.headers['retry-after']).toBe('10');
    expect(others[0]?.json().error.code).toBe('TOO_MANY_REPORTS');
    reportGate.hold = null;
    release();
    expect((await first).statusCode).toBe(200);
    expect((await get('auditor', url)).statusCode).toBe(200);
  });

  it("refuses streamed exports beyond a caller's share, or beyond the process's, with a 429 until one ends", async () => {
    let release = () => {};
    recordGate.hold = new Promise((resolve) => {
      release = resolve;
    });
    recordGate.waiting = 0;
    const url = '/v1/records/events?format=csv';
    // Two streams of the auditor's are open, reading the store.
    const open = [get('auditor', url), get('auditor', '/v1/records/events?format=ndjson')];
    await expect.poll(() => recordGate.waiting).toBe(2);
    for (const more of [
      '/v1/records/events?format=ndjson',
      '/v1/records/approvals?format=csv',
      '/v1/records/events?format=json&limit=10000',
    ]) {
      const refused = await get('auditor', more);
      expect({ more, status: refused.statusCode }).toEqual({ more, status: 429 });
      expect(refused.json().error.code).toBe('TOO_MANY_EXPORTS');
      expect(refused.headers['retry-after']).toBe('10');
    }
    // A colleague takes the last slot of the process; nobody gets another.
    open.push(get('colleague', url));
    await expect.poll(() => recordGate.waiting).toBe(3);
    const busy = await get('otherAuditor', '/v1/records/events?format=csv');
    expect(busy.statusCode).toBe(429);
    expect(busy.json().error.code).toBe('EXPORTS_BUSY');
    recordGate.hold = null;
    release();
    expect((await Promise.all(open)).map((r) => r.statusCode)).toEqual([200, 200, 200]);
    // Every slot came back when its stream ended.
    const again = await Promise.all([1, 2].map(() => get('auditor', url)));
    expect(again.map((r) => r.statusCode)).toEqual([200, 200]);
    expect((await get('otherAuditor', url)).statusCode).toBe(200);
  });

  it("attack: many reads of a session's events at once take export slots like every other export (429 beyond them)", async () => {
    let release = () => {};
    recordGate.hold = new Promise((resolve) => {
      release = resolve;
    });
    recordGate.waiting = 0;
    const events = '/v1/sessions/s-a/events?limit=10000';
    // The auditor's share is held by two reads of a session's events, each reading the store.
    const open = [get('auditor', events), get('auditor', events)];
    await expect.poll(() => recordGate.waiting).toBe(2);
    const mine = await get('auditor', events);
    expect(mine.statusCode).toBe(429);
    expect(mine.json().error.code).toBe('TOO_MANY_EXPORTS');
    expect(mine.headers['retry-after']).toBe('10');
    // They count against streamed exports too, and against the process's total.
    expect((await get('auditor', '/v1/records/events?format=csv')).statusCode).toBe(429);
    open.push(get('colleague', '/v1/records/events?format=ndjson'));
    await expect.poll(() => recordGate.waiting).toBe(3);
    const busy = await get('otherAuditor', '/v1/sessions/s-b/events');
    expect(busy.statusCode).toBe(429);
    expect(busy.json().error.code).toBe('EXPORTS_BUSY');
    recordGate.hold = null;
    release();
    expect((await Promise.all(open)).map((r) => r.statusCode)).toEqual([200, 200, 200]);
    // Every slot came back, also after a read of an unknown session (404).
    expect((await get('auditor', '/v1/sessions/nope/events')).statusCode).toBe(404);
    const again = await Promise.all([1, 2].map(() => get('auditor', events)));
    expect(again.map((r) => r.statusCode)).toEqual([200, 200]);
    expect((await get('otherAuditor', '/v1/sessions/s-b/events')).statusCode).toBe(200);
  });

  it('reports a period without events as no evidence, not as controls met', async () => {
    const res = await get('auditor', '/v1/reports/hipaa?from=2001-01-01&to=2001-02-01');
    expect(res.statusCode).toBe(200);
    const report = res.json() as { controls: { id: string; status: string }[]; facts: { totals: object } };
    expect(report.facts.totals).toMatchObject({ events: 0, sessions: 0 });
    const audit = report.controls.find((c) => c.id === 'audit_controls');
    expect(audit?.status).toBe('no_evidence');
  });

  it('refuses a caller flooding the bundle queue with a 429, and everyone once the queue is full', async () => {
    for (let i = 0; i < 2; i++)
      expect((await post('auditor', '/v1/bundles', { sessionId: 's-a' })).statusCode).toBe(202);
    const mine = await post('auditor', '/v1/bundles', { sessionId: 's-a' });
    expect(mine.statusCode).toBe(429);
    expect(mine.headers['retry-after']).toBe('30');
    expect(mine.json().error.code).toBe('TOO_MANY_BUNDLE_JOBS');
    expect((await post('colleague', '/v1/bundles', { sessionId: 's-a' })).statusCode).toBe(202);
    const full = await post('otherAuditor', '/v1/bundles', { sessionId: 's-b' });
    expect(full.statusCode).toBe(429);
    expect(full.json().error.code).toBe('BUNDLE_QUEUE_FULL');
    expect(await exporter.jobs.unfinished(buildBundleJob, 10)).toHaveLength(3);
  });

  it('queues no more bundle jobs than the limits when a caller sends many at once', async () => {
    const fresh = await startTestExporter({ workers: false, limits: { perCaller: 2, queued: 3 } });
    try {
      await fresh.store.insertEvents(endedSession('s-a', 'tenant-a', 1, 0));
      const queue = (who: string) =>
        fresh.app.inject({
          method: 'POST',
          url: '/v1/bundles',
          payload: { sessionId: 's-a' },
          headers: { authorization: `Bearer ${who}` },
        });
      const burst = await Promise.all([
        ...Array.from({ length: 10 }, () => queue('auditor')),
        ...Array.from({ length: 10 }, () => queue('colleague')),
      ]);
      const accepted = (from: number) =>
        burst.slice(from, from + 10).filter((r) => r.statusCode === 202).length;
      expect(accepted(0)).toBeLessThanOrEqual(2);
      expect(accepted(0) + accepted(10)).toBe(3);
      expect(burst.filter((r) => r.statusCode === 429)).toHaveLength(17);
      expect(await fresh.jobs.unfinished(buildBundleJob, 100)).toHaveLength(3);
    } finally {
      await fresh.close();
    }
  });

  it('answers the download of a bundle whose file is gone with a 410, not a 500', async () => {
    const withWorkers = await startTestExporter();
    try {
      await withWorkers.store.insertEvents(endedSession('s-a', 'tenant-a', 1, 0));
      const queued = await withWorkers.app.inject({
        method: 'POST',
        url: '/v1/bundles',
        payload: { sessionId: 's-a' },
        headers: { authorization: 'Bearer auditor' },
      });
      const { jobId } = queued.json() as { jobId: string };
      await waitForJob(withWorkers.jobs, jobId);
      await rm(bundleFile(withWorkers.bundleDir, jobId));
      const gone = await withWorkers.get('auditor', `/v1/bundles/${jobId}`);
      expect(gone.statusCode).toBe(410);
      expect(gone.json().error.code).toBe('BUNDLE_GONE');
    } finally {
      await withWorkers.close();
    }
  });

  it('keeps finished bundle files within their time and a disk budget, the oldest going first', async () => {
    const dir = await tempDir('bundles');
    const jobs = createInProcessJobQueue();
    const storage = { keepMs: 3_600_000, maxBytes: Number.MAX_SAFE_INTEGER };
    await workBundleJobs({ jobs, source: exporterSource(), dir }, 1, { storage });
    const build = async () => {
      const { id } = await jobs.enqueue(buildBundleJob, {
        sessionId: 's-a',
        tenants: ['tenant-a'],
        createdBy: 'audit@example.com',
      });
      expect((await waitForJob(jobs, id)).state).toBe('completed');
      return bundleFile(dir, id);
    };
    const stored = async () => (await readdir(dir)).map((name) => join(dir, name)).sort();
    try {
      const first = await build();
      // Room for two and a half bundles: of four, the two newest stay.
      storage.maxBytes = Math.floor((await stat(first)).size * 2.5);
      const files = [first];
      for (let i = 0; i < 3; i++) files.push(await build());
      expect(await stored()).toEqual(files.slice(2).sort());
      // Past their time, every other bundle goes; the one just built stays.
      storage.keepMs = 0;
      const last = await build();
      expect(await stored()).toEqual([last]);
    } finally {
      await jobs.close();
    }
  });

  it("keeps a store error's text out of the job's recorded failure", async () => {
    const failed = await bundleJobOver({ ...exporterSource(), database: 'no_such_database_x7' });
    expect(failed.state).toBe('failed');
    expect(failed.error).toMatchObject({ code: 'BUNDLE_BUILD_FAILED' });
    expect(failed.error?.message).not.toContain('no_such_database_x7');
  });

  it('fails a bundle over the event cap with a clear error instead of exhausting memory', async () => {
    const failed = await bundleJobOver(exporterSource(), { maxEvents: 3 });
    expect(failed.state).toBe('failed');
    expect(failed.error).toMatchObject({ code: 'BUNDLE_TOO_LARGE', retryable: false });
    expect(failed.error?.message).toMatch(/more than 3 events.*format=ndjson/);
  });

  it('fails a bundle over the byte cap the same way, counting payloads, not events', async () => {
    const failed = await bundleJobOver(exporterSource(), { maxBytes: 100 });
    expect(failed.state).toBe('failed');
    expect(failed.error).toMatchObject({ code: 'BUNDLE_TOO_LARGE', retryable: false });
    expect(failed.error?.message).toMatch(/more than 100 bytes of payload.*format=ndjson/);
    const fits = await bundleJobOver(exporterSource(), { maxBytes: 1_000_000, maxEvents: 1_000 });
    expect(fits.state).toBe('completed');
  });
});

/** A bundle job for s-a run by a worker of its own over `source`, waited for until it ends. */
async function bundleJobOver(source: BundleSource, options: { maxEvents?: number; maxBytes?: number } = {}) {
  const jobs = createInProcessJobQueue();
  await workBundleJobs({ jobs, source, dir: await tempDir('bundles') }, 1, options);
  const { id } = await jobs.enqueue(buildBundleJob, {
    sessionId: 's-a',
    tenants: ['tenant-a'],
    createdBy: 'audit@example.com',
  });
  const ended = await waitForJob(jobs, id);
  await jobs.close();
  return ended;
}

function exporterSource() {
  const { client, database, store, key } = exporter;
  return { client, database, store, publishedKeys: async () => [key.publicJwk], schemaFingerprints: [] };
}
