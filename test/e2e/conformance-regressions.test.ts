/**
 * Behaviours the official MCP conformance suite saw change when a server was reached
 * through the gateway instead of directly; each test fails without the fix it guards.
 * Raw HTTP on the client side where what crosses the wire is what is asserted; the official
 * SDKs where a client's view is.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client as V1Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport as V1Transport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLegacyServer } from '../fixtures/bridging-legacy-server';
import {
  bySession,
  connectModernClient,
  describeEvent,
  type StatelessGateway,
  startStatelessGateway,
} from '../fixtures/stateless-gateway';
import { startStatelessServer } from '../fixtures/stateless-server';

const ENVELOPE = {
  'io.modelcontextprotocol/protocolVersion': '2026-07-28',
  'io.modelcontextprotocol/clientInfo': { name: 'synthetic-client', version: '1.0.0' },
  'io.modelcontextprotocol/clientCapabilities': {},
};

interface Post {
  status: number;
  contentType: string;
  /** The messages of the answer (the JSON body, or each SSE event's data), as they arrive. */
  messages: AsyncIterable<Record<string, unknown>>;
  abort(): void;
}

/** POSTs one stateless request to the gateway with the headers the revision requires. */
async function post(
  url: string,
  body: { id: number; method: string; params: Record<string, unknown> },
  headers: Record<string, string> = {},
): Promise<Post> {
  const abort = new AbortController();
  const name = body.params.name ?? body.params.uri;
  const res = await fetch(url, {
    method: 'POST',
    signal: abort.signal,
    headers: {
      authorization: 'Bearer good',
      'content-type': 'application/json',
      accept: 'application/json, text/event-stream',
      'mcp-protocol-version': '2026-07-28',
      'mcp-method': body.method,
      ...(typeof name === 'string' ? { 'mcp-name': name } : {}),
      ...headers,
    },
    body: JSON.stringify({ jsonrpc: '2.0', ...body }),
  });
  const contentType = res.headers.get('content-type') ?? '';
  return {
    status: res.status,
    contentType,
    messages: messagesOf(res, contentType),
    abort: () => abort.abort(),
  };
}

async function* messagesOf(res: Response, contentType: string): AsyncIterable<Record<string, unknown>> {
  if (!contentType.startsWith('text/event-stream')) {
    yield (await res.json()) as Record<string, unknown>;
    return;
  }
  const decoder = new TextDecoder();
  let buffered = '';
  try {
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      buffered += decoder.decode(chunk, { stream: true });
      let end = buffered.indexOf('\n\n');
      while (end !== -1) {
        const data = buffered
          .slice(0, end)
          .split('\n')
          .filter((l) => l.startsWith('data:'))
          .map((l) => l.slice(5).trimStart())
          .join('\n');
        buffered = buffered.slice(end + 2);
        if (data !== '') yield JSON.parse(data) as Record<string, unknown>;
        end = buffered.indexOf('\n\n');
      }
    }
  } catch (err) {
    if ((err as Error).name !== 'AbortError') throw err;
  }
}

async function first<T>(items: AsyncIterable<T>, count: number): Promise<T[]> {
  const out: T[] = [];
  if (count === 0) return out;
  for await (const item of items) {
    out.push(item);
    if (out.length === count) break;
  }
  return out;
}

/**
 * A 2026-07-28 server that answers with `Content-Type: application/json` and writes one
 * message per line while the body stays open, as the conformance suite's reference server
 * does: progress before a tool result, and a `subscriptions/listen` stream that never ends.
 */
interface LinesServer {
  url: string;
  /** Lets the held tool call write its result. */
  release(): void;
  /** Resolves when the upstream listen stream was closed by its reader. */
  listenClosed: Promise<void>;
  close(): Promise<void>;
}

async function startLinesServer(): Promise<LinesServer> {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let listenClosed = () => {};
  const closed = new Promise<void>((resolve) => {
    listenClosed = resolve;
  });
  const line = (res: ServerResponse, message: unknown) => res.write(`${JSON.stringify(message)}\n`);
  const serve = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { id: number; method: string };
    res.writeHead(200, { 'content-type': 'application/json' });
    if (body.method === 'subscriptions/listen') {
      res.on('close', listenClosed);
      line(res, {
        jsonrpc: '2.0',
        method: 'notifications/subscriptions/acknowledged',
        params: { _meta: { 'io.modelcontextprotocol/subscriptionId': String(body.id) } },
      });
      return;
    }
    line(res, {
      jsonrpc: '2.0',
      method: 'notifications/progress',
      params: { progressToken: 'synthetic', progress: 50, total: 100 },
    });
    await released;
    line(res, {
      jsonrpc: '2.0',
      id: body.id,
      result: { content: [{ type: 'text', text: 'streamed' }], resultType: 'complete' },
    });
    res.end();
  };
  const http: Server = createServer((req, res) => void serve(req, res));
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/mcp`,
    release,
    listenClosed: closed,
    async close() {
      http.closeAllConnections();
      await new Promise((resolve) => http.close(resolve));
    },
  };
}

/** An upstream and a gateway with one connection to it, started around a describe block. */
function gatewayFor<U extends { url: string; close(): Promise<void> }>(
  start: () => Promise<U>,
  connection: { name: string; era: 'auto' | 'stateful' | 'stateless' },
): { upstream: U; gateway: StatelessGateway; url: string } {
  const env = {} as { upstream: U; gateway: StatelessGateway; url: string };
  beforeAll(async () => {
    env.upstream = await start();
    env.gateway = await startStatelessGateway([{ ...connection, url: env.upstream.url }]);
    env.url = `${env.gateway.base}/mcp/${connection.name}`;
  });
  afterAll(async () => {
    await env.gateway?.close();
    await env.upstream?.close();
  });
  return env;
}

describe('an upstream that streams JSON lines in an application/json body', () => {
  const env = gatewayFor(startLinesServer, { name: 'lines', era: 'stateless' });

  it('relays each line as it comes, before the body ends, and records each as a frame', async () => {
    const before = env.gateway.events().length;
    const reply = await post(env.url, {
      id: 7,
      method: 'tools/call',
      params: { name: 'stream', arguments: {}, _meta: ENVELOPE },
    });
    expect(reply.status).toBe(200);
    expect(reply.contentType).toContain('text/event-stream');
    const messages = reply.messages[Symbol.asyncIterator]();
    // The upstream holds its result until the client has seen the progress line.
    const progress = await messages.next();
    expect(progress.value).toEqual({
      jsonrpc: '2.0',
      method: 'notifications/progress',
      params: { progressToken: 'synthetic', progress: 50, total: 100 },
    });
    env.upstream.release();
    const result = await messages.next();
    expect(result.value).toEqual({
      jsonrpc: '2.0',
      id: 7,
      result: { content: [{ type: 'text', text: 'streamed' }], resultType: 'complete' },
    });
    expect((await messages.next()).done).toBe(true);
    await env.gateway.enforcer.emitter.idle();
    const [exchange] = [...bySession(env.gateway.events().slice(before)).values()];
    expect(exchange?.map(describeEvent)).toEqual([
      'session_started',
      'client_to_server:request:tools/call:r0',
      'server_to_client:notification:notifications/progress:r0',
      'server_to_client:response:tools/call:r0',
      'session_ended:exchange_complete',
    ]);
  });

  it('opens a subscriptions/listen stream whose first line arrives while the body stays open', async () => {
    const reply = await post(env.url, {
      id: 8,
      method: 'subscriptions/listen',
      params: { notifications: { toolsListChanged: true }, _meta: ENVELOPE },
    });
    expect(reply.status).toBe(200);
    const [ack] = await first(reply.messages, 1);
    expect(ack).toEqual({
      jsonrpc: '2.0',
      method: 'notifications/subscriptions/acknowledged',
      params: { _meta: { 'io.modelcontextprotocol/subscriptionId': '8' } },
    });
    reply.abort();
    // Closing the client's stream closes the upstream's.
    await env.upstream.listenClosed;
  });
});

describe('a request outside any session naming a protocol version the gateway does not serve', () => {
  // Refused before anything is forwarded: the upstream is never reached.
  const nowhere = async () => ({ url: 'http://127.0.0.1:9/mcp', close: async () => {} });
  const env = gatewayFor(nowhere, { name: 'any', era: 'stateless' });

  const discover = (version: string) => ({
    id: 301,
    method: 'server/discover',
    params: { _meta: { ...ENVELOPE, 'io.modelcontextprotocol/protocolVersion': version } },
  });

  it('is answered with UnsupportedProtocolVersionError: HTTP 400, -32022, the served and the requested versions', async () => {
    const reply = await post(env.url, discover('v999.0.0'), { 'mcp-protocol-version': 'v999.0.0' });
    expect(reply.status).toBe(400);
    expect(await first(reply.messages, 1)).toEqual([
      {
        jsonrpc: '2.0',
        id: 301,
        error: {
          code: -32022,
          message: 'Unsupported protocol version',
          data: { supported: ['2026-07-28'], requested: 'v999.0.0' },
        },
      },
    ]);
  });

  it('is a HeaderMismatch (HTTP 400, -32020) when MCP-Protocol-Version names another version', async () => {
    const reply = await post(env.url, { ...discover('v999.0.0'), id: 302 });
    expect(reply.status).toBe(400);
    const [answer] = await first(reply.messages, 1);
    expect(answer).toMatchObject({ jsonrpc: '2.0', id: 302, error: { code: -32020 } });
  });
});

describe('an upstream that serves both eras (SDK v2 with its default legacy serving), era: auto', () => {
  const env = gatewayFor(() => startStatelessServer({ legacy: 'stateless' }), { name: 'dual', era: 'auto' });

  async function sessionClient(url: string, token?: string): Promise<V1Client> {
    const client = new V1Client({ name: 'synthetic-v1-client', version: '1.0.0' });
    const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
    await client.connect(new V1Transport(new URL(url), { requestInit: { headers } }));
    return client;
  }

  async function seen(client: V1Client) {
    return {
      protocolVersion: (client.transport as V1Transport | undefined)?.protocolVersion,
      capabilities: client.getServerCapabilities(),
      tools: (await client.listTools()).tools.map((t) => t.name),
      echo: (await client.callTool({ name: 'echo', arguments: { item: 'gauze' } })).content,
    };
  }

  it('serves a stateful client unbridged after a stateless client taught it the upstream era', async () => {
    const direct = await sessionClient(env.upstream.url);
    const expected = await seen(direct);
    await direct.close();
    // The first stateless client makes the gateway ask the upstream its era.
    const modern = await connectModernClient(env.url);
    await modern.client.listTools();
    await modern.client.close();
    const before = env.upstream.received.length;
    const client = await sessionClient(env.url, 'good');
    // Bridged, the client would get capabilities without listChanged and a handshake the
    // gateway answers itself; unbridged, it sees exactly what it sees directly.
    expect(await seen(client)).toEqual(expected);
    expect(expected.capabilities?.tools).toEqual({ listChanged: true });
    await client.close();
    // The client's own initialize, and the gateway's question whether the upstream answers one
    // (asked when the first stateful client came, never for the stateless one).
    const initializes = env.upstream.received
      .slice(before)
      .filter((r) => (r.body as { method?: string })?.method === 'initialize')
      .map((r) => (r.body as { params: { clientInfo: { name: string } } }).params.clientInfo.name);
    expect(initializes.sort()).toEqual(['proctor-gateway', 'synthetic-v1-client']);
  });
});

describe('the SSE stream of a 2025-11-25 request', () => {
  const env = gatewayFor(startLegacyServer, { name: 'legacy', era: 'stateful' });

  it('opens with a priming event: an id, a retry field (how soon to reconnect) and empty data', async () => {
    const init = await rawInitialize(env.url);
    const session = {
      'mcp-session-id': init.headers.get('mcp-session-id') ?? '',
      'mcp-protocol-version': '2025-11-25',
    };
    await init.text();
    const call = await fetch(env.url, {
      method: 'POST',
      headers: { ...RAW_HEADERS, ...session },
      body: JSON.stringify({
        jsonrpc: '2.0',
        id: 2,
        method: 'tools/call',
        params: { name: 'slow', arguments: {} },
      }),
    });
    expect(call.headers.get('content-type')).toContain('text/event-stream');
    const [priming] = (await call.text()).split('\n\n');
    const fields = Object.fromEntries(
      (priming ?? '')
        .split('\n')
        .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]),
    );
    expect(fields).toEqual({ id: expect.any(String), retry: '1000', data: '' });
    expect(fields.id).not.toBe('');
  });
});

describe('an initialize that establishes no session', () => {
  const refusing = gatewayFor(() => startStatelessServer(), { name: 'modern-only', era: 'stateful' });
  const nowhere = async () => ({ url: 'http://127.0.0.1:9/mcp', close: async () => {} });
  const unreachable = gatewayFor(nowhere, { name: 'gone', era: 'stateful' });

  it('hands out no Mcp-Session-Id when the upstream answers it with an error', async () => {
    const res = await rawInitialize(refusing.url);
    const body = (await res.json()) as { id: unknown; error?: { code: number } };
    expect(body).toMatchObject({ id: 1, error: { code: expect.any(Number) } });
    expect(res.headers.get('mcp-session-id')).toBeNull();
  });

  it('hands out no Mcp-Session-Id when the upstream cannot be reached', async () => {
    const res = await rawInitialize(unreachable.url);
    expect(res.status).toBe(502);
    expect(await res.json()).toMatchObject({ id: 1, error: { code: -31021 } });
    expect(res.headers.get('mcp-session-id')).toBeNull();
  });
});

describe('a 2026-07-28 client bridged to a stateful upstream', () => {
  const env = gatewayFor(startLegacyServer, { name: 'legacy', era: 'stateful' });

  it('gets 404 and -32601 for the methods revision 2026-07-28 removed, as from a server of it', async () => {
    for (const [id, method] of ['ping', 'logging/setLevel', 'resources/subscribe', 'tasks/list'].entries()) {
      const params = method === 'resources/subscribe' ? { uri: 'ehr://charts/synthetic-1' } : {};
      const reply = await post(env.url, { id, method, params: { ...params, _meta: ENVELOPE } });
      expect(reply.status).toBe(404);
      expect(await first(reply.messages, 1)).toEqual([
        { jsonrpc: '2.0', id, error: { code: -32601, message: expect.stringContaining(method) } },
      ]);
    }
    // The upstream never saw them.
    expect(env.upstream.received.some((m) => (m as { method?: string }).method === 'ping')).toBe(false);
  });
});

const RAW_HEADERS = {
  authorization: 'Bearer good',
  'content-type': 'application/json',
  accept: 'application/json, text/event-stream',
};

/** A 2025-11-25 initialize as raw HTTP, so the test sees exactly what the gateway answers. */
function rawInitialize(url: string): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: RAW_HEADERS,
    body: JSON.stringify({
      jsonrpc: '2.0',
      id: 1,
      method: 'initialize',
      params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'raw', version: '1' } },
    }),
  });
}
