import { randomUUID } from 'node:crypto';
import { StdioEventQueue } from './stdio-event-queue';
import { encodeLine } from './stdio-framing';
import { type StdioCommand, type StdioExit, StdioProcess } from './stdio-process';

/** JSON-RPC code of the errors the gateway answers for a stdio server that is gone (GATEWAY_RPC.UPSTREAM_UNAVAILABLE). */
const UPSTREAM_UNAVAILABLE = -31021;
/** Messages the server sends while nobody listens, kept for the next GET stream. */
const MAX_BACKLOG = 256;
/** Output lines a process started ahead of its session keeps until the session is known. */
const MAX_HELD_OUTPUT = 256;
/** JSON-RPC internal error: what a pooled process's unattributable request to the client is answered. */
const INTERNAL_ERROR = -32603;
/** Server-to-client requests of a pooled process kept awaiting their answer; the oldest go first. */
const MAX_ASKED = 1_024;
/** Exchanges of a pooled process whose caller went away, kept until their cancellation comes. */
const MAX_CUT = 256;

/** What a stdio server wrote besides its JSON-RPC answers: recorded, never logged in clear. */
export interface CapturedOutput {
  stream: 'stderr' | 'stdout';
  /** The line as written (UTF-8), or null where only its size is known (over the line limit). */
  text: string | null;
  bytes: number;
  /** Why a stdout line is not a message ("not JSON-RPC", "over the line limit"); null for stderr. */
  problem: string | null;
}

export interface StdioSessionSink {
  output(auditSessionId: string | null, output: CapturedOutput): void;
  /** The process ended on its own (crash, exit): its calls were answered with errors. */
  exited(auditSessionId: string | null, description: string): void;
}

export interface StdioSessionOptions {
  /** Connection name, for messages. */
  connection: string;
  command: StdioCommand;
  /** The gateway session (or exchange) this process serves, for captured output. */
  auditSessionId: string | null;
  /** A process started ahead of its session: its output is held until `assign` names the session. */
  holdOutput?: boolean;
  sink: StdioSessionSink;
}

type Message = Record<string, unknown>;

interface Exchange {
  queue: StdioEventQueue;
  /** JSON ids (as sent to the server) of the requests still owed an answer. */
  owed: Set<string>;
  progressTokens: string[];
  /** Ids the gateway substituted (pooled processes): sent id JSON → the client's id. */
  restore: Map<string, unknown> | null;
  /** Progress tokens substituted likewise: sent token JSON → the client's token. */
  restoreToken: Map<string, unknown> | null;
  /** Who sent it (the key of its identity; see UpstreamCallBase.caller), null when unknown. */
  caller: string | null;
}

/**
 * One spawned stdio MCP server and the routing of its single output stream onto the
 * exchanges of the port: an answer goes to the exchange that sent its request; a progress
 * notification to the exchange whose request carried its token; anything else (logging,
 * server-to-client requests) to the oldest open exchange, else the listening stream, else a
 * small backlog for the next listening stream.
 */
export class StdioSession {
  readonly handle = randomUUID();
  private readonly process: StdioProcess;
  private readonly byRequest = new Map<string, Exchange>();
  private readonly byProgress = new Map<string, Exchange>();
  private readonly open = new Set<Exchange>();
  private listener: StdioEventQueue | null = null;
  private readonly backlog: string[] = [];
  private goneReason: string | null = null;
  private stopped = false;
  /**
   * A process shared by several callers (posts with substituted ids): its own requests to the
   * client are renamed too, so only the caller shown one can answer it.
   */
  private shared = false;
  /** Exchanges of a shared process whose caller went away owing answers (see `abandon`), oldest first. */
  private readonly cut: Exchange[] = [];
  /** Ids given to the shared process's requests to the client: given id JSON → the server's id. */
  private readonly asked = new Map<string, unknown>();
  /** Notified once when the process is gone, whatever the cause. */
  onGone: ((description: string) => void) | null = null;
  /** The gateway session (or exchange) the process serves: its output and exit are recorded there. */
  private auditSessionId: string | null;
  /** Output written before `assign` (a spare's start-up lines), and what did not fit. */
  private held: { lines: CapturedOutput[]; droppedLines: number; droppedBytes: number } | null;

  constructor(private readonly options: StdioSessionOptions) {
    this.auditSessionId = options.auditSessionId;
    this.held = options.holdOutput ? { lines: [], droppedLines: 0, droppedBytes: 0 } : null;
    this.process = new StdioProcess(options.command, {
      onStdoutLine: (line) => this.onStdoutLine(line),
      onStderrLine: (text) =>
        this.capture({ stream: 'stderr', text, bytes: Buffer.byteLength(text), problem: null }),
      onOversizedLine: (stream, bytes) =>
        this.capture({
          stream,
          text: null,
          bytes,
          problem: `line over the ${options.command.maxLineBytes}-byte limit`,
        }),
      onExit: (exit) => this.onExit(exit),
    });
  }

  get pid(): number | undefined {
    return this.process.pid;
  }

  /** Why the process is gone, or null while it runs. */
  get gone(): string | null {
    return this.goneReason;
  }

  /**
   * Gives a process started ahead of its session (a spare) to the session it now serves: what
   * it wrote meanwhile is recorded there first.
   */
  assign(auditSessionId: string | null): this {
    this.auditSessionId = auditSessionId;
    const held = this.held;
    this.held = null;
    for (const output of held?.lines ?? []) this.capture(output);
    if (held && held.droppedLines > 0) {
      this.capture({
        stream: 'stderr',
        text: null,
        bytes: held.droppedBytes,
        problem: `${held.droppedLines} lines written before the session began were dropped`,
      });
    }
    return this;
  }

  /** Exchanges still waiting for answers. */
  get inflight(): number {
    return this.open.size;
  }

  /**
   * Writes client messages to the server, one line each. Returns the stream that carries the
   * answers to its requests (and what the server says meanwhile), or null when nothing is owed.
   * With `substituteIds` (a process shared by several clients) request ids and progress tokens
   * are replaced by unguessable ones on the way in and restored on the way out, and a message
   * naming an id on the process is written only when the id is the caller's to name (see
   * `sharedMessage`): no caller can cancel, or answer for, another's request.
   */
  async post(
    messages: Message[],
    options: { substituteIds: boolean; caller?: string | null },
  ): Promise<StdioEventQueue | null> {
    if (options.substituteIds) this.shared = true;
    const exchange: Exchange = {
      queue: new StdioEventQueue(),
      owed: new Set(),
      progressTokens: [],
      restore: options.substituteIds ? new Map() : null,
      restoreToken: options.substituteIds ? new Map() : null,
      caller: options.caller ?? null,
    };
    const lines: Buffer[] = [];
    for (const original of messages) {
      const message = isRequest(original)
        ? this.prepareRequest(original, exchange)
        : exchange.restore
          ? this.sharedMessage(original, exchange)
          : original;
      if (message === null) continue;
      lines.push(encodeLine(message === original ? JSON.stringify(original) : JSON.stringify(message)));
    }
    const owesAnswers = exchange.owed.size > 0;
    if (owesAnswers) {
      this.open.add(exchange);
      exchange.queue.onAbandon = () => this.abandon(exchange);
    }
    if (this.goneReason !== null) {
      if (owesAnswers) this.failExchange(exchange, this.goneReason);
      return owesAnswers ? exchange.queue : null;
    }
    try {
      for (const line of lines) await this.process.write(line);
    } catch {
      // The exit handler answers what is owed once the process is reported gone.
    }
    return owesAnswers ? exchange.queue : null;
  }

  /** The listening stream (GET): server messages that belong to no exchange. One at a time. */
  listen(): StdioEventQueue | null {
    if (this.listener && !this.listener.isEnded) return null;
    const queue = new StdioEventQueue();
    queue.onAbandon = () => {
      if (this.listener === queue) this.listener = null;
    };
    this.listener = queue;
    for (const text of this.backlog.splice(0)) queue.push(text);
    if (this.goneReason !== null) queue.end();
    return queue;
  }

  /** Stops the process group on purpose (session ended, gateway stopping). */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.process.stop();
    this.markGone(`the stdio MCP server of connection "${this.options.connection}" was stopped`);
  }

  private prepareRequest(request: Message, exchange: Exchange): Message {
    let message = request;
    if (exchange.restore) {
      const substitute = `proctor-${randomUUID()}`;
      exchange.restore.set(JSON.stringify(substitute), request.id);
      message = { ...request, id: substitute };
      const token = progressTokenOf(request);
      if (token !== undefined) {
        message = withProgressToken(message, substitute);
        exchange.restoreToken?.set(JSON.stringify(substitute), token);
      }
    }
    const idJson = JSON.stringify(message.id);
    exchange.owed.add(idJson);
    this.byRequest.set(idJson, exchange);
    const token = progressTokenOf(message);
    if (token !== undefined) {
      const tokenJson = JSON.stringify(token);
      exchange.progressTokens.push(tokenJson);
      this.byProgress.set(tokenJson, exchange);
    }
    return message;
  }

  /**
   * What of a caller's message other than a request reaches a shared process: a cancellation
   * only of a request of the same post or, from a known caller, of a request of its own still
   * owed an answer (its id substituted), an answer only to a request of the
   * process the caller was shown (its id restored), a progress report not at all (the process
   * asks nothing of the caller it could be about); null for what is not written. Anything
   * else (notifications naming no id) passes as it is.
   */
  private sharedMessage(message: Message, exchange: Exchange): Message | null {
    if (message.method === 'notifications/cancelled') {
      const params = (message.params ?? {}) as Record<string, unknown>;
      const substitute = this.substituteOf(exchange, JSON.stringify(params.requestId));
      return substitute === undefined ? null : { ...message, params: { ...params, requestId: substitute } };
    }
    if (message.method === 'notifications/progress') return null;
    if (message.method !== undefined) return message;
    const idJson = JSON.stringify(message.id);
    if (!this.asked.has(idJson)) return null;
    const id = this.asked.get(idJson);
    this.asked.delete(idJson);
    return { ...message, id };
  }

  /**
   * The id on the process of the caller's request with the client id `named` (JSON) still owed
   * an answer: one of this post, else the latest of another post of the same caller.
   */
  private substituteOf(exchange: Exchange, named: string): unknown {
    const found = substituteIn(exchange, named);
    if (found !== undefined || exchange.caller === null) return found;
    let latest: { owner: Exchange; substitute: unknown } | undefined;
    for (const owner of this.exchangesOf(exchange.caller)) {
      const substitute = substituteIn(owner, named);
      if (substitute !== undefined) latest = { owner, substitute };
    }
    if (latest === undefined) return undefined;
    // A request of a caller gone is cancelled once: the gateway tells the process, nobody else.
    if (!this.open.has(latest.owner)) latest.owner.owed.delete(JSON.stringify(latest.substitute));
    return latest.substitute;
  }

  /** The caller's exchanges still owed answers: open ones, then those it went away from. */
  private *exchangesOf(caller: string): Iterable<Exchange> {
    for (const exchange of this.open) if (exchange.caller === caller) yield exchange;
    for (const exchange of this.cut) if (exchange.caller === caller) yield exchange;
  }

  /**
   * Whether the message names a request or question of this process the caller may name: a
   * cancellation of one of its requests still owed, an answer to a request of the process.
   */
  names(message: Message, caller: string | null): boolean {
    if (message.method === 'notifications/cancelled') {
      if (caller === null) return false;
      const named = JSON.stringify((message.params as { requestId?: unknown } | undefined)?.requestId);
      for (const exchange of this.exchangesOf(caller)) {
        if (substituteIn(exchange, named) !== undefined) return true;
      }
      return false;
    }
    return message.method === undefined && this.asked.has(JSON.stringify(message.id));
  }

  /** A shared process's request to the client, under an id of the gateway's (see `sharedMessage`). */
  private renamedServerRequest(message: Message): string {
    const given = `proctor-${randomUUID()}`;
    this.asked.set(JSON.stringify(given), message.id);
    if (this.asked.size > MAX_ASKED) {
      const oldest = this.asked.keys().next();
      if (!oldest.done) this.asked.delete(oldest.value);
    }
    return JSON.stringify({ ...message, id: given });
  }

  private onStdoutLine(line: Buffer): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(line.toString('utf8'));
    } catch {
      parsed = undefined;
    }
    const messages = Array.isArray(parsed) ? parsed : [parsed];
    if (!messages.every(isMessage)) {
      this.capture({
        stream: 'stdout',
        text: line.toString('utf8'),
        bytes: line.length,
        problem: 'not JSON-RPC',
      });
      return;
    }
    for (const message of messages) {
      this.route(message, messages.length === 1 ? line.toString('utf8') : JSON.stringify(message));
    }
  }

  private route(message: Message, text: string): void {
    if (('result' in message || 'error' in message) && message.id !== undefined && !('method' in message)) {
      const idJson = JSON.stringify(message.id);
      const exchange = this.byRequest.get(idJson);
      // An answer nobody waits for (its exchange was abandoned and cancelled) has nowhere to go.
      if (!exchange) return;
      this.byRequest.delete(idJson);
      exchange.owed.delete(idJson);
      exchange.queue.push(restoreId(exchange, message, idJson, text));
      if (exchange.owed.size === 0) this.finish(exchange);
      return;
    }
    if (message.method === 'notifications/progress') {
      const token = (message.params as { progressToken?: unknown } | undefined)?.progressToken;
      const exchange = token === undefined ? undefined : this.byProgress.get(JSON.stringify(token));
      if (exchange) {
        exchange.queue.push(restoreProgressToken(exchange, message, JSON.stringify(token), text));
        return;
      }
    }
    if (this.shared && this.open.size > 1) {
      this.refuseUnattributable(message);
      return;
    }
    this.deliverUnrouted(this.shared && isRequest(message) ? this.renamedServerRequest(message) : text);
  }

  /**
   * A shared process's message that names no request of a caller (a log line, a request to
   * the client) while several callers' requests are open could be any one's: none of them is
   * shown it. A request is answered with an error, so the call that made it goes on.
   */
  private refuseUnattributable(message: Message): void {
    if (!isRequest(message)) return;
    const refusal = {
      jsonrpc: '2.0',
      id: message.id,
      error: {
        code: INTERNAL_ERROR,
        message:
          'a request to the client from a server shared by several callers cannot be attributed to one',
      },
    };
    this.process.write(encodeLine(JSON.stringify(refusal))).catch(() => undefined);
  }

  private deliverUnrouted(text: string): void {
    const oldest = this.open.values().next();
    if (!oldest.done) {
      oldest.value.queue.push(text);
      return;
    }
    if (this.listener && !this.listener.isEnded) {
      this.listener.push(text);
      return;
    }
    if (this.backlog.length >= MAX_BACKLOG) this.backlog.shift();
    this.backlog.push(text);
  }

  private finish(exchange: Exchange): void {
    this.forget(exchange);
    exchange.queue.end();
  }

  /**
   * The reader stopped early (the caller went away). On a shared process its requests still
   * owed stay nameable by that caller for a while: the gateway core records, then sends, a
   * cancellation of each under the client's id (as for a process of one session), and it
   * reaches the process under the id there.
   */
  private abandon(exchange: Exchange): void {
    this.forget(exchange);
    if (exchange.restore === null || exchange.caller === null || exchange.owed.size === 0) return;
    this.cut.push(exchange);
    if (this.cut.length > MAX_CUT) this.cut.shift();
  }

  private forget(exchange: Exchange): void {
    this.open.delete(exchange);
    for (const idJson of exchange.owed) this.byRequest.delete(idJson);
    for (const token of exchange.progressTokens) {
      if (this.byProgress.get(token) === exchange) this.byProgress.delete(token);
    }
  }

  private onExit(exit: StdioExit): void {
    const description = describeExit(this.options.connection, exit);
    const unexpected = !this.stopped;
    this.markGone(description);
    // Grandchildren may outlive the leader: the group goes with it.
    void this.process.stop();
    if (unexpected) this.options.sink.exited(this.auditSessionId, description);
  }

  private markGone(description: string): void {
    if (this.goneReason !== null) return;
    this.goneReason = description;
    for (const exchange of [...this.open]) this.failExchange(exchange, description);
    this.listener?.end();
    this.onGone?.(description);
  }

  /** Every request still owed gets a JSON-RPC error at once: a gone server never leaves a call hanging. */
  private failExchange(exchange: Exchange, description: string): void {
    for (const idJson of exchange.owed) {
      const id = exchange.restore?.get(idJson) ?? JSON.parse(idJson);
      exchange.queue.push(
        JSON.stringify({ jsonrpc: '2.0', id, error: { code: UPSTREAM_UNAVAILABLE, message: description } }),
      );
    }
    exchange.owed.clear();
    this.finish(exchange);
  }

  private capture(output: CapturedOutput): void {
    if (this.held) {
      if (this.held.lines.length < MAX_HELD_OUTPUT) this.held.lines.push(output);
      else {
        this.held.droppedLines += 1;
        this.held.droppedBytes += output.bytes;
      }
      return;
    }
    this.options.sink.output(this.auditSessionId, output);
  }
}

function describeExit(connection: string, exit: StdioExit): string {
  const server = `the stdio MCP server of connection "${connection}"`;
  if ('spawnError' in exit) return `${server} could not be started (${exit.spawnError})`;
  if (exit.signal !== null) return `${server} was killed by ${exit.signal}`;
  return `${server} exited with code ${exit.code}`;
}

function isMessage(value: unknown): value is Message {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    (value as Message).jsonrpc === '2.0'
  );
}

function isRequest(message: Message): boolean {
  return (
    typeof message.method === 'string' && (typeof message.id === 'string' || typeof message.id === 'number')
  );
}

function progressTokenOf(message: Message): unknown {
  const meta = (message.params as { _meta?: { progressToken?: unknown } } | undefined)?._meta;
  const token = meta?.progressToken;
  return typeof token === 'string' || typeof token === 'number' ? token : undefined;
}

function withProgressToken(message: Message, token: string): Message {
  const params = (message.params ?? {}) as { _meta?: Record<string, unknown> };
  return { ...message, params: { ...params, _meta: { ...params._meta, progressToken: token } } };
}

/** The id on the process of the exchange's request with the client id `named` (JSON) still owed, if any. */
function substituteIn(exchange: Exchange, named: string): unknown {
  if (exchange.restore === null) return undefined;
  for (const [substituteJson, clientId] of exchange.restore) {
    if (exchange.owed.has(substituteJson) && JSON.stringify(clientId) === named)
      return JSON.parse(substituteJson) as unknown;
  }
  return undefined;
}

function restoreId(exchange: Exchange, message: Message, idJson: string, text: string): string {
  if (!exchange.restore?.has(idJson)) return text;
  return JSON.stringify({ ...message, id: exchange.restore.get(idJson) });
}

function restoreProgressToken(exchange: Exchange, message: Message, tokenJson: string, text: string): string {
  if (!exchange.restoreToken?.has(tokenJson)) return text;
  const params = message.params as Record<string, unknown>;
  return JSON.stringify({
    ...message,
    params: { ...params, progressToken: exchange.restoreToken.get(tokenJson) },
  });
}
