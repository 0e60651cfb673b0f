import { Readable } from 'node:stream';
import { type Dispatcher, errors, Pool, util } from 'undici';
import { credentialValues, withoutCredentials } from './credential-echo';
import { JsonLineSplitter, opensMessageStream } from './json-lines';
import type {
  CallSignal,
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
  /** Largest message read from the upstream: a JSON body, one SSE event, one JSON line. */
  maxMessageBytes?: number;
  connections?: number;
  /** The connection's header credential (`credentials.type: header`), lower case: its value is never echoed back. */
  credentialHeader?: string;
}

/** What an upstream may send in one message unless the connection says otherwise. */
const DEFAULT_MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

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
  /** Made once: every reply handler shares it (a function made per call costs, see ReplyHandler). */
  private readonly limits: ReplyLimits;

  constructor(private readonly options: StreamableHttpOptions) {
    const url = new URL(options.url);
    this.path = `${url.pathname}${url.search}`;
    this.pool = new Pool(url.origin, {
      connections: options.connections ?? 128,
      keepAliveTimeout: 30_000,
      connect: { timeout: options.connectTimeoutMs },
    });
    this.limits = {
      timeoutMs: options.readTimeoutMs,
      maxBytes: this.maxMessageBytes,
      tooLarge: () => this.tooLarge(),
    };
  }

  async send(call: UpstreamSend): Promise<UpstreamReply> {
    const headers = this.headers(call, 'application/json, text/event-stream');
    headers['content-type'] = 'application/json';
    return this.request('POST', headers, call.body, call.signal, this.credentialsOf(call));
  }

  async listen(call: UpstreamListen): Promise<UpstreamReply> {
    const headers = this.headers(call, 'text/event-stream');
    if (call.lastEventId !== null) headers['last-event-id'] = call.lastEventId;
    return this.request('GET', headers, null, call.signal, this.credentialsOf(call));
  }

  async closeSession(call: UpstreamCallBase): Promise<void> {
    if (call.upstreamSessionId === null) return;
    const headers = this.headers(call, 'application/json');
    const reply = await this.request('DELETE', headers, null, call.signal, this.credentialsOf(call));
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

  /** The credential values sent with a call: the upstream's messages never carry them back (see credential-echo.ts). */
  private credentialsOf(call: UpstreamCallBase): string[] | null {
    return credentialValues(call.headers, this.options.credentialHeader);
  }

  private headers(call: UpstreamCallBase, accept: string): Record<string, string> {
    // Only what the gateway decides goes upstream: never the client's own headers. Copied with
    // Object.assign: node 20 builds a spread of a header object many times slower.
    const headers: Record<string, string> = Object.assign({}, call.headers);
    headers.accept = accept;
    if (call.upstreamSessionId !== null) headers['mcp-session-id'] = call.upstreamSessionId;
    if (call.protocolVersion !== null) headers['mcp-protocol-version'] = call.protocolVersion;
    return headers;
  }

  private async request(
    method: 'POST' | 'GET' | 'DELETE',
    headers: Record<string, string>,
    body: Buffer | null,
    signal: CallSignal | undefined,
    credentials: string[] | null,
  ): Promise<UpstreamReply> {
    let response: DispatchedReply;
    try {
      response = await this.dispatch(method, headers, body, signal);
    } catch (err) {
      throw this.describe(err);
    }
    const { status, headers: received, contentType } = response.head;
    const sessionId = single(received['mcp-session-id']) ?? null;
    const relayed: Record<string, string> = {};
    for (const name of RELAYED) {
      const value = single(received[name]);
      // A relayed header is the upstream's words too: an echoed credential is replaced in it.
      if (value !== undefined)
        relayed[name] =
          credentials === null
            ? value
            : withoutCredentials(Buffer.from(value, 'latin1'), credentials).toString('latin1');
    }
    // Each reply spelt out: a literal that spreads and then adds properties gets a map of its own
    // on every call in node 20's V8.
    if (response.kind === 'sse') {
      return {
        type: 'sse',
        status,
        sessionId,
        headers: relayed,
        events: this.events(response.body, credentials),
      };
    }
    if (response.kind === 'lines') {
      const events = this.lines(response.start, response.body, credentials);
      return { type: 'sse', status, sessionId, headers: relayed, events };
    }
    const bytes = withoutCredentials(response.bytes, credentials);
    if (bytes.length === 0 && (status === 202 || status === 204 || status < 300)) {
      return { type: 'accepted', status, sessionId, headers: relayed };
    }
    if (contentType?.startsWith('application/json')) {
      return { type: 'json', status, sessionId, headers: relayed, body: bytes };
    }
    return { type: 'other', status, sessionId, headers: relayed, contentType, body: bytes };
  }

  /**
   * One request on the pool with a plain handler: a JSON body is gathered whole, under the
   * read timeout (restarted by each chunk), without a stream per response; an SSE body, or a
   * JSON body whose first line is a message with a method (a stream of JSON lines, see
   * json-lines.ts), is handed over as a stream, read as it comes and without the timeout.
   */
  private dispatch(
    method: 'POST' | 'GET' | 'DELETE',
    headers: Record<string, string>,
    body: Buffer | null,
    signal: CallSignal | undefined,
  ): Promise<DispatchedReply> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) {
        reject(new errors.RequestAbortedError());
        return;
      }
      const handler = new ReplyHandler(method, this.limits, resolve, reject, signal);
      this.pool.dispatch(
        {
          path: this.path,
          method,
          headers,
          body,
          headersTimeout: this.options.readTimeoutMs,
          // Streams stay open as long as the exchange lives; gathered bodies have their own timer.
          bodyTimeout: 0,
        },
        handler,
      );
    });
  }

  private async *lines(
    head: Buffer,
    body: Readable,
    credentials: string[] | null,
  ): AsyncIterable<UpstreamSseEvent> {
    const splitter = new JsonLineSplitter();
    try {
      for (const line of splitter.push(head)) yield lineEvent(line, credentials);
      for await (const chunk of body as AsyncIterable<Buffer>) {
        for (const line of splitter.push(chunk)) yield lineEvent(line, credentials);
        if (splitter.pending() > this.maxMessageBytes) throw this.tooLarge();
      }
      const last = splitter.end();
      if (last) yield lineEvent(last, credentials);
    } catch (err) {
      if ((err as Error).name === 'AbortError') return;
      throw this.describe(err);
    } finally {
      body.destroy();
    }
  }

  private async *events(body: Readable, credentials: string[] | null): AsyncIterable<UpstreamSseEvent> {
    const parser = new SseByteParser();
    try {
      for await (const chunk of body as AsyncIterable<Buffer>) {
        for (const event of parser.push(chunk)) yield sseEvent(event, credentials);
        if (parser.pending() > this.maxMessageBytes) throw this.tooLarge();
      }
    } catch (err) {
      if ((err as Error).name === 'AbortError') return;
      throw this.describe(err);
    } finally {
      body.destroy();
    }
  }

  private get maxMessageBytes(): number {
    return this.options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
  }

  /** An upstream message beyond maxMessageBytes: refused before it fills the gateway's memory. */
  private tooLarge(): UpstreamError {
    return new UpstreamError(
      'UPSTREAM_PROTOCOL',
      `upstream MCP server of connection "${this.options.name}" sent a message over ${this.maxMessageBytes} bytes`,
    );
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

interface ReplyHead {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  contentType: string | null;
}

/** The reply's head beside its body (not merged into one object: no copy per reply). */
type DispatchedReply =
  | { head: ReplyHead; kind: 'whole'; bytes: Buffer }
  | { head: ReplyHead; kind: 'sse'; body: Readable }
  /** `start`: the body's first bytes, read to tell JSON lines from one JSON body. */
  | { head: ReplyHead; kind: 'lines'; start: Buffer; body: Readable };

const NEWLINE = 0x0a;

interface ReplyLimits {
  timeoutMs: number;
  maxBytes: number;
  tooLarge: () => Error;
}

/**
 * undici's handler for one upstream request (see StreamableHttpUpstream.dispatch). Settles
 * once: with the whole body, or with a stream at the point the body turns out to be one.
 */
class ReplyHandler implements Dispatcher.DispatchHandlers {
  private abort: ((err?: Error) => void) | null = null;
  private resume: (() => void) | null = null;
  private reply: ReplyHead | null = null;
  private chunks: Buffer[] = [];
  private size = 0;
  private stream: Readable | null = null;
  private timer: NodeJS.Timeout | undefined;
  private looking = false;
  private settled = false;
  private done = false;

  constructor(
    private readonly method: string,
    private readonly limits: ReplyLimits,
    private readonly resolve: (reply: DispatchedReply) => void,
    private readonly reject: (err: Error) => void,
    private readonly signal: CallSignal | undefined,
  ) {
    // The handler is its own abort listener (handleEvent): no function made per request, as a
    // named one costs a defineProperty each under tsx.
    signal?.addEventListener('abort', this, { once: true });
  }

  /** The call's signal aborted. */
  handleEvent(): void {
    this.abort?.(new errors.RequestAbortedError());
  }

  onConnect(abort: (err?: Error) => void): void {
    if (this.signal?.aborted) abort(new errors.RequestAbortedError());
    else this.abort = abort;
  }

  onHeaders(status: number, rawHeaders: Buffer[], resume: () => void): boolean {
    if (status < 200) return true;
    this.resume = resume;
    const headers = util.parseHeaders(rawHeaders) as ReplyHead['headers'];
    const contentType = single(headers['content-type']) ?? null;
    this.reply = { status, headers, contentType };
    if (contentType?.startsWith('text/event-stream') && status < 300) {
      this.settle({ head: this.reply, kind: 'sse', body: this.openStream() });
      return true;
    }
    this.looking =
      this.method === 'POST' && status < 300 && contentType?.startsWith('application/json') === true;
    this.timer = setTimeout(() => this.abort?.(new errors.BodyTimeoutError()), this.limits.timeoutMs);
    return true;
  }

  onData(chunk: Buffer): boolean {
    if (this.stream) return this.stream.push(chunk);
    this.size += chunk.length;
    if (this.size > this.limits.maxBytes) {
      this.abort?.(this.limits.tooLarge());
      return false;
    }
    this.chunks.push(chunk);
    this.timer?.refresh();
    if (this.looking && chunk.includes(NEWLINE)) {
      this.looking = false;
      const head = this.chunks.length === 1 ? chunk : Buffer.concat(this.chunks);
      if (opensMessageStream(head, head.indexOf(NEWLINE)) && this.reply) {
        clearTimeout(this.timer);
        this.chunks = [];
        this.settle({ head: this.reply, kind: 'lines', start: head, body: this.openStream() });
      }
    }
    return true;
  }

  onComplete(): void {
    this.finish();
    if (this.stream) {
      this.stream.push(null);
      return;
    }
    const bytes = this.chunks.length === 1 ? (this.chunks[0] as Buffer) : Buffer.concat(this.chunks);
    if (this.reply) this.settle({ head: this.reply, kind: 'whole', bytes });
  }

  onError(err: Error): void {
    this.finish();
    if (this.stream) this.stream.destroy(err);
    else if (!this.settled) {
      this.settled = true;
      this.reject(err);
    }
  }

  /**
   * The body as a stream; undici pauses while it is full (onData returns false) until read.
   * Its reader sees an error (an abort, a reset) through its iterator, even one that came while
   * it was not reading; the listener here only keeps such an error from being unhandled.
   */
  private openStream(): Readable {
    this.stream = new Readable({
      read: () => this.resume?.(),
      destroy: (err, callback) => {
        // The reader went away before the end: stop the request.
        if (!this.done) this.abort?.(err ?? new errors.RequestAbortedError());
        callback(err);
      },
    });
    this.stream.on('error', ignoreUnread);
    return this.stream;
  }

  private settle(reply: DispatchedReply): void {
    this.settled = true;
    this.resolve(reply);
  }

  private finish(): void {
    this.done = true;
    clearTimeout(this.timer);
    this.signal?.removeEventListener('abort', this);
  }
}

/** One line of a JSON-lines body as the port's event: no id, the line's bytes as data. */
function lineEvent(line: Buffer, credentials: string[] | null): UpstreamSseEvent {
  return sseEvent({ id: null, event: 'message', data: line }, credentials);
}

/** The port's event: the bytes as received, the text decoded only if someone asks for it. */
function sseEvent(event: SseByteEvent, credentials: string[] | null): UpstreamSseEvent {
  const data = withoutCredentials(event.data, credentials);
  const converted: UpstreamSseEvent = {
    id: event.id,
    event: event.event,
    bytes: data,
    get data() {
      return data.toString('utf8');
    },
  };
  if (event.retry !== undefined) converted.retry = event.retry;
  return converted;
}

/** An error of a body nobody is reading: its reader, if it comes, gets it from the stream itself. */
function ignoreUnread(): void {}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

async function drain(events: AsyncIterable<UpstreamSseEvent>): Promise<void> {
  for await (const _ of events) {
    // discard
  }
}
