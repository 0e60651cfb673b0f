import type { FastifyReply } from 'fastify';
import { errorBody } from './json-rpc';

/** JSON-RPC error codes the gateway itself answers with (the -32000..-32099 server range). */
export const GATEWAY_RPC = {
  SESSION_NOT_FOUND: -32001,
  UNAUTHORIZED: -32010,
  FORBIDDEN: -32011,
  UNKNOWN_CONNECTION: -32012,
  AUDIT_UNAVAILABLE: -32020,
  UPSTREAM_UNAVAILABLE: -32021,
  UPSTREAM_PROTOCOL: -32022,
  PAYLOAD_TOO_LARGE: -32023,
  UNSUPPORTED_MEDIA_TYPE: -32024,
} as const;

/** Sends a JSON-RPC error with an HTTP status, unless the reply is already under way. */
export function sendRpcError(
  reply: FastifyReply,
  httpStatus: number,
  rpcCode: number,
  message: string,
  extraHeaders: Record<string, string> = {},
): FastifyReply {
  if (reply.sent || reply.raw.headersSent) return reply;
  return reply
    .code(httpStatus)
    .headers({ 'content-type': 'application/json', ...extraHeaders })
    .send(errorBody(rpcCode, message));
}
