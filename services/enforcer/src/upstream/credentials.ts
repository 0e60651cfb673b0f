/**
 * The gateway's credentials toward each upstream (DESIGN.md invariant 7: the client's token
 * never crosses). Per connection: nothing, a static secret (inline or from the environment),
 * a short-lived token the gateway mints for the caller (aud = the upstream's resource URL, sub =
 * the caller),
 * or an access token obtained by RFC 8693 token exchange. Every minted or exchanged credential
 * is recorded as an access_grant event — its scope, audience and lifespan, never the credential.
 * A session working under a just-in-time access grant gets credentials of its own for that
 * grant: they end no later than the grant, and their record names the grant and its approval.
 */
import { randomUUID } from 'node:crypto';
import type { ConnectionConfig } from '@proctor/config';
import { ProctorError } from '@proctor/errors';
import type { AccessGrantBody, Identity } from '@proctor/events';
import { importJWK, type JSONWebKeySet, type JWK, SignJWT } from 'jose';
import type { AuditEmitter } from '../core/audit-emitter';
import { emitStandalone } from '../core/stages/policy-config-change';
import { exchangeToken } from './credentials-token-exchange';
import type { CredentialContext, CredentialProvider } from './port';

export class CredentialConfigError extends ProctorError<'CREDENTIAL_CONFIG_INVALID'> {
  constructor(message: string) {
    super(message, { code: 'CREDENTIAL_CONFIG_INVALID', httpStatus: 500, retryable: false });
  }
}

export interface GatewaySigningKey {
  issuer: string;
  kid: string;
  privateJwk: JWK;
  publicJwk: JWK;
}

export interface GatewayCredentialOptions {
  connections: readonly Pick<ConnectionConfig, 'name' | 'upstream' | 'credentials'>[];
  /** The process environment, for *Env references (read once, here). */
  env: Readonly<Record<string, string | undefined>>;
  /** Needed when a connection mints or exchanges tokens. */
  signingKey?: GatewaySigningKey;
  tokenExchangeTimeoutMs?: number;
  /** The access grant a session works under, if any (credentials are then scoped to it). */
  grantOf?: (sessionId: string) => CredentialGrantScope | null;
}

/** A just-in-time access grant, as far as the credentials issued under it need to know. */
export interface CredentialGrantScope {
  grantId: string;
  approvalId: string | null;
  /** ms since the epoch */
  expiresAt: number;
}

export interface GatewayCredentials extends CredentialProvider {
  /** The gateway's public signing keys (for /.well-known/jwks.json), when any connection mints. */
  jwks(): JSONWebKeySet | undefined;
  /** Where access_grant events go; set once the emitter exists. */
  attach(emitter: AuditEmitter): void;
}

interface IssuedCredential {
  headers: Record<string, string>;
  /** Seconds since the epoch; renewed a little before. */
  expiresAt: number;
}

type ConnectionCredentials = ConnectionConfig['credentials'];
const RENEW_MARGIN_SEC = 30;
const MAX_CACHED = 50_000;

export async function createGatewayCredentials(
  options: GatewayCredentialOptions,
): Promise<GatewayCredentials> {
  const staticHeaders = new Map<string, Record<string, string>>();
  const issuing = new Map<string, { upstreamUrl: string; credentials: ConnectionCredentials }>();
  options.connections.forEach((c, i) => {
    const at = `enforcer.connections.${i}.credentials`;
    const headers = { ...(c.upstream.headers ?? {}) };
    const creds = c.credentials ?? { type: 'none' as const };
    if (creds.type === 'bearer')
      headers.authorization = `Bearer ${secret(options.env, creds.token, creds.tokenEnv, `${at}.tokenEnv`)}`;
    if (creds.type === 'header')
      headers[creds.name.toLowerCase()] = secret(options.env, creds.value, creds.valueEnv, `${at}.valueEnv`);
    if (creds.type === 'mint' || creds.type === 'token-exchange') {
      if (options.signingKey === undefined)
        throw new CredentialConfigError(`${at}: ${creds.type} needs the gateway signing key`);
      if (creds.type === 'token-exchange' && creds.clientSecretEnv !== undefined) {
        secret(options.env, undefined, creds.clientSecretEnv, `${at}.clientSecretEnv`);
      }
      issuing.set(c.name, { upstreamUrl: c.upstream.url ?? '', credentials: creds });
    }
    staticHeaders.set(c.name, headers);
  });
  const signing = options.signingKey;
  const key = signing ? await importJWK(signing.privateJwk, 'ES256') : null;
  const cache = new Map<string, IssuedCredential>();
  let emitter: AuditEmitter | null = null;

  const mint = async (identity: Identity, audience: string, ttlSec: number, scope: string | undefined) => {
    if (signing === undefined || key === null) throw new CredentialConfigError('no gateway signing key');
    const now = Math.floor(Date.now() / 1000);
    const token = await new SignJWT({
      ...(scope && { scope }),
      ...(identity.groups.length > 0 && { groups: identity.groups }),
    })
      .setProtectedHeader({ alg: 'ES256', kid: signing.kid, typ: 'JWT' })
      .setIssuer(signing.issuer)
      .setSubject(identity.subject)
      .setAudience(audience)
      .setIssuedAt(now)
      .setExpirationTime(now + ttlSec)
      .setJti(randomUUID())
      .sign(key);
    return { token, issuedAt: now, expiresAt: now + ttlSec };
  };

  const recordGrant = async (
    ctx: CredentialContext,
    body: Omit<AccessGrantBody, 'actor' | 'flaggedForReview'>,
  ) => {
    if (emitter === null)
      throw new CredentialConfigError('credentials were issued before the audit emitter was attached');
    await emitStandalone(
      emitter,
      { sessionId: `access-grant-${body.grantId}`, identity: ctx.identity, connection: ctx.connection },
      [
        {
          type: 'access_grant',
          body: { ...body, actor: 'proctor-gateway', flaggedForReview: false },
        },
      ],
    );
  };

  const issue = async (
    ctx: CredentialContext,
    upstreamUrl: string,
    creds: ConnectionCredentials,
    grant: CredentialGrantScope | null,
  ): Promise<IssuedCredential> => {
    const grantId = randomUUID();
    const under = grant === null ? '' : ` under access grant ${grant.grantId}`;
    const reason = `upstream credential for ${ctx.identity.anonymous ? 'an anonymous caller' : 'the caller'} in session ${ctx.sessionId}${under}`;
    const approvalId = grant?.approvalId ?? null;
    /** Seconds the credential may live: no longer than the grant it is issued under. */
    const lifespan = (wanted: number) =>
      grant === null
        ? wanted
        : Math.max(1, Math.min(wanted, Math.floor((grant.expiresAt - Date.now()) / 1000)));
    if (creds.type === 'mint') {
      const audience = creds.audience ?? resourceOf(upstreamUrl);
      const minted = await mint(ctx.identity, audience, lifespan(creds.ttlSeconds), creds.scope);
      await recordGrant(ctx, {
        approvalId,
        action: 'credential_minted',
        grantId,
        scope: creds.scope ?? null,
        audience,
        issuedAt: minted.issuedAt * 1_000_000,
        expiresAt: minted.expiresAt * 1_000_000,
        reason,
      });
      return { headers: { authorization: `Bearer ${minted.token}` }, expiresAt: minted.expiresAt };
    }
    if (creds.type !== 'token-exchange')
      throw new CredentialConfigError(`connection ${ctx.connection} issues no credentials`);
    const assertion = await mint(ctx.identity, creds.tokenEndpoint, 120, creds.scope);
    const exchanged = await exchangeToken(
      {
        connection: ctx.connection,
        tokenEndpoint: creds.tokenEndpoint,
        clientId: creds.clientId,
        clientSecret:
          creds.clientSecretEnv === undefined ? null : (options.env[creds.clientSecretEnv] ?? null),
        ...(creds.audience && { audience: creds.audience }),
        ...(creds.resource && { resource: creds.resource }),
        ...(creds.scope && { scope: creds.scope }),
        timeoutMs: options.tokenExchangeTimeoutMs ?? 10_000,
      },
      assertion.token,
    );
    const now = Math.floor(Date.now() / 1000);
    // An exchanged token's lifetime is the token service's: the gateway stops using it at the grant's end.
    const expiresAt = now + lifespan((exchanged.expiresAt ?? now + 300) - now);
    await recordGrant(ctx, {
      approvalId,
      action: 'credential_exchanged',
      grantId,
      scope: exchanged.scope ?? creds.scope ?? null,
      audience: creds.audience ?? creds.resource ?? null,
      issuedAt: now * 1_000_000,
      expiresAt: expiresAt * 1_000_000,
      reason,
    });
    const scheme = exchanged.tokenType.toLowerCase() === 'n_a' ? 'Bearer' : exchanged.tokenType;
    return { headers: { authorization: `${scheme} ${exchanged.accessToken}` }, expiresAt };
  };

  return {
    async headersFor(ctx) {
      const base = staticHeaders.get(ctx.connection) ?? {};
      const issuer = issuing.get(ctx.connection);
      if (issuer === undefined) return base;
      const grant = options.grantOf?.(ctx.sessionId) ?? null;
      const cacheKey = `${ctx.connection}\u0000${ctx.sessionId}\u0000${grant?.grantId ?? ''}`;
      const cached = cache.get(cacheKey);
      const margin = grant === null ? RENEW_MARGIN_SEC : 0;
      if (cached && cached.expiresAt - margin > Date.now() / 1000) return { ...base, ...cached.headers };
      const fresh = await issue(ctx, issuer.upstreamUrl, issuer.credentials, grant);
      if (cache.size >= MAX_CACHED) {
        const oldest = cache.keys().next();
        if (!oldest.done) cache.delete(oldest.value);
      }
      cache.set(cacheKey, fresh);
      return { ...base, ...fresh.headers };
    },
    jwks: () => (signing && issuing.size > 0 ? { keys: [signing.publicJwk] } : undefined),
    attach(e) {
      emitter = e;
    },
  };
}

/**
 * The protected resource an upstream is, as RFC 8707 resource indicators and the MCP
 * authorization spec name it: scheme, host, port and path — no query, no fragment, no trailing
 * slash. Two connections on one origin (`/ehr/mcp`, `/billing/mcp`) are two audiences, so a
 * token minted for one is not accepted by the other.
 */
export function resourceOf(upstreamUrl: string): string {
  const url = new URL(upstreamUrl);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

function secret(
  env: Readonly<Record<string, string | undefined>>,
  inline: string | undefined,
  envName: string | undefined,
  field: string,
): string {
  if (inline !== undefined) return inline;
  const value = envName === undefined ? undefined : env[envName];
  if (value === undefined || value === '') {
    throw new CredentialConfigError(`${field}: environment variable ${envName} is not set`);
  }
  if (/[\r\n]/.test(value))
    throw new CredentialConfigError(`${field}: environment variable ${envName} holds a line break`);
  return value;
}

export { type CredentialDiscoveryOptions, registerCredentialDiscovery } from './credentials-well-known';
