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
 * The log may have been trimmed since (segments deleted once shipped or ingested), taking the
 * start and early frames of sessions still open with it. So a running gateway keeps a
 * checkpoint next to its log: the open set as of a log position (see open-subjects.ts), and
 * the log keeps every segment after that position. Recovery folds the log's events from there
 * onto the checkpoint, so a session whose every event was trimmed is still ended, its seq
 * continued from the checkpoint.
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
import { foldEvent, type OpenSubject } from './open-subjects';
import { endSession, subjectOf } from './stateful/live-session';

export interface GatewayHistoryReader {
  readNew(onEvent: (event: AuditEvent) => void): Promise<void>;
}

/**
 * Ends what a crash of an earlier epoch of this gateway cut off; returns how many sessions and
 * exchanges. `checkpoint`: what the previous run had open as of the position the reader starts at.
 */
export async function recoverCrashedSessions(
  ctx: CoreContext,
  reader: GatewayHistoryReader,
  checkpoint: readonly OpenSubject[] = [],
): Promise<number> {
  const open = await openAtCrash(ctx, reader, checkpoint);
  let ended = 0;
  for (const last of open.values()) {
    if (last.era === 'stateless') {
      if (last.answered) continue;
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

/** Each session or exchange of an earlier epoch that the checkpoint and the log show open. */
async function openAtCrash(
  ctx: CoreContext,
  reader: GatewayHistoryReader,
  checkpoint: readonly OpenSubject[],
): Promise<Map<string, OpenSubject>> {
  const open = new Map(checkpoint.map((s) => [s.sessionId, { ...s }]));
  await reader.readNew((event) => {
    if (event.gatewayId !== ctx.gatewayId || (event.gatewayEpoch ?? 0) >= ctx.emitter.gatewayEpoch) return;
    foldEvent(open, event);
  });
  return open;
}

/** Records session_ended after the last event of a session nothing else holds. */
async function endFromLog(ctx: CoreContext, last: OpenSubject): Promise<void> {
  const seqs = new LocalSeqs();
  seqs.reserveSeq(last.sessionId, last.seq + 1);
  await ctx.emitter.emit(
    {
      sessionId: last.sessionId,
      identity: last.identity,
      sourceIp: last.sourceIp,
      userAgent: last.userAgent,
      connection: last.connection,
      era: last.era,
      protocolVersion: last.protocolVersion,
      traceId: last.traceId,
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
