import type { UpstreamSseEvent } from '../../upstream/port';
import { type CoreContext, connectionOf } from '../context';
import { GATEWAY_RPC, GatewayError } from '../errors';
import type { ClientListen, Outcome } from '../exchange';
import { frameContent } from '../frame-events';
import { frameOf, type JsonRpcFrame } from '../json-rpc';
import type { GatewayStream } from '../sse-stream';
import { completeInitialize, credentialsFor, type LiveSession, loadSession } from './live-session';
import { noSessionError } from './protocol';
import { answerPending, pumpStream } from './stream-pump';

export interface StreamStart {
  session: LiveSession;
  stream: GatewayStream;
  events: AsyncIterable<UpstreamSseEvent>;
  pending: Set<string>;
  initializing: boolean;
  connection: string;
  /** Aborts the upstream request that feeds the stream (it lives on after the client left, until abandoned). */
  abort: AbortController;
  /** The client may resume the stream itself (see PumpOptions.pollable). */
  pollable?: boolean;
  onFinished?: () => Promise<void>;
}

/**
 * Runs a POST or GET stream in the background. The upstream request is independent of the
 * client's connection: when the client goes away the stream keeps being recorded and retained
 * for a resumption (a session's only); if none comes within the grace time, the gateway cancels the requests still
 * owed (notifications/cancelled upstream, recorded) and closes the upstream stream.
 */
export function startStream(ctx: CoreContext, start: StreamStart): void {
  const { session, stream, abort } = start;
  let graceTimer: NodeJS.Timeout | undefined;
  // A stream of a request without a session cannot be resumed (a GET needs the session): its
  // client gone, what it still waits for is cancelled at once.
  const graceMs = session.transient ? 0 : ctx.limits.resumeGraceMs;
  stream.onDetached = () => {
    clearTimeout(graceTimer);
    graceTimer = setTimeout(() => void abandon(ctx, start, abort), graceMs);
    graceTimer.unref();
  };
  stream.onAttached = () => clearTimeout(graceTimer);
  const unregisterCut = ctx.inflight.onCut(() => abandon(ctx, start, abort, 'gateway shutting down'));
  const resume = async (lastId: string) => {
    const reply = await connectionOf(ctx, start.connection).upstream.listen({
      upstreamSessionId: session.record.upstreamSessionId,
      protocolVersion: session.record.protocolVersion,
      headers: await credentialsFor(ctx, session),
      lastEventId: lastId,
      signal: abort.signal,
    });
    return reply.type === 'sse' ? reply.events : null;
  };
  const run = pumpStream(ctx, {
    session,
    stream,
    events: start.events,
    pending: start.pending,
    abort,
    resume,
    pollable: start.pollable === true,
    ...(start.initializing && {
      beforeRecord: (frame: JsonRpcFrame) => completeInitialize(ctx, session, [frame]),
    }),
  })
    .catch((err: unknown) => ctx.logger.error({ err, session: session.record.id }, 'stream relay failed'))
    .finally(async () => {
      clearTimeout(graceTimer);
      unregisterCut();
      await start.onFinished?.();
    });
  // A POST stream is an exchange in flight (drained at shutdown); a GET stream is only cut.
  if (start.pending.size > 0) void ctx.inflight.track(run);
}

/** The client went away and did not come back: cancel what it still waits for, then stop. */
async function abandon(
  ctx: CoreContext,
  start: StreamStart,
  abort: AbortController,
  reason = 'client disconnected',
) {
  if (start.stream.attached && reason === 'client disconnected') return;
  if (abort.signal.aborted) return;
  const requests = [...start.pending];
  if (reason !== 'client disconnected') {
    // The client is still there: it gets an answer for each request the gateway cuts, recorded.
    await answerPending(
      ctx,
      start,
      GATEWAY_RPC.SHUTTING_DOWN,
      `the gateway is ${reason.replace('gateway ', '')}`,
    );
  }
  start.pending.clear();
  abort.abort();
  if (requests.length === 0) return;
  const cancels = requests.map((idJson) =>
    frameOf({
      jsonrpc: '2.0',
      method: 'notifications/cancelled',
      params: { requestId: JSON.parse(idJson), reason },
    }),
  );
  try {
    await ctx.emitter.emit(
      start.session.subject,
      cancels.map((f) => frameContent(f, 'client_to_server', null)),
    );
  } catch (err) {
    ctx.logger.error({ err, session: start.session.record.id }, 'could not record a cancellation; not sent');
    return;
  }
  const upstream = connectionOf(ctx, start.connection).upstream;
  for (const cancel of cancels) {
    await upstream
      .send({
        upstreamSessionId: start.session.record.upstreamSessionId,
        protocolVersion: start.session.record.protocolVersion,
        headers: await credentialsFor(ctx, start.session),
        body: cancel.text,
        signal: AbortSignal.timeout(5_000),
        caller: start.session.record.identityKey,
      })
      .then(async (reply) => {
        if (reply.type === 'sse') for await (const _ of reply.events) break;
      })
      .catch((err: unknown) => ctx.logger.warn({ err }, 'could not send a cancellation upstream'));
  }
}

/**
 * A client GET: a resumption (Last-Event-ID names an event of a stream this gateway still
 * holds: the rest is replayed from the gateway's store, never recorded twice, then the live
 * stream continues), or the session's listening stream, opened upstream.
 */
export async function handleStatefulListen(ctx: CoreContext, listen: ClientListen): Promise<Outcome> {
  const connection = connectionOf(ctx, listen.connection);
  if (listen.sessionId === null) throw noSessionError(listen.protocolVersion);
  const session = await loadSession(ctx, listen.connection, listen.sessionId, listen.caller);
  const headers: Record<string, string> = { 'mcp-session-id': session.record.id };
  if (listen.lastEventId !== null) {
    const found = ctx.sseStore.find(listen.lastEventId);
    if (found && found.stream.sessionId === session.record.id && found.stream.canReplayAfter(found.no)) {
      return { type: 'stream', status: 200, headers, stream: found.stream, resumeAfter: found.no };
    }
  }
  const abort = new AbortController();
  // Held until the upstream stream ends: a GET that opens none gives it back at once.
  const release = ctx.listeningSlots.take(session.record.id);
  let reply: Awaited<ReturnType<typeof connection.upstream.listen>>;
  try {
    reply = await connection.upstream.listen({
      upstreamSessionId: session.record.upstreamSessionId,
      protocolVersion: listen.protocolVersion,
      headers: await credentialsFor(ctx, session),
      lastEventId: null,
      signal: abort.signal,
    });
  } catch (err) {
    release();
    if (err instanceof GatewayError) throw err;
    const upstreamError = err as { message?: string; code?: string };
    throw new GatewayError(
      upstreamError.code === 'UPSTREAM_TIMEOUT' ? 'UPSTREAM_TIMEOUT' : 'UPSTREAM_UNAVAILABLE',
      upstreamError.message ?? 'upstream MCP server unavailable',
      { cause: err },
    );
  }
  Object.assign(headers, reply.headers);
  if (reply.type !== 'sse') {
    release();
    if (reply.type === 'json')
      return {
        type: 'json',
        status: reply.status,
        headers: { ...headers, 'content-type': 'application/json' },
        body: reply.body,
      };
    return { type: 'empty', status: reply.status, headers };
  }
  const stream = ctx.sseStore.open(session.record.id, session.record.identityKey);
  startStream(ctx, {
    session,
    stream,
    events: reply.events,
    pending: new Set(),
    initializing: false,
    connection: listen.connection,
    abort,
    onFinished: async () => release(),
  });
  return { type: 'stream', status: 200, headers, stream };
}
