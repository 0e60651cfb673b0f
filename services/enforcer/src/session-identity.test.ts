/**
 * A stateful session is bound to its caller (issuer and subject), and every request in it is
 * decided under the identity its own token proves now — not the one the session started with:
 * a caller whose groups were taken away since cannot keep using them through an open session.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestStage } from './core/stages';
import { type FixtureServer, startFixtureServer } from './test-fixtures/fixture-server';
import { startTestGateway, type TestGateway } from './test-fixtures/gateway-harness';
import { initializeRequest, rawRequest } from './test-fixtures/raw-http';
import { TEST_IDENTITY } from './testing';

const ADMIN = { ...TEST_IDENTITY, groups: ['qa', 'admins'] };
const DEMOTED = { ...TEST_IDENTITY, groups: ['qa'] };
const MCP = { accept: 'application/json, text/event-stream', 'content-type': 'application/json' };

const adminsOnly: RequestStage = {
  name: 'admins-only',
  async onRequest(exchange) {
    if (exchange.method !== 'tools/call' || exchange.identity.groups.includes('admins'))
      return { action: 'allow' };
    return { action: 'deny', code: -31014, message: 'admins only' };
  },
};

describe('identity of a request in a session', () => {
  let upstream: FixtureServer;
  let gateway: TestGateway;

  beforeAll(async () => {
    upstream = await startFixtureServer();
    gateway = await startTestGateway(
      { connections: [{ name: 'fixture', upstream: { url: upstream.url } }] },
      {
        stages: { request: [adminsOnly], response: [] },
        verifier: {
          async verify(authorization) {
            if (authorization === 'Bearer admin') return ADMIN;
            if (authorization === 'Bearer demoted') return DEMOTED;
            throw Object.assign(new Error('the token is not valid'), {
              httpStatus: 401,
              code: 'TOKEN_INVALID',
            });
          },
        },
      },
    );
  });

  afterAll(async () => {
    await gateway?.close();
    await upstream?.close();
  });

  const post = (token: string, body: unknown, sessionId?: string) =>
    rawRequest(gateway.base, {
      method: 'POST',
      path: '/mcp/fixture',
      headers: {
        ...MCP,
        authorization: `Bearer ${token}`,
        ...(sessionId && { 'mcp-session-id': sessionId, 'mcp-protocol-version': '2025-06-18' }),
      },
      body: JSON.stringify(body),
    });

  it('decides each request under the groups its own token carries', async () => {
    const init = await post('admin', initializeRequest('2025-06-18', { name: 'id-test', version: '1' }));
    expect(init.status).toBe(200);
    const sessionId = init.headers['mcp-session-id'];
    if (typeof sessionId !== 'string') throw new Error('no session id');
    await post('admin', { jsonrpc: '2.0', method: 'notifications/initialized' }, sessionId);
    const call = {
      jsonrpc: '2.0',
      method: 'tools/call',
      params: { name: 'echo', arguments: { text: 'hi' } },
    };
    const asAdmin = await post('admin', { ...call, id: 1 }, sessionId);
    expect(asAdmin.body).not.toContain('admins only');
    // Same issuer and subject, so the session is theirs; but the token no longer carries the group.
    const demoted = await post('demoted', { ...call, id: 2 }, sessionId);
    expect(demoted.body).toContain('admins only');
  });
});
