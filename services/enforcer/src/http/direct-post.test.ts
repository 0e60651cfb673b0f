/**
 * The MCP POST served in front of fastify (direct-post.ts) answers exactly as the fastify
 * route does: the same request through a real socket and through `app.inject` (which always
 * goes through fastify) gets the same status, headers that matter and body, for every refusal
 * the edge makes. A fastify hook counting MCP requests shows which path served each one.
 */
import { parseConfig } from '@proctor/config';
import { encodeEvent, newEventId, nowMicros } from '@proctor/events';
import { silentLogger } from '@proctor/logger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnforcerApp, type EnforcerApp } from '../app';
import { type FixtureServer, startFixtureServer } from '../test-fixtures/fixture-server';
import { rawRequest } from '../test-fixtures/raw-http';
import { MemoryEventLog, testVerifier } from '../testing';

const MAX_BODY = 4096;
const JSON_HEADERS = { accept: 'application/json, text/event-stream', 'content-type': 'application/json' };
const AUTH = { authorization: 'Bearer good' };
const initialize = JSON.stringify({
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: {
    protocolVersion: '2025-06-18',
    capabilities: {},
    clientInfo: { name: 'direct-test', version: '1' },
  },
});

/** The parts of an answer a client acts on; Date and connection headers differ by nature. */
const COMPARED_HEADERS = ['content-type', 'content-length', 'www-authenticate', 'retry-after'] as const;

interface Case {
  name: string;
  path: string;
  headers: Record<string, string>;
  body: string;
  status: number;
  /** JSON-RPC error code of the body. */
  rpcCode: number;
  /** Whether the direct route serves it (else fastify does). */
  direct: boolean;
}

describe('the direct MCP POST route', () => {
  let upstream: FixtureServer;
  let enforcer: EnforcerApp;
  let base: string;
  let host: string;
  let fastifyMcpRequests = 0;

  beforeAll(async () => {
    upstream = await startFixtureServer();
    enforcer = buildEnforcerApp({
      config: parseConfig({
        enforcer: {
          listen: { port: 0 },
          maxBodyBytes: MAX_BODY,
          connections: [{ name: 'fixture', upstream: { url: upstream.url } }],
        },
      }),
      eventLog: new MemoryEventLog(),
      rawTopic: 'raw',
      verifier: testVerifier,
      encode: encodeEvent,
      newEventId,
      nowMicros,
      logger: silentLogger(),
      gatewayEpoch: 1,
    });
    enforcer.app.addHook('onRequest', (req, _reply, done) => {
      if (req.url.startsWith('/mcp/')) fastifyMcpRequests++;
      done();
    });
    base = await enforcer.app.listen({ host: '127.0.0.1', port: 0 });
    host = new URL(base).host;
  });

  afterAll(async () => {
    await enforcer?.close();
    await upstream?.close();
  });

  const cases = (): Case[] => [
    {
      name: '401 without a token',
      path: '/mcp/fixture',
      headers: { ...JSON_HEADERS, host },
      body: initialize,
      status: 401,
      rpcCode: -31010,
      direct: true,
    },
    {
      name: '404 for an unknown connection',
      path: '/mcp/no-such-connection',
      headers: { ...JSON_HEADERS, ...AUTH, host },
      body: initialize,
      status: 404,
      rpcCode: -31012,
      direct: true,
    },
    {
      name: '-32700 for a malformed body',
      path: '/mcp/fixture',
      headers: { ...JSON_HEADERS, ...AUTH, host },
      body: '{"jsonrpc":"2.0","id":1,',
      status: 400,
      rpcCode: -32700,
      direct: true,
    },
    {
      name: '403 for a rebound Host',
      path: '/mcp/fixture',
      headers: { ...JSON_HEADERS, ...AUTH, host: 'attacker.example' },
      body: initialize,
      status: 403,
      rpcCode: -31011,
      direct: true,
    },
    {
      name: '403 for a foreign Origin',
      path: '/mcp/fixture',
      headers: { ...JSON_HEADERS, ...AUTH, host, origin: 'http://attacker.example' },
      body: initialize,
      status: 403,
      rpcCode: -31011,
      direct: true,
    },
    {
      name: '413 for a body over the limit',
      path: '/mcp/fixture',
      headers: { ...JSON_HEADERS, ...AUTH, host },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'ping', params: { pad: 'x'.repeat(MAX_BODY) } }),
      status: 413,
      rpcCode: -31023,
      direct: false,
    },
    {
      name: '415 for another Content-Type',
      path: '/mcp/fixture',
      headers: { ...JSON_HEADERS, ...AUTH, host, 'content-type': 'text/plain' },
      body: initialize,
      status: 415,
      rpcCode: -31024,
      direct: false,
    },
  ];

  it('answers every refusal exactly as the fastify route does', async () => {
    for (const c of cases()) {
      const before = fastifyMcpRequests;
      const socket = await rawRequest(base, {
        method: 'POST',
        path: c.path,
        headers: c.headers,
        body: c.body,
      });
      const servedByFastify = fastifyMcpRequests - before;
      const injected = await enforcer.app.inject({
        method: 'POST',
        url: c.path,
        headers: c.headers,
        payload: c.body,
      });
      expect({ case: c.name, viaFastify: servedByFastify }).toEqual({
        case: c.name,
        viaFastify: c.direct ? 0 : 1,
      });
      expect({ case: c.name, status: socket.status }).toEqual({ case: c.name, status: c.status });
      expect(JSON.parse(socket.body).error.code, c.name).toBe(c.rpcCode);
      expect({ case: c.name, status: injected.statusCode, body: injected.body }).toEqual({
        case: c.name,
        status: socket.status,
        body: socket.body,
      });
      for (const name of COMPARED_HEADERS) {
        expect({ case: c.name, header: name, value: socket.headers[name] }).toEqual({
          case: c.name,
          header: name,
          value: injected.headers[name],
        });
      }
    }
  });

  it('serves a call end to end without fastify, with the same answer as through fastify', async () => {
    const before = fastifyMcpRequests;
    const socket = await rawRequest(base, {
      method: 'POST',
      path: '/mcp/fixture',
      headers: { ...JSON_HEADERS, ...AUTH, host },
      body: initialize,
    });
    expect(fastifyMcpRequests).toBe(before);
    const injected = await enforcer.app.inject({
      method: 'POST',
      url: '/mcp/fixture',
      headers: { ...JSON_HEADERS, ...AUTH, host },
      payload: initialize,
    });
    expect(fastifyMcpRequests).toBe(before + 1);
    expect(socket.status).toBe(200);
    expect(injected.statusCode).toBe(200);
    expect(socket.headers['mcp-session-id']).toEqual(expect.any(String));
    expect(injected.headers['mcp-session-id']).toEqual(expect.any(String));
    expect(socket.headers['content-type']).toBe(injected.headers['content-type']);
    const result = (text: string) =>
      JSON.parse(text.startsWith('{') ? text : text.replace(/^[\s\S]*?data: /, ''));
    expect(result(socket.body).result.serverInfo).toEqual(result(injected.body).result.serverInfo);
  });
});
