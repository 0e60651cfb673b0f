import type { Identity } from '@proctor/events';
import type { RefusalLimit } from '@proctor/identity';
import {
  claimedBy,
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
  /** Refused requests per source address; an address over it gets 429 (default: no limit). */
  refusals?: RefusalLimit;
}

/** The answer to an address over its refusals: 429, its Retry-After, recorded once per period. */
interface TooManyRefusals {
  status: 429;
  headers: Record<string, string>;
  error: { code: 'TOO_MANY_REFUSALS'; message: string };
}

/** Undefined when the request's address may be heard; else the 429 it gets. */
async function overRefusalLimit(
  req: FastifyRequest,
  options: ExporterAuthOptions,
): Promise<TooManyRefusals | undefined> {
  const blocked = options.refusals?.blocked(req.ip);
  if (blocked === undefined) return undefined;
  if (blocked.record) {
    await options.onRefused?.(
      refusedRequest(req, {
        reason: 'rate_limited',
        httpStatus: 429,
        ...claimedBy(req.headers.authorization),
      }),
    );
  }
  return {
    status: 429,
    headers: { 'retry-after': String(blocked.retryAfterSeconds) },
    error: {
      code: 'TOO_MANY_REFUSALS',
      message: 'too many refused requests from this address; retry after the time Retry-After gives',
    },
  };
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
  const limited = await overRefusalLimit(req, options);
  if (limited !== undefined) {
    reply.code(limited.status).headers(limited.headers).send({ error: limited.error });
    return undefined;
  }
  const outcome = await requireIdentity(verifier, identityRequest(req), {
    resourceMetadataUrl: resourceMetadataUrl(resourceOf(req, options)),
    requiredGroups,
  });
  if (outcome.ok) return outcome.identity;
  options.refusals?.refused(req.ip);
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
  const limited = await overRefusalLimit(req, options);
  if (limited !== undefined) {
    throw Object.assign(new Error(limited.error.message), {
      httpStatus: limited.status,
      code: limited.error.code,
      headers: limited.headers,
    });
  }
  const outcome = await requireIdentity(verifier, identityRequest(req), {
    resourceMetadataUrl: resourceMetadataUrl(resourceOf(req, options)),
    requiredGroups: [],
  });
  if (outcome.ok) return outcome.identity;
  options.refusals?.refused(req.ip);
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
