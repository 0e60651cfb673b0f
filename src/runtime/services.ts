import { hostname } from 'node:os';
import { resolve } from 'node:path';
import type { AuditStore } from '@proctor/audit-store';
import type { ProctorConfig } from '@proctor/config';
import { startDemoEhr } from '@proctor/demo-ehr';
import {
  buildEnforcerApp,
  consumerHistory,
  type EnforcerApp,
  FileEpochStore,
  keepCheckpoint,
  OpenSubjectsTracker,
  openSharedSessionStore,
  RecoveryCheckpointFile,
  recoverCrashedSessions,
} from '@proctor/enforcer';
import {
  createLocalLogConsumer,
  type EventLogProducer,
  type LocalLogProducer,
  type SpooledKafkaLog,
} from '@proctor/event-log';
import { decodeEvent, newEventId, nowMicros } from '@proctor/events';
import { buildExporterApp } from '@proctor/exporter';
import { clientAuthorizationServers } from '@proctor/identity';
import { createIngestService } from '@proctor/ingest';
import { createLogger, type Logger } from '@proctor/logger';
import { maskString } from '@proctor/masking';
import { gatewayApprovals, type OpenApprovals, openApprovals, withGrantStage } from './approvals';
import { openAuditStore } from './audit-store';
import { retiredCheckpointKeys } from './checkpoint-keys';
import { openEnforcerSecurity } from './enforcer-security';
import {
  ensureIngestTopics,
  openEventLogProducer,
  openRawTopicConsumer,
  recoveryGroupOf,
  spoolDir,
  topicsOf,
} from './event-log';
import { openExporterParts } from './exporter-parts';
import { openExporterTokenVerifier, openTokenVerifier } from './identity';
import { openPayloadOpener } from './payload-opener';
import type { ShutdownStep } from './shutdown';

export interface RunningService {
  name: string;
  /** Where it listens, for the start-up message. */
  url?: string;
  /** Shutdown steps, in the order they must run. */
  steps: ShutdownStep[];
}

/** Shared handles: `proctor up` opens each once and gives it to every service. */
export interface SharedParts {
  producer?: EventLogProducer;
  store?: AuditStore;
  /** The approval workflow: one per process, so decisions taken through the API reach held calls. */
  approvals?: OpenApprovals;
}

export async function startEnforcer(
  config: ProctorConfig,
  logger: Logger,
  shared: SharedParts = {},
): Promise<RunningService> {
  // Keys, policy and credential references first: a bad one stops the start before anything is opened.
  const held = gatewayApprovals(config);
  const security = await openEnforcerSecurity(
    config,
    logger.child({ service: 'enforcer' }),
    process.env,
    held.source,
    (sessionId) => held.grantOf(sessionId),
  );
  const producer = shared.producer ?? (await openEventLogProducer(config, logger));
  // Approval holds wait on the workflow (Redis when approvals.redisUrl is set, else this process).
  const approvals = await held.open(logger.child({ service: 'enforcer' }), producer);
  shared.approvals ??= approvals;
  const verifier = await openTokenVerifier(config);
  const gatewayEpoch = await new FileEpochStore(resolve(config.enforcer.stateDir)).next(config.gatewayId);
  // Several gateways share sessions through Redis; one gateway keeps them in memory.
  const sharedSessions = openSharedSessionStore(config);
  const checkpoint = recoveryCheckpointOf(config, producer);
  const enforcer = buildEnforcerApp({
    config,
    eventLog: producer,
    rawTopic: topicsOf(config).raw,
    verifier,
    encode: security.encode,
    ...(security.stages && { stages: withGrantStage(security, held) }),
    ...(security.credentials && { credentials: security.credentials }),
    newEventId,
    nowMicros,
    logger: logger.child({ service: 'enforcer' }),
    gatewayEpoch,
    ...(sharedSessions && { sessions: sharedSessions, sessionsAreShared: true }),
    ...(checkpoint && { onAppended: checkpoint.tracker.onAppended }),
  });
  const stopPolicyWatch = await security.attach(enforcer);
  held.attach(enforcer);
  await recoverCrashedGatewaySessions(config, enforcer, logger, checkpoint?.file);
  const keeping =
    checkpoint && keepCheckpoint(checkpoint.tracker, checkpoint.file, { intervalMs: 1_000, logger });
  const address = await enforcer.app.listen(config.enforcer.listen);
  const steps: ShutdownStep[] = [
    { name: 'policy watcher', run: async () => stopPolicyWatch() },
    { name: 'enforcer', run: () => enforcer.close() },
    { name: 'approvals', run: () => approvals.close() },
  ];
  if (keeping) steps.push({ name: 'crash-recovery checkpoint', run: () => keeping.stop() });
  if (sharedSessions) steps.push({ name: 'session store', run: () => sharedSessions.close() });
  if (!shared.producer) steps.push({ name: 'event log', run: () => producer.close() });
  return { name: 'enforcer', url: address, steps };
}

/**
 * Sessions a crash of this gateway cut off are ended (gateway_crash) from what the log it
 * holds says — the local log, or the spool in front of Kafka — before traffic starts. With
 * Kafka and no spool the gateway holds no log: nothing is read.
 */
async function recoverCrashedGatewaySessions(
  config: ProctorConfig,
  enforcer: EnforcerApp,
  logger: Logger,
  checkpoint: RecoveryCheckpointFile | undefined,
): Promise<void> {
  const dir = gatewayLogDir(config);
  if (dir === null) return;
  const consumer = createLocalLogConsumer({
    dir,
    topic: topicsOf(config).raw,
    groupId: recoveryGroupOf(config.gatewayId),
  });
  const ended = await recoverCrashedSessions(
    enforcer.pipeline.ctx,
    consumerHistory({ consumer, decode: decodeEvent }),
    (await checkpoint?.read()) ?? [],
  );
  if (ended > 0) logger.warn({ sessions: ended }, 'recorded the end of sessions a gateway crash cut off');
}

/** The log this gateway holds: the local log, or the spool in front of Kafka; null for Kafka alone. */
function gatewayLogDir(config: ProctorConfig): string | null {
  const { kafka, spool } = config.eventLog;
  if (kafka && !spool.enabled) return null;
  return kafka ? spoolDir(config) : resolve(config.eventLog.local.dir);
}

/**
 * The open-sessions checkpoint kept with the gateway's log (sessions/recovery-checkpoint.ts):
 * what lets recovery end sessions whose events the log already trimmed.
 */
function recoveryCheckpointOf(config: ProctorConfig, producer: EventLogProducer) {
  const dir = gatewayLogDir(config);
  const local = localLogOf(producer);
  if (dir === null || local === null) return undefined;
  const topic = topicsOf(config).raw;
  const tracker = new OpenSubjectsTracker({
    positionOf: () => local.acknowledgedEnd(topic),
    now: Date.now,
    // Past twice the idle time the idle sweep has ended a session, or another gateway serves it.
    maxIdleMs: config.enforcer.sessionIdleMinutes * 2 * 60_000,
  });
  return {
    tracker,
    file: new RecoveryCheckpointFile({ dir, topic, group: recoveryGroupOf(config.gatewayId) }),
  };
}

/** The local log under the producer: itself, or the spool in front of Kafka. */
function localLogOf(producer: EventLogProducer): Pick<LocalLogProducer, 'acknowledgedEnd'> | null {
  if ('spool' in producer) return (producer as SpooledKafkaLog).spool;
  if ('acknowledgedEnd' in producer) return producer as LocalLogProducer;
  return null;
}

export async function startIngest(
  config: ProctorConfig,
  logger: Logger,
  shared: SharedParts = {},
): Promise<RunningService> {
  // A signing key listed as retired is refused before anything is signed with it.
  await retiredCheckpointKeys(config);
  const store = shared.store ?? (await openAuditStore(config, logger));
  // Kafka directly: the spool and its directory belong to the gateway.
  const producer = shared.producer ?? (await openEventLogProducer(config, logger, { spool: false }));
  const topics = topicsOf(config);
  await ensureIngestTopics(config);
  const pipeline = await createIngestService({
    consumer: openRawTopicConsumer(config, logger.child({ service: 'ingest' })),
    store,
    producer,
    topics,
    checkpoints: { ...config.ingest.checkpoints, keyFile: resolve(config.ingest.checkpoints.keyFile) },
    ...(config.ingest.ocsfTopic !== undefined && { ocsfTopic: config.ingest.ocsfTopic }),
    issuer: `${config.ingest.groupId}/${hostname()}/${process.pid}`,
    opener: await openPayloadOpener(config),
    logger: logger.child({ service: 'ingest' }),
  });
  await pipeline.start();
  const steps: ShutdownStep[] = [{ name: 'ingest consumer', run: () => pipeline.stop() }];
  if (!shared.producer) steps.push({ name: 'ingest producer', run: () => producer.close() });
  if (!shared.store) steps.push({ name: 'ingest store', run: () => store.close() });
  return { name: 'ingest', steps };
}

export async function startExporter(
  config: ProctorConfig,
  logger: Logger,
  shared: SharedParts = {},
): Promise<RunningService> {
  const store = shared.store ?? (await openAuditStore(config, logger));
  const parts = await openExporterParts(
    config,
    store,
    logger.child({ service: 'exporter' }),
    shared.producer,
  );
  const workflow = await exporterApprovals(config, logger, shared);
  const app = buildExporterApp({
    ...parts.deps,
    store,
    verifier: await openExporterTokenVerifier(config),
    requiredGroups: config.exporter.auth.requiredGroups,
    authorizationServers:
      config.identity.authorizationServers ?? clientAuthorizationServers(config.identity.issuers),
    logger: logger.child({ service: 'exporter' }),
    maskText: (text) => maskString(text),
    ...(workflow && {
      approvals: {
        approvals: workflow.open.approvals,
        grants: workflow.open.grants,
        auditorGroups: config.approvals.auditorGroups,
      },
    }),
  });
  const address = await app.listen(config.exporter.listen);
  const steps: ShutdownStep[] = [
    { name: 'exporter', run: () => app.close() },
    ...parts.steps,
    ...(workflow?.steps ?? []),
  ];
  if (!shared.store) steps.push({ name: 'exporter store', run: () => store.close() });
  return { name: 'exporter', url: address, steps };
}

export async function startDemo(config: ProctorConfig): Promise<RunningService> {
  const demo = await startDemoEhr({ host: config.demo.host, port: config.demo.port });
  return { name: 'demo-ehr', url: demo.url, steps: [{ name: 'demo-ehr', run: () => demo.close() }] };
}

/**
 * All three services in one process on shared parts: the embedded default of `proctor up`.
 * Shutdown order: stop intake (enforcer), drain ingest, then close exporter, demo, log, store.
 */
export async function startAll(config: ProctorConfig, logger: Logger): Promise<RunningService[]> {
  const started: RunningService[] = [];
  const shared: SharedParts = {};
  try {
    if (config.demo.enabled) started.push(await startDemo(config));
    shared.producer = await openEventLogProducer(config, logger);
    shared.store = await openAuditStore(config, logger);
    started.push(await startEnforcer(config, logger, shared));
    started.push(await startIngest(config, logger, shared));
    started.push(await startExporter(config, logger, shared));
  } catch (err) {
    await closeAll(started, shared);
    throw err;
  }
  const { producer, store } = shared;
  const order = ['enforcer', 'ingest', 'exporter', 'demo-ehr'];
  started.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
  started.push({
    name: 'shared',
    steps: [
      { name: 'event log', run: () => producer.close() },
      { name: 'audit store', run: () => store.close() },
    ],
  });
  return started;
}

async function closeAll(started: RunningService[], shared: SharedParts): Promise<void> {
  for (const service of started.reverse()) {
    for (const step of service.steps) await step.run().catch(() => undefined);
  }
  await shared.producer?.close().catch(() => undefined);
  await shared.store?.close().catch(() => undefined);
}

export function serviceLogger(config: ProctorConfig): Logger {
  // Logs go to stderr: stdout carries what a command prints for people and scripts.
  return createLogger({ name: 'proctor', level: config.log.level, destination: process.stderr });
}

/**
 * The exporter serves the approvals API and runs the approver notifications: on the workflow
 * the gateway opened in this process, or, as a process of its own, on one it opens when the
 * workflow is shared through Redis (and records through Kafka). Otherwise it has none.
 */
async function exporterApprovals(
  config: ProctorConfig,
  logger: Logger,
  shared: SharedParts,
): Promise<{ open: OpenApprovals; steps: ShutdownStep[] } | undefined> {
  let open = shared.approvals;
  const steps: ShutdownStep[] = [];
  if (!open) {
    if (!config.approvals.redisUrl || !config.eventLog.kafka) return undefined;
    const producer = await openEventLogProducer(config, logger, { spool: false });
    open = await openApprovals(config, logger.child({ service: 'exporter' }), producer);
    steps.push(
      { name: 'approvals', run: () => (open as OpenApprovals).close() },
      { name: 'approvals log', run: () => producer.close() },
    );
  }
  const worker = await open.notifier.work();
  steps.unshift({ name: 'approver notifications', run: () => worker.close() });
  const sweeper = setInterval(() => {
    void open?.approvals.expireDue().catch(() => undefined);
    void open?.grants.expireDue().catch(() => undefined);
  }, 5_000);
  sweeper.unref();
  steps.unshift({ name: 'approval expiry sweep', run: async () => clearInterval(sweeper) });
  return { open, steps };
}
