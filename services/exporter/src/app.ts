import type { AuditStore } from '@proctor/audit-store';
import type { Logger } from '@proctor/logger';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyError,
  type FastifyInstance,
  LogController,
} from 'fastify';
import { type IdentityVerifier, registerProtectedResourceRoute } from './auth';
import { registerSessionRoutes } from './sessions-routes';

export { isoMicros } from './sessions-routes';

export interface ExporterDeps {
  store: AuditStore;
  verifier: IdentityVerifier;
  /** Groups allowed to read the audit trail (any one suffices). */
  requiredGroups: readonly string[];
  /** Named in the protected resource metadata (RFC 9728); default none. */
  authorizationServers?: readonly string[];
  logger: Logger;
}

/** The exporter's HTTP API, built without starting it. */
export function buildExporterApp(deps: ExporterDeps): FastifyInstance {
  const app: FastifyInstance = Fastify({
    loggerInstance: deps.logger as FastifyBaseLogger,
    // Request lines are not logged: URLs and headers are not for logs in a PHI gateway.
    logController: new LogController({ disableRequestLogging: true }),
  });
  app.setErrorHandler((err: FastifyError, _req, reply) => {
    const status = (err as { httpStatus?: number }).httpStatus ?? err.statusCode ?? 500;
    // Store errors can embed row data: only the code and our own message reach the log and the client.
    deps.logger.error(
      { err: { code: (err as { code?: string }).code, type: err.name } },
      'exporter request failed',
    );
    return reply.code(status >= 400 ? status : 500).send({
      error: {
        code: (err as { code?: string }).code ?? 'INTERNAL',
        message: status === 503 ? 'audit store unavailable' : 'internal error',
      },
    });
  });
  app.get('/healthz', async (_req, reply) => {
    const ok = await deps.store.ping().catch(() => false);
    return reply.code(ok ? 200 : 503).send({ status: ok ? 'ok' : 'audit store unavailable' });
  });
  registerProtectedResourceRoute(app, { authorizationServers: deps.authorizationServers ?? [] });
  registerSessionRoutes(app, deps);
  return app;
}
