import { randomUUID } from 'node:crypto';
import type { Identity } from '@proctor/events';
import type { RefusalLimit } from '@proctor/identity';
import type { AuditEmitter } from './audit-emitter';

export interface AuthFailure {
  /** The connection asked for, when it exists (names a client made up are not recorded). */
  connection: string | null;
  sourceIp: string | null;
  userAgent: string | null;
  /** Verifier error code, e.g. TOKEN_EXPIRED. */
  code: string;
  /** The RFC 6750-style reason (e.g. `invalid_token:expired`); default derived from the code. */
  reason?: string;
  httpStatus: number;
  /** The raw Authorization header: only its claims are read, never trusted, never recorded. */
  authorization: string | undefined;
  /** The verified caller, when the request was refused after authentication (a malformed body). */
  identity?: Identity | null;
  /** Size of a refused body in bytes (never its content). */
  requestBytes?: number | null;
}

const UNAUTHENTICATED = { subject: 'unauthenticated', issuer: 'none', groups: [], ci: null, anonymous: true };
const MAX_CLAIM = 256;
const MAX_TOKEN = 16 * 1024;

/** What the gateway records of an address's refusals past its share (see recordAuthFailure). */
export const TOO_MANY_REFUSALS = 'too_many_refusals';

/**
 * Records a refused request as an auth_failure event: its own one-event subject (the failure
 * belongs to no session), with the issuer and subject the token claims, read without
 * verification — the evidence of who tried, never the token. A malformed body refused after
 * authentication carries the verified identity instead.
 *
 * Each is appended durably and kept for years: with `refusals`, an address past its share
 * (a flood of bad tokens or bodies, answered as before) has only the first refusal of each
 * period recorded, as `too_many_refusals`, and the rest not, so the flood does not reach the
 * store.
 */
export async function recordAuthFailure(
  emitter: AuditEmitter,
  failure: AuthFailure,
  refusals?: RefusalLimit,
): Promise<void> {
  let reason = failure.reason ?? `invalid_token:${failure.code.toLowerCase()}`;
  if (refusals !== undefined) {
    const address = failure.sourceIp ?? '';
    const blocked = refusals.blocked(address);
    if (blocked?.record === false) return;
    if (blocked === undefined) refusals.refused(address);
    else reason = TOO_MANY_REFUSALS;
  }
  const claims = failure.identity ? { issuer: null, subject: null } : claimedIdentity(failure.authorization);
  const sessionId = `auth-failure-${randomUUID()}`;
  await emitter.emit(
    {
      sessionId,
      identity: failure.identity ?? UNAUTHENTICATED,
      sourceIp: failure.sourceIp,
      userAgent: failure.userAgent,
      connection: failure.connection ?? '',
      era: null,
      protocolVersion: null,
      traceId: null,
      seqs: emitter.localSeqs,
    },
    [
      {
        type: 'auth_failure',
        body: {
          reason,
          httpStatus: failure.httpStatus,
          claimedIssuer: claims.issuer,
          claimedSubject: claims.subject,
          ...(failure.requestBytes != null && { requestBytes: failure.requestBytes }),
        },
      },
    ],
  );
  emitter.localSeqs.forget(sessionId);
}

/** The `iss` and `sub` a JWT claims, decoded without verification; nulls when unreadable. */
export function claimedIdentity(authorization: string | undefined): {
  issuer: string | null;
  subject: string | null;
} {
  const none = { issuer: null, subject: null };
  if (!authorization || authorization.length > MAX_TOKEN) return none;
  const match = /^Bearer\s+([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.[A-Za-z0-9_-]*$/i.exec(authorization.trim());
  if (!match?.[2]) return none;
  try {
    const payload = JSON.parse(Buffer.from(match[2], 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >;
    return { issuer: claim(payload.iss), subject: claim(payload.sub) };
  } catch {
    return none;
  }
}

function claim(value: unknown): string | null {
  return typeof value === 'string' ? value.slice(0, MAX_CLAIM) : null;
}
