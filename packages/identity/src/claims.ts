import type { CiClaims } from '@proctor/events';
import type { JWTPayload } from 'jose';

export type CiProvider = 'github-actions' | 'gitlab-ci' | 'generic';

export const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
export const GITLAB_COM_ISSUER = 'https://gitlab.com';

/** Which claim holds each CI field, for a CI system without built-in mapping. */
export type CiClaimNames = Partial<Record<Exclude<keyof CiClaims, 'provider'>, string>>;

const GITHUB_CLAIMS: CiClaimNames = {
  repository: 'repository',
  ref: 'ref',
  refType: 'ref_type',
  sha: 'sha',
  workflow: 'workflow',
  // GitHub's token names no job; the reusable workflow that runs it is the closest.
  job: 'job_workflow_ref',
  environment: 'environment',
  runId: 'run_id',
  actor: 'actor',
};

const GITLAB_CLAIMS: CiClaimNames = {
  repository: 'project_path',
  ref: 'ref',
  refType: 'ref_type',
  sha: 'sha',
  // GitLab has no workflow name; the pipeline definition's location is the closest.
  workflow: 'ci_config_ref_uri',
  job: 'job_id',
  environment: 'environment',
  runId: 'pipeline_id',
  actor: 'user_login',
};

/**
 * Group memberships from the configured claim (a dotted path reaches nested claims such as
 * Keycloak's realm_access.roles). Identity providers disagree on the shape: arrays, or one
 * space- or comma-separated string. `groupMap` turns provider values into Proctor groups.
 */
export function groupsFromClaims(
  claims: JWTPayload,
  claim: string,
  groupMap?: Readonly<Record<string, readonly string[]>>,
): string[] {
  const value = claimAt(claims, claim);
  const raw = Array.isArray(value) ? value.filter((g): g is string => typeof g === 'string') : [];
  if (typeof value === 'string') raw.push(...value.split(/[\s,]+/));
  const groups = raw.map((g) => g.trim()).filter((g) => g !== '');
  const mapped = groupMap
    ? groups.flatMap((g) => (Object.hasOwn(groupMap, g) ? (groupMap[g] ?? []) : [g]))
    : groups;
  return [...new Set(mapped)];
}

function claimAt(claims: JWTPayload, path: string): unknown {
  if (Object.hasOwn(claims, path)) return claims[path];
  let node: unknown = claims;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/** Which CI system issued the token: the issuer's configured provider, or a well-known issuer. */
export function ciProviderFor(issuer: string, configured: CiProvider | undefined): CiProvider | null {
  if (configured !== undefined) return configured;
  if (issuer === GITHUB_ACTIONS_ISSUER) return 'github-actions';
  if (issuer === GITLAB_COM_ISSUER) return 'gitlab-ci';
  return null;
}

/**
 * The issuers an MCP client can get a token from, for protected resource metadata: every
 * configured issuer except CI systems (their tokens are handed to jobs, never requested by a
 * client), whether configured as CI or recognised by their issuer URL.
 */
export function clientAuthorizationServers(
  issuers: readonly { issuer: string; ciProvider?: CiProvider | undefined }[],
): string[] {
  return issuers.filter((i) => ciProviderFor(i.issuer, i.ciProvider) === null).map((i) => i.issuer);
}

/** Maps a CI provider's OIDC claims onto the audit model's CI fields. */
export function ciFromClaims(
  provider: CiProvider | null,
  claims: JWTPayload,
  genericNames: CiClaimNames = {},
): CiClaims | null {
  if (provider === null) return null;
  const names =
    provider === 'github-actions' ? GITHUB_CLAIMS : provider === 'gitlab-ci' ? GITLAB_CLAIMS : genericNames;
  const read = (field: keyof CiClaimNames) => {
    const name = names[field];
    return name === undefined ? null : stringClaim(claims, name);
  };
  return {
    provider,
    repository: read('repository'),
    ref: read('ref'),
    workflow: read('workflow'),
    runId: read('runId'),
    actor: read('actor'),
    job: read('job'),
    environment: read('environment'),
    refType: read('refType'),
    sha: read('sha'),
  };
}

function stringClaim(claims: JWTPayload, name: string): string | null {
  const value = claims[name];
  if (typeof value === 'string' && value !== '') return value.slice(0, 512);
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}
