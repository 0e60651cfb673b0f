import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { parseConfig } from '@proctor/config';
import { startDemoEhr } from '@proctor/demo-ehr';
import { type AuditEvent, decodeEvent, encodeEvent, newEventId, nowMicros } from '@proctor/events';
import { silentLogger } from '@proctor/logger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnforcerApp, type EnforcerApp } from './app';
import { MemoryEventLog, testVerifier } from './testing';

const INIT = {
  jsonrpc: '2.0',
  id: 0,
  method: 'initialize',
  params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'unit', version: '1' } },
};
const MCP_HEADERS = { accept: 'application/json, text/event-stream', 'content-type': 'application/json' };

describe('enforcer', () => {
  let demo: { url: string; close(): Promise<void> };
  let closedPort: number;
  let log: MemoryEventLog;
  let enforcer: EnforcerApp;
  let base: string;
  let upstreamHits = 0;
  let counter: Server;

  beforeAll(async () => {
    demo = await startDemoEhr({ host: '127.0.0.1', port: 0 });
    // A port that refuses connections: bind, note the port, close.
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    closedPort = (probe.address() as AddressInfo).port;
    await new Promise((r) => probe.close(r));
    // An upstream that counts requests, to prove fail-closed never forwards.
    counter = createServer((_req, res) => {
      upstreamHits += 1;
      res.writeHead(500).end();
    });
    await new Promise<void>((r) => counter.listen(0, '127.0.0.1', r));
    log = new MemoryEventLog();
    const config = parseConfig({
      enforcer: {
        listen: { port: 0 },
        maxBodyBytes: 64 * 1024,
        connections: [
          { name: 'demo', upstream: { url: demo.url } },
          { name: 'down', upstream: { url: `http://127.0.0.1:${closedPort}/mcp` } },
          {
            name: 'counted',
            upstream: { url: `http://127.0.0.1:${(counter.address() as AddressInfo).port}/mcp` },
          },
        ],
      },
    });
    enforcer = buildEnforcerApp({
      config,
      eventLog: log,
      rawTopic: 'raw',
      verifier: testVerifier,
      encode: encodeEvent,
      newEventId,
      nowMicros,
      logger: silentLogger(),
      gatewayEpoch: 1,
    });
    base = await enforcer.app.listen({ host: '127.0.0.1', port: 0 });
  });

  afterAll(async () => {
    await enforcer.close();
    await demo.close();
    counter.close();
  });

  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${base}${path}`, {
      method: 'POST',
      body,
      headers: { ...MCP_HEADERS, authorization: 'Bearer good', ...headers },
    });

  const eventsOf = (sessionId: string): AuditEvent[] =>
    log.records.map((r) => decodeEvent(r.record.value)).filter((e) => e.sessionId === sessionId);

  async function initialize(protocolVersion = '2025-06-18'): Promise<string> {
    const res = await post(
      '/mcp/demo',
      JSON.stringify({ ...INIT, params: { ...INIT.params, protocolVersion } }),
    );
    expect(res.status).toBe(200);
    await res.text();
    const id = res.headers.get('mcp-session-id');
    if (!id) throw new Error('no session id');
    return id;
  }

  it('records every frame, in order, before the client sees the answer', async () => {
    const session = await initialize();
    const notify = await post(
      '/mcp/demo',
      JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' }),
      {
        'mcp-session-id': session,
        'mcp-protocol-version': '2025-06-18',
      },
    );
    expect(notify.status).toBe(202);
    const list = await post('/mcp/demo', JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }), {
      'mcp-session-id': session,
      'mcp-protocol-version': '2025-06-18',
    });
    expect(list.status).toBe(200);
    expect(await list.text()).toContain('get_patient');
    const events = eventsOf(session);
    expect(events.map((e) => e.seq)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(
      events.map((e) =>
        e.type === 'frame' ? `${e.body.direction}:${e.body.kind}:${e.body.method}` : e.type,
      ),
    ).toEqual([
      'session_started',
      'client_to_server:request:initialize',
      'server_to_client:response:initialize',
      'client_to_server:notification:notifications/initialized',
      'client_to_server:request:tools/list',
      'server_to_client:response:tools/list',
    ]);
    expect(events.every((e) => e.identity.subject === 'tester@example.com')).toBe(true);
    expect(
      log.records.every((r) => r.record.key === session || decodeEvent(r.record.value).sessionId !== session),
    ).toBe(true);
  });

  it('records a JSON-RPC batch as one event per message where the revision has batches (2025-03-26)', async () => {
    const session = await initialize('2025-03-26');
    const before = eventsOf(session).length;
    const res = await post(
      '/mcp/demo',
      JSON.stringify([
        { jsonrpc: '2.0', method: 'notifications/initialized' },
        { jsonrpc: '2.0', method: 'notifications/roots/list_changed' },
      ]),
      { 'mcp-session-id': session, 'mcp-protocol-version': '2025-03-26' },
    );
    expect(res.status).toBe(202);
    const added = eventsOf(session).slice(before);
    expect(added.filter((e) => e.type === 'frame')).toHaveLength(2);
  });

  it('refuses a batch in revisions without batches (2025-06-18 on) and records nothing', async () => {
    const session = await initialize('2025-06-18');
    const before = eventsOf(session).length;
    const res = await post(
      '/mcp/demo',
      JSON.stringify([{ jsonrpc: '2.0', method: 'notifications/initialized' }]),
      { 'mcp-session-id': session, 'mcp-protocol-version': '2025-06-18' },
    );
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      id: null,
      error: { code: -32600, message: expect.stringMatching(/batches/) },
    });
    expect(eventsOf(session).length).toBe(before);
  });

  it('refuses an unsupported MCP-Protocol-Version with 400 and forwards nothing', async () => {
    const session = await initialize('2025-06-18');
    const before = eventsOf(session).length;
    const res = await post('/mcp/demo', JSON.stringify({ jsonrpc: '2.0', id: 3, method: 'tools/list' }), {
      'mcp-session-id': session,
      'mcp-protocol-version': '1999-01-01',
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      error: { code: -32600, message: expect.stringMatching(/protocol version/) },
    });
    expect(eventsOf(session).length).toBe(before);
  });

  it('records a request outside any session as a one-request session that ends last', async () => {
    const res = await post('/mcp/demo', JSON.stringify({ jsonrpc: '2.0', id: 5, method: 'tools/list' }));
    await res.text();
    expect(res.headers.get('mcp-session-id')).toBeNull();
    const all = log.records.map((r) => decodeEvent(r.record.value));
    const sessionId = all.filter((e) => e.type === 'session_started').at(-1)?.sessionId ?? '';
    const events = eventsOf(sessionId);
    expect(events.map((e) => (e.type === 'frame' ? `${e.body.direction}:${e.body.kind}` : e.type))).toEqual([
      'session_started',
      'client_to_server:request',
      'server_to_client:error',
      'session_ended',
    ]);
    expect(events.at(-1)).toMatchObject({ body: { reason: 'stateless_request' } });
  });

  it('answers an unknown connection with 404 and a JSON-RPC error', async () => {
    const res = await post('/mcp/nope', JSON.stringify(INIT));
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({
      error: { code: -31012, message: 'unknown MCP connection "nope"' },
    });
  });

  it('answers malformed JSON with a JSON-RPC parse error, forwards nothing and records the refusal', async () => {
    const before = log.records.length;
    const res = await post('/mcp/demo', '{"jsonrpc": "2.0", "method": ');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ jsonrpc: '2.0', id: null, error: { code: -32700 } });
    const invalid = await post('/mcp/demo', '{"id": 1, "method": "tools/list"}');
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toMatchObject({ error: { code: -32600 } });
    // Recorded only as refusals (auth_failure invalid_request:*), never as frames.
    const recorded = log.records.slice(before).map((r) => decodeEvent(r.record.value));
    expect(recorded.map((e) => e.type === 'auth_failure' && e.body.reason)).toEqual([
      'invalid_request:not_json',
      'invalid_request:not_json_rpc',
    ]);
  });

  it('answers oversized bodies with 413 and wrong media types with 415', async () => {
    const big = JSON.stringify({
      jsonrpc: '2.0',
      id: 1,
      method: 'x',
      params: { pad: 'x'.repeat(70 * 1024) },
    });
    const res = await post('/mcp/demo', big);
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ error: { code: -31023 } });
    const text = await post('/mcp/demo', 'hello', { 'content-type': 'text/plain' });
    expect(text.status).toBe(415);
  });

  it('answers a missing or invalid token with 401 and a challenge', async () => {
    const missing = await fetch(`${base}/mcp/demo`, {
      method: 'POST',
      body: JSON.stringify(INIT),
      headers: MCP_HEADERS,
    });
    expect(missing.status).toBe(401);
    // RFC 6750 §3.1: a request without credentials gets a bare challenge (no error code); MCP
    // authorization asks it to name the connection's protected resource metadata.
    expect(missing.headers.get('www-authenticate')).toBe(
      `Bearer resource_metadata="${base}/.well-known/oauth-protected-resource/mcp/demo"`,
    );
    expect(await missing.json()).toMatchObject({
      error: { code: -31010, message: 'a bearer token is required' },
    });
    const invalid = await post('/mcp/demo', JSON.stringify(INIT), { authorization: 'Bearer forged' });
    expect(invalid.status).toBe(401);
    expect(invalid.headers.get('www-authenticate')).toMatch(
      /^Bearer resource_metadata="[^"]+", error="invalid_token"/,
    );
  });

  it('refuses a session to another identity and an unknown session id', async () => {
    const session = await initialize();
    const stolen = await post('/mcp/demo', JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }), {
      'mcp-session-id': session,
      authorization: 'Bearer other',
    });
    expect(stolen.status).toBe(403);
    const unknown = await post('/mcp/demo', JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }), {
      'mcp-session-id': 'no-such-session',
    });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { code: -32001 } });
  });

  it('answers an unreachable upstream with 502 and a JSON-RPC error for the request, and records it', async () => {
    const res = await post('/mcp/down', JSON.stringify(INIT));
    expect(res.status).toBe(502);
    const body = (await res.json()) as { id: number; error: { code: number; message: string } };
    expect(body.id).toBe(0);
    expect(body.error.code).toBe(-31021);
    expect(body.error.message).toMatch(/connection "down" is unreachable/);
    const recorded = log.records
      .map((r) => decodeEvent(r.record.value))
      .filter((e) => e.connection === 'down');
    expect(recorded.map((e) => (e.type === 'frame' ? e.body.kind : e.type))).toEqual([
      'session_started',
      'request',
      'error',
      'session_ended',
    ]);
    // The session never got established: it is ended at once, not left to the idle sweep.
    expect(recorded.at(-1)).toMatchObject({ body: { reason: 'never_established' } });
    expect(recorded.map((e) => e.seq)).toEqual([0, 1, 2, 3]);
  });

  it('fails closed when the event log cannot take the event: nothing reaches the upstream', async () => {
    log.failing = true;
    try {
      const res = await post('/mcp/counted', JSON.stringify(INIT));
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({
        error: { code: -31020, message: expect.stringMatching(/not forwarded/) },
      });
      expect(upstreamHits).toBe(0);
    } finally {
      log.failing = false;
    }
  });

  it('ends the session on DELETE and records why', async () => {
    const session = await initialize();
    const res = await fetch(`${base}/mcp/demo`, {
      method: 'DELETE',
      headers: {
        authorization: 'Bearer good',
        'mcp-session-id': session,
        'mcp-protocol-version': '2025-06-18',
      },
    });
    expect(res.status).toBe(200);
    const last = eventsOf(session).at(-1);
    expect(last).toMatchObject({
      type: 'session_ended',
      body: { reason: 'client_delete', finalSeq: last?.seq },
    });
    expect(await enforcer.sessions.get(session)).toBeNull();
  });

  it('relays progress notifications and log messages on the SSE stream, recording each', async () => {
    const collect = async (url: string, headers: Record<string, string>) => {
      const transport = new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers } });
      const client = new Client({ name: 'progress-test', version: '1' });
      await client.connect(transport);
      const progress: number[] = [];
      const result = await client.callTool(
        { name: 'export_chart', arguments: { mrn: 'MRN-100001', steps: 3 } },
        undefined,
        {
          onprogress: (p) => progress.push(p.progress),
        },
      );
      const sessionId = transport.sessionId ?? '';
      await client.close();
      return { progress, result, sessionId };
    };
    const direct = await collect(demo.url, {});
    const proxied = await collect(`${base}/mcp/demo`, { authorization: 'Bearer good' });
    expect(proxied.progress).toEqual(direct.progress);
    expect(proxied.progress.length).toBe(3);
    expect(proxied.result).toEqual(direct.result);
    const methods = eventsOf(proxied.sessionId).flatMap((e) => (e.type === 'frame' ? [e.body.method] : []));
    expect(methods.filter((m) => m === 'notifications/progress')).toHaveLength(3);
    expect(methods).toContain('notifications/message');
  });

  it('opens the GET stream of a session through the gateway, and requires a session for it', async () => {
    const session = await initialize();
    const abort = new AbortController();
    const stream = await fetch(`${base}/mcp/demo`, {
      headers: { authorization: 'Bearer good', accept: 'text/event-stream', 'mcp-session-id': session },
      signal: abort.signal,
    });
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(stream.headers.get('mcp-session-id')).toBe(session);
    abort.abort();
    const without = await fetch(`${base}/mcp/demo`, {
      headers: { authorization: 'Bearer good', accept: 'text/event-stream' },
    });
    expect(without.status).toBe(400);
  });

  it('ends idle sessions, records why, and releases the upstream session', async () => {
    const session = await initialize();
    const upstreamId = (await enforcer.sessions.get(session))?.upstreamSessionId;
    expect(upstreamId).toBeTruthy();
    await enforcer.sweepIdle(Date.now() + 61 * 60_000);
    expect(await enforcer.sessions.get(session)).toBeNull();
    expect(eventsOf(session).at(-1)).toMatchObject({
      type: 'session_ended',
      body: { reason: 'idle_timeout' },
    });
    // The upstream forgot the session too: using its id directly is now refused.
    const direct = await fetch(demo.url, {
      method: 'POST',
      headers: { ...MCP_HEADERS, 'mcp-session-id': upstreamId ?? '', 'mcp-protocol-version': '2025-06-18' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 9, method: 'tools/list' }),
    });
    expect(direct.status).toBe(404);
    const reused = await post('/mcp/demo', JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }), {
      'mcp-session-id': session,
    });
    expect(reused.status).toBe(404);
  });
});
