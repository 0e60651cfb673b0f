import type { ConnectionConfig } from '@proctor/config';
import type { Identity, SessionEndReason } from '@proctor/events';
import type { Logger } from '@proctor/logger';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AuditEmitter } from './audit-emitter';
import { GATEWAY_RPC, sendRpcError } from './gateway-errors';
import { JsonRpcError, type JsonRpcFrame, parseJsonRpcBody, parseUpstreamMessages } from './json-rpc';
import type { Session, SessionRegistry } from './sessions';
import { relaySse } from './sse-relay';
import { headerValue, type Upstream, type UpstreamRequest, type UpstreamResponse } from './upstream';

/** Verifies the caller's bearer token. Errors carry httpStatus, code and a client-safe message. */
export interface IdentityVerifier {
  verify(authorization: string | undefined): Promise<Identity>;
}

export interface McpRouteDeps {
  connections: Map<string, { config: ConnectionConfig; upstream: Upstream }>;
  verifier: IdentityVerifier;
  emitter: AuditEmitter;
  sessions: SessionRegistry;
  maxJsonDepth: number;
  logger: Logger;
  now: () => number;
}

type McpRequest = FastifyRequest<{ Params: { name: string } }>;

/** Response headers passed from the upstream to the client. */
const RELAYED_RESPONSE_HEADERS = ['content-type', 'cache-control', 'mcp-protocol-version'];

export function registerMcpRoutes(app: FastifyInstance, deps: McpRouteDeps): McpHandlers {
  const handlers = new McpHandlers(deps);
  app.post('/mcp/:name', (req: McpRequest, reply) => handlers.post(req, reply));
  app.get('/mcp/:name', (req: McpRequest, reply) => handlers.get(req, reply));
  app.delete('/mcp/:name', (req: McpRequest, reply) => handlers.delete(req, reply));
  return handlers;
}

export class McpHandlers {
  constructor(private readonly deps: McpRouteDeps) {}

  async post(req: McpRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
    const entry = this.connection(req, reply);
    if (!entry) return reply;
    const identity = await this.authenticate(req, reply);
    if (!identity) return reply;
    let frames: JsonRpcFrame[];
    try {
      frames = parseJsonRpcBody(bodyOf(req), this.deps.maxJsonDepth).frames;
    } catch (err) {
      if (err instanceof JsonRpcError) return sendRpcError(reply, err.httpStatus, err.rpcCode, err.message);
      throw err;
    }
    const bound = await this.sessionFor(req, reply, identity, frames);
    if (!bound) return reply;
    const { session, isNew, transient } = bound;
    session.lastActive = this.deps.now();

    if (!(await this.record(reply, session, frames, 'client_to_server'))) return reply;
    const abort = new AbortController();
    let upstream: UpstreamResponse;
    try {
      upstream = await entry.upstream.send({
        method: 'POST',
        sessionId: session.upstreamSessionId,
        clientHeaders: req.headers,
        body: bodyOf(req),
        signal: abort.signal,
      });
    } catch (err) {
      return this.upstreamFailed(reply, session, frames, err, transient);
    }
    if (isNew) {
      session.upstreamSessionId = headerValue(upstream.headers['mcp-session-id']) ?? null;
    }
    return this.relayResponse(req, reply, session, upstream, abort, transient);
  }

  async get(req: McpRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
    const found = await this.existingSession(req, reply);
    if (!found) return reply;
    const { session, entry } = found;
    const abort = new AbortController();
    const upstream = await this.sendOrAnswer(reply, entry.upstream, {
      method: 'GET',
      sessionId: session.upstreamSessionId,
      clientHeaders: req.headers,
      signal: abort.signal,
    });
    if (!upstream) return reply;
    return this.relayResponse(req, reply, session, upstream, abort, false);
  }

  async delete(req: McpRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
    const found = await this.existingSession(req, reply);
    if (!found) return reply;
    const { session, entry } = found;
    const upstream = await this.sendOrAnswer(reply, entry.upstream, {
      method: 'DELETE',
      sessionId: session.upstreamSessionId,
      clientHeaders: req.headers,
    });
    if (!upstream) return reply;
    const text = await upstream.body.text();
    await this.endSession(session, 'client_delete');
    return reply.code(upstream.status).headers(relayedHeaders(upstream)).send(text);
  }

  async endSession(session: Session, reason: SessionEndReason): Promise<void> {
    if (session.ended) return;
    this.deps.sessions.remove(session);
    try {
      await this.deps.emitter.sessionEnded(session, reason);
    } catch (err) {
      this.deps.logger.error({ session: session.id, err }, 'could not record the end of a session');
    }
  }

  /** Ends a session nobody used for too long, and releases its upstream session too. */
  async endIdleSession(session: Session): Promise<void> {
    const entry = this.deps.connections.get(session.connection);
    await this.endSession(session, 'idle_timeout');
    if (entry && session.upstreamSessionId !== null) {
      await entry.upstream
        .send({ method: 'DELETE', sessionId: session.upstreamSessionId, clientHeaders: {} })
        .then((res) => res.body.dump())
        .catch(() => undefined);
    }
  }

  private connection(req: McpRequest, reply: FastifyReply) {
    const entry = this.deps.connections.get(req.params.name);
    if (!entry) {
      sendRpcError(reply, 404, GATEWAY_RPC.UNKNOWN_CONNECTION, `unknown MCP connection "${req.params.name}"`);
      return undefined;
    }
    return entry;
  }

  private async authenticate(req: McpRequest, reply: FastifyReply): Promise<Identity | undefined> {
    try {
      return await this.deps.verifier.verify(req.headers.authorization);
    } catch (err) {
      const status = (err as { httpStatus?: number }).httpStatus ?? 401;
      const message = err instanceof Error ? err.message : 'unauthorized';
      const description = message.replace(/["\\]/g, "'");
      const headers: Record<string, string> =
        status === 401
          ? { 'www-authenticate': `Bearer error="invalid_token", error_description="${description}"` }
          : {};
      sendRpcError(reply, status, GATEWAY_RPC.UNAUTHORIZED, message, headers);
      return undefined;
    }
  }

  /**
   * The session a POST belongs to: the one its Mcp-Session-Id names, a new one for an
   * initialize request, or a one-request (transient) session for clients of stateless servers.
   */
  private async sessionFor(
    req: McpRequest,
    reply: FastifyReply,
    identity: Identity,
    frames: JsonRpcFrame[],
  ): Promise<{ session: Session; isNew: boolean; transient: boolean } | undefined> {
    const header = headerValue(req.headers['mcp-session-id']);
    if (header !== undefined) {
      const session = this.ownedSession(req, reply, identity, header);
      return session ? { session, isNew: false, transient: false } : undefined;
    }
    const session = this.deps.sessions.create(
      {
        connection: req.params.name,
        identity,
        sourceIp: req.ip ?? null,
        userAgent: headerValue(req.headers['user-agent']) ?? null,
      },
      this.deps.now(),
    );
    const initialize = frames.find((f) => f.method === 'initialize' && f.kind === 'request');
    const params = (initialize?.message.params ?? {}) as {
      protocolVersion?: unknown;
      clientInfo?: { name?: unknown; version?: unknown };
    };
    try {
      await this.deps.emitter.sessionStarted(session, {
        protocolVersion: stringOrNull(params.protocolVersion),
        clientName: stringOrNull(params.clientInfo?.name),
        clientVersion: stringOrNull(params.clientInfo?.version),
        transport: 'streamable-http',
      });
    } catch (err) {
      this.deps.sessions.remove(session);
      this.auditUnavailable(reply, err);
      return undefined;
    }
    return { session, isNew: initialize !== undefined, transient: initialize === undefined };
  }

  private ownedSession(
    req: McpRequest,
    reply: FastifyReply,
    identity: Identity,
    id: string,
  ): Session | undefined {
    const session = this.deps.sessions.get(id);
    if (!session || session.connection !== req.params.name) {
      sendRpcError(reply, 404, GATEWAY_RPC.SESSION_NOT_FOUND, 'Session not found');
      return undefined;
    }
    if (session.identity.subject !== identity.subject || session.identity.issuer !== identity.issuer) {
      sendRpcError(reply, 403, GATEWAY_RPC.FORBIDDEN, 'this session belongs to another identity');
      return undefined;
    }
    return session;
  }

  private async existingSession(req: McpRequest, reply: FastifyReply) {
    const entry = this.connection(req, reply);
    if (!entry) return undefined;
    const identity = await this.authenticate(req, reply);
    if (!identity) return undefined;
    const id = headerValue(req.headers['mcp-session-id']);
    if (id === undefined) {
      sendRpcError(reply, 400, -32600, 'Bad Request: Mcp-Session-Id header is required');
      return undefined;
    }
    const session = this.ownedSession(req, reply, identity, id);
    if (!session) return undefined;
    session.lastActive = this.deps.now();
    return { session, entry };
  }

  /** Records frames; on failure answers fail-closed and returns false. */
  private async record(
    reply: FastifyReply,
    session: Session,
    frames: JsonRpcFrame[],
    direction: 'client_to_server' | 'server_to_client',
  ): Promise<boolean> {
    try {
      await this.deps.emitter.frames(session, direction, frames);
      return true;
    } catch (err) {
      this.auditUnavailable(reply, err);
      return false;
    }
  }

  private auditUnavailable(reply: FastifyReply, err: unknown): void {
    this.deps.logger.error({ err }, 'audit event log unavailable: failing closed');
    sendRpcError(
      reply,
      503,
      GATEWAY_RPC.AUDIT_UNAVAILABLE,
      'audit log unavailable: the request was not forwarded',
    );
  }

  /**
   * Relays the upstream's answer, then ends the session where this answer ends it: a
   * one-request session, or one the upstream no longer knows (404). Ending comes last, so
   * session_ended is the session's final event.
   */
  private async relayResponse(
    req: McpRequest,
    reply: FastifyReply,
    session: Session,
    upstream: UpstreamResponse,
    abort: AbortController,
    transient: boolean,
  ): Promise<FastifyReply | undefined> {
    const upstreamGone =
      upstream.status === 404 &&
      session.upstreamSessionId !== null &&
      req.headers['mcp-session-id'] !== undefined;
    const endReason: SessionEndReason | null = transient
      ? 'stateless_request'
      : upstreamGone
        ? 'upstream_gone'
        : null;
    try {
      return await this.relayBody(req, reply, session, upstream, abort, transient);
    } finally {
      if (endReason) await this.endSession(session, endReason);
    }
  }

  private async relayBody(
    req: McpRequest,
    reply: FastifyReply,
    session: Session,
    upstream: UpstreamResponse,
    abort: AbortController,
    transient: boolean,
  ): Promise<FastifyReply | undefined> {
    const headers = relayedHeaders(upstream);
    if (!transient) headers['mcp-session-id'] = session.id;
    const contentType = headers['content-type'] ?? '';
    if (contentType.startsWith('text/event-stream') && upstream.status === 200) {
      reply.hijack();
      await relaySse({
        session,
        upstream,
        client: reply.raw,
        headers,
        emitter: this.deps.emitter,
        maxDepth: this.deps.maxJsonDepth,
        logger: this.deps.logger,
        abort,
        flushHeadersEarly: req.method === 'GET',
      });
      return undefined;
    }
    const body = Buffer.from(await upstream.body.arrayBuffer());
    if (body.length > 0 && contentType.startsWith('application/json')) {
      let frames: JsonRpcFrame[];
      try {
        frames = parseUpstreamMessages(body.toString('utf8'), this.deps.maxJsonDepth);
      } catch {
        return sendRpcError(
          reply,
          502,
          GATEWAY_RPC.UPSTREAM_PROTOCOL,
          'upstream MCP server sent a body that is not JSON-RPC',
        );
      }
      if (!(await this.record(reply, session, frames, 'server_to_client'))) return reply;
    } else if (body.length > 0 && req.method === 'POST') {
      return sendRpcError(
        reply,
        502,
        GATEWAY_RPC.UPSTREAM_PROTOCOL,
        `upstream MCP server answered HTTP ${upstream.status} without a JSON-RPC body`,
      );
    }
    return reply.code(upstream.status).headers(headers).send(body);
  }

  private async upstreamFailed(
    reply: FastifyReply,
    session: Session,
    frames: JsonRpcFrame[],
    err: unknown,
    transient: boolean,
  ): Promise<FastifyReply> {
    const status = (err as { httpStatus?: number }).httpStatus ?? 502;
    const message = err instanceof Error ? err.message : 'upstream MCP server unavailable';
    this.deps.logger.warn({ session: session.id, err }, 'upstream request failed');
    // The client is owed one error per request; those answers are frames too, and are recorded.
    const requests = frames.filter((f) => f.kind === 'request');
    const errors = requests.map((f) => errorFrame(f.idJson, GATEWAY_RPC.UPSTREAM_UNAVAILABLE, message));
    if (errors.length > 0) {
      await this.deps.emitter.frames(session, 'server_to_client', errors).catch((e: unknown) => {
        this.deps.logger.error({ err: e }, 'could not record a gateway error frame');
      });
    }
    if (transient) await this.endSession(session, 'stateless_request');
    const single = errors.length === 1 && frames.length === 1;
    const body = single
      ? errors[0]?.text
      : errors.length > 0
        ? `[${errors.map((e) => e.text).join(',')}]`
        : undefined;
    return reply
      .code(status)
      .header('content-type', 'application/json')
      .send(body ?? errorFrame(null, GATEWAY_RPC.UPSTREAM_UNAVAILABLE, message).text);
  }

  /** Sends a GET or DELETE upstream; when that fails, answers the client and returns undefined. */
  private async sendOrAnswer(
    reply: FastifyReply,
    upstream: Upstream,
    request: UpstreamRequest,
  ): Promise<UpstreamResponse | undefined> {
    try {
      return await upstream.send(request);
    } catch (err) {
      const status = (err as { httpStatus?: number }).httpStatus ?? 502;
      const message = err instanceof Error ? err.message : 'upstream MCP server unavailable';
      sendRpcError(reply, status, GATEWAY_RPC.UPSTREAM_UNAVAILABLE, message);
      return undefined;
    }
  }
}

function bodyOf(req: FastifyRequest): Buffer {
  return Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
}

function relayedHeaders(upstream: UpstreamResponse): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name of RELAYED_RESPONSE_HEADERS) {
    const value = headerValue(upstream.headers[name]);
    if (value !== undefined) headers[name] = value;
  }
  return headers;
}

function errorFrame(idJson: string | null, code: number, message: string): JsonRpcFrame {
  const message_ = {
    jsonrpc: '2.0',
    id: idJson === null ? null : JSON.parse(idJson),
    error: { code, message },
  };
  return {
    message: message_,
    text: Buffer.from(JSON.stringify(message_), 'utf8'),
    kind: 'error',
    method: null,
    idJson,
    toolName: null,
  };
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}
