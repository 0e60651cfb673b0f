/**
 * `proctor replay BUNDLE --serve PORT`: a sandbox MCP server that answers the recorded requests
 * with the recorded (masked) answers, so an auditor can re-run a session with any MCP client.
 * It speaks the era the session was recorded in: the stateful era with an initialize handshake
 * and Mcp-Session-Id, the stateless era per request. A request is matched to the recording by
 * method and canonical params (without _meta); failing that, to the next unanswered recorded
 * request of the same method (and tool). Nothing leaves this process: there is no upstream.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { canonicalJson, type JsonValue } from '@proctor/integrity';
import {
  comparableParams,
  type JsonRpcMessage,
  type RecordedExchange,
  type RecordedSession,
} from './recorded-exchanges';

export interface ReplayServer {
  url: string;
  /** Requests that matched nothing in the recording. */
  unmatched: { method: string }[];
  close(): Promise<void>;
}

const MAX_BODY = 16 * 1024 * 1024;

export async function serveReplay(
  sessions: readonly RecordedSession[],
  options: { host?: string; port?: number; path?: string } = {},
): Promise<ReplayServer> {
  const exchanges = sessions.flatMap((s) => s.exchanges).filter((e) => e.answer !== null);
  const stateless = sessions.every((s) => s.era === 'stateless');
  const protocolVersion = sessions.find((s) => s.protocolVersion !== '')?.protocolVersion ?? '';
  const path = options.path ?? '/mcp';
  const used = new Set<RecordedExchange>();
  const live = new Set<string>();
  const unmatched: { method: string }[] = [];

  const find = (request: JsonRpcMessage): RecordedExchange | undefined => {
    const params = canonicalJson(comparableParams(request) as JsonValue);
    const tool = toolOf(request);
    const exact = exchanges.find(
      (e) =>
        !used.has(e) &&
        e.request.method === request.method &&
        canonicalJson(comparableParams(e.request) as JsonValue) === params,
    );
    return (
      exact ??
      exchanges.find(
        (e) => !used.has(e) && e.request.method === request.method && toolOf(e.request) === tool,
      ) ??
      // A request asked again (clients retry, list twice): answer as recorded before.
      exchanges.find(
        (e) =>
          e.request.method === request.method &&
          canonicalJson(comparableParams(e.request) as JsonValue) === params,
      )
    );
  };

  const answer = (request: JsonRpcMessage): JsonRpcMessage => {
    const found = find(request);
    if (!found?.answer) {
      unmatched.push({ method: String(request.method) });
      return {
        jsonrpc: '2.0',
        id: request.id ?? null,
        error: {
          code: -32601,
          message: `replay: the recording has no answer to this ${String(request.method)} request`,
        },
      };
    }
    used.add(found);
    return { ...found.answer, id: request.id ?? null };
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://replay');
    if (url.pathname !== path) return void res.writeHead(404).end();
    if (req.method === 'DELETE') {
      const id = header(req, 'mcp-session-id');
      if (id) live.delete(id);
      return void res.writeHead(200).end();
    }
    if (req.method === 'GET') return void res.writeHead(405, { allow: 'POST, DELETE' }).end();
    if (req.method !== 'POST') return void res.writeHead(405, { allow: 'POST, DELETE' }).end();
    const body = await readBody(req);
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return json(res, 400, { jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Parse error' } });
    }
    const messages = (Array.isArray(parsed) ? parsed : [parsed]) as JsonRpcMessage[];
    const headers: Record<string, string> = {};
    if (protocolVersion) headers['mcp-protocol-version'] = protocolVersion;
    if (!stateless) {
      const initialize = messages.find((m) => m.method === 'initialize');
      const sessionId = header(req, 'mcp-session-id');
      if (initialize) {
        const id = randomUUID();
        live.add(id);
        headers['mcp-session-id'] = id;
      } else if (!sessionId || !live.has(sessionId)) {
        return json(res, sessionId ? 404 : 400, {
          jsonrpc: '2.0',
          id: null,
          error: {
            code: -32000,
            message: sessionId ? 'Session not found' : 'Bad Request: Mcp-Session-Id header is required',
          },
        });
      } else {
        headers['mcp-session-id'] = sessionId;
      }
    }
    const answers = messages
      .filter((m) => m.method !== undefined && m.id !== undefined && m.id !== null)
      .map(answer);
    if (answers.length === 0) return void res.writeHead(202, headers).end();
    json(res, 200, Array.isArray(parsed) ? answers : answers[0], headers);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}${path}`,
    unmatched,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function toolOf(message: JsonRpcMessage): string | null {
  const name = message.params?.name;
  return message.method === 'tools/call' && typeof name === 'string' ? name : null;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function json(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error('request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
