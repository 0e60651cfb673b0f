/**
 * The benchmark's upstream: an MCP server that costs next to nothing per call, so what the
 * benchmark measures is the gateway. A bare node:http server answering from prebuilt bytes:
 * `tools/call benchmark_payload {size}` gets a JSON response whose text result is exactly
 * `size` bytes, spliced around the request's id. It speaks both eras on one endpoint:
 *
 * - stateful (2025-06-18 and the other session revisions): `initialize` opens a session
 *   (Mcp-Session-Id), later requests must carry it, DELETE ends it;
 * - stateless (2026-07-28): no session; each request carries its protocol version in
 *   `params._meta` (and the Mcp-Method header); `server/discover` describes the server.
 *
 * It is a benchmark fixture, not a conforming server: it answers what the benchmark sends.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const STATELESS_VERSION = '2026-07-28';
export const PROTOCOL_VERSION_META = 'io.modelcontextprotocol/protocolVersion';
export const BENCH_TOOL = 'benchmark_payload';
const MAX_BODY_BYTES = 64 * 1024;
const MAX_PAYLOAD_BYTES = 1024 * 1024;

interface RpcRequest {
  id?: unknown;
  method?: unknown;
  params?: { name?: unknown; arguments?: { size?: unknown }; _meta?: Record<string, unknown> };
}

export interface MinimalUpstream {
  url: string;
  close(): Promise<void>;
}

export async function startMinimalUpstream(
  options: { host?: string; port?: number } = {},
): Promise<MinimalUpstream> {
  const sessions = new Set<string>();
  const bodies = new PayloadCache();
  const server = createServer((req, res) => {
    if (req.url !== '/mcp') {
      reply(res, [404]);
    } else if (req.method === 'DELETE') {
      reply(res, [sessions.delete(String(req.headers['mcp-session-id'])) ? 200 : 404]);
    } else if (req.method !== 'POST') {
      reply(res, [405]);
    } else {
      readBody(req, (body) =>
        reply(res, body === undefined ? [413] : answerBody(body, req, sessions, bodies)),
      );
    }
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) =>
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve),
  );
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/mcp`, close: () => closeServer(server) };
}

/** Status, body and (for initialize) the new session's id. */
type Answer = [status: number, body?: Buffer, session?: string];

function answerBody(body: string, req: IncomingMessage, sessions: Set<string>, bodies: PayloadCache): Answer {
  let message: RpcRequest;
  try {
    message = JSON.parse(body) as RpcRequest;
  } catch {
    return [400];
  }
  return answer(message, req, sessions, bodies);
}

function answer(
  message: RpcRequest,
  req: IncomingMessage,
  sessions: Set<string>,
  bodies: PayloadCache,
): Answer {
  const id = JSON.stringify(message.id ?? null);
  const stateless = message.params?._meta?.[PROTOCOL_VERSION_META] === STATELESS_VERSION;
  if (message.method === 'initialize') {
    const session = randomUUID();
    sessions.add(session);
    const version = String((message.params as { protocolVersion?: unknown } | undefined)?.protocolVersion);
    return [200, rpcResult(id, initializeResult(version)), session];
  }
  if (message.method === 'server/discover') {
    return [200, rpcResult(id, discoverResult())];
  }
  if (!stateless && !sessions.has(String(req.headers['mcp-session-id']))) {
    return [404, rpcError(id, -32001, 'Session not found')];
  }
  if (message.id === undefined) return [202];
  if (message.method === 'tools/call' && message.params?.name === BENCH_TOOL) {
    const size = Number(message.params.arguments?.size);
    if (!Number.isInteger(size) || size < 0 || size > MAX_PAYLOAD_BYTES) {
      return [200, rpcError(id, -32602, 'size must be an integer from 0 to 1048576')];
    }
    return [200, bodies.get(size, id)];
  }
  if (message.method === 'tools/list') {
    return [200, rpcResult(id, { tools: [benchTool()] })];
  }
  if (message.method === 'ping') return [200, rpcResult(id, {})];
  return [200, rpcError(id, -32601, 'Method not found')];
}

/** Prebuilt halves of each size's response; a call only joins them around its id. */
class PayloadCache {
  private readonly halves = new Map<number, [Buffer, Buffer]>();

  get(size: number, id: string): Buffer {
    let halves = this.halves.get(size);
    if (!halves) {
      const result = { content: [{ type: 'text', text: 'x'.repeat(size) }], isError: false };
      halves = [Buffer.from('{"jsonrpc":"2.0","id":'), Buffer.from(`,"result":${JSON.stringify(result)}}`)];
      this.halves.set(size, halves);
    }
    return Buffer.concat([halves[0], Buffer.from(id), halves[1]]);
  }
}

function reply(res: ServerResponse, [status, body, session]: Answer): void {
  const headers: Record<string, string | number> = { 'content-length': body?.length ?? 0 };
  if (body) headers['content-type'] = 'application/json';
  if (session) headers['mcp-session-id'] = session;
  res.writeHead(status, headers);
  res.end(body);
}

function rpcResult(id: string, result: unknown): Buffer {
  return Buffer.from(`{"jsonrpc":"2.0","id":${id},"result":${JSON.stringify(result)}}`);
}

function rpcError(id: string, code: number, message: string): Buffer {
  return Buffer.from(`{"jsonrpc":"2.0","id":${id},"error":${JSON.stringify({ code, message })}}`);
}

function benchTool() {
  return {
    name: BENCH_TOOL,
    description: 'Returns exactly `size` bytes of text (benchmark fixture).',
    inputSchema: { type: 'object', properties: { size: { type: 'integer' } }, required: ['size'] },
  };
}

function initializeResult(requested: string) {
  return {
    protocolVersion: requested,
    capabilities: { tools: {} },
    serverInfo: { name: 'proctor-bench-upstream', version: '1.0.0' },
  };
}

function discoverResult() {
  return {
    supportedVersions: [STATELESS_VERSION],
    capabilities: { tools: {} },
    serverInfo: { name: 'proctor-bench-upstream', version: '1.0.0' },
  };
}

function readBody(req: IncomingMessage, done: (body: string | undefined) => void): void {
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) tooLarge = true;
    else chunks.push(chunk);
  });
  req.on('end', () => done(tooLarge ? undefined : Buffer.concat(chunks).toString('utf8')));
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
