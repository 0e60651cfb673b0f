import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * CORS for the browser callers `enforcer.allowedOrigins` admits (the edge guard has refused
 * every other Origin with 403 before this runs). An admitted page may read the answers and
 * the headers a client needs (the session id, a challenge); its preflight learns which
 * methods and request headers the endpoint takes. Never `*`: each answer names its Origin.
 */
const ALLOWED_METHODS = 'GET, POST, DELETE';
const EXPOSED_HEADERS = 'Mcp-Session-Id, MCP-Protocol-Version, WWW-Authenticate, Retry-After';
const ALLOWED_HEADERS = new Set([
  'authorization',
  'content-type',
  'accept',
  'mcp-session-id',
  'mcp-protocol-version',
  'mcp-method',
  'mcp-name',
  'last-event-id',
  'traceparent',
  'tracestate',
]);
const PREFLIGHT_MAX_AGE_SECONDS = '600';

/** Marks the answer to an admitted browser request as readable by its page. */
export function allowOrigin(req: FastifyRequest, reply: FastifyReply): void {
  const origin = req.headers.origin;
  if (origin === undefined) return;
  // On the raw response: merged into every answer, JSON and SSE streams written past fastify too.
  reply.raw.setHeader('access-control-allow-origin', origin);
  reply.raw.setHeader('access-control-expose-headers', EXPOSED_HEADERS);
  reply.raw.setHeader('vary', 'Origin');
}

/**
 * Answers a preflight (OPTIONS) without authentication, as browsers send it without
 * credentials, and alike for every connection name, so it reveals none.
 */
export function answerPreflight(req: FastifyRequest, reply: FastifyReply): FastifyReply {
  reply.header('allow', 'GET, POST, DELETE, OPTIONS');
  if (req.headers.origin !== undefined) {
    reply.header('access-control-allow-methods', ALLOWED_METHODS);
    const requested = (req.headers['access-control-request-headers'] ?? '')
      .split(',')
      .map((h) => h.trim().toLowerCase())
      .filter((h) => h !== '');
    const allowed = requested.filter((h) => ALLOWED_HEADERS.has(h) || h.startsWith('mcp-param-'));
    if (allowed.length > 0) reply.header('access-control-allow-headers', allowed.join(', '));
    reply.header('access-control-max-age', PREFLIGHT_MAX_AGE_SECONDS);
  }
  return reply.code(204).send();
}
