import type { Identity } from '@proctor/events';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  decodeJwt,
  errors,
  type JSONWebKeySet,
  type JWK,
  type JWTPayload,
  type JWTVerifyGetKey,
  jwtVerify,
} from 'jose';
import { AuthError } from './auth-error';
import { extractBearerToken } from './bearer';
import { type CiProvider, ciFromClaims, ciProviderFor, groupsFromClaims } from './claims';

export interface IssuerConfig {
  issuer: string;
  jwksUrl: string;
  audience?: string | string[];
  /** Claim holding group memberships; `groups` when unset. */
  groupsClaim?: string;
  /** Set for self-hosted CI issuers; GitHub Actions and gitlab.com are recognised by their issuer. */
  ciProvider?: CiProvider;
}

export interface DevIssuerConfig {
  issuer: string;
  publicJwk: JWK;
  audience: string;
}

export interface TokenVerifierOptions {
  issuers: IssuerConfig[];
  devIssuer?: DevIssuerConfig;
  clockToleranceSec?: number;
  /** How long one JWKS fetch may take before the request fails with JWKS_UNREACHABLE. */
  jwksTimeoutMs?: number;
}

export interface VerifiedIdentity extends Identity {
  expiresAt: Date;
  /** Every claim of the verified token. Non-enumerable, so logging the identity leaves it out. */
  readonly claims: JWTPayload;
}

export interface TokenVerifier {
  /** Resolves with the caller's identity or rejects with an AuthError. */
  verify(authorizationHeader: string | undefined): Promise<VerifiedIdentity>;
}

interface TrustedIssuer {
  keys: JWTVerifyGetKey;
  audience: string | string[] | undefined;
  groupsClaim: string;
  ciProvider: CiProvider | undefined;
}

// Asymmetric only: an HMAC algorithm would let anyone holding a public key mint tokens.
const ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
  'Ed25519',
];

export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  const trusted = new Map<string, TrustedIssuer>();
  for (const config of options.issuers) {
    addIssuer(trusted, config.issuer, {
      keys: remoteKeys(config, options.jwksTimeoutMs ?? 5000),
      audience: config.audience,
      groupsClaim: config.groupsClaim ?? 'groups',
      ciProvider: config.ciProvider,
    });
  }
  if (options.devIssuer !== undefined) {
    const jwks: JSONWebKeySet = { keys: [options.devIssuer.publicJwk] };
    addIssuer(trusted, options.devIssuer.issuer, {
      keys: createLocalJWKSet(jwks),
      audience: options.devIssuer.audience,
      groupsClaim: 'groups',
      ciProvider: undefined,
    });
  }
  const clockTolerance = options.clockToleranceSec ?? 30;

  return {
    async verify(authorizationHeader) {
      const token = extractBearerToken(authorizationHeader);
      const issuer = unverifiedIssuer(token);
      const entry = trusted.get(issuer);
      if (entry === undefined) throw new AuthError('ISSUER_UNKNOWN', 'token issuer is not accepted');
      let claims: JWTPayload;
      try {
        ({ payload: claims } = await jwtVerify(token, entry.keys, {
          issuer,
          audience: entry.audience,
          algorithms: ALGORITHMS,
          clockTolerance,
          requiredClaims: ['exp', 'sub'],
        }));
      } catch (err) {
        throw toAuthError(err);
      }
      return toIdentity(issuer, entry, claims);
    },
  };
}

function addIssuer(trusted: Map<string, TrustedIssuer>, issuer: string, entry: TrustedIssuer): void {
  if (trusted.has(issuer)) throw new Error(`issuer ${issuer} is configured more than once`);
  trusted.set(issuer, entry);
}

function remoteKeys(config: IssuerConfig, timeoutDuration: number): JWTVerifyGetKey {
  const url = new URL(config.jwksUrl);
  const loopback = ['127.0.0.1', '[::1]', 'localhost'].includes(url.hostname);
  if (url.protocol !== 'https:' && !loopback) {
    throw new Error(`jwksUrl of issuer ${config.issuer} must use https`);
  }
  const remote = createRemoteJWKSet(url, { timeoutDuration });
  // Tag failures to obtain the key set so they are not mistaken for a bad token.
  return async (header, token) => {
    try {
      return await remote(header, token);
    } catch (err) {
      if (err instanceof errors.JWKSNoMatchingKey || err instanceof errors.JWKSMultipleMatchingKeys)
        throw err;
      throw new AuthError('JWKS_UNREACHABLE', 'identity provider keys are unavailable, try again later', {
        cause: err,
      });
    }
  };
}

function unverifiedIssuer(token: string): string {
  let claims: JWTPayload;
  try {
    claims = decodeJwt(token);
  } catch (err) {
    throw new AuthError('TOKEN_MALFORMED', 'bearer token is not a well-formed JWT', { cause: err });
  }
  if (typeof claims.iss !== 'string') throw new AuthError('ISSUER_UNKNOWN', 'token has no issuer');
  return claims.iss;
}

function toIdentity(issuer: string, entry: TrustedIssuer, claims: JWTPayload): VerifiedIdentity {
  const identity: VerifiedIdentity = {
    // requiredClaims guarantees both; jwtVerify checks their types.
    subject: claims.sub as string,
    issuer,
    groups: groupsFromClaims(claims, entry.groupsClaim),
    ci: ciFromClaims(ciProviderFor(issuer, entry.ciProvider), claims),
    expiresAt: new Date((claims.exp as number) * 1000),
    claims,
  };
  Object.defineProperty(identity, 'claims', { enumerable: false });
  return identity;
}

function toAuthError(err: unknown): AuthError {
  if (err instanceof AuthError) return err;
  if (err instanceof errors.JWTExpired)
    return new AuthError('TOKEN_EXPIRED', 'token has expired', { cause: err });
  if (err instanceof errors.JWTClaimValidationFailed) {
    return new AuthError('TOKEN_INVALID', claimMessage(err.claim), { cause: err });
  }
  if (err instanceof errors.JOSEAlgNotAllowed || err instanceof errors.JOSENotSupported) {
    return new AuthError('TOKEN_INVALID', 'token signing algorithm is not accepted', { cause: err });
  }
  if (err instanceof errors.JWSInvalid || err instanceof errors.JWTInvalid) {
    return new AuthError('TOKEN_MALFORMED', 'bearer token is not a well-formed JWT', { cause: err });
  }
  if (err instanceof errors.JWKSNoMatchingKey || err instanceof errors.JWKSMultipleMatchingKeys) {
    return new AuthError('TOKEN_INVALID', 'token signing key is not recognised', { cause: err });
  }
  return new AuthError('TOKEN_INVALID', 'token signature is invalid', { cause: err });
}

function claimMessage(claim: string): string {
  switch (claim) {
    case 'aud':
      return 'token audience is not accepted';
    case 'nbf':
      return 'token is not yet valid';
    case 'iat':
      return 'token issue time is invalid';
    default:
      return `token claim ${claim} is missing or invalid`;
  }
}
