/**
 * The JWT attack catalog through the HTTP of the running enforcer and exporter (started as
 * `proctor up` starts them, with a local OpenID issuer found by discovery): every forged or
 * unacceptable token is refused with a 4xx and a challenge, never a 5xx, and nothing reaches
 * the upstream. A valid caller gets through, and the upstream sees the gateway's minted
 * credential, never the caller's token. JWKS rotation under traffic keeps every valid call alive.
 */
import { connect } from 'node:net';
import { join } from 'node:path';
import {
  Client as ModernClient,
  StreamableHTTPClientTransport as ModernTransport,
} from '@modelcontextprotocol/client';
import { Client as LegacyClient } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport as LegacyTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { parseConfig } from '@proctor/config';
import {
  type AttackCase,
  buildAttackCatalog,
  type LocalIssuer,
  startLocalIssuer,
} from '@proctor/identity/testing';
import { silentLogger } from '@proctor/logger';
import { createRemoteJWKSet, decodeJwt, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type FixtureServer,
  startFixtureServer,
} from '../../services/enforcer/src/test-fixtures/fixture-server';
import { rawExchange } from '../../services/enforcer/src/test-fixtures/raw-http';
import { resourceOf } from '../../services/enforcer/src/upstream/credentials';
import { type RunningService, startEnforcer, startExporter } from '../../src/runtime/services';
import { tempDir, uniqueName } from '../harness';

const AUDIENCE = 'proctor-e2e';
const WARD_A = 'https://gateway.example.com/mcp/ward-a';
const WARD_B = 'https://gateway.example.com/mcp/ward-b';
const INIT = {
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: {
    protocolVersion: '2025-06-18',
    capabilities: {},
    clientInfo: { name: 'attack-client', version: '1' },
  },
};

let idp: LocalIssuer;
let upstream: FixtureServer;
let services: RunningService[];
let enforcerUrl: string;
let exporterUrl: string;
let catalog: AttackCase[];

beforeAll(async () => {
  const dir = await tempDir('proctor-jwt');
  idp = await startLocalIssuer('/idp');
  upstream = await startFixtureServer();
  const config = parseConfig({
    log: { level: 'silent' },
    identity: { issuers: [{ issuer: idp.issuer, audience: AUDIENCE }], jwksCooldownSec: 0 },
    enforcer: {
      listen: { host: '127.0.0.1', port: 0 },
      stateDir: join(dir, 'enforcer'),
      connections: [
        { name: 'ehr', upstream: { url: upstream.url }, credentials: { type: 'mint', ttlSeconds: 120 } },
        { name: 'open', upstream: { url: upstream.url }, anonymous: true },
        // Tokens for these two must name the connection itself (RFC 8707 resource indicators).
        { name: 'ward-a', upstream: { url: upstream.url }, audience: WARD_A },
        { name: 'ward-b', upstream: { url: upstream.url }, audience: WARD_B },
      ],
    },
    keys: { gatewaySigning: { keyFile: join(dir, 'gateway-signing.json') } },
    // The gateway's audience, on purpose: the catalog's tokens are minted for it.
    exporter: {
      listen: { host: '127.0.0.1', port: 0 },
      auth: { requiredGroups: ['auditors'], audience: AUDIENCE },
    },
    eventLog: { local: { dir: join(dir, 'log') } },
    auditStore: { chdb: { path: join(dir, 'chdb') }, database: uniqueName('audit') },
  });
  const logger = silentLogger();
  services = [await startEnforcer(config, logger), await startExporter(config, logger)];
  enforcerUrl = services[0]?.url ?? '';
  exporterUrl = services[1]?.url ?? '';
  catalog = await buildAttackCatalog(idp, AUDIENCE);
});

afterAll(async () => {
  for (const service of services ?? []) for (const step of service.steps) await step.run();
  await upstream?.close();
  await idp?.close();
});

function headersOf(attack: Pick<AttackCase, 'authorization' | 'headers'>): Record<string, string> {
  return {
    'content-type': 'application/json',
    accept: 'application/json, text/event-stream',
    ...attack.headers,
    ...(attack.authorization !== undefined && { authorization: attack.authorization }),
  };
}

/** A 100 KB header is refused by the HTTP layer itself (431) before any code of ours runs. */
function expectRefused(attack: AttackCase, res: Response, resource: string) {
  if (attack.name === '100 KB token') {
    expect(res.status, attack.name).toBe(431);
    return;
  }
  const challenge = res.headers.get('www-authenticate') ?? '';
  expect(challenge, attack.name).toMatch(/^Bearer /);
  expect(challenge, attack.name).toContain(`resource_metadata="${resource}"`);
  if (attack.expectCode === 'TOKEN_MISSING') {
    // RFC 6750 §3.1: a request without credentials gets a bare challenge, no error code.
    expect(res.status, attack.name).toBe(401);
    expect(challenge, attack.name).not.toContain('error=');
  } else if (attack.expectCode === 'TOKEN_IN_QUERY') {
    expect(res.status, attack.name).toBe(400);
    expect(challenge, attack.name).toContain('error="invalid_request"');
  } else {
    expect(res.status, attack.name).toBe(401);
    expect(challenge, attack.name).toContain('error="invalid_token"');
  }
}

describe('JWT attack catalog over HTTP', () => {
  it('the enforcer refuses every forged token and forwards nothing', async () => {
    expect(catalog.length).toBeGreaterThanOrEqual(30);
    const before = upstream.seen.authorizations.length;
    for (const attack of catalog) {
      const res = await fetch(`${enforcerUrl}/mcp/ehr${attack.query ? `?${attack.query}` : ''}`, {
        method: 'POST',
        headers: headersOf(attack),
        body: JSON.stringify(INIT),
      });
      expectRefused(attack, res, `${enforcerUrl}/.well-known/oauth-protected-resource/mcp/ehr`);
      await res.arrayBuffer();
    }
    expect(upstream.seen.authorizations.length).toBe(before);
  });

  it('the enforcer answers a 2026-07-28 request alike: the same challenge naming the same metadata', async () => {
    const stateless = {
      jsonrpc: '2.0',
      id: 2,
      method: 'tools/list',
      params: {
        _meta: {
          'io.modelcontextprotocol/protocolVersion': '2026-07-28',
          'io.modelcontextprotocol/clientCapabilities': {},
        },
      },
    };
    const strict = catalog.filter((c) =>
      ['no token', 'numeric sub', 'empty sub', 'issued in the future', 'expiry in year 9999'].includes(
        c.name,
      ),
    );
    expect(strict).toHaveLength(5);
    for (const attack of strict) {
      const res = await fetch(`${enforcerUrl}/mcp/ehr`, {
        method: 'POST',
        headers: { ...headersOf(attack), 'mcp-protocol-version': '2026-07-28', 'mcp-method': 'tools/list' },
        body: JSON.stringify(stateless),
      });
      expectRefused(attack, res, `${enforcerUrl}/.well-known/oauth-protected-resource/mcp/ehr`);
      await res.arrayBuffer();
    }
  });

  it('the exporter refuses every forged token', async () => {
    for (const attack of catalog) {
      const res = await fetch(`${exporterUrl}/v1/sessions${attack.query ? `?${attack.query}` : ''}`, {
        headers: headersOf(attack),
      });
      expectRefused(attack, res, `${exporterUrl}/.well-known/oauth-protected-resource`);
      await res.arrayBuffer();
    }
  });

  it('serves protected resource metadata naming the issuer', async () => {
    const enforcer = await (
      await fetch(`${enforcerUrl}/.well-known/oauth-protected-resource/mcp/ehr`)
    ).json();
    expect(enforcer).toMatchObject({
      resource: `${enforcerUrl}/mcp/ehr`,
      authorization_servers: [idp.issuer],
    });
    expect((await fetch(`${enforcerUrl}/.well-known/oauth-protected-resource/mcp/nope`)).status).toBe(404);
    const exporter = await (await fetch(`${exporterUrl}/.well-known/oauth-protected-resource`)).json();
    expect(exporter).toMatchObject({ resource: `${exporterUrl}/`, authorization_servers: [idp.issuer] });
  });

  it('attack: protected resource metadata asked with a Host that is not a host name is refused 400, not 500', async () => {
    for (const [base, path] of [
      [enforcerUrl, '/.well-known/oauth-protected-resource/mcp/ehr'],
      [exporterUrl, '/.well-known/oauth-protected-resource'],
    ] as const) {
      const answer = await rawExchange(
        base,
        `GET ${path} HTTP/1.1\r\nHost: evil.example/x?\r\nConnection: close\r\n\r\n`,
      );
      expect(answer, base).toMatch(/^HTTP\/1\.1 400 /);
      expect(answer, base).not.toContain('evil');
    }
  });

  it('lets a valid caller through, with the gateway credential upstream and never the caller token', async () => {
    const token = await idp.sign({ sub: 'alice@example.com', aud: AUDIENCE });
    const res = await fetch(`${enforcerUrl}/mcp/ehr`, {
      method: 'POST',
      headers: headersOf({ authorization: `Bearer ${token}` }),
      body: JSON.stringify(INIT),
    });
    expect(res.status).toBe(200);
    await res.arrayBuffer();
    const seen = upstream.seen.authorizations;
    expect(seen.length).toBeGreaterThan(0);
    for (const authorization of seen) expect(authorization).not.toContain(token);
    // Every credential the upstream saw is one the gateway minted and signed (the gateway may
    // also call the upstream on its own behalf, e.g. to learn its protocol era).
    const jwks = createRemoteJWKSet(new URL(`${enforcerUrl}/.well-known/jwks.json`));
    const subjects: unknown[] = [];
    for (const authorization of seen) {
      const { payload } = await jwtVerify((authorization ?? '').replace(/^Bearer /, ''), jwks, {
        issuer: 'urn:proctor:gateway',
        audience: resourceOf(upstream.url),
      });
      expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(120);
      subjects.push(payload.sub);
    }
    expect(subjects).toContain('alice@example.com');
    // The exporter: valid token but not an auditor → 403 insufficient_scope.
    const forbidden = await fetch(`${exporterUrl}/v1/sessions`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(forbidden.status).toBe(403);
    expect(forbidden.headers.get('www-authenticate')).toContain('error="insufficient_scope"');
    expect(decodeJwt(token).sub).toBe('alice@example.com');
  });

  it('keeps valid traffic flowing through a JWKS rotation', async () => {
    const statuses: number[] = [];
    const call = async () => {
      const token = await idp.sign({ sub: 'bob@example.com', aud: AUDIENCE });
      const res = await fetch(`${enforcerUrl}/mcp/ehr`, {
        method: 'POST',
        headers: headersOf({ authorization: `Bearer ${token}` }),
        body: JSON.stringify(INIT),
      });
      await res.arrayBuffer();
      statuses.push(res.status);
    };
    await Promise.all([call(), call(), call()]);
    const old = await idp.sign({ sub: 'bob@example.com', aud: AUDIENCE });
    await idp.rotate();
    await Promise.all([call(), call(), call(), call()]);
    expect(statuses).toEqual(Array(7).fill(200));
    const retired = await fetch(`${enforcerUrl}/mcp/ehr`, {
      method: 'POST',
      headers: headersOf({ authorization: `Bearer ${old}` }),
      body: JSON.stringify(INIT),
    });
    expect(retired.status).toBe(401);
  });

  it('lets callers without a token through only on a connection that allows anonymous access', async () => {
    const post = (connection: string, authorization?: string) =>
      fetch(`${enforcerUrl}/mcp/${connection}`, {
        method: 'POST',
        headers: headersOf({ authorization }),
        body: JSON.stringify(INIT),
      });
    const open = await post('open');
    expect(open.status).toBe(200);
    await open.arrayBuffer();
    const closed = await post('ehr');
    expect(closed.status).toBe(401);
    await closed.arrayBuffer();
    const forged = await post('open', 'Bearer a.b.c');
    expect(forged.status).toBe(401);
    await forged.arrayBuffer();
  });

  it('the official SDK clients of both eras cannot connect with forged tokens', async () => {
    const before = upstream.seen.authorizations.length;
    const forged = catalog.filter((c) =>
      [
        'alg none without signature',
        'RS256→HS256 with the public key PEM as secret',
        'expired',
        'embedded jwk',
      ].includes(c.name),
    );
    expect(forged).toHaveLength(4);
    for (const attack of forged) {
      const headers = { authorization: attack.authorization ?? '' };
      const legacy = new LegacyClient({ name: 'attack-v1', version: '1' });
      await expect(
        legacy.connect(new LegacyTransport(new URL(`${enforcerUrl}/mcp/ehr`), { requestInit: { headers } })),
        attack.name,
      ).rejects.toThrow();
      const modern = new ModernClient(
        { name: 'attack-v2', version: '2' },
        { capabilities: {}, versionNegotiation: { mode: { pin: '2026-07-28' } } },
      );
      await expect(
        modern.connect(new ModernTransport(new URL(`${enforcerUrl}/mcp/ehr`), { requestInit: { headers } })),
        attack.name,
      ).rejects.toThrow();
    }
    expect(upstream.seen.authorizations.length).toBe(before);
  });
});

/** Sends raw HTTP/1.1 (what fetch will not: repeated or folded headers) and returns the status and headers. */
async function rawRequest(
  url: string,
  lines: string[],
  body = '',
): Promise<{ status: number; head: string }> {
  const { hostname, port, pathname } = new URL(url);
  const socket = connect(Number(port), hostname);
  const request = [
    `${body === '' ? 'GET' : 'POST'} ${pathname} HTTP/1.1`,
    `Host: ${hostname}:${port}`,
    ...(body === '' ? [] : ['Content-Type: application/json', `Content-Length: ${Buffer.byteLength(body)}`]),
    'Accept: application/json, text/event-stream',
    'Connection: close',
    ...lines,
    '',
    body,
  ].join('\r\n');
  // Written, not ended: the server answers and then closes (Connection: close).
  socket.write(request);
  const chunks: Buffer[] = [];
  for await (const chunk of socket) chunks.push(chunk as Buffer);
  const head = Buffer.concat(chunks).toString('utf8').split('\r\n\r\n')[0] ?? '';
  return { status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0), head };
}

describe('bearer usage at the edges of RFC 6750', () => {
  const post = (url: string, headers: Record<string, string>, body = JSON.stringify(INIT)) =>
    fetch(url, { method: 'POST', headers: { ...headersOf({ authorization: undefined }), ...headers }, body });

  it('two Authorization headers are refused 400 invalid_request by the enforcer and the exporter', async () => {
    const good = await idp.sign({ sub: 'alice@example.com', aud: AUDIENCE });
    const forged = catalog.find((c) => c.name === 'alg none without signature')?.authorization ?? '';
    const before = upstream.seen.authorizations.length;
    for (const [url, body] of [
      [`${enforcerUrl}/mcp/ehr`, JSON.stringify(INIT)],
      [`${exporterUrl}/v1/sessions`, ''],
    ] as const) {
      for (const pair of [
        [`Authorization: Bearer ${good}`, `Authorization: ${forged}`],
        [`Authorization: ${forged}`, `Authorization: Bearer ${good}`],
      ]) {
        const res = await rawRequest(url, pair, body);
        expect(res.status, url).toBe(400);
        expect(res.head.toLowerCase()).toContain('error="invalid_request"');
      }
    }
    expect(upstream.seen.authorizations.length).toBe(before);
  });

  it('a header folded over two lines never authenticates and never fails with a 5xx', async () => {
    const good = await idp.sign({ sub: 'alice@example.com', aud: AUDIENCE });
    for (const url of [`${enforcerUrl}/mcp/ehr`, `${exporterUrl}/v1/sessions`]) {
      const res = await rawRequest(url, [`Authorization: Bearer ${good.slice(0, 30)}`, ` ${good.slice(30)}`]);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    }
  });

  it('a token in a form body is never read: the request is refused and reaches nothing', async () => {
    const good = await idp.sign({ sub: 'alice@example.com', aud: AUDIENCE });
    const before = upstream.seen.authorizations.length;
    const res = await post(
      `${enforcerUrl}/mcp/ehr`,
      { 'content-type': 'application/x-www-form-urlencoded' },
      `access_token=${good}`,
    );
    // Refused as a body the MCP endpoint does not take, before any token is looked for.
    expect(res.status).toBe(415);
    await res.arrayBuffer();
    expect(upstream.seen.authorizations.length).toBe(before);
  });

  it('the scheme name is matched in any case (RFC 7235)', async () => {
    const good = await idp.sign({ sub: 'alice@example.com', aud: AUDIENCE });
    for (const scheme of ['bearer', 'BEARER', 'bEaReR']) {
      const res = await post(`${enforcerUrl}/mcp/ehr`, { authorization: `${scheme} ${good}` });
      expect(res.status, scheme).toBe(200);
      await res.arrayBuffer();
    }
  });

  it('a token for one connection is refused at another', async () => {
    const forA = await idp.sign({ sub: 'alice@example.com', aud: WARD_A });
    const generic = await idp.sign({ sub: 'alice@example.com', aud: AUDIENCE });
    const status = async (connection: string, token: string) => {
      const res = await post(`${enforcerUrl}/mcp/${connection}`, { authorization: `Bearer ${token}` });
      await res.arrayBuffer();
      return { status: res.status, challenge: res.headers.get('www-authenticate') ?? '' };
    };
    expect((await status('ward-a', forA)).status).toBe(200);
    const replayed = await status('ward-b', forA);
    expect(replayed.status).toBe(401);
    expect(replayed.challenge).toContain('error="invalid_token"');
    expect(replayed.challenge).toContain('/.well-known/oauth-protected-resource/mcp/ward-b');
    // Nor at a connection that takes the issuer's audience, nor the other way round.
    expect((await status('ehr', forA)).status).toBe(401);
    expect((await status('ward-a', generic)).status).toBe(401);
    // A verified token is remembered per audience: the refusal holds after the success above.
    expect((await status('ward-b', forA)).status).toBe(401);
  });
});
