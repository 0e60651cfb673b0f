import type { Readable } from 'node:stream';
import { type Dispatcher, errors, Pool } from 'undici';
import { JsonLineSplitter, opensMessageStream } from './json-lines';
import type {
  McpUpstream,
  UpstreamCallBase,
  UpstreamListen,
  UpstreamProbe,
  UpstreamReply,
  UpstreamSend,
  UpstreamSseEvent,
} from './port';
import { UpstreamError } from './port';
import { type SseByteEvent, SseByteParser } from './sse-bytes';

export interface StreamableHttpOptions {
  /** Connection name, for error messages. */
  name: string;
  url: string;
  /** Time to establish the TCP/TLS connection. */
  connectTimeoutMs: number;
  /** Time from sending a request to the response headers, and between two chunks of a JSON body. */
  readTimeoutMs: number;
  connections?: number;
}

/** Response headers worth relaying to the client. */
const RELAYED = ['cache-control', 'mcp-protocol-version'] as const;

/**
 * Streamable HTTP transport to an upstream MCP server (both protocol eras): one keep-alive
 * pool per connection. The answer's body is read once, as bytes (JSON) or as SSE events.
 */
export class StreamableHttpUpstream implements McpUpstream {
  readonly transport = 'streamable-http' as const;
  private readonly pool: Pool;
  private readonly path: string;

  constructor(private readonly options: StreamableHttpOptions) {
    const url = new URL(options.url);
    this.path = `${url.pathname}${url.search}`;
    this.pool = new Pool(url.origin, {
      connections: options.connections ?? 128,
      keepAliveTimeout: 30_000,
      connect: { timeout: options.connectTimeoutMs },
    });
  }

  async send(call: UpstreamSend): Promise<UpstreamReply> {
    const headers = this.headers(call, 'application/json, text/event-stream');
    headers['content-type'] = 'application/json';
    return this.request('POST', headers, call.body, call.signal);
  }

  async listen(call: UpstreamListen): Promise<UpstreamReply> {
    const headers = this.headers(call, 'text/event-stream');
    if (call.lastEventId !== null) headers['last-event-id'] = call.lastEventId;
    return this.request('GET', headers, null, call.signal);
  }

  async closeSession(call: UpstreamCallBase): Promise<void> {
    if (call.upstreamSessionId === null) return;
    const reply = await this.request('DELETE', this.headers(call, 'application/json'), null, call.signal);
    if (reply.type === 'sse') await drain(reply.events);
  }

  async probe(timeoutMs: number): Promise<UpstreamProbe> {
    try {
      const response = await this.pool.request({
        path: this.path,
        method: 'GET',
        headers: { accept: 'text/event-stream' },
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
        signal: AbortSignal.timeout(timeoutMs),
      });
      // Any HTTP answer proves the server is up: GET without a session is 400 or 405 there.
      await response.body.dump();
      return { reachable: true, detail: `HTTP ${response.statusCode}` };
    } catch (err) {
      return { reachable: false, detail: this.describe(err).message };
    }
  }

  close(): Promise<void> {
    return this.pool.close();
  }

  private headers(call: UpstreamCallBase, accept: string): Record<string, string> {
    // Only what the gateway decides goes upstream: never the client's own headers.
    const headers: Record<string, string> = { ...call.headers, accept };
    if (call.upstreamSessionId !== null) headers['mcp-session-id'] = call.upstreamSessionId;
    if (call.protocolVersion !== null) headers['mcp-protocol-version'] = call.protocolVersion;
    return headers;
  }

  private async request(
    method: 'POST' | 'GET' | 'DELETE',
    headers: Record<string, string>,
    body: Buffer | null,
    signal: AbortSignal | undefined,
  ): Promise<UpstreamReply> {
    let response: Dispatcher.ResponseData;
    try {
      response = await this.pool.request({
        path: this.path,
        method,
        headers,
        body,
        signal: signal ?? null,
        headersTimeout: this.options.readTimeoutMs,
        // SSE streams stay open as long as the exchange lives; JSON bodies get the read timeout below.
        bodyTimeout: 0,
      });
    } catch (err) {
      throw this.describe(err);
    }
    const status = response.statusCode;
    const sessionId = single(response.headers['mcp-session-id']) ?? null;
    const relayed: Record<string, string> = {};
    for (const name of RELAYED) {
      const value = single(response.headers[name]);
      if (value !== undefined) relayed[name] = value;
    }
    const contentType = single(response.headers['content-type']) ?? null;
    const base = { status, sessionId, headers: relayed };
    if (contentType?.startsWith('text/event-stream') && status < 300) {
      return { ...base, type: 'sse', events: this.events(response.body) };
    }
    const lines = method === 'POST' && status < 300 && contentType?.startsWith('application/json') === true;
    const read = await this.readBody(response.body, lines);
    if (!Buffer.isBuffer(read)) return { ...base, type: 'sse', events: read };
    const bytes = read;
    if (bytes.length === 0 && (status === 202 || status === 204 || status < 300)) {
      return { ...base, type: 'accepted' };
    }
    if (contentType?.startsWith('application/json')) return { ...base, type: 'json', body: bytes };
    return { ...base, type: 'other', contentType, body: bytes };
  }

  /**
   * Reads a JSON body whole, under the read timeout. With `lines`, a body whose first line is
   * a message with a method is a stream of JSON lines (see json-lines.ts): its messages are
   * returned as events, read as they come and without the timeout, like an SSE stream.
   */
  private async readBody(body: Readable, lines = false): Promise<Buffer | AsyncIterable<UpstreamSseEvent>> {
    const chunks: Buffer[] = [];
    const timeoutMs = this.options.readTimeoutMs;
    let timer: NodeJS.Timeout | undefined;
    let looking = lines;
    // One timer per body, restarted by each chunk.
    const arm = () => {
      if (timer) timer.refresh();
      else timer = setTimeout(() => body.destroy(new errors.BodyTimeoutError()), timeoutMs);
    };
    const iterator = (body as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
    try {
      arm();
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
        chunks.push(next.value);
        arm();
        if (looking && next.value.includes(0x0a)) {
          looking = false;
          const head = chunks.length === 1 ? next.value : Buffer.concat(chunks);
          if (opensMessageStream(head, head.indexOf(0x0a))) {
            clearTimeout(timer);
            return this.lines(head, iterator, body);
          }
        }
      }
    } catch (err) {
      throw this.describe(err);
    } finally {
      clearTimeout(timer);
    }
    return chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks);
  }

  private async *lines(
    head: Buffer,
    rest: AsyncIterator<Buffer>,
    body: Readable,
  ): AsyncIterable<UpstreamSseEvent> {
    const splitter = new JsonLineSplitter();
    try {
      for (const line of splitter.push(head)) yield lineEvent(line);
      for (let next = await rest.next(); !next.done; next = await rest.next()) {
        for (const line of splitter.push(next.value)) yield lineEvent(line);
      }
      const last = splitter.end();
      if (last) yield lineEvent(last);
    } catch (err) {
      if ((err as Error).name === 'AbortError') return;
      throw this.describe(err);
    } finally {
      body.destroy();
    }
  }

  private async *events(body: Readable): AsyncIterable<UpstreamSseEvent> {
    const parser = new SseByteParser();
    try {
      for await (const chunk of body as AsyncIterable<Buffer>) {
        for (const event of parser.push(chunk)) yield sseEvent(event);
      }
    } catch (err) {
      if ((err as Error).name === 'AbortError') return;
      throw this.describe(err);
    } finally {
      body.destroy();
    }
  }

  private describe(err: unknown): Error {
    if (err instanceof UpstreamError) return err;
    const code = (err as { code?: string }).code;
    const name = this.options.name;
    if ((err as Error).name === 'AbortError') return err as Error;
    if (
      code === 'UND_ERR_HEADERS_TIMEOUT' ||
      code === 'UND_ERR_CONNECT_TIMEOUT' ||
      code === 'UND_ERR_BODY_TIMEOUT'
    ) {
      return new UpstreamError(
        'UPSTREAM_TIMEOUT',
        `upstream MCP server of connection "${name}" did not answer in time`,
        {
          cause: err,
        },
      );
    }
    return new UpstreamError(
      'UPSTREAM_UNREACHABLE',
      `upstream MCP server of connection "${name}" is unreachable (${code ?? 'connection failed'})`,
      { cause: err },
    );
  }
}

/** One line of a JSON-lines body as the port's event: no id, the line's bytes as data. */
function lineEvent(line: Buffer): UpstreamSseEvent {
  return sseEvent({ id: null, event: 'message', data: line });
}

/** The port's event: the bytes as received, the text decoded only if someone asks for it. */
function sseEvent(event: SseByteEvent): UpstreamSseEvent {
  return {
    id: event.id,
    event: event.event,
    bytes: event.data,
    get data() {
      return event.data.toString('utf8');
    },
  };
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

async function drain(events: AsyncIterable<UpstreamSseEvent>): Promise<void> {
  for await (const _ of events) {
    // discard
  }
}
