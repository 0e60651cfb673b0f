import { isHostName } from '@proctor/identity';
import type { FastifyRequest } from 'fastify';
import { GatewayError } from '../core/errors';

export interface EdgeGuardOptions {
  /** Host names (optionally `name:port`) the gateway answers to; empty: any. */
  allowedHosts: readonly string[];
  /** Origins (`scheme://host[:port]`) allowed to call from a browser; others get 403. */
  allowedOrigins: readonly string[];
}

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]', '::1'];

/**
 * The allowed hosts to use when none are configured: a gateway bound to a loopback address
 * answers only to loopback names (a DNS-rebinding page cannot reach it under its own name);
 * one bound elsewhere sits behind a load balancer whose names only the operator knows.
 */
export function defaultAllowedHosts(listenHost: string): string[] {
  return isLoopbackHost(listenHost) ? LOOPBACK_NAMES : [];
}

function isLoopbackHost(host: string): boolean {
  return LOOPBACK_NAMES.includes(host) || host.startsWith('127.');
}

/**
 * DNS-rebinding protection (MCP transports, "Security Warning"): a request whose Host is not
 * one of the gateway's names, or whose Origin is present and not allowed, is refused with 403
 * before anything else happens.
 */
export function checkHostAndOrigin(req: FastifyRequest, options: EdgeGuardOptions): void {
  refuseRepeatedFields(req);
  const host = effectiveHost(req);
  // Whatever names are allowed, the Host is a host name or address: the 401 challenge names the
  // gateway's metadata URL by it (without identity.publicUrl), and a quote or a slash there
  // would rewrite the challenge or point it elsewhere.
  if (host !== undefined && !isHostName(host)) {
    throw new GatewayError('BAD_REQUEST', 'Bad Request: the Host header is not a host name or address');
  }
  if (options.allowedHosts.length > 0) {
    if (host === undefined || !hostAllowed(host.toLowerCase(), options.allowedHosts)) {
      throw new GatewayError(
        'FORBIDDEN_HOST',
        "Forbidden: the Host header is not one of this gateway's names",
      );
    }
  }
  const origin = req.headers.origin;
  if (origin === undefined) return;
  if (options.allowedOrigins.includes(origin)) return;
  // A page served by the gateway's own loopback host is same-origin, not a rebinding.
  const originHost = hostOfOrigin(origin);
  if (
    originHost !== null &&
    host !== undefined &&
    originHost === host.toLowerCase() &&
    isLoopbackHost(stripPort(originHost))
  ) {
    return;
  }
  throw new GatewayError('FORBIDDEN_HOST', 'Forbidden: the Origin header is not allowed');
}

/**
 * Which requests the edge checks: every MCP endpoint request, and every request whose target
 * is not a path (absolute-form, `POST http://other.example/mcp/x`), which names a host itself.
 */
export function isGuardedTarget(url: string): boolean {
  // `OPTIONS *` (asterisk-form) asks about the server as a whole, as some balancers' checks do.
  if (url === '*') return false;
  return !url.startsWith('/') || url.startsWith('/mcp/') || url === '/mcp';
}

/**
 * Fields a request may carry once: node keeps the first Host or Content-Type silently and joins
 * repeated MCP headers with ", ", while a proxy in front or the upstream may read one line only,
 * so two lines are a request the gateway cannot be sure it reads as everyone else does (RFC 9112
 * requires 400 for two Host lines). `Mcp-Session-Id` has its own answer (it names no session).
 */
const SINGLE_VALUED = new Set(['host', 'content-type', 'mcp-method', 'mcp-name', 'mcp-protocol-version']);

function refuseRepeatedFields(req: FastifyRequest): void {
  const raw = req.raw.rawHeaders;
  let seen: Set<string> | null = null;
  for (let i = 0; i < raw.length; i += 2) {
    const field = (raw[i] as string).toLowerCase();
    if (!SINGLE_VALUED.has(field) && !field.startsWith('mcp-param-')) continue;
    seen ??= new Set();
    if (seen.has(field)) {
      throw new GatewayError('BAD_REQUEST', `Bad Request: the ${field} header is sent more than once`);
    }
    seen.add(field);
  }
}

/** The host a request is for: an absolute-form target's authority replaces Host (RFC 9112 §3.2.2). */
function effectiveHost(req: FastifyRequest): string | undefined {
  const target = req.raw.url ?? '/';
  if (target.startsWith('/')) return req.headers.host;
  try {
    return new URL(target).host;
  } catch {
    throw new GatewayError('BAD_REQUEST', 'Bad Request: the request target is neither a path nor a URL');
  }
}

function hostAllowed(host: string, allowed: readonly string[]): boolean {
  return allowed.includes(host) || allowed.includes(stripPort(host));
}

/**
 * The host name of `name[:port]`: a port is digits only, so `localhost:evil.example` or
 * `localhost:7410, evil.example` stay whole (and match no allowed name).
 */
function stripPort(host: string): string {
  const end = host.startsWith('[') ? host.indexOf(']') + 1 : host.indexOf(':');
  if (end <= 0 || end === host.length) return host;
  if (!host.startsWith('[') && host.indexOf(':') !== host.lastIndexOf(':')) return host;
  return PORT.test(host.slice(end)) ? host.slice(0, end) : host;
}

const PORT = /^:\d{1,5}$/;

function hostOfOrigin(origin: string): string | null {
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return null;
  }
}
