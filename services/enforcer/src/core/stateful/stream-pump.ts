import type { UpstreamSseEvent } from '../../upstream/port';
import type { CoreContext } from '../context';
import { GATEWAY_RPC } from '../errors';
import { frameContent, sseEventBytes } from '../frame-events';
import { errorFrame, frameOf, type JsonRpcFrame, parseJsonRpcBody } from '../json-rpc';
import type { GatewayStream } from '../sse-stream';
import {
  LazySignalStageContext,
  type OutboundMessage,
  runResponseStages,
  type SignalSource,
} from '../stages';
import { withheldFromClient } from '../stray-answers';
import { type LiveSession, sessionEmit } from './live-session';

export interface PumpOptions {
  session: LiveSession;
  stream: GatewayStream;
  events: AsyncIterable<UpstreamSseEvent>;
  /** JSON ids of the requests this stream owes answers to (a POST stream); empty for GET streams. */
  pending: Set<string>;
  abort: AbortController;
  /** Sees each server→client message before it is recorded (initialize completes the session). */
  beforeRecord?: (frame: JsonRpcFrame) => Promise<void>;
  /** Reopens the upstream stream after a cut, from the upstream's last event id. */
  resume?: (lastUpstreamEventId: string) => Promise<AsyncIterable<UpstreamSseEvent> | null>;
  /**
   * The client may resume this stream itself (it was primed: an event id and a retry time):
   * when the upstream ends it before the answers, the gateway ends the client's connection too,
   * with the upstream's retry time, and the client resumes it from the gateway's store.
   */
  pollable?: boolean;
}

/**
 * Feeds an upstream SSE stream into a gateway stream: each message goes through the response
 * stages, is recorded with its gateway stream and event id, and only then is retained and
 * written to the client. If a message cannot be recorded, every request still waiting gets a
 * -31020 error event and the stream ends: the client is never left hanging on a silent stream.
 */
export async function pumpStream(ctx: CoreContext, options: PumpOptions): Promise<void> {
  const { stream, abort } = options;
  stream.upstreamAbort = abort;
  let events: AsyncIterable<UpstreamSseEvent> | null = options.events;
  let resumes = 0;
  // The upstream's `retry`: how long it asks a client to wait before reconnecting (it persists).
  let reconnectMs: number | undefined;
  try {
    while (events) {
      // A resumed upstream stream may stay open after the last answer: it is done then.
      const outcome = await relayEvents(ctx, options, events, resumes > 0);
      if (outcome.type === 'stop' || abort.signal.aborted) return;
      events = null;
      reconnectMs = outcome.retryMs ?? reconnectMs;
      // The upstream stream ended or broke while answers are owed: resume it where it can be.
      if (options.pending.size > 0 && outcome.lastId !== null && options.resume && resumes < 3) {
        resumes++;
        // SSE polling passed on: the client's connection ends as the upstream's did, and the
        // client resumes from the gateway's store when the upstream asked it to (a client gone
        // for good is abandoned after the grace time). The gateway resumes the upstream's stream
        // at once: servers that keep a call's messages only while a stream is open to it lose
        // what they send before a late reconnection.
        if (options.pollable && stream.attached) stream.release(reconnectMs);
        events = await options.resume(outcome.lastId).catch(() => null);
      }
    }
    if (options.pending.size > 0 && !abort.signal.aborted) {
      await answerPending(
        ctx,
        options,
        GATEWAY_RPC.UPSTREAM_UNAVAILABLE,
        'upstream closed the stream before answering',
      );
    }
  } finally {
    stream.finish();
  }
}

type RelayOutcome = { type: 'ended'; lastId: string | null; retryMs: number | undefined } | { type: 'stop' };

async function relayEvents(
  ctx: CoreContext,
  options: PumpOptions,
  events: AsyncIterable<UpstreamSseEvent>,
  stopWhenAnswered: boolean,
): Promise<RelayOutcome> {
  const { session, abort } = options;
  let lastId: string | null = null;
  let retryMs: number | undefined;
  try {
    for await (const event of events) {
      if (event.id !== null && event.id !== '') lastId = event.id;
      if (event.retry !== undefined) retryMs = event.retry;
      if (event.event !== 'message') continue;
      const bytes = event.bytes ?? Buffer.from(event.data, 'utf8');
      if (isBlank(bytes)) continue;
      let frames: JsonRpcFrame[];
      try {
        frames = parseJsonRpcBody(bytes, ctx.limits).frames;
      } catch {
        // Skipped, as the official SDK client skips it: SDK servers with an event store replay
        // their stored priming event as `{}`. The stream and its answers go on.
        ctx.logger.warn({ session: session.record.id }, 'skipped an upstream SSE event that is not JSON-RPC');
        continue;
      }
      for (const upstreamFrame of frames) {
        if (abort.signal.aborted) return { type: 'stop' };
        const withheld = withheldFromClient(upstreamFrame, options.pending);
        if (withheld) {
          await ctx.emitter.emit(session.subject, [withheld]);
          continue;
        }
        const frame = await applyResponseStages(ctx, session, upstreamFrame, abort);
        if (frame === null) continue;
        if (!(await deliver(ctx, options, frame))) return { type: 'stop' };
        if (stopWhenAnswered && options.pending.size === 0) {
          abort.abort();
          return { type: 'stop' };
        }
      }
    }
  } catch (err) {
    if (abort.signal.aborted) return { type: 'stop' };
    ctx.logger.warn({ err, session: session.record.id }, 'upstream SSE stream broke');
  }
  return { type: 'ended', lastId, retryMs };
}

/** Records one server→client frame on this stream, then retains and writes it. False: stop. */
type DeliverOptions = Pick<PumpOptions, 'session' | 'stream' | 'pending' | 'abort' | 'beforeRecord'>;

async function deliver(ctx: CoreContext, options: DeliverOptions, frame: JsonRpcFrame): Promise<boolean> {
  const { session, stream } = options;
  await options.beforeRecord?.(frame);
  try {
    await recordAndPush(ctx, session, stream, frame);
  } catch (err) {
    ctx.logger.error({ err, session: session.record.id }, 'audit event log unavailable: ending the stream');
    await failUnrecorded(options);
    return false;
  }
  if ((frame.kind === 'response' || frame.kind === 'error') && frame.idJson !== null) {
    options.pending.delete(frame.idJson);
  }
  return true;
}

/** Records a server→client frame with its gateway stream and event id, then sends it on the stream. */
export async function recordAndPush(
  ctx: CoreContext,
  session: LiveSession,
  stream: GatewayStream,
  frame: JsonRpcFrame,
): Promise<void> {
  const eventId = stream.peekEventId();
  const label = ctx.correlator.label(session.record.id, 'server_to_client', frame);
  await ctx.emitter.emit(session.subject, [
    frameContent(frame, 'server_to_client', label, { sseStreamId: stream.id, sseEventId: eventId }),
  ]);
  await stream.push((id) => sseEventBytes(id, frame.text));
}

/**
 * The log refused a message: the client gets a -31020 error for every request still owed an
 * answer (these errors cannot be recorded either, and carry nothing but the gateway's words),
 * the upstream request is cancelled and the stream ends.
 */
async function failUnrecorded(options: DeliverOptions): Promise<void> {
  const { stream, pending, abort } = options;
  const ids = pending.size > 0 ? [...pending] : [null];
  for (const idJson of ids) {
    const error = errorFrame(
      idJson,
      GATEWAY_RPC.AUDIT_UNAVAILABLE,
      'audit log unavailable: the answer was withheld',
    );
    await stream.push((id) => sseEventBytes(id, error.text));
  }
  pending.clear();
  abort.abort();
}

/** Answers every request still waiting on this stream with a gateway error, recorded. */
export async function answerPending(
  ctx: CoreContext,
  options: Pick<PumpOptions, 'session' | 'stream' | 'pending'>,
  code: number,
  message: string,
): Promise<void> {
  for (const idJson of [...options.pending]) {
    await deliver(ctx, { ...options, abort: new AbortController() }, errorFrame(idJson, code, message));
  }
  options.pending.clear();
}

export async function applyResponseStages(
  ctx: CoreContext,
  session: LiveSession,
  frame: JsonRpcFrame,
  /** What has the signal the stages get (read only if one does). */
  source: SignalSource,
): Promise<JsonRpcFrame | null> {
  if (ctx.stages.response.length === 0) return frame;
  const request =
    frame.idJson !== null && (frame.kind === 'response' || frame.kind === 'error')
      ? ctx.correlator.peek(session.record.id, 'server_to_client', frame.idJson)
      : null;
  const outbound: OutboundMessage = {
    kind: frame.kind,
    message: frame.message,
    request,
    sessionId: session.record.id,
    identity: session.record.identity,
    connection: session.record.connection,
  };
  const message = await runResponseStages(
    ctx.stages.response,
    outbound,
    new LazySignalStageContext(source, sessionEmit(ctx, session)),
  );
  if (message === null) return null;
  return message === frame.message ? frame : frameOf(message);
}

/** Empty or whitespace only: a priming event or keep-alive, not a message. */
function isBlank(bytes: Buffer): boolean {
  for (const byte of bytes) if (byte > 0x20) return false;
  return true;
}
