import type { ServerResponse } from 'node:http';
import type { Logger } from '@proctor/logger';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { errorBody, GatewayError, RPC } from '../core/errors';

/** An error as the client sees it. */
export interface ErrorAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * The one place where errors become HTTP answers: a GatewayError keeps its status, JSON-RPC
 * code and client-safe message; fastify's own errors are mapped; anything else is a 500
 * whose details stay in the log. Both the fastify routes and the direct POST route use it.
 */
export function errorAnswer(err: unknown, logger: Logger, maxBodyBytes: number): ErrorAnswer {
  const mapped = toGatewayError(err as FastifyError | GatewayError, maxBodyBytes);
  if (!mapped) logger.error({ err }, 'unhandled gateway error');
  return {
    status: mapped?.httpStatus ?? 500,
    headers: { 'content-type': 'application/json; charset=utf-8', ...(mapped?.headers ?? {}) },
    body: errorBody(
      mapped?.rpcCode ?? RPC.INTERNAL_ERROR,
      mapped?.message ?? 'internal gateway error',
      mapped?.idJson ?? null,
    ),
  };
}

/** fastify's error handler. */
export function createErrorHandler(logger: Logger, maxBodyBytes: number) {
  return (err: FastifyError | GatewayError, _req: FastifyRequest, reply: FastifyReply) => {
    const answer = errorAnswer(err, logger, maxBodyBytes);
    if (reply.sent || reply.raw.headersSent) return reply;
    return reply.code(answer.status).headers(answer.headers).send(answer.body);
  };
}

/** Writes an error straight to the response (the direct POST route), as fastify's handler would. */
export function writeError(res: ServerResponse, err: unknown, logger: Logger, maxBodyBytes: number): void {
  const answer = errorAnswer(err, logger, maxBodyBytes);
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(answer.status, { ...answer.headers, 'content-length': Buffer.byteLength(answer.body) });
  res.end(answer.body);
}

function toGatewayError(err: FastifyError | GatewayError, maxBodyBytes: number): GatewayError | null {
  if (err instanceof GatewayError) return err;
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
        return new GatewayError('BAD_REQUEST', `Bad Request: ${(err as Error).message}`);
      }
      return null;
    }
  }
}
