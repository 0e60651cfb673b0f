import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '@proctor/logger';
import type { FastifyBaseLogger, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AuditEmitter } from '../core/audit-emitter';
import { GatewayError } from '../core/errors';
import type { Caller, ClientDelete, Outcome } from '../core/exchange';
import { type BodyLimits, parseJsonRpcBody } from '../core/json-rpc';
import type { ExchangePipeline } from '../core/pipeline';
import { authenticate, type IdentityVerifier, single } from './authenticate';
import { checkHostAndOrigin, type EdgeGuardOptions } from './edge-guard';
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
}

type McpRequest = FastifyRequest<{ Params: { name: string } }>;

/**
 * Requests are not logged (see app.ts), so each gets the gateway's logger itself instead of
 * a child bound to its request id; errors are logged by the error handler, with the error.
 */
const ROUTE_OPTIONS = { childLoggerFactory: (logger: FastifyBaseLogger) => logger };

/** Request headers the stateless era reads; never Authorization, never cookies. */
const ERA_HEADERS = ['mcp-method', 'mcp-name'] as const;

/**
 * The MCP endpoint: translates HTTP to the core's calls and the core's Outcome back to HTTP.
 * Order of checks: Host/Origin, then authentication (so an unauthenticated caller learns
 * nothing, not even whether a connection exists), then everything else in the core.
 *
 * The common POST (see direct-post.ts) is served in front of fastify by the same steps
 * (`guardMcpRequest`, `postToPipeline`, `writeOutcome`) and the same error mapping; these
 * routes serve the rest, and every request of `app.inject`.
 */
export function registerMcpRoutes(app: FastifyInstance, deps: McpRouteDeps): void {
  // A callback hook: an async one costs a promise per request.
  app.addHook('onRequest', (req, _reply, done) => {
    if (!req.url.startsWith('/mcp/') && req.url !== '/mcp') return done();
    try {
      guardMcpRequest(req.raw, deps);
    } catch (err) {
      return done(err as Error);
    }
    done();
  });

  app.post('/mcp/:name', ROUTE_OPTIONS, async (req: McpRequest, reply) => {
    const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const outcome = await postToPipeline(req.raw, reply.raw, req.params.name, raw, deps);
    return send(reply, outcome, false);
  });

  app.get('/mcp/:name', ROUTE_OPTIONS, async (req: McpRequest, reply) => {
    const accept = req.headers.accept ?? '';
    if (!accept.includes('text/event-stream') && !accept.includes('*/*')) {
      throw new GatewayError('NOT_ACCEPTABLE', 'Not Acceptable: the client must accept text/event-stream');
    }
    const base = await callBase(req.raw, reply.raw, req.params.name, deps);
    const outcome = await deps.pipeline.listen({
      ...base,
      lastEventId: single(req.headers['last-event-id']),
    });
    return send(reply, outcome, true);
  });

  app.delete('/mcp/:name', ROUTE_OPTIONS, async (req: McpRequest, reply) => {
    const base: ClientDelete = await callBase(req.raw, reply.raw, req.params.name, deps);
    return send(reply, await deps.pipeline.delete(base), false);
  });
}

/** DNS-rebinding protection, first of all checks; throws the 403. */
export function guardMcpRequest(req: IncomingMessage, deps: Pick<McpRouteDeps, 'edge'>): void {
  checkHostAndOrigin(req, deps.edge);
}

/** A POST's body, authenticated and parsed, through the pipeline. */
export async function postToPipeline(
  req: IncomingMessage,
  res: ServerResponse,
  connection: string,
  raw: Buffer,
  deps: McpRouteDeps,
): Promise<Outcome> {
  const base = await callBase(req, res, connection, deps);
  const body = parseJsonRpcBody(raw, deps.limits);
  return deps.pipeline.post({ ...base, body, raw });
}

async function callBase(req: IncomingMessage, res: ServerResponse, connection: string, deps: McpRouteDeps) {
  const identity = await authenticate(req, connection, deps);
  const caller: Caller = {
    identity,
    sourceIp: req.socket?.remoteAddress ?? null,
    userAgent: single(req.headers['user-agent']),
  };
  const headers: Record<string, string | undefined> = {};
  for (const name of ERA_HEADERS) headers[name] = single(req.headers[name]) ?? undefined;
  // Mcp-Param-* mirror tool arguments: an intermediary that does not know the tool forwards them untouched.
  for (const name in req.headers) {
    if (name.startsWith('mcp-param-')) headers[name] = single(req.headers[name]) ?? undefined;
  }
  return {
    connection,
    caller,
    sessionId: single(req.headers['mcp-session-id']),
    protocolVersion: single(req.headers['mcp-protocol-version']),
    headers,
    signal: clientSignal(res),
  };
}

/** Aborts when the client's connection closes before the answer was sent. */
function clientSignal(res: ServerResponse): AbortSignal {
  const abort = new AbortController();
  res.once('close', () => {
    if (!res.writableFinished) abort.abort();
  });
  return abort.signal;
}

async function send(reply: FastifyReply, outcome: Outcome, flushHeadersEarly: boolean) {
  reply.hijack();
  await writeOutcome(reply.raw, outcome, flushHeadersEarly);
  return reply;
}

/** Writes the core's answer straight to the response: its body is bytes or events already. */
export async function writeOutcome(
  res: ServerResponse,
  outcome: Outcome,
  flushHeadersEarly: boolean,
): Promise<void> {
  switch (outcome.type) {
    case 'stream':
      await writeSse(
        res,
        outcome.status,
        outcome.headers,
        outcome.stream,
        outcome.resumeAfter,
        flushHeadersEarly,
      );
      return;
    case 'json':
      res.writeHead(outcome.status, { ...outcome.headers, 'content-length': outcome.body.length });
      res.end(outcome.body);
      return;
    case 'accepted':
    case 'empty':
      // No body: a length of 0, except where HTTP forbids one.
      if (outcome.status === 204 || outcome.status === 304) res.writeHead(outcome.status, outcome.headers);
      else res.writeHead(outcome.status, { ...outcome.headers, 'content-length': '0' });
      res.end();
      return;
  }
}
