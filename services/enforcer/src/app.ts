import type { ProctorConfig } from '@proctor/config';
import type { EventLogProducer } from '@proctor/event-log';
import type { AuditEvent } from '@proctor/events';
import type { Logger } from '@proctor/logger';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyError,
  type FastifyInstance,
  LogController,
} from 'fastify';
import { AuditEmitter } from './audit-emitter';
import { GATEWAY_RPC, sendRpcError } from './gateway-errors';
import { type IdentityVerifier, type McpHandlers, registerMcpRoutes } from './mcp-routes';
import { SessionRegistry } from './sessions';
import { Upstream } from './upstream';

export type { IdentityVerifier } from './mcp-routes';

export interface EnforcerDeps {
  config: Pick<ProctorConfig, 'tenant' | 'gatewayId' | 'enforcer'>;
  eventLog: EventLogProducer;
  rawTopic: string;
  verifier: IdentityVerifier;
  encode: (event: AuditEvent) => Buffer;
  newEventId: () => string;
  nowMicros: () => number;
  logger: Logger;
}

export interface EnforcerApp {
  app: FastifyInstance;
  sessions: SessionRegistry;
  /** Ends sessions idle for longer than the configured time; runs on a timer, exposed for tests. */
  sweepIdle(now?: number): Promise<void>;
  /** Ends every open session (recorded as gateway_shutdown) and closes upstream pools. */
  close(): Promise<void>;
}

/** Builds the gateway without starting it: no side effects, so tests use `app.inject` or listen on port 0. */
export function buildEnforcerApp(deps: EnforcerDeps): EnforcerApp {
  const { config, logger } = deps;
  const app: FastifyInstance = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    // Request lines are not logged: URLs and headers are not for logs in a PHI gateway.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: config.enforcer.maxBodyBytes,
    return503OnClosing: true,
  });
  const sessions = new SessionRegistry();
  const emitter = new AuditEmitter({
    eventLog: deps.eventLog,
    topic: deps.rawTopic,
    tenant: config.tenant,
    gatewayId: config.gatewayId,
    encode: deps.encode,
    newEventId: deps.newEventId,
    nowMicros: deps.nowMicros,
  });
  const connections = new Map(
    config.enforcer.connections.map((c) => [c.name, { config: c, upstream: new Upstream(c) }] as const),
  );

  // The gateway parses JSON itself: a malformed body must get a JSON-RPC parse error, not fastify's.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
  app.setErrorHandler((err: FastifyError, _req, reply) => {
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return sendRpcError(
        reply,
        413,
        GATEWAY_RPC.PAYLOAD_TOO_LARGE,
        `request body exceeds ${config.enforcer.maxBodyBytes} bytes`,
      );
    }
    if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return sendRpcError(
        reply,
        415,
        GATEWAY_RPC.UNSUPPORTED_MEDIA_TYPE,
        'Content-Type must be application/json',
      );
    }
    logger.error({ err }, 'unhandled gateway error');
    return sendRpcError(
      reply,
      err.statusCode && err.statusCode < 500 ? err.statusCode : 500,
      -32603,
      'internal gateway error',
    );
  });
  app.get('/healthz', async () => ({ status: 'ok', sessions: sessions.size }));
  const routes = registerMcpRoutes(app, {
    connections,
    verifier: deps.verifier,
    emitter,
    sessions,
    maxJsonDepth: config.enforcer.maxJsonDepth,
    logger,
    now: Date.now,
  });

  const sweeper = startIdleSweeper(sessions, routes, config.enforcer.sessionIdleMinutes * 60_000);

  return {
    app,
    sessions,
    sweepIdle: sweeper.sweep,
    async close() {
      sweeper.stop();
      await Promise.all(sessions.all().map((s) => routes.endSession(s, 'gateway_shutdown')));
      await app.close();
      await Promise.all([...connections.values()].map((c) => c.upstream.close()));
    },
  };
}

function startIdleSweeper(sessions: SessionRegistry, routes: McpHandlers, idleMs: number) {
  const sweep = async (now = Date.now()) => {
    await Promise.all(sessions.idleSince(now - idleMs).map((s) => routes.endIdleSession(s)));
  };
  const timer = setInterval(() => void sweep(), Math.min(idleMs, 60_000));
  timer.unref();
  return { sweep, stop: () => clearInterval(timer) };
}
