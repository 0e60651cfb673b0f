import type { Identity } from '@proctor/events';
import type { FastifyReply, FastifyRequest } from 'fastify';

export interface IdentityVerifier {
  verify(authorization: string | undefined): Promise<Identity>;
}

/**
 * Answers 401/403 itself and returns undefined when the caller may not read the audit
 * trail: a valid token is needed, and membership in one of the required groups.
 */
export async function authorize(
  verifier: IdentityVerifier,
  requiredGroups: readonly string[],
  req: FastifyRequest,
  reply: FastifyReply,
): Promise<Identity | undefined> {
  let identity: Identity;
  try {
    identity = await verifier.verify(req.headers.authorization);
  } catch (err) {
    const status = (err as { httpStatus?: number }).httpStatus ?? 401;
    const message = err instanceof Error ? err.message : 'unauthorized';
    if (status === 401) {
      reply.header(
        'www-authenticate',
        `Bearer error="invalid_token", error_description="${message.replace(/["\\]/g, "'")}"`,
      );
    }
    reply.code(status).send({ error: { code: (err as { code?: string }).code ?? 'UNAUTHORIZED', message } });
    return undefined;
  }
  if (requiredGroups.length > 0 && !identity.groups.some((g) => requiredGroups.includes(g))) {
    reply.code(403).send({
      error: {
        code: 'FORBIDDEN',
        message: `reading the audit trail needs membership in one of: ${requiredGroups.join(', ')}`,
      },
    });
    return undefined;
  }
  return identity;
}
