/**
 * OAuth 2.0 Token Exchange (RFC 8693): the gateway trades an assertion of the caller (a token
 * it minted, sub = the caller) for an access token of the upstream's own authorization server.
 */
import { UpstreamError } from './port';

export interface TokenExchangeSettings {
  connection: string;
  tokenEndpoint: string;
  clientId: string;
  clientSecret: string | null;
  audience?: string;
  resource?: string;
  scope?: string;
  timeoutMs: number;
}

export interface ExchangedToken {
  accessToken: string;
  tokenType: string;
  /** Seconds since the epoch; null when the server did not say. */
  expiresAt: number | null;
  scope: string | null;
}

const GRANT = 'urn:ietf:params:oauth:grant-type:token-exchange';
const JWT_TYPE = 'urn:ietf:params:oauth:token-type:jwt';
const ACCESS_TOKEN_TYPE = 'urn:ietf:params:oauth:token-type:access_token';

export async function exchangeToken(
  settings: TokenExchangeSettings,
  subjectToken: string,
): Promise<ExchangedToken> {
  const form = new URLSearchParams({
    grant_type: GRANT,
    subject_token: subjectToken,
    subject_token_type: JWT_TYPE,
    requested_token_type: ACCESS_TOKEN_TYPE,
  });
  if (settings.audience) form.set('audience', settings.audience);
  if (settings.resource) form.set('resource', settings.resource);
  if (settings.scope) form.set('scope', settings.scope);
  const headers: Record<string, string> = {
    'content-type': 'application/x-www-form-urlencoded',
    accept: 'application/json',
  };
  if (settings.clientSecret !== null) {
    const basic = `${encodeURIComponent(settings.clientId)}:${encodeURIComponent(settings.clientSecret)}`;
    headers.authorization = `Basic ${Buffer.from(basic).toString('base64')}`;
  } else {
    form.set('client_id', settings.clientId);
  }
  const failed = (why: string, cause?: unknown) =>
    new UpstreamError(
      'UPSTREAM_UNREACHABLE',
      `token exchange for connection "${settings.connection}" failed: ${why}`,
      cause === undefined ? undefined : { cause },
    );
  let response: Response;
  try {
    response = await fetch(settings.tokenEndpoint, {
      method: 'POST',
      headers,
      body: form,
      redirect: 'error',
      signal: AbortSignal.timeout(settings.timeoutMs),
    });
  } catch (err) {
    throw failed('token endpoint unreachable', err);
  }
  // The error body may echo request parameters: it is not read into any message.
  if (!response.ok) throw failed(`token endpoint answered HTTP ${response.status}`);
  const body = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  const token = body?.access_token;
  if (typeof token !== 'string' || token === '') throw failed('no access_token in the answer');
  const expiresIn = typeof body?.expires_in === 'number' ? body.expires_in : null;
  return {
    accessToken: token,
    tokenType: typeof body?.token_type === 'string' ? body.token_type : 'Bearer',
    expiresAt: expiresIn === null ? null : Math.floor(Date.now() / 1000) + expiresIn,
    scope: typeof body?.scope === 'string' ? body.scope : null,
  };
}
