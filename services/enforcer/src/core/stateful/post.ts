import type { UpstreamReply } from '../../upstream/port';
import { UpstreamError } from '../../upstream/port';
import { type ConnectionRuntime, type CoreContext, connectionOf } from '../context';
import { GATEWAY_RPC, GatewayError } from '../errors';
import type { ClientPost, Outcome } from '../exchange';
import { frameContent } from '../frame-events';
import { errorFrame, frameOf, type JsonRpcFrame, parseJsonRpcBody } from '../json-rpc';
import { LazySignalStageContext, normalizeRequest, runRequestStages, type StageContext } from '../stages';
import { withoutStrayAnswers } from '../stray-answers';
import { answerOnHeldStream, holdStream } from './held-stream';
import { answerGatewayTaskMethod, createHeldTask, taskAskOf } from './held-task';
import {
  auditUnavailable,
  completeInitialize,
  credentialsFor,
  endSession,
  type LiveSession,
  loadSession,
  openSession,
  sessionEmit,
} from './live-session';
import { acceptsBothAnswerTypes, allowsBatches, isStatefulVersion, primesStreams } from './protocol';
import { refuseIdInUse } from './request-ids';
import { applyResponseStages, recordAndPush } from './stream-pump';
import { startStream } from './streams';
import { unansweredRequests } from './unanswered';
import { UpstreamCut } from './upstream-cut';

/**
 * A client POST in the stateful era: record the client's frames, run the request stages on
 * each request, forward what they allow, and record every answer before the client gets it.
 */
export async function handleStatefulPost(ctx: CoreContext, post: ClientPost): Promise<Outcome> {
  const connection = connectionOf(ctx, post.connection);
  if (!acceptsBothAnswerTypes(post.headers.accept)) {
    throw new GatewayError(
      'NOT_ACCEPTABLE',
      'Not Acceptable: the client must accept both application/json and text/event-stream',
    );
  }
  const { frames, batch } = post.body;
  const initialize = frames.find((f) => f.kind === 'request' && f.method === 'initialize');
  if (post.protocolVersion !== null && !isStatefulVersion(post.protocolVersion) && !initialize) {
    throw new GatewayError(
      'BAD_REQUEST',
      `Bad Request: Unsupported protocol version: ${post.protocolVersion}`,
    );
  }
  if (initialize && batch) {
    throw new GatewayError(
      'INVALID_REQUEST',
      'Invalid Request: initialize must not be part of a JSON-RPC batch',
    );
  }
  const session = await sessionFor(ctx, post, initialize);
  const version = post.protocolVersion ?? session.record.protocolVersion;
  if (batch && !allowsBatches(initialize ? null : version)) {
    await endIfTransient(ctx, session);
    throw new GatewayError(
      'INVALID_REQUEST',
      `Invalid Request: JSON-RPC batches are not part of protocol revision ${version ?? 'in use'}`,
    );
  }
  try {
    return await exchange(ctx, connection, session, post, initialize !== undefined);
  } catch (err) {
    if (initialize) await endSession(ctx, session, 'never_established');
    else await endIfTransient(ctx, session);
    throw err;
  }
}

async function sessionFor(ctx: CoreContext, post: ClientPost, initialize: JsonRpcFrame | undefined) {
  if (post.sessionId !== null) {
    if (initialize)
      throw new GatewayError('INVALID_REQUEST', 'Invalid Request: the session is already initialized');
    return loadSession(ctx, post.connection, post.sessionId, post.caller);
  }
  const params = (initialize?.message.params ?? {}) as {
    protocolVersion?: unknown;
    clientInfo?: { name?: unknown; version?: unknown };
  };
  return openSession(
    ctx,
    post.connection,
    post.caller,
    {
      protocolVersion: stringOrNull(params.protocolVersion) ?? post.protocolVersion,
      clientName: stringOrNull(params.clientInfo?.name),
      clientVersion: stringOrNull(params.clientInfo?.version),
    },
    initialize === undefined,
  );
}

async function exchange(
  ctx: CoreContext,
  connection: ConnectionRuntime,
  session: LiveSession,
  post: ClientPost,
  initializing: boolean,
): Promise<Outcome> {
  const { frames, batch } = post.body;
  const sessionId = session.record.id;
  refuseIdInUse(ctx, sessionId, frames);
  try {
    await ctx.emitter.emit(
      session.subject,
      frames.map((f) =>
        frameContent(f, 'client_to_server', ctx.correlator.label(sessionId, 'client_to_server', f)),
      ),
    );
  } catch (err) {
    throw auditUnavailable(ctx, err);
  }
  const taskMethod = await answerGatewayTaskMethod(ctx, session, post);
  if (taskMethod) return answerLocally(ctx, session, [taskMethod], batch, sessionHeaders(session));
  const hold = holdStream(ctx, session, post, initializing);
  const task = taskAskOf(post);
  const deciding = decide(ctx, session, post, {
    ...(hold && { notify: hold.notify }),
    ...(task && { deferAsTask: task.deferAsTask, cancelled: task.signal }),
  });
  // A stage holding the request (an approval) began notifying the client: answer with the
  // stream that carries its notifications now, and the rest of the exchange on it later. Or
  // it deferred the request as a task (the client asked for one): answer with the task now.
  const first =
    hold || task
      ? await Promise.race([
          deciding.then(() => 'verdict' as const),
          ...(hold ? [hold.opened.then(() => 'stream' as const)] : []),
          ...(task ? [task.wanted.then(() => 'task' as const)] : []),
        ])
      : 'verdict';
  if (first === 'stream' && hold) return answerOnHeldStream(ctx, connection, session, post, deciding, hold);
  if (first === 'task' && task) {
    const created = await createHeldTask(ctx, connection, session, post, deciding, task);
    const outcome = await answerLocally(ctx, session, [created], batch, sessionHeaders(session));
    task.answered();
    return outcome;
  }
  const denied = await deciding;
  const forwarded = denied.size === 0 ? frames : frames.filter((f) => !denied.has(f));
  const localAnswers = [...(post.body.refused ?? []), ...denied.values()];
  const headers = sessionHeaders(session);
  if (forwarded.length === 0) return answerLocally(ctx, session, localAnswers, batch, headers);

  // The client's own bytes when all of them go on; rebuilt when a stage or a refusal took some out.
  const body =
    forwarded === frames && post.body.refused === undefined
      ? post.raw
      : forwarded.length === 1 && !batch
        ? (forwarded[0] as JsonRpcFrame).text
        : Buffer.from(`[${forwarded.map((f) => f.text.toString('utf8')).join(',')}]`);
  const requests = forwarded.filter((f) => f.kind === 'request');
  // The upstream request outlives the client's connection once its answer streams: a cut
  // client may resume. Until the answer starts, the client going away aborts it.
  const upstreamCut = new UpstreamCut();
  const clientGone = post.gone ?? post.signal;
  if (clientGone.aborted) upstreamCut.abort();
  else clientGone.addEventListener('abort', upstreamCut, { once: true });
  let reply: UpstreamReply;
  try {
    reply = await connection.upstream.send({
      upstreamSessionId: session.record.upstreamSessionId,
      protocolVersion: post.protocolVersion,
      headers: await credentialsFor(ctx, session),
      body,
      signal: upstreamCut,
      auditSessionId: sessionId,
      caller: session.record.identityKey,
    });
  } catch (err) {
    if (!(err instanceof UpstreamError)) throw err;
    ctx.logger.warn({ err, session: sessionId }, 'upstream request failed');
    const code =
      err.code === 'UPSTREAM_PROTOCOL' ? GATEWAY_RPC.UPSTREAM_PROTOCOL : GATEWAY_RPC.UPSTREAM_UNAVAILABLE;
    const errors = requests.map((f) => errorFrame(f.idJson, code, err.message));
    forgetUnestablished(headers, session, initializing);
    const outcome = await answerLocally(
      ctx,
      session,
      [...localAnswers, ...errors],
      batch,
      headers,
      err.httpStatus,
    );
    await endAfterAnswer(ctx, session, initializing);
    return outcome;
  } finally {
    clientGone.removeEventListener('abort', upstreamCut);
  }
  if (initializing && reply.sessionId !== null) {
    const updated = await ctx.sessions.update(sessionId, { upstreamSessionId: reply.sessionId });
    if (updated) session.record = updated;
  }
  Object.assign(headers, reply.headers);
  return relayReply(ctx, session, reply, {
    requests,
    localAnswers,
    batch,
    headers,
    initializing,
    post,
    upstreamCut,
  });
}

/** Runs the request stages on each request; returns the denied ones with the error that answers each. */
async function decide(
  ctx: CoreContext,
  session: LiveSession,
  post: ClientPost,
  extras: Pick<StageContext, 'notify' | 'deferAsTask'> & { cancelled?: AbortSignal },
) {
  const denied = new Map<JsonRpcFrame, JsonRpcFrame>();
  if (ctx.stages.request.length === 0) return denied;
  const emit = sessionEmit(ctx, session);
  for (const frame of post.body.frames) {
    if (frame.kind === 'notification') ctx.held.cancelled(session.record.id, frame.message);
    if (frame.kind !== 'request') continue;
    const exchange = normalizeRequest(frame, {
      // The identity this request's token proves (same issuer and subject as the session's,
      // loadSession checked): groups or claims taken away since the session began no longer count.
      identity: post.caller.identity,
      connection: session.record.connection,
      era: 'stateful',
      protocolVersion: session.record.protocolVersion,
      sessionId: session.record.id,
    });
    // The post itself when no task can cancel the request: its signal is made only if read.
    const source = extras.cancelled ? { signal: AbortSignal.any([post.signal, extras.cancelled]) } : post;
    const held = ctx.held.track(session.record.id, frame.idJson, source);
    // The signal is made only if a stage reads it (a hold): see HeldRequests.
    const stageCtx: StageContext = new LazySignalStageContext(held, emit);
    if (extras.notify) stageCtx.notify = extras.notify;
    if (extras.deferAsTask) stageCtx.deferAsTask = extras.deferAsTask;
    let verdict: Awaited<ReturnType<typeof runRequestStages>>;
    try {
      verdict = await runRequestStages(ctx.stages.request, exchange, stageCtx);
    } finally {
      held.release();
    }
    if (verdict.action === 'deny') {
      const error = {
        code: verdict.code,
        message: verdict.message,
        ...(verdict.data !== undefined && { data: verdict.data }),
      };
      denied.set(frame, frameOf({ jsonrpc: '2.0', id: frame.message.id ?? null, error }));
    }
  }
  return denied;
}

/** The reconnection delay the priming event of a stream suggests to its client (ms). */
const PRIMING_RETRY_MS = 1000;

interface RelayContext {
  requests: JsonRpcFrame[];
  localAnswers: JsonRpcFrame[];
  batch: boolean;
  headers: Record<string, string>;
  initializing: boolean;
  post: ClientPost;
  upstreamCut: UpstreamCut;
}

async function relayReply(
  ctx: CoreContext,
  session: LiveSession,
  reply: UpstreamReply,
  relay: RelayContext,
): Promise<Outcome> {
  const { localAnswers, batch, headers, initializing } = relay;
  const upstreamGone = reply.status === 404 && session.record.upstreamSessionId !== null && !initializing;
  if (reply.type === 'sse') {
    const stream = ctx.sseStore.open(session.record.id, session.record.identityKey);
    const primed = primesStreams(relay.post.protocolVersion ?? session.record.protocolVersion);
    if (primed) {
      // `retry`: how soon a client whose connection is cut should come back, well within the
      // time the gateway keeps the upstream request waiting for it (resumeGraceMs).
      const retry = Math.min(PRIMING_RETRY_MS, ctx.limits.resumeGraceMs);
      await stream.push((id) => Buffer.from(`id: ${id}\nretry: ${retry}\ndata: \n\n`));
    }
    for (const answer of localAnswers) {
      await recordAndPush(ctx, session, stream, answer).catch((err: unknown) => {
        throw auditUnavailable(ctx, err);
      });
    }
    startStream(ctx, {
      session,
      stream,
      events: reply.events,
      pending: new Set(relay.requests.map((r) => r.idJson).filter((id): id is string => id !== null)),
      initializing,
      connection: relay.post.connection,
      abort: relay.upstreamCut.controller(),
      pollable: primed,
      onFinished: () => endAfterAnswer(ctx, session, initializing),
    });
    return { type: 'stream', status: 200, headers, stream };
  }
  if (reply.type === 'json') {
    let frames: JsonRpcFrame[];
    try {
      frames = parseJsonRpcBody(reply.body, ctx.limits).frames;
    } catch {
      return answerUpstreamFault(ctx, session, relay, relay.requests, 'sent a body that is not JSON-RPC');
    }
    const unanswered = unansweredRequests(relay.requests, frames);
    if (unanswered.length > 0 && !batch) {
      return answerUpstreamFault(
        ctx,
        session,
        relay,
        unanswered,
        'answered without a response to the request',
      );
    }
    if (initializing) await completeInitialize(ctx, session, frames);
    forgetUnestablished(headers, session, initializing);
    const relayed = withoutStrayAnswers(relay.requests, frames);
    if (relayed.hidden.length > 0) await ctx.emitter.emit(session.subject, relayed.hidden);
    const staged = await stageResponses(ctx, session, relayed.frames, relay.post);
    const missing = unanswered.map((f) =>
      upstreamFaultFrame(f, 'answered without a response to the request'),
    );
    const outcome = await answerLocally(
      ctx,
      session,
      [...localAnswers, ...staged, ...missing],
      batch,
      headers,
      reply.status,
      // The upstream's bytes only when the stages changed nothing (a masked result, a
      // filtered list must reach the client as recorded, not as the upstream sent it).
      localAnswers.length === 0 && missing.length === 0 && unchanged(frames, staged) ? reply.body : null,
    );
    await endAfterAnswer(ctx, session, initializing, upstreamGone);
    return outcome;
  }
  if (reply.type === 'accepted') {
    if (relay.requests.length > 0) {
      return answerUpstreamFault(ctx, session, relay, relay.requests, 'answered a request with no body');
    }
    await endAfterAnswer(ctx, session, initializing);
    if (localAnswers.length > 0) return answerLocally(ctx, session, localAnswers, batch, headers);
    return { type: 'accepted', status: 202, headers };
  }
  // Not JSON-RPC (a plain-text 404, a 405 …): the client gets the status with a JSON-RPC error.
  if (reply.status < 400) {
    const fault = `answered HTTP ${reply.status} without a JSON-RPC body`;
    return answerUpstreamFault(ctx, session, relay, relay.requests, fault);
  }
  const fault = `answered HTTP ${reply.status}`;
  return answerUpstreamFault(ctx, session, relay, relay.requests, fault, reply.status, upstreamGone);
}

function upstreamFaultFrame(request: JsonRpcFrame, fault: string): JsonRpcFrame {
  return errorFrame(request.idJson, GATEWAY_RPC.UPSTREAM_PROTOCOL, `upstream MCP server ${fault}`);
}

/**
 * An upstream answer outside the protocol: each request gets a recorded -31022 error under its
 * own id (502 unless the upstream's status says more), never a hung or unrecorded answer.
 */
async function answerUpstreamFault(
  ctx: CoreContext,
  session: LiveSession,
  relay: RelayContext,
  requests: JsonRpcFrame[],
  fault: string,
  status = 502,
  upstreamGone = false,
): Promise<Outcome> {
  const { headers, initializing } = relay;
  const errors = requests.map((f) => upstreamFaultFrame(f, fault));
  forgetUnestablished(headers, session, initializing);
  const answers = [...relay.localAnswers, ...errors];
  const outcome = await answerLocally(ctx, session, answers, relay.batch, headers, status);
  await endAfterAnswer(ctx, session, initializing, upstreamGone);
  return outcome;
}

function unchanged(frames: readonly JsonRpcFrame[], staged: readonly JsonRpcFrame[]): boolean {
  if (staged.length !== frames.length) return false;
  for (let i = 0; i < frames.length; i++) if (staged[i] !== frames[i]) return false;
  return true;
}

async function stageResponses(
  ctx: CoreContext,
  session: LiveSession,
  frames: JsonRpcFrame[],
  post: ClientPost,
): Promise<JsonRpcFrame[]> {
  if (ctx.stages.response.length === 0) return frames;
  const out: JsonRpcFrame[] = [];
  for (const frame of frames) {
    const staged = await applyResponseStages(ctx, session, frame, post);
    if (staged) out.push(staged);
  }
  return out;
}

/**
 * Records the gateway's own answers (and relayed ones) and builds the JSON outcome. `exact`
 * is the upstream body to send unchanged when nothing was added or changed.
 */
async function answerLocally(
  ctx: CoreContext,
  session: LiveSession,
  answers: JsonRpcFrame[],
  batch: boolean,
  headers: Record<string, string>,
  status = 200,
  exact: Buffer | null = null,
): Promise<Outcome> {
  try {
    await ctx.emitter.emit(
      session.subject,
      answers.map((f) =>
        frameContent(f, 'server_to_client', ctx.correlator.label(session.record.id, 'server_to_client', f)),
      ),
    );
  } catch (err) {
    throw auditUnavailable(ctx, err);
  }
  if (answers.length === 0) return { type: 'empty', status, headers };
  const body =
    exact ??
    (answers.length === 1 && !batch
      ? (answers[0] as JsonRpcFrame).text
      : Buffer.from(`[${answers.map((f) => f.text.toString('utf8')).join(',')}]`));
  const json = Object.assign({}, headers, { 'content-type': 'application/json' });
  return { type: 'json', status, headers: json, body };
}

function sessionHeaders(session: LiveSession): Record<string, string> {
  return session.transient ? {} : { 'mcp-session-id': session.record.id };
}

/**
 * An initialize answered without establishing its session (an error, an unreachable upstream)
 * ends that session with the answer: its id is not handed out, as a server hands out none.
 */
function forgetUnestablished(headers: Record<string, string>, session: LiveSession, initializing: boolean) {
  if (initializing && session.record.phase !== 'established') delete headers['mcp-session-id'];
}

/** Ends what this answer ends: a one-request session, a session never established, one the upstream forgot. */
async function endAfterAnswer(
  ctx: CoreContext,
  session: LiveSession,
  initializing: boolean,
  upstreamGone = false,
) {
  if (session.transient) return endSession(ctx, session, 'stateless_request');
  if (initializing && session.record.phase !== 'established')
    return endSession(ctx, session, 'never_established');
  if (upstreamGone) return endSession(ctx, session, 'upstream_gone');
}

async function endIfTransient(ctx: CoreContext, session: LiveSession) {
  if (session.transient) await endSession(ctx, session, 'stateless_request');
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}
