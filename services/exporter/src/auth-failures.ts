/**
 * Refused requests at the audit API are audit events, like the gateway's: an auth_failure
 * event each (its own one-event audit unit, as the gateway records them), with the source
 * address, the user agent, the reason, and the issuer and subject the token claims (read
 * without verifying it, never the token). The events go to the raw event log, so ingest masks
 * the client-controlled fields, links and checkpoints them like every other event, and the
 * HIPAA report counts them.
 */
import { randomUUID } from 'node:crypto';
import type { AuditEvent, AuthFailureBody } from '@proctor/events';
import { newEventId, nowMicros } from '@proctor/events';
import type { FastifyRequest } from 'fastify';

/** A refusal as the identity check describes it, with where the request came from. */
export interface RefusedRequest {
  failure: AuthFailureBody;
  sourceIp: string | null;
  userAgent: string | null;
}

/** Records a refused request durably; rejects when it could not. */
export type AuthFailureSink = (refused: RefusedRequest) => Promise<void>;

/** The audit unit of an exporter refusal: never a session, and never listed as an open one. */
export const EXPORTER_AUTH_FAILURE_PREFIX = 'auth-failure-exporter-';

const UNAUTHENTICATED = { subject: 'unauthenticated', issuer: 'none', groups: [], ci: null, anonymous: true };

export function authFailureEvent(
  refused: RefusedRequest,
  stamp: { tenant: string; gatewayId: string },
): AuditEvent {
  return {
    type: 'auth_failure',
    eventId: newEventId(),
    time: nowMicros(),
    tenant: stamp.tenant,
    gatewayId: stamp.gatewayId,
    sessionId: `${EXPORTER_AUTH_FAILURE_PREFIX}${randomUUID()}`,
    seq: 0,
    identity: UNAUTHENTICATED,
    sourceIp: refused.sourceIp,
    userAgent: refused.userAgent,
    connection: '',
    body: refused.failure,
  };
}

/**
 * Longest user agent kept (as the claimed issuer and subject are cut at 256): a refusal needs no
 * token, and each is kept for years, so anyone could otherwise store 16 KB per request.
 */
export const MAX_USER_AGENT = 512;

export function refusedRequest(req: FastifyRequest, failure: AuthFailureBody): RefusedRequest {
  const agent = req.headers['user-agent'];
  const first = Array.isArray(agent) ? agent[0] : agent;
  return {
    failure,
    sourceIp: req.ip ?? null,
    userAgent: first === undefined ? null : first.slice(0, MAX_USER_AGENT),
  };
}
