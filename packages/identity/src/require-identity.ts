/**
 * One authentication gate for every Proctor HTTP service: the enforcer and the exporter
 * answer refusals alike, as the MCP authorization spec asks (RFC 6750 challenges naming the
 * RFC 9728 protected resource metadata), and describe each refusal for the audit trail.
 */
import { ProctorError } from '@proctor/errors';
import type { AuthFailureBody, Identity } from '@proctor/events';
import { decodeJwt } from 'jose';
import { AUTH_ERROR_CODES, AuthError, type AuthErrorCode, wwwAuthenticate } from './auth-error';
import { MAX_TOKEN_BYTES } from './bearer';

export interface IdentityVerifier {
  verify(authorization: string | undefined, options?: { audience?: readonly string[] }): Promise<Identity>;
}

export interface IdentityRequest {
  /** The Authorization header (first value). */
  authorization: string | undefined;
  /**
   * How many Authorization header lines the request carried (from the raw headers). More than
   * one is refused: HTTP keeps the first, another component in the path might use another.
   */
  authorizationLines?: number;
  /** The request target as received (path and query). */
  url: string;
}

export interface RequireIdentityOptions {
  /** Where this resource's protected resource metadata is served (named in every challenge). */
  resourceMetadataUrl: string;
  /** The caller must be in one of these groups, else 403 insufficient_scope. */
  requiredGroups?: readonly string[];
  /** A request without any credentials passes as ANONYMOUS_IDENTITY (a bad token never does). */
  allowAnonymous?: boolean;
  /** The audiences this resource accepts, when they are its own rather than the issuer's. */
  audience?: readonly string[] | undefined;
}

export type IdentityOutcome =
  | { ok: true; identity: Identity }
  | {
      ok: false;
      error: AuthError;
      /** 400, 401, 403 or 503 (the identity provider's keys are unreachable). */
      status: number;
      headers: Record<string, string>;
      /** The auth_failure event body: reason, status and the claims the token asserts (unverified). */
      failure: AuthFailureBody;
    };

export const ANONYMOUS_IDENTITY: Identity = Object.freeze({
  subject: 'anonymous',
  issuer: 'none',
  groups: [],
  ci: null,
  anonymous: true,
  authMethod: 'anonymous',
});

export async function requireIdentity(
  verifier: IdentityVerifier,
  request: IdentityRequest,
  options: RequireIdentityOptions,
): Promise<IdentityOutcome> {
  if (hasQueryToken(request.url)) {
    return refusal(
      new AuthError('TOKEN_IN_QUERY', 'send the token in the Authorization header, not the URL', {
        detail: 'query_token',
      }),
      request.authorization,
      options,
    );
  }
  if ((request.authorizationLines ?? 0) > 1) {
    return refusal(
      new AuthError('TOKEN_AMBIGUOUS', 'send one Authorization header', { detail: 'multiple_authorization' }),
      request.authorization,
      options,
    );
  }
  if (
    options.allowAnonymous &&
    (request.authorization === undefined || request.authorization.trim() === '')
  ) {
    return { ok: true, identity: ANONYMOUS_IDENTITY };
  }
  let identity: Identity;
  try {
    identity = await verifier.verify(
      request.authorization,
      options.audience === undefined ? undefined : { audience: options.audience },
    );
  } catch (err) {
    return refusal(asAuthError(err), request.authorization, options);
  }
  const required = options.requiredGroups ?? [];
  if (required.length > 0 && !identity.groups.some((g) => required.includes(g))) {
    return refusal(
      new AuthError(
        'INSUFFICIENT_SCOPE',
        `membership in one of these groups is required: ${required.join(', ')}`,
        {
          detail: 'groups',
        },
      ),
      request.authorization,
      options,
    );
  }
  return { ok: true, identity };
}

/** Verifiers other than ours (test doubles, adapters) may throw errors that only carry a code. */
function asAuthError(err: unknown): AuthError {
  if (err instanceof AuthError) return err;
  const code = (err as { code?: unknown }).code;
  const known = typeof code === 'string' && (AUTH_ERROR_CODES as readonly string[]).includes(code);
  const message = err instanceof Error ? err.message : 'token could not be verified';
  return new AuthError(known ? (code as AuthErrorCode) : 'TOKEN_INVALID', message, { cause: err });
}

function refusal(
  error: AuthError,
  authorization: string | undefined,
  options: RequireIdentityOptions,
): Extract<IdentityOutcome, { ok: false }> {
  const headers: Record<string, string> = {};
  if (error.httpStatus !== 503) {
    headers['www-authenticate'] = wwwAuthenticate(error, { resourceMetadata: options.resourceMetadataUrl });
  }
  return {
    ok: false,
    error,
    status: error.httpStatus,
    headers,
    failure: { reason: error.reason, httpStatus: error.httpStatus, ...claimedBy(authorization) },
  };
}

/** RFC 6750 §2.3 allows `access_token` in the URL; MCP forbids it (URLs end up in logs). */
function hasQueryToken(url: string): boolean {
  const query = url.indexOf('?');
  if (query === -1) return false;
  return new URLSearchParams(url.slice(query + 1)).has('access_token');
}

const MAX_CLAIMED = 256;

/**
 * The issuer and subject a bearer token claims, read without verifying it: evidence of who
 * tried, for the audit event. Never trusted, never the token; nulls when unreadable.
 */
export function claimedBy(authorization: string | undefined): {
  claimedIssuer: string | null;
  claimedSubject: string | null;
} {
  const token = /^\s*bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
  if (token === undefined || token.length > MAX_TOKEN_BYTES)
    return { claimedIssuer: null, claimedSubject: null };
  try {
    const claims = decodeJwt(token);
    const text = (value: unknown) => (typeof value === 'string' ? value.slice(0, MAX_CLAIMED) : null);
    return { claimedIssuer: text(claims.iss), claimedSubject: text(claims.sub) };
  } catch {
    return { claimedIssuer: null, claimedSubject: null };
  }
}

export interface ProtectedResourceOptions {
  /** The resource's URL, e.g. https://gateway.example.com/mcp/ehr. */
  resource: string;
  authorizationServers: readonly string[];
  scopesSupported?: readonly string[];
  resourceName?: string;
}

/** RFC 9728 §2 metadata: where MCP clients learn which authorization server to get a token from. */
export function protectedResourceMetadata(options: ProtectedResourceOptions): Record<string, unknown> {
  return {
    resource: options.resource,
    authorization_servers: [...options.authorizationServers],
    bearer_methods_supported: ['header'],
    ...(options.scopesSupported && { scopes_supported: [...options.scopesSupported] }),
    ...(options.resourceName && { resource_name: options.resourceName }),
  };
}

/** RFC 9728 §3.1: the metadata of https://host/path lives at https://host/.well-known/oauth-protected-resource/path. */
export function resourceMetadataUrl(resource: string): string {
  const url = new URL(resource);
  const path = url.pathname === '/' ? '' : url.pathname.replace(/\/$/, '');
  return `${url.origin}/.well-known/oauth-protected-resource${path}`;
}

/** A host name (letters, digits, `-`, `_`, `.`) or a bracketed IPv6 address, and a port of digits. */
const HOST_SYNTAX = /^(?:[A-Za-z0-9_.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/** Whether a Host header is a host name or address (with a port): nothing a URL or a challenge could be bent by. */
export function isHostName(host: string): boolean {
  return HOST_SYNTAX.test(host);
}

/** A request whose Host is not a host name or address: no URL of the service can be made from it. */
export class InvalidHostError extends ProctorError<'INVALID_HOST'> {
  constructor() {
    super('Bad Request: the Host header is not a host name or address', {
      code: 'INVALID_HOST',
      httpStatus: 400,
      retryable: false,
    });
  }
}

/**
 * The external base URL of a request: configured, or from its Host header (a quote or a slash
 * there would bend the challenge naming it, or the URL parser throw: InvalidHostError, 400).
 */
export function publicBaseUrl(
  configured: string | undefined,
  request: { protocol: string; host: string },
): string {
  if (configured !== undefined) return configured.replace(/\/$/, '');
  if (!isHostName(request.host)) throw new InvalidHostError();
  return `${request.protocol}://${request.host}`;
}

/** How many header lines named `name` raw headers (Node's `rawHeaders`: name, value, name, value …) hold. */
export function headerLines(rawHeaders: readonly string[], name: string): number {
  let count = 0;
  for (let i = 0; i < rawHeaders.length; i += 2) {
    // Lower-cased only when the length could match: no string made for every other header.
    const header = rawHeaders[i];
    if (header?.length === name.length && header.toLowerCase() === name) count++;
  }
  return count;
}
