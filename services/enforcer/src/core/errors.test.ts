import { describe, expect, it } from 'vitest';
import { GATEWAY_RPC, GatewayError, type GatewayErrorCode } from './errors';
import { MODERN_RPC } from './stateless/protocol';

/** The codes revision 2026-07-28 defines or retires: the gateway must never answer with them for its own errors. */
const SPEC_CODES = new Set<number>([
  MODERN_RPC.HEADER_MISMATCH,
  MODERN_RPC.MISSING_REQUIRED_CLIENT_CAPABILITY,
  MODERN_RPC.UNSUPPORTED_PROTOCOL_VERSION,
  -32002,
  -32042,
]);

const ALL_CODES: GatewayErrorCode[] = [
  'PARSE_ERROR',
  'INVALID_REQUEST',
  'BAD_REQUEST',
  'UNAUTHORIZED',
  'AUTH_UNAVAILABLE',
  'FORBIDDEN',
  'FORBIDDEN_HOST',
  'UNKNOWN_CONNECTION',
  'SESSION_NOT_FOUND',
  'SESSION_FORBIDDEN',
  'SESSION_ELSEWHERE',
  'SESSION_CAP',
  'RATE_LIMITED',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'NOT_ACCEPTABLE',
  'METHOD_NOT_ALLOWED',
  'AUDIT_UNAVAILABLE',
  'UPSTREAM_UNAVAILABLE',
  'UPSTREAM_TIMEOUT',
  'UPSTREAM_PROTOCOL',
  'SHUTTING_DOWN',
];

describe('gateway JSON-RPC error codes', () => {
  it('stay out of the range revision 2026-07-28 reserves, and out of -32000..-32019 but for Session not found', () => {
    for (const [name, code] of Object.entries(GATEWAY_RPC)) {
      expect(SPEC_CODES.has(code), name).toBe(false);
      expect(code >= -32099 && code <= -32020, name).toBe(false);
      if (name !== 'SESSION_NOT_FOUND') expect(code >= -32768 && code <= -32000, name).toBe(false);
    }
    expect(GATEWAY_RPC.SESSION_NOT_FOUND).toBe(-32001);
  });

  it('are distinct, and every gateway error answers with a standard code or one of them', () => {
    const own = Object.values(GATEWAY_RPC);
    expect(new Set(own).size).toBe(own.length);
    const standard = new Set([-32700, -32600, -32601, -32602, -32603]);
    for (const code of ALL_CODES) {
      const { rpcCode } = new GatewayError(code, 'x');
      expect(standard.has(rpcCode) || own.includes(rpcCode as (typeof own)[number]), code).toBe(true);
      expect(SPEC_CODES.has(rpcCode), code).toBe(false);
    }
  });
});
