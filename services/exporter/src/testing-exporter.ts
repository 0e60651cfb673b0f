/**
 * An exporter over a fresh chDB database for route tests: bearer tokens are the names of the
 * people below (a stand-in verifier; the real OIDC check is the identity package's, tested
 * there and end to end), tenants come from `tenant-a-audit` / `tenant-b-audit` groups, bundles
 * are built by an in-process job queue.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ClickHouseClient } from '@clickhouse/client';
import { type AuditStore, createClickHouseAuditStore, migrate, type StoredEvent } from '@proctor/audit-store';
import { freshDatabaseName, openTestClient } from '@proctor/audit-store/testing';
import type { Identity } from '@proctor/events';
import type { RateLimit } from '@proctor/identity';
import { type CheckpointKeyPair, generateCheckpointKey, linkEvents } from '@proctor/integrity';
import { createInProcessJobQueue, type JobQueue } from '@proctor/jobs';
import { silentLogger } from '@proctor/logger';
import { maskString } from '@proctor/masking';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { JWK } from 'jose';
import { expect } from 'vitest';
import { chainedEvent } from '../../../packages/integrity/src/testing/sample-chain';
import { tempDir } from '../../../test/harness';
import { buildExporterApp } from './app';
import type { AuthFailureSink } from './auth-failures';
import { type BundleRouteDeps, workBundleJobs } from './bundle-routes';
import type { ExportLimits } from './exports/export-slots';
import { clickHouseReportSource } from './report/clickhouse-report-source';
import type { ReportFactsSource } from './report/report-facts';

const person = (subject: string, groups: string[]): Identity => ({
  subject,
  issuer: 'https://idp.example.com',
  groups,
  ci: null,
});

export const people: Record<string, Identity> = {
  auditor: person('audit@example.com', ['auditors', 'tenant-a-audit']),
  otherAuditor: person('audit@other.example.com', ['auditors', 'tenant-b-audit']),
  colleague: person('colleague@example.com', ['auditors', 'tenant-a-audit']),
  auditorMovedToB: person('audit@example.com', ['auditors', 'tenant-b-audit']),
  auditorOfNoTenant: person('audit@nowhere.example.com', ['auditors']),
  clinician: person('doc@example.com', ['clinicians']),
};

/** A linked, ended session of `frames` frames on gateway stream gw-1/1 from `streamStart`. */
export function endedSession(
  sessionId: string,
  tenant: string,
  frames: number,
  streamStart: number,
): StoredEvent[] {
  const events = Array.from({ length: frames + 2 }, (_, seq) =>
    chainedEvent(sessionId, seq, {
      tenant,
      streamSeq: streamStart + seq,
      type: seq === 0 ? 'session_started' : seq === frames + 1 ? 'session_ended' : 'frame',
      ...(seq === frames + 1 && {
        direction: '',
        kind: '',
        method: '',
        payload: '',
        detail: '{"reason":"client_delete"}',
      }),
    }),
  );
  return linkEvents(undefined, events) as StoredEvent[];
}

export interface TestExporter {
  app: FastifyInstance;
  client: ClickHouseClient;
  database: string;
  store: AuditStore;
  jobs: JobQueue;
  key: CheckpointKeyPair;
  /** Where finished bundles are written. */
  bundleDir: string;
  /** GET as one of `people` (null: no token). */
  get(who: string | null, url: string): Promise<LightMyRequestResponse>;
  /** A session's bundle, built as a job and downloaded by the auditor: the file it was saved to. */
  bundleFileOf(sessionId: string): Promise<string>;
  close(): Promise<void>;
}

/** The exporter app over a fresh, migrated database; `workers: false` leaves bundle jobs waiting. */
export async function startTestExporter(
  options: Partial<Pick<BundleRouteDeps, 'limits'>> & {
    workers?: boolean;
    maxConcurrentReports?: number;
    exportLimits?: ExportLimits;
    /** Bytes of payload a page of events reads at most. */
    pageBytes?: number;
    /** Where refused requests are recorded (default: nowhere). */
    authFailures?: AuthFailureSink;
    /** Refused requests per address before a 429 (default: no limit). */
    refusalLimit?: RateLimit;
    /** Wraps the audit store the routes use (e.g. to watch what a route reads). */
    wrapStore?: (store: AuditStore) => AuditStore;
    /** Wraps the ClickHouse client the audit routes read records with (e.g. to hold their queries). */
    wrapReader?: (client: ClickHouseClient) => ClickHouseClient;
    /** Wraps the ClickHouse report source (e.g. to hold a report while others arrive). */
    wrapReports?: (source: ReportFactsSource) => ReportFactsSource;
    /** What GET /v1/keys publishes and bundles carry (default: the test's own key). */
    publishedKeys?: () => Promise<JWK[]>;
  } = {},
): Promise<TestExporter> {
  const {
    workers = true,
    maxConcurrentReports,
    exportLimits,
    pageBytes,
    authFailures,
    refusalLimit,
    wrapStore = (store) => store,
    wrapReader = (reader) => reader,
    wrapReports = (source) => source,
    publishedKeys: published,
    ...bundles
  } = options;
  const client = openTestClient();
  const database = freshDatabaseName();
  await migrate(client, { database });
  const store = createClickHouseAuditStore({ client, database });
  const key = await generateCheckpointKey();
  const jobs = createInProcessJobQueue();
  const dir = await tempDir('bundles');
  const publishedKeys = published ?? (async () => [key.publicJwk]);
  const source = { client, database, store, publishedKeys, schemaFingerprints: ['v2'] };
  if (workers) await workBundleJobs({ jobs, source, dir });
  const app = buildExporterApp({
    store: wrapStore(store),
    verifier: {
      async verify(authorization: string | undefined) {
        const who = people[String(authorization).replace(/^Bearer /, '')];
        if (!who) throw Object.assign(new Error('invalid token'), { httpStatus: 401, code: 'invalid_token' });
        return who;
      },
    } as never,
    requiredGroups: ['auditors'],
    logger: silentLogger(),
    maskText: maskString,
    ...(authFailures && { authFailures }),
    ...(refusalLimit && { refusalLimit }),
    tenantsOf: (who) => [
      ...(who.groups.includes('tenant-a-audit') ? ['tenant-a'] : []),
      ...(who.groups.includes('tenant-b-audit') ? ['tenant-b'] : []),
    ],
    audit: {
      reader: { client: wrapReader(client), database },
      publishedKeys,
      reportSource: wrapReports(clickHouseReportSource(client, database)),
      ...(maxConcurrentReports !== undefined && { maxConcurrentReports }),
      ...(exportLimits !== undefined && { exportLimits }),
      ...(pageBytes !== undefined && { pageBytes }),
      deployment: {
        retentionDays: 2192,
        connections: [{ name: 'ehr', transport: 'https' }],
        gatewayTls: true,
      },
    },
    bundles: { jobs, source, dir, ...bundles },
  });
  const get = (who: string | null, url: string) =>
    app.inject({ method: 'GET', url, headers: who ? { authorization: `Bearer ${who}` } : {} });
  return {
    app,
    client,
    database,
    store,
    jobs,
    key,
    bundleDir: dir,
    get,
    async bundleFileOf(sessionId) {
      const queued = await app.inject({
        method: 'POST',
        url: '/v1/bundles',
        payload: { sessionId },
        headers: { authorization: 'Bearer auditor' },
      });
      const { jobId } = queued.json() as { jobId: string };
      await expect
        .poll(async () => (await get('auditor', `/v1/jobs/${jobId}`)).json().state, { timeout: 30_000 })
        .toBe('completed');
      const file = join(await tempDir('bundle-download'), `${jobId}.bundle`);
      await writeFile(file, (await get('auditor', `/v1/bundles/${jobId}`)).rawPayload);
      return file;
    },
    async close() {
      await app.close();
      await jobs.close();
      await store.close();
    },
  };
}
