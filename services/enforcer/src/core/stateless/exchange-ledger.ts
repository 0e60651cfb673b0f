import type { Identity, SessionEndReason } from '@proctor/events';
import type { Logger } from '@proctor/logger';
import type { CallSignal, McpUpstream } from '../../upstream/port';
import type { AuditEmitter, EventContent } from '../audit-emitter';
import { frameOf, type JsonRpcFrame } from '../json-rpc';
import {
  normalizeRequest,
  type RequestVerdict,
  runRequestStages,
  runResponseStages,
  type SignalSource,
  type StageContext,
  type Stages,
} from '../stages';
import type { StatelessProtocolError } from './errors';
import { Exchange, type FrameRequest, frameContent, requestOf } from './exchange';
import { auditTraceIdOf, type RequestMeta } from './request-meta';
import type { ExchangeContinuation } from './request-state';

/** One stateless-era HTTP request, already authenticated and classified by the HTTP layer. */
export interface StatelessCall {
  connection: string;
  upstream: McpUpstream;
  /** Headers that authenticate the gateway upstream (never the client's token). */
  credentials: (auditSessionId: string) => Promise<Record<string, string>>;
  identity: Identity;
  sourceIp: string | null;
  userAgent: string | null;
  clientHeaders: Record<string, string | string[] | undefined>;
  frame: JsonRpcFrame;
  meta: RequestMeta;
  /** Aborted when the client goes away: the upstream call is cancelled with it. */
  signal: AbortSignal;
  /** The same going away as a CallSignal that makes no AbortSignal (see ClientCut); absent, `signal` is used. */
  gone?: CallSignal;
  /**
   * Aborts `signal` (a cancellation of the call, its access ending). Without it, a cancellation
   * aborts a signal of its own, linked to `signal`.
   */
  abort?: (reason?: unknown) => void;
}

/**
 * `call` with another frame: its own fields copied and its prototype kept, so a `signal` that
 * is a getter of the call's class still reads the caller's signal (a spread would leave it
 * behind); a plain object's own getter is read and copied, as a spread does.
 */
export function callWithFrame(call: StatelessCall, frame: JsonRpcFrame): StatelessCall {
  return Object.assign(Object.create(Object.getPrototypeOf(call)) as StatelessCall, call, { frame });
}

/** What to answer the client: written by the HTTP layer as it is. */
export type StatelessReply =
  | { type: 'accepted'; status: number; headers: Record<string, string> }
  | { type: 'json'; status: number; headers: Record<string, string>; body: Buffer }
  /** SSE event texts, each already recorded; ending the iteration early cancels the exchange. */
  | { type: 'sse'; status: number; headers: Record<string, string>; events: AsyncIterable<string> };

export const JSON_HEADERS = { 'content-type': 'application/json' };
export const SSE_HEADERS = {
  'content-type': 'text/event-stream',
  'cache-control': 'no-cache',
  'x-accel-buffering': 'no',
};

export interface LedgerDeps {
  emitter: Pick<AuditEmitter, 'emit'>;
  stages: Stages;
  newExchangeId: () => string;
  logger: Logger;
  /** How long a round stays claimed (the sealed state's lifetime): a state used twice meanwhile opens a new exchange. */
  replayWindowMs: number;
  now?: () => number;
}

/**
 * The audit side of stateless exchanges, shared by the pass-through path and the bridges:
 * opening or continuing an exchange, recording its frames (with their round), running the
 * policy stages on it, and ending it exactly once.
 */
export class ExchangeLedger {
  /** Rounds already continued on this gateway, by `exchange:round`, with when they were claimed. */
  private readonly claimed = new Map<string, number>();

  constructor(private readonly deps: LedgerDeps) {}

  /**
   * Continues the exchange a sealed state names, or opens a new one (session_started, which
   * is recorded with the exchange's first record, before it and in the same append). A
   * state presented a second time (a client re-issuing a retry) would record a second round
   * under the same sequence numbers, so it opens a new exchange instead, linked by trace id.
   */
  open(call: StatelessCall, continuation: ExchangeContinuation | null): Exchange {
    if (continuation && !this.claim(`${continuation.exchangeId}:${continuation.round}`)) {
      return this.open(call, null);
    }
    if (continuation) {
      return new Exchange(
        exchangeFields(call, continuation.exchangeId, continuation.traceId),
        continuation.round,
        continuation.nextSeq,
      );
    }
    const exchange = new Exchange(exchangeFields(call, this.deps.newExchangeId(), null), 0, 0);
    exchange.unrecordedStart = {
      type: 'session_started',
      body: {
        protocolVersion: call.meta.protocolVersion,
        clientName: call.meta.clientInfo?.name ?? null,
        clientVersion: call.meta.clientInfo?.version ?? null,
        transport: 'streamable-http',
      },
    };
    return exchange;
  }

  private claim(key: string): boolean {
    const now = (this.deps.now ?? Date.now)();
    for (const [old, at] of this.claimed) {
      if (at > now - this.deps.replayWindowMs) break;
      this.claimed.delete(old);
    }
    if (this.claimed.has(key)) return false;
    this.claimed.set(key, now);
    return true;
  }

  /** Appends the exchange's events (after its session_started when that is not recorded yet). */
  record(exchange: Exchange, contents: EventContent[]): Promise<void> {
    const start = exchange.unrecordedStart;
    if (start === null) return this.deps.emitter.emit(exchange.subject, contents);
    exchange.unrecordedStart = null;
    return this.deps.emitter.emit(exchange.subject, [start, ...contents]).catch((err: unknown) => {
      // Nothing of that append is in the log: the start leaves with the next record.
      exchange.unrecordedStart = start;
      throw err;
    });
  }

  recordFrame(
    exchange: Exchange,
    frame: JsonRpcFrame,
    direction: 'client_to_server' | 'server_to_client',
    request: FrameRequest,
  ) {
    return this.record(exchange, [frameContent(frame, direction, exchange.round, request)]);
  }

  /**
   * Records the answer that ends the exchange together with its session_ended, in one append:
   * both are in the log, or neither is and this throws (as recording the answer alone would).
   */
  async recordFinalAnswer(
    exchange: Exchange,
    frame: JsonRpcFrame,
    request: FrameRequest,
    reason: SessionEndReason,
  ): Promise<void> {
    const content = frameContent(frame, 'server_to_client', exchange.round, request);
    if (exchange.ended) return this.record(exchange, [content]);
    exchange.ended = true;
    try {
      await this.record(exchange, [content, endContent(exchange, reason, 1)]);
    } catch (err) {
      exchange.ended = false;
      throw err;
    }
  }

  async end(exchange: Exchange, reason: SessionEndReason): Promise<void> {
    if (exchange.ended) return;
    exchange.ended = true;
    try {
      await this.record(exchange, [endContent(exchange, reason, 0)]);
    } catch (err) {
      this.deps.logger.error({ exchange: exchange.id, err }, 'could not record the end of an exchange');
    }
  }

  /** Records the gateway's own answer to the request, ends the exchange, and answers with it. */
  async answer(
    exchange: Exchange,
    request: FrameRequest,
    answer: Record<string, unknown>,
    status: number,
    reason: SessionEndReason,
  ): Promise<StatelessReply> {
    const frame = frameOf(answer);
    await this.recordFinalAnswer(exchange, frame, request, reason);
    return { type: 'json', status, headers: { ...JSON_HEADERS }, body: frame.text };
  }

  /** A request refused before forwarding (a forged requestState): recorded as an exchange of its own. */
  async refuse(call: StatelessCall, err: StatelessProtocolError): Promise<StatelessReply> {
    const exchange = this.open(call, null);
    const request = requestOf(call.frame);
    await this.recordFrame(exchange, call.frame, 'client_to_server', request);
    return this.answer(
      exchange,
      request,
      err.toResponse(call.frame.idJson),
      err.httpStatus,
      'exchange_complete',
    );
  }

  requestStages(
    exchange: Exchange,
    outbound: JsonRpcFrame,
    call: StatelessCall,
    extras: Partial<Pick<StageContext, 'notify' | 'deferAsTask' | 'signal'>> = {},
  ): Promise<RequestVerdict> {
    return runRequestStages(
      this.deps.stages.request,
      normalizeRequest(outbound, {
        identity: call.identity,
        connection: call.connection,
        era: 'stateless',
        protocolVersion: call.meta.protocolVersion,
        sessionId: exchange.id,
      }),
      new ExchangeStageContext(
        this,
        exchange,
        extras.signal ? { signal: extras.signal } : call,
        extras.notify,
        extras.deferAsTask,
      ),
    );
  }

  /** Runs the response stages on one upstream message: the frame to deliver, or null when dropped. */
  async responseStages(
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
      new ExchangeStageContext(this, exchange, call, undefined, undefined),
    );
    if (message === null) return null;
    return message === frame.message ? frame : frameOf(message);
  }
}

type ExchangeFields = ConstructorParameters<typeof Exchange>[0];

/**
 * What an exchange is opened with: one literal, so every exchange's fields have one shape. Its
 * trace id is the one its sealed state carries, else the caller's traceparent scoped to the caller.
 */
function exchangeFields(call: StatelessCall, id: string, sealedTraceId: string | null): ExchangeFields {
  const traceId = sealedTraceId ?? auditTraceIdOf(call.identity, call.meta.traceId);
  return {
    id,
    identity: call.identity,
    connection: call.connection,
    sourceIp: call.sourceIp,
    userAgent: call.userAgent,
    protocolVersion: call.meta.protocolVersion,
    traceId,
  };
}

/**
 * The stages' context on one exchange. `emit` is a method: a context made per request does
 * not make a function of its own, and every context has the same fields. Its signal is read
 * from `source` only when a stage reads it (an approval hold): the client's is made on demand.
 */
class ExchangeStageContext implements StageContext {
  constructor(
    private readonly ledger: ExchangeLedger,
    private readonly exchange: Exchange,
    private readonly source: SignalSource,
    readonly notify: StageContext['notify'],
    readonly deferAsTask: StageContext['deferAsTask'],
  ) {}

  get signal(): AbortSignal {
    return this.source.signal;
  }

  emit(contents: EventContent[]): Promise<void> {
    return this.ledger.record(this.exchange, contents);
  }
}

/** The exchange's session_ended, after `before` other events of its append (and the start, if that is not recorded yet). */
function endContent(exchange: Exchange, reason: SessionEndReason, before: number): EventContent {
  const finalSeq = exchange.nextSeq + before + (exchange.unrecordedStart === null ? 0 : 1);
  return { type: 'session_ended', body: { finalSeq, reason } };
}

export function errorMessage(
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

/** One SSE `message` event carrying a JSON text. */
export function sseEvent(id: string | null, data: string): string {
  const lines = data.split(/\r\n|\n|\r/).map((line) => `data: ${line}\n`);
  return `event: message\n${id === null ? '' : `id: ${id}\n`}${lines.join('')}\n`;
}
