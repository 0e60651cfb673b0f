import { type ApprovalService, type GrantService, registerApprovalRoutes } from '@proctor/approvals';
import type { AuditStore } from '@proctor/audit-store';
import { ProctorError } from '@proctor/errors';
import type { Identity } from '@proctor/events';
import { type RateLimit, RefusalLimit } from '@proctor/identity';
import type { Logger } from '@proctor/logger';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyError,
  type FastifyInstance,
  LogController,
} from 'fastify';
import { type AuditRouteDeps, registerAuditRoutes } from './audit-routes';
import { authorize, type IdentityVerifier, identify, registerProtectedResourceRoute } from './auth';
import type { AuthFailureSink, RefusedRequest } from './auth-failures';
import { type BundleRouteDeps, registerBundleRoutes } from './bundle-routes';
import { DEFAULT_EXPORT_LIMITS, ExportSlots } from './exports/export-slots';
import { safeJson } from './exports/formats';
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
  /** The tenants a caller may read (default: every tenant the caller's token is for is not known: the store's all). */
  tenantsOf?: (identity: Identity) => string[];
  /** The compliance API: records, logs, keys, reports, legal holds. */
  audit?: Omit<AuditRouteDeps, 'authorize' | 'tenantsOf' | 'store' | 'maskText' | 'exportSlots'>;
  /** Replay bundles as jobs. */
  bundles?: Omit<BundleRouteDeps, 'authorize' | 'tenantsOf'>;
  /** The approvals and access-grant API (any authenticated caller; the services decide who may do what). */
  approvals?: { approvals: ApprovalService; grants: GrantService; auditorGroups: readonly string[] };
  /** Records every refused request as an auth_failure audit event (see auth-failures.ts). */
  authFailures?: AuthFailureSink;
  /** Refused requests (401, 403) per source address before it gets 429 (RefusalLimit of @proctor/identity); default none. */
  refusalLimit?: RateLimit;
  /**
   * Masks free text a caller gives before it is kept (legal-hold reasons in ClickHouse, approval
   * and grant reasons in the approval store): a reason can name a patient.
   */
  maskText: (text: string) => string;
}

/**
 * What fastify's own refusals of a body are told as: its messages can quote what was sent, and
 * a 4xx must still say what was wrong (not "internal error").
 */
const REFUSED_BODIES: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'body: not valid JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'body: empty, though the content type is application/json',
  FST_ERR_CTP_BODY_TOO_LARGE: 'body: too large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'body: unsupported content type; send application/json',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'body: its length does not match Content-Length',
};

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
    // Our own client errors (ProctorError, 4xx) say what was wrong; anything else says nothing more.
    const ours = err instanceof ProctorError && status >= 400 && status < 500;
    const code = (err as { code?: string }).code ?? 'INTERNAL';
    // A refusal's own headers (a challenge, a Retry-After) go with it.
    const headers = (err as { headers?: unknown }).headers;
    if (status >= 400 && status < 500 && typeof headers === 'object' && headers !== null)
      reply.headers(headers as Record<string, string>);
    return reply.code(status >= 400 ? status : 500).send({
      error: {
        code,
        message: ours
          ? err.message
          : status >= 400 && status < 500
            ? (REFUSED_BODIES[code] ?? 'the request was refused')
            : status === 503
              ? 'audit store unavailable'
              : 'internal error',
      },
    });
  });
  // Exports carry what clients and upstreams sent: no answer may be sniffed into a page of this
  // origin, or framed by another (the HTML report sets a policy of its own).
  app.addHook('onSend', async (_req, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    if (!reply.hasHeader('content-security-policy'))
      reply.header('content-security-policy', "default-src 'none'; frame-ancestors 'none'");
  });
  // Every JSON answer written so that no line-by-line reader splits it and no page runs it.
  app.setReplySerializer((payload) => safeJson(payload));
  app.get('/healthz', async (_req, reply) => {
    const ok = await deps.store.ping().catch(() => false);
    return reply.code(ok ? 200 : 503).send({ status: ok ? 'ok' : 'audit store unavailable' });
  });
  registerProtectedResourceRoute(app, { authorizationServers: deps.authorizationServers ?? [] });
  const sink = deps.authFailures;
  const authOptions = {
    ...(deps.refusalLimit && { refusals: new RefusalLimit(deps.refusalLimit) }),
    ...(sink && {
      // A refusal is answered even when it cannot be recorded; the log says so, without the request.
      onRefused: (refused: RefusedRequest) =>
        sink(refused).catch((err: unknown) =>
          deps.logger.error(
            { err: { code: (err as { code?: string }).code } },
            'could not record an authentication failure',
          ),
        ),
    }),
  };
  const auditor = (
    req: Parameters<AuditRouteDeps['authorize']>[0],
    reply: Parameters<AuditRouteDeps['authorize']>[1],
  ) => authorize(deps.verifier, deps.requiredGroups, req, reply, authOptions);
  const tenantsOf = deps.tenantsOf ?? (() => []);
  // One set of slots for every export: a read of a session's events streams pages too.
  const exportSlots = new ExportSlots(deps.audit?.exportLimits ?? DEFAULT_EXPORT_LIMITS);
  registerSessionRoutes(app, {
    store: deps.store,
    authorize: auditor,
    tenantsOf,
    exportSlots,
    ...(deps.audit?.pageBytes !== undefined && { pageBytes: deps.audit.pageBytes }),
  });
  if (deps.audit)
    registerAuditRoutes(app, {
      ...deps.audit,
      store: deps.store,
      authorize: auditor,
      tenantsOf,
      maskText: deps.maskText,
      exportSlots,
    });
  if (deps.bundles) registerBundleRoutes(app, { ...deps.bundles, authorize: auditor, tenantsOf });
  if (deps.approvals) {
    registerApprovalRoutes(app, {
      ...deps.approvals,
      maskText: deps.maskText,
      authenticate: (req) => identify(deps.verifier, req, authOptions),
    });
  }
  return app;
}
