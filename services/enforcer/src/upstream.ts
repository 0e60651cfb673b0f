import type { Readable } from 'node:stream';
import type { ConnectionConfig } from '@proctor/config';
import { ProctorError } from '@proctor/errors';
import { Pool } from 'undici';

/** Request headers a client may pass through to the upstream MCP server. */
const FORWARDED_REQUEST_HEADERS = [
  'accept',
  'content-type',
  'mcp-protocol-version',
  'last-event-id',
  'user-agent',
];

export type UpstreamErrorCode = 'UPSTREAM_UNREACHABLE' | 'UPSTREAM_TIMEOUT';

export class UpstreamError extends ProctorError<UpstreamErrorCode> {
  constructor(code: UpstreamErrorCode, httpStatus: number, message: string) {
    super(message, { code, httpStatus, retryable: true });
  }
}

export interface UpstreamResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Readable & { text(): Promise<string>; arrayBuffer(): Promise<ArrayBuffer>; dump(): Promise<void> };
}

export interface UpstreamRequest {
  method: 'POST' | 'GET' | 'DELETE';
  sessionId: string | null;
  clientHeaders: Record<string, string | string[] | undefined>;
  body?: Buffer;
  signal?: AbortSignal;
}

/** One pooled HTTP client per configured connection. */
export class Upstream {
  private readonly pool: Pool;
  private readonly path: string;

  constructor(private readonly connection: ConnectionConfig) {
    const url = new URL(connection.upstream.url);
    this.path = `${url.pathname}${url.search}`;
    this.pool = new Pool(url.origin, { connections: 128, keepAliveTimeout: 30_000 });
  }

  async send(request: UpstreamRequest): Promise<UpstreamResponse> {
    const headers: Record<string, string> = {};
    for (const name of FORWARDED_REQUEST_HEADERS) {
      const value = request.clientHeaders[name];
      if (typeof value === 'string') headers[name] = value;
    }
    Object.assign(headers, this.connection.upstream.headers);
    if (request.sessionId) headers['mcp-session-id'] = request.sessionId;
    try {
      const response = await this.pool.request({
        path: this.path,
        method: request.method,
        headers,
        body: request.body ?? null,
        signal: request.signal ?? null,
        headersTimeout: this.connection.upstream.timeoutMs,
        // Streams (SSE) stay open for as long as the session lives.
        bodyTimeout: 0,
      });
      return { status: response.statusCode, headers: response.headers, body: response.body };
    } catch (err) {
      throw this.describe(err);
    }
  }

  private describe(err: unknown): Error {
    const code = (err as { code?: string }).code;
    const name = this.connection.name;
    if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_CONNECT_TIMEOUT') {
      return new UpstreamError(
        'UPSTREAM_TIMEOUT',
        504,
        `upstream MCP server of connection "${name}" did not answer in time`,
      );
    }
    if ((err as Error).name === 'AbortError') return err as Error;
    return new UpstreamError(
      'UPSTREAM_UNREACHABLE',
      502,
      `upstream MCP server of connection "${name}" is unreachable (${code ?? 'connection failed'})`,
    );
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

export function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
