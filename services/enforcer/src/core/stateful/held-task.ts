/**
 * The 2025-11-25 task path of a held request: a task-augmented tools/call (`params.task`) a
 * stage holds (an approval) is answered at once with a gateway task (CreateTaskResult); once
 * the stage decides, the request goes upstream without the task ask, every answer frame is
 * recorded in the session (after the response stages), and the final answer completes the
 * task. The gateway answers tasks/get, tasks/result and tasks/cancel for its tasks.
 */
import { UpstreamError } from '../../upstream/port';
import type { ConnectionRuntime, CoreContext } from '../context';
import { GATEWAY_RPC } from '../errors';
import type { ClientPost } from '../exchange';
import { frameContent } from '../frame-events';
import { isLegacyGatewayTaskRequest, requestsTask, withoutTaskAsk } from '../gateway-tasks';
import { errorFrame, frameOf, type JsonRpcFrame, parseJsonRpcBody } from '../json-rpc';
import type { StageContext } from '../stages';
import { sendHeld } from './held-stream';
import type { LiveSession } from './live-session';
import { applyResponseStages } from './stream-pump';

/** A held request's offer to be answered with a task (single task-augmented tools/call only). */
export interface TaskAsk {
  deferAsTask: NonNullable<StageContext['deferAsTask']>;
  signal: AbortSignal;
  wanted: Promise<{ statusMessage: string; ttlMs: number }>;
  answered(): void;
  cancel(reason: string): void;
}

export function taskAskOf(post: ClientPost): TaskAsk | null {
  const [frame] = post.body.frames;
  if (post.body.batch || post.body.frames.length !== 1 || frame?.kind !== 'request') return null;
  if (frame.method !== 'tools/call' || !requestsTask(frame.message)) return null;
  let want!: (task: { statusMessage: string; ttlMs: number }) => void;
  const wanted = new Promise<{ statusMessage: string; ttlMs: number }>((resolve) => {
    want = resolve;
  });
  let finish!: () => void;
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });
  const cancelled = new AbortController();
  return {
    wanted,
    signal: cancelled.signal,
    async deferAsTask(statusMessage, ttlMs) {
      want({ statusMessage, ttlMs });
      await done;
    },
    answered: () => finish(),
    cancel: (reason) => cancelled.abort(new Error(reason)),
  };
}

/** Who may read and cancel a gateway task: the identity that created it, in that session. */
export function taskOwnerOf(session: LiveSession): string {
  const { identity } = session.record;
  return JSON.stringify([identity.issuer, identity.subject, session.record.id]);
}

/** The answer to a task method naming a gateway task; null for other requests. */
export async function answerGatewayTaskMethod(
  ctx: CoreContext,
  session: LiveSession,
  post: ClientPost,
): Promise<JsonRpcFrame | null> {
  const [frame] = post.body.frames;
  if (post.body.batch || post.body.frames.length !== 1 || frame?.kind !== 'request') return null;
  if (!isLegacyGatewayTaskRequest(frame.method, frame.message)) return null;
  const answer = await ctx.tasks.answerLegacy(frame.method ?? '', frame.message, taskOwnerOf(session));
  return frameOf({ jsonrpc: '2.0', id: frame.message.id ?? null, ...answer });
}

/** Creates the task for the held request; the verdict and the upstream's answer complete it later. */
export async function createHeldTask(
  ctx: CoreContext,
  connection: ConnectionRuntime,
  session: LiveSession,
  post: ClientPost,
  deciding: Promise<Map<JsonRpcFrame, JsonRpcFrame>>,
  ask: TaskAsk,
): Promise<JsonRpcFrame> {
  const request = post.body.frames[0] as JsonRpcFrame;
  const { statusMessage, ttlMs } = await ask.wanted;
  const created = ctx.tasks.create(taskOwnerOf(session), ttlMs, statusMessage, (reason) =>
    ask.cancel(reason),
  );
  const answer = frameOf({ jsonrpc: '2.0', id: request.message.id ?? null, result: created.legacyResult });
  void (async () => {
    let final: JsonRpcFrame | null = null;
    try {
      const denial = (await deciding).get(request);
      if (denial) await record(ctx, session, denial);
      final = denial ?? (await forwardForTask(ctx, connection, session, post, request));
    } catch (err) {
      ctx.logger.warn({ err, session: session.record.id }, 'a gateway task failed');
    }
    if (final === null) {
      final = errorFrame(
        request.idJson,
        GATEWAY_RPC.UPSTREAM_UNAVAILABLE,
        'the task ended without an answer',
      );
      await record(ctx, session, final).catch(() => undefined);
    }
    ctx.tasks.finish(created.id, final.message);
  })();
  return answer;
}

/** Sends the approved request upstream and records what comes back; returns its final answer. */
async function forwardForTask(
  ctx: CoreContext,
  connection: ConnectionRuntime,
  session: LiveSession,
  post: ClientPost,
  request: JsonRpcFrame,
): Promise<JsonRpcFrame | null> {
  let reply: Awaited<ReturnType<typeof connection.upstream.send>>;
  try {
    const body = Buffer.from(JSON.stringify(withoutTaskAsk(request.message)), 'utf8');
    reply = await sendHeld(ctx, connection, session, post, body, AbortSignal.timeout(24 * 3_600_000));
  } catch (err) {
    if (!(err instanceof UpstreamError)) throw err;
    return errorFrame(request.idJson, GATEWAY_RPC.UPSTREAM_UNAVAILABLE, err.message);
  }
  const bodies: Buffer[] = [];
  if (reply.type === 'json') bodies.push(reply.body);
  if (reply.type === 'sse') {
    for await (const event of reply.events) {
      if (event.event === 'message' && event.data.trim() !== '') bodies.push(Buffer.from(event.data, 'utf8'));
    }
  }
  let final: JsonRpcFrame | null = null;
  for (const body of bodies) {
    let frames: JsonRpcFrame[];
    try {
      frames = parseJsonRpcBody(body, ctx.limits).frames;
    } catch {
      continue;
    }
    for (const frame of frames) {
      const staged = await applyResponseStages(ctx, session, frame, { signal: AbortSignal.timeout(60_000) });
      if (!staged) continue;
      await record(ctx, session, staged);
      if ((staged.kind === 'response' || staged.kind === 'error') && staged.idJson === request.idJson)
        final = staged;
    }
  }
  return final;
}

async function record(ctx: CoreContext, session: LiveSession, frame: JsonRpcFrame): Promise<void> {
  const label = ctx.correlator.label(session.record.id, 'server_to_client', frame);
  await ctx.emitter.emit(session.subject, [frameContent(frame, 'server_to_client', label)]);
}
