/**
 * Forged and unacceptable tokens, for tests of every service that verifies tokens. Each case
 * is a request a verifier must refuse: the Authorization header to send (or none), and the
 * query string to append.
 */
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { b64, hmacToken } from './forge';
import { buildJoseAttackCases } from './jose-attacks';
import type { LocalIssuer } from './local-issuer';

export interface AttackCase {
  name: string;
  authorization: string | undefined;
  /** Appended to the request URL (with `?`), for the token-in-the-URL case. */
  query?: string;
  /** Other request headers to send (a token in a cookie). */
  headers?: Record<string, string>;
  /** The error code the verifier (or requireIdentity) must answer with. */
  expectCode: string;
  /** The refusal's detail (the audit reason after the colon), where the case pins it. */
  expectDetail?: string;
  /** Built later with this `typ` header. */
  typ?: string;
}

export async function buildAttackCatalog(issuer: LocalIssuer, audience: string): Promise<AttackCase[]> {
  const now = Math.floor(Date.now() / 1000);
  const claims = { iss: issuer.issuer, sub: 'mallory@example.com', aud: audience, iat: now, exp: now + 600 };
  const keys = issuer.keys();
  const rsa = keys.find((k) => k.alg === 'RS256');
  const ec = keys.find((k) => k.alg === 'ES256');
  if (!rsa || !ec) throw new Error('the local issuer needs an RSA and an EC key');
  const attacker = await generateKeyPair('ES256', { extractable: true });
  const attackerJwk = await exportJWK(attacker.publicKey);
  const bySelf = (header: Record<string, unknown>, payload: Record<string, unknown> = claims) =>
    new SignJWT(payload).setProtectedHeader({ alg: 'ES256', ...header }).sign(attacker.privateKey);
  const bearer = (token: string) => `Bearer ${token}`;
  const valid = await issuer.sign({ sub: 'alice@example.com', aud: audience });

  const cases: AttackCase[] = [];
  for (const alg of ['none', 'None', 'NONE', 'nOnE']) {
    const unsigned = `${b64({ alg, typ: 'JWT' })}.${b64(claims)}`;
    cases.push({
      name: `alg ${alg} without signature`,
      authorization: bearer(`${unsigned}.`),
      expectCode: 'TOKEN_INVALID',
    });
    cases.push({
      name: `alg ${alg} with a signature`,
      authorization: bearer(`${unsigned}.${Buffer.from('forged').toString('base64url')}`),
      expectCode: 'TOKEN_INVALID',
    });
  }
  for (const [from, key] of [
    ['RS256', rsa],
    ['ES256', ec],
  ] as const) {
    cases.push({
      name: `${from}→HS256 with the public key PEM as secret`,
      authorization: bearer(hmacToken({ alg: 'HS256', kid: key.kid, typ: 'JWT' }, claims, key.publicPem)),
      expectCode: 'TOKEN_INVALID',
    });
    cases.push({
      name: `${from}→HS256 with the public JWK as secret`,
      authorization: bearer(hmacToken({ alg: 'HS256', kid: key.kid }, claims, JSON.stringify(key.publicJwk))),
      expectCode: 'TOKEN_INVALID',
    });
  }
  cases.push(
    {
      name: 'HS256 with an empty secret',
      authorization: bearer(hmacToken({ alg: 'HS256' }, claims, '')),
      expectCode: 'TOKEN_INVALID',
    },
    {
      name: 'unknown kid',
      authorization: bearer(await bySelf({ kid: 'no-such-key' })),
      expectCode: 'TOKEN_INVALID',
    },
    {
      name: 'kid with path traversal',
      authorization: bearer(await bySelf({ kid: '../../../../../../dev/null' })),
      expectCode: 'TOKEN_INVALID',
    },
    {
      name: 'kid with path traversal, HMAC with an empty secret',
      authorization: bearer(hmacToken({ alg: 'HS256', kid: '../../../../dev/null' }, claims, '')),
      expectCode: 'TOKEN_INVALID',
    },
    {
      name: 'trusted kid, signed by another key',
      authorization: bearer(await bySelf({ kid: ec.kid })),
      expectCode: 'TOKEN_INVALID',
    },
    {
      name: 'embedded jwk',
      authorization: bearer(await bySelf({ jwk: attackerJwk })),
      expectCode: 'TOKEN_INVALID',
    },
    {
      name: 'jku pointing elsewhere',
      authorization: bearer(await bySelf({ jku: 'https://attacker.example/jwks.json', kid: 'a' })),
      expectCode: 'TOKEN_INVALID',
    },
    {
      name: 'embedded x5c certificate chain',
      authorization: bearer(
        await bySelf({ x5c: [Buffer.from('synthetic-attacker-cert').toString('base64')] }),
      ),
      expectCode: 'TOKEN_INVALID',
    },
    {
      name: 'x5u pointing elsewhere',
      authorization: bearer(await bySelf({ x5u: 'https://attacker.example/cert.pem' })),
      expectCode: 'TOKEN_INVALID',
    },
    {
      name: 'expired',
      authorization: bearer(
        await issuer.sign({ sub: 'alice@example.com', aud: audience }, { expiresIn: -3600 }),
      ),
      expectCode: 'TOKEN_EXPIRED',
    },
    {
      name: 'not yet valid',
      authorization: bearer(await issuer.sign({ sub: 'alice@example.com', aud: audience, nbf: now + 3600 })),
      expectCode: 'TOKEN_INVALID',
    },
    {
      name: 'issued in the future',
      authorization: bearer(await issuer.sign({ sub: 'alice@example.com', aud: audience, iat: now + 3600 })),
      expectCode: 'TOKEN_INVALID',
    },
    {
      name: 'expiry in year 9999',
      authorization: bearer(
        await issuer.sign({ sub: 'alice@example.com', aud: audience, exp: 253402300799 }),
      ),
      expectCode: 'TOKEN_INVALID',
    },
    {
      name: 'wrong audience',
      authorization: bearer(await issuer.sign({ sub: 'alice@example.com', aud: 'another-service' })),
      expectCode: 'TOKEN_INVALID',
    },
    {
      name: 'wrong issuer',
      authorization: bearer(
        await issuer.sign({ iss: 'https://evil.example.com', sub: 'alice@example.com', aud: audience }),
      ),
      expectCode: 'ISSUER_UNKNOWN',
    },
    {
      name: 'missing sub',
      authorization: bearer(await issuer.sign({ aud: audience })),
      expectCode: 'TOKEN_INVALID',
    },
    {
      name: 'numeric sub',
      authorization: bearer(await issuer.sign({ sub: 12345 as unknown as string, aud: audience })),
      expectCode: 'TOKEN_INVALID',
    },
    {
      name: 'empty sub',
      authorization: bearer(await issuer.sign({ sub: '', aud: audience })),
      expectCode: 'TOKEN_INVALID',
    },
    {
      name: '100 KB token',
      authorization: bearer(
        await issuer.sign({ sub: 'alice@example.com', aud: audience, pad: 'x'.repeat(100 * 1024) }),
      ),
      expectCode: 'TOKEN_MALFORMED',
    },
    {
      name: 'token in the query string',
      authorization: undefined,
      query: `access_token=${valid}`,
      expectCode: 'TOKEN_IN_QUERY',
    },
    {
      name: 'stripped signature',
      authorization: bearer(`${valid.split('.').slice(0, 2).join('.')}.`),
      expectCode: 'TOKEN_INVALID',
    },
    { name: 'no token', authorization: undefined, expectCode: 'TOKEN_MISSING' },
    {
      name: 'another scheme',
      authorization: `Basic ${Buffer.from('alice:pw').toString('base64')}`,
      // RFC 6750 §3.1: an unsupported method counts as no credentials (a bare challenge).
      expectCode: 'TOKEN_MISSING',
    },
  );
  cases.push(...(await buildJoseAttackCases(issuer, audience)));
  return cases;
}
