import type { Identity } from '@proctor/events';
import {
  createLocalJWKSet,
  decodeJwt,
  decodeProtectedHeader,
  errors,
  type JWK,
  type JWTPayload,
  type JWTVerifyGetKey,
  type JWTVerifyOptions,
  jwtVerify,
  type ProtectedHeaderParameters,
} from 'jose';
import { AuthError } from './auth-error';
import { extractBearerToken } from './bearer';
import { type CiClaimNames, type CiProvider, ciFromClaims, ciProviderFor, groupsFromClaims } from './claims';
import { issuerKeys } from './issuer-keys';
import { hasDuplicateKeys } from './json-duplicates';

/** Asymmetric only: an HMAC algorithm would let anyone holding a public key mint tokens. */
export const ASYMMETRIC_ALGORITHMS = [
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
] as const;

export interface IssuerConfig {
  issuer: string;
  /** The key set; when absent it is found by OpenID discovery from the issuer URL. */
  jwksUrl?: string;
  /** Required: tokens the issuer minted for another service are refused (MCP authorization, RFC 8707). */
  audience: string | string[];
  /** Accepted signing algorithms, a subset of ASYMMETRIC_ALGORITHMS (default: all of them). */
  algorithms?: readonly string[];
  /** Claim (or dotted path) holding group memberships; `groups` when unset. */
  groupsClaim?: string;
  groupMap?: Readonly<Record<string, readonly string[]>>;
  /** Set for self-hosted CI issuers; GitHub Actions and gitlab.com are recognised by their issuer. */
  ciProvider?: CiProvider;
  /** For ciProvider generic: the claim of each CI field. */
  ciClaims?: CiClaimNames;
  clockToleranceSec?: number;
  maxTokenLifetimeSec?: number;
  /**
   * Audiences a token may name beside the one required (e.g. Auth0's `<tenant>/userinfo`). A
   * token naming any other audience as well — one another service also accepts, and could
   * replay here — is refused.
   */
  extraAudiences?: readonly string[];
  /**
   * Accepted `typ` header values (case-insensitive, `application/` optional), e.g. `[at+jwt]`
   * for RFC 9068 access tokens only (so an ID token is refused). When set, `typ` is required.
   * Default: no `typ`, `JWT` or `at+jwt`.
   */
  tokenTypes?: readonly string[];
  /** Client ids (`azp`, or RFC 9068 `client_id`) whose tokens are accepted; any when unset. */
  clients?: readonly string[];
}

export interface DevIssuerConfig {
  issuer: string;
  publicJwk: JWK;
  audience: string;
}

export interface TokenVerifierOptions {
  issuers: IssuerConfig[];
  devIssuer?: DevIssuerConfig;
  /** Clock skew allowed on exp, nbf and iat (default 30 s). */
  clockToleranceSec?: number;
  /** Longest accepted lifetime, exp − iat (default 24 h). */
  maxTokenLifetimeSec?: number;
  /** How long one JWKS fetch may take before the request fails with JWKS_UNREACHABLE. */
  jwksTimeoutMs?: number;
  /** Least time between two fetches of one issuer's key set (default 30 s). */
  jwksCooldownMs?: number;
  /** Milliseconds since the epoch; for tests. */
  now?: () => number;
}

export interface VerifiedIdentity extends Identity {
  expiresAt: Date;
  /** Every claim of the verified token. Non-enumerable, so logging the identity leaves it out. */
  readonly claims: JWTPayload;
}

export interface VerifyOptions {
  /**
   * The audiences this request's resource accepts (e.g. one gateway connection's own), instead
   * of the issuer's: a token minted for one connection is refused at another.
   */
  audience?: readonly string[] | undefined;
}

export interface TokenVerifier {
  /** Resolves with the caller's identity or rejects with an AuthError. */
  verify(authorizationHeader: string | undefined, options?: VerifyOptions): Promise<VerifiedIdentity>;
}

interface TrustedIssuer {
  keys: JWTVerifyGetKey;
  /** Refetches the key set after a refused signature, when its limit allows; true if it did. */
  refetchAfterBadSignature: () => Promise<boolean>;
  audience: string | string[];
  algorithms: string[];
  groupsClaim: string;
  groupMap: Readonly<Record<string, readonly string[]>> | undefined;
  ciProvider: CiProvider | undefined;
  ciClaims: CiClaimNames | undefined;
  clockToleranceSec: number;
  maxLifetimeSec: number;
  authMethod: 'oidc' | 'dev';
  extraAudiences: readonly string[];
  /** Normalised accepted `typ` values; null: the default (none, jwt, at+jwt). */
  tokenTypes: readonly string[] | null;
  clients: readonly string[] | null;
}

/** Header parameters of JWE only (RFC 7516 §4.1, RFC 7518 §4.6-4.8): never on a JWS. */
const JWE_ONLY_HEADERS = ['zip', 'enc', 'epk', 'apu', 'apv', 'iv', 'tag', 'p2s', 'p2c'] as const;

/**
 * Header parameters that carry or point at key material: a verifier that honoured them would
 * trust the token's own key. (`x5t` is only a thumbprint naming one of the issuer's own keys,
 * like `kid`; Entra ID puts it in every token, and the key is still taken from the key set.)
 */
const KEY_BEARING_HEADERS = ['jwk', 'jku', 'x5u', 'x5c'] as const;
const MAX_KID = 256;
const MAX_SUBJECT = 1024;

export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  const clockToleranceSec = options.clockToleranceSec ?? 30;
  const maxLifetimeSec = options.maxTokenLifetimeSec ?? 24 * 3600;
  const now = options.now ?? Date.now;
  const trusted = new Map<string, TrustedIssuer>();
  for (const config of options.issuers) {
    if (config.audience === undefined || config.audience.length === 0) {
      throw new Error(
        `issuer ${config.issuer}: audience is required, so that tokens issued for other services are refused`,
      );
    }
    const keys = issuerKeys({
      issuer: config.issuer,
      ...(config.jwksUrl !== undefined && { jwksUrl: config.jwksUrl }),
      timeoutMs: options.jwksTimeoutMs ?? 5000,
      cooldownMs: options.jwksCooldownMs ?? 30_000,
    });
    addIssuer(trusted, config.issuer, {
      keys: keys.getKey,
      refetchAfterBadSignature: keys.refetchAfterBadSignature,
      audience: config.audience,
      algorithms: allowedAlgorithms(config),
      groupsClaim: config.groupsClaim ?? 'groups',
      groupMap: config.groupMap,
      ciProvider: config.ciProvider,
      ciClaims: config.ciClaims,
      clockToleranceSec: config.clockToleranceSec ?? clockToleranceSec,
      maxLifetimeSec: config.maxTokenLifetimeSec ?? maxLifetimeSec,
      authMethod: 'oidc',
      extraAudiences: config.extraAudiences ?? [],
      tokenTypes: config.tokenTypes?.map(normalTokenType) ?? null,
      clients: config.clients ?? null,
    });
  }
  if (options.devIssuer !== undefined) {
    addIssuer(trusted, options.devIssuer.issuer, {
      keys: createLocalJWKSet({ keys: [options.devIssuer.publicJwk] }),
      refetchAfterBadSignature: async () => false,
      audience: options.devIssuer.audience,
      algorithms: ['ES256'],
      groupsClaim: 'groups',
      groupMap: undefined,
      ciProvider: undefined,
      ciClaims: undefined,
      clockToleranceSec,
      maxLifetimeSec,
      authMethod: 'dev',
      extraAudiences: [],
      tokenTypes: null,
      clients: null,
    });
  }

  return {
    async verify(authorizationHeader, verifyOptions) {
      const token = extractBearerToken(authorizationHeader);
      const header = unverifiedHeader(token);
      const issuer = unverifiedIssuer(token);
      const entry = trusted.get(issuer);
      if (entry === undefined) {
        throw new AuthError('ISSUER_UNKNOWN', 'token issuer is not accepted', { detail: 'unknown_issuer' });
      }
      if (!entry.algorithms.includes(header.alg ?? '')) {
        throw new AuthError('TOKEN_INVALID', 'token signing algorithm is not accepted', {
          detail: 'alg_not_allowed',
        });
      }
      checkTokenType(header, entry);
      const audience = verifyOptions?.audience ?? entry.audience;
      let claims: JWTPayload;
      try {
        claims = await verifySignedClaims(token, entry, {
          issuer,
          audience: typeof audience === 'string' ? audience : [...audience],
          algorithms: entry.algorithms,
          clockTolerance: entry.clockToleranceSec,
          currentDate: new Date(now()),
          requiredClaims: ['exp', 'sub'],
        });
      } catch (err) {
        throw toAuthError(err);
      }
      checkStrictClaims(claims, entry, now() / 1000);
      checkAudienceAndClient(claims, entry, audience);
      return toIdentity(issuer, entry, claims);
    },
  };
}

/**
 * A signature the cached key refuses may be the issuer's new key published under the same kid:
 * the key set is refetched (once, within the unknown-kid cooldown) and the token checked again.
 */
async function verifySignedClaims(
  token: string,
  entry: TrustedIssuer,
  verifyOptions: JWTVerifyOptions,
): Promise<JWTPayload> {
  try {
    return (await jwtVerify(token, entry.keys, verifyOptions)).payload;
  } catch (err) {
    if (!(err instanceof errors.JWSSignatureVerificationFailed)) throw err;
    if (!(await entry.refetchAfterBadSignature())) throw err;
  }
  return (await jwtVerify(token, entry.keys, verifyOptions)).payload;
}

function allowedAlgorithms(config: IssuerConfig): string[] {
  const wanted = config.algorithms ?? ASYMMETRIC_ALGORITHMS;
  for (const alg of wanted) {
    if (!(ASYMMETRIC_ALGORITHMS as readonly string[]).includes(alg)) {
      throw new Error(
        `issuer ${config.issuer}: algorithm ${alg} is not accepted (asymmetric algorithms only)`,
      );
    }
  }
  return [...wanted];
}

function addIssuer(trusted: Map<string, TrustedIssuer>, issuer: string, entry: TrustedIssuer): void {
  if (trusted.has(issuer)) throw new Error(`issuer ${issuer} is configured more than once`);
  trusted.set(issuer, entry);
}

function unverifiedHeader(token: string): ProtectedHeaderParameters {
  let header: ProtectedHeaderParameters;
  try {
    header = decodeProtectedHeader(token);
  } catch (err) {
    throw new AuthError('TOKEN_MALFORMED', 'bearer token is not a well-formed JWT', {
      cause: err,
      detail: 'malformed',
    });
  }
  if (token.split('.').length !== 3) {
    // Five parts: a JWE (an encrypted or nested token), never accepted as a bearer token here.
    throw new AuthError('TOKEN_MALFORMED', 'bearer token is not a signed JWT', { detail: 'not_jws' });
  }
  if (hasDuplicateKeys(segmentText(token, 0))) {
    throw new AuthError('TOKEN_MALFORMED', 'token header repeats a parameter', { detail: 'duplicate_key' });
  }
  // No JWS extension is understood here: a critical one must be refused (RFC 7515 §4.1.11).
  if (header.crit !== undefined) {
    throw new AuthError('TOKEN_INVALID', 'token names a critical extension that is not supported', {
      detail: 'crit',
    });
  }
  // RFC 7797 unencoded payloads are not JWTs (RFC 7797 §7); refused even without crit.
  if (Object.hasOwn(header, 'b64')) {
    throw new AuthError('TOKEN_INVALID', 'token payload encoding is not accepted', { detail: 'b64' });
  }
  // JWE-only parameters (RFC 7516 §4.1): a signed token claiming a compression or key agreement
  // is not what it says it is (a confused or re-labelled token), so it is refused.
  if (JWE_ONLY_HEADERS.some((name) => Object.hasOwn(header, name))) {
    throw new AuthError('TOKEN_INVALID', 'token header carries encryption parameters', {
      detail: 'jwe_header',
    });
  }
  // A nested JWT (RFC 7519 §5.2): the outer signature vouches for a token, not for claims.
  if (typeof header.cty === 'string' && normalTokenType(header.cty) === 'jwt') {
    throw new AuthError('TOKEN_INVALID', 'nested tokens are not accepted', { detail: 'nested' });
  }
  if (KEY_BEARING_HEADERS.some((name) => Object.hasOwn(header, name))) {
    throw new AuthError('TOKEN_INVALID', 'token header must not carry or point at keys', {
      detail: 'embedded_key',
    });
  }
  if (header.kid !== undefined && (typeof header.kid !== 'string' || header.kid.length > MAX_KID)) {
    throw new AuthError('TOKEN_INVALID', 'token key id is not acceptable', { detail: 'kid' });
  }
  return header;
}

function unverifiedIssuer(token: string): string {
  let claims: JWTPayload;
  try {
    claims = decodeJwt(token);
  } catch (err) {
    throw new AuthError('TOKEN_MALFORMED', 'bearer token is not a well-formed JWT', {
      cause: err,
      detail: 'malformed',
    });
  }
  if (hasDuplicateKeys(segmentText(token, 1))) {
    throw new AuthError('TOKEN_MALFORMED', 'token claims repeat a name', { detail: 'duplicate_key' });
  }
  if (typeof claims.iss !== 'string') {
    throw new AuthError('ISSUER_UNKNOWN', 'token has no issuer', { detail: 'no_issuer' });
  }
  return claims.iss;
}

function segmentText(token: string, index: number): string {
  return Buffer.from(token.split('.')[index] ?? '', 'base64url').toString('utf8');
}

/** `typ` values compare case-insensitively, with or without `application/` (RFC 7515 §4.1.9). */
function normalTokenType(typ: string): string {
  const lower = typ.toLowerCase();
  return lower.startsWith('application/') ? lower.slice('application/'.length) : lower;
}

const DEFAULT_TOKEN_TYPES = ['jwt', 'at+jwt'];

/**
 * Explicit typing (RFC 8725 §3.11): a token typed as something else — a logout token, a DPoP
 * proof, a security event — is not a bearer token, whatever it claims. An issuer configured
 * with `tokenTypes` (e.g. at+jwt, RFC 9068) requires one of them.
 */
function checkTokenType(header: ProtectedHeaderParameters, entry: TrustedIssuer): void {
  const typ = header.typ;
  if (typ === undefined && entry.tokenTypes === null) return;
  if (typeof typ === 'string' && (entry.tokenTypes ?? DEFAULT_TOKEN_TYPES).includes(normalTokenType(typ))) {
    return;
  }
  throw new AuthError('TOKEN_INVALID', 'token type is not accepted', { detail: 'typ' });
}

/**
 * Beyond jose's "one audience matches": every audience the token names must be this
 * resource's or one the issuer is configured to add, and the client it was issued to
 * (`azp`, or `client_id`) must be one the issuer lists, when it lists any.
 */
function checkAudienceAndClient(
  claims: JWTPayload,
  entry: TrustedIssuer,
  audience: string | readonly string[],
): void {
  const accepted = new Set([
    ...(typeof audience === 'string' ? [audience] : audience),
    ...entry.extraAudiences,
  ]);
  const named = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (named.some((a) => typeof a !== 'string' || !accepted.has(a))) {
    throw new AuthError('TOKEN_INVALID', 'token is also issued for other audiences', {
      detail: 'other_audience',
    });
  }
  const azp = claims.azp;
  const clientId = claims.client_id;
  if (azp !== undefined && clientId !== undefined && azp !== clientId) {
    throw new AuthError('TOKEN_INVALID', 'token names two different clients', { detail: 'azp' });
  }
  const client = azp ?? clientId;
  if (entry.clients !== null && (typeof client !== 'string' || !entry.clients.includes(client))) {
    throw new AuthError('TOKEN_INVALID', 'token was issued to a client that is not accepted', {
      detail: 'azp',
    });
  }
}

/** What jose leaves to the application: the subject's shape, iat in the future, the lifetime. */
function checkStrictClaims(claims: JWTPayload, entry: TrustedIssuer, nowSec: number): void {
  if (typeof claims.sub !== 'string' || claims.sub.trim() === '' || claims.sub.length > MAX_SUBJECT) {
    throw new AuthError('TOKEN_INVALID', 'token subject must be a non-empty string', { detail: 'subject' });
  }
  const exp = claims.exp as number;
  if (claims.iat !== undefined) {
    if (typeof claims.iat !== 'number' || !Number.isFinite(claims.iat)) {
      throw new AuthError('TOKEN_INVALID', 'token issue time is invalid', { detail: 'iat' });
    }
    if (claims.iat > nowSec + entry.clockToleranceSec) {
      throw new AuthError('TOKEN_INVALID', 'token issue time is in the future', { detail: 'iat_future' });
    }
  }
  const issuedAt = typeof claims.iat === 'number' ? claims.iat : nowSec;
  if (exp - issuedAt > entry.maxLifetimeSec) {
    throw new AuthError('TOKEN_INVALID', 'token lifetime exceeds the accepted maximum', {
      detail: 'lifetime',
    });
  }
}

function toIdentity(issuer: string, entry: TrustedIssuer, claims: JWTPayload): VerifiedIdentity {
  const identity: VerifiedIdentity = {
    subject: claims.sub as string,
    issuer,
    groups: groupsFromClaims(claims, entry.groupsClaim, entry.groupMap),
    ci: ciFromClaims(ciProviderFor(issuer, entry.ciProvider), claims, entry.ciClaims),
    authMethod: entry.authMethod,
    expiresAt: new Date((claims.exp as number) * 1000),
    claims,
  };
  Object.defineProperty(identity, 'claims', { enumerable: false });
  return identity;
}

function toAuthError(err: unknown): AuthError {
  if (err instanceof AuthError) return err;
  const options = { cause: err };
  if (err instanceof errors.JWTExpired) {
    return new AuthError('TOKEN_EXPIRED', 'token has expired', { ...options, detail: 'expired' });
  }
  if (err instanceof errors.JWTClaimValidationFailed) {
    const [message, detail] = claimFailure(err.claim, err.reason);
    return new AuthError('TOKEN_INVALID', message, { ...options, detail });
  }
  if (err instanceof errors.JOSEAlgNotAllowed || err instanceof errors.JOSENotSupported) {
    return new AuthError('TOKEN_INVALID', 'token signing algorithm is not accepted', {
      ...options,
      detail: 'alg_not_allowed',
    });
  }
  if (err instanceof errors.JWSInvalid || err instanceof errors.JWTInvalid) {
    return new AuthError('TOKEN_MALFORMED', 'bearer token is not a well-formed JWT', {
      ...options,
      detail: 'malformed',
    });
  }
  if (err instanceof errors.JWKSNoMatchingKey || err instanceof errors.JWKSMultipleMatchingKeys) {
    return new AuthError('TOKEN_INVALID', 'token signing key is not recognised', {
      ...options,
      detail: 'unknown_kid',
    });
  }
  return new AuthError('TOKEN_INVALID', 'token signature is invalid', { ...options, detail: 'signature' });
}

function claimFailure(claim: string, reason: string): [string, string] {
  switch (claim) {
    case 'aud':
      return ['token audience is not accepted', 'audience'];
    case 'iss':
      return ['token issuer is not accepted', 'issuer'];
    case 'nbf':
      return ['token is not yet valid', 'not_yet_valid'];
    case 'iat':
      return ['token issue time is invalid', 'iat'];
    case 'sub':
      return ['token subject must be a non-empty string', 'subject'];
    default:
      return [`token claim ${claim} is ${reason === 'missing' ? 'missing' : 'invalid'}`, `claim_${claim}`];
  }
}
