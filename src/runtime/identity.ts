import { resolve } from 'node:path';
import type { ProctorConfig } from '@proctor/config';
import {
  cacheVerifiedTokens,
  createTokenVerifier,
  DEV_ISSUER,
  ensureDevIssuerKey,
  type IdentityVerifier,
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

/**
 * The audit API's verifier: tokens must carry the exporter's own audience when one is
 * configured (exporter.auth.audience), so a token for the gateway is refused; else the issuers'.
 */
export async function openExporterTokenVerifier(config: ProctorConfig): Promise<IdentityVerifier> {
  const verifier = await openTokenVerifier(config);
  const own = config.exporter.auth.audience;
  if (own === undefined) return verifier;
  const audience = typeof own === 'string' ? [own] : own;
  return {
    verify: (authorization, options) =>
      verifier.verify(authorization, { audience: options?.audience ?? audience }),
  };
}
