/**
 * Sessions cut off by a crash: at the next start, the gateway reads what its own log (the
 * local log, or the spool in front of Kafka) holds of its earlier epochs and records
 * `session_ended` (reason `gateway_crash`) for what the crash cut off, once:
 *
 * - a session kept in this gateway's memory: every one the log shows open, continuing its
 *   seq from the last event the log holds;
 * - a session in a shared store (Redis): only one pinned to the crashed instance (a stdio
 *   server process, an upstream session a bridge opened), whose end no other gateway claimed;
 *   its seq comes from the store. Any other gateway can go on serving the rest;
 * - a stateless exchange: only one whose round was in flight (its client was still owed the
 *   round's answer). One whose last event is an answer may be continued by its client's
 *   retry, on any gateway, under the seqs its sealed state names.
 *
 * ```ts
 * interface GatewayHistoryReader {
 *   // Calls onEvent for each event the log holds that this reader has not shown before, in
 *   // log order, and resolves once it has caught up with the end of the log.
 *   readNew(onEvent: (event: AuditEvent) => void): Promise<void>;
 * }
 * ```
 */

import type { AuditEvent } from '@proctor/events';
import { LocalSeqs } from './audit-emitter';
import type { CoreContext } from './context';
import { endSession, subjectOf } from './stateful/live-session';

export interface GatewayHistoryReader {
  readNew(onEvent: (event: AuditEvent) => void): Promise<void>;
}

/** Ends what a crash of an earlier epoch of this gateway cut off; returns how many sessions and exchanges. */
export async function recoverCrashedSessions(
  ctx: CoreContext,
  reader: GatewayHistoryReader,
): Promise<number> {
  const open = await openAtCrash(ctx, reader);
  let ended = 0;
  for (const last of open.values()) {
    if (last.era === 'stateless') {
      if (answered(last)) continue;
      await endFromLog(ctx, last);
      ended++;
    } else if (ctx.sessionsAreShared) {
      if (await endPinned(ctx, last.sessionId)) ended++;
    } else {
      await endFromLog(ctx, last);
      ended++;
    }
  }
  return ended;
}

/** The last event of each session or exchange of an earlier epoch that the log shows open. */
async function openAtCrash(ctx: CoreContext, reader: GatewayHistoryReader): Promise<Map<string, AuditEvent>> {
  const open = new Map<string, AuditEvent>();
  await reader.readNew((event) => {
    if (event.gatewayId !== ctx.gatewayId || (event.gatewayEpoch ?? 0) >= ctx.emitter.gatewayEpoch) return;
    if (event.type === 'session_ended') {
      open.delete(event.sessionId);
      return;
    }
    const last = open.get(event.sessionId);
    // Sessions and exchanges show by their start or their frames (an exchange continued here
    // has no start on this gateway); other events (auth failures, grants) have subjects of their own.
    if (!last && event.type !== 'session_started' && event.type !== 'frame') return;
    if (!last || event.seq > last.seq) open.set(event.sessionId, event);
  });
  return open;
}

/** The exchange's round was answered: its client may continue it with a retry. */
function answered(last: AuditEvent): boolean {
  return (
    last.type === 'frame' &&
    last.body.direction === 'server_to_client' &&
    (last.body.kind === 'response' || last.body.kind === 'error')
  );
}

/** Records session_ended after the last event the log holds of a session nothing else holds. */
async function endFromLog(ctx: CoreContext, last: AuditEvent): Promise<void> {
  const seqs = new LocalSeqs();
  seqs.reserveSeq(last.sessionId, last.seq + 1);
  await ctx.emitter.emit(
    {
      sessionId: last.sessionId,
      identity: last.identity,
      sourceIp: last.sourceIp,
      userAgent: last.userAgent,
      connection: last.connection,
      era: last.era ?? null,
      protocolVersion: last.protocolVersion ?? null,
      traceId: last.traceId ?? null,
      seqs,
    },
    [{ type: 'session_ended', body: { finalSeq: 0, reason: 'gateway_crash' } }],
  );
}

/**
 * Ends a shared-store session pinned to an earlier instance of this gateway (claimed
 * atomically: another gateway may be ending it too), releasing its upstream session.
 */
async function endPinned(ctx: CoreContext, sessionId: string): Promise<boolean> {
  const record = await ctx.sessions.get(sessionId);
  if (!record?.pinned || record.createdBy !== ctx.gatewayId) return false;
  if (record.createdEpoch >= ctx.emitter.gatewayEpoch || record.phase === 'ending') return false;
  const live = { record, subject: subjectOf(ctx, record, false), transient: false };
  await endSession(ctx, live, 'gateway_crash', { releaseUpstream: true });
  return live.record.phase === 'ending';
}
