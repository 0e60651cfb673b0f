import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthError } from './auth-error';
import { clientAuthorizationServers, GITHUB_ACTIONS_ISSUER, GITLAB_COM_ISSUER } from './claims';
import { requireIdentity } from './require-identity';
import { buildAttackCatalog, type LocalIssuer, startLocalIssuer } from './testing';
import { createTokenVerifier, type TokenVerifier } from './token-verifier';

const AUDIENCE = 'proctor-gateway';
const METADATA = 'https://gateway.example.com/.well-known/oauth-protected-resource/mcp/ehr';

let idp: LocalIssuer;
let ci: LocalIssuer;
let verifier: TokenVerifier;

beforeAll(async () => {
  idp = await startLocalIssuer('/workforce');
  ci = await startLocalIssuer('/gitlab');
  verifier = createTokenVerifier({
    issuers: [
      // Found by discovery: no jwksUrl.
      {
        issuer: idp.issuer,
        audience: AUDIENCE,
        groupsClaim: 'realm_access.roles',
        groupMap: { 'phi-reader': ['clinical-readers'], 'phi-admin': ['clinical-readers', 'admins'] },
      },
      {
        issuer: ci.issuer,
        jwksUrl: ci.jwksUrl,
        audience: AUDIENCE,
        ciProvider: 'gitlab-ci',
        algorithms: ['RS256'],
      },
    ],
    jwksCooldownMs: 0,
  });
});

afterAll(async () => {
  await Promise.all([idp.close(), ci.close()]);
});

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AuthError);
  return (err as AuthError).code;
}

describe('token verifier hardening', () => {
  it('finds keys by discovery and maps nested roles through the group map', async () => {
    const token = await idp.sign({
      sub: 'dr.who@example.com',
      aud: AUDIENCE,
      realm_access: { roles: ['phi-admin', 'staff'] },
    });
    const identity = await verifier.verify(`Bearer ${token}`);
    expect(identity).toMatchObject({ subject: 'dr.who@example.com', issuer: idp.issuer, authMethod: 'oidc' });
    expect(identity.groups).toEqual(['clinical-readers', 'admins', 'staff']);
  });

  it('rejects every case of the attack catalog with the expected code', async () => {
    const cases = await buildAttackCatalog(idp, AUDIENCE);
    expect(cases.length).toBeGreaterThanOrEqual(30);
    for (const attack of cases) {
      const outcome = await requireIdentity(
        verifier,
        { authorization: attack.authorization, url: `/mcp/ehr${attack.query ? `?${attack.query}` : ''}` },
        { resourceMetadataUrl: METADATA },
      );
      expect(outcome.ok, attack.name).toBe(false);
      if (outcome.ok) continue;
      expect(outcome.error.code, attack.name).toBe(attack.expectCode);
      if (attack.expectDetail !== undefined)
        expect(outcome.error.detail, attack.name).toBe(attack.expectDetail);
      expect(outcome.status, attack.name).toBeLessThan(500);
      expect(outcome.headers['www-authenticate'], attack.name).toContain(`resource_metadata="${METADATA}"`);
    }
  });

  it('per issuer: RFC 9068 access tokens only, listed clients, and the extra audiences an issuer adds', async () => {
    const strict = createTokenVerifier({
      issuers: [
        {
          issuer: idp.issuer,
          audience: AUDIENCE,
          tokenTypes: ['at+jwt'],
          clients: ['mcp-desktop'],
          extraAudiences: ['https://idp.example.com/userinfo'],
        },
      ],
      jwksCooldownMs: 0,
    });
    const sign = (claims: Record<string, unknown>, typ?: string) =>
      idp.sign({ sub: 'alice@example.com', aud: AUDIENCE, ...claims }, typ ? { header: { typ } } : {});
    const detailOf = async (token: string) => {
      const err = await strict.verify(`Bearer ${token}`).then(
        () => null,
        (e: unknown) => e as AuthError,
      );
      return err?.detail ?? 'accepted';
    };
    expect(await detailOf(await sign({ client_id: 'mcp-desktop' }, 'at+jwt'))).toBe('accepted');
    expect(await detailOf(await sign({ client_id: 'mcp-desktop' }, 'application/AT+JWT'))).toBe('accepted');
    // An ID token (typ JWT) is not an access token.
    expect(await detailOf(await sign({ azp: 'mcp-desktop' }, 'JWT'))).toBe('typ');
    expect(await detailOf(await sign({ client_id: 'mcp-desktop' }))).toBe('typ');
    expect(await detailOf(await sign({ client_id: 'another-client' }, 'at+jwt'))).toBe('azp');
    expect(await detailOf(await sign({}, 'at+jwt'))).toBe('azp');
    const withUserinfo = await sign(
      { client_id: 'mcp-desktop', aud: [AUDIENCE, 'https://idp.example.com/userinfo'] },
      'at+jwt',
    );
    expect(await detailOf(withUserinfo)).toBe('accepted');
    const withOther = await sign(
      { client_id: 'mcp-desktop', aud: [AUDIENCE, 'https://billing.example'] },
      'at+jwt',
    );
    expect(await detailOf(withOther)).toBe('other_audience');
    // A resource's own audience replaces the issuer's.
    const forWard = await sign({ client_id: 'mcp-desktop', aud: 'https://gw.example/mcp/ward-a' }, 'at+jwt');
    const asWard = await strict.verify(`Bearer ${forWard}`, { audience: ['https://gw.example/mcp/ward-a'] });
    expect(asWard.subject).toBe('alice@example.com');
    expect(await detailOf(forWard)).toBe('audience');
  });

  it('accepts a thumbprint header naming the key (Entra ID tokens carry x5t), still verifying against the key set', async () => {
    const x5t = { x5t: 'i6lGk3FZzxRcUb2C3nEQ7syHJlY', 'x5t#S256': 'bm90LWEtcmVhbC10aHVtYnByaW50' };
    const entraShaped = await idp.sign({ sub: 'alice@example.com', aud: AUDIENCE }, { header: x5t });
    expect((await verifier.verify(`Bearer ${entraShaped}`)).subject).toBe('alice@example.com');
    const unknownKey = await idp.sign(
      { sub: 'alice@example.com', aud: AUDIENCE },
      { header: x5t, kid: 'not-published' },
    );
    await expect(verifier.verify(`Bearer ${unknownKey}`)).rejects.toMatchObject({ detail: 'unknown_kid' });
  });

  it('accepts only the algorithms configured for an issuer', async () => {
    const es = await ci.sign({ sub: 'project_path:example/ehr-sync', aud: AUDIENCE }, { alg: 'ES256' });
    expect(await codeOf(verifier.verify(`Bearer ${es}`))).toBe('TOKEN_INVALID');
    const rs = await ci.sign({ sub: 'project_path:example/ehr-sync', aud: AUDIENCE }, { alg: 'RS256' });
    expect((await verifier.verify(`Bearer ${rs}`)).subject).toBe('project_path:example/ehr-sync');
  });

  it('refuses HMAC or none in an issuer configuration', () => {
    for (const alg of ['HS256', 'none']) {
      expect(() =>
        createTokenVerifier({ issuers: [{ issuer: idp.issuer, audience: AUDIENCE, algorithms: [alg] }] }),
      ).toThrow(/asymmetric algorithms only/);
    }
  });

  it('refuses an issuer configuration without an audience, and a token issued for another service', async () => {
    for (const audience of [undefined, []]) {
      expect(() =>
        createTokenVerifier({
          issuers: [{ issuer: idp.issuer, audience: audience as unknown as string }],
        }),
      ).toThrow(`issuer ${idp.issuer}: audience is required`);
    }
    const elsewhere = await idp.sign({ sub: 'alice@example.com', aud: 'sts.amazonaws.com' });
    await expect(verifier.verify(`Bearer ${elsewhere}`)).rejects.toMatchObject({
      code: 'TOKEN_INVALID',
      detail: 'audience',
    });
  });

  it('maps self-hosted GitLab claims, job and environment included', async () => {
    const token = await ci.sign(
      {
        sub: 'project_path:example/ehr-sync:ref_type:branch:ref:main',
        aud: AUDIENCE,
        project_path: 'example/ehr-sync',
        ref: 'main',
        ref_type: 'branch',
        sha: 'a1b2c3',
        pipeline_id: '991',
        job_id: '4242',
        environment: 'production',
        user_login: 'release-bot',
      },
      { alg: 'RS256' },
    );
    const identity = await verifier.verify(`Bearer ${token}`);
    expect(identity.ci).toEqual({
      provider: 'gitlab-ci',
      repository: 'example/ehr-sync',
      ref: 'main',
      refType: 'branch',
      sha: 'a1b2c3',
      workflow: null,
      runId: '991',
      job: '4242',
      environment: 'production',
      actor: 'release-bot',
    });
  });

  it('maps a generic CI issuer by the configured claim names', async () => {
    const generic = createTokenVerifier({
      issuers: [
        {
          issuer: ci.issuer,
          jwksUrl: ci.jwksUrl,
          audience: AUDIENCE,
          ciProvider: 'generic',
          ciClaims: { repository: 'repo', ref: 'branch', job: 'step', environment: 'stage' },
        },
      ],
    });
    const token = await ci.sign({
      sub: 'ci',
      aud: AUDIENCE,
      repo: 'example/etl',
      branch: 'release',
      step: 'load',
      stage: 'qa',
    });
    expect((await generic.verify(`Bearer ${token}`)).ci).toMatchObject({
      provider: 'generic',
      repository: 'example/etl',
      ref: 'release',
      job: 'load',
      environment: 'qa',
      workflow: null,
    });
  });

  it('enforces the maximum lifetime and the leeway', async () => {
    const strict = createTokenVerifier({
      issuers: [
        {
          issuer: idp.issuer,
          jwksUrl: idp.jwksUrl,
          audience: AUDIENCE,
          maxTokenLifetimeSec: 300,
          clockToleranceSec: 5,
        },
      ],
    });
    const long = await idp.sign({ sub: 'a', aud: AUDIENCE }, { expiresIn: 600 });
    expect(await codeOf(strict.verify(`Bearer ${long}`))).toBe('TOKEN_INVALID');
    const noIat = await idp.sign({ sub: 'a', aud: AUDIENCE }, { expiresIn: 600, noIat: true });
    expect(await codeOf(strict.verify(`Bearer ${noIat}`))).toBe('TOKEN_INVALID');
    const slightlyExpired = await idp.sign({ sub: 'a', aud: AUDIENCE }, { expiresIn: -3 });
    expect((await strict.verify(`Bearer ${slightlyExpired}`)).subject).toBe('a');
    const expired = await idp.sign({ sub: 'a', aud: AUDIENCE }, { expiresIn: -30 });
    expect(await codeOf(strict.verify(`Bearer ${expired}`))).toBe('TOKEN_EXPIRED');
  });

  it('follows a key rotation with one refetch, then rejects tokens of the retired key', async () => {
    const rotating = await startLocalIssuer('/rotating');
    try {
      const v = createTokenVerifier({
        issuers: [{ issuer: rotating.issuer, jwksUrl: rotating.jwksUrl, audience: AUDIENCE }],
        jwksCooldownMs: 0,
      });
      const before = await rotating.sign({ sub: 'a', aud: AUDIENCE });
      await v.verify(`Bearer ${before}`);
      expect(rotating.jwksFetches).toBe(1);
      await rotating.rotate();
      const after = await rotating.sign({ sub: 'a', aud: AUDIENCE });
      await v.verify(`Bearer ${after}`);
      expect(rotating.jwksFetches).toBe(2);
      await v.verify(`Bearer ${after}`);
      expect(rotating.jwksFetches).toBe(2);
      expect(await codeOf(v.verify(`Bearer ${before}`))).toBe('TOKEN_INVALID');
    } finally {
      await rotating.close();
    }
  });

  it('rate-limits refetches caused by unknown kids', async () => {
    const flooded = await startLocalIssuer('/flooded');
    try {
      const v = createTokenVerifier({
        issuers: [{ issuer: flooded.issuer, jwksUrl: flooded.jwksUrl, audience: AUDIENCE }],
        jwksCooldownMs: 60_000,
      });
      await v.verify(`Bearer ${await flooded.sign({ sub: 'a', aud: AUDIENCE })}`);
      for (let i = 0; i < 20; i++) {
        const forged = await flooded.sign({ sub: 'a', aud: AUDIENCE }, { kid: `random-${i}` });
        expect(await codeOf(v.verify(`Bearer ${forged}`))).toBe('TOKEN_INVALID');
      }
      expect(flooded.jwksFetches).toBe(1);
    } finally {
      await flooded.close();
    }
  });

  it('answers 503, not 401, when discovery fails, and names the reason for the audit event', async () => {
    const gone = createTokenVerifier({
      issuers: [{ issuer: 'http://127.0.0.1:9/nowhere', audience: AUDIENCE }],
      jwksTimeoutMs: 500,
    });
    const token = await idp.sign({ iss: 'http://127.0.0.1:9/nowhere', sub: 'a', aud: AUDIENCE });
    const outcome = await requireIdentity(
      gone,
      { authorization: `Bearer ${token}`, url: '/mcp/ehr' },
      { resourceMetadataUrl: METADATA },
    );
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.status).toBe(503);
    expect(outcome.failure).toMatchObject({
      reason: 'unavailable:jwks_unreachable',
      claimedIssuer: 'http://127.0.0.1:9/nowhere',
      claimedSubject: 'a',
    });
  });
});

describe('requireIdentity', () => {
  it('gives a bare challenge with resource_metadata when no token was sent', async () => {
    const outcome = await requireIdentity(
      verifier,
      { authorization: undefined, url: '/mcp/ehr' },
      { resourceMetadataUrl: METADATA },
    );
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.status).toBe(401);
    expect(outcome.headers['www-authenticate']).toBe(`Bearer resource_metadata="${METADATA}"`);
    expect(outcome.failure).toEqual({
      reason: 'no_token:token_missing',
      httpStatus: 401,
      claimedIssuer: null,
      claimedSubject: null,
    });
  });

  it('answers 403 insufficient_scope to a valid caller outside the required groups', async () => {
    const token = await idp.sign({
      sub: 'nurse@example.com',
      aud: AUDIENCE,
      realm_access: { roles: ['staff'] },
    });
    const outcome = await requireIdentity(
      verifier,
      { authorization: `Bearer ${token}`, url: '/v1/sessions' },
      { resourceMetadataUrl: METADATA, requiredGroups: ['auditors'] },
    );
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.status).toBe(403);
    expect(outcome.headers['www-authenticate']).toContain('error="insufficient_scope"');
    expect(outcome.failure.claimedSubject).toBe('nurse@example.com');
  });

  it('lets a request without credentials through as anonymous only where allowed, never a bad token', async () => {
    const anonymous = await requireIdentity(
      verifier,
      { authorization: undefined, url: '/mcp/open' },
      { resourceMetadataUrl: METADATA, allowAnonymous: true },
    );
    expect(anonymous).toMatchObject({ ok: true, identity: { anonymous: true, authMethod: 'anonymous' } });
    const bad = await requireIdentity(
      verifier,
      { authorization: 'Bearer a.b.c', url: '/mcp/open' },
      { resourceMetadataUrl: METADATA, allowAnonymous: true },
    );
    expect(bad.ok).toBe(false);
  });
});

describe('clientAuthorizationServers', () => {
  it('names the workforce issuers only: CI issuers, configured or recognised by URL, are not for clients', () => {
    expect(
      clientAuthorizationServers([
        { issuer: 'https://login.example.com/realms/clinical' },
        { issuer: GITHUB_ACTIONS_ISSUER },
        { issuer: GITLAB_COM_ISSUER },
        { issuer: 'https://gitlab.example.com', ciProvider: 'gitlab-ci' },
        { issuer: 'https://ci.example.com', ciProvider: 'generic' },
        { issuer: 'https://login.partner.example.org' },
      ]),
    ).toEqual(['https://login.example.com/realms/clinical', 'https://login.partner.example.org']);
  });
});
