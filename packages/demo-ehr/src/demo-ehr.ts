/**
 * The bundled demo MCP server over Streamable HTTP at /mcp: with sessions (Mcp-Session-Id)
 * by default, or stateless. The quickstart puts the gateway in front of it, and tests use
 * it as the upstream whose traffic must come out of the audit pipeline masked.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { createEhrMcpServer, type EhrServerOptions } from './ehr-server';
import { MemoryEventStore } from './memory-event-store';

export interface DemoEhrOptions extends EhrServerOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** No sessions: every POST is handled by a fresh server; GET and DELETE are refused. */
  stateless?: boolean;
  /** Keep SSE events so clients can resume streams with Last-Event-ID (sessions only). */
  resumable?: boolean;
}

export interface DemoEhr {
  /** The MCP endpoint, e.g. http://127.0.0.1:41234/mcp */
  url: string;
  close(): Promise<void>;
}

interface Session {
  server: McpServer;
  transport: StreamableHTTPServerTransport;
}

export async function startDemoEhr(options: DemoEhrOptions = {}): Promise<DemoEhr> {
  const sessions = new Map<string, Session>();
  const handle = options.stateless ? statelessHandler(options) : sessionHandler(options, sessions);

  const http = createServer((req, res) => {
    if (new URL(req.url ?? '/', 'http://localhost').pathname !== '/mcp') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      return;
    }
    handle(req, res).catch(() => {
      if (!res.headersSent) rpcError(res, 500, -32603, 'internal server error');
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { address, port } = http.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;

  return {
    url: `http://${host}:${port}/mcp`,
    async close() {
      await Promise.allSettled([...sessions.values()].map((s) => s.server.close()));
      sessions.clear();
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

function sessionHandler(options: DemoEhrOptions, sessions: Map<string, Session>): Handler {
  return async (req, res) => {
    const sessionId = req.headers['mcp-session-id'];
    if (typeof sessionId === 'string') {
      const session = sessions.get(sessionId);
      if (session === undefined) return rpcError(res, 404, -32001, 'session not found');
      return session.transport.handleRequest(req, res);
    }
    if (req.method !== 'POST') return rpcError(res, 400, -32000, 'Mcp-Session-Id header is required');

    // A POST without a session must be an initialize request; the transport rejects anything else.
    const server = createEhrMcpServer(options);
    const transport: StreamableHTTPServerTransport = new StreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      eventStore: options.resumable ? new MemoryEventStore() : undefined,
      onsessioninitialized: (id) => {
        sessions.set(id, { server, transport });
      },
      onsessionclosed: (id) => {
        sessions.delete(id);
      },
    });
    transport.onclose = () => {
      if (transport.sessionId !== undefined) sessions.delete(transport.sessionId);
    };
    await server.connect(transport);
    await transport.handleRequest(req, res);
    if (transport.sessionId === undefined) await server.close();
  };
}

function statelessHandler(options: DemoEhrOptions): Handler {
  return async (req, res) => {
    if (req.method !== 'POST')
      return rpcError(res, 405, -32000, 'method not allowed: this server is stateless');
    const server = createEhrMcpServer(options);
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
    res.on('close', () => {
      void server.close();
    });
    await server.connect(transport);
    await transport.handleRequest(req, res);
  };
}

function rpcError(res: ServerResponse, status: number, code: number, message: string): void {
  res
    .writeHead(status, { 'content-type': 'application/json' })
    .end(JSON.stringify({ jsonrpc: '2.0', error: { code, message }, id: null }));
}
