/**
 * Attacks on the finer points of JOSE and of bearer usage (RFC 8725, RFC 7515/7519, RFC 6750,
 * RFC 9068): critical extensions, unencoded payloads, explicit typing, repeated names, extra
 * audiences, clients, nested and encrypted tokens, claim values no clock can hold, issuer
 * spellings, unusable keys in the issuer's own key set, and tokens sent the wrong way. Many are
 * signed with the issuer's real key: the verifier must refuse them for what they say.
 */
import { generateKeyPairSync } from 'node:crypto';
import { CompactEncrypt, exportJWK, generateKeyPair, SignJWT } from 'jose';
import type { AttackCase } from './attack-catalog';
import { hmacToken, signTexts } from './forge';
import type { IssuerKey, LocalIssuer } from './local-issuer';

const OCT_SECRET = 'synthetic-shared-secret-in-a-public-key-set';

export async function buildJoseAttackCases(issuer: LocalIssuer, audience: string): Promise<AttackCase[]> {
  const now = Math.floor(Date.now() / 1000);
  const ec = issuer.keys().find((k) => k.alg === 'ES256') as IssuerKey;
  const claims = { iss: issuer.issuer, sub: 'mallory@example.com', aud: audience, iat: now, exp: now + 600 };
  const claimsText = JSON.stringify(claims);
  const headerText = (extra = '') => `{"alg":"ES256","kid":"${ec.kid}","typ":"JWT"${extra}}`;
  const byIssuer = (header: string, payload = claimsText) => signTexts(header, payload, ec.pair.privateKey);
  const bearer = (token: string) => `Bearer ${token}`;
  const signed = (extra: Record<string, unknown>, header?: Record<string, unknown>) =>
    issuer.sign({ sub: 'mallory@example.com', aud: audience, ...extra }, header ? { header } : {});
  const valid = await signed({});
  /** Signed by the issuer with `extra` added to its usual header; refused, naming `expectDetail`. */
  const headerCase = async (name: string, extra: string, expectDetail: string): Promise<AttackCase> => ({
    name,
    authorization: bearer(await byIssuer(headerText(extra))),
    expectCode: 'TOKEN_INVALID',
    expectDetail,
  });

  // The algorithm names are case-sensitive (RFC 7518): another spelling of ES256 is no algorithm.
  const algSpellings: AttackCase[] = await Promise.all(
    ['es256', 'Es256', 'ES256 '].map(async (alg) => ({
      name: `alg "${alg}", signed as ES256 by the issuer`,
      authorization: bearer(await byIssuer(`{"alg":"${alg}","kid":"${ec.kid}","typ":"JWT"}`)),
      expectCode: 'TOKEN_INVALID',
    })),
  );
  const cases: AttackCase[] = [
    await headerCase(
      'crit header naming an unknown extension',
      ',"crit":["urn:example:ext"],"urn:example:ext":true',
      'crit',
    ),
    await headerCase('b64 false, declared critical', ',"b64":false,"crit":["b64"]', 'crit'),
    await headerCase('b64 false, not declared critical', ',"b64":false', 'b64'),
    ...(['logout+jwt', 'dpop+jwt', 'application/secevent+jwt', 'JOSE'] as const).map((typ) => ({
      name: `typ ${typ}`,
      authorization: undefined as string | undefined,
      typ,
      expectCode: 'TOKEN_INVALID',
      expectDetail: 'typ',
    })),
    {
      // A verifier that tries every key of the set when the kid is unknown would accept it.
      name: 'kid with SQL, signed by a key of the issuer',
      authorization: bearer(await byIssuer(`{"alg":"ES256","kid":"' OR '1'='1","typ":"JWT"}`)),
      expectCode: 'TOKEN_INVALID',
    },
    ...algSpellings,
    // zip belongs to JWE (RFC 7516); on a JWS it claims a compression nothing here undoes.
    await headerCase('zip header on a signed token', ',"zip":"DEF"', 'jwe_header'),
    await headerCase('enc header on a signed token', ',"enc":"A256GCM"', 'jwe_header'),
    {
      name: 'a header parameter twice (kid)',
      authorization: bearer(await byIssuer(`{"alg":"ES256","kid":"${ec.kid}","typ":"JWT","kid":"other"}`)),
      expectCode: 'TOKEN_MALFORMED',
      expectDetail: 'duplicate_key',
    },
    {
      name: 'a claim twice (sub)',
      authorization: bearer(await byIssuer(headerText(), claimsText.replace(/}$/, ',"sub":"admin"}'))),
      expectCode: 'TOKEN_MALFORMED',
      expectDetail: 'duplicate_key',
    },
    {
      name: 'a claim twice, once with an escaped name (s\\u0075b)',
      authorization: bearer(await byIssuer(headerText(), claimsText.replace(/}$/, ',"s\\u0075b":"admin"}'))),
      expectCode: 'TOKEN_MALFORMED',
      expectDetail: 'duplicate_key',
    },
    {
      name: 'audience array naming another service too',
      authorization: bearer(await signed({ aud: [audience, 'https://other-service.example'] })),
      expectCode: 'TOKEN_INVALID',
      expectDetail: 'other_audience',
    },
    {
      name: 'azp and client_id naming different clients',
      authorization: bearer(await signed({ azp: 'client-a', client_id: 'client-b' })),
      expectCode: 'TOKEN_INVALID',
      expectDetail: 'azp',
    },
    {
      name: 'nested JWT (cty JWT)',
      authorization: bearer(await signed({}, { cty: 'JWT' })),
      expectCode: 'TOKEN_INVALID',
      expectDetail: 'nested',
    },
    {
      name: 'JWE given as a bearer token',
      authorization: bearer(await encrypted(claims)),
      expectCode: 'TOKEN_MALFORMED',
      expectDetail: 'not_jws',
    },
    {
      name: 'exp as a string',
      authorization: bearer(await signed({ exp: String(now + 600) })),
      expectCode: 'TOKEN_INVALID',
    },
    {
      name: 'nbf as a string',
      authorization: bearer(await signed({ nbf: String(now - 60) })),
      expectCode: 'TOKEN_INVALID',
    },
    {
      name: 'exp beyond any clock (1e400)',
      authorization: bearer(await byIssuer(headerText(), claimsText.replace(/"exp":\d+/, '"exp":1e400'))),
      expectCode: 'TOKEN_INVALID',
      expectDetail: 'lifetime',
    },
    {
      name: 'exp of 1e300 without iat',
      authorization: bearer(
        await byIssuer(headerText(), claimsText.replace(/"iat":\d+,"exp":\d+/, '"exp":1e300')),
      ),
      expectCode: 'TOKEN_INVALID',
      expectDetail: 'lifetime',
    },
    {
      name: 'iat as text',
      authorization: bearer(await signed({ iat: 'now' })),
      expectCode: 'TOKEN_INVALID',
    },
    {
      name: 'issuer with a trailing slash',
      authorization: bearer(await signed({ iss: `${issuer.issuer}/` })),
      expectCode: 'ISSUER_UNKNOWN',
    },
    {
      name: 'issuer with a look-alike character',
      authorization: bearer(await signed({ iss: issuer.issuer.replace(/1/, '\uff11') })),
      expectCode: 'ISSUER_UNKNOWN',
    },
    {
      name: 'issuer with an upper-case scheme',
      authorization: bearer(await signed({ iss: issuer.issuer.replace(/^http/, 'HTTP') })),
      expectCode: 'ISSUER_UNKNOWN',
    },
    ...(await unusableKeys(issuer, claims)),
    {
      name: 'token split by white space',
      authorization: `Bearer ${valid.slice(0, 20)} ${valid.slice(20)}`,
      expectCode: 'TOKEN_MALFORMED',
    },
    {
      name: 'scheme and token separated by a tab',
      authorization: `Bearer\t${valid}`,
      expectCode: 'TOKEN_MISSING',
    },
    {
      name: 'token in a cookie',
      authorization: undefined,
      headers: { cookie: `access_token=${valid}; token=${valid}` },
      expectCode: 'TOKEN_MISSING',
    },
  ];
  for (const attack of cases) {
    if (attack.typ !== undefined) attack.authorization = bearer(await signed({}, { typ: attack.typ }));
  }
  return cases;
}

async function encrypted(claims: Record<string, unknown>): Promise<string> {
  const recipient = await generateKeyPair('ECDH-ES', { extractable: true });
  return new CompactEncrypt(new TextEncoder().encode(JSON.stringify(claims)))
    .setProtectedHeader({ alg: 'ECDH-ES', enc: 'A256GCM', cty: 'JWT' })
    .encrypt(recipient.publicKey);
}

/**
 * Keys the issuer's own key set publishes that must never verify a token: an encryption key,
 * a shared HMAC secret, an RSA key under 2048 bits, and a P-384 key labelled for ES256.
 */
async function unusableKeys(issuer: LocalIssuer, claims: Record<string, unknown>): Promise<AttackCase[]> {
  const header = (alg: string, kid: string) => JSON.stringify({ alg, kid, typ: 'JWT' });
  const payload = JSON.stringify(claims);
  const enc = await generateKeyPair('ES256', { extractable: true });
  issuer.publish({ ...(await exportJWK(enc.publicKey)), kid: 'ec-encryption', alg: 'ES256', use: 'enc' });
  issuer.publish({
    kty: 'oct',
    kid: 'hmac-shared',
    alg: 'HS256',
    k: Buffer.from(OCT_SECRET).toString('base64url'),
  });
  const small = generateKeyPairSync('rsa', { modulusLength: 1024 });
  issuer.publish({ ...small.publicKey.export({ format: 'jwk' }), kid: 'rsa-1024', alg: 'RS256', use: 'sig' });
  const p384 = generateKeyPairSync('ec', { namedCurve: 'P-384' });
  issuer.publish({ ...p384.publicKey.export({ format: 'jwk' }), kid: 'ec-wrong-curve', alg: 'ES256' });
  return [
    {
      name: 'signed by a key published for encryption (use enc)',
      authorization: `Bearer ${await new SignJWT(claims).setProtectedHeader({ alg: 'ES256', kid: 'ec-encryption', typ: 'JWT' }).sign(enc.privateKey)}`,
      expectCode: 'TOKEN_INVALID',
    },
    {
      name: 'HMAC with an oct key from the key set',
      authorization: `Bearer ${hmacToken({ alg: 'HS256', kid: 'hmac-shared', typ: 'JWT' }, claims, OCT_SECRET)}`,
      expectCode: 'TOKEN_INVALID',
      expectDetail: 'alg_not_allowed',
    },
    {
      name: 'RSA key of 1024 bits from the key set',
      authorization: `Bearer ${await signTexts(header('RS256', 'rsa-1024'), payload, small.privateKey)}`,
      expectCode: 'TOKEN_INVALID',
    },
    {
      name: 'EC key on the wrong curve for its algorithm',
      authorization: `Bearer ${await signTexts(header('ES256', 'ec-wrong-curve'), payload, p384.privateKey)}`,
      expectCode: 'TOKEN_INVALID',
    },
  ];
}
