import { ProctorError } from '@proctor/errors';

/**
 * JSON-RPC error codes the gateway itself answers with. Revision 2026-07-28 reserves
 * -32020..-32099 for codes the specification defines (HeaderMismatch -32020,
 * MissingRequiredClientCapability -32021, UnsupportedProtocolVersion -32022; -32002 and
 * -32042 retired), closes -32000..-32019 to new allocations, and asks for codes of other
 * purposes outside the JSON-RPC reserved range (-32768..-32000): the gateway's own are
 * -31010..-31025. `SESSION_NOT_FOUND` keeps -32001, the code stateful-era servers (the
 * reference SDK among them) answer an unknown Mcp-Session-Id with, so a client sees
 * through the gateway what it sees directly.
 */
export const GATEWAY_RPC = {
  SESSION_NOT_FOUND: -32001,
  UNAUTHORIZED: -31010,
  FORBIDDEN: -31011,
  UNKNOWN_CONNECTION: -31012,
  RATE_LIMITED: -31013,
  DENIED: -31014,
  SESSION_ELSEWHERE: -31015,
  AUDIT_UNAVAILABLE: -31020,
  UPSTREAM_UNAVAILABLE: -31021,
  UPSTREAM_PROTOCOL: -31022,
  PAYLOAD_TOO_LARGE: -31023,
  UNSUPPORTED_MEDIA_TYPE: -31024,
  SHUTTING_DOWN: -31025,
} as const;

/** Standard JSON-RPC codes. */
export const RPC = {
  PARSE_ERROR: -32700,
  INVALID_REQUEST: -32600,
  METHOD_NOT_FOUND: -32601,
  INVALID_PARAMS: -32602,
  INTERNAL_ERROR: -32603,
} as const;

export type GatewayErrorCode =
  | 'PARSE_ERROR'
  | 'INVALID_REQUEST'
  | 'BAD_REQUEST'
  | 'UNAUTHORIZED'
  | 'AUTH_UNAVAILABLE'
  | 'FORBIDDEN'
  | 'FORBIDDEN_HOST'
  | 'UNKNOWN_CONNECTION'
  | 'SESSION_NOT_FOUND'
  | 'SESSION_FORBIDDEN'
  | 'SESSION_ELSEWHERE'
  | 'SESSION_CAP'
  | 'REQUEST_ID_IN_USE'
  | 'RATE_LIMITED'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'NOT_ACCEPTABLE'
  | 'METHOD_NOT_ALLOWED'
  | 'AUDIT_UNAVAILABLE'
  | 'UPSTREAM_UNAVAILABLE'
  | 'UPSTREAM_TIMEOUT'
  | 'UPSTREAM_PROTOCOL'
  | 'SHUTTING_DOWN';

interface Mapping {
  httpStatus: number;
  rpcCode: number;
  retryable: boolean;
}

const MAPPINGS: Record<GatewayErrorCode, Mapping> = {
  PARSE_ERROR: { httpStatus: 400, rpcCode: RPC.PARSE_ERROR, retryable: false },
  INVALID_REQUEST: { httpStatus: 400, rpcCode: RPC.INVALID_REQUEST, retryable: false },
  BAD_REQUEST: { httpStatus: 400, rpcCode: RPC.INVALID_REQUEST, retryable: false },
  UNAUTHORIZED: { httpStatus: 401, rpcCode: GATEWAY_RPC.UNAUTHORIZED, retryable: false },
  AUTH_UNAVAILABLE: { httpStatus: 503, rpcCode: GATEWAY_RPC.UNAUTHORIZED, retryable: true },
  FORBIDDEN: { httpStatus: 403, rpcCode: GATEWAY_RPC.FORBIDDEN, retryable: false },
  FORBIDDEN_HOST: { httpStatus: 403, rpcCode: GATEWAY_RPC.FORBIDDEN, retryable: false },
  UNKNOWN_CONNECTION: { httpStatus: 404, rpcCode: GATEWAY_RPC.UNKNOWN_CONNECTION, retryable: false },
  SESSION_NOT_FOUND: { httpStatus: 404, rpcCode: GATEWAY_RPC.SESSION_NOT_FOUND, retryable: false },
  SESSION_FORBIDDEN: { httpStatus: 403, rpcCode: GATEWAY_RPC.FORBIDDEN, retryable: false },
  // 421 Misdirected Request: another gateway instance holds the session's upstream side.
  SESSION_ELSEWHERE: { httpStatus: 421, rpcCode: GATEWAY_RPC.SESSION_ELSEWHERE, retryable: false },
  SESSION_CAP: { httpStatus: 429, rpcCode: GATEWAY_RPC.RATE_LIMITED, retryable: true },
  REQUEST_ID_IN_USE: { httpStatus: 400, rpcCode: RPC.INVALID_REQUEST, retryable: false },
  RATE_LIMITED: { httpStatus: 429, rpcCode: GATEWAY_RPC.RATE_LIMITED, retryable: true },
  PAYLOAD_TOO_LARGE: { httpStatus: 413, rpcCode: GATEWAY_RPC.PAYLOAD_TOO_LARGE, retryable: false },
  UNSUPPORTED_MEDIA_TYPE: { httpStatus: 415, rpcCode: GATEWAY_RPC.UNSUPPORTED_MEDIA_TYPE, retryable: false },
  NOT_ACCEPTABLE: { httpStatus: 406, rpcCode: RPC.INVALID_REQUEST, retryable: false },
  METHOD_NOT_ALLOWED: { httpStatus: 405, rpcCode: RPC.INVALID_REQUEST, retryable: false },
  AUDIT_UNAVAILABLE: { httpStatus: 503, rpcCode: GATEWAY_RPC.AUDIT_UNAVAILABLE, retryable: true },
  UPSTREAM_UNAVAILABLE: { httpStatus: 502, rpcCode: GATEWAY_RPC.UPSTREAM_UNAVAILABLE, retryable: true },
  UPSTREAM_TIMEOUT: { httpStatus: 504, rpcCode: GATEWAY_RPC.UPSTREAM_UNAVAILABLE, retryable: true },
  UPSTREAM_PROTOCOL: { httpStatus: 502, rpcCode: GATEWAY_RPC.UPSTREAM_PROTOCOL, retryable: false },
  SHUTTING_DOWN: { httpStatus: 503, rpcCode: GATEWAY_RPC.SHUTTING_DOWN, retryable: true },
};

/**
 * Every error the gateway answers a client with. One handler in http/ maps it to the HTTP
 * status and the JSON-RPC error body; `message` is safe to show the client (no payload, no token).
 */
export class GatewayError extends ProctorError<GatewayErrorCode> {
  readonly rpcCode: number;
  /** Extra response headers (WWW-Authenticate, Retry-After). */
  readonly headers: Record<string, string>;
  /** JSON text of the id of the request this answers, when there is exactly one. */
  readonly idJson: string | null;

  constructor(
    code: GatewayErrorCode,
    message: string,
    options: { cause?: unknown; headers?: Record<string, string>; idJson?: string | null } = {},
  ) {
    const mapping = MAPPINGS[code];
    super(message, {
      ...(options.cause !== undefined && { cause: options.cause }),
      code,
      httpStatus: mapping.httpStatus,
      retryable: mapping.retryable,
    });
    this.rpcCode = mapping.rpcCode;
    this.headers = options.headers ?? {};
    this.idJson = options.idJson ?? null;
  }
}

export function gatewayError(
  code: GatewayErrorCode,
  message: string,
  options?: { cause?: unknown; headers?: Record<string, string>; idJson?: string | null },
): GatewayError {
  return new GatewayError(code, message, options);
}

/** A JSON-RPC error response body. */
export function errorBody(rpcCode: number, message: string, idJson: string | null = null): string {
  return `{"jsonrpc":"2.0","id":${idJson ?? 'null'},"error":{"code":${rpcCode},"message":${JSON.stringify(message)}}}`;
}
