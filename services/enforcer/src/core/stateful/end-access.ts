/**
 * Ends sessions whose access ended (their access grant was revoked or ran out) now, not at
 * their next request: requests still held by a stage give up with the reason; requests still
 * waiting for an answer on an open stream get it as a JSON-RPC error, recorded like every
 * frame; then the session ends (`access_revoked`, recorded), its streams close and its
 * upstream session is released. A 2026-07-28 exchange in flight (no stored session) is cut
 * through the same held-request registry: its stages give up and its upstream call ends.
 */
import type { CoreContext } from '../context';
import { GATEWAY_RPC } from '../errors';
import { errorFrame } from '../json-rpc';
import { endSession, subjectOf } from './live-session';
import { recordAndPush } from './stream-pump';

export async function endSessionsForAccess(
  ctx: CoreContext,
  sessionIds: readonly string[],
  message: string,
): Promise<number> {
  let ended = 0;
  for (const id of sessionIds) {
    ctx.held.cancelSession(id, message);
    const record = await ctx.sessions.get(id);
    if (!record || record.phase === 'ending') continue;
    const live = { record, subject: subjectOf(ctx, record, false), transient: false };
    const [stream] = ctx.sseStore.streamsOf(id).filter((s) => !s.done);
    if (stream) {
      for (const idJson of ctx.correlator.outstanding(id)) {
        await recordAndPush(ctx, live, stream, errorFrame(idJson, GATEWAY_RPC.DENIED, message)).catch(
          (err: unknown) =>
            ctx.logger.warn({ err, session: id }, 'could not answer a request of an ended grant'),
        );
      }
    }
    await endSession(ctx, live, 'access_revoked', { releaseUpstream: true });
    ended++;
  }
  return ended;
}
