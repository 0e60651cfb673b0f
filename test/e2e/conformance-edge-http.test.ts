/**
 * HTTP-level abuse at the gateway's edge: a client that trickles its request (slowloris) is cut
 * after `requestTimeoutMs` with 408, a head over `maxHeaderBytes` gets 431, both with a JSON-RPC
 * error body and nothing recorded; a stream that outlives the request timeout is not cut; a
 * repeated Mcp-Session-Id names no session; a Last-Event-ID from another session replays
 * nothing; a page of an admitted origin passes CORS (its preflight needs no token, its answers
 * are readable), a page of any other origin gets 403.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type FixtureServer,
  startFixtureServer,
} from '../../services/enforcer/src/test-fixtures/fixture-server';
import {
  startTestGateway,
  type TestGateway,
} from '../../services/enforcer/src/test-fixtures/gateway-harness';
import { rawRequest } from '../../services/enforcer/src/test-fixtures/raw-http';
import { initializeBody, MCP_POST_HEADERS, RawSession } from '../fixtures/raw-session';

const REQUEST_TIMEOUT_MS = 1000;
/** A browser origin the gateway admits. */
const CONSOLE = 'https://console.example';

/** Writes `text` on a fresh connection and collects what comes back until the gateway closes it. */
function exchangeRaw(
  base: string,
  text: string,
  giveUpMs: number,
): Promise<{ reply: string; closedAfterMs: number }> {
  const url = new URL(base);
  const started = Date.now();
  return new Promise((resolve) => {
    const socket = connect(Number(url.port), url.hostname);
    let reply = '';
    socket.on('data', (chunk) => {
      reply += chunk.toString('utf8');
    });
    socket.on('error', () => {});
    socket.on('close', () => resolve({ reply, closedAfterMs: Date.now() - started }));
    socket.write(text);
    setTimeout(() => socket.destroy(), giveUpMs);
  });
}

function statusAndBody(reply: string): { status: number; body: unknown } {
  const [head = '', body = ''] = reply.split('\r\n\r\n');
  return { status: Number(head.split(' ')[1]), body: JSON.parse(body) };
}

describe('HTTP abuse at the edge', () => {
  let upstream: FixtureServer;
  let gateway: TestGateway;
  let host: string;

  beforeAll(async () => {
    upstream = await startFixtureServer();
    gateway = await startTestGateway({
      connections: [{ name: 'fixture', upstream: { url: upstream.url } }],
      requestTimeoutMs: REQUEST_TIMEOUT_MS,
      allowedOrigins: [CONSOLE],
      maxHeaderBytes: 4096,
    });
    host = new URL(gateway.base).host;
  });

  afterAll(async () => {
    await gateway?.close();
    await upstream?.close();
  });

  const initialize = async (token = 'good') => RawSession.open(gateway.base, '/mcp/fixture', token);

  it('cuts a client that sends its body too slowly with 408 and a JSON-RPC error, recording nothing', async () => {
    const records = gateway.log.records.length;
    const head =
      `POST /mcp/fixture HTTP/1.1\r\nHost: ${host}\r\nAuthorization: Bearer good\r\n` +
      'Content-Type: application/json\r\nAccept: application/json, text/event-stream\r\nContent-Length: 400\r\n\r\n';
    const { reply, closedAfterMs } = await exchangeRaw(gateway.base, `${head}{"jsonrpc":`, 10_000);
    expect(statusAndBody(reply)).toEqual({
      status: 408,
      body: {
        jsonrpc: '2.0',
        id: null,
        error: { code: -32600, message: expect.stringMatching(/Request Timeout/) },
      },
    });
    expect(closedAfterMs).toBeGreaterThanOrEqual(REQUEST_TIMEOUT_MS);
    expect(closedAfterMs).toBeLessThan(REQUEST_TIMEOUT_MS + 2500);
    expect(gateway.log.records.length).toBe(records);
  });

  it('cuts a client that sends its head too slowly with 408', async () => {
    const { reply } = await exchangeRaw(
      gateway.base,
      `POST /mcp/fixture HTTP/1.1\r\nHost: ${host}\r\n`,
      10_000,
    );
    expect(statusAndBody(reply).status).toBe(408);
  });

  it('answers a head over maxHeaderBytes with 431 and a JSON-RPC error', async () => {
    const head = `POST /mcp/fixture HTTP/1.1\r\nHost: ${host}\r\nX-Padding: ${'p'.repeat(8000)}\r\nContent-Length: 2\r\n\r\n{}`;
    const { reply } = await exchangeRaw(gateway.base, head, 10_000);
    expect(statusAndBody(reply)).toEqual({
      status: 431,
      body: { jsonrpc: '2.0', id: null, error: { code: -32600, message: 'Request Header Fields Too Large' } },
    });
  });

  it('does not cut an answer stream that lasts longer than the request timeout', async () => {
    const session = await initialize();
    const call = {
      jsonrpc: '2.0',
      id: 1,
      method: 'tools/call',
      params: { name: 'slow_steps', arguments: { steps: 3, delayMs: 600 } },
    };
    const res = await session.post(call);
    expect(res.status).toBe(200);
    expect(res.body).toContain('slow done 3');
    // Streams tell a reverse proxy not to buffer them.
    expect(res.headers['x-accel-buffering']).toBe('no');
  });

  it('answers a stateful POST whose Accept lacks JSON or SSE with 406, as a server of the revision does', async () => {
    const session = await initialize();
    const ping = { jsonrpc: '2.0', id: 1, method: 'ping' };
    for (const accept of ['application/json', 'text/event-stream', 'text/html', '']) {
      const records = gateway.log.records.length;
      const res = await session.post(ping, { accept });
      expect(res.status, accept).toBe(406);
      expect(JSON.parse(res.body)).toMatchObject({ jsonrpc: '2.0', id: null, error: { code: -32600 } });
      expect(gateway.log.records.length).toBe(records);
    }
    for (const accept of ['*/*', 'text/event-stream;q=0.9, application/json']) {
      expect((await session.post(ping, { accept })).status, accept).toBe(200);
    }
  });

  it('finds no session behind a repeated Mcp-Session-Id, even naming the same session twice', async () => {
    const mine = (await initialize()).id;
    const theirs = (await initialize('other')).id;
    const body = '{"jsonrpc":"2.0","id":1,"method":"ping"}';
    for (const second of [mine, theirs]) {
      const records = gateway.log.records.length;
      const { reply } = await exchangeRaw(
        gateway.base,
        `POST /mcp/fixture HTTP/1.1\r\nHost: ${host}\r\nAuthorization: Bearer good\r\n` +
          'Content-Type: application/json\r\nAccept: application/json, text/event-stream\r\n' +
          `Mcp-Session-Id: ${mine}\r\nMcp-Session-Id: ${second}\r\nMCP-Protocol-Version: 2025-11-25\r\n` +
          `Content-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`,
        5000,
      );
      expect(statusAndBody(reply)).toMatchObject({ status: 404, body: { error: { code: -32001 } } });
      expect(gateway.log.records.length).toBe(records);
    }
  });

  it("replays nothing of another session's stream for its Last-Event-ID", async () => {
    const victim = await initialize();
    const call = {
      jsonrpc: '2.0',
      id: 1,
      method: 'tools/call',
      params: { name: 'count', arguments: { steps: 2 }, _meta: { progressToken: 'synthetic' } },
    };
    const victimStream = await victim.post(call);
    const eventIds = [...victimStream.body.matchAll(/^id: (.+)$/gm)].map((m) => m[1] as string);
    expect(eventIds.length).toBeGreaterThan(2);
    const attacker = (await initialize()).id;
    const abort = new AbortController();
    const resumed = await fetch(`${gateway.base}/mcp/fixture`, {
      signal: abort.signal,
      headers: {
        authorization: 'Bearer good',
        accept: 'text/event-stream',
        'mcp-session-id': attacker,
        'mcp-protocol-version': '2025-11-25',
        'last-event-id': eventIds[0] as string,
      },
    });
    let seen = '';
    const reader = (resumed.body as ReadableStream<Uint8Array>).getReader();
    const timer = setTimeout(() => abort.abort(), 500);
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        seen += new TextDecoder().decode(value);
      }
    } catch {
      // aborted: the stream stayed open and quiet
    }
    clearTimeout(timer);
    expect(seen).not.toContain('progress');
    expect(seen).not.toContain('counted');
  });

  it('answers the preflight of an admitted origin without a token, for any connection name', async () => {
    for (const path of ['/mcp/fixture', '/mcp/no-such-connection']) {
      const res = await rawRequest(gateway.base, {
        method: 'OPTIONS',
        path,
        headers: {
          origin: CONSOLE,
          'access-control-request-method': 'POST',
          'access-control-request-headers':
            'authorization, content-type, mcp-session-id, mcp-param-region, x-other',
        },
      });
      expect(res.status, path).toBe(204);
      expect(res.headers['access-control-allow-origin']).toBe(CONSOLE);
      expect(res.headers['access-control-allow-methods']).toBe('GET, POST, DELETE');
      expect(res.headers['access-control-allow-headers']).toBe(
        'authorization, content-type, mcp-session-id, mcp-param-region',
      );
    }
    const foreign = await rawRequest(gateway.base, {
      method: 'OPTIONS',
      path: '/mcp/fixture',
      headers: { origin: 'https://attacker.example', 'access-control-request-method': 'POST' },
    });
    expect(foreign.status).toBe(403);
    expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('lets an admitted page read answers and the session id, JSON and streams alike; no Origin, no CORS', async () => {
    const init = await rawRequest(gateway.base, {
      method: 'POST',
      path: '/mcp/fixture',
      headers: { ...MCP_POST_HEADERS, origin: CONSOLE },
      body: initializeBody(),
    });
    expect(init.status).toBe(200);
    expect(init.headers['access-control-allow-origin']).toBe(CONSOLE);
    expect(init.headers['access-control-expose-headers']).toMatch(/Mcp-Session-Id/);
    expect(init.headers.vary).toMatch(/Origin/);
    const session = await initialize();
    const call = await session.post(
      { jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'echo', arguments: { text: 'x' } } },
      { origin: CONSOLE },
    );
    expect(call.headers['content-type']).toMatch(/text\/event-stream/);
    expect(call.headers['access-control-allow-origin']).toBe(CONSOLE);
    const unauthenticated = await rawRequest(gateway.base, {
      method: 'POST',
      path: '/mcp/fixture',
      headers: { ...MCP_POST_HEADERS, authorization: 'Bearer forged', origin: CONSOLE },
      body: initializeBody(),
    });
    expect(unauthenticated.status).toBe(401);
    expect(unauthenticated.headers['access-control-allow-origin']).toBe(CONSOLE);
    expect(
      (await session.post({ jsonrpc: '2.0', id: 2, method: 'ping' })).headers['access-control-allow-origin'],
    ).toBeUndefined();
  });

  it('answers a sessionless GET or DELETE of a 2026-07-28 client 405 (its revision has neither), of others 400', async () => {
    for (const method of ['GET', 'DELETE']) {
      const modern = await rawRequest(gateway.base, {
        method,
        path: '/mcp/fixture',
        headers: {
          authorization: 'Bearer good',
          accept: 'text/event-stream',
          'mcp-protocol-version': '2026-07-28',
        },
      });
      expect(modern.status, method).toBe(405);
      expect(modern.headers.allow).toBe('POST');
      expect(JSON.parse(modern.body)).toMatchObject({ jsonrpc: '2.0', id: null, error: { code: -32600 } });
      const legacy = await rawRequest(gateway.base, {
        method,
        path: '/mcp/fixture',
        headers: {
          authorization: 'Bearer good',
          accept: 'text/event-stream',
          'mcp-protocol-version': '2025-11-25',
        },
      });
      expect(legacy.status, method).toBe(400);
    }
  });
});
