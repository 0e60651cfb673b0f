/**
 * A request a stage holds (an approval) while telling the client so: the POST is answered at
 * once with an SSE stream carrying the stage's notifications (progress), and the rest of the
 * exchange — the denial, or the forwarded request's answer — follows on that same stream.
 * Every frame on it is recorded with its stream and event id before it is sent.
 */
import { UpstreamError } from '../../upstream/port';
import type { ConnectionRuntime, CoreContext } from '../context';
import { GATEWAY_RPC } from '../errors';
import type { ClientPost, Outcome } from '../exchange';
import { sseEventBytes } from '../frame-events';
import { errorFrame, frameOf, type JsonRpcFrame, parseJsonRpcBody } from '../json-rpc';
import type { GatewayStream } from '../sse-stream';
import { withoutStrayAnswers } from '../stray-answers';
import { credentialsFor, endSession, type LiveSession } from './live-session';
import { applyResponseStages, recordAndPush } from './stream-pump';
import { startStream } from './streams';

export interface HoldStream {
  /** The stage context's notify: opens the stream on the first call. */
  notify(message: Record<string, unknown>): Promise<void>;
  /** Resolves with the stream once a first notification was sent. */
  opened: Promise<GatewayStream>;
}

/**
 * A stream for the one request of a POST that gave a progress token (not a batch, not
 * initialize): only such a request can be told it is held; null otherwise.
 */
export function holdStream(
  ctx: CoreContext,
  session: LiveSession,
  post: ClientPost,
  initializing: boolean,
): HoldStream | null {
  const [frame] = post.body.frames;
  if (post.body.batch || initializing || post.body.frames.length !== 1 || frame?.kind !== 'request')
    return null;
  const meta = (frame.message.params as { _meta?: { progressToken?: unknown } } | undefined)?._meta;
  if (meta?.progressToken === undefined || ctx.stages.request.length === 0) return null;
  let stream: GatewayStream | null = null;
  let open!: (stream: GatewayStream) => void;
  const opened = new Promise<GatewayStream>((resolve) => {
    open = resolve;
  });
  return {
    opened,
    async notify(message) {
      if (stream === null) {
        stream = ctx.sseStore.open(session.record.id, session.record.identityKey);
        open(stream);
      }
      await recordAndPush(ctx, session, stream, frameOf(message));
    },
  };
}

/** Answers the POST with the held stream; the stages' verdict and the upstream's answer follow on it. */
export async function answerOnHeldStream(
  ctx: CoreContext,
  connection: ConnectionRuntime,
  session: LiveSession,
  post: ClientPost,
  deciding: Promise<Map<JsonRpcFrame, JsonRpcFrame>>,
  hold: HoldStream,
): Promise<Outcome> {
  const stream = await hold.opened;
  const request = post.body.frames.find((f) => f.kind === 'request') as JsonRpcFrame;
  const run = continueHeld(ctx, connection, session, post, deciding, stream, request).catch(
    async (err: unknown) => {
      ctx.logger.error({ err, session: session.record.id }, 'held request failed');
      const failure = errorFrame(request.idJson, GATEWAY_RPC.AUDIT_UNAVAILABLE, 'the held request failed');
      await stream.push((id) => sseEventBytes(id, failure.text)).catch(() => undefined);
      stream.finish();
    },
  );
  void ctx.inflight.track(run);
  return {
    type: 'stream',
    status: 200,
    headers: session.transient ? {} : { 'mcp-session-id': session.record.id },
    stream,
  };
}

async function continueHeld(
  ctx: CoreContext,
  connection: ConnectionRuntime,
  session: LiveSession,
  post: ClientPost,
  deciding: Promise<Map<JsonRpcFrame, JsonRpcFrame>>,
  stream: GatewayStream,
  request: JsonRpcFrame,
): Promise<void> {
  const done = async () => {
    stream.finish();
    if (session.transient) await endSession(ctx, session, 'stateless_request');
  };
  const denial = (await deciding).get(request);
  if (denial) {
    await recordAndPush(ctx, session, stream, denial);
    return done();
  }
  const abort = new AbortController();
  let reply: Awaited<ReturnType<typeof connection.upstream.send>>;
  try {
    reply = await sendHeld(ctx, connection, session, post, post.raw, abort.signal);
  } catch (err) {
    if (!(err instanceof UpstreamError)) throw err;
    await recordAndPush(
      ctx,
      session,
      stream,
      errorFrame(request.idJson, GATEWAY_RPC.UPSTREAM_UNAVAILABLE, err.message),
    );
    return done();
  }
  if (reply.type === 'sse') {
    startStream(ctx, {
      session,
      stream,
      events: reply.events,
      pending: new Set(request.idJson === null ? [] : [request.idJson]),
      initializing: false,
      connection: post.connection,
      abort,
      onFinished: async () => {
        if (session.transient) await endSession(ctx, session, 'stateless_request');
      },
    });
    return;
  }
  let frames: JsonRpcFrame[] = [];
  if (reply.type === 'json') {
    try {
      frames = parseJsonRpcBody(reply.body, ctx.limits).frames;
    } catch {
      frames = [];
    }
    // What is not for the client (an answer no request waits for, a request only a client
    // sends) is withheld and recorded as hidden, as from any other upstream reply.
    const relayed = withoutStrayAnswers([request], frames);
    if (relayed.hidden.length > 0) await ctx.emitter.emit(session.subject, relayed.hidden);
    frames = relayed.frames;
  }
  if (frames.length === 0 && reply.type !== 'accepted') {
    const message = `upstream MCP server answered HTTP ${reply.status} without a JSON-RPC answer`;
    frames = [errorFrame(request.idJson, GATEWAY_RPC.UPSTREAM_PROTOCOL, message)];
  }
  for (const frame of frames) {
    const staged = await applyResponseStages(ctx, session, frame, abort);
    if (staged) await recordAndPush(ctx, session, stream, staged);
  }
  return done();
}

/** Sends a request that was held (its stages decided after the client was answered) upstream. */
export async function sendHeld(
  ctx: CoreContext,
  connection: ConnectionRuntime,
  session: LiveSession,
  post: ClientPost,
  body: Buffer,
  signal: AbortSignal,
) {
  return connection.upstream.send({
    upstreamSessionId: session.record.upstreamSessionId,
    protocolVersion: post.protocolVersion,
    headers: await credentialsFor(ctx, session),
    body,
    signal,
    auditSessionId: session.record.id,
  });
}
