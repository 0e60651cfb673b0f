import { AuthError } from './auth-error';

// token68 (RFC 7235): what a JWS compact serialization always matches.
const TOKEN68 = /^[A-Za-z0-9\-._~+/]+=*$/;
/** Larger than any real ID token; a bigger one is refused before it is parsed. */
export const MAX_TOKEN_BYTES = 16 * 1024;

/** Takes the bearer token out of an Authorization header value. */
export function extractBearerToken(authorizationHeader: string | undefined): string {
  const header = authorizationHeader?.trim();
  if (header === undefined || header === '') {
    throw new AuthError('TOKEN_MISSING', 'bearer token required');
  }
  const space = header.indexOf(' ');
  const scheme = space === -1 ? header : header.slice(0, space);
  if (scheme.toLowerCase() !== 'bearer') {
    // RFC 6750 §3.1: credentials of an unsupported method count as none — a bare challenge.
    throw new AuthError('TOKEN_MISSING', 'bearer token required', { detail: 'scheme' });
  }
  const token = space === -1 ? '' : header.slice(space + 1).trim();
  if (token.length > MAX_TOKEN_BYTES) {
    throw new AuthError('TOKEN_MALFORMED', 'bearer token is too large', { detail: 'too_large' });
  }
  if (!TOKEN68.test(token)) {
    throw new AuthError('TOKEN_MALFORMED', 'bearer token is not a well-formed JWT', { detail: 'malformed' });
  }
  return token;
}
