import { AuthError } from './auth-error';

// token68 (RFC 7235): what a JWS compact serialization always matches.
const TOKEN68 = /^[A-Za-z0-9\-._~+/]+=*$/;

/** Takes the bearer token out of an Authorization header value. */
export function extractBearerToken(authorizationHeader: string | undefined): string {
  const header = authorizationHeader?.trim();
  if (header === undefined || header === '') {
    throw new AuthError('TOKEN_MISSING', 'bearer token required');
  }
  const space = header.indexOf(' ');
  const scheme = space === -1 ? header : header.slice(0, space);
  if (scheme.toLowerCase() !== 'bearer') {
    throw new AuthError('TOKEN_MALFORMED', 'authorization scheme must be Bearer');
  }
  const token = space === -1 ? '' : header.slice(space + 1).trim();
  if (!TOKEN68.test(token)) {
    throw new AuthError('TOKEN_MALFORMED', 'bearer token is not a well-formed JWT');
  }
  return token;
}
