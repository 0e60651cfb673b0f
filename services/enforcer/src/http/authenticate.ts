import type { Identity } from '@proctor/events';
import type { Logger } from '@proctor/logger';
import type { FastifyRequest } from 'fastify';
import type { AuditEmitter } from '../core/audit-emitter';
import { recordAuthFailure } from '../core/auth-failures';
import { GatewayError } from '../core/errors';

/** Verifies the caller's bearer token. Errors carry httpStatus, code and a client-safe message. */
export interface IdentityVerifier {
  verify(authorization: string | undefined): Promise<Identity>;
}

/**
 * Authenticates a request, before anything about the connection is revealed. A refusal is
 * recorded as an auth_failure event and answered 401 (or 503 when the key set is unreachable)
 * with a Bearer challenge.
 */
export async function authenticate(
  req: FastifyRequest<{ Params: { name: string } }>,
  deps: {
    verifier: IdentityVerifier;
    emitter: AuditEmitter;
    connections: ReadonlySet<string>;
    logger: Logger;
  },
): Promise<Identity> {
  const authorization = req.headers.authorization;
  try {
    return await deps.verifier.verify(authorization);
  } catch (err) {
    const status = (err as { httpStatus?: number }).httpStatus ?? 401;
    const code = (err as { code?: string }).code ?? 'TOKEN_INVALID';
    const message = err instanceof Error ? err.message : 'unauthorized';
    await recordAuthFailure(deps.emitter, {
      connection: deps.connections.has(req.params.name) ? req.params.name : null,
      sourceIp: req.ip ?? null,
      userAgent: single(req.headers['user-agent']),
      code,
      httpStatus: status,
      authorization,
    }).catch((e: unknown) => deps.logger.error({ err: e }, 'could not record an authentication failure'));
    const description = message.replace(/[^\x20\x21\x23-\x5b\x5d-\x7e]/g, '?');
    const headers: Record<string, string> =
      status === 401
        ? {
            'www-authenticate':
              code === 'TOKEN_MISSING'
                ? 'Bearer'
                : `Bearer error="invalid_token", error_description="${description}"`,
          }
        : {};
    throw new GatewayError(status === 401 ? 'UNAUTHORIZED' : 'AUTH_UNAVAILABLE', message, { headers });
  }
}

export function single(value: string | string[] | undefined): string | null {
  return (Array.isArray(value) ? value[0] : value) ?? null;
}
