/**
 * A minimal MCP Streamable HTTP client made of raw POSTs, so the load generator measures the
 * server side and not a client library. It speaks just enough of either era for the
 * benchmark. Stateful: initialize, notifications/initialized, requests with the session id,
 * DELETE to end the session. Stateless (2026-07-28): each request carries its protocol
 * version, capabilities and client info in `_meta`, and the Mcp-Method / Mcp-Name headers.
 */
import type { Pool } from 'undici';

export const PROTOCOL_VERSION = '2025-06-18';
export const STATELESS_PROTOCOL_VERSION = '2026-07-28';

export type Era = 'stateful' | 'stateless';

/** One benchmark client: sends requests and checks their answers. */
export interface McpClient {
  /** Sends one request and returns its result; any other outcome throws a CallFailure. */
  request(method: string, params: Record<string, unknown>): Promise<unknown>;
  close(): Promise<void>;
}

export function openClient(endpoint: McpEndpoint, era: Era, clientName: string): Promise<McpClient> {
  return era === 'stateful'
    ? McpSession.open(endpoint, clientName)
    : Promise.resolve(new StatelessClient(endpoint, clientName));
}

/** Where a client sends its POSTs: the upstream's /mcp or the enforcer's /mcp/<connection>. */
export interface McpEndpoint {
  pool: Pool;
  path: string;
  /** E.g. the bearer token; sent to both targets so the requests are byte-for-byte alike. */
  headers: Record<string, string>;
}

/** A call that did not produce a usable answer. `reason` is short and never holds payload text. */
export class CallFailure extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'CallFailure';
  }
}

interface RpcMessage {
  id?: unknown;
  result?: unknown;
  error?: { code?: unknown; message?: unknown };
}

export class McpSession implements McpClient {
  private nextId = 1;

  private constructor(
    private readonly endpoint: McpEndpoint,
    private readonly sessionId: string,
  ) {}

  static async open(endpoint: McpEndpoint, clientName: string): Promise<McpSession> {
    const init = await post(endpoint, undefined, {
      jsonrpc: '2.0',
      id: 0,
      method: 'initialize',
      params: {
        protocolVersion: PROTOCOL_VERSION,
        capabilities: {},
        clientInfo: { name: clientName, version: '1' },
      },
    });
    if (init.status !== 200) throw new CallFailure(`initialize: HTTP ${init.status}`);
    const sessionId = init.sessionId;
    if (sessionId === undefined) throw new CallFailure('initialize: no Mcp-Session-Id in the answer');
    answerTo(0, init.contentType, init.text, 'initialize');
    const initialized = await post(endpoint, sessionId, {
      jsonrpc: '2.0',
      method: 'notifications/initialized',
    });
    if (initialized.status !== 202 && initialized.status !== 200) {
      throw new CallFailure(`notifications/initialized: HTTP ${initialized.status}`);
    }
    return new McpSession(endpoint, sessionId);
  }

  /** Sends one request and returns its result; any other outcome throws a CallFailure. */
  async request(method: string, params: Record<string, unknown>): Promise<unknown> {
    const id = this.nextId++;
    const answer = await post(this.endpoint, this.sessionId, { jsonrpc: '2.0', id, method, params });
    if (answer.status !== 200) throw new CallFailure(httpFailure(answer));
    return answerTo(id, answer.contentType, answer.text, method);
  }

  async close(): Promise<void> {
    const response = await this.endpoint.pool.request({
      path: this.endpoint.path,
      method: 'DELETE',
      headers: sessionHeaders(this.endpoint, this.sessionId),
    });
    await response.body.dump();
  }
}

/** A 2026-07-28 client: no session, everything a request needs travels with it. */
class StatelessClient implements McpClient {
  private nextId = 1;
  private readonly meta: Record<string, unknown>;

  constructor(
    private readonly endpoint: McpEndpoint,
    clientName: string,
  ) {
    this.meta = {
      'io.modelcontextprotocol/protocolVersion': STATELESS_PROTOCOL_VERSION,
      'io.modelcontextprotocol/clientCapabilities': {},
      'io.modelcontextprotocol/clientInfo': { name: clientName, version: '1' },
    };
  }

  async request(method: string, params: Record<string, unknown>): Promise<unknown> {
    const id = this.nextId++;
    const headers: Record<string, string> = {
      'mcp-protocol-version': STATELESS_PROTOCOL_VERSION,
      'mcp-method': method,
    };
    if (typeof params.name === 'string') headers['mcp-name'] = params.name;
    const message = { jsonrpc: '2.0', id, method, params: { ...params, _meta: this.meta } };
    const answer = await post(this.endpoint, undefined, message, headers);
    if (answer.status !== 200) throw new CallFailure(httpFailure(answer));
    return answerTo(id, answer.contentType, answer.text, method);
  }

  async close(): Promise<void> {}
}

interface PostAnswer {
  status: number;
  contentType: string;
  sessionId: string | undefined;
  text: string;
}

async function post(
  endpoint: McpEndpoint,
  sessionId: string | undefined,
  message: object,
  extraHeaders?: Record<string, string>,
): Promise<PostAnswer> {
  const headers = sessionHeaders(endpoint, sessionId);
  if (extraHeaders) Object.assign(headers, extraHeaders);
  const response = await endpoint.pool.request({
    path: endpoint.path,
    method: 'POST',
    headers,
    body: JSON.stringify(message),
  });
  const text = await response.body.text();
  return {
    status: response.statusCode,
    contentType: single(response.headers['content-type']) ?? '',
    sessionId: single(response.headers['mcp-session-id']),
    text,
  };
}

function sessionHeaders(endpoint: McpEndpoint, sessionId: string | undefined): Record<string, string> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/json, text/event-stream',
    ...endpoint.headers,
  };
  if (sessionId !== undefined) {
    headers['mcp-session-id'] = sessionId;
    headers['mcp-protocol-version'] = PROTOCOL_VERSION;
  }
  return headers;
}

/** The result of the response with the given id, from a JSON body or an SSE stream. */
function answerTo(id: number, contentType: string, text: string, method: string): unknown {
  let messages: RpcMessage[];
  try {
    messages = contentType.startsWith('text/event-stream') ? sseMessages(text) : jsonMessages(text);
  } catch {
    throw new CallFailure(`${method}: answer is not JSON-RPC`);
  }
  const answer = messages.find((m) => m.id === id);
  if (answer === undefined) throw new CallFailure(`${method}: no response with id ${id}`);
  if (answer.error !== undefined) {
    const code = typeof answer.error.code === 'number' ? answer.error.code : '?';
    throw new CallFailure(`${method}: JSON-RPC error ${code}`);
  }
  return answer.result;
}

function jsonMessages(text: string): RpcMessage[] {
  const parsed = JSON.parse(text) as RpcMessage | RpcMessage[];
  return Array.isArray(parsed) ? parsed : [parsed];
}

function sseMessages(text: string): RpcMessage[] {
  const messages: RpcMessage[] = [];
  for (const block of text.split(/\r?\n\r?\n/)) {
    const data = block
      .split(/\r?\n/)
      .filter((line) => line.startsWith('data:'))
      .map((line) => line.slice(line.startsWith('data: ') ? 6 : 5))
      .join('\n');
    if (data.trim() !== '') messages.push(...jsonMessages(data));
  }
  return messages;
}

/** `HTTP 400` plus the JSON-RPC error code when the body carries one (never the message text). */
function httpFailure(answer: PostAnswer): string {
  try {
    const code = (JSON.parse(answer.text) as RpcMessage).error?.code;
    if (typeof code === 'number') return `HTTP ${answer.status}, JSON-RPC error ${code}`;
  } catch {
    // Not JSON: the status alone.
  }
  return `HTTP ${answer.status}`;
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
