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
  | 'ISSUER_UNKNOWN'
  | 'JWKS_UNREACHABLE';

export class AuthError extends ProctorError<AuthErrorCode> {
  declare readonly httpStatus: 401 | 503;

  constructor(code: AuthErrorCode, message: string, options?: { cause?: unknown }) {
    // An unreachable key set is our outage, not the caller's fault: 503 and worth a retry.
    const outage = code === 'JWKS_UNREACHABLE';
    super(message, { ...options, code, httpStatus: outage ? 503 : 401, retryable: outage });
  }
}

export interface ChallengeParams {
  realm?: string;
  /** OAuth protected resource metadata URL (RFC 9728), which MCP clients use for discovery. */
  resourceMetadata?: string;
}

/**
 * The WWW-Authenticate value for a failed request (RFC 6750 §3). A request without any
 * bearer credentials gets a bare challenge, as §3.1 asks; every other failure names
 * `invalid_token` with the error's message as the description.
 */
export function wwwAuthenticate(err: AuthError, params: ChallengeParams = {}): string {
  const parts: string[] = [];
  if (params.realm !== undefined) parts.push(`realm="${quotable(params.realm)}"`);
  if (params.resourceMetadata !== undefined) {
    parts.push(`resource_metadata="${quotable(params.resourceMetadata)}"`);
  }
  if (err.code !== 'TOKEN_MISSING') {
    parts.push('error="invalid_token"', `error_description="${quotable(err.message)}"`);
  }
  return parts.length === 0 ? 'Bearer' : `Bearer ${parts.join(', ')}`;
}

/** RFC 6750 allows only %x20-21 / %x23-5B / %x5D-7E inside these quoted values. */
function quotable(value: string): string {
  return value.replace(/[^\x20\x21\x23-\x5b\x5d-\x7e]/g, '?');
}
