/**
 * What the exporter's compliance API needs beyond the audit store: a ClickHouse reader, the
 * caller-to-tenant mapping, the published checkpoint keys, the report's deployment facts, a
 * job queue (bullmq on Redis when configured, else in process) and the bundle directory.
 */
import { resolve } from 'node:path';
import type { AuditStore } from '@proctor/audit-store';
import { createClickHouseClient } from '@proctor/audit-store';
import type { ProctorConfig } from '@proctor/config';
import type { EventLogProducer } from '@proctor/event-log';
import type { Identity } from '@proctor/events';
import { loadCommittedSchemas } from '@proctor/events';
import type { ExporterDeps } from '@proctor/exporter';
import { type AuthFailureSink, authFailureEvent } from '@proctor/exporter/auth-failures';
import { workBundleJobs } from '@proctor/exporter/bundles';
import { clickHouseReportSource } from '@proctor/exporter/report';
import { publishedCheckpointKeys } from '@proctor/integrity';
import { createBullmqJobQueue, createInProcessJobQueue, type JobQueue } from '@proctor/jobs';
import type { Logger } from '@proctor/logger';
import type { JWK } from 'jose';
import { clickHouseOptions } from './audit-store';
import { retiredCheckpointKeys } from './checkpoint-keys';
import { payloadEncoder } from './enforcer-security';
import { openEventLogProducer, topicsOf } from './event-log';
import type { ShutdownStep } from './shutdown';

export interface ExporterParts {
  deps: Pick<ExporterDeps, 'audit' | 'bundles' | 'tenantsOf' | 'authFailures' | 'refusalLimit'>;
  steps: ShutdownStep[];
}

export function tenantsFor(config: ProctorConfig): (identity: Identity) => string[] {
  const mapping = Object.entries(config.exporter.tenantGroups);
  if (mapping.length === 0) return () => [config.tenant];
  return (identity) =>
    mapping.filter(([, groups]) => groups.some((g) => identity.groups.includes(g))).map(([tenant]) => tenant);
}

export async function openExporterParts(
  config: ProctorConfig,
  store: AuditStore,
  logger: Logger,
  /** The event log of this process (proctor up), if any. */
  producer?: EventLogProducer,
): Promise<ExporterParts> {
  const client = createClickHouseClient(clickHouseOptions(config));
  const reader = { client, database: config.auditStore.database };
  const keyFile = resolve(config.ingest.checkpoints.keyFile);
  // Retired keys are read once: a bad entry stops the start instead of every verification.
  const retired = await retiredCheckpointKeys(config);
  const publishedKeys = async (): Promise<JWK[]> => {
    try {
      return await publishedCheckpointKeys(keyFile, retired);
    } catch {
      return retired;
    }
  };
  const jobs: JobQueue = config.jobs.redisUrl
    ? await createBullmqJobQueue({ redisUrl: config.jobs.redisUrl, prefix: config.jobs.prefix, logger })
    : createInProcessJobQueue({ logger });
  const dir = resolve(config.exporter.bundleDir);
  const source = {
    client,
    database: config.auditStore.database,
    store,
    publishedKeys,
    schemaFingerprints: loadCommittedSchemas().map((s) => `v${s.version}`),
  };
  const worker = await workBundleJobs({ jobs, source, dir }, undefined, {
    maxBytes: config.exporter.bundleMaxBytes,
  });
  const refusals = await refusalRecorder(config, logger, producer);
  const connections = config.enforcer.connections.map((c) => {
    const upstream = c.upstream as { url?: string; stdio?: unknown };
    const transport: 'https' | 'http' | 'stdio' =
      upstream.url === undefined ? 'stdio' : upstream.url.startsWith('https:') ? 'https' : 'http';
    return { name: c.name, transport };
  });
  return {
    deps: {
      tenantsOf: tenantsFor(config),
      refusalLimit: config.exporter.auth.refusals,
      audit: {
        reader,
        publishedKeys,
        reportSource: clickHouseReportSource(client, config.auditStore.database),
        deployment: {
          retentionDays: config.auditStore.retentionDays,
          retentionByArea: definedOnly(config.auditStore.retention),
          connections,
          gatewayTls: config.exporter.tlsTerminated,
        },
      },
      bundles: { jobs, source, dir },
      ...(refusals && { authFailures: refusals.sink }),
    },
    steps: [
      { name: 'bundle worker', run: () => worker.close() },
      { name: 'exporter jobs', run: () => jobs.close() },
      { name: 'exporter reader', run: () => client.close() },
      ...(refusals?.steps ?? []),
    ],
  };
}

/**
 * Refused requests at the audit API go to the raw event log like the gateway's auth failures:
 * on this process's log (proctor up), or a Kafka producer of the exporter's own. Without an
 * event log to write to (a lone exporter without Kafka) they are not recorded, and the start
 * says so.
 */
async function refusalRecorder(
  config: ProctorConfig,
  logger: Logger,
  shared: EventLogProducer | undefined,
): Promise<{ sink: AuthFailureSink; steps: ShutdownStep[] } | undefined> {
  let log = shared;
  const steps: ShutdownStep[] = [];
  if (!log && config.eventLog.kafka) {
    const own = await openEventLogProducer(config, logger, { spool: false });
    steps.push({ name: 'exporter event log', run: () => own.close() });
    log = own;
  }
  if (!log) {
    logger.warn(
      'refused audit API requests are not recorded as audit events: no event log (configure Kafka)',
    );
    return undefined;
  }
  const producer = log;
  const raw = topicsOf(config).raw;
  // The claimed subject and issuer are client text: sealed like the gateway's.
  const encode = await payloadEncoder(config);
  const sink: AuthFailureSink = async (refused) => {
    const event = authFailureEvent(refused, { tenant: config.tenant, gatewayId: config.gatewayId });
    await producer.append(raw, [{ key: event.sessionId, value: encode(event) }]);
  };
  return { sink, steps };
}

function definedOnly(byArea: Record<string, number | undefined>): Record<string, number> {
  return Object.fromEntries(Object.entries(byArea).filter((e): e is [string, number] => e[1] !== undefined));
}
