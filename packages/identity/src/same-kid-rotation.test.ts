import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuthError } from './auth-error';
import { type LocalIssuer, startLocalIssuer } from './testing';
import { createTokenVerifier, type TokenVerifier } from './token-verifier';

const AUDIENCE = 'proctor-gateway';
const COOLDOWN_MS = 300;

let idp: LocalIssuer;
let impostor: LocalIssuer;
let verifier: TokenVerifier;

beforeEach(async () => {
  idp = await startLocalIssuer('/reusing');
  impostor = await startLocalIssuer('/impostor');
  verifier = createTokenVerifier({
    issuers: [{ issuer: idp.issuer, jwksUrl: idp.jwksUrl, audience: AUDIENCE }],
    jwksCooldownMs: COOLDOWN_MS,
  });
});

afterEach(async () => {
  await Promise.all([idp.close(), impostor.close()]);
});

function pastCooldown(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, COOLDOWN_MS + 50));
}

async function failureOf(token: string): Promise<AuthError> {
  const err = await verifier.verify(`Bearer ${token}`).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AuthError);
  return err as AuthError;
}

/** Signed by a key the issuer never published, under the issuer's own kid. */
function forged(sub: string): Promise<string> {
  const kid = idp.keys().find((k) => k.alg === 'ES256')?.kid;
  return impostor.sign({ iss: idp.issuer, sub, aud: AUDIENCE }, { kid });
}

describe('a key rotated under the same kid', () => {
  it('is followed with one refetch once the cooldown allows, and the retired key is refused', async () => {
    const patient = createTokenVerifier({
      issuers: [{ issuer: idp.issuer, jwksUrl: idp.jwksUrl, audience: AUDIENCE }],
      jwksCooldownMs: 60_000,
    });
    const before = await idp.sign({ sub: 'a', aud: AUDIENCE });
    await verifier.verify(`Bearer ${before}`);
    await patient.verify(`Bearer ${before}`);
    expect(idp.jwksFetches).toBe(2);
    const oldKid = idp.keys().find((k) => k.alg === 'ES256')?.kid;
    await idp.rotate({ sameKids: true });
    const after = await idp.sign({ sub: 'a', aud: AUDIENCE });
    expect(idp.keys().find((k) => k.alg === 'ES256')?.kid).toBe(oldKid);

    // Within the cooldown of its last fetch: refused without a fetch.
    await expect(patient.verify(`Bearer ${after}`)).rejects.toMatchObject({ detail: 'signature' });
    expect(idp.jwksFetches).toBe(2);

    await pastCooldown();
    expect((await verifier.verify(`Bearer ${after}`)).subject).toBe('a');
    expect(idp.jwksFetches).toBe(3);
    await verifier.verify(`Bearer ${after}`);
    expect(idp.jwksFetches).toBe(3);
    expect((await failureOf(before)).code).toBe('TOKEN_INVALID');
    expect(idp.jwksFetches).toBe(3);
  });

  it('does not let forged signatures under a known kid fetch more than once per cooldown', async () => {
    await verifier.verify(`Bearer ${await idp.sign({ sub: 'a', aud: AUDIENCE })}`);
    await pastCooldown();
    const flood = await Promise.all(Array.from({ length: 20 }, (_, i) => forged(`f-${i}`)));
    const failures = await Promise.all(flood.map(failureOf));
    expect(failures.every((f) => f.code === 'TOKEN_INVALID' && f.detail === 'signature')).toBe(true);
    expect(idp.jwksFetches).toBe(2);
    for (const token of flood) expect((await failureOf(token)).code).toBe('TOKEN_INVALID');
    expect(idp.jwksFetches).toBe(2);
  });

  it('counts a failed refetch against the limit, answering it as the key set being unavailable', async () => {
    await verifier.verify(`Bearer ${await idp.sign({ sub: 'a', aud: AUDIENCE })}`);
    await pastCooldown();
    idp.failJwks(true);
    expect((await failureOf(await forged('f-0'))).code).toBe('JWKS_UNREACHABLE');
    expect(idp.jwksFetches).toBe(2);
    for (let i = 1; i < 10; i++) expect((await failureOf(await forged(`f-${i}`))).code).toBe('TOKEN_INVALID');
    expect(idp.jwksFetches).toBe(2);
  });
});
