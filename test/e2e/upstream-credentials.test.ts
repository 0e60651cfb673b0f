/**
 * Invariant 7 through the running gateway, with the official SDK clients of both eras: an
 * upstream receives exactly the credential its connection configures — a static bearer token
 * from an environment variable, a static header, or an access token obtained by OAuth token
 * exchange (RFC 8693) for the caller — and never the caller's token. Every exchanged
 * credential is an access_grant event, without the credential. Recording proxies in front of
 * the upstreams show what arrived.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { parseConfig } from '@proctor/config';
import { type AuditEvent, decodeEvent } from '@proctor/events';
import { type LocalIssuer, startLocalIssuer } from '@proctor/identity/testing';
import { createRemoteJWKSet, decodeJwt, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type FixtureServer,
  startFixtureServer,
} from '../../services/enforcer/src/test-fixtures/fixture-server';
import { MemoryEventLog } from '../../services/enforcer/src/testing';
import { resourceOf } from '../../services/enforcer/src/upstream/credentials';
import { type StatelessFixture, startStatelessServer } from '../fixtures/stateless-server';
import { tempDir } from '../harness';
import { connectLegacyClient, connectModernClient } from './sdk-clients';
import { type SecuredGateway, startSecuredGateway } from './secured-gateway';

const AUDIENCE = 'proctor-credentials-e2e';
const STATIC_TOKEN = 'synthetic-upstream-token-7f3a';
const API_KEY = 'synthetic-api-key-91c2';

/** Forwards every request to `target` and keeps the headers it carried. */
interface RecordingProxy {
  url: string;
  headers: Record<string, string>[];
  close(): Promise<void>;
}

async function startRecordingProxy(target: string): Promise<RecordingProxy> {
  const headers: Record<string, string>[] = [];
  const server = createServer((req, res) => {
    void (async () => {
      const seen = flatHeaders(req);
      headers.push(seen);
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const { host: _host, connection: _connection, 'content-length': _length, ...forwarded } = seen;
      const abort = new AbortController();
      res.on('close', () => abort.abort());
      const upstream = await fetch(new URL(req.url ?? '/', target), {
        method: req.method ?? 'GET',
        headers: forwarded,
        body: req.method === 'POST' ? Buffer.concat(chunks) : null,
        signal: abort.signal,
      });
      res.writeHead(upstream.status, Object.fromEntries(upstream.headers.entries()));
      if (upstream.body) Readable.fromWeb(upstream.body as never).pipe(res);
      else res.end();
    })().catch(() => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  const path = new URL(target).pathname;
  return {
    url: `http://127.0.0.1:${port}${path}`,
    headers,
    async close() {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}

function flatHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

let idp: LocalIssuer;
let legacy: FixtureServer;
let modern: StatelessFixture;
let legacyProxy: RecordingProxy;
let modernProxy: RecordingProxy;
let tokenEndpoint: Server;
const exchanged: URLSearchParams[] = [];
let gateway: SecuredGateway;
let base: string;
const log = new MemoryEventLog();
const clients: { close(): Promise<void> }[] = [];

beforeAll(async () => {
  const dir = await tempDir('proctor-upstream-credentials');
  [idp, legacy, modern] = await Promise.all([
    startLocalIssuer('/idp'),
    startFixtureServer(),
    startStatelessServer(),
  ]);
  [legacyProxy, modernProxy] = await Promise.all([
    startRecordingProxy(legacy.url),
    startRecordingProxy(modern.url),
  ]);
  tokenEndpoint = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      exchanged.push(new URLSearchParams(body));
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          access_token: `synthetic-exchanged-${exchanged.length}`,
          issued_token_type: 'urn:ietf:params:oauth:token-type:access_token',
          token_type: 'Bearer',
          expires_in: 300,
          scope: 'ehr.read',
        }),
      );
    });
  });
  await new Promise<void>((r) => tokenEndpoint.listen(0, '127.0.0.1', r));
  const tokenUrl = `http://127.0.0.1:${(tokenEndpoint.address() as AddressInfo).port}/token`;
  const exchange = {
    type: 'token-exchange',
    tokenEndpoint: tokenUrl,
    clientId: 'proctor',
    clientSecretEnv: 'PROCTOR_E2E_STS_SECRET',
    audience: 'ehr-api',
  };
  const config = parseConfig({
    identity: { issuers: [{ issuer: idp.issuer, audience: AUDIENCE }] },
    enforcer: {
      listen: { host: '127.0.0.1', port: 0 },
      stateDir: join(dir, 'state'),
      connections: [
        {
          name: 'bearer-modern',
          upstream: { url: modernProxy.url },
          credentials: { type: 'bearer', tokenEnv: 'PROCTOR_E2E_UPSTREAM_TOKEN' },
        },
        {
          name: 'header-legacy',
          upstream: { url: legacyProxy.url },
          credentials: { type: 'header', name: 'X-Api-Key', value: API_KEY },
        },
        { name: 'exchange-legacy', upstream: { url: legacyProxy.url }, credentials: exchange },
        { name: 'exchange-modern', upstream: { url: modernProxy.url }, credentials: exchange },
        {
          name: 'mint-modern',
          upstream: { url: modernProxy.url },
          credentials: { type: 'mint', ttlSeconds: 90, scope: 'ehr.read' },
        },
      ],
    },
    keys: { gatewaySigning: { keyFile: join(dir, 'gateway-signing.json') } },
  });
  gateway = await startSecuredGateway(config, log, {
    env: { PROCTOR_E2E_UPSTREAM_TOKEN: STATIC_TOKEN, PROCTOR_E2E_STS_SECRET: 'synthetic-sts-secret' },
  });
  base = gateway.base;
});

afterAll(async () => {
  await Promise.allSettled(clients.map((c) => c.close()));
  await gateway?.close();
  await Promise.allSettled([legacyProxy?.close(), modernProxy?.close()]);
  await Promise.allSettled([legacy?.close(), modern?.close(), idp?.close()]);
  await new Promise((r) => tokenEndpoint?.close(r));
});

const caller = () => idp.sign({ sub: 'dr.avery@example.com', aud: AUDIENCE, groups: ['clinicians'] });

/** A client closed after the file's tests. */
function tracked<T extends { close(): Promise<void> }>(client: T): T {
  clients.push(client);
  return client;
}

const at = (connection: string) => `${base}/mcp/${connection}`;

/** Headers the proxy saw from request `from` on. */
const since = (proxy: RecordingProxy, from: number) => proxy.headers.slice(from);

function expectNoCallerToken(seen: Record<string, string>[], token: string) {
  expect(seen.length).toBeGreaterThan(0);
  for (const headers of seen) {
    for (const value of Object.values(headers)) expect(value).not.toContain(token.split('.')[2]);
  }
}

function grants(): Extract<AuditEvent, { type: 'access_grant' }>[] {
  return log.records
    .map((r) => decodeEvent(r.record.value))
    .filter((e): e is Extract<AuditEvent, { type: 'access_grant' }> => e.type === 'access_grant');
}

describe('upstream credentials per connection', () => {
  it('a static bearer token from an environment variable reaches a 2026-07-28 upstream', async () => {
    const token = await caller();
    const from = modernProxy.headers.length;
    const client = tracked(await connectModernClient(at('bearer-modern'), token));
    expect(JSON.stringify(await client.callTool({ name: 'echo', arguments: { item: 'gauze' } }))).toContain(
      'echo:gauze',
    );
    const seen = since(modernProxy, from);
    expect(seen.map((h) => h.authorization)).toEqual(seen.map(() => `Bearer ${STATIC_TOKEN}`));
    expectNoCallerToken(seen, token);
  });

  it('a static header reaches a stateful upstream, and no Authorization header at all', async () => {
    const token = await caller();
    const from = legacyProxy.headers.length;
    const client = tracked(await connectLegacyClient(at('header-legacy'), token));
    await client.listTools();
    const seen = since(legacyProxy, from);
    for (const headers of seen) {
      expect(headers['x-api-key']).toBe(API_KEY);
      expect(headers.authorization).toBeUndefined();
    }
    expectNoCallerToken(seen, token);
  });

  it('a token minted for the caller per exchange reaches a 2026-07-28 upstream, verifiable with the gateway JWKS', async () => {
    const token = await caller();
    const from = modernProxy.headers.length;
    const client = tracked(await connectModernClient(at('mint-modern'), token));
    await client.callTool({ name: 'echo', arguments: { item: 'gauze' } });
    await client.callTool({ name: 'echo', arguments: { item: 'gloves' } });
    const seen = since(modernProxy, from);
    expectNoCallerToken(seen, token);
    const jwks = createRemoteJWKSet(new URL(`${base}/.well-known/jwks.json`));
    const minted = new Set<string>();
    for (const headers of seen) {
      const credential = (headers.authorization ?? '').replace(/^Bearer /, '');
      const { payload } = await jwtVerify(credential, jwks, {
        issuer: 'urn:proctor:gateway',
        audience: resourceOf(modernProxy.url),
      });
      expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(90);
      if (payload.sub === 'dr.avery@example.com') minted.add(credential);
    }
    // One credential per exchange: the two calls were two exchanges.
    expect(minted.size).toBeGreaterThanOrEqual(2);
    const recorded = grants().filter(
      (g) =>
        g.connection === 'mint-modern' &&
        g.body.action === 'credential_minted' &&
        g.identity.subject === 'dr.avery@example.com',
    );
    expect(recorded.length).toBeGreaterThanOrEqual(2);
    for (const grant of recorded) expect(grant.body).toMatchObject({ scope: 'ehr.read' });
    const raw = Buffer.concat(log.records.map((r) => r.record.value)).toString('latin1');
    for (const credential of minted) expect(raw).not.toContain(credential.split('.')[2]);
  });

  it('a token exchanged for the caller reaches upstreams of both eras, each grant recorded without the token', async () => {
    const token = await caller();
    const legacyFrom = legacyProxy.headers.length;
    const modernFrom = modernProxy.headers.length;
    const exchangesBefore = exchanged.length;
    await tracked(await connectLegacyClient(at('exchange-legacy'), token)).listTools();
    await tracked(await connectModernClient(at('exchange-modern'), token)).callTool({
      name: 'echo',
      arguments: { item: 'x' },
    });
    const seen = [...since(legacyProxy, legacyFrom), ...since(modernProxy, modernFrom)];
    for (const headers of seen) expect(headers.authorization).toMatch(/^Bearer synthetic-exchanged-\d+$/);
    expectNoCallerToken(seen, token);
    // The subject token sent for exchange is the gateway's own assertion about who the
    // credential is for: the caller (the gateway also asks on its own behalf, e.g. to learn
    // an upstream's protocol era), never the caller's token.
    const subjects: unknown[] = [];
    for (const form of exchanged.slice(exchangesBefore)) {
      expect(form.get('grant_type')).toBe('urn:ietf:params:oauth:grant-type:token-exchange');
      const subject = form.get('subject_token') ?? '';
      expect(subject).not.toBe(token);
      const claims = decodeJwt(subject);
      expect(claims.iss).toBe('urn:proctor:gateway');
      subjects.push(claims.sub);
    }
    expect(subjects.filter((s) => s === 'dr.avery@example.com').length).toBeGreaterThanOrEqual(2);
    const recorded = grants().filter(
      (g) => g.body.action === 'credential_exchanged' && g.identity.subject === 'dr.avery@example.com',
    );
    expect(new Set(recorded.map((g) => g.connection))).toEqual(
      new Set(['exchange-legacy', 'exchange-modern']),
    );
    for (const grant of recorded)
      expect(grant.body).toMatchObject({ audience: 'ehr-api', scope: 'ehr.read' });
    const raw = Buffer.concat(log.records.map((r) => r.record.value)).toString('latin1');
    expect(raw).not.toContain('synthetic-exchanged-');
    expect(raw).not.toContain(STATIC_TOKEN);
    expect(raw).not.toContain(API_KEY);
  });
});
