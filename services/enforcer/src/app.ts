import type { ConnectionConfig, ProctorConfig } from '@proctor/config';
import type { EventLogProducer } from '@proctor/event-log';
import type { AuditEvent } from '@proctor/events';
import { RefusalLimit } from '@proctor/identity';
import type { Logger } from '@proctor/logger';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from 'fastify';
import { AuditEmitter, type AuditEmitterDeps } from './core/audit-emitter';
import type { ConnectionRuntime, CoreContext } from './core/context';
import { RequestCorrelator } from './core/correlator';
import { GatewayTasks } from './core/gateway-tasks';
import { InflightTracker } from './core/inflight';
import { ExchangePipeline } from './core/pipeline';
import { IdentityRateLimiter } from './core/rate-limit';
import { SseStreamStore } from './core/sse-stream';
import { HeldRequests, NO_STAGES, type Stages } from './core/stages';
import { shareTaskOrigins } from './core/stages/policy-task-origins';
import { endSessionsForAccess } from './core/stateful/end-access';
import { ListeningSlots } from './core/stateful/listening-slots';
import { installStatelessEra } from './core/stateless/install';
import type { IdentityVerifier } from './http/authenticate';
import { clientErrorHandler } from './http/client-errors';
import { defaultAllowedHosts } from './http/edge-guard';
import { createErrorHandler } from './http/error-handler';
import { registerHealthRoutes } from './http/health-routes';
import { registerMcpRoutes } from './http/mcp-routes';
import { OpenListens } from './http/open-listens';
import { bodyEncodingRefusal } from './http/refusals';
import { MemorySessionStore } from './sessions/memory-store';
import type { SessionStore } from './sessions/port';
import { type CredentialProvider, type McpUpstream, staticCredentials } from './upstream/port';
import { StdioAuditSink, stdioUpstreamFor } from './upstream/stdio-audit-sink';
import { StreamableHttpUpstream } from './upstream/streamable-http';

export type { IdentityVerifier } from './http/authenticate';

export interface EnforcerDeps {
  config: Pick<ProctorConfig, 'tenant' | 'gatewayId' | 'enforcer'>;
  eventLog: EventLogProducer;
  rawTopic: string;
  verifier: IdentityVerifier;
  encode: (event: AuditEvent) => Buffer;
  newEventId: () => string;
  nowMicros: () => number;
  logger: Logger;
  /** This instance's start count (sessions/epoch-file.ts); every event carries it. */
  gatewayEpoch: number;
  /** Default: sessions in this process's memory. */
  sessions?: SessionStore;
  /** True when `sessions` is shared with other gateways (Redis): they outlive this one. */
  sessionsAreShared?: boolean;
  /** Default: Streamable HTTP for every connection. */
  createUpstream?: (connection: ConnectionConfig) => McpUpstream;
  /** Default: each connection's static `upstream.headers`. */
  credentials?: CredentialProvider;
  /** Policy, approval and masking stages. */
  stages?: Stages;
  /** Sees each group of events the log accepted (crash recovery's open-sessions checkpoint). */
  onAppended?: AuditEmitterDeps['onAppended'];
  /** Refusals recorded per source address (default: `enforcer.refusals` of the config; see recordAuthFailure). */
  refusals?: RefusalLimit;
}

export interface EnforcerApp {
  app: FastifyInstance;
  pipeline: ExchangePipeline;
  sessions: SessionStore;
  emitter: AuditEmitter;
  /** Ends sessions idle for longer than the configured time; runs on a timer, exposed for tests. */
  sweepIdle(now?: number): Promise<void>;
  /** Ends these sessions now because their access ended (a revoked or expired grant), with `message`. */
  endSessionsForAccess(sessionIds: readonly string[], message: string): Promise<number>;
  /** Graceful shutdown: drains in-flight exchanges until the deadline, records every end, closes. */
  close(): Promise<void>;
}

export function streamableHttpUpstream(connection: ConnectionConfig): McpUpstream {
  const { url } = connection.upstream;
  if (url === undefined) throw new Error(`connection "${connection.name}" has no upstream url`);
  return new StreamableHttpUpstream({
    name: connection.name,
    url,
    connectTimeoutMs: connection.upstream.connectTimeoutMs,
    readTimeoutMs: connection.upstream.timeoutMs,
    maxMessageBytes: connection.upstream.maxMessageBytes,
    ...(connection.credentials.type === 'header' && {
      credentialHeader: connection.credentials.name.toLowerCase(),
    }),
  });
}

/** Builds the gateway without starting it: no side effects, so tests use `app.inject` or listen on port 0. */
export function buildEnforcerApp(deps: EnforcerDeps): EnforcerApp {
  const { config, logger } = deps;
  const settings = config.enforcer;
  const app: FastifyInstance = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    // Request lines are not logged: URLs and headers are not for logs in a PHI gateway.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: settings.maxBodyBytes,
    // A client trickling its request (slowloris) is cut once requestTimeoutMs passes (checked
    // every second); answers, SSE streams included, are not limited.
    http: {
      maxHeaderSize: settings.maxHeaderBytes,
      headersTimeout: settings.requestTimeoutMs,
      connectionsCheckingInterval: 1000,
    },
    requestTimeout: settings.requestTimeoutMs,
    clientErrorHandler,
    return503OnClosing: true,
    // close() runs after the pipeline drained and recorded every end: what is left is idle.
    forceCloseConnections: true,
  });
  const emitter = new AuditEmitter({
    eventLog: deps.eventLog,
    topic: deps.rawTopic,
    tenant: config.tenant,
    gatewayId: config.gatewayId,
    gatewayEpoch: deps.gatewayEpoch,
    encode: deps.encode,
    newEventId: deps.newEventId,
    nowMicros: deps.nowMicros,
    ...(deps.onAppended && { onAppended: deps.onAppended }),
  });
  const stdioSink = new StdioAuditSink(logger);
  const createUpstream =
    deps.createUpstream ??
    ((c: ConnectionConfig) => stdioUpstreamFor(c, stdioSink) ?? streamableHttpUpstream(c));
  const connections = new Map<string, ConnectionRuntime>(
    settings.connections.map((c) => [c.name, { name: c.name, upstream: createUpstream(c) }]),
  );
  const sessions: SessionStore = deps.sessions ?? new MemorySessionStore();
  const stages = deps.stages ?? NO_STAGES;
  // A shared session store keeps task origins too: another gateway serves this one's tasks.
  if (sessions.taskOrigins) shareTaskOrigins(stages, sessions.taskOrigins());
  const inflight = new InflightTracker();
  const limits = { maxDepth: settings.maxJsonDepth, maxBatchItems: settings.maxBatchSize };
  const ctx: CoreContext = {
    gatewayId: config.gatewayId,
    connections,
    credentials:
      deps.credentials ??
      staticCredentials(new Map(settings.connections.map((c) => [c.name, c.upstream.headers]))),
    emitter,
    sessions,
    sessionsAreShared: deps.sessionsAreShared ?? false,
    sseStore: new SseStreamStore({ maxRetainedBytes: settings.sse.replayBufferBytes }),
    correlator: new RequestCorrelator(),
    stages,
    held: new HeldRequests(),
    tasks: new GatewayTasks(),
    limits: {
      ...limits,
      maxSessionsPerIdentity: settings.maxSessionsPerIdentity,
      resumeGraceMs: settings.sse.resumeGraceMs,
    },
    listeningSlots: new ListeningSlots(settings.maxListeningStreamsPerSession),
    rateLimiter: new IdentityRateLimiter(settings.rateLimit),
    inflight,
    logger,
    now: Date.now,
  };
  const pipeline = new ExchangePipeline(ctx);
  installStatelessEra(pipeline, settings);
  stdioSink.attach(ctx);

  // The gateway parses JSON itself, once: a malformed body must get a JSON-RPC parse error.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (req, body, done) =>
    done(bodyEncodingRefusal(req.headers), body),
  );
  app.setErrorHandler(createErrorHandler(logger, settings.maxBodyBytes));
  registerHealthRoutes(app, {
    eventLog: deps.eventLog,
    upstreams: new Map([...connections].map(([name, c]) => [name, c.upstream])),
    openSessions: () => (sessions instanceof MemorySessionStore ? sessions.size : -1),
    probeTimeoutMs: 1_000,
    probeCacheMs: 2_000,
    isClosing: () => inflight.isClosing,
  });
  registerMcpRoutes(app, {
    pipeline,
    verifier: deps.verifier,
    emitter,
    connections: new Set(connections.keys()),
    anonymousConnections: new Set(settings.connections.filter((c) => c.anonymous).map((c) => c.name)),
    audiences: new Map(
      settings.connections.flatMap((c) =>
        c.audience === undefined
          ? []
          : [[c.name, typeof c.audience === 'string' ? [c.audience] : c.audience]],
      ),
    ),
    edge: {
      allowedHosts:
        settings.allowedHosts.length > 0 ? settings.allowedHosts : defaultAllowedHosts(settings.listen.host),
      allowedOrigins: settings.allowedOrigins,
    },
    limits,
    logger,
    listens: new OpenListens(settings.maxSessionsPerIdentity),
    refusals: deps.refusals ?? new RefusalLimit(settings.refusals),
  });

  const idleMs = settings.sessionIdleMinutes * 60_000;
  const sweepIdle = async (now = Date.now()) => {
    // Sessions pinned to another gateway get half an idle period more: that gateway ends its own.
    await pipeline.sweepIdle(now - idleMs, now - idleMs * 1.5);
  };
  const timer = setInterval(() => void sweepIdle().catch(() => undefined), Math.min(idleMs, 60_000));
  timer.unref();

  return {
    app,
    pipeline,
    sessions,
    emitter,
    sweepIdle,
    endSessionsForAccess: (sessionIds, message) => endSessionsForAccess(ctx, sessionIds, message),
    async close() {
      clearInterval(timer);
      const { drained } = await pipeline.shutdown(settings.shutdownDeadlineMs);
      if (!drained) logger.warn('shutdown deadline reached: remaining exchanges were cut');
      await app.close();
      await Promise.all([...connections.values()].map((c) => c.upstream.close()));
      if (!deps.sessions) await sessions.close();
    },
  };
}

export { type GatewayHistoryReader, recoverCrashedSessions } from './core/crash-recovery';
export { OpenSubjectsTracker } from './core/open-subjects';
export type { NormalizedExchange, RequestStage, RequestVerdict, ResponseStage, Stages } from './core/stages';
export { type EpochStore, FileEpochStore, MemoryEpochStore } from './sessions/epoch-file';
export { consumerHistory } from './sessions/local-log-history';
export { MemorySessionStore } from './sessions/memory-store';
export type { SessionPatch, SessionPhase, SessionRecord, SessionStore } from './sessions/port';
export { identityKeyOf, SessionCapError } from './sessions/port';
export { keepCheckpoint, RecoveryCheckpointFile } from './sessions/recovery-checkpoint';
export { openSharedSessionStore } from './sessions/redis-store-config';
export type {
  CredentialContext,
  CredentialProvider,
  McpUpstream,
  UpstreamListen,
  UpstreamReply,
  UpstreamSend,
  UpstreamSseEvent,
} from './upstream/port';
export { UpstreamError } from './upstream/port';
