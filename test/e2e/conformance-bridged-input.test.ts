/**
 * What a 2026-07-28 client bridged to a stateful upstream may be asked, and what it may send
 * back: found running the official conformance suite against the official "everything"
 * server (a stateful SDK v1 server, over stdio and HTTP) through the gateway.
 *
 * - Revision 2026-07-28 lets a server answer `input_required` only to tools/call, prompts/get
 *   and resources/read (SEP-2322). A stateful server may send a server-to-client request while
 *   it serves any request — the everything server asks for the client's roots shortly after
 *   each session starts, and over stdio that request reaches whatever call is in flight — so
 *   the bridge answered a `resources/templates/list` with `input_required` and no caching
 *   hints. It now refuses such a request upstream, as a client without the capability does,
 *   and the list is answered.
 * - A 2026-07-28 server rejects `inputResponses` that are not answers (null, or a number for
 *   an answer); the stateful upstream never sees them, so the bridge rejects them itself.
 */

import { randomUUID } from 'node:crypto';
import {
  createServer,
  type Server as HttpServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import {
  CallToolRequestSchema,
  GetPromptRequestSchema,
  isInitializeRequest,
  ListRootsResultSchema,
  ListToolsRequestSchema,
} from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  connectModernClient,
  type StatelessGateway,
  startStatelessGateway,
} from '../fixtures/stateless-gateway';

const ENVELOPE = {
  'io.modelcontextprotocol/protocolVersion': '2026-07-28',
  'io.modelcontextprotocol/clientInfo': { name: 'synthetic-client', version: '1.0.0' },
  'io.modelcontextprotocol/clientCapabilities': { roots: {} },
};

interface AskingUpstream {
  url: string;
  /** What each tools/list got when it asked the client for its roots. */
  rootsAsked: string[];
  close(): Promise<void>;
}

/** A stateful SDK v1 server that asks the client for its roots while it lists tools and gets a prompt. */
async function startAskingUpstream(): Promise<AskingUpstream> {
  const rootsAsked: string[] = [];
  const transports = new Map<string, StreamableHTTPServerTransport>();
  const build = () => {
    const server = new Server(
      { name: 'asking-stateful', version: '1.0.0' },
      { capabilities: { tools: {}, prompts: {} } },
    );
    server.setRequestHandler(ListToolsRequestSchema, async (_request, extra) => {
      try {
        const roots = await extra.sendRequest({ method: 'roots/list' }, ListRootsResultSchema);
        rootsAsked.push(`answered:${roots.roots.length}`);
      } catch (err) {
        rootsAsked.push(`refused:${(err as Error).message}`);
      }
      return { tools: [{ name: 'echo', inputSchema: { type: 'object' } }] };
    });
    server.setRequestHandler(CallToolRequestSchema, async () => ({
      content: [{ type: 'text', text: 'echoed' }],
    }));
    server.setRequestHandler(GetPromptRequestSchema, async (_request, extra) => {
      const roots = await extra.sendRequest({ method: 'roots/list' }, ListRootsResultSchema);
      const uris = roots.roots.map((r) => r.uri).join(',');
      return { messages: [{ role: 'user', content: { type: 'text', text: `work in ${uris}` } }] };
    });
    return server;
  };
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body =
      chunks.length > 0 ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown) : undefined;
    const id = req.headers['mcp-session-id'];
    const existing = typeof id === 'string' ? transports.get(id) : undefined;
    if (existing) return existing.handleRequest(req, res, body);
    if (req.method !== 'POST' || !isInitializeRequest(body)) {
      res.writeHead(404).end();
      return;
    }
    const transport = new StreamableHTTPServerTransport({
      sessionIdGenerator: randomUUID,
      onsessioninitialized: (sid) => {
        transports.set(sid, transport);
      },
    });
    await build().connect(transport);
    return transport.handleRequest(req, res, body);
  };
  const http: HttpServer = createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(http.address() as AddressInfo).port}/mcp`,
    rootsAsked,
    async close() {
      await Promise.all([...transports.values()].map((t) => t.close()));
      http.closeAllConnections();
      await new Promise((resolve) => http.close(resolve));
    },
  };
}

/** POSTs one 2026-07-28 request; the HTTP status and the JSON-RPC answer to it (JSON or the SSE stream's). */
async function ask(
  url: string,
  method: string,
  params: Record<string, unknown>,
): Promise<{ status: number; answer: Record<string, unknown> }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      authorization: 'Bearer good',
      'content-type': 'application/json',
      accept: 'application/json, text/event-stream',
      'mcp-protocol-version': '2026-07-28',
      'mcp-method': method,
      ...(typeof params.name === 'string' && { 'mcp-name': params.name }),
    },
    body: JSON.stringify({ jsonrpc: '2.0', id: 9, method, params: { ...params, _meta: ENVELOPE } }),
  });
  const text = await res.text();
  const messages = (res.headers.get('content-type') ?? '').startsWith('text/event-stream')
    ? text
        .split('\n')
        .filter((line) => line.startsWith('data:'))
        .map((line) => JSON.parse(line.slice(5)) as Record<string, unknown>)
    : [JSON.parse(text) as Record<string, unknown>];
  const answer = messages.find((m) => m.id === 9);
  if (!answer) throw new Error(`no answer to ${method}`);
  return { status: res.status, answer };
}

describe('a 2026-07-28 client bridged to a stateful upstream that asks for input', () => {
  let upstream: AskingUpstream;
  let gateway: StatelessGateway;
  let url: string;
  beforeAll(async () => {
    upstream = await startAskingUpstream();
    gateway = await startStatelessGateway([{ name: 'asking', url: upstream.url, era: 'stateful' }]);
    url = `${gateway.base}/mcp/asking`;
  });
  afterAll(async () => {
    await gateway?.close();
    await upstream?.close();
  });

  it('gets its tools/list answered, never input_required: the request during it is refused upstream', async () => {
    const { status, answer } = await ask(url, 'tools/list', {});
    expect(status).toBe(200);
    expect(answer.result).toMatchObject({
      resultType: 'complete',
      tools: [{ name: 'echo' }],
      ttlMs: 0,
      cacheScope: 'private',
    });
    expect(upstream.rootsAsked).toEqual([
      expect.stringMatching(
        /^refused:.*roots\/list: a 2026-07-28 client is asked for input only during tools\/call, prompts\/get or resources\/read, not tools\/list/,
      ),
    ]);
  });

  it('is still asked during prompts/get, and its answer reaches the upstream', async () => {
    const { client } = await connectModernClient(url);
    const prompt = await client.getPrompt({ name: 'workspace' });
    expect(prompt.messages[0]?.content).toEqual({ type: 'text', text: 'work in file:///synthetic/project' });
    await client.close();
  });

  it('has inputResponses that are not answers refused with -32602, nothing forwarded', async () => {
    for (const inputResponses of [null, { user_name: 12345 }, 'yes']) {
      const { status, answer } = await ask(url, 'tools/call', {
        name: 'echo',
        arguments: {},
        inputResponses,
      });
      expect(status).toBe(400);
      expect(answer.error).toMatchObject({
        code: -32602,
        message: expect.stringContaining('inputResponses'),
      });
    }
    const valid = await ask(url, 'tools/call', {
      name: 'echo',
      arguments: {},
      inputResponses: { confirm: { action: 'accept' } },
    });
    expect(valid.answer.result).toMatchObject({
      resultType: 'complete',
      content: [{ type: 'text', text: 'echoed' }],
    });
  });
});
