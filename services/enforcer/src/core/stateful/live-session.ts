import { randomUUID } from 'node:crypto';
import type { SessionEndReason } from '@proctor/events';
import {
  type BridgeEnvelope,
  identityKeyOf,
  pinnedHere,
  SessionCapError,
  type SessionRecord,
} from '../../sessions/port';
import type { AuditSubject } from '../audit-emitter';
import type { CoreContext } from '../context';
import { GatewayError } from '../errors';
import type { Caller } from '../exchange';
import type { JsonRpcFrame } from '../json-rpc';
import type { StageContext } from '../stages';

/**
 * A stateful-era session as the core works with it: the serialisable record (in the store,
 * or only here for a one-request session) and the audit subject its events are written under.
 */
export interface LiveSession {
  record: SessionRecord;
  subject: AuditSubject;
  /** A one-request session: not in the store, ended once its answer is recorded. */
  transient: boolean;
}

/** What a session's events are about; `userAgent`: the one of the request at hand, when there is one. */
export function subjectOf(
  ctx: CoreContext,
  record: SessionRecord,
  transient: boolean,
  userAgent: string | null = record.userAgent,
): AuditSubject {
  return {
    sessionId: record.id,
    identity: record.identity,
    sourceIp: record.sourceIp,
    userAgent,
    connection: record.connection,
    era: 'stateful',
    protocolVersion: record.protocolVersion,
    traceId: null,
    seqs: transient ? ctx.emitter.localSeqs : ctx.sessions,
  };
}

/** Session ids of stateful clients bridged to a 2026-07-28 upstream: any gateway tells them apart. */
export const BRIDGED_SESSION_PREFIX = 'bridged-';

function newRecord(
  ctx: CoreContext,
  connection: string,
  caller: Caller,
  protocolVersion: string | null,
  options: SessionOptions,
): SessionRecord {
  const now = ctx.now();
  return {
    id: options.bridge ? `${BRIDGED_SESSION_PREFIX}${randomUUID()}` : randomUUID(),
    connection,
    identity: caller.identity,
    identityKey: identityKeyOf(caller.identity),
    sourceIp: caller.sourceIp,
    // Client text that may hold PHI: not kept in the store (shared, at rest in Redis). Each
    // request's events carry the user agent of that request instead.
    userAgent: null,
    phase: 'initializing',
    protocolVersion,
    upstreamSessionId: null,
    createdBy: ctx.gatewayId,
    createdEpoch: ctx.emitter.gatewayEpoch,
    pinned: options.pinned ?? false,
    bridge: options.bridge ?? null,
    createdAt: now,
    lastActive: now,
  };
}

export interface SessionStart {
  protocolVersion: string | null;
  clientName: string | null;
  clientVersion: string | null;
}

export interface SessionOptions {
  /** Its upstream side lives only in this gateway instance (SessionRecord.pinned); stdio sessions always do. */
  pinned?: boolean;
  /** A stateful client bridged to a 2026-07-28 upstream: the envelope its requests travel with. */
  bridge?: BridgeEnvelope;
}

/**
 * Opens a session for an `initialize` (kept in the store, under the identity's cap) or a
 * one-request session, and records session_started. If that record fails the session is gone.
 */
export async function openSession(
  ctx: CoreContext,
  connection: string,
  caller: Caller,
  start: SessionStart,
  transient: boolean,
  options: SessionOptions = {},
): Promise<LiveSession> {
  // A stdio server process lives in the gateway that started it.
  const stdio = ctx.connections.get(connection)?.upstream.transport === 'stdio';
  const record = newRecord(ctx, connection, caller, start.protocolVersion, {
    ...options,
    pinned: options.pinned === true || stdio,
  });
  if (!transient) {
    try {
      await ctx.sessions.create(record, { maxPerIdentity: ctx.limits.maxSessionsPerIdentity });
    } catch (err) {
      if (err instanceof SessionCapError) throw new GatewayError('SESSION_CAP', err.message, { cause: err });
      throw err;
    }
  }
  const live: LiveSession = {
    record,
    subject: subjectOf(ctx, record, transient, caller.userAgent),
    transient,
  };
  try {
    await ctx.emitter.emit(live.subject, [
      {
        type: 'session_started',
        body: {
          protocolVersion: start.protocolVersion,
          clientName: start.clientName,
          clientVersion: start.clientVersion,
          transport: 'streamable-http',
        },
      },
    ]);
  } catch (err) {
    if (!transient) await ctx.sessions.remove(record.id);
    throw auditUnavailable(ctx, err);
  }
  return live;
}

/** The session a request names, if it exists, belongs to this connection and to this caller. */
export async function loadSession(ctx: CoreContext, connection: string, id: string, caller: Caller) {
  const record = await ctx.sessions.get(id);
  if (!record || record.connection !== connection || record.phase === 'ending') {
    throw new GatewayError('SESSION_NOT_FOUND', 'Session not found');
  }
  if (record.identityKey !== identityKeyOf(caller.identity)) {
    throw new GatewayError('SESSION_FORBIDDEN', 'this session belongs to another identity');
  }
  const live: LiveSession = {
    record,
    subject: subjectOf(ctx, record, false, caller.userAgent),
    transient: false,
  };
  if (record.pinned && !pinnedHere(record, ctx.gatewayId, ctx.emitter.gatewayEpoch)) {
    await refusePinnedElsewhere(ctx, live);
  }
  await ctx.sessions.touch(id, ctx.now());
  return live;
}

/**
 * A session whose upstream side lives in another gateway instance. When that instance was an
 * earlier start of this gateway, what it held died with it: the session ends (gateway_crash)
 * and the client is told to start a new one, as the revision prescribes (404). Otherwise the
 * other gateway still serves it: the request was misdirected (421), the reason is named, and
 * the session stays open there.
 */
async function refusePinnedElsewhere(ctx: CoreContext, live: LiveSession): Promise<never> {
  const { record } = live;
  if (record.createdBy === ctx.gatewayId) {
    await endSession(ctx, live, 'gateway_crash');
    throw new GatewayError(
      'SESSION_NOT_FOUND',
      'Session not found: its upstream side ended when this gateway restarted; initialize a new session',
    );
  }
  throw new GatewayError(
    'SESSION_ELSEWHERE',
    `this session's upstream side (a stdio server process, or an upstream session a bridge opened) lives in gateway "${record.createdBy}"; send its requests to that gateway, or initialize a new session`,
  );
}

/**
 * Ends a session once, whoever else tries (another request, the idle sweep, another gateway):
 * claims it, stops its streams, releases the upstream session if asked, records session_ended
 * as its last event and forgets it.
 */
export async function endSession(
  ctx: CoreContext,
  live: LiveSession,
  reason: SessionEndReason,
  options: { releaseUpstream: boolean } = { releaseUpstream: false },
): Promise<void> {
  const { record } = live;
  if (!live.transient) {
    const claimed = await ctx.sessions.update(record.id, { phase: 'ending' }, [
      'initializing',
      'established',
    ]);
    if (!claimed) return;
    live.record = claimed;
  }
  ctx.sseStore.forgetSession(record.id);
  if (options.releaseUpstream && live.record.upstreamSessionId !== null) {
    const connection = ctx.connections.get(record.connection);
    await connection?.upstream
      .closeSession({
        upstreamSessionId: live.record.upstreamSessionId,
        protocolVersion: live.record.protocolVersion,
        headers: await credentialsFor(ctx, live),
        signal: AbortSignal.timeout(5_000),
      })
      .catch((err: unknown) =>
        ctx.logger.warn({ err, session: record.id }, 'could not close an upstream session'),
      );
  }
  try {
    await ctx.emitter.emit(live.subject, [{ type: 'session_ended', body: { finalSeq: 0, reason } }]);
  } catch (err) {
    ctx.logger.error({ err, session: record.id }, 'could not record the end of a session');
  }
  ctx.correlator.forget(record.id);
  if (live.transient) ctx.emitter.localSeqs.forget(record.id);
  else await ctx.sessions.remove(record.id);
}

export function auditUnavailable(ctx: CoreContext, err: unknown): GatewayError {
  ctx.logger.error({ err }, 'audit event log unavailable: failing closed');
  return new GatewayError('AUDIT_UNAVAILABLE', 'audit log unavailable: the request was not forwarded', {
    cause: err,
  });
}

/** An initialize answered with a result establishes the session with the negotiated revision. */
export async function completeInitialize(
  ctx: CoreContext,
  session: LiveSession,
  frames: JsonRpcFrame[],
): Promise<void> {
  const answer = frames.find((f) => f.kind === 'response' || f.kind === 'error');
  if (answer?.kind !== 'response') return;
  const result = answer.message.result as { protocolVersion?: unknown } | undefined;
  const negotiated = typeof result?.protocolVersion === 'string' ? result.protocolVersion : null;
  const updated = await ctx.sessions.update(
    session.record.id,
    { phase: 'established', ...(negotiated !== null && { protocolVersion: negotiated }) },
    ['initializing'],
  );
  if (updated) {
    session.record = updated;
    session.subject.protocolVersion = updated.protocolVersion;
  }
}

/** The headers that authenticate the gateway upstream for this session (never the client's token). */
/**
 * Records events in this session: a stage's `emit`. Returned, not assigned to a name: a named
 * arrow function made per call costs a defineProperty under tsx (keepNames).
 */
export function sessionEmit(ctx: CoreContext, session: LiveSession): StageContext['emit'] {
  return (contents) => ctx.emitter.emit(session.subject, contents);
}

export function credentialsFor(ctx: CoreContext, session: LiveSession): Promise<Record<string, string>> {
  return ctx.credentials.headersFor({
    identity: session.record.identity,
    connection: session.record.connection,
    sessionId: session.record.id,
  });
}
