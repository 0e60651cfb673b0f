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
 * The audit API's verifier: tokens must carry the exporter's own audience
 * (exporter.auth.audience), so a token for the gateway is refused. Without one, only the
 * development issuer's tokens are taken (under the issuers' audience): with a configured
 * issuer the exporter does not start, since every token an MCP client holds for the gateway
 * would then read the audit trail of whoever it belongs to.
 */
export async function openExporterTokenVerifier(config: ProctorConfig): Promise<IdentityVerifier> {
  const own = config.exporter.auth.audience;
  if (own === undefined && config.identity.issuers.length > 0) throw new Error(NO_EXPORTER_AUDIENCE);
  const verifier = await openTokenVerifier(config);
  if (own === undefined) return verifier;
  const audience = typeof own === 'string' ? [own] : own;
  return {
    verify: (authorization, options) =>
      verifier.verify(authorization, { audience: options?.audience ?? audience }),
  };
}

const NO_EXPORTER_AUDIENCE =
  'exporter.auth.audience is not set: the audit API would take every token minted for the gateway, ' +
  "so an MCP client's token could read the audit trail. Set exporter.auth.audience to an audience " +
  "of the exporter's own (e.g. its public URL, the resource its protected-resource metadata names) " +
  'and have auditors obtain tokens for it; to keep accepting gateway tokens as before, set it to ' +
  "the issuers' audience (exporter.auth.audience: proctor, or the audience your issuers name)";
