/**
 * Where an issuer's signing keys come from: its JWKS URL, given or found by OpenID discovery.
 * jose's remote key set caches the keys and, on a kid it does not know, refetches once per
 * cooldown — so a key rotated in at the provider is picked up at once, and a flood of forged
 * kids costs one fetch per cooldown, not one per token. A provider that rotates a key under the
 * same kid is followed the same way: a signature the cached key refuses may refetch once, under
 * the same cooldown (see `refetchAfterBadSignature`).
 */
import { createRemoteJWKSet, errors, type JWTVerifyGetKey } from 'jose';
import { AuthError } from './auth-error';

export interface IssuerKeyOptions {
  issuer: string;
  jwksUrl?: string;
  timeoutMs: number;
  cooldownMs: number;
  /** How long fetched keys are trusted before a refetch (default ten minutes). */
  cacheMaxAgeMs?: number;
}

export function checkedUrl(value: string, what: string): URL {
  const url = new URL(value);
  const loopback = ['127.0.0.1', '[::1]', 'localhost'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new Error(`${what} must use https`);
  }
  return url;
}

export interface IssuerKeys {
  getKey: JWTVerifyGetKey;
  /**
   * After a signature the cached key refused: refetches the key set when the cooldown allows
   * (none fetched within it, by this or by an unknown kid) and resolves true once the fresh set
   * is in place, so the signature is worth checking again; false when nothing was refetched.
   * Concurrent callers share one fetch. A failed fetch rejects with JWKS_UNREACHABLE.
   */
  refetchAfterBadSignature(): Promise<boolean>;
}

type RemoteKeySet = ReturnType<typeof createRemoteJWKSet>;

export function issuerKeys(options: IssuerKeyOptions): IssuerKeys {
  const remoteOptions = {
    timeoutDuration: options.timeoutMs,
    cooldownDuration: options.cooldownMs,
    cacheMaxAge: options.cacheMaxAgeMs ?? 600_000,
  };
  let keys: RemoteKeySet | null =
    options.jwksUrl === undefined
      ? null
      : createRemoteJWKSet(checkedUrl(options.jwksUrl, `jwksUrl of issuer ${options.issuer}`), remoteOptions);
  if (options.jwksUrl === undefined) checkedUrl(options.issuer, `issuer ${options.issuer} (for discovery)`);
  let discovering: Promise<RemoteKeySet> | null = null;
  let lastFailure = Number.NEGATIVE_INFINITY;
  let refetching: Promise<void> | null = null;
  let lastRefetch = Number.NEGATIVE_INFINITY;

  const discovered = (): Promise<RemoteKeySet> => {
    if (keys !== null) return Promise.resolve(keys);
    if (discovering) return discovering;
    if (Date.now() - lastFailure < options.cooldownMs) {
      return Promise.reject(unreachable(new Error('discovery failed recently')));
    }
    discovering = discoverJwksUrl(options.issuer, options.timeoutMs).then(
      (url) => {
        keys = createRemoteJWKSet(url, remoteOptions);
        discovering = null;
        return keys;
      },
      (err: unknown) => {
        lastFailure = Date.now();
        discovering = null;
        throw unreachable(err);
      },
    );
    return discovering;
  };

  // Failures to obtain the key set are tagged, so they are not mistaken for a bad token.
  const getKey: JWTVerifyGetKey = async (header, token) => {
    const remote = await discovered();
    try {
      return await remote(header, token);
    } catch (err) {
      if (TOKEN_FAULTS.some((fault) => err instanceof fault)) throw err;
      throw unreachable(err);
    }
  };

  // Its own timestamp as well as jose's: jose counts only fetches that succeeded, so without it
  // forged signatures would refetch on every token while the provider is failing.
  const refetchAfterBadSignature = async (): Promise<boolean> => {
    if (refetching) return refetching.then(() => true);
    if (keys === null || keys.coolingDown || Date.now() - lastRefetch < options.cooldownMs) return false;
    lastRefetch = Date.now();
    refetching = keys.reload().then(
      () => {
        refetching = null;
      },
      (err: unknown) => {
        refetching = null;
        throw unreachable(err);
      },
    );
    return refetching.then(() => true);
  };

  return { getKey, refetchAfterBadSignature };
}

/** Errors of the key lookup that the token caused; any other failure is the key set's. */
const TOKEN_FAULTS = [
  errors.JWKSNoMatchingKey,
  errors.JWKSMultipleMatchingKeys,
  errors.JOSEAlgNotAllowed,
  errors.JOSENotSupported,
  errors.JWSInvalid,
];

function unreachable(cause: unknown): AuthError {
  return new AuthError('JWKS_UNREACHABLE', 'identity provider keys are unavailable, try again later', {
    cause,
  });
}

/** OpenID Connect Discovery 1.0 §4: the document must name the same issuer it was fetched for. */
async function discoverJwksUrl(issuer: string, timeoutMs: number): Promise<URL> {
  const base = issuer.endsWith('/') ? issuer.slice(0, -1) : issuer;
  const response = await fetch(`${base}/.well-known/openid-configuration`, {
    signal: AbortSignal.timeout(timeoutMs),
    redirect: 'error',
    headers: { accept: 'application/json' },
  });
  if (!response.ok) throw new Error(`discovery answered HTTP ${response.status}`);
  const document = (await response.json()) as { issuer?: unknown; jwks_uri?: unknown };
  if (document.issuer !== issuer) throw new Error('discovery document names another issuer');
  if (typeof document.jwks_uri !== 'string') throw new Error('discovery document has no jwks_uri');
  return checkedUrl(document.jwks_uri, `jwks_uri of issuer ${issuer}`);
}
