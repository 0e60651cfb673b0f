export {
  AuthError,
  type AuthErrorCode,
  type ChallengeParams,
  type OAuthErrorCode,
  wwwAuthenticate,
} from './auth-error';
export { extractBearerToken, MAX_TOKEN_BYTES } from './bearer';
export {
  type CiClaimNames,
  type CiProvider,
  ciFromClaims,
  clientAuthorizationServers,
  GITHUB_ACTIONS_ISSUER,
  GITLAB_COM_ISSUER,
  groupsFromClaims,
} from './claims';
export {
  DEV_ISSUER,
  type DevIssuerKey,
  type DevTokenOptions,
  ensureDevIssuerKey,
  signDevToken,
} from './dev-issuer';
export { KeyedRateLimiter, type RateLimit } from './rate-limiter';
export { type Blocked, RefusalLimit } from './refusal-limit';
export {
  ANONYMOUS_IDENTITY,
  claimedBy,
  headerLines,
  type IdentityOutcome,
  type IdentityRequest,
  type IdentityVerifier,
  InvalidHostError,
  isHostName,
  type ProtectedResourceOptions,
  protectedResourceMetadata,
  publicBaseUrl,
  type RequireIdentityOptions,
  requireIdentity,
  resourceMetadataUrl,
} from './require-identity';
export {
  ASYMMETRIC_ALGORITHMS,
  createTokenVerifier,
  type DevIssuerConfig,
  type IssuerConfig,
  type TokenVerifier,
  type TokenVerifierOptions,
  type VerifiedIdentity,
  type VerifyOptions,
} from './token-verifier';
export { cacheVerifiedTokens, type VerifiedTokenCacheOptions } from './verified-token-cache';
