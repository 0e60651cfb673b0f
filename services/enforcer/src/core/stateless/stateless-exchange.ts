import type { Logger } from '@proctor/logger';
import type { UpstreamReply, UpstreamSseEvent } from '../../upstream/port';
import { RPC } from '../errors';
import { acceptsTasks, GatewayTasks, isGatewayTaskRequest, withoutTaskAsk } from '../gateway-tasks';
import { type BodyLimits, frameOf, type JsonRpcFrame, parseJsonRpcBody } from '../json-rpc';
import {
  endReasonOf,
  HeldNotifications,
  type HeldRequests,
  type RequestVerdict,
  type StageContext,
} from '../stages';
import { withheldFromClient } from '../stray-answers';
import { StatelessProtocolError } from './errors';
import type { Exchange, FrameRequest } from './exchange';
import { requestOf } from './exchange';
import {
  type ExchangeLedger,
  errorMessage,
  JSON_HEADERS,
  SSE_HEADERS,
  type StatelessCall,
  type StatelessReply,
  sseEvent,
} from './exchange-ledger';
import { INPUT_REQUIRED_METHODS } from './protocol';
import type { ContinuationBinding, ExchangeContinuation, RequestStateSealer } from './request-state';
import { inputRequiredState, retryForUpstream, retryStateOf, targetOf, withSealedState } from './rounds';
import { forwardedRequestHeaders } from './upstream-headers';

export type { StatelessCall, StatelessReply } from './exchange-ledger';

export interface StatelessExchangeDeps {
  ledger: ExchangeLedger;
  sealer: RequestStateSealer;
  limits: BodyLimits;
  logger: Logger;
  /** Exchanges in flight, so the gateway can end one whose access ended (a revoked grant). */
  held?: HeldRequests;
}

/** What a sealed state of this request must be bound to. */
export function bindingOf(call: StatelessCall): ContinuationBinding {
  return {
    subject: call.identity.subject,
    issuer: call.identity.issuer,
    connection: call.connection,
    method: call.frame.method ?? '',
    target: targetOf(call.frame.message),
  };
}

/**
 * The continuation a retry presents, opened; null for a request that starts an exchange.
 * Throws StatelessProtocolError for a state this gateway family did not seal for this caller.
 */
export function continuationOf(call: StatelessCall, sealer: RequestStateSealer): ExchangeContinuation | null {
  const presented = call.frame.kind === 'request' ? retryStateOf(call.frame.message) : undefined;
  if (presented === undefined || !INPUT_REQUIRED_METHODS.has(call.frame.method ?? '')) return null;
  return sealer.open(presented, bindingOf(call));
}

/**
 * Serves one 2026-07-28 request to a 2026-07-28 upstream through the audit pipeline:
 * record → stages → forward → record → deliver, with the exchange as the audit session. A
 * request that continues a multi-round-trip exchange (its requestState is one this gateway
 * family sealed) is recorded as the next round of that exchange; every other request opens
 * a new exchange. Exchanges end (session_ended, `exchange_complete`) with their final
 * answer; an `input_required` answer leaves the exchange open for the client's retry.
 */
export class StatelessExchangeHandler {
  /** Tasks this gateway created for held requests (the tasks extension). */
  private readonly tasks = new GatewayTasks();

  constructor(private readonly deps: StatelessExchangeDeps) {}

  async handle(call: StatelessCall): Promise<StatelessReply> {
    const { ledger } = this.deps;
    let continuation: ExchangeContinuation | null;
    try {
      continuation = continuationOf(call, this.deps.sealer);
    } catch (err) {
      if (err instanceof StatelessProtocolError) return ledger.refuse(call, err);
      throw err;
    }
    const exchange = ledger.open(call, continuation);
    // The exchange can be ended from outside (its access grant ended): its stages give up and
    // its upstream call is cancelled, as when the client goes away.
    const tracked = this.deps.held?.track(exchange.id, call.frame.idJson ?? 'null', call, call.abort);
    if (!tracked) return this.serve({ call, exchange, continuation });
    let streaming = false;
    try {
      // A call that owns its signal (call.abort, handed to track) keeps it: the tracked signal is
      // that same one (compared, both would be made). Otherwise the tracked one is linked to it.
      const trackedCall = call.abort
        ? call
        : Object.assign({}, call, { signal: tracked.signal, gone: undefined });
      const reply = await this.serve({ call: trackedCall, exchange, continuation });
      if (reply.type !== 'sse') return reply;
      streaming = true;
      return { ...reply, events: releasedAfter(reply.events, tracked.release) };
    } finally {
      if (!streaming) tracked.release();
    }
  }

  private async serve({
    call,
    exchange,
    continuation,
  }: {
    call: StatelessCall;
    exchange: Exchange;
    continuation: ExchangeContinuation | null;
  }): Promise<StatelessReply> {
    const { ledger } = this.deps;
    const outbound = continuation
      ? frameOf(retryForUpstream(call.frame.message, continuation.upstreamState))
      : call.frame;
    const request = requestOf(outbound);
    await ledger.recordFrame(exchange, outbound, 'client_to_server', request);
    if (isGatewayTaskRequest(outbound.method, outbound.message)) {
      const answer = this.tasks.answer(outbound.method ?? '', outbound.message, taskOwnerOf(call));
      const message = { jsonrpc: '2.0', id: JSON.parse(outbound.idJson ?? 'null') as unknown, ...answer };
      return ledger.answer(exchange, request, message, 200, 'exchange_complete');
    }
    // A stage holding the request (an approval) may notify the client meanwhile: the answer
    // then becomes a stream carrying those notifications, then the final answer. Or, when the
    // client accepts tasks, it may defer: the answer is then a task the verdict completes.
    const held = hasProgressToken(outbound.message) ? new HeldNotifications() : null;
    const task =
      outbound.method === 'tools/call' && acceptsTasks(outbound.message) ? new TaskOffer(call.signal) : null;
    const deciding = ledger.requestStages(exchange, outbound, call, {
      ...(held && {
        notify: async (message: Record<string, unknown>) => {
          const frame = frameOf(message);
          await ledger.recordFrame(exchange, frame, 'server_to_client', request);
          held.push(sseEvent(null, frame.text.toString('utf8')));
        },
      }),
      ...task?.stageExtras(),
    });
    const first =
      held || task
        ? await Promise.race([
            deciding.then(() => 'verdict' as const),
            ...(held ? [held.first.then(() => 'stream' as const)] : []),
            ...(task ? [task.wanted.then(() => 'task' as const)] : []),
          ])
        : 'verdict';
    if (first === 'task' && task)
      return this.answerWithTask(exchange, request, outbound, call, deciding, task);
    if (first === 'stream' && held) {
      return {
        type: 'sse',
        status: 200,
        headers: { ...SSE_HEADERS },
        events: this.afterHeld(exchange, request, outbound, call, deciding, held),
      };
    }
    return this.decided(exchange, request, outbound, call, await deciding);
  }

  /**
   * Answers the held request with a gateway task now (recorded as its answer); the verdict and
   * the upstream's answer complete the task later, recorded in the same exchange.
   */
  private async answerWithTask(
    exchange: Exchange,
    request: FrameRequest,
    outbound: JsonRpcFrame,
    call: StatelessCall,
    deciding: Promise<RequestVerdict>,
    offer: TaskOffer,
  ): Promise<StatelessReply> {
    const { statusMessage, ttlMs } = await offer.wanted;
    const created = this.tasks.create(taskOwnerOf(call), ttlMs, statusMessage, (reason) =>
      offer.cancel(reason),
    );
    const answer = frameOf({
      jsonrpc: '2.0',
      id: JSON.parse(outbound.idJson ?? 'null') as unknown,
      result: created.result,
    });
    await this.deps.ledger.recordFrame(exchange, answer, 'server_to_client', request);
    offer.answered();
    void (async () => {
      let final: Record<string, unknown> | null = null;
      try {
        // The gateway owns the task: the upstream gets the call without the task ask.
        const forwarded = frameOf(withoutTaskAsk(outbound.message));
        final = await finalAnswerOf(await this.decided(exchange, request, forwarded, call, await deciding));
      } catch (err) {
        this.deps.logger.warn({ exchange: exchange.id, err }, 'a gateway task failed');
      }
      this.tasks.finish(
        created.id,
        final ?? errorMessage(outbound.idJson, RPC.INTERNAL_ERROR, 'the task ended without an answer'),
      );
    })();
    return { type: 'json', status: 200, headers: { ...JSON_HEADERS }, body: answer.text };
  }

  /** The stream of a held request: the stages' notifications, then the answer as SSE events. */
  private async *afterHeld(
    exchange: Exchange,
    request: FrameRequest,
    outbound: JsonRpcFrame,
    call: StatelessCall,
    deciding: Promise<RequestVerdict>,
    held: HeldNotifications,
  ): AsyncGenerator<string> {
    const settled = deciding.finally(() => held.end());
    let answered = false;
    try {
      yield* held.drain();
      const reply = await this.decided(exchange, request, outbound, call, await settled);
      answered = true;
      if (reply.type === 'sse') yield* reply.events;
      else if (reply.type === 'json') yield sseEvent(null, reply.body.toString('utf8'));
    } finally {
      // The client left while the request was held: its stages give up (the signal), and the
      // exchange ends once they have recorded their outcome.
      if (!answered) {
        void settled
          .catch(() => undefined)
          .then(() => this.deps.ledger.end(exchange, endReasonOf(call.signal, 'client_disconnect')));
      }
    }
  }

  private async decided(
    exchange: Exchange,
    request: FrameRequest,
    outbound: JsonRpcFrame,
    call: StatelessCall,
    verdict: RequestVerdict,
  ): Promise<StatelessReply> {
    const { ledger } = this.deps;
    if (verdict.action === 'deny') {
      const denial = errorMessage(outbound.idJson, verdict.code, verdict.message, verdict.data);
      // A hold its access ending gave up: the exchange ends with that reason.
      return ledger.answer(exchange, request, denial, 200, endReasonOf(call.signal, 'exchange_complete'));
    }
    let reply: UpstreamReply;
    try {
      reply = await call.upstream.send({
        upstreamSessionId: null,
        protocolVersion: call.meta.protocolVersion,
        // Object.assign, not spreads: node 20 builds a spread of header objects many times slower.
        headers: Object.assign(
          forwardedRequestHeaders(call.clientHeaders),
          await call.credentials(exchange.id),
        ),
        body: outbound.text,
        signal: call.gone ?? call.signal,
        auditSessionId: exchange.id,
      });
    } catch (err) {
      const reason = call.signal.aborted ? endReasonOf(call.signal, 'client_disconnect') : 'error';
      this.deps.logger.warn({ exchange: exchange.id, err }, 'stateless upstream call failed');
      if (outbound.kind !== 'request') {
        await ledger.end(exchange, reason);
        throw err;
      }
      const failure = errorMessage(outbound.idJson, RPC.INTERNAL_ERROR, upstreamFailureText(err), {
        reason:
          (err as { code?: unknown }).code === 'UPSTREAM_PROTOCOL'
            ? 'upstream_protocol'
            : 'upstream_unavailable',
      });
      return ledger.answer(exchange, request, failure, httpStatusOf(err), reason);
    }
    return this.relay(exchange, request, outbound, call, reply);
  }

  private async relay(
    exchange: Exchange,
    request: FrameRequest,
    outbound: JsonRpcFrame,
    call: StatelessCall,
    reply: UpstreamReply,
  ): Promise<StatelessReply> {
    switch (reply.type) {
      case 'accepted':
        // A request answered with 202 and no body would leave its client waiting forever.
        if (outbound.kind === 'request') return this.upstreamProtocolError(exchange, request, outbound);
        await this.deps.ledger.end(exchange, 'exchange_complete');
        return { type: 'accepted', status: reply.status, headers: reply.headers };
      case 'json': {
        const frames = this.parseUpstream(reply.body);
        const answer = frames?.[0];
        if (!answer || frames.length !== 1 || !answers(answer, outbound)) {
          return this.upstreamProtocolError(exchange, request, outbound);
        }
        const delivered = await this.finishRound(exchange, request, outbound, answer, call);
        return {
          type: 'json',
          status: reply.status,
          headers: Object.assign({}, reply.headers, JSON_HEADERS),
          body: delivered,
        };
      }
      case 'sse':
        return {
          type: 'sse',
          status: reply.status,
          headers: Object.assign({}, reply.headers, SSE_HEADERS),
          events: this.relayStream(exchange, request, outbound, call, reply.events),
        };
      case 'other':
        if (outbound.kind !== 'request') {
          await this.deps.ledger.end(exchange, 'error');
          return { type: 'accepted', status: reply.status, headers: reply.headers };
        }
        return this.upstreamProtocolError(exchange, request, outbound, reply.status);
    }
  }

  private async *relayStream(
    exchange: Exchange,
    request: FrameRequest,
    outbound: JsonRpcFrame,
    call: StatelessCall,
    events: AsyncIterable<UpstreamSseEvent>,
  ): AsyncGenerator<string> {
    const { ledger } = this.deps;
    let answered = false;
    const waiting: ReadonlySet<string> = new Set(outbound.idJson === null ? [] : [outbound.idJson]);
    try {
      for await (const event of endingOnCut(events)) {
        if (event.event !== 'message' || event.data.trim() === '') continue;
        const frames = this.parseUpstream(event.bytes ?? Buffer.from(event.data, 'utf8'));
        if (!frames) {
          this.deps.logger.warn({ exchange: exchange.id }, 'upstream sent an SSE event that is not JSON-RPC');
          break;
        }
        for (const frame of frames) {
          if ((frame.kind === 'response' || frame.kind === 'error') && frame.idJson === outbound.idJson) {
            const delivered = await this.finishRound(exchange, request, outbound, frame, call);
            answered = true;
            yield sseEvent(event.id, delivered.toString('utf8'));
            continue;
          }
          const withheld = withheldFromClient(frame, waiting);
          if (withheld) {
            await ledger.record(exchange, [withheld]);
            continue;
          }
          const staged = await ledger.responseStages(exchange, request, frame, call);
          if (!staged) continue;
          await ledger.recordFrame(exchange, staged, 'server_to_client', request);
          yield sseEvent(event.id, staged.text.toString('utf8'));
        }
        if (answered) break;
      }
      if (!answered && !call.signal.aborted && outbound.method !== 'subscriptions/listen') {
        // The upstream ended the stream without the answer: the client is told, not left waiting
        // (a listen stream's drop is left a drop, which tells its client to listen again).
        const cut = frameOf(
          errorMessage(
            outbound.idJson,
            RPC.INTERNAL_ERROR,
            'upstream MCP server closed the stream before answering',
            {
              reason: 'upstream_gone',
            },
          ),
        );
        await ledger.recordFrame(exchange, cut, 'server_to_client', request);
        yield sseEvent(null, cut.text.toString('utf8'));
      }
    } finally {
      if (!answered)
        await ledger.end(
          exchange,
          call.signal.aborted ? endReasonOf(call.signal, 'client_disconnect') : 'upstream_gone',
        );
    }
  }

  /**
   * The round's answer: recorded as the upstream sent it (after the response stages); an
   * `input_required` answer is handed to the client with a sealed requestState that carries
   * the exchange on to its next round, any other answer ends the exchange.
   */
  private async finishRound(
    exchange: Exchange,
    request: FrameRequest,
    outbound: JsonRpcFrame,
    answer: JsonRpcFrame,
    call: StatelessCall,
  ): Promise<Buffer> {
    const { ledger } = this.deps;
    const staged = (await ledger.responseStages(exchange, request, answer, call)) ?? answer;
    const pending = inputRequiredState(staged.message, outbound.method ?? '');
    if (!pending) {
      await ledger.recordFinalAnswer(exchange, staged, request, 'exchange_complete');
      return staged.text;
    }
    await ledger.recordFrame(exchange, staged, 'server_to_client', request);
    const sealed = this.deps.sealer.seal(
      {
        exchangeId: exchange.id,
        round: exchange.round + 1,
        nextSeq: exchange.nextSeq,
        traceId: exchange.subject.traceId,
        upstreamState: pending.upstreamState,
        bridgeCallId: null,
      },
      bindingOf(call),
    );
    return Buffer.from(JSON.stringify(withSealedState(staged.message, sealed)), 'utf8');
  }

  private upstreamProtocolError(
    exchange: Exchange,
    request: FrameRequest,
    outbound: JsonRpcFrame,
    upstreamStatus?: number,
  ): Promise<StatelessReply> {
    const detail =
      upstreamStatus === undefined
        ? 'a body that is not one JSON-RPC response'
        : `HTTP ${upstreamStatus} without a JSON-RPC body`;
    const answer = errorMessage(
      outbound.idJson,
      RPC.INTERNAL_ERROR,
      `upstream MCP server answered ${detail}`,
      {
        reason: 'upstream_protocol',
      },
    );
    return this.deps.ledger.answer(exchange, request, answer, 502, 'error');
  }

  /** The upstream's bytes as received: no decoding to text and encoding back. */
  private parseUpstream(bytes: Buffer): JsonRpcFrame[] | null {
    try {
      return parseJsonRpcBody(bytes, this.deps.limits).frames;
    } catch {
      return null;
    }
  }
}

/** The upstream's events until its stream ends or is cut (a reset connection ends it like a close). */
async function* endingOnCut(events: AsyncIterable<UpstreamSseEvent>): AsyncGenerator<UpstreamSseEvent> {
  try {
    yield* events;
  } catch {
    // what follows treats it as the end of the stream
  }
}

/** Whether an upstream message is the answer to the request (an error without an id answers the only one there is). */
function answers(frame: JsonRpcFrame, outbound: JsonRpcFrame): boolean {
  if (frame.kind === 'response') return frame.idJson === outbound.idJson;
  return (
    frame.kind === 'error' &&
    (frame.idJson === outbound.idJson || frame.idJson === null || frame.idJson === 'null')
  );
}

/** Whether the client gave a progress token: only then can it be told its request is held. */
function hasProgressToken(message: Record<string, unknown>): boolean {
  const meta = (message.params as { _meta?: { progressToken?: unknown } } | undefined)?._meta;
  return meta?.progressToken !== undefined;
}

/** The events of a stream, then `release` once it ended (or the client left). */
async function* releasedAfter(events: AsyncIterable<string>, release: () => void): AsyncGenerator<string> {
  try {
    yield* events;
  } finally {
    release();
  }
}

/** Who may read and cancel a gateway task: the identity that created it, on that connection. */
function taskOwnerOf(call: StatelessCall): string {
  return JSON.stringify([call.identity.issuer, call.identity.subject, call.connection]);
}

/** The JSON-RPC answer a reply carries (the last response of a stream), or null. */
async function finalAnswerOf(reply: StatelessReply): Promise<Record<string, unknown> | null> {
  if (reply.type === 'json') return JSON.parse(reply.body.toString('utf8')) as Record<string, unknown>;
  if (reply.type !== 'sse') return null;
  let last: Record<string, unknown> | null = null;
  for await (const event of reply.events) {
    const data = event
      .split('\n')
      .filter((line) => line.startsWith('data: '))
      .map((line) => line.slice(6))
      .join('\n');
    const message = JSON.parse(data) as Record<string, unknown>;
    if ('result' in message || 'error' in message) last = message;
  }
  return last;
}

/**
 * A request's offer to be answered with a task: the stage context's deferAsTask (when the
 * client accepts tasks), the signal a task cancellation aborts, and the hand-over between
 * the stage asking for a task and the era answering with it.
 */
class TaskOffer {
  readonly wanted: Promise<{ statusMessage: string; ttlMs: number }>;
  private want!: (task: { statusMessage: string; ttlMs: number }) => void;
  private readonly done: Promise<void>;
  private finish!: () => void;
  private readonly cancelled = new AbortController();

  constructor(private readonly clientSignal: AbortSignal) {
    this.wanted = new Promise((resolve) => {
      this.want = resolve;
    });
    this.done = new Promise((resolve) => {
      this.finish = resolve;
    });
  }

  stageExtras(): Partial<Pick<StageContext, 'deferAsTask' | 'signal'>> {
    return {
      signal: AbortSignal.any([this.clientSignal, this.cancelled.signal]),
      deferAsTask: async (statusMessage, ttlMs) => {
        this.want({ statusMessage, ttlMs });
        await this.done;
      },
    };
  }

  answered(): void {
    this.finish();
  }

  cancel(reason: string): void {
    this.cancelled.abort(new Error(reason));
  }
}

export function httpStatusOf(err: unknown): number {
  const status = (err as { httpStatus?: unknown }).httpStatus;
  return typeof status === 'number' ? status : 502;
}

export function upstreamFailureText(err: unknown): string {
  return err instanceof Error ? err.message : 'upstream MCP server unavailable';
}
