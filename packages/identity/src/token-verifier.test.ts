import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWTPayload, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthError, type AuthErrorCode, wwwAuthenticate } from './auth-error';
import { GITHUB_ACTIONS_ISSUER } from './claims';
import { createTokenVerifier, type TokenVerifier } from './token-verifier';

const ISSUER = 'https://idp.example.com';
const AUDIENCE = 'proctor-gateway';
const KID = 'key-1';

type KeyPair = Awaited<ReturnType<typeof generateKeyPair>>;

let signing: KeyPair;
let impostor: KeyPair;
let jwksServer: Server;
let jwksUrl: string;
let verifier: TokenVerifier;

function listen(server: Server): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}

beforeAll(async () => {
  signing = await generateKeyPair('ES256');
  impostor = await generateKeyPair('ES256');
  const jwks = JSON.stringify({
    keys: [{ ...(await exportJWK(signing.publicKey)), kid: KID, alg: 'ES256' }],
  });
  jwksServer = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' }).end(jwks);
  });
  jwksUrl = `http://127.0.0.1:${await listen(jwksServer)}/jwks.json`;
  verifier = createTokenVerifier({
    issuers: [
      { issuer: ISSUER, jwksUrl, audience: AUDIENCE },
      { issuer: 'https://roles.example.com', jwksUrl, audience: AUDIENCE, groupsClaim: 'roles' },
      { issuer: GITHUB_ACTIONS_ISSUER, jwksUrl, audience: AUDIENCE },
      { issuer: 'https://gitlab.example.com', jwksUrl, audience: AUDIENCE, ciProvider: 'gitlab-ci' },
    ],
  });
});

afterAll(async () => {
  await close(jwksServer);
});

interface TokenSpec {
  claims?: JWTPayload;
  issuer?: string;
  audience?: string;
  expiresAt?: number | string;
  key?: KeyPair;
  kid?: string;
}

function token(spec: TokenSpec = {}): Promise<string> {
  return new SignJWT({ groups: ['clinicians', 'on-call'], ...spec.claims })
    .setProtectedHeader({ alg: 'ES256', kid: spec.kid ?? KID })
    .setIssuer(spec.issuer ?? ISSUER)
    .setSubject('alice@example.com')
    .setAudience(spec.audience ?? AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(spec.expiresAt ?? '10m')
    .sign((spec.key ?? signing).privateKey);
}

async function rejection(header: string | undefined, v: TokenVerifier = verifier): Promise<AuthError> {
  const err = await v.verify(header).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AuthError);
  return err as AuthError;
}

async function expectCode(header: string | undefined, code: AuthErrorCode): Promise<AuthError> {
  const err = await rejection(header);
  expect(err.code).toBe(code);
  return err;
}

function b64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

describe('createTokenVerifier', () => {
  it('returns the identity and groups of a valid token', async () => {
    const identity = await verifier.verify(`Bearer ${await token()}`);
    expect(identity).toMatchObject({
      subject: 'alice@example.com',
      issuer: ISSUER,
      groups: ['clinicians', 'on-call'],
      ci: null,
    });
    expect(identity.expiresAt.getTime()).toBeGreaterThan(Date.now());
    expect(identity.claims.aud).toBe(AUDIENCE);
  });

  it('keeps the raw claims out of serialized identities', async () => {
    const identity = await verifier.verify(`Bearer ${await token()}`);
    expect(Object.keys(identity)).not.toContain('claims');
    expect(JSON.stringify(identity)).not.toContain(AUDIENCE);
  });

  it('reads groups from a configured claim given as a separated string', async () => {
    const t = await token({
      issuer: 'https://roles.example.com',
      claims: { roles: 'auditors, admins  readers' },
    });
    const identity = await verifier.verify(`Bearer ${t}`);
    expect(identity.groups).toEqual(['auditors', 'admins', 'readers']);
  });

  it('rejects a token for another audience', async () => {
    const err = await expectCode(`Bearer ${await token({ audience: 'another-app' })}`, 'TOKEN_INVALID');
    expect(err.message).toBe('token audience is not accepted');
    expect(err.httpStatus).toBe(401);
    expect(err.retryable).toBe(false);
  });

  it('rejects an expired token', async () => {
    const expired = Math.floor(Date.now() / 1000) - 3600;
    await expectCode(`Bearer ${await token({ expiresAt: expired })}`, 'TOKEN_EXPIRED');
  });

  it('rejects a token signed by another key under the trusted kid', async () => {
    const forged = await token({ key: impostor });
    const err = await expectCode(`Bearer ${forged}`, 'TOKEN_INVALID');
    expect(err.message).not.toContain(forged);
  });

  it('rejects a token whose kid the issuer does not publish', async () => {
    await expectCode(`Bearer ${await token({ key: impostor, kid: 'key-2' })}`, 'TOKEN_INVALID');
  });

  it('rejects an issuer that is not configured', async () => {
    await expectCode(`Bearer ${await token({ issuer: 'https://evil.example.com' })}`, 'ISSUER_UNKNOWN');
  });

  it('rejects an unsigned alg=none token', async () => {
    const exp = Math.floor(Date.now() / 1000) + 600;
    const unsigned = `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url({ iss: ISSUER, sub: 'mallory', aud: AUDIENCE, exp })}.`;
    await expectCode(`Bearer ${unsigned}`, 'TOKEN_INVALID');
  });

  it('rejects a token without a subject', async () => {
    const t = await new SignJWT({})
      .setProtectedHeader({ alg: 'ES256', kid: KID })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setExpirationTime('10m')
      .sign(signing.privateKey);
    await expectCode(`Bearer ${t}`, 'TOKEN_INVALID');
  });

  it('rejects a missing header', async () => {
    await expectCode(undefined, 'TOKEN_MISSING');
    await expectCode('  ', 'TOKEN_MISSING');
  });

  it('rejects another authorization scheme as no bearer credentials: a bare challenge (RFC 6750 §3.1)', async () => {
    await expectCode('Basic YWxpY2U6c2VjcmV0', 'TOKEN_MISSING');
    const err = await verifier.verify('Basic YWxpY2U6c2VjcmV0').catch((e: unknown) => e as AuthError);
    expect(err).toMatchObject({ detail: 'scheme', reason: 'no_token:scheme', httpStatus: 401 });
    expect(wwwAuthenticate(err as AuthError)).toBe('Bearer');
  });

  it('rejects garbage', async () => {
    await expectCode('Bearer', 'TOKEN_MALFORMED');
    await expectCode('Bearer not a jwt', 'TOKEN_MALFORMED');
    await expectCode('Bearer abc.def.ghi', 'TOKEN_MALFORMED');
  });

  it('fails with a retryable 503 when the JWKS endpoint is down', async () => {
    const gone = createServer();
    const port = await listen(gone);
    await close(gone);
    const offline = createTokenVerifier({
      issuers: [{ issuer: ISSUER, jwksUrl: `http://127.0.0.1:${port}/jwks.json`, audience: AUDIENCE }],
    });
    const err = await rejection(`Bearer ${await token()}`, offline);
    expect(err.code).toBe('JWKS_UNREACHABLE');
    expect(err.httpStatus).toBe(503);
    expect(err.retryable).toBe(true);
  });

  it('maps GitHub Actions OIDC claims', async () => {
    const claims = {
      repository: 'example-org/charts-service',
      ref: 'refs/heads/main',
      workflow: 'nightly-export',
      run_id: '1234567890',
      actor: 'octo-bot',
    };
    const identity = await verifier.verify(
      `Bearer ${await token({ issuer: GITHUB_ACTIONS_ISSUER, claims })}`,
    );
    expect(identity.ci).toEqual({
      provider: 'github-actions',
      repository: 'example-org/charts-service',
      ref: 'refs/heads/main',
      workflow: 'nightly-export',
      runId: '1234567890',
      actor: 'octo-bot',
      job: null,
      environment: null,
      refType: null,
      sha: null,
    });
  });

  it('maps GitLab CI claims for an issuer configured as GitLab', async () => {
    const claims = {
      project_path: 'example/ehr-sync',
      ref: 'main',
      pipeline_id: 4242,
      user_login: 'ci-runner',
    };
    const identity = await verifier.verify(
      `Bearer ${await token({ issuer: 'https://gitlab.example.com', claims })}`,
    );
    expect(identity.ci).toMatchObject({
      provider: 'gitlab-ci',
      repository: 'example/ehr-sync',
      ref: 'main',
      runId: '4242',
      actor: 'ci-runner',
    });
  });

  it('refuses a plain-http JWKS URL off the loopback interface', () => {
    expect(() =>
      createTokenVerifier({
        issuers: [{ issuer: ISSUER, jwksUrl: 'http://idp.example.com/jwks.json', audience: AUDIENCE }],
      }),
    ).toThrow(/must use https/);
  });
});

describe('wwwAuthenticate', () => {
  it('names invalid_token with a description', () => {
    expect(wwwAuthenticate(new AuthError('TOKEN_EXPIRED', 'token has expired'))).toBe(
      'Bearer error="invalid_token", error_description="token has expired"',
    );
  });

  it('gives a bare challenge when no credentials were sent', () => {
    const err = new AuthError('TOKEN_MISSING', 'bearer token required');
    expect(wwwAuthenticate(err)).toBe('Bearer');
    expect(wwwAuthenticate(err, { realm: 'proctor' })).toBe('Bearer realm="proctor"');
  });

  it('keeps quotes and control characters out of the quoted values', () => {
    const value = wwwAuthenticate(new AuthError('TOKEN_INVALID', 'bad "claim"\r\nX-Injected: 1'));
    expect(value).toBe('Bearer error="invalid_token", error_description="bad ?claim???X-Injected: 1"');
  });
});
