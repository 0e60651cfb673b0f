import { randomUUID } from 'node:crypto';
import type { BridgeEnvelope } from '../../sessions/port';
import type { UpstreamReply } from '../../upstream/port';
import type { CoreContext } from '../context';
import { RPC } from '../errors';
import { sseEventBytes } from '../frame-events';
import { frameOf, type JsonRpcFrame } from '../json-rpc';
import type { GatewayStream } from '../sse-stream';
import type { LiveSession } from '../stateful/live-session';
import { errorMessage } from '../stateless/exchange-ledger';
import { isPlainObject } from '../stateless/protocol';
import { bridgeRefusal, withEnvelope } from './era-mapping';
import type { HolderMailbox } from './holder-mailbox';
import { acknowledged, withoutSubscriptionId } from './listening-stream';

/** What the subscriptions need of the bridge: the session's upstream requests and its recording. */
export interface SubscriptionIo {
  send(session: LiveSession, frame: JsonRpcFrame, signal: AbortSignal): Promise<UpstreamReply>;
  framesOf(reply: UpstreamReply): AsyncGenerator<JsonRpcFrame>;
  record(session: LiveSession, frame: JsonRpcFrame): Promise<Buffer>;
}

/**
 * A bridged stateful client's `resources/subscribe` toward a 2026-07-28 upstream, which has no
 * such RPC: each subscribed URI becomes a `subscriptions/listen` of its own upstream, with
 * `resourceSubscriptions: [uri]`, held by the gateway that took the subscribe; its
 * `notifications/resources/updated` are recorded in the client's session and delivered on the
 * session's listening stream, wherever that is open (through the gateway mailbox when it is on
 * another gateway; with no listening stream open, as a stateful server does, they are not sent).
 * `resources/unsubscribe` ends that listen (at its holder), and so does the end of the session.
 * An upstream that does not acknowledge the URI gets the client a clear error instead of a
 * subscription that would never deliver.
 */
export class BridgedResourceSubscriptions {
  /** `<sessionId> <uri>` → the listen held here. */
  private readonly listens = new Map<string, AbortController>();
  /** Session id → its listening stream on this gateway. */
  private readonly listening = new Map<string, GatewayStream>();

  constructor(
    private readonly ctx: CoreContext,
    private readonly io: SubscriptionIo,
    private readonly mailbox: HolderMailbox,
  ) {
    mailbox.on('session-notification', ({ sessionId, text }) => {
      void this.listening.get(sessionId)?.push((id) => sseEventBytes(id, Buffer.from(text, 'utf8')));
    });
    mailbox.on('end-subscription', ({ sessionId, uri }) => this.stop(sessionId, uri));
  }

  /** Whether the session has subscriptions: its listening stream then stays open for their updates. */
  has(envelope: BridgeEnvelope): boolean {
    return Object.keys(envelope.resourceListens ?? {}).length > 0;
  }

  /** The session's listening stream opened here: updates go to it (and to this gateway, by the mailbox). */
  async attachListening(sessionId: string, stream: GatewayStream): Promise<void> {
    await this.mailbox.open();
    this.listening.set(sessionId, stream);
    await this.patchEnvelope(sessionId, (e) => ({ ...e, listeningAt: this.ctx.gatewayId }));
  }

  /** The session's listening stream here finished. */
  detachListening(sessionId: string, stream: GatewayStream): void {
    if (this.listening.get(sessionId) !== stream) return;
    this.listening.delete(sessionId);
    void this.patchEnvelope(sessionId, (e) =>
      e.listeningAt === this.ctx.gatewayId ? { ...e, listeningAt: null } : e,
    ).catch(() => undefined);
  }

  async subscribe(session: LiveSession, frame: JsonRpcFrame): Promise<Record<string, unknown>> {
    const uri = uriOf(frame);
    if (uri === null)
      return errorMessage(frame.idJson, RPC.INVALID_PARAMS, 'Invalid params: uri must be a string');
    const envelope = session.record.bridge as BridgeEnvelope;
    const abort = new AbortController();
    const listen = frameOf({
      jsonrpc: '2.0',
      id: `proctor-subscribe-${randomUUID()}`,
      method: 'subscriptions/listen',
      params: withEnvelope({ notifications: { resourceSubscriptions: [uri] } }, envelope),
    });
    const reply = await this.io.send(session, listen, abort.signal);
    const frames = this.io.framesOf(reply);
    const first = reply.type === 'sse' ? await frames.next() : null;
    const honoured = first && !first.done ? acknowledged(first.value) : null;
    const uris = honoured?.resourceSubscriptions;
    if (!Array.isArray(uris) || !uris.includes(uri)) {
      abort.abort();
      await frames.return(undefined);
      return bridgeRefusal(
        'the 2026-07-28 upstream does not honour resource subscriptions (subscriptions/listen did not acknowledge the URI)',
      ).toResponse(frame.idJson);
    }
    await this.mailbox.open();
    await this.stopEverywhere(session, uri);
    const key = keyOf(session.record.id, uri);
    this.listens.set(key, abort);
    // Ends with the session: the store cancels every stream of a session that ended.
    const anchor = this.ctx.sseStore.open(session.record.id, session.record.identityKey);
    anchor.upstreamAbort = abort;
    await this.patchEnvelope(session.record.id, (e) => ({
      ...e,
      resourceListens: { ...(e.resourceListens ?? {}), [uri]: this.ctx.gatewayId },
    }));
    void this.relay(session, frames, abort).finally(() => {
      anchor.finish();
      if (this.listens.get(key) === abort) this.listens.delete(key);
    });
    return { jsonrpc: '2.0', id: frame.message.id, result: {} };
  }

  async unsubscribe(session: LiveSession, frame: JsonRpcFrame): Promise<Record<string, unknown>> {
    const uri = uriOf(frame);
    if (uri === null)
      return errorMessage(frame.idJson, RPC.INVALID_PARAMS, 'Invalid params: uri must be a string');
    await this.stopEverywhere(session, uri);
    await this.patchEnvelope(session.record.id, (e) => {
      const { [uri]: _gone, ...rest } = e.resourceListens ?? {};
      return { ...e, resourceListens: rest };
    });
    return { jsonrpc: '2.0', id: frame.message.id, result: {} };
  }

  /** Ends the listen of `uri` here, or asks the gateway holding it to. */
  private async stopEverywhere(session: LiveSession, uri: string): Promise<void> {
    const current = (await this.ctx.sessions.get(session.record.id))?.bridge?.resourceListens?.[uri];
    if (current !== undefined && current !== this.ctx.gatewayId) {
      await this.mailbox
        .send(current, { kind: 'end-subscription', sessionId: session.record.id, uri })
        .catch(() => false);
    }
    this.stop(session.record.id, uri);
  }

  private stop(sessionId: string, uri: string): void {
    const key = keyOf(sessionId, uri);
    this.listens.get(key)?.abort();
    this.listens.delete(key);
  }

  private async relay(session: LiveSession, frames: AsyncGenerator<JsonRpcFrame>, abort: AbortController) {
    try {
      for await (const frame of frames) {
        if (frame.kind !== 'notification' || frame.method !== 'notifications/resources/updated') continue;
        const text = await this.io.record(session, withoutSubscriptionId(frame));
        await this.deliver(session.record.id, text);
      }
    } catch (err) {
      if (!abort.signal.aborted)
        this.ctx.logger.warn({ err, session: session.record.id }, 'resource subscription broke');
    }
  }

  private async deliver(sessionId: string, text: Buffer): Promise<void> {
    const local = this.listening.get(sessionId);
    if (local) {
      await local.push((id) => sseEventBytes(id, text));
      return;
    }
    const at = (await this.ctx.sessions.get(sessionId))?.bridge?.listeningAt;
    if (at && at !== this.ctx.gatewayId) {
      await this.mailbox
        .send(at, { kind: 'session-notification', sessionId, text: text.toString('utf8') })
        .catch(() => false);
    }
  }

  private async patchEnvelope(
    sessionId: string,
    patch: (e: BridgeEnvelope) => BridgeEnvelope,
  ): Promise<void> {
    const record = await this.ctx.sessions.get(sessionId);
    if (!record?.bridge) return;
    await this.ctx.sessions.update(sessionId, { bridge: patch(record.bridge) });
  }
}

function keyOf(sessionId: string, uri: string): string {
  return `${sessionId} ${uri}`;
}

function uriOf(frame: JsonRpcFrame): string | null {
  const params = frame.message.params;
  return isPlainObject(params) && typeof params.uri === 'string' ? params.uri : null;
}
