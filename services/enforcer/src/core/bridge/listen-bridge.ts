import { randomUUID } from 'node:crypto';
import type { Logger } from '@proctor/logger';
import type { UpstreamReply, UpstreamSseEvent } from '../../upstream/port';
import type { ConnectionRuntime, CoreContext } from '../context';
import { RPC } from '../errors';
import { frameContent } from '../frame-events';
import { type BodyLimits, frameOf, type JsonRpcFrame, parseJsonRpcBody } from '../json-rpc';
import { endReasonOf } from '../stages';
import { endSession } from '../stateful/live-session';
import { StatelessProtocolError } from '../stateless/errors';
import type { Exchange, FrameRequest } from '../stateless/exchange';
import {
  type ExchangeLedger,
  SSE_HEADERS,
  type StatelessCall,
  type StatelessReply,
  sseEvent,
} from '../stateless/exchange-ledger';
import { isPlainObject, META } from '../stateless/protocol';
import { bridgeRefusal } from './era-mapping';
import {
  firstAnswer,
  type LegacyUpstreamSession,
  type LegacyUpstreamSessions,
} from './upstream-legacy-session';

/** What a `subscriptions/listen` asks for (the revision's SubscriptionFilter). */
export interface SubscriptionFilter {
  toolsListChanged?: true;
  promptsListChanged?: true;
  resourcesListChanged?: true;
  resourceSubscriptions?: string[];
}

/** The stateful notifications a listen stream carries, and the filter bit that lets each through. */
const LIST_CHANGED: Record<string, keyof SubscriptionFilter> = {
  'notifications/tools/list_changed': 'toolsListChanged',
  'notifications/prompts/list_changed': 'promptsListChanged',
  'notifications/resources/list_changed': 'resourcesListChanged',
};

export interface ListenBridgeDeps {
  ctx: CoreContext;
  logger: Logger;
  ledger: ExchangeLedger;
  sessions: LegacyUpstreamSessions;
  limits: BodyLimits;
}

/**
 * `subscriptions/listen` of a 2026-07-28 client against a stateful upstream. The listen gets
 * an upstream session of its own (a stateful session has one listening stream, and
 * subscriptions belong to it): the gateway initializes it, sends `resources/subscribe` for
 * each requested URI the upstream can subscribe to, and opens its GET listening stream. The
 * client's stream starts with `notifications/subscriptions/acknowledged` naming what the
 * upstream's capabilities let the gateway honour, then carries the list_changed and
 * resources/updated notifications the filter asks for, stamped with the subscription id.
 * When the client goes away the upstream session is deleted (ending its subscriptions); when
 * the upstream ends the stream, the client gets the listen's final result.
 */
export class ListenBridge {
  constructor(private readonly deps: ListenBridgeDeps) {}

  async listen(
    connection: ConnectionRuntime,
    exchange: Exchange,
    request: FrameRequest,
    call: StatelessCall,
  ): Promise<StatelessReply> {
    const params = call.frame.message.params;
    const asked = isPlainObject(params) ? params.notifications : undefined;
    if (!isPlainObject(asked)) {
      throw new StatelessProtocolError('INVALID_REQUEST', {
        httpStatus: 200,
        rpcCode: RPC.INVALID_PARAMS,
        message: "Invalid params: 'notifications' is required and must be a SubscriptionFilter",
      });
    }
    const session = await this.deps.sessions.openDedicated(connection, call);
    const abort = new AbortController();
    const stop = () => abort.abort();
    call.signal.addEventListener('abort', stop, { once: true });
    try {
      const honored = honoredSubset(asked, session.init.capabilities);
      for (const uri of honored.resourceSubscriptions ?? []) await this.subscribe(connection, session, uri);
      const stream =
        Object.keys(honored).length === 0 ? null : await this.openStream(connection, session, abort.signal);
      return {
        type: 'sse',
        status: 200,
        headers: { ...SSE_HEADERS },
        events: this.relay(exchange, request, call, session, honored, stream, abort),
      };
    } catch (err) {
      call.signal.removeEventListener('abort', stop);
      abort.abort();
      await endSession(this.deps.ctx, session.live, 'never_established', { releaseUpstream: true });
      throw err;
    }
  }

  private async *relay(
    exchange: Exchange,
    request: FrameRequest,
    call: StatelessCall,
    session: LegacyUpstreamSession,
    honored: SubscriptionFilter,
    stream: AsyncIterable<UpstreamSseEvent> | null,
    abort: AbortController,
  ): AsyncGenerator<string> {
    const { ledger } = this.deps;
    const subscriptionId = call.frame.message.id;
    const stamp = (method: string, params: Record<string, unknown>) =>
      frameOf({
        jsonrpc: '2.0',
        method,
        params: {
          ...params,
          _meta: {
            ...(isPlainObject(params._meta) ? params._meta : {}),
            [META.SUBSCRIPTION_ID]: subscriptionId,
          },
        },
      });
    let ended = false;
    try {
      const ack = stamp('notifications/subscriptions/acknowledged', { notifications: honored });
      await ledger.recordFrame(exchange, ack, 'server_to_client', request);
      yield sseEvent(null, ack.text.toString('utf8'));
      for await (const event of this.untilBroken(stream ?? [], call.signal)) {
        for (const frame of this.parse(event.data)) {
          if (frame.kind !== 'notification' || !accepts(honored, frame)) continue;
          const params = isPlainObject(frame.message.params) ? frame.message.params : {};
          const staged = await ledger.responseStages(
            exchange,
            request,
            stamp(frame.method ?? '', params),
            call,
          );
          if (!staged) continue;
          await ledger.recordFrame(exchange, staged, 'server_to_client', request);
          yield sseEvent(null, staged.text.toString('utf8'));
        }
      }
      if (call.signal.aborted) return;
      // The upstream ended the stream (or nothing could be honoured): the listen ends gracefully.
      const final = frameOf({
        jsonrpc: '2.0',
        id: subscriptionId,
        result: {
          resultType: 'complete',
          _meta: {
            [META.SUBSCRIPTION_ID]: subscriptionId,
            ...(isPlainObject(session.init.serverInfo) && { [META.SERVER_INFO]: session.init.serverInfo }),
          },
        },
      });
      await ledger.recordFrame(exchange, final, 'server_to_client', request);
      await ledger.end(exchange, stream === null ? 'exchange_complete' : 'upstream_gone');
      ended = true;
      yield sseEvent(null, final.text.toString('utf8'));
    } finally {
      abort.abort();
      const reason = call.signal.aborted
        ? endReasonOf(call.signal, 'client_disconnect')
        : stream === null
          ? 'exchange_complete'
          : 'upstream_gone';
      await endSession(this.deps.ctx, session.live, reason, { releaseUpstream: true });
      if (!ended) await ledger.end(exchange, reason);
    }
  }

  /** The stream's events until it ends or breaks (a broken stream is logged, not thrown at the client). */
  private async *untilBroken(
    stream: Iterable<UpstreamSseEvent> | AsyncIterable<UpstreamSseEvent>,
    clientGone: AbortSignal,
  ): AsyncGenerator<UpstreamSseEvent> {
    try {
      yield* stream;
    } catch (err) {
      if (!clientGone.aborted)
        this.deps.logger.warn({ err }, 'the upstream listening stream of a listen broke');
    }
  }

  /** resources/subscribe on the listen's upstream session, recorded under that session. */
  private async subscribe(connection: ConnectionRuntime, session: LegacyUpstreamSession, uri: string) {
    const { ctx } = this.deps;
    const request = frameOf({
      jsonrpc: '2.0',
      id: `proctor-subscribe-${randomUUID()}`,
      method: 'resources/subscribe',
      params: { uri },
    });
    const label = { method: 'resources/subscribe', toolName: null };
    await ctx.emitter.emit(session.live.subject, [frameContent(request, 'client_to_server', label)]);
    const reply = await this.send(connection, session, request, AbortSignal.timeout(30_000));
    const answer = await firstAnswer(reply, this.deps.limits);
    if (answer)
      await ctx.emitter.emit(session.live.subject, [frameContent(answer, 'server_to_client', label)]);
    if (answer?.kind !== 'response') {
      throw bridgeRefusal(`the stateful upstream refused resources/subscribe for a requested resource`);
    }
  }

  /** The upstream session's GET listening stream. */
  private async openStream(
    connection: ConnectionRuntime,
    session: LegacyUpstreamSession,
    signal: AbortSignal,
  ): Promise<AsyncIterable<UpstreamSseEvent>> {
    const reply = await connection.upstream.listen({
      upstreamSessionId: session.live.record.upstreamSessionId,
      protocolVersion: session.version,
      headers: { accept: 'text/event-stream', ...(await this.credentials(connection, session)) },
      lastEventId: null,
      signal,
      auditSessionId: session.live.record.id,
    });
    if (reply.type !== 'sse') {
      throw bridgeRefusal(
        `the stateful upstream offers no listening stream (it answered GET with HTTP ${reply.status}), so its notifications cannot reach a subscriptions/listen`,
      );
    }
    return reply.events;
  }

  private async send(
    connection: ConnectionRuntime,
    session: LegacyUpstreamSession,
    frame: JsonRpcFrame,
    signal: AbortSignal,
  ): Promise<UpstreamReply> {
    return connection.upstream.send({
      upstreamSessionId: session.live.record.upstreamSessionId,
      protocolVersion: session.version,
      headers: {
        accept: 'application/json, text/event-stream',
        'content-type': 'application/json',
        ...(await this.credentials(connection, session)),
      },
      body: frame.text,
      signal,
      auditSessionId: session.live.record.id,
    });
  }

  private credentials(connection: ConnectionRuntime, session: LegacyUpstreamSession) {
    const { record } = session.live;
    return this.deps.ctx.credentials.headersFor({
      identity: record.identity,
      connection: connection.name,
      sessionId: record.id,
    });
  }

  private parse(text: string): JsonRpcFrame[] {
    if (text.trim() === '') return [];
    try {
      return parseJsonRpcBody(Buffer.from(text, 'utf8'), this.deps.limits).frames;
    } catch {
      return [];
    }
  }
}

/** The part of a filter the upstream's capabilities let the gateway honour (as a 2026-07-28 server would). */
export function honoredSubset(asked: Record<string, unknown>, capabilities: unknown): SubscriptionFilter {
  const caps = isPlainObject(capabilities) ? capabilities : {};
  const flag = (group: string, bit: string) => {
    const section = caps[group];
    return isPlainObject(section) && section[bit] === true;
  };
  const honored: SubscriptionFilter = {};
  if (asked.toolsListChanged === true && flag('tools', 'listChanged')) honored.toolsListChanged = true;
  if (asked.promptsListChanged === true && flag('prompts', 'listChanged')) honored.promptsListChanged = true;
  if (asked.resourcesListChanged === true && flag('resources', 'listChanged'))
    honored.resourcesListChanged = true;
  const uris = Array.isArray(asked.resourceSubscriptions)
    ? asked.resourceSubscriptions.filter((u): u is string => typeof u === 'string')
    : [];
  if (uris.length > 0 && flag('resources', 'subscribe')) honored.resourceSubscriptions = [...new Set(uris)];
  return honored;
}

function accepts(filter: SubscriptionFilter, frame: JsonRpcFrame): boolean {
  const method = frame.method ?? '';
  const bit = LIST_CHANGED[method];
  if (bit) return filter[bit] === true;
  if (method !== 'notifications/resources/updated') return false;
  const params = frame.message.params;
  const uri = isPlainObject(params) ? params.uri : undefined;
  return typeof uri === 'string' && (filter.resourceSubscriptions ?? []).includes(uri);
}
