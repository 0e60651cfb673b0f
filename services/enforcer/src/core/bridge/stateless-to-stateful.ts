import { randomUUID } from 'node:crypto';
import type { Logger } from '@proctor/logger';
import { identityKeyOf } from '../../sessions/port';
import { UpstreamError, type UpstreamReply, type UpstreamSseEvent } from '../../upstream/port';
import type { ConnectionRuntime, CoreContext } from '../context';
import { RPC } from '../errors';
import { frameContent } from '../frame-events';
import { type BodyLimits, frameOf, type JsonRpcFrame, parseJsonRpcBody } from '../json-rpc';
import { endReasonOf } from '../stages';
import { StatelessProtocolError } from '../stateless/errors';
import { type Exchange, type FrameRequest, requestOf } from '../stateless/exchange';
import {
  type ExchangeLedger,
  errorMessage,
  JSON_HEADERS,
  SSE_HEADERS,
  type StatelessCall,
  type StatelessReply,
  sseEvent,
} from '../stateless/exchange-ledger';
import { INPUT_REQUIRED_METHODS, isPlainObject } from '../stateless/protocol';
import type { RequestStateSealer } from '../stateless/request-state';
import { isInputRequired, withSealedState } from '../stateless/rounds';
import {
  bindingOf,
  continuationOf,
  httpStatusOf,
  upstreamFailureText,
} from '../stateless/stateless-exchange';
import { isStrayAnswer, strayAnswerHidden } from '../stray-answers';
import {
  asStatelessResult,
  bridgeRefusal,
  checkInputResponses,
  declaresCapabilityFor,
  discoverFromInitialize,
  INPUT_REQUEST_METHODS,
  logLevelAllows,
  withoutEnvelope,
} from './era-mapping';
import { HolderMailbox, holderOf } from './holder-mailbox';
import { ListenBridge } from './listen-bridge';
import { checkParamHeaders, ParamHeaderCatalog, toolCallOf, toolsKeyOf } from './param-headers';
import { type LegacyUpstreamSession, LegacyUpstreamSessions } from './upstream-legacy-session';

/** An upstream call waiting, between rounds, for the client's answers to its input requests. */
interface ParkedCall {
  id: string;
  session: LegacyUpstreamSession;
  connection: ConnectionRuntime;
  method: string;
  /** JSON text of the id the call carries upstream (the first round's client id). */
  upstreamIdJson: string;
  /** Input request key → JSON text of the upstream's server-to-client request id. */
  awaiting: Map<string, string>;
  events: AsyncIterator<UpstreamSseEvent>;
  /** The upstream event asked for and not yet arrived when a wait for it gave up (see nextFrame). */
  pending: Promise<IteratorResult<UpstreamSseEvent>> | null;
  backlog: JsonRpcFrame[];
  abort: AbortController;
  timer: NodeJS.Timeout;
  /** The exchange between rounds: ended (idle_timeout) if the client never retries. */
  exchange: Exchange | null;
}

export interface StatelessToStatefulDeps {
  ctx: CoreContext;
  ledger: ExchangeLedger;
  sealer: RequestStateSealer;
  limits: BodyLimits;
  logger: Logger;
  /** How long a parked call waits for the client's retry: the sealed state's lifetime, so a late retry is refused as expired. */
  parkMs: number;
}

/** Ids of parked calls (sealed into requestState): `proctor-call:<gatewayId>:<uuid>`, naming the holder. */
const PARKED_ID_PREFIX = 'proctor-call:';

/**
 * How long a round waits after an input request for others sent with it: a server that needs
 * several inputs at once (the SDKs fulfil an `inputRequests` map concurrently) writes them
 * back to back, and a 2026-07-28 client gets them in one `input_required` result, as from a
 * server of that revision.
 */
const INPUT_GATHER_MS = 50;

/** Calls waiting for their client's retry, per caller and in all (see makeRoomFor). */
const MAX_PARKED_PER_CALLER = 32;
const MAX_PARKED = 10_000;

/**
 * Methods revision 2026-07-28 no longer has (and the tasks extension's `tasks/result` and
 * `tasks/list`): a server of that revision answers them 404 with -32601, so the bridge does,
 * whatever the stateful upstream would say.
 */
const REMOVED_METHODS: ReadonlySet<string> = new Set([
  'initialize',
  'ping',
  'logging/setLevel',
  'resources/subscribe',
  'resources/unsubscribe',
  'tasks/result',
  'tasks/list',
]);

/**
 * Bridges a 2026-07-28 client to a stateful upstream. The gateway opens (and keeps) a
 * stateful session upstream per caller and capability set; requests travel on it without
 * their per-request envelope; results gain `resultType` and the cache hints the revision
 * requires; `server/discover` is answered from the upstream's initialize result. A server-
 * to-client request on a call's response stream (elicitation, sampling, roots) becomes an
 * `input_required` round: the upstream call is parked on this gateway, and the client's
 * retry — its requestState names the parked call — answers the upstream and resumes it.
 */
export class StatelessToStatefulBridge {
  private readonly sessions: LegacyUpstreamSessions;
  private readonly parked = new Map<string, ParkedCall>();
  private readonly listens: ListenBridge;

  private readonly mailbox: HolderMailbox;
  /** The `x-mcp-header` declarations of the tools the upstream lists, per connection and caller. */
  private readonly tools = new ParamHeaderCatalog();

  constructor(private readonly deps: StatelessToStatefulDeps) {
    this.sessions = new LegacyUpstreamSessions(deps.ctx);
    this.listens = new ListenBridge({ ...deps, sessions: this.sessions });
    this.mailbox = new HolderMailbox(deps.ctx);
    this.mailbox.on('release-call', ({ callId }) => {
      const parked = this.parked.get(callId);
      // The gateway that refused the retry ends the exchange: only the upstream call is let go here.
      if (parked) void this.release(parked, 'the client retried at another gateway instance');
    });
  }

  async handle(connection: ConnectionRuntime, call: StatelessCall): Promise<StatelessReply> {
    const { ledger } = this.deps;
    let continuation: ReturnType<typeof continuationOf>;
    try {
      if (call.frame.kind === 'request') checkInputResponses(call.frame.message.params);
      continuation = continuationOf(call, this.deps.sealer);
    } catch (err) {
      if (err instanceof StatelessProtocolError) return ledger.refuse(call, err);
      throw err;
    }
    const exchange = await ledger.open(call, continuation);
    const request = requestOf(call.frame);
    await ledger.recordFrame(exchange, call.frame, 'client_to_server', request);
    const verdict = await ledger.requestStages(exchange, call.frame, call);
    if (verdict.action === 'deny') {
      const denial = errorMessage(call.frame.idJson, verdict.code, verdict.message, verdict.data);
      return ledger.answer(exchange, request, denial, 200, 'exchange_complete');
    }
    try {
      if (call.frame.kind === 'notification') {
        await ledger.end(exchange, 'exchange_complete');
        return { type: 'accepted', status: 202, headers: {} };
      }
      if (continuation?.bridgeCallId)
        return await this.resume(exchange, request, call, continuation.bridgeCallId);
      return await this.start(connection, exchange, request, call);
    } catch (err) {
      if (exchange.ended) throw err;
      this.deps.logger.warn({ exchange: exchange.id, err }, 'bridged request failed');
      if (err instanceof StatelessProtocolError)
        return ledger.answer(exchange, request, err.toResponse(call.frame.idJson), err.httpStatus, 'error');
      // What the gateway answers for a 2026-07-28 upstream that fails the same way.
      const failure = errorMessage(call.frame.idJson, RPC.INTERNAL_ERROR, upstreamFailureText(err), {
        reason:
          (err as { code?: unknown }).code === 'UPSTREAM_PROTOCOL'
            ? 'upstream_protocol'
            : 'upstream_unavailable',
      });
      return ledger.answer(exchange, request, failure, httpStatusOf(err), 'error');
    }
  }

  private async start(
    connection: ConnectionRuntime,
    exchange: Exchange,
    request: FrameRequest,
    call: StatelessCall,
  ): Promise<StatelessReply> {
    const method = call.frame.method ?? '';
    if (REMOVED_METHODS.has(method)) {
      // What a 2026-07-28 server answers, though the stateful upstream still has the method.
      const answer = errorMessage(
        call.frame.idJson,
        RPC.METHOD_NOT_FOUND,
        `Method not found: ${method} does not exist in revision 2026-07-28`,
      );
      return this.deps.ledger.answer(exchange, request, answer, 404, 'exchange_complete');
    }
    if (method.startsWith('tasks/')) {
      throw bridgeRefusal(`${method} has no counterpart in the stateful revision this upstream speaks`);
    }
    if (method === 'subscriptions/listen') return this.listens.listen(connection, exchange, request, call);
    let session = await this.sessions.obtain(connection, call);
    if (method === 'server/discover') {
      const answer = {
        jsonrpc: '2.0',
        id: call.frame.message.id,
        result: discoverFromInitialize(session.init),
      };
      return this.deps.ledger.answer(exchange, request, answer, 200, 'exchange_complete');
    }
    if (method === 'tools/call') await this.checkParamHeaders(connection, session, call);
    const params = withoutEnvelope(call.frame.message.params);
    // The upstream session is shared by the caller's exchanges: a gateway id keeps their ids apart.
    const outbound = frameOf({
      ...call.frame.message,
      id: `proctor-${randomUUID()}`,
      ...(params !== undefined && { params }),
    });
    const abort = new AbortController();
    let reply = await this.send(connection, session, outbound, abort.signal, exchange.id);
    if (reply.status === 404) {
      await this.sessions.forget(session);
      session = await this.sessions.obtain(connection, call);
      reply = await this.send(connection, session, outbound, abort.signal, exchange.id);
    }
    if (reply.type === 'json') {
      const answer = this.parse(reply.body.toString('utf8'))?.find((f) =>
        isFinalAnswer(f, outbound.idJson ?? 'null'),
      );
      if (!answer)
        throw new UpstreamError(
          'UPSTREAM_PROTOCOL',
          'upstream MCP server answered a body that is not the JSON-RPC response to the request',
        );
      return this.answerFinal(exchange, request, call, session, method, answer);
    }
    if (reply.type !== 'sse') {
      throw new UpstreamError(
        'UPSTREAM_PROTOCOL',
        `upstream MCP server answered HTTP ${reply.status} without a JSON-RPC response`,
      );
    }
    await this.mailbox.open();
    const parked: ParkedCall = {
      id: `${PARKED_ID_PREFIX}${this.deps.ctx.gatewayId}:${randomUUID()}`,
      session,
      connection,
      method,
      upstreamIdJson: outbound.idJson ?? 'null',
      awaiting: new Map(),
      events: reply.events[Symbol.asyncIterator](),
      pending: null,
      backlog: [],
      abort,
      timer: setTimeout(() => undefined, 0),
      exchange: null,
    };
    // An answer that opens the stream at once (an unknown method) goes back as plain JSON, with
    // the HTTP status the stateless transport prescribes for it.
    const first = await this.peek(exchange, request, call, parked);
    if (first && isFinalAnswer(first, parked.upstreamIdJson) && statusOfFinal(first) !== 200) {
      abort.abort();
      return this.answerFinal(exchange, request, call, session, method, first);
    }
    if (first) parked.backlog.unshift(first);
    return this.stream(exchange, request, call, parked);
  }

  /**
   * What a 2026-07-28 server checks before it runs a tool, the stateful upstream cannot: that
   * the call's `Mcp-Param-*` headers mirror the arguments the tool declares with `x-mcp-header`
   * (as the upstream lists it). A disagreement is refused (400, -32020), nothing forwarded.
   */
  private async checkParamHeaders(
    connection: ConnectionRuntime,
    session: LegacyUpstreamSession,
    call: StatelessCall,
  ): Promise<void> {
    const tool = toolCallOf(call.frame.message.params);
    if (!tool) return;
    const declarations = await this.tools.declarationsOf(toolsKeyOf(session.live.record), tool.name, () =>
      this.sessions.listTools(connection, call, session),
    );
    checkParamHeaders(declarations, tool.args, call.clientHeaders);
  }

  /** The stream's first message, waited for while the client is there. */
  private async peek(
    exchange: Exchange,
    request: FrameRequest,
    call: StatelessCall,
    parked: ParkedCall,
  ): Promise<JsonRpcFrame | null> {
    const unwatch = this.cancelWhenClientLeaves(exchange, request, call, parked, () => false);
    try {
      return await this.nextFrame(parked);
    } catch (err) {
      if (!call.signal.aborted) throw err;
      await this.deps.ledger.end(exchange, endReasonOf(call.signal, 'client_disconnect'));
      throw err;
    } finally {
      unwatch();
    }
  }

  /**
   * A 2026-07-28 client cancels a call by closing its stream; a stateful server takes a closed
   * stream for a lost connection and works on, so the upstream gets the cancellation the
   * stateful era has (`notifications/cancelled`, recorded in the exchange), then its stream is
   * closed. Returns the function that stops watching.
   */
  private cancelWhenClientLeaves(
    exchange: Exchange,
    request: FrameRequest,
    call: StatelessCall,
    parked: ParkedCall,
    settled: () => boolean,
  ): () => void {
    const cancel = () => {
      if (settled()) return;
      const frame = cancellationOf(parked, 'the client closed its stream');
      void this.deps.ledger
        .recordFrame(exchange, frame, 'client_to_server', {
          ...request,
          method: frame.method,
          toolName: null,
        })
        .then(() =>
          this.send(parked.connection, parked.session, frame, AbortSignal.timeout(5_000), exchange.id),
        )
        .catch((err: unknown) =>
          this.deps.logger.warn({ err, exchange: exchange.id }, 'could not cancel upstream'),
        )
        .finally(() => parked.abort.abort());
    };
    call.signal.addEventListener('abort', cancel, { once: true });
    return () => call.signal.removeEventListener('abort', cancel);
  }

  private async answerFinal(
    exchange: Exchange,
    request: FrameRequest,
    call: StatelessCall,
    session: LegacyUpstreamSession,
    method: string,
    answer: JsonRpcFrame,
  ): Promise<StatelessReply> {
    const delivered = await this.deliverFinal(exchange, request, call, session, method, answer);
    return { type: 'json', status: statusOfFinal(answer), headers: { ...JSON_HEADERS }, body: delivered };
  }

  /** A retry: answers the parked call's input requests upstream and follows its stream on. */
  private async resume(
    exchange: Exchange,
    request: FrameRequest,
    call: StatelessCall,
    callId: string,
  ): Promise<StatelessReply> {
    const parked = this.parked.get(callId);
    if (!parked) {
      const holder = holderOf(callId, PARKED_ID_PREFIX);
      if (holder !== null && holder !== this.deps.ctx.gatewayId) {
        // Not left waiting for its timeout: the holder lets the upstream call go now.
        await this.mailbox.send(holder, { kind: 'release-call', callId }).catch(() => false);
        throw bridgeRefusal(
          `the upstream call this retry continues is not held by this gateway (it waits at gateway "${holder}", which now lets it go); retry the original request from the start`,
        );
      }
      throw bridgeRefusal(
        'the upstream call this retry continues is not held by this gateway (it expired, or the retry reached another gateway instance); retry the original request from the start',
      );
    }
    this.parked.delete(callId);
    clearTimeout(parked.timer);
    parked.exchange = null;
    const params = call.frame.message.params;
    const responses =
      isPlainObject(params) && isPlainObject(params.inputResponses) ? params.inputResponses : {};
    for (const [key, serverIdJson] of parked.awaiting) {
      const answer = responses[key];
      const message =
        answer === undefined
          ? errorMessage(serverIdJson, RPC.INVALID_REQUEST, 'the client gave no answer to this request')
          : { jsonrpc: '2.0', id: JSON.parse(serverIdJson) as unknown, result: answer };
      const frame = frameOf(message);
      await this.deps.ledger.recordFrame(exchange, frame, 'client_to_server', {
        ...request,
        method: null,
        toolName: null,
      });
      await this.send(parked.connection, parked.session, frame, AbortSignal.timeout(30_000), exchange.id);
    }
    parked.awaiting.clear();
    return this.stream(exchange, request, call, parked);
  }

  private stream(
    exchange: Exchange,
    request: FrameRequest,
    call: StatelessCall,
    parked: ParkedCall,
  ): StatelessReply {
    return {
      type: 'sse',
      status: 200,
      headers: { ...SSE_HEADERS },
      events: this.pump(exchange, request, call, parked),
    };
  }

  /**
   * Follows a call's upstream stream for one round: notifications pass, a server-to-client
   * input request ends the round with `input_required` (the call stays parked), the call's
   * response ends the exchange.
   */
  private async *pump(
    exchange: Exchange,
    request: FrameRequest,
    call: StatelessCall,
    parked: ParkedCall,
  ): AsyncGenerator<string> {
    const { ledger } = this.deps;
    let settled = false;
    const unwatch = this.cancelWhenClientLeaves(exchange, request, call, parked, () => settled);
    try {
      for (;;) {
        const frame = await this.nextFrame(parked).catch((err: unknown) => {
          if (call.signal.aborted) throw err;
          return null;
        });
        if (!frame) {
          if (call.signal.aborted) break;
          // The upstream's stream ended, was cut or carried no JSON-RPC before the call's answer:
          // the client gets what a 2026-07-28 upstream failing so gets, recorded like any answer.
          const gone = upstreamGoneAnswer(call.frame.message.id);
          await ledger.recordFrame(exchange, gone, 'server_to_client', request);
          yield sseEvent(null, gone.text.toString('utf8'));
          break;
        }
        if (frame.kind === 'request' && frame.method !== null) {
          if (asksClient(frame, parked.method, call.meta.clientCapabilities)) {
            const inputs = await this.gatherInputRequests(exchange, request, call, parked, frame);
            const answer = await this.inputRequired(exchange, request, call, parked, inputs);
            // Parked: the client closing this round's stream now does not cancel the call.
            settled = true;
            yield sseEvent(null, answer.toString('utf8'));
            return;
          }
          await this.answerUpstream(exchange, request, parked, frame);
          continue;
        }
        if (isFinalAnswer(frame, parked.upstreamIdJson)) {
          const delivered = await this.deliverFinal(
            exchange,
            request,
            call,
            parked.session,
            parked.method,
            frame,
          );
          settled = true;
          yield sseEvent(null, delivered.toString('utf8'));
          return;
        }
        // Log messages the client did not ask for (or below its level) are not passed on.
        if (frame.method === 'notifications/message' && !logLevelAllows(call.meta.logLevel, frame.message))
          continue;
        // An answer under any other id answers nothing the client asked.
        if (isStrayAnswer(frame, NOTHING_WAITING)) {
          await ledger.record(exchange, [strayAnswerHidden()]);
          continue;
        }
        const staged = await ledger.responseStages(exchange, request, frame, call);
        if (!staged) continue;
        await ledger.recordFrame(exchange, staged, 'server_to_client', request);
        yield sseEvent(null, staged.text.toString('utf8'));
      }
    } finally {
      unwatch();
      if (!settled) {
        parked.abort.abort();
        await ledger.end(
          exchange,
          call.signal.aborted ? endReasonOf(call.signal, 'client_disconnect') : 'upstream_gone',
        );
      }
    }
  }

  /**
   * The input requests of one round, each recorded: `first`, and those that follow it on the
   * stream within INPUT_GATHER_MS of each other; anything else ends the gathering and is read next.
   */
  private async gatherInputRequests(
    exchange: Exchange,
    request: FrameRequest,
    call: StatelessCall,
    parked: ParkedCall,
    first: JsonRpcFrame,
  ): Promise<JsonRpcFrame[]> {
    const inputs: JsonRpcFrame[] = [];
    let frame: JsonRpcFrame | null = first;
    while (frame) {
      if (!asksClient(frame, parked.method, call.meta.clientCapabilities)) {
        parked.backlog.unshift(frame);
        break;
      }
      await this.deps.ledger.recordFrame(exchange, frame, 'server_to_client', {
        ...request,
        method: frame.method,
      });
      inputs.push(frame);
      // A broken stream ends the gathering; the next round's read meets the same failure.
      frame = await this.nextFrame(parked, INPUT_GATHER_MS).catch(() => null);
    }
    return inputs;
  }

  /**
   * Ends the round with an input_required result whose sealed state names the parked call. The
   * result passes the response stages as a 2026-07-28 upstream's own input_required answer does
   * (a masked call's input requests are masked before the client sees them); its requestState
   * is added after them, so no stage alters it. A result the stages withhold (it could not be
   * masked) ends the call: the client gets what the stages made of it, the upstream call is let go.
   */
  private async inputRequired(
    exchange: Exchange,
    request: FrameRequest,
    call: StatelessCall,
    parked: ParkedCall,
    inputs: JsonRpcFrame[],
  ): Promise<Buffer> {
    const inputRequests: Record<string, unknown> = {};
    for (const input of inputs) {
      const key = `input-${exchange.round}-${parked.awaiting.size}`;
      parked.awaiting.set(key, input.idJson ?? 'null');
      inputRequests[key] = {
        method: input.method,
        ...(input.message.params !== undefined && { params: input.message.params }),
      };
    }
    const asked = frameOf({
      jsonrpc: '2.0',
      id: call.frame.message.id,
      result: { resultType: 'input_required', inputRequests },
    });
    const staged = (await this.deps.ledger.responseStages(exchange, request, asked, call)) ?? asked;
    if (!isInputRequired(staged)) {
      // release lets go only a call it finds parked.
      this.parked.set(parked.id, parked);
      await this.release(parked, 'the input requests were withheld from the client');
      await this.deps.ledger.recordFinalAnswer(exchange, staged, request, 'exchange_complete');
      return staged.text;
    }
    parked.exchange = exchange;
    parked.timer = setTimeout(
      () => this.expire(parked, 'the client did not retry in time'),
      this.deps.parkMs,
    );
    parked.timer.unref();
    this.makeRoomFor(parked);
    this.parked.set(parked.id, parked);
    // The answer is this exchange's next event: the state sealed into it names the seq after it.
    const sealed = this.deps.sealer.seal(
      {
        exchangeId: exchange.id,
        round: exchange.round + 1,
        nextSeq: exchange.nextSeq + 1,
        traceId: exchange.subject.traceId,
        upstreamState: null,
        bridgeCallId: parked.id,
      },
      bindingOf(call),
    );
    const answer = frameOf(withSealedState(staged.message, sealed));
    await this.deps.ledger.recordFrame(exchange, answer, 'server_to_client', request);
    return answer.text;
  }

  /** Lets a parked call go and ends its exchange (idle_timeout): its client's retry is refused. */
  private expire(parked: ParkedCall, reason: string): void {
    const exchange = parked.exchange;
    void this.release(parked, reason).then(() =>
      exchange ? this.deps.ledger.end(exchange, 'idle_timeout') : undefined,
    );
  }

  /**
   * Bounds the calls waiting for a retry (each holds an upstream call open): past
   * MAX_PARKED_PER_CALLER of one caller, or MAX_PARKED in all, the oldest is let go.
   */
  private makeRoomFor(parked: ParkedCall): void {
    const owner = identityKeyOf(parked.session.live.record.identity);
    let oldestOfOwner: ParkedCall | undefined;
    let ofOwner = 0;
    for (const other of this.parked.values()) {
      if (identityKeyOf(other.session.live.record.identity) !== owner) continue;
      oldestOfOwner ??= other;
      ofOwner++;
    }
    if (oldestOfOwner && ofOwner >= MAX_PARKED_PER_CALLER) {
      this.expire(
        oldestOfOwner,
        `more than ${MAX_PARKED_PER_CALLER} calls of this caller waited for a retry`,
      );
    } else if (this.parked.size >= MAX_PARKED) {
      const oldest = this.parked.values().next().value;
      if (oldest) this.expire(oldest, `more than ${MAX_PARKED} calls waited for a retry`);
    }
  }

  /** The call's final answer, in stateless shape and under the id of the client's current request. */
  private async deliverFinal(
    exchange: Exchange,
    request: FrameRequest,
    call: StatelessCall,
    session: LegacyUpstreamSession,
    method: string,
    answer: JsonRpcFrame,
  ): Promise<Buffer> {
    if (method === 'tools/list' && answer.kind === 'response')
      this.tools.learn(toolsKeyOf(session.live.record), answer.message.result);
    const message =
      answer.kind === 'response'
        ? {
            jsonrpc: '2.0',
            id: call.frame.message.id,
            result: asStatelessResult(method, answer.message.result, session.init.serverInfo),
          }
        : { ...answer.message, id: call.frame.message.id };
    const staged =
      (await this.deps.ledger.responseStages(exchange, request, frameOf(message), call)) ?? frameOf(message);
    await this.deps.ledger.recordFrame(exchange, staged, 'server_to_client', request);
    await this.deps.ledger.end(exchange, 'exchange_complete');
    return staged.text;
  }

  /**
   * Lets a parked call go: the upstream's input requests get an error answer and the call a
   * cancellation, both recorded in the upstream session (the exchange is the client's, and it
   * may be continued elsewhere), so the upstream's tool does not wait for an answer that will
   * never come; then its stream is closed.
   */
  private async release(parked: ParkedCall, reason: string): Promise<void> {
    if (!this.parked.delete(parked.id)) return;
    clearTimeout(parked.timer);
    parked.exchange = null;
    const live = parked.session.live;
    const frames = [
      ...[...parked.awaiting.values()].map((serverIdJson) =>
        frameOf(errorMessage(serverIdJson, RPC.INVALID_REQUEST, `No answer: ${reason}`)),
      ),
      cancellationOf(parked, reason),
    ];
    parked.awaiting.clear();
    try {
      await this.deps.ctx.emitter.emit(
        live.subject,
        frames.map((f) => frameContent(f, 'client_to_server', null)),
      );
      for (const frame of frames) {
        await this.send(parked.connection, parked.session, frame, AbortSignal.timeout(5_000), live.record.id);
      }
    } catch (err) {
      this.deps.logger.warn({ err, session: live.record.id }, 'could not let a parked upstream call go');
    } finally {
      parked.abort.abort();
    }
  }

  /** Server-to-client requests a stateless client cannot receive: ping is answered, others refused. */
  private async answerUpstream(
    exchange: Exchange,
    request: FrameRequest,
    parked: ParkedCall,
    frame: JsonRpcFrame,
  ) {
    // An input request for a capability the client did not declare, or during a call that
    // cannot answer input_required, is refused as a stateful client without the capability
    // refuses it: a 2026-07-28 server may not ask it of this client there.
    const message =
      frame.method === 'ping'
        ? { jsonrpc: '2.0', id: frame.message.id, result: {} }
        : errorMessage(frame.idJson, RPC.METHOD_NOT_FOUND, notAskedWhy(frame.method ?? '', parked.method));
    const answer = frameOf(message);
    const label = { ...request, method: frame.method, toolName: null };
    await this.deps.ledger.recordFrame(exchange, frame, 'server_to_client', label);
    await this.deps.ledger.recordFrame(exchange, answer, 'client_to_server', label);
    await this.send(parked.connection, parked.session, answer, AbortSignal.timeout(30_000), exchange.id);
  }

  /**
   * The call's next upstream message; null when the stream ended or, with `waitMs`, when none
   * came in that time (the event then still awaited is the next call's).
   */
  private async nextFrame(parked: ParkedCall, waitMs?: number): Promise<JsonRpcFrame | null> {
    for (;;) {
      const queued = parked.backlog.shift();
      if (queued) return queued;
      parked.pending ??= parked.events.next();
      const next = waitMs === undefined ? await parked.pending : await within(parked.pending, waitMs);
      if (next === null) return null;
      parked.pending = null;
      if (next.done) return null;
      if (next.value.event !== 'message' || next.value.data.trim() === '') continue;
      const frames = this.parse(next.value.data);
      if (!frames) return null;
      parked.backlog.push(...frames);
    }
  }

  private async send(
    connection: ConnectionRuntime,
    session: LegacyUpstreamSession,
    frame: JsonRpcFrame,
    signal: AbortSignal,
    exchangeId: string,
  ): Promise<UpstreamReply> {
    const record = session.live.record;
    return connection.upstream.send({
      upstreamSessionId: record.upstreamSessionId,
      protocolVersion: session.version,
      headers: {
        accept: 'application/json, text/event-stream',
        'content-type': 'application/json',
        ...(await this.deps.ctx.credentials.headersFor({
          identity: record.identity,
          connection: connection.name,
          sessionId: record.id,
        })),
      },
      body: frame.text,
      signal,
      auditSessionId: exchangeId,
    });
  }

  private parse(text: string): JsonRpcFrame[] | null {
    try {
      return parseJsonRpcBody(Buffer.from(text, 'utf8'), this.deps.limits).frames;
    } catch {
      return null;
    }
  }
}

/** The stateful era's cancellation of a parked call's upstream request. */
function cancellationOf(parked: ParkedCall, reason: string): JsonRpcFrame {
  return frameOf({
    jsonrpc: '2.0',
    method: 'notifications/cancelled',
    params: { requestId: JSON.parse(parked.upstreamIdJson) as unknown, reason },
  });
}

function upstreamGoneAnswer(id: unknown): JsonRpcFrame {
  return frameOf({
    jsonrpc: '2.0',
    id,
    error: {
      code: RPC.INTERNAL_ERROR,
      message: 'upstream MCP server ended the stream before answering',
      data: { reason: 'upstream_gone' },
    },
  });
}

/** What `promise` settles with, or null when `ms` pass first. */
function within<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(resolve, ms, null);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Past the call's own answer, no other answer is waited for on its stream. */
const NOTHING_WAITING: ReadonlySet<string> = new Set();

function isFinalAnswer(frame: JsonRpcFrame, upstreamIdJson: string): boolean {
  return (frame.kind === 'response' || frame.kind === 'error') && frame.idJson === upstreamIdJson;
}

/**
 * The HTTP status of a call's final answer in the stateless transport: 404 for an unknown
 * method (-32601: a 2026-07-28 server answers it so, and a client tells it from a server that
 * does not host the endpoint by the JSON-RPC body), 200 for every other answer.
 */
function statusOfFinal(answer: JsonRpcFrame): number {
  const error = answer.kind === 'error' ? answer.message.error : undefined;
  return isPlainObject(error) && error.code === RPC.METHOD_NOT_FOUND ? 404 : 200;
}

/**
 * A server-to-client input request (sampling, elicitation, roots) the client gets as an
 * `input_required` round: one it declared it takes, during a call that may answer so.
 */
function asksClient(frame: JsonRpcFrame, callMethod: string, capabilities: unknown): boolean {
  return (
    frame.kind === 'request' &&
    frame.method !== null &&
    INPUT_REQUEST_METHODS.has(frame.method) &&
    INPUT_REQUIRED_METHODS.has(callMethod) &&
    declaresCapabilityFor(capabilities, frame.method)
  );
}

/** Why a server-to-client request is answered by the gateway instead of the bridged client. */
function notAskedWhy(method: string, callMethod: string): string {
  if (!INPUT_REQUEST_METHODS.has(method)) return `${method} is not bridged to a stateless client`;
  if (!INPUT_REQUIRED_METHODS.has(callMethod))
    return `${method}: a 2026-07-28 client is asked for input only during tools/call, prompts/get or resources/read, not ${callMethod}`;
  return `${method}: the client did not declare this capability`;
}
