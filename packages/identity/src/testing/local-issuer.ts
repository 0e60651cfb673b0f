/**
 * A local OpenID issuer for tests: discovery document, JWKS with an RSA and an EC key,
 * key rotation, and a count of key-set fetches. Tokens it signs are synthetic.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, exportSPKI, generateKeyPair, type JWK, type JWTPayload, SignJWT } from 'jose';

type KeyPair = Awaited<ReturnType<typeof generateKeyPair>>;

export interface IssuerKey {
  kid: string;
  alg: 'RS256' | 'ES256';
  pair: KeyPair;
  publicJwk: JWK;
  /** SubjectPublicKeyInfo PEM: what an algorithm-confusion attacker uses as an HMAC secret. */
  publicPem: string;
}

export interface SignOptions {
  alg?: 'RS256' | 'ES256';
  /** Overrides the key id in the header (the signing key stays the issuer's). */
  kid?: string;
  /** Seconds from now; default 600. */
  expiresIn?: number;
  /** Extra protected header parameters. */
  header?: Record<string, unknown>;
  /** Leave out iat. */
  noIat?: boolean;
}

export interface LocalIssuer {
  issuer: string;
  jwksUrl: string;
  keys(): IssuerKey[];
  sign(claims: JWTPayload, options?: SignOptions): Promise<string>;
  /**
   * Replaces both keys with new ones; old tokens no longer verify once the set is refetched.
   * New kids unless `sameKids` (a provider that reuses its key ids).
   */
  rotate(options?: { sameKids?: boolean }): Promise<void>;
  /** While set, the key set is answered 503 (the fetch still counts). */
  failJwks(failing: boolean): void;
  /** Adds a key to the served key set as it is (kept through rotations): for keys a verifier must not use. */
  publish(jwk: JWK): void;
  readonly jwksFetches: number;
  close(): Promise<void>;
}

let generation = 0;

async function newKey(
  alg: 'RS256' | 'ES256',
  kid = `${alg.toLowerCase()}-${++generation}`,
): Promise<IssuerKey> {
  const pair = await generateKeyPair(alg, { extractable: true });
  const publicJwk = { ...(await exportJWK(pair.publicKey)), kid, alg, use: 'sig' };
  return { kid, alg, pair, publicJwk, publicPem: await exportSPKI(pair.publicKey) };
}

export async function startLocalIssuer(path = '/oidc'): Promise<LocalIssuer> {
  let current = [await newKey('RS256'), await newKey('ES256')];
  const published: JWK[] = [];
  let fetches = 0;
  let failing = false;
  let base = '';
  const server: Server = createServer((req, res) => {
    if (req.url === `${path}/.well-known/openid-configuration`) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ issuer: `${base}${path}`, jwks_uri: `${base}${path}/jwks` }));
      return;
    }
    if (req.url === `${path}/jwks`) {
      fetches++;
      if (failing) {
        res.writeHead(503).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: [...current.map((k) => k.publicJwk), ...published] }));
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const issuer = `${base}${path}`;
  return {
    issuer,
    jwksUrl: `${issuer}/jwks`,
    keys: () => current,
    async sign(claims, options = {}) {
      const key = current.find((k) => k.alg === (options.alg ?? 'ES256')) as IssuerKey;
      const now = Math.floor(Date.now() / 1000);
      const jwt = new SignJWT({
        iss: issuer,
        iat: options.noIat ? undefined : now,
        exp: now + (options.expiresIn ?? 600),
        ...claims,
      });
      jwt.setProtectedHeader({ alg: key.alg, kid: options.kid ?? key.kid, typ: 'JWT', ...options.header });
      return jwt.sign(key.pair.privateKey);
    },
    async rotate(options = {}) {
      const kid = (alg: 'RS256' | 'ES256') =>
        options.sameKids ? current.find((k) => k.alg === alg)?.kid : undefined;
      current = [await newKey('RS256', kid('RS256')), await newKey('ES256', kid('ES256'))];
    },
    failJwks(on) {
      failing = on;
    },
    publish(jwk) {
      published.push(jwk);
    },
    get jwksFetches() {
      return fetches;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
