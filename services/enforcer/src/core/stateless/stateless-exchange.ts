import type { Identity, SessionEndReason } from '@proctor/events';
import type { Logger } from '@proctor/logger';
import type { McpUpstream, UpstreamReply, UpstreamSseEvent } from '../../upstream/port';
import type { AuditEmitter, EventContent } from '../audit-emitter';
import { RPC } from '../errors';
import { type BodyLimits, frameOf, type JsonRpcFrame, parseJsonRpcBody } from '../json-rpc';
import {
  normalizeRequest,
  runRequestStages,
  runResponseStages,
  type StageContext,
  type Stages,
} from '../stages';
import { StatelessProtocolError } from './errors';
import { Exchange, type FrameRequest, frameContent, requestOf } from './exchange';
import type { RequestMeta } from './request-meta';
import type { ContinuationBinding, ExchangeContinuation, RequestStateSealer } from './request-state';
import { inputRequiredState, retryForUpstream, retryStateOf, targetOf, withSealedState } from './rounds';
import { forwardedRequestHeaders } from './upstream-headers';

export interface StatelessExchangeDeps {
  emitter: Pick<AuditEmitter, 'emit'>;
  sealer: RequestStateSealer;
  stages: Stages;
  newExchangeId: () => string;
  limits: BodyLimits;
  logger: Logger;
}

/** One stateless-era HTTP request, already authenticated and classified by the HTTP layer. */
export interface StatelessCall {
  connection: string;
  upstream: McpUpstream;
  /** Headers that authenticate the gateway upstream (never the client's token). */
  credentials: (exchangeId: string) => Promise<Record<string, string>>;
  identity: Identity;
  sourceIp: string | null;
  userAgent: string | null;
  clientHeaders: Record<string, string | string[] | undefined>;
  frame: JsonRpcFrame;
  meta: RequestMeta;
  /** Aborted when the client goes away: the upstream call is cancelled with it. */
  signal: AbortSignal;
}

/** What to answer the client: written by the HTTP layer as it is. */
export type StatelessReply =
  | { type: 'accepted'; status: number; headers: Record<string, string> }
  | { type: 'json'; status: number; headers: Record<string, string>; body: Buffer }
  /** SSE event texts, each already recorded; ending the iteration early cancels the exchange. */
  | { type: 'sse'; status: number; headers: Record<string, string>; events: AsyncIterable<string> };

const JSON_HEADERS = { 'content-type': 'application/json' };
const SSE_HEADERS = {
  'content-type': 'text/event-stream',
  'cache-control': 'no-cache',
  'x-accel-buffering': 'no',
};

/**
 * Serves one 2026-07-28 request through the audit pipeline: record → stages → forward →
 * record → deliver, with the exchange as the audit session. A request that continues a
 * multi-round-trip exchange (its requestState is one this gateway family sealed) is recorded
 * as the next round of that exchange; every other request opens a new exchange. Exchanges
 * end (session_ended, `exchange_complete`) with their final answer; an `input_required`
 * answer leaves the exchange open for the client's retry.
 */
export class StatelessExchangeHandler {
  constructor(private readonly deps: StatelessExchangeDeps) {}

  async handle(call: StatelessCall): Promise<StatelessReply> {
    const method = call.frame.method ?? '';
    const binding: ContinuationBinding = {
      subject: call.identity.subject,
      issuer: call.identity.issuer,
      connection: call.connection,
      method,
      target: targetOf(call.frame.message),
    };
    let continuation: ExchangeContinuation | null = null;
    const presented = call.frame.kind === 'request' ? retryStateOf(call.frame.message) : undefined;
    if (presented !== undefined && inputRequiredMethod(method)) {
      try {
        continuation = this.deps.sealer.open(presented, binding);
      } catch (err) {
        if (err instanceof StatelessProtocolError) return this.refuse(call, err);
        throw err;
      }
    }
    const exchange = await this.open(call, continuation);
    const outbound = continuation
      ? frameOf(retryForUpstream(call.frame.message, continuation.upstreamState))
      : call.frame;
    const request = requestOf(outbound);
    await this.record(exchange, [frameContent(outbound, 'client_to_server', exchange.round, request)]);
    const ctx = this.stageContext(exchange, call.signal);
    const verdict = await runRequestStages(
      this.deps.stages.request,
      normalizeRequest(outbound, {
        identity: call.identity,
        connection: call.connection,
        era: 'stateless',
        protocolVersion: call.meta.protocolVersion,
        sessionId: exchange.id,
      }),
      ctx,
    );
    if (verdict.action === 'deny') {
      const denial = errorMessage(outbound.idJson, verdict.code, verdict.message, verdict.data);
      return this.answerOnce(exchange, request, denial, 200, {}, 'exchange_complete');
    }
    let reply: UpstreamReply;
    try {
      reply = await call.upstream.send({
        upstreamSessionId: null,
        protocolVersion: call.meta.protocolVersion,
        headers: { ...forwardedRequestHeaders(call.clientHeaders), ...(await call.credentials(exchange.id)) },
        body: outbound.text,
        signal: call.signal,
      });
    } catch (err) {
      const aborted = call.signal.aborted;
      this.deps.logger.warn({ exchange: exchange.id, err }, 'stateless upstream call failed');
      if (outbound.kind !== 'request') {
        await this.end(exchange, aborted ? 'client_disconnect' : 'error');
        throw err;
      }
      const failure = errorMessage(outbound.idJson, RPC.INTERNAL_ERROR, upstreamFailureText(err), {
        reason: 'upstream_unavailable',
      });
      return this.answerOnce(
        exchange,
        request,
        failure,
        httpStatusOf(err),
        {},
        aborted ? 'client_disconnect' : 'error',
      );
    }
    return this.relay(exchange, request, outbound, call, reply);
  }

  private async open(call: StatelessCall, continuation: ExchangeContinuation | null): Promise<Exchange> {
    const fields = {
      identity: call.identity,
      connection: call.connection,
      sourceIp: call.sourceIp,
      userAgent: call.userAgent,
      protocolVersion: call.meta.protocolVersion,
    };
    if (continuation) {
      return new Exchange(
        { ...fields, id: continuation.exchangeId, traceId: call.meta.traceId ?? continuation.traceId },
        continuation.round,
        continuation.nextSeq,
      );
    }
    const exchange = new Exchange(
      { ...fields, id: this.deps.newExchangeId(), traceId: call.meta.traceId },
      0,
      0,
    );
    await this.record(exchange, [
      {
        type: 'session_started',
        body: {
          protocolVersion: call.meta.protocolVersion,
          clientName: call.meta.clientInfo?.name ?? null,
          clientVersion: call.meta.clientInfo?.version ?? null,
          transport: 'streamable-http',
        },
      },
    ]);
    return exchange;
  }

  /** A request the gateway refuses before forwarding (a forged requestState): recorded as an exchange of its own. */
  private async refuse(call: StatelessCall, err: StatelessProtocolError): Promise<StatelessReply> {
    const exchange = await this.open(call, null);
    const request = requestOf(call.frame);
    await this.record(exchange, [frameContent(call.frame, 'client_to_server', 0, request)]);
    const answer = err.toResponse(call.frame.idJson);
    return this.answerOnce(exchange, request, answer, err.httpStatus, {}, 'exchange_complete');
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
        await this.end(exchange, 'exchange_complete');
        return { type: 'accepted', status: reply.status, headers: reply.headers };
      case 'json': {
        const frames = this.parseUpstream(reply.body.toString('utf8'));
        const answer = frames?.[0];
        if (!answer || frames.length !== 1 || answer.kind === 'request' || answer.kind === 'notification') {
          return this.upstreamProtocolError(exchange, request, outbound);
        }
        const delivered = await this.finishRound(exchange, request, outbound, answer, call);
        return {
          type: 'json',
          status: reply.status,
          headers: { ...reply.headers, ...JSON_HEADERS },
          body: delivered,
        };
      }
      case 'sse':
        return {
          type: 'sse',
          status: reply.status,
          headers: { ...reply.headers, ...SSE_HEADERS },
          events: this.relayStream(exchange, request, outbound, call, reply.events),
        };
      case 'other':
        if (outbound.kind !== 'request') {
          await this.end(exchange, 'error');
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
    let answered = false;
    try {
      for await (const event of events) {
        if (event.event !== 'message' || event.data.trim() === '') continue;
        const frames = this.parseUpstream(event.data);
        if (!frames) {
          this.deps.logger.warn({ exchange: exchange.id }, 'upstream sent an SSE event that is not JSON-RPC');
          break;
        }
        for (const frame of frames) {
          if ((frame.kind === 'response' || frame.kind === 'error') && frame.idJson === outbound.idJson) {
            const delivered = await this.finishRound(exchange, request, outbound, frame, call);
            answered = true;
            yield sseEvent(event.id, delivered.toString('utf8'));
          } else {
            const delivered = await this.deliver(exchange, request, frame, call);
            if (delivered) yield sseEvent(event.id, delivered.toString('utf8'));
          }
        }
        if (answered) break;
      }
    } finally {
      if (!exchange.ended && !answered) {
        await this.end(exchange, call.signal.aborted ? 'client_disconnect' : 'upstream_gone');
      }
    }
  }

  /**
   * Records a non-final upstream message (a notification on the response stream) after the
   * response stages, and returns the bytes to deliver, or null when a stage dropped it.
   */
  private async deliver(
    exchange: Exchange,
    request: FrameRequest,
    frame: JsonRpcFrame,
    call: StatelessCall,
  ): Promise<Buffer | null> {
    const staged = await this.stageResponse(exchange, request, frame, call);
    if (!staged) return null;
    await this.record(exchange, [frameContent(staged, 'server_to_client', exchange.round, request)]);
    return staged.text;
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
    const staged = (await this.stageResponse(exchange, request, answer, call)) ?? answer;
    await this.record(exchange, [frameContent(staged, 'server_to_client', exchange.round, request)]);
    const pending = inputRequiredState(staged.message, outbound.method ?? '');
    if (!pending) {
      await this.end(exchange, 'exchange_complete');
      return staged.text;
    }
    const sealed = this.deps.sealer.seal(
      {
        exchangeId: exchange.id,
        round: exchange.round + 1,
        nextSeq: exchange.nextSeq,
        traceId: exchange.subject.traceId,
        upstreamState: pending.upstreamState,
        bridgeCallId: null,
      },
      {
        subject: call.identity.subject,
        issuer: call.identity.issuer,
        connection: call.connection,
        method: outbound.method ?? '',
        target: targetOf(outbound.message),
      },
    );
    return Buffer.from(JSON.stringify(withSealedState(staged.message, sealed)), 'utf8');
  }

  private async stageResponse(
    exchange: Exchange,
    request: FrameRequest,
    frame: JsonRpcFrame,
    call: StatelessCall,
  ): Promise<JsonRpcFrame | null> {
    if (this.deps.stages.response.length === 0) return frame;
    const message = await runResponseStages(
      this.deps.stages.response,
      {
        kind: frame.kind,
        message: frame.message,
        request: request.method === null ? null : { method: request.method, toolName: request.toolName },
        sessionId: exchange.id,
        identity: call.identity,
        connection: call.connection,
      },
      this.stageContext(exchange, call.signal),
    );
    if (message === null) return null;
    return message === frame.message ? frame : frameOf(message);
  }

  /** Records the gateway's own answer to the request, ends the exchange, and answers with it. */
  private async answerOnce(
    exchange: Exchange,
    request: FrameRequest,
    answer: Record<string, unknown>,
    status: number,
    headers: Record<string, string>,
    reason: SessionEndReason,
  ): Promise<StatelessReply> {
    const frame = frameOf(answer);
    await this.record(exchange, [frameContent(frame, 'server_to_client', exchange.round, request)]);
    await this.end(exchange, reason);
    return { type: 'json', status, headers: { ...headers, ...JSON_HEADERS }, body: frame.text };
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
    return this.answerOnce(exchange, request, answer, 502, {}, 'error');
  }

  private parseUpstream(text: string): JsonRpcFrame[] | null {
    try {
      return parseJsonRpcBody(Buffer.from(text, 'utf8'), this.deps.limits).frames;
    } catch {
      return null;
    }
  }

  private stageContext(exchange: Exchange, signal: AbortSignal): StageContext {
    return { signal, emit: (contents) => this.record(exchange, contents) };
  }

  private record(exchange: Exchange, contents: EventContent[]): Promise<void> {
    return this.deps.emitter.emit(exchange.subject, contents);
  }

  private async end(exchange: Exchange, reason: SessionEndReason): Promise<void> {
    if (exchange.ended) return;
    exchange.ended = true;
    try {
      await this.record(exchange, [{ type: 'session_ended', body: { finalSeq: exchange.nextSeq, reason } }]);
    } catch (err) {
      this.deps.logger.error({ exchange: exchange.id, err }, 'could not record the end of an exchange');
    }
  }
}

function inputRequiredMethod(method: string): boolean {
  return inputRequiredState({ result: { resultType: 'input_required' } }, method) !== undefined;
}

function errorMessage(
  idJson: string | null,
  code: number,
  message: string,
  data?: unknown,
): Record<string, unknown> {
  return {
    jsonrpc: '2.0',
    id: idJson === null ? null : (JSON.parse(idJson) as unknown),
    error: { code, message, ...(data === undefined ? {} : { data }) },
  };
}

function sseEvent(id: string | null, data: string): string {
  const lines = data.split(/\r\n|\n|\r/).map((line) => `data: ${line}\n`);
  return `event: message\n${id === null ? '' : `id: ${id}\n`}${lines.join('')}\n`;
}

function httpStatusOf(err: unknown): number {
  const status = (err as { httpStatus?: unknown }).httpStatus;
  return typeof status === 'number' ? status : 502;
}

function upstreamFailureText(err: unknown): string {
  return err instanceof Error ? err.message : 'upstream MCP server unavailable';
}
