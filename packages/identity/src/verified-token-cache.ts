import type { TokenVerifier, VerifiedIdentity } from './token-verifier';

export interface VerifiedTokenCacheOptions {
  /** Most tokens remembered; the oldest entry makes room (default 10,000). */
  maxEntries?: number;
  /**
   * Longest a verification is trusted before the token is checked again (default ten
   * minutes, as long as an issuer's key set is cached): a key the issuer withdrew stops
   * being honoured as soon as it would without this cache, not only at the token's `exp`.
   */
  maxAgeMs?: number;
  now?: () => number;
}

interface Verified {
  identity: VerifiedIdentity;
  /** Epoch ms after which the token is verified again. */
  until: number;
}

/**
 * Remembers tokens that verified until they expire (or `maxAgeMs` passed), so the gateway
 * checks a signature once per token and period rather than once per request (an ES256 check
 * costs ~120 µs). Equivalent in what it accepts: a JWT verified offline cannot be revoked
 * before `exp` except by withdrawing its key, and a withdrawn key is seen no later than the
 * key set cache would see it. Failures are never cached, so a token that failed because its
 * JWKS was unreachable is tried again.
 */
export function cacheVerifiedTokens(
  verifier: TokenVerifier,
  options: VerifiedTokenCacheOptions = {},
): TokenVerifier {
  const maxEntries = options.maxEntries ?? 10_000;
  const maxAgeMs = options.maxAgeMs ?? 600_000;
  const now = options.now ?? Date.now;
  const cache = new Map<string, Verified>();
  return {
    async verify(authorization, verifyOptions) {
      // A verification holds for the audiences it was checked against: one connection's is not another's.
      const header =
        authorization === undefined || verifyOptions?.audience === undefined
          ? authorization
          : `${verifyOptions.audience.join(' ')}\n${authorization}`;
      if (header !== undefined) {
        const hit = cache.get(header);
        if (hit && hit.until > now()) return hit.identity;
        if (hit) cache.delete(header);
      }
      const identity = await verifier.verify(authorization, verifyOptions);
      if (header !== undefined) {
        if (cache.size >= maxEntries) {
          const oldest = cache.keys().next();
          if (!oldest.done) cache.delete(oldest.value);
        }
        cache.set(header, { identity, until: Math.min(identity.expiresAt.getTime(), now() + maxAgeMs) });
      }
      return identity;
    },
  };
}
