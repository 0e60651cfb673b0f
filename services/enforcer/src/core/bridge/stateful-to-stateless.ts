import { randomUUID } from 'node:crypto';
import type { UpstreamReply } from '../../upstream/port';
import type { ConnectionRuntime, CoreContext } from '../context';
import { connectionOf } from '../context';
import { GATEWAY_RPC, GatewayError, RPC } from '../errors';
import type { ClientListen, ClientPost, Outcome } from '../exchange';
import { frameContent } from '../frame-events';
import { frameOf, type JsonRpcFrame, parseJsonRpcBody } from '../json-rpc';
import type { EraHandler } from '../pipeline';
import type { GatewayStream } from '../sse-stream';
import { normalizeRequest, runRequestStages } from '../stages';
import {
  BRIDGED_SESSION_PREFIX,
  completeInitialize,
  endSession,
  type LiveSession,
  loadSession,
  openSession,
} from '../stateful/live-session';
import { handleStatefulPost } from '../stateful/post';
import { refuseIdInUse } from '../stateful/request-ids';
import { errorMessage } from '../stateless/exchange-ledger';
import { isPlainObject, LATEST_MODERN_PROTOCOL_VERSION, MCP_NAME_SOURCE } from '../stateless/protocol';
import { isInputRequired } from '../stateless/rounds';
import { encodeHeaderValue } from '../stateless/standard-headers';
import { openBridgedStream, resumedBridgedStream } from './bridged-stream';
import {
  asStatefulResult,
  bridgeRefusal,
  declaresCapabilityFor,
  type Envelope,
  initializeFromDiscover,
  withEnvelope,
} from './era-mapping';
import { EVERY_GATEWAY, HolderMailbox, holderOf } from './holder-mailbox';
import { bridgedListeningStream } from './listening-stream';
import {
  listToolPages,
  ParamHeaderCatalog,
  paramHeaderValues,
  toolCallOf,
  toolsKeyOf,
  withoutInvalidTools,
} from './param-headers';
import { BridgedResourceSubscriptions } from './resource-subscriptions';
import type { UpstreamEraResolver } from './upstream-era';

/**
 * Why a request cannot travel to a 2026-07-28 upstream, or null. The tasks of revision
 * 2025-11-25 (task-augmented requests, `tasks/*`) are not the tasks extension of 2026-07-28:
 * another handle, other methods, other states, so no task could be followed through the bridge.
 */
function notBridged(frame: JsonRpcFrame): string | null {
  const method = frame.method ?? '';
  if (method.startsWith('tasks/')) return `${method} (a task of revision 2025-11-25) has`;
  const params = frame.message.params;
  if (isPlainObject(params) && isPlainObject(params.task)) {
    return 'a task-augmented request (params.task, revision 2025-11-25) has';
  }
  return null;
}

interface WaitingAnswer {
  resolve: (message: Record<string, unknown>) => void;
}

/**
 * Bridges a stateful-era client (initialize, Mcp-Session-Id) to a 2026-07-28 upstream. The
 * gateway answers `initialize` itself from the upstream's `server/discover`, keeps the
 * client's capabilities, info and log level with the session, and sends each request with
 * the per-request envelope and mirrored headers the revision requires. An `input_required`
 * answer becomes server-to-client requests on the call's SSE stream; the client's answers
 * go back upstream as `inputResponses` (with the upstream's requestState) until the call
 * completes. ping and logging/setLevel are answered by the gateway. The envelope lives in the
 * session store and the session id says the session is bridged, so any gateway serves it; only
 * a client's answer to an input request must reach the gateway whose stream carried the request.
 */
export class StatefulToStatelessBridge implements EraHandler {
  private readonly waiting = new Map<string, WaitingAnswer>();
  /** `<sessionId> <request id JSON>` → what stops the upstream call relayed for it. */
  private readonly inFlight = new Map<string, AbortController>();
  private readonly mailbox: HolderMailbox;
  private readonly subscriptions: BridgedResourceSubscriptions;
  /** The `x-mcp-header` declarations of the tools the upstream lists, per connection and caller. */
  private readonly tools = new ParamHeaderCatalog();

  constructor(
    private readonly ctx: CoreContext,
    private readonly eras: UpstreamEraResolver,
  ) {
    this.mailbox = new HolderMailbox(ctx);
    this.mailbox.on('cancel-request', ({ sessionId, idJson }) => {
      this.inFlight.get(inFlightKey(sessionId, idJson))?.abort();
    });
    this.mailbox.on('input-answer', ({ idJson, message }) => {
      this.waiting.get(idJson)?.resolve(message);
      this.waiting.delete(idJson);
    });
    this.subscriptions = new BridgedResourceSubscriptions(
      ctx,
      {
        send: (session, frame, signal) =>
          this.send(connectionOf(ctx, session.record.connection), session, frame, signal),
        framesOf: (reply) => this.framesOf(reply),
        record: (session, frame) => this.record(session, frame),
      },
      this.mailbox,
    );
  }

  /**
   * Stateful posts of a bridged session, and any to an upstream known to be stateless:
   * configured so, or (auto) already asked because a stateless client came first. Stateful
   * traffic never triggers the probe itself: for such a client on an unknown upstream, the
   * stateful era serves as usual.
   */
  claims(post: ClientPost): boolean {
    if (isBridged(post.sessionId)) return true;
    return this.eras.cached(post.connection) === 'stateless';
  }

  /** GETs of a bridged session: its listening stream comes from the upstream's subscriptions/listen. */
  claimsListen(listen: ClientListen): boolean {
    return isBridged(listen.sessionId);
  }

  async listen(listen: ClientListen): Promise<Outcome> {
    const connection = connectionOf(this.ctx, listen.connection);
    const session = await loadSession(this.ctx, listen.connection, listen.sessionId ?? '', listen.caller);
    const envelope = session.record.bridge;
    if (!envelope) throw new GatewayError('SESSION_NOT_FOUND', 'Session not found');
    const resumed = resumedBridgedStream(this.ctx, listen, session.record.id);
    if (resumed) return resumed;
    const id = session.record.id;
    let opened: GatewayStream | null = null;
    opened = await bridgedListeningStream(this.ctx, {
      session,
      envelope,
      protocolVersion: listen.protocolVersion,
      send: (frame, signal) => this.send(connection, session, frame, signal),
      framesOf: (reply) => this.framesOf(reply),
      record: (frame) => this.record(session, frame),
      carriesSubscriptions: this.subscriptions.has(envelope),
      onFinished: () => {
        if (opened) this.subscriptions.detachListening(id, opened);
      },
    });
    const headers = { 'mcp-session-id': id };
    if (!opened) return { type: 'empty', status: 405, headers };
    await this.subscriptions.attachListening(id, opened);
    return { type: 'stream', status: 200, headers, stream: opened };
  }

  async post(post: ClientPost): Promise<Outcome> {
    const connection = connectionOf(this.ctx, post.connection);
    if (!isBridged(post.sessionId) && (await this.eras.servesStatefulClients(connection)))
      return handleStatefulPost(this.ctx, post);
    const frame = post.body.frames[0];
    if (post.body.batch || !frame) {
      throw new GatewayError(
        'INVALID_REQUEST',
        'Invalid Request: JSON-RPC batches cannot be bridged to a 2026-07-28 upstream',
      );
    }
    if (frame.kind === 'request' && frame.method === 'initialize')
      return this.initialize(connection, post, frame);
    if (post.sessionId === null) {
      throw new GatewayError(
        'BAD_REQUEST',
        'Bad Request: this upstream is reached through a session: send initialize first',
      );
    }
    const session = await loadSession(this.ctx, post.connection, post.sessionId, post.caller);
    const envelope = session.record.bridge;
    if (!envelope) throw new GatewayError('SESSION_NOT_FOUND', 'Session not found');
    refuseIdInUse(this.ctx, session.record.id, [frame]);
    const label = this.ctx.correlator.label(session.record.id, 'client_to_server', frame);
    await this.ctx.emitter.emit(session.subject, [frameContent(frame, 'client_to_server', label)]);
    const headers = { 'mcp-session-id': session.record.id };
    if (frame.kind === 'response' || frame.kind === 'error') {
      await this.deliverAnswer(frame);
      return { type: 'accepted', status: 202, headers };
    }
    if (frame.kind !== 'request') {
      if (frame.method === 'notifications/cancelled') await this.cancelInFlight(session.record.id, frame);
      return { type: 'accepted', status: 202, headers };
    }
    const local = await this.localAnswer(session, post, frame, envelope);
    if (local) return this.answer(session, local, headers);
    return this.forward(connection, session, post, frame, envelope, headers);
  }

  private async initialize(
    connection: ConnectionRuntime,
    post: ClientPost,
    frame: JsonRpcFrame,
  ): Promise<Outcome> {
    const params = isPlainObject(frame.message.params) ? frame.message.params : {};
    const requested = typeof params.protocolVersion === 'string' ? params.protocolVersion : null;
    const info = isPlainObject(params.clientInfo) ? params.clientInfo : {};
    const clientInfo =
      typeof info.name === 'string' && typeof info.version === 'string'
        ? { name: info.name, version: info.version }
        : null;
    const envelope: Envelope = {
      clientCapabilities: isPlainObject(params.capabilities) ? params.capabilities : {},
      clientInfo,
      logLevel: null,
    };
    const session = await openSession(
      this.ctx,
      post.connection,
      post.caller,
      {
        protocolVersion: requested,
        clientName: clientInfo?.name ?? null,
        clientVersion: clientInfo?.version ?? null,
      },
      false,
      { bridge: envelope },
    );
    try {
      await this.ctx.emitter.emit(session.subject, [frameContent(frame, 'client_to_server', null)]);
      const discover = frameOf({
        jsonrpc: '2.0',
        id: `proctor-discover-${randomUUID()}`,
        method: 'server/discover',
        params: withEnvelope({}, envelope),
      });
      const answer = await this.call(connection, session, discover, post.signal);
      if (answer.kind !== 'response' || !isPlainObject(answer.message.result)) {
        throw bridgeRefusal('the 2026-07-28 upstream refused server/discover');
      }
      const init = frameOf({
        jsonrpc: '2.0',
        id: frame.message.id,
        result: initializeFromDiscover(answer.message.result, requested),
      });
      await this.ctx.emitter.emit(session.subject, [
        frameContent(init, 'server_to_client', { method: 'initialize', toolName: null }),
      ]);
      await completeInitialize(this.ctx, session, [init]);
      return {
        type: 'json',
        status: 200,
        headers: { 'content-type': 'application/json', 'mcp-session-id': session.record.id },
        body: init.text,
      };
    } catch (err) {
      await endSession(this.ctx, session, 'never_established');
      throw err;
    }
  }

  /** Requests the gateway answers itself: ping, logging/setLevel, and what cannot be bridged. */
  private async localAnswer(
    session: LiveSession,
    post: ClientPost,
    frame: JsonRpcFrame,
    envelope: Envelope,
  ): Promise<Record<string, unknown> | null> {
    const id = frame.message.id;
    const verdict = await runRequestStages(
      this.ctx.stages.request,
      normalizeRequest(frame, {
        // This request's own identity (see stateful/post.ts), not the session's first one.
        identity: post.caller.identity,
        connection: session.record.connection,
        era: 'stateful',
        protocolVersion: session.record.protocolVersion,
        sessionId: session.record.id,
      }),
      { signal: post.signal, emit: (contents) => this.ctx.emitter.emit(session.subject, contents) },
    );
    if (verdict.action === 'deny')
      return errorMessage(frame.idJson, verdict.code, verdict.message, verdict.data);
    if (frame.method === 'ping') return { jsonrpc: '2.0', id, result: {} };
    if (frame.method === 'resources/subscribe') return this.subscriptions.subscribe(session, frame);
    if (frame.method === 'resources/unsubscribe') return this.subscriptions.unsubscribe(session, frame);
    if (frame.method === 'logging/setLevel') {
      const params = frame.message.params;
      const logLevel = isPlainObject(params) && typeof params.level === 'string' ? params.level : null;
      await this.ctx.sessions.update(session.record.id, { bridge: { ...envelope, logLevel } });
      return { jsonrpc: '2.0', id, result: {} };
    }
    const why = notBridged(frame);
    if (why)
      return bridgeRefusal(
        `${why} no counterpart in revision 2026-07-28, which this upstream speaks`,
      ).toResponse(frame.idJson);
    return null;
  }

  private async answer(
    session: LiveSession,
    message: Record<string, unknown>,
    headers: Record<string, string>,
  ): Promise<Outcome> {
    const frame = frameOf(message);
    const label = this.ctx.correlator.label(session.record.id, 'server_to_client', frame);
    await this.ctx.emitter.emit(session.subject, [frameContent(frame, 'server_to_client', label)]);
    return {
      type: 'json',
      status: 200,
      headers: { ...headers, 'content-type': 'application/json' },
      body: frame.text,
    };
  }

  /**
   * Forwards a request with the envelope. A final JSON answer goes back as JSON; a stream, or
   * an input_required answer, goes back as an SSE stream that relays the upstream's
   * notifications, asks the client for each input request and retries until the call completes.
   */
  private async forward(
    connection: ConnectionRuntime,
    session: LiveSession,
    post: ClientPost,
    frame: JsonRpcFrame,
    envelope: Envelope,
    headers: Record<string, string>,
  ): Promise<Outcome> {
    const outbound = frameOf({ ...frame.message, params: withEnvelope(frame.message.params, envelope) });
    // A cancellation may land on another gateway: it reaches this one by the mailbox.
    if (this.ctx.sessionsAreShared) await this.mailbox.open();
    // Until a stream opens, the client leaving ends the call; the client's cancellation always does.
    const abort = new AbortController();
    const key = inFlightKey(session.record.id, frame.idJson);
    this.inFlight.set(key, abort);
    const onClientGone = () => abort.abort();
    post.signal.addEventListener('abort', onClientGone, { once: true });
    let streaming = false;
    try {
      const mirrored = await this.paramHeaders(connection, session, outbound, envelope, abort.signal);
      const reply = await this.send(connection, session, outbound, abort.signal, mirrored);
      if (reply.type === 'json') {
        const answer =
          answerIn(this.framesOfText(reply.body.toString('utf8')), outbound) ?? noAnswer(outbound, reply);
        if (!isInputRequired(answer))
          return await this.answer(session, this.asClientAnswer(session, frame, answer), headers);
      } else if (reply.type !== 'sse') {
        return await this.answer(
          session,
          this.asClientAnswer(session, frame, noAnswer(outbound, reply)),
          headers,
        );
      }
      // The upstream calls outlive a cut connection for the grace time: the client may resume.
      streaming = true;
      const stream = await openBridgedStream(this.ctx, {
        session,
        protocolVersion: post.protocolVersion,
        messages: this.relay(connection, session, frame, outbound, reply, abort.signal, mirrored),
        abort,
        onFinished: () => this.forgetInFlight(key, abort),
      });
      return { type: 'stream', status: 200, headers, stream };
    } finally {
      post.signal.removeEventListener('abort', onClientGone);
      if (!streaming) this.forgetInFlight(key, abort);
    }
  }

  /**
   * The client's `notifications/cancelled` (recorded already): a 2026-07-28 upstream knows no
   * such notification over HTTP, a call is cancelled by closing its stream, so the gateway
   * closes the upstream call it relays for that request.
   */
  private async cancelInFlight(sessionId: string, frame: JsonRpcFrame): Promise<void> {
    const params = frame.message.params;
    if (!isPlainObject(params) || params.requestId === undefined) return;
    const idJson = JSON.stringify(params.requestId);
    const local = this.inFlight.get(inFlightKey(sessionId, idJson));
    if (local) {
      local.abort();
      return;
    }
    // Relayed by another gateway (the load balancer sent the cancellation elsewhere): whichever holds it closes it.
    if (this.ctx.sessionsAreShared) {
      await this.mailbox
        .send(EVERY_GATEWAY, { kind: 'cancel-request', sessionId, idJson })
        .catch(() => false);
    }
  }

  private forgetInFlight(key: string, abort: AbortController): void {
    if (this.inFlight.get(key) === abort) this.inFlight.delete(key);
  }

  private async *relay(
    connection: ConnectionRuntime,
    session: LiveSession,
    original: JsonRpcFrame,
    outbound: JsonRpcFrame,
    firstReply: UpstreamReply,
    signal: AbortSignal,
    mirrored: Record<string, string>,
  ): AsyncGenerator<Buffer> {
    let current = outbound;
    let reply = firstReply;
    for (let round = 1; ; round++) {
      let answer: JsonRpcFrame | null = null;
      for await (const frame of this.framesOf(reply)) {
        if ((frame.kind === 'response' || frame.kind === 'error') && frame.idJson === current.idJson) {
          answer = frame;
          break;
        }
        if (frame.kind !== 'notification') continue;
        yield await this.record(session, frame);
      }
      answer ??= noAnswer(current, reply);
      if (!isInputRequired(answer)) {
        const final = frameOf(this.asClientAnswer(session, original, answer));
        yield await this.record(session, final);
        return;
      }
      const result = answer.message.result as Record<string, unknown>;
      const requests = isPlainObject(result.inputRequests) ? result.inputRequests : {};
      const refusal = unaskable(session.record.bridge?.clientCapabilities, requests, round);
      if (refusal) {
        const final = frameOf(errorMessage(original.idJson, GATEWAY_RPC.UPSTREAM_PROTOCOL, refusal));
        yield await this.record(session, final);
        return;
      }
      const responses: Record<string, unknown> = {};
      // The client's answers may land on another gateway: they reach this one by its mailbox.
      await this.mailbox.open();
      for (const [key, request] of Object.entries(requests)) {
        if (!isPlainObject(request) || typeof request.method !== 'string') continue;
        const ask = frameOf({
          jsonrpc: '2.0',
          id: `${INPUT_ID_PREFIX}${this.ctx.gatewayId}:${randomUUID()}`,
          method: request.method,
          ...(request.params !== undefined && { params: request.params }),
        });
        const waiting = this.awaitAnswer(ask.idJson ?? '', signal);
        yield await this.record(session, ask);
        const message = await waiting;
        responses[key] = 'result' in message ? message.result : { error: message.error };
      }
      const params: Record<string, unknown> = {
        ...(current.message.params as Record<string, unknown>),
        inputResponses: responses,
      };
      if (typeof result.requestState === 'string') params.requestState = result.requestState;
      else delete params.requestState;
      current = frameOf({ ...current.message, id: `proctor-retry-${randomUUID()}`, params });
      reply = await this.send(connection, session, current, signal, mirrored);
    }
  }

  /**
   * The `Mcp-Param-*` headers a 2026-07-28 server requires on a `tools/call` whose tool
   * declares `x-mcp-header` arguments, which a stateful client does not send: from the
   * declarations of the tool as the upstream lists it (learnt from the client's own
   * `tools/list`, else listed by the gateway).
   */
  private async paramHeaders(
    connection: ConnectionRuntime,
    session: LiveSession,
    outbound: JsonRpcFrame,
    envelope: Envelope,
    signal: AbortSignal,
  ): Promise<Record<string, string>> {
    const tool = outbound.method === 'tools/call' ? toolCallOf(outbound.message.params) : null;
    if (!tool) return {};
    const declarations = await this.tools.declarationsOf(toolsKeyOf(session.record), tool.name, () =>
      listToolPages((cursor) => {
        const list = frameOf({
          jsonrpc: '2.0',
          id: `proctor-tools-${randomUUID()}`,
          method: 'tools/list',
          params: withEnvelope(cursor === undefined ? {} : { cursor }, envelope),
        });
        return this.call(connection, session, list, signal);
      }).catch(() => []),
    );
    return paramHeaderValues(declarations, tool.args);
  }

  /** Records a server-to-client frame of the session; returns its bytes. */
  private async record(session: LiveSession, frame: JsonRpcFrame): Promise<Buffer> {
    const label = this.ctx.correlator.label(session.record.id, 'server_to_client', frame);
    await this.ctx.emitter.emit(session.subject, [frameContent(frame, 'server_to_client', label)]);
    return frame.text;
  }

  /**
   * The client's answer to an input request: resumes the call waiting here, or the one waiting
   * at the gateway its id names (the load balancer sent the answer elsewhere than the stream
   * that asked), through the gateway mailbox. When no such gateway runs any more, the answer is
   * refused with the reason rather than accepted and lost.
   */
  private async deliverAnswer(frame: JsonRpcFrame): Promise<void> {
    const idJson = frame.idJson ?? '';
    const local = this.waiting.get(idJson);
    const id = frame.message.id;
    const holder = typeof id === 'string' ? holderOf(id, INPUT_ID_PREFIX) : null;
    if (local || holder === null || holder === this.ctx.gatewayId) {
      local?.resolve(frame.message);
      this.waiting.delete(idJson);
      return;
    }
    const delivered = await this.mailbox
      .send(holder, { kind: 'input-answer', idJson, message: frame.message })
      .catch(() => false);
    if (delivered) return;
    throw new GatewayError(
      'SESSION_ELSEWHERE',
      `this answers a request the call on gateway "${holder}" waits for, and that gateway cannot be reached (the call was cut with its stream)`,
    );
  }

  private awaitAnswer(idJson: string, signal: AbortSignal): Promise<Record<string, unknown>> {
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        this.waiting.delete(idJson);
        reject(new Error('the client went away'));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      this.waiting.set(idJson, {
        resolve: (message) => {
          signal.removeEventListener('abort', onAbort);
          resolve(message);
        },
      });
    });
  }

  /** The upstream's answer under the client's request id, in stateful shape. */
  private asClientAnswer(
    session: LiveSession,
    request: JsonRpcFrame,
    answer: JsonRpcFrame,
  ): Record<string, unknown> {
    if (answer.kind !== 'response') return { ...answer.message, id: request.message.id };
    let result = answer.message.result;
    if (request.method === 'tools/list') {
      this.tools.learn(toolsKeyOf(session.record), result);
      // What a 2026-07-28 client does with such tools, the gateway does for the stateful client.
      const valid = withoutInvalidTools(result);
      if (valid.removed > 0)
        this.ctx.logger.warn(
          { removed: valid.removed },
          'tools with invalid x-mcp-header annotations left out of tools/list',
        );
      result = valid.result;
    }
    return { jsonrpc: '2.0', id: request.message.id, result: asStatefulResult(result) };
  }

  /** One request upstream, with the envelope's mirrored headers (and a tool call's `mirrored` ones). */
  private async send(
    connection: ConnectionRuntime,
    session: LiveSession,
    frame: JsonRpcFrame,
    signal: AbortSignal,
    mirrored: Record<string, string> = {},
  ): Promise<UpstreamReply> {
    const method = frame.method ?? '';
    const params = frame.message.params;
    const field = Object.hasOwn(MCP_NAME_SOURCE, method) ? MCP_NAME_SOURCE[method] : undefined;
    const name =
      field && isPlainObject(params) && typeof params[field] === 'string' ? params[field] : undefined;
    return connection.upstream.send({
      upstreamSessionId: null,
      protocolVersion: LATEST_MODERN_PROTOCOL_VERSION,
      headers: {
        accept: 'application/json, text/event-stream',
        'content-type': 'application/json',
        'mcp-method': method,
        ...(name !== undefined && { 'mcp-name': encodeHeaderValue(name) }),
        ...mirrored,
        ...(await this.ctx.credentials.headersFor({
          identity: session.record.identity,
          connection: connection.name,
          sessionId: session.record.id,
        })),
      },
      body: frame.text,
      signal,
      auditSessionId: session.record.id,
    });
  }

  /** One request upstream and its answer, for requests the gateway makes itself (server/discover). */
  private async call(
    connection: ConnectionRuntime,
    session: LiveSession,
    frame: JsonRpcFrame,
    signal: AbortSignal,
  ): Promise<JsonRpcFrame> {
    const reply = await this.send(connection, session, frame, signal);
    for await (const candidate of this.framesOf(reply)) {
      if (
        (candidate.kind === 'response' || candidate.kind === 'error') &&
        candidate.idJson === frame.idJson
      ) {
        return candidate;
      }
    }
    return noAnswer(frame, reply);
  }

  /** Every message of an upstream reply, in order (a JSON body, or the events of a stream). */
  private async *framesOf(reply: UpstreamReply): AsyncGenerator<JsonRpcFrame> {
    if (reply.type === 'json') yield* this.framesOfText(reply.body.toString('utf8'));
    if (reply.type !== 'sse') return;
    for await (const event of reply.events) {
      if (event.data.trim() !== '') yield* this.framesOfText(event.data);
    }
  }

  private framesOfText(text: string): JsonRpcFrame[] {
    try {
      return parseJsonRpcBody(Buffer.from(text, 'utf8'), this.ctx.limits).frames;
    } catch {
      return [];
    }
  }
}

/** Rounds of input requests one bridged call may take before the gateway gives up on its upstream. */
const MAX_INPUT_ROUNDS = 10;

/**
 * Why the input requests of an upstream's `input_required` answer cannot be put to the stateful
 * client, or null: one asks for a capability the client did not declare (a 2026-07-28 server
 * must not ask it; a stateful client would never answer), or the call has taken too many rounds.
 */
function unaskable(capabilities: unknown, requests: Record<string, unknown>, round: number): string | null {
  if (round > MAX_INPUT_ROUNDS)
    return `upstream MCP server asked for input more than ${MAX_INPUT_ROUNDS} times in one call`;
  for (const request of Object.values(requests)) {
    const method = isPlainObject(request) && typeof request.method === 'string' ? request.method : '';
    if (!declaresCapabilityFor(capabilities, method))
      return `upstream MCP server asked for ${method || 'an unknown input'}, which this client did not declare among its capabilities`;
  }
  return null;
}

/** Ids of the input requests the gateway asks a bridged client: `proctor-input:<gatewayId>:<uuid>`. */
const INPUT_ID_PREFIX = 'proctor-input:';

function inFlightKey(sessionId: string, idJson: string | null): string {
  return `${sessionId} ${idJson ?? 'null'}`;
}

function isBridged(sessionId: string | null): boolean {
  return sessionId?.startsWith(BRIDGED_SESSION_PREFIX) === true;
}

function answerIn(frames: JsonRpcFrame[], request: JsonRpcFrame): JsonRpcFrame | undefined {
  return frames.find((f) => (f.kind === 'response' || f.kind === 'error') && f.idJson === request.idJson);
}

function noAnswer(request: JsonRpcFrame, reply: UpstreamReply): JsonRpcFrame {
  return frameOf(
    errorMessage(
      request.idJson,
      RPC.INTERNAL_ERROR,
      `the 2026-07-28 upstream answered HTTP ${reply.status} without a JSON-RPC response`,
    ),
  );
}
