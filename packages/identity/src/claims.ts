import type { CiClaims } from '@proctor/events';
import type { JWTPayload } from 'jose';

export type CiProvider = 'github-actions' | 'gitlab-ci';

export const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
export const GITLAB_COM_ISSUER = 'https://gitlab.com';

/**
 * Group memberships from the configured claim. Identity providers disagree on the shape:
 * Okta and Keycloak send arrays, some send one space- or comma-separated string.
 */
export function groupsFromClaims(claims: JWTPayload, claim: string): string[] {
  const value = claims[claim];
  const raw = Array.isArray(value) ? value.filter((g): g is string => typeof g === 'string') : [];
  if (typeof value === 'string') raw.push(...value.split(/[\s,]+/));
  return [...new Set(raw.map((g) => g.trim()).filter((g) => g !== ''))];
}

/** Which CI system issued the token: the issuer's configured provider, or a well-known issuer. */
export function ciProviderFor(issuer: string, configured: CiProvider | undefined): CiProvider | null {
  if (configured !== undefined) return configured;
  if (issuer === GITHUB_ACTIONS_ISSUER) return 'github-actions';
  if (issuer === GITLAB_COM_ISSUER) return 'gitlab-ci';
  return null;
}

/** Maps a CI provider's OIDC claims onto the audit model's CI fields. */
export function ciFromClaims(provider: CiProvider | null, claims: JWTPayload): CiClaims | null {
  switch (provider) {
    case null:
      return null;
    case 'github-actions':
      return {
        provider,
        repository: stringClaim(claims, 'repository'),
        ref: stringClaim(claims, 'ref'),
        workflow: stringClaim(claims, 'workflow'),
        runId: stringClaim(claims, 'run_id'),
        actor: stringClaim(claims, 'actor'),
      };
    case 'gitlab-ci':
      return {
        provider,
        repository: stringClaim(claims, 'project_path'),
        ref: stringClaim(claims, 'ref'),
        // GitLab has no workflow name; the pipeline definition's location is the closest.
        workflow: stringClaim(claims, 'ci_config_ref_uri'),
        runId: stringClaim(claims, 'pipeline_id'),
        actor: stringClaim(claims, 'user_login'),
      };
  }
}

function stringClaim(claims: JWTPayload, name: string): string | null {
  const value = claims[name];
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}
