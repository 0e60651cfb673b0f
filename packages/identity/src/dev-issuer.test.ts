import { chmod, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuthError } from './auth-error';
import { DEV_ISSUER, ensureDevIssuerKey, signDevToken } from './dev-issuer';
import { createTokenVerifier } from './token-verifier';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'proctor-dev-issuer-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('ensureDevIssuerKey', () => {
  it('creates the key once, private to the owner, and reuses it', async () => {
    const keyFile = join(dir, 'nested', 'state', 'dev-issuer.json');
    const first = await ensureDevIssuerKey(keyFile);
    expect((await stat(keyFile)).mode & 0o777).toBe(0o600);
    const written = await readFile(keyFile, 'utf8');

    const second = await ensureDevIssuerKey(keyFile);
    expect(second).toEqual(first);
    expect(await readFile(keyFile, 'utf8')).toBe(written);
    expect(first.publicJwk).not.toHaveProperty('d');
    expect(first.publicJwk.kid).toBe(first.kid);
  });

  it('hands concurrent callers the same key', async () => {
    const keyFile = join(dir, 'dev-issuer.json');
    const keys = await Promise.all([1, 2, 3, 4].map(() => ensureDevIssuerKey(keyFile)));
    expect(new Set(keys.map((k) => k.kid)).size).toBe(1);
  });

  it('refuses a key file other users can read', async () => {
    const keyFile = join(dir, 'dev-issuer.json');
    await ensureDevIssuerKey(keyFile);
    await chmod(keyFile, 0o644);
    await expect(ensureDevIssuerKey(keyFile)).rejects.toThrow(/accessible by other users/);
  });
});

describe('signDevToken', () => {
  it('verifies only when the dev issuer is configured', async () => {
    const keyFile = join(dir, 'dev-issuer.json');
    const token = await signDevToken({
      keyFile,
      audience: 'proctor-dev',
      subject: 'dev@example.com',
      groups: ['engineers'],
      extraClaims: { sub: 'someone-else', team: 'records' },
    });
    const { publicJwk } = await ensureDevIssuerKey(keyFile);

    const production = createTokenVerifier({ issuers: [] });
    const err = await production.verify(`Bearer ${token}`).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AuthError);
    expect((err as AuthError).code).toBe('ISSUER_UNKNOWN');

    const development = createTokenVerifier({
      issuers: [],
      devIssuer: { issuer: DEV_ISSUER, publicJwk, audience: 'proctor-dev' },
    });
    const identity = await development.verify(`Bearer ${token}`);
    expect(identity).toMatchObject({ subject: 'dev@example.com', issuer: DEV_ISSUER, groups: ['engineers'] });
    expect(identity.claims.team).toBe('records');
    expect(DEV_ISSUER).toMatch(/^urn:proctor:dev/);
  });

  it('is rejected by a dev verifier expecting another audience', async () => {
    const keyFile = join(dir, 'dev-issuer.json');
    const token = await signDevToken({
      keyFile,
      audience: 'elsewhere',
      subject: 'dev@example.com',
      groups: [],
    });
    const { publicJwk } = await ensureDevIssuerKey(keyFile);
    const development = createTokenVerifier({
      issuers: [],
      devIssuer: { issuer: DEV_ISSUER, publicJwk, audience: 'proctor-dev' },
    });
    await expect(development.verify(`Bearer ${token}`)).rejects.toMatchObject({ code: 'TOKEN_INVALID' });
  });
});
