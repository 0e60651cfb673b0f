/**
 * Sessions cut off by a crash: at the next start, the gateway reads what the log holds of its
 * own earlier epochs and records `session_ended` (reason `gateway_crash`) for every session
 * that started and never ended, continuing that session's seq without a gap.
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
import { type AuditEmitter, LocalSeqs } from './audit-emitter';

export interface GatewayHistoryReader {
  readNew(onEvent: (event: AuditEvent) => void): Promise<void>;
}

interface OpenSession {
  last: AuditEvent;
}

/** Ends the sessions of earlier epochs of `gatewayId` that the log shows as still open; returns how many. */
export async function recoverCrashedSessions(
  emitter: AuditEmitter,
  reader: GatewayHistoryReader,
  gatewayId: string,
): Promise<number> {
  const open = new Map<string, OpenSession>();
  await reader.readNew((event) => {
    if (event.gatewayId !== gatewayId || (event.gatewayEpoch ?? 0) >= emitter.gatewayEpoch) return;
    if (event.type === 'session_started') open.set(event.sessionId, { last: event });
    else if (event.type === 'session_ended') open.delete(event.sessionId);
    else {
      const session = open.get(event.sessionId);
      if (session && event.seq > session.last.seq) session.last = event;
    }
  });
  const seqs = new LocalSeqs();
  for (const [sessionId, { last }] of open) {
    seqs.reserveSeq(sessionId, last.seq + 1);
    await emitter.emit(
      {
        sessionId,
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
    seqs.forget(sessionId);
  }
  return open.size;
}
