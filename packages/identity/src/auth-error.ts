/**
 * Authentication failures. Messages are fixed phrases safe to return to the client: they
 * never echo the token or any claim taken from it.
 */
import { ProctorError } from '@proctor/errors';

export type AuthErrorCode =
  | 'TOKEN_MISSING'
  | 'TOKEN_MALFORMED'
  | 'TOKEN_INVALID'
  | 'TOKEN_EXPIRED'
  | 'TOKEN_IN_QUERY'
  | 'TOKEN_AMBIGUOUS'
  | 'ISSUER_UNKNOWN'
  | 'INSUFFICIENT_SCOPE'
  | 'JWKS_UNREACHABLE';

/** The RFC 6750 §3.1 error code a failure is answered with (null: a bare challenge, or no challenge). */
export type OAuthErrorCode = 'invalid_request' | 'invalid_token' | 'insufficient_scope';

const STATUS: Record<AuthErrorCode, 400 | 401 | 403 | 503> = {
  TOKEN_MISSING: 401,
  TOKEN_MALFORMED: 401,
  TOKEN_INVALID: 401,
  TOKEN_EXPIRED: 401,
  TOKEN_IN_QUERY: 400,
  // Two Authorization headers: a malformed request (RFC 6750 §3.1 invalid_request).
  TOKEN_AMBIGUOUS: 400,
  ISSUER_UNKNOWN: 401,
  INSUFFICIENT_SCOPE: 403,
  // An unreachable key set is our outage, not the caller's fault: 503 and worth a retry.
  JWKS_UNREACHABLE: 503,
};

export const AUTH_ERROR_CODES = Object.keys(STATUS) as readonly AuthErrorCode[];

export class AuthError extends ProctorError<AuthErrorCode> {
  declare readonly httpStatus: 400 | 401 | 403 | 503;
  /** Short machine reason for the audit event, e.g. `expired`, `alg_not_allowed`. */
  readonly detail: string;

  constructor(code: AuthErrorCode, message: string, options?: { cause?: unknown; detail?: string }) {
    super(message, {
      ...(options?.cause !== undefined && { cause: options.cause }),
      code,
      httpStatus: STATUS[code],
      retryable: code === 'JWKS_UNREACHABLE',
    });
    this.detail = options?.detail ?? code.toLowerCase();
  }

  get oauthError(): OAuthErrorCode | null {
    switch (this.code) {
      case 'TOKEN_MISSING':
      case 'JWKS_UNREACHABLE':
        return null;
      case 'TOKEN_IN_QUERY':
      case 'TOKEN_AMBIGUOUS':
        return 'invalid_request';
      case 'INSUFFICIENT_SCOPE':
        return 'insufficient_scope';
      default:
        return 'invalid_token';
    }
  }

  /** `invalid_token:expired`: what the auth_failure event records as its reason. */
  get reason(): string {
    return `${this.oauthError ?? (this.code === 'TOKEN_MISSING' ? 'no_token' : 'unavailable')}:${this.detail}`;
  }
}

export interface ChallengeParams {
  realm?: string;
  /** OAuth protected resource metadata URL (RFC 9728), which MCP clients use for discovery. */
  resourceMetadata?: string;
  /** For insufficient_scope: what would have been enough. */
  scope?: string;
}

/**
 * The WWW-Authenticate value for a failed request (RFC 6750 §3). A request without any
 * bearer credentials gets a bare challenge, as §3.1 asks; every other failure names its
 * error code with the error's message as the description.
 */
export function wwwAuthenticate(err: AuthError, params: ChallengeParams = {}): string {
  const parts: string[] = [];
  if (params.realm !== undefined) parts.push(`realm="${quotable(params.realm)}"`);
  if (params.resourceMetadata !== undefined) {
    parts.push(`resource_metadata="${quotable(params.resourceMetadata)}"`);
  }
  const code = err.oauthError;
  if (code !== null) {
    parts.push(`error="${code}"`, `error_description="${quotable(err.message)}"`);
  }
  if (code === 'insufficient_scope' && params.scope !== undefined)
    parts.push(`scope="${quotable(params.scope)}"`);
  return parts.length === 0 ? 'Bearer' : `Bearer ${parts.join(', ')}`;
}

/** RFC 6750 allows only %x20-21 / %x23-5B / %x5D-7E inside these quoted values. */
function quotable(value: string): string {
  return value.replace(/[^\x20\x21\x23-\x5b\x5d-\x7e]/g, '?');
}
