import type { Identity } from '@proctor/events';
import {
  headerLines,
  publicBaseUrl,
  type RefusalLimit,
  type RequireIdentityOptions,
  requireIdentity,
  resourceMetadataUrl,
} from '@proctor/identity';
import type { Logger } from '@proctor/logger';
import type { FastifyRequest } from 'fastify';
import type { AuditEmitter } from '../core/audit-emitter';
import { recordAuthFailure } from '../core/auth-failures';
import { GatewayError } from '../core/errors';

/** Verifies the caller's bearer token. Errors carry httpStatus, code and a client-safe message. */
export interface IdentityVerifier {
  verify(authorization: string | undefined, options?: { audience?: readonly string[] }): Promise<Identity>;
}

/**
 * Where a request keeps the identity verified for it: a property of its own rather than a
 * WeakMap entry, which costs an insertion and ephemeron work in every collection, per request.
 */
const VERIFIED = Symbol('verified identity');
type VerifiedRequest = FastifyRequest & { [VERIFIED]?: Identity };

/** The identity `authenticate` verified for this request, if it ran and succeeded. */
export function authenticatedIdentity(req: FastifyRequest): Identity | null {
  return (req as VerifiedRequest)[VERIFIED] ?? null;
}

interface AuthenticateDeps {
  verifier: IdentityVerifier;
  emitter: AuditEmitter;
  connections: ReadonlySet<string>;
  logger: Logger;
  /** Connections that let callers without a token through, recorded as anonymous. */
  anonymousConnections?: ReadonlySet<string>;
  /** Connections whose tokens must carry their own audience rather than the issuer's. */
  audiences?: ReadonlyMap<string, readonly string[]>;
  /** The gateway's external base URL, for resource_metadata; default: from the Host header. */
  publicUrl?: string;
  /** Refusals recorded per source address (see recordAuthFailure). */
  refusals?: RefusalLimit;
}

/**
 * requireIdentity's options for one request. A class, not an object literal with a getter: V8
 * keeps a literal that defines an accessor in dictionary mode, built by a runtime call, and one
 * is made per request. The resource metadata URL is built only when read: only a refusal names it.
 */
class AuthenticationOptions implements RequireIdentityOptions {
  readonly allowAnonymous: boolean;
  readonly audience: readonly string[] | undefined;

  constructor(
    private readonly req: FastifyRequest<{ Params: { name: string } }>,
    private readonly deps: AuthenticateDeps,
  ) {
    this.allowAnonymous = deps.anonymousConnections?.has(req.params.name) ?? false;
    this.audience = deps.audiences?.get(req.params.name);
  }

  get resourceMetadataUrl(): string {
    const { req } = this;
    const base = publicBaseUrl(this.deps.publicUrl, { protocol: req.protocol, host: req.host });
    return resourceMetadataUrl(`${base}/mcp/${encodeURIComponent(req.params.name)}`);
  }
}

/**
 * Authenticates a request, before anything about the connection is revealed. A refusal is
 * recorded as an auth_failure event and answered 401 (or 503 when the key set is unreachable)
 * with a Bearer challenge.
 */
export async function authenticate(
  req: FastifyRequest<{ Params: { name: string } }>,
  deps: AuthenticateDeps,
): Promise<Identity> {
  const authorization = req.headers.authorization;
  const outcome = await requireIdentity(
    deps.verifier,
    { authorization, url: req.url, authorizationLines: headerLines(req.raw.rawHeaders, 'authorization') },
    new AuthenticationOptions(req, deps),
  );
  if (outcome.ok) {
    (req as VerifiedRequest)[VERIFIED] = outcome.identity;
    return outcome.identity;
  }
  await recordAuthFailure(
    deps.emitter,
    {
      connection: deps.connections.has(req.params.name) ? req.params.name : null,
      sourceIp: req.ip ?? null,
      userAgent: single(req.headers['user-agent']),
      code: outcome.error.code,
      reason: outcome.failure.reason,
      httpStatus: outcome.status,
      authorization,
    },
    deps.refusals,
  ).catch((e: unknown) => deps.logger.error({ err: e }, 'could not record an authentication failure'));
  const code =
    outcome.status === 503 ? 'AUTH_UNAVAILABLE' : outcome.status === 400 ? 'BAD_REQUEST' : 'UNAUTHORIZED';
  throw new GatewayError(code, outcome.error.message, { headers: outcome.headers });
}

export function single(value: string | string[] | undefined): string | null {
  return (Array.isArray(value) ? value[0] : value) ?? null;
}
