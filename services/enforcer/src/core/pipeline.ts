import { identityKeyOf, pinnedHere } from '../sessions/port';
import type { CoreContext } from './context';
import { connectionOf } from './context';
import { GatewayError } from './errors';
import type { ClientDelete, ClientListen, ClientPost, Outcome } from './exchange';
import { endSession, loadSession, subjectOf } from './stateful/live-session';
import { handleStatefulPost } from './stateful/post';
import { noSessionError } from './stateful/protocol';
import { handleStatefulListen } from './stateful/streams';

/**
 * Another protocol era's handler (the stateless 2026-07-28 revision, era bridging): when
 * `claims(post)` is true the POST is its own, otherwise the stateful era serves it.
 */
export interface EraHandler {
  claims(post: ClientPost): boolean;
  post(post: ClientPost): Promise<Outcome>;
  /** GETs it serves instead of the stateful era (a bridged session's listening stream). */
  claimsListen?(listen: ClientListen): boolean;
  listen?(listen: ClientListen): Promise<Outcome>;
}

/**
 * The exchange pipeline's entry points, era-independent: http/ calls these with a translated
 * request and writes the Outcome, or maps the thrown GatewayError.
 */
export class ExchangePipeline {
  private readonly eras: EraHandler[] = [];

  constructor(readonly ctx: CoreContext) {}

  /** Adds a handler for another era; consulted in order before the stateful era. */
  addEra(handler: EraHandler): void {
    this.eras.push(handler);
  }

  post(post: ClientPost): Promise<Outcome> {
    this.admit(post.connection, post.caller.identity);
    const handler = this.eras.find((h) => h.claims(post));
    return this.ctx.inflight.track(handler ? handler.post(post) : handleStatefulPost(this.ctx, post));
  }

  listen(listen: ClientListen): Promise<Outcome> {
    this.admit(listen.connection, listen.caller.identity);
    const handler = this.eras.find((h) => h.claimsListen?.(listen));
    return handler?.listen ? handler.listen(listen) : handleStatefulListen(this.ctx, listen);
  }

  /** DELETE: the client ends its session; the upstream session is released first. */
  async delete(call: ClientDelete): Promise<Outcome> {
    this.admit(call.connection, call.caller.identity);
    if (call.sessionId === null) throw noSessionError(call.protocolVersion);
    const session = await loadSession(this.ctx, call.connection, call.sessionId, call.caller);
    await endSession(this.ctx, session, 'client_delete', { releaseUpstream: true });
    return { type: 'empty', status: 200, headers: {} };
  }

  /**
   * Ends sessions idle since before `cutoff` (ms), releasing their upstream sessions. A session
   * pinned to another gateway is that gateway's to end (only it can stop the process or close
   * the upstream session it holds); it is ended here only once idle since before
   * `othersPinnedCutoff`, when that gateway evidently is not there to do it.
   */
  async sweepIdle(cutoff: number, othersPinnedCutoff = cutoff): Promise<number> {
    const idle = await this.ctx.sessions.listIdle(cutoff, 1_000);
    let ended = 0;
    for (const record of idle) {
      // A session with a live stream on this gateway is in use, however quiet its POSTs.
      if (this.ctx.sseStore.streamsOf(record.id).some((s) => !s.done && s.attached)) continue;
      const othersPinned = record.pinned && record.createdBy !== this.ctx.gatewayId;
      if (othersPinned && record.lastActive >= othersPinnedCutoff) continue;
      const live = { record, subject: subjectOf(this.ctx, record, false), transient: false };
      await endSession(this.ctx, live, 'idle_timeout', { releaseUpstream: true });
      ended++;
    }
    return ended;
  }

  /**
   * Graceful shutdown: refuses new exchanges, lets in-flight ones finish until the deadline,
   * cuts the rest (their requests get an error, recorded), then ends this gateway's sessions
   * (gateway_shutdown) unless they live in a shared store another gateway serves (and are not
   * pinned to this one).
   */
  async shutdown(deadlineMs: number): Promise<{ drained: boolean }> {
    const result = await this.ctx.inflight.drain(deadlineMs);
    if (!this.ctx.sessionsAreShared) {
      for (;;) {
        const open = await this.ctx.sessions.listIdle(Number.POSITIVE_INFINITY, 1_000);
        if (open.length === 0) break;
        for (const record of open) {
          const live = { record, subject: subjectOf(this.ctx, record, false), transient: false };
          await endSession(this.ctx, live, 'gateway_shutdown', { releaseUpstream: true });
          // A session whose end could not be claimed is already ending elsewhere.
          await this.ctx.sessions.remove(record.id);
        }
      }
    } else {
      await this.endPinnedSessions();
    }
    await this.ctx.emitter.idle();
    return result;
  }

  /**
   * With a shared store the other gateways go on serving this gateway's sessions, except the
   * ones pinned to this instance (a stdio process, a bridge's upstream session): those end
   * with it (of the first 10,000 sessions of the store; the idle sweep ends any beyond).
   */
  private async endPinnedSessions(): Promise<void> {
    const { ctx } = this;
    for (const record of await ctx.sessions.listIdle(Number.POSITIVE_INFINITY, 10_000)) {
      if (!record.pinned || !pinnedHere(record, ctx.gatewayId, ctx.emitter.gatewayEpoch)) continue;
      const live = { record, subject: subjectOf(ctx, record, false), transient: false };
      await endSession(ctx, live, 'gateway_shutdown', { releaseUpstream: true });
    }
  }

  private admit(connection: string, identity: Parameters<typeof identityKeyOf>[0]): void {
    if (this.ctx.inflight.isClosing) {
      throw new GatewayError('SHUTTING_DOWN', 'the gateway is shutting down; retry on another instance', {
        headers: { 'retry-after': '1' },
      });
    }
    connectionOf(this.ctx, connection);
    this.ctx.rateLimiter.take(identityKeyOf(identity));
  }
}
