import type { RefusalLimit } from '@proctor/identity';
import type { Logger } from '@proctor/logger';
import type { FastifyBaseLogger, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AuditEmitter } from '../core/audit-emitter';
import { ClientCut } from '../core/client-cut';
import { GatewayError } from '../core/errors';
import type { Caller, ClientDelete, ClientListen, ClientPost, Outcome } from '../core/exchange';
import type { BodyLimits } from '../core/json-rpc';
import type { ExchangePipeline } from '../core/pipeline';
import { authenticate, type IdentityVerifier, single } from './authenticate';
import { allowOrigin, answerPreflight } from './cors';
import { checkHostAndOrigin, type EdgeGuardOptions, isGuardedTarget } from './edge-guard';
import type { OpenListens } from './open-listens';
import { parseBodyOrRefuse, recordBodyRefusals } from './refusals';
import { writeSse } from './sse-writer';

export interface McpRouteDeps {
  pipeline: ExchangePipeline;
  verifier: IdentityVerifier;
  emitter: AuditEmitter;
  connections: ReadonlySet<string>;
  edge: EdgeGuardOptions;
  limits: BodyLimits;
  logger: Logger;
  /** Connections that let callers without a token through, recorded as anonymous. */
  anonymousConnections?: ReadonlySet<string>;
  /** Connections whose tokens must carry their own audience rather than the issuer's. */
  audiences?: ReadonlyMap<string, readonly string[]>;
  /** The 2026-07-28 listens each identity holds open, bounded. */
  listens?: OpenListens;
  /** Refusals recorded per source address (see recordAuthFailure). */
  refusals?: RefusalLimit;
}

type McpRequest = FastifyRequest<{ Params: { name: string } }>;

/**
 * Requests are not logged (see app.ts), so each gets the gateway's logger itself instead of
 * a child bound to its request id; errors are logged by the error handler, with the error.
 */
const ROUTE_OPTIONS = { childLoggerFactory: (logger: FastifyBaseLogger) => logger };

/** Request headers the core reads (content negotiation, the stateless era's mirrors); never Authorization, never cookies. */
const ERA_HEADERS = ['accept', 'mcp-method', 'mcp-name'] as const;

/**
 * The MCP endpoint: translates HTTP to the core's calls and the core's Outcome back to HTTP.
 * Order of checks: Host/Origin, then authentication (so an unauthenticated caller learns
 * nothing, not even whether a connection exists), then everything else in the core.
 */
export function registerMcpRoutes(app: FastifyInstance, deps: McpRouteDeps): void {
  recordBodyRefusals(app, deps);
  // A callback hook: an async one costs a promise per request.
  app.addHook('onRequest', (req, reply, done) => {
    if (!isGuardedTarget(req.url)) return done();
    try {
      checkHostAndOrigin(req, deps.edge);
    } catch (err) {
      return done(err as Error);
    }
    allowOrigin(req, reply);
    done();
  });

  app.options('/mcp/:name', ROUTE_OPTIONS, async (req: McpRequest, reply) => answerPreflight(req, reply));

  app.post('/mcp/:name', ROUTE_OPTIONS, async (req: McpRequest, reply) => {
    const base = await callBase(req, reply, deps);
    const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    // Set on the base, not spread into a new literal (see normalizeRequest in core/stages.ts).
    const post = base as ClientPost;
    post.body = parseBodyOrRefuse(raw, deps.limits);
    post.raw = raw;
    const release = deps.listens?.take(post.caller.identity, post.body, post.sessionId) ?? null;
    // Given back when the response ends, whatever it was (a stream, a refusal, an error).
    if (release !== null) reply.raw.once('close', release);
    return send(reply, await deps.pipeline.post(post), false);
  });

  app.get('/mcp/:name', ROUTE_OPTIONS, async (req: McpRequest, reply) => {
    const accept = req.headers.accept ?? '';
    if (!accept.includes('text/event-stream') && !accept.includes('*/*')) {
      throw new GatewayError('NOT_ACCEPTABLE', 'Not Acceptable: the client must accept text/event-stream');
    }
    const base = await callBase(req, reply, deps);
    const listen = base as ClientListen;
    listen.lastEventId = single(req.headers['last-event-id']);
    const outcome = await deps.pipeline.listen(listen);
    return send(reply, outcome, true);
  });

  app.delete('/mcp/:name', ROUTE_OPTIONS, async (req: McpRequest, reply) => {
    const base: ClientDelete = await callBase(req, reply, deps);
    return send(reply, await deps.pipeline.delete(base), false);
  });
}

async function callBase(req: McpRequest, reply: FastifyReply, deps: McpRouteDeps): Promise<ClientDelete> {
  const identity = await authenticate(req, deps);
  const caller: Caller = {
    identity,
    sourceIp: req.ip ?? null,
    userAgent: single(req.headers['user-agent']),
  };
  const headers: Record<string, string | undefined> = {};
  for (const name of ERA_HEADERS) headers[name] = single(req.headers[name]) ?? undefined;
  // Mcp-Param-* mirror tool arguments: an intermediary that does not know the tool forwards them untouched.
  for (const name in req.headers) {
    if (name.startsWith('mcp-param-')) headers[name] = single(req.headers[name]) ?? undefined;
  }
  return new ClientCall(
    req.params.name,
    caller,
    single(req.headers['mcp-session-id']),
    single(req.headers['mcp-protocol-version']),
    headers,
    clientGone(reply),
  );
}

/**
 * A client's call as the core reads it. A class, not an object literal with a `signal` getter:
 * V8 keeps a literal that defines an accessor in dictionary mode (a slow object, built by a
 * runtime call), and the core reads the call's fields all along the exchange. The signal is
 * still made only when first read (see ClientCut).
 */
class ClientCall implements ClientDelete {
  readonly abort: (reason?: unknown) => void;

  constructor(
    readonly connection: string,
    readonly caller: Caller,
    readonly sessionId: string | null,
    readonly protocolVersion: string | null,
    readonly headers: Record<string, string | undefined>,
    readonly gone: ClientCut,
  ) {
    this.abort = gone.abort;
  }

  get signal(): AbortSignal {
    return this.gone.signal;
  }
}

/** Aborts when the client's connection closes before the answer was sent (or when the core aborts the call). */
function clientGone(reply: FastifyReply): ClientCut {
  const gone = new ClientCut();
  // `on`, not `once`: a response closes once, and `once` wraps each listener in two objects more.
  reply.raw.on('close', () => {
    if (!reply.raw.writableFinished) gone.abort();
  });
  return gone;
}

async function send(reply: FastifyReply, outcome: Outcome, flushHeadersEarly: boolean) {
  switch (outcome.type) {
    case 'stream':
      reply.hijack();
      await writeSse(
        reply.raw,
        outcome.status,
        outcome.headers,
        outcome.stream,
        outcome.resumeAfter,
        flushHeadersEarly,
      );
      return reply;
    case 'json':
      // The body is JSON text already: written straight out, past fastify's serialization hooks.
      reply.hijack();
      reply.raw.writeHead(outcome.status, headerList(outcome.headers, outcome.body.length));
      reply.raw.end(outcome.body);
      return reply;
    case 'accepted':
    case 'empty':
      return reply.code(outcome.status).headers(outcome.headers).send();
  }
}

/**
 * The answer's headers and its length as one flat list, the form writeHead takes without
 * copying. The length is the body's own: a length among the headers is left out, never sent twice.
 */
export function headerList(headers: Record<string, string>, contentLength: number): string[] {
  const list: string[] = [];
  for (const name in headers) {
    if (name.toLowerCase() !== 'content-length') list.push(name, headers[name] as string);
  }
  list.push('content-length', String(contentLength));
  return list;
}
