import { resolve } from 'node:path';
import type { ProctorConfig } from '@proctor/config';
import {
  cacheVerifiedTokens,
  createTokenVerifier,
  DEV_ISSUER,
  ensureDevIssuerKey,
  type TokenVerifier,
} from '@proctor/identity';

/** Trusts the configured issuers, plus the development issuer where the config enables it. */
export async function openTokenVerifier(config: ProctorConfig): Promise<TokenVerifier> {
  const { identity } = config;
  const dev = identity.devIssuer.enabled
    ? await ensureDevIssuerKey(resolve(identity.devIssuer.keyFile))
    : undefined;
  const verifier = createTokenVerifier({
    issuers: identity.issuers,
    clockToleranceSec: identity.clockToleranceSec,
    maxTokenLifetimeSec: identity.maxTokenLifetimeSec,
    jwksCooldownMs: identity.jwksCooldownSec * 1000,
    ...(dev && { devIssuer: { issuer: DEV_ISSUER, publicJwk: dev.publicJwk, audience: identity.audience } }),
  });
  return cacheVerifiedTokens(verifier);
}
