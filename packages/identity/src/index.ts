export { AuthError, type AuthErrorCode, type ChallengeParams, wwwAuthenticate } from './auth-error';
export { extractBearerToken } from './bearer';
export { type CiProvider, GITHUB_ACTIONS_ISSUER, GITLAB_COM_ISSUER } from './claims';
export {
  DEV_ISSUER,
  type DevIssuerKey,
  type DevTokenOptions,
  ensureDevIssuerKey,
  signDevToken,
} from './dev-issuer';
export {
  createTokenVerifier,
  type DevIssuerConfig,
  type IssuerConfig,
  type TokenVerifier,
  type TokenVerifierOptions,
  type VerifiedIdentity,
} from './token-verifier';
export { cacheVerifiedTokens, type VerifiedTokenCacheOptions } from './verified-token-cache';
