import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { delimiter, isAbsolute, join, resolve } from 'node:path';
import {
  type McpUpstream,
  type UpstreamCallBase,
  UpstreamError,
  type UpstreamListen,
  type UpstreamProbe,
  type UpstreamReply,
  type UpstreamSend,
} from './port';
import { StdioPool } from './stdio-pool';
import type { StdioCommand } from './stdio-process';
import { StdioSession, type StdioSessionSink } from './stdio-session';

export interface StdioUpstreamOptions {
  /** Connection name, for messages. */
  name: string;
  command: StdioCommand;
  /** Processes kept for requests without a session (stateless clients); 0 disables the pool. */
  poolSize: number;
  /** Revision the gateway's own initialize of a pooled process asks for. */
  poolProtocolVersion: string;
  /** How long a pooled process may take to answer the gateway's initialize. */
  startTimeoutMs: number;
  sink: StdioSessionSink;
}

type Message = Record<string, unknown>;

/** Ended sessions remembered, so a late request learns why its server is gone. */
const MAX_REMEMBERED_ENDS = 1_000;

/**
 * The stdio adapter of the upstream port. A stateful client's `initialize` starts a process
 * of its own, named by the reply's session id; its later messages go to that process, and
 * ending the session stops the process group. Requests without a session (stateless clients)
 * are served by a small pool of processes the gateway initialized itself. A process that is
 * gone answers every owed request with a JSON-RPC error at once, and later requests of its
 * session with HTTP 404, which ends the gateway session as upstream_gone.
 */
export class StdioUpstream implements McpUpstream {
  readonly transport = 'stdio' as const;
  private readonly sessions = new Map<string, StdioSession>();
  private readonly ended = new Map<string, string>();
  private readonly pool: StdioPool;
  /**
   * A process started ahead of the next session's initialize. A server takes about a second
   * to start, which every session would otherwise wait — a 2026-07-28 client's
   * subscriptions/listen, which the era bridge serves on a session of its own, too, where
   * an HTTP upstream acknowledges it at once. Started with the connection's first session.
   */
  private spare: StdioSession | null = null;
  private closed = false;

  constructor(private readonly options: StdioUpstreamOptions) {
    this.pool = new StdioPool({
      size: options.poolSize,
      protocolVersion: options.poolProtocolVersion,
      startTimeoutMs: options.startTimeoutMs,
      spawn: () => this.newProcess(null),
    });
  }

  async send(call: UpstreamSend): Promise<UpstreamReply> {
    if (this.closed)
      throw new UpstreamError('UPSTREAM_UNREACHABLE', `connection "${this.options.name}" is closing`);
    const messages = parseBody(call.body);
    if (call.upstreamSessionId !== null) {
      const session = this.sessions.get(call.upstreamSessionId);
      if (!session || session.gone !== null) return this.goneReply(call.upstreamSessionId, messages);
      return streamReply(await session.post(messages, { substituteIds: false }), session.handle);
    }
    if (messages.some((m) => m.method === 'initialize' && m.id !== undefined)) {
      const session = this.sessionProcess(call.auditSessionId ?? null);
      this.track(session);
      return streamReply(await session.post(messages, { substituteIds: false }), session.handle);
    }
    return streamReply(await this.pool.post(messages, call.caller ?? null), null);
  }

  async listen(call: UpstreamListen): Promise<UpstreamReply> {
    const session = call.upstreamSessionId === null ? undefined : this.sessions.get(call.upstreamSessionId);
    if (!session || session.gone !== null)
      return jsonReply(404, null, errorBody(null, this.whyGone(call.upstreamSessionId)));
    // A stdio server's messages carry no event ids: there is nothing upstream to resume from.
    if (call.lastEventId !== null) {
      return jsonReply(
        400,
        session.handle,
        errorBody(null, 'a stdio upstream keeps no events to resume from'),
      );
    }
    const queue = session.listen();
    if (queue === null) {
      return jsonReply(
        409,
        session.handle,
        errorBody(null, 'Conflict: only one listening stream per session'),
      );
    }
    return { type: 'sse', status: 200, sessionId: session.handle, headers: {}, events: queue };
  }

  async closeSession(call: UpstreamCallBase): Promise<void> {
    if (call.upstreamSessionId === null) return;
    const session = this.sessions.get(call.upstreamSessionId);
    if (session) await session.stop();
  }

  /** Ready when the command can be started: it exists and is executable. */
  async probe(_timeoutMs: number): Promise<UpstreamProbe> {
    const found = await findExecutable(this.options.command.command, this.options.command.cwd);
    return found
      ? { reachable: true, detail: `stdio: ${this.sessions.size} process(es) running` }
      : {
          reachable: false,
          detail: `stdio command of connection "${this.options.name}" not found or not executable`,
        };
  }

  /** Stops every process group of this connection. */
  async close(): Promise<void> {
    this.closed = true;
    const spare = this.spare;
    this.spare = null;
    await Promise.all([...this.sessions.values(), ...(spare ? [spare] : [])].map((s) => s.stop()));
    await this.pool.close();
  }

  /** Processes running for sessions (pooled ones excluded), for tests and health. */
  get runningSessions(): number {
    return this.sessions.size;
  }

  /** A process for a new session: the spare when it still runs, and a new spare started for the next. */
  private sessionProcess(auditSessionId: string | null): StdioSession {
    const spare = this.spare;
    this.spare = this.newProcess(null, true);
    if (spare && spare.gone === null) return spare.assign(auditSessionId);
    return this.newProcess(auditSessionId);
  }

  private newProcess(auditSessionId: string | null, holdOutput = false): StdioSession {
    return new StdioSession({
      connection: this.options.name,
      command: this.options.command,
      auditSessionId,
      holdOutput,
      sink: this.options.sink,
    });
  }

  /** A session's own process: found by its handle until it is gone. */
  private track(session: StdioSession): void {
    this.sessions.set(session.handle, session);
    session.onGone = (description) => {
      this.sessions.delete(session.handle);
      this.ended.set(session.handle, description);
      if (this.ended.size > MAX_REMEMBERED_ENDS) {
        const oldest = this.ended.keys().next();
        if (!oldest.done) this.ended.delete(oldest.value);
      }
    };
  }

  private whyGone(handle: string | null): string {
    return (handle !== null && this.ended.get(handle)) || 'Session not found';
  }

  /** 404 with an error for each request: the core ends the gateway session as upstream_gone. */
  private goneReply(handle: string, messages: Message[]): UpstreamReply {
    const why = this.whyGone(handle);
    const errors = messages.filter(isRequest).map((m) => errorBody(m.id, why));
    const body =
      errors.length === 1 ? errors[0] : errors.length > 1 ? `[${errors.join(',')}]` : errorBody(null, why);
    return jsonReply(404, handle, body ?? errorBody(null, why));
  }
}

function parseBody(body: Buffer): Message[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    throw new UpstreamError('UPSTREAM_PROTOCOL', 'the body for a stdio upstream is not JSON');
  }
  const messages = Array.isArray(parsed) ? parsed : [parsed];
  if (!messages.every((m) => typeof m === 'object' && m !== null && !Array.isArray(m))) {
    throw new UpstreamError('UPSTREAM_PROTOCOL', 'the body for a stdio upstream is not JSON-RPC');
  }
  return messages as Message[];
}

function isRequest(message: Message): message is Message & { id: string | number } {
  return (
    typeof message.method === 'string' && (typeof message.id === 'string' || typeof message.id === 'number')
  );
}

function streamReply(
  queue: Awaited<ReturnType<StdioSession['post']>>,
  sessionId: string | null,
): UpstreamReply {
  if (queue === null) return { type: 'accepted', status: 202, sessionId, headers: {} };
  return { type: 'sse', status: 200, sessionId, headers: {}, events: queue };
}

function jsonReply(status: number, sessionId: string | null, body: string): UpstreamReply {
  return { type: 'json', status, sessionId, headers: {}, body: Buffer.from(body, 'utf8') };
}

function errorBody(id: unknown, message: string): string {
  return JSON.stringify({ jsonrpc: '2.0', id: id ?? null, error: { code: -31021, message } });
}

async function findExecutable(command: string, cwd: string | undefined): Promise<boolean> {
  const candidates = command.includes('/')
    ? [isAbsolute(command) ? command : resolve(cwd ?? '.', command)]
    : (process.env.PATH ?? '')
        .split(delimiter)
        .filter(Boolean)
        .map((dir) => join(dir, command));
  for (const candidate of candidates) {
    try {
      await access(candidate, constants.X_OK);
      return true;
    } catch {
      // try the next directory
    }
  }
  return false;
}
