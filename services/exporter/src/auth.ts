import type { Identity } from '@proctor/events';
import {
  headerLines,
  type IdentityVerifier,
  protectedResourceMetadata,
  publicBaseUrl,
  requireIdentity,
  resourceMetadataUrl,
} from '@proctor/identity';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type AuthFailureSink, refusedRequest } from './auth-failures';

export type { IdentityVerifier } from '@proctor/identity';

export interface ExporterAuthOptions {
  /** The exporter's external base URL; default: from the request's Host header. */
  publicUrl?: string;
  /** Where refused requests are recorded as auth_failure audit events (must not reject). */
  onRefused?: AuthFailureSink;
}

/**
 * Answers 401/403 itself (the same challenges as the gateway: RFC 6750 with resource_metadata)
 * and returns undefined when the caller may not read the audit trail: a valid token is needed,
 * and membership in one of the required groups.
 */
export async function authorize(
  verifier: IdentityVerifier,
  requiredGroups: readonly string[],
  req: FastifyRequest,
  reply: FastifyReply,
  options: ExporterAuthOptions = {},
): Promise<Identity | undefined> {
  const outcome = await requireIdentity(verifier, identityRequest(req), {
    resourceMetadataUrl: resourceMetadataUrl(resourceOf(req, options)),
    requiredGroups,
  });
  if (outcome.ok) return outcome.identity;
  await options.onRefused?.(refusedRequest(req, outcome.failure));
  reply
    .code(outcome.status)
    .headers(outcome.headers)
    .send({
      error: {
        code: outcome.status === 403 ? 'FORBIDDEN' : outcome.error.code,
        message: outcome.error.message,
      },
    });
  return undefined;
}

/**
 * The caller's identity, or an error carrying the answer (status, RFC 6750 challenge headers),
 * for routes that answer errors themselves and need no group.
 */
export async function identify(
  verifier: IdentityVerifier,
  req: FastifyRequest,
  options: ExporterAuthOptions = {},
): Promise<Identity> {
  const outcome = await requireIdentity(verifier, identityRequest(req), {
    resourceMetadataUrl: resourceMetadataUrl(resourceOf(req, options)),
    requiredGroups: [],
  });
  if (outcome.ok) return outcome.identity;
  await options.onRefused?.(refusedRequest(req, outcome.failure));
  throw Object.assign(new Error(outcome.error.message), {
    httpStatus: outcome.status,
    code: outcome.error.code,
    headers: outcome.headers,
  });
}

function identityRequest(req: FastifyRequest) {
  return {
    authorization: req.headers.authorization,
    url: req.url,
    authorizationLines: headerLines(req.raw.rawHeaders, 'authorization'),
  };
}

function resourceOf(req: FastifyRequest, options: ExporterAuthOptions): string {
  return `${publicBaseUrl(options.publicUrl, { protocol: req.protocol, host: req.host })}/`;
}

/** RFC 9728 metadata for the exporter API, where MCP-style clients discover the authorization server. */
export function registerProtectedResourceRoute(
  app: FastifyInstance,
  options: ExporterAuthOptions & { authorizationServers: readonly string[] },
): void {
  app.get('/.well-known/oauth-protected-resource', async (req) =>
    protectedResourceMetadata({
      resource: resourceOf(req, options),
      authorizationServers: options.authorizationServers,
      resourceName: 'Proctor audit API',
    }),
  );
}
