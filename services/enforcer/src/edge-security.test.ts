/**
 * Security at the edge: DNS rebinding (Host and Origin), authentication before anything else,
 * and the limits a hostile client runs into (body depth, batch size, header size, sessions
 * and requests per identity). Each refusal is a clear JSON-RPC error and nothing is forwarded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, startFixtureServer } from './test-fixtures/fixture-server';
import { startTestGateway, type TestGateway } from './test-fixtures/gateway-harness';
import { rawRequest } from './test-fixtures/raw-http';

const MCP = { accept: 'application/json, text/event-stream', 'content-type': 'application/json' };
const AUTH = { authorization: 'Bearer good' };
const initialize = (protocolVersion = '2025-06-18') =>
  JSON.stringify({
    jsonrpc: '2.0',
    id: 0,
    method: 'initialize',
    params: { protocolVersion, capabilities: {}, clientInfo: { name: 'edge-test', version: '1' } },
  });

describe('security at the edge', () => {
  let upstream: FixtureServer;
  let gateway: TestGateway;
  let host: string;

  beforeAll(async () => {
    upstream = await startFixtureServer();
    gateway = await startTestGateway({
      connections: [{ name: 'fixture', upstream: { url: upstream.url } }],
      allowedOrigins: ['https://console.example'],
      maxBatchSize: 3,
      maxHeaderBytes: 4096,
    });
    host = new URL(gateway.base).host;
  });

  afterAll(async () => {
    await gateway?.close();
    await upstream?.close();
  });

  const post = (headers: Record<string, string>, body = initialize()) =>
    rawRequest(gateway.base, {
      method: 'POST',
      path: '/mcp/fixture',
      headers: { ...MCP, ...AUTH, ...headers },
      body,
    });

  it('refuses a rebound Host or a foreign Origin with 403, before authentication, forwarding nothing', async () => {
    const seenBefore = upstream.seen.authorizations.length;
    const recordsBefore = gateway.log.records.length;
    const rebound = await post({ host: 'attacker.example:80' });
    expect(rebound.status).toBe(403);
    expect(JSON.parse(rebound.body)).toMatchObject({ jsonrpc: '2.0', id: null, error: { code: -31011 } });
    const foreign = await post({ host, origin: 'http://attacker.example' });
    expect(foreign.status).toBe(403);
    expect(JSON.parse(foreign.body).error.message).toMatch(/Origin/);
    // Neither reached the upstream nor the audit log.
    expect(upstream.seen.authorizations.length).toBe(seenBefore);
    expect(gateway.log.records.length).toBe(recordsBefore);
  });

  it('accepts its own loopback names, same-origin pages and configured origins', async () => {
    expect((await post({ host })).status).toBe(200);
    expect((await post({ host: `localhost:${new URL(gateway.base).port}` })).status).toBe(200);
    expect((await post({ host, origin: `http://${host}` })).status).toBe(200);
    expect((await post({ host, origin: 'https://console.example' })).status).toBe(200);
  });

  it('answers an unknown connection only after authentication', async () => {
    const probe = await rawRequest(gateway.base, {
      method: 'POST',
      path: '/mcp/no-such-connection',
      headers: { ...MCP, host },
      body: initialize(),
    });
    expect(probe.status).toBe(401);
    expect(probe.body).not.toContain('no-such-connection');
    const known = await rawRequest(gateway.base, {
      method: 'POST',
      path: '/mcp/no-such-connection',
      headers: { ...MCP, ...AUTH, host },
      body: initialize(),
    });
    expect(known.status).toBe(404);
    expect(JSON.parse(known.body)).toMatchObject({ error: { code: -31012 } });
  });

  it('records a refused token as auth_failure with the claimed issuer and subject, never the token', async () => {
    const payload = Buffer.from(JSON.stringify({ iss: 'https://issuer.example', sub: 'mallory' })).toString(
      'base64url',
    );
    const token = `eyJhbGciOiJFUzI1NiJ9.${payload}.c2lnbmF0dXJl`;
    const res = await post({ host, authorization: `Bearer ${token}`, 'user-agent': 'edge-probe/1' });
    expect(res.status).toBe(401);
    const failure = gateway.events().findLast((e) => e.type === 'auth_failure');
    expect(failure).toMatchObject({
      type: 'auth_failure',
      userAgent: 'edge-probe/1',
      connection: 'fixture',
      body: { httpStatus: 401, claimedIssuer: 'https://issuer.example', claimedSubject: 'mallory' },
    });
    expect(typeof failure?.streamSeq).toBe('number');
    const everything = Buffer.concat(gateway.log.records.map((r) => r.record.value)).toString('latin1');
    expect(everything).not.toContain(token);
    expect(everything).not.toContain('c2lnbmF0dXJl');
  });

  it('refuses a 2,000,000-deep body early, without parsing it', async () => {
    const deep = Buffer.from(`{"jsonrpc":"2.0","id":1,"method":"x","params":${'['.repeat(2_000_000)}`);
    const started = performance.now();
    const res = await post({ host }, deep as unknown as string);
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).error.message).toMatch(/nested deeper than 64/);
    // Parsing it instead takes about 2 s and 137 MB on these machines.
    expect(performance.now() - started).toBeLessThan(1_500);
  });

  it('refuses a batch beyond maxBatchSize and a header block beyond maxHeaderBytes', async () => {
    const notification = { jsonrpc: '2.0', method: 'notifications/initialized' };
    const batch = await post(
      { host },
      JSON.stringify([notification, notification, notification, notification]),
    );
    expect(batch.status).toBe(400);
    expect(JSON.parse(batch.body).error).toMatchObject({
      code: -32600,
      message: expect.stringMatching(/at most 3/),
    });
    const headers = await post({ host, 'x-padding': 'p'.repeat(8_000) });
    expect(headers.status).toBe(431);
  });

  it('caps the open sessions of one identity', async () => {
    const capped = await startTestGateway({
      connections: [{ name: 'fixture', upstream: { url: upstream.url } }],
      maxSessionsPerIdentity: 2,
    });
    try {
      const open = () =>
        rawRequest(capped.base, {
          method: 'POST',
          path: '/mcp/fixture',
          headers: { ...MCP, ...AUTH, host: new URL(capped.base).host },
          body: initialize(),
        });
      expect((await open()).status).toBe(200);
      expect((await open()).status).toBe(200);
      const third = await open();
      expect(third.status).toBe(429);
      expect(JSON.parse(third.body).error).toMatchObject({
        code: -31013,
        message: expect.stringMatching(/at most 2/),
      });
      // The refused initialize opened nothing: no session_started beyond the two.
      expect(capped.events().filter((e) => e.type === 'session_started')).toHaveLength(2);
    } finally {
      await capped.close();
    }
  });

  it('limits the request rate of one identity', async () => {
    const limited = await startTestGateway({
      connections: [{ name: 'fixture', upstream: { url: upstream.url } }],
      rateLimit: { perSecond: 1, burst: 3 },
    });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const res = await rawRequest(limited.base, {
          method: 'POST',
          path: '/mcp/fixture',
          headers: { ...MCP, ...AUTH, host: new URL(limited.base).host },
          body: JSON.stringify({ jsonrpc: '2.0', id: i, method: 'ping' }),
        });
        statuses.push(res.status);
        if (res.status === 429) expect(res.headers['retry-after']).toBe('1');
      }
      expect(statuses.slice(3)).toEqual([429, 429]);
      expect(statuses.slice(0, 3)).not.toContain(429);
    } finally {
      await limited.close();
    }
  });
});
