import { StatelessProtocolError } from './errors';
import {
  isModernProtocolVersion,
  isPlainObject,
  META,
  MODERN_PROTOCOL_VERSIONS,
  MODERN_RPC,
} from './protocol';
import { hasEnvelopeClaim, metaOf, parseRequestMeta, type RequestMeta } from './request-meta';
import { type StandardHeaders, validateStandardHeaders } from './standard-headers';

export interface EraInput {
  httpMethod: string;
  headers: StandardHeaders & { sessionId?: string | undefined };
  /** The parsed JSON body (a single message or a batch); undefined for GET and DELETE. */
  body: unknown;
}

export type StatefulReason = 'http-method' | 'initialize' | 'session' | 'batch' | 'response' | 'no-claim';

export type EraDecision =
  | { era: 'stateless'; kind: 'request' | 'notification'; meta: RequestMeta }
  | { era: 'stateful'; reason: StatefulReason; protocolVersion: string | null };

/**
 * Decides, per HTTP request on the one MCP endpoint, which protocol era it speaks. The body
 * decides (a proxy that drops a header must not change the era): a message whose `_meta`
 * names a 2026-07-28-or-later protocol version is stateless; `initialize`, anything sent
 * inside an `Mcp-Session-Id`, batches, posted responses and envelope-less messages are
 * stateful. Headers are cross-checked against the body; a disagreement, or a stateless
 * message without the required headers, throws the revision's error (HTTP 400, -32020 or
 * -32602); so does a sessionless request whose envelope names a version the gateway does
 * not serve statelessly (-32022 UnsupportedProtocolVersion). Pure: no I/O, no clock.
 */
export function detectEra(input: EraInput): EraDecision {
  const headerVersion = input.headers.protocolVersion;
  const headerIsModern = headerVersion !== undefined && isModernProtocolVersion(headerVersion);
  if (input.httpMethod.toUpperCase() !== 'POST') {
    return { era: 'stateful', reason: 'http-method', protocolVersion: headerVersion ?? null };
  }
  const body = input.body;
  if (Array.isArray(body)) {
    if (body.some((m) => isPlainObject(m) && hasEnvelopeClaim(m.params))) {
      throw invalidRequest(
        'JSON-RPC batches may not carry requests of protocol revision 2026-07-28 or later',
      );
    }
    return { era: 'stateful', reason: 'batch', protocolVersion: headerVersion ?? null };
  }
  if (!isPlainObject(body)) throw invalidRequest('the body is not a JSON-RPC message');
  if (typeof body.method !== 'string') {
    // Revision 2026-07-28 has no server-to-client requests, so its clients post no responses.
    if (headerIsModern && input.headers.sessionId === undefined) {
      throw invalidRequest('JSON-RPC responses cannot be posted in protocol revision 2026-07-28 or later');
    }
    return { era: 'stateful', reason: 'response', protocolVersion: headerVersion ?? null };
  }
  const kind = body.id === undefined ? 'notification' : 'request';
  const claimed = claimedVersion(body.params);
  if (claimed !== undefined && isModernProtocolVersion(claimed)) {
    const meta = parseRequestMeta(body.params);
    validateStandardHeaders(input.headers, { method: body.method, params: body.params }, kind, claimed);
    return { era: 'stateless', kind, meta };
  }
  const sessionless = input.headers.sessionId === undefined && body.method !== 'initialize';
  if (claimed !== undefined && kind === 'request' && sessionless) {
    refuseUnservedClaim(claimed, headerVersion);
  }
  if (headerIsModern) {
    if (body.method === 'initialize') {
      throw new StatelessProtocolError('HEADER_MISMATCH', {
        httpStatus: 400,
        rpcCode: MODERN_RPC.HEADER_MISMATCH,
        message:
          'Header mismatch: an initialize request was sent with a 2026-07-28-or-later MCP-Protocol-Version header',
      });
    }
    if (kind === 'notification') {
      // The revision sets no envelope requirement for notifications: the header decides.
      validateStandardHeaders(input.headers, { method: body.method }, kind, headerVersion);
      return { era: 'stateless', kind, meta: notificationMeta(headerVersion) };
    }
    // The header claims the stateless era but the body carries no envelope to back it.
    parseRequestMeta(body.params);
  }
  if (body.method === 'initialize') {
    const params = isPlainObject(body.params) ? body.params : {};
    const version = typeof params.protocolVersion === 'string' ? params.protocolVersion : null;
    return { era: 'stateful', reason: 'initialize', protocolVersion: version };
  }
  const reason: StatefulReason = input.headers.sessionId !== undefined ? 'session' : 'no-claim';
  return { era: 'stateful', reason, protocolVersion: claimed ?? headerVersion ?? null };
}

/**
 * A request outside any session whose envelope names a revision the gateway does not serve
 * statelessly: a header naming another version is a HeaderMismatch, else the revision's
 * UnsupportedProtocolVersionError (HTTP 400, -32022) lists what is served and echoes the
 * requested version (truncated: it is client text).
 */
function refuseUnservedClaim(claimed: string, headerVersion: string | undefined): never {
  if (headerVersion !== undefined && headerVersion !== claimed) {
    throw new StatelessProtocolError('HEADER_MISMATCH', {
      httpStatus: 400,
      rpcCode: MODERN_RPC.HEADER_MISMATCH,
      message:
        'Header mismatch: the MCP-Protocol-Version header and the body _meta name different protocol versions',
    });
  }
  throw new StatelessProtocolError('UNSUPPORTED_PROTOCOL_VERSION', {
    httpStatus: 400,
    rpcCode: MODERN_RPC.UNSUPPORTED_PROTOCOL_VERSION,
    message: 'Unsupported protocol version',
    data: { supported: [...MODERN_PROTOCOL_VERSIONS], requested: claimed.slice(0, 64) },
  });
}

function notificationMeta(protocolVersion: string): RequestMeta {
  return { protocolVersion, clientCapabilities: {}, clientInfo: null, logLevel: null, traceId: null };
}

function claimedVersion(params: unknown): string | undefined {
  const meta = metaOf(params);
  if (meta === undefined || !(META.PROTOCOL_VERSION in meta)) return undefined;
  const value = meta[META.PROTOCOL_VERSION];
  // A present but malformed claim is still a claim: parseRequestMeta reports it.
  if (typeof value !== 'string') parseRequestMeta(params);
  return value as string;
}

function invalidRequest(detail: string): StatelessProtocolError {
  return new StatelessProtocolError('INVALID_REQUEST', {
    httpStatus: 400,
    rpcCode: MODERN_RPC.INVALID_REQUEST,
    message: `Invalid Request: ${detail}`,
  });
}
