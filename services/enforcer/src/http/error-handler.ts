import { InvalidHostError } from '@proctor/identity';
import type { Logger } from '@proctor/logger';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { errorBody, GatewayError, RPC } from '../core/errors';

/**
 * The one place where errors become HTTP answers: a GatewayError keeps its status, JSON-RPC
 * code and client-safe message; fastify's own errors are mapped; anything else is a 500
 * whose details stay in the log.
 */
export function createErrorHandler(logger: Logger, maxBodyBytes: number) {
  return (err: FastifyError | GatewayError, _req: FastifyRequest, reply: FastifyReply) => {
    const mapped = toGatewayError(err, maxBodyBytes);
    if (!mapped) logger.error({ err }, 'unhandled gateway error');
    if (reply.sent || reply.raw.headersSent) return reply;
    const status = mapped?.httpStatus ?? 500;
    return reply
      .code(status)
      .headers({ 'content-type': 'application/json', ...(mapped?.headers ?? {}) })
      .send(
        errorBody(
          mapped?.rpcCode ?? RPC.INTERNAL_ERROR,
          mapped?.message ?? 'internal gateway error',
          mapped?.idJson ?? null,
        ),
      );
  };
}

function toGatewayError(err: FastifyError | GatewayError, maxBodyBytes: number): GatewayError | null {
  if (err instanceof GatewayError) return err;
  // A URL of the gateway asked to be made from a Host that names no host (its metadata's).
  if (err instanceof InvalidHostError) return new GatewayError('BAD_REQUEST', err.message);
  switch ((err as FastifyError).code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new GatewayError('PAYLOAD_TOO_LARGE', `request body exceeds ${maxBodyBytes} bytes`);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new GatewayError('UNSUPPORTED_MEDIA_TYPE', 'Content-Type must be application/json');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new GatewayError('PARSE_ERROR', 'Parse error: the body is empty');
    default: {
      const status = (err as FastifyError).statusCode;
      if (status !== undefined && status >= 400 && status < 500) {
        return new GatewayError('BAD_REQUEST', `Bad Request: ${err.message}`);
      }
      return null;
    }
  }
}
