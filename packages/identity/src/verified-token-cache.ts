import type { TokenVerifier, VerifiedIdentity } from './token-verifier';

export interface VerifiedTokenCacheOptions {
  /** Most tokens remembered; the oldest entry makes room (default 10,000). */
  maxEntries?: number;
  now?: () => number;
}

/**
 * Remembers tokens that verified until they expire, so the gateway checks a signature once
 * per token rather than once per request (an ES256 check costs ~120 µs). Equivalent in
 * what it accepts: a JWT verified offline cannot be revoked before `exp` anyway. Failures
 * are never cached, so a token that failed because its JWKS was unreachable is tried again.
 */
export function cacheVerifiedTokens(
  verifier: TokenVerifier,
  options: VerifiedTokenCacheOptions = {},
): TokenVerifier {
  const maxEntries = options.maxEntries ?? 10_000;
  const now = options.now ?? Date.now;
  const cache = new Map<string, VerifiedIdentity>();
  return {
    async verify(header) {
      if (header !== undefined) {
        const hit = cache.get(header);
        if (hit && hit.expiresAt.getTime() > now()) return hit;
        if (hit) cache.delete(header);
      }
      const identity = await verifier.verify(header);
      if (header !== undefined) {
        if (cache.size >= maxEntries) {
          const oldest = cache.keys().next();
          if (!oldest.done) cache.delete(oldest.value);
        }
        cache.set(header, identity);
      }
      return identity;
    },
  };
}
