import { DirectParamHeaderCheck } from '../bridge/direct-param-headers';
import { StatelessToStatefulBridge } from '../bridge/stateless-to-stateful';
import type { UpstreamEraResolver } from '../bridge/upstream-era';
import type { CoreContext } from '../context';
import { connectionOf } from '../context';
import type { ClientPost, Outcome } from '../exchange';
import type { EraHandler } from '../pipeline';
import { detectEra, type EraDecision } from './era';
import { StatelessProtocolError } from './errors';
import { ExchangeLedger } from './exchange-ledger';
import { IterableClientStream } from './iterable-stream';
import type { RequestStateSealer } from './request-state';
import { type StatelessCall, StatelessExchangeHandler } from './stateless-exchange';

export interface StatelessEraOptions {
  sealer: RequestStateSealer;
  newExchangeId: () => string;
  /** Which era each connection's upstream speaks: stateful upstreams are bridged. */
  upstreamEras: UpstreamEraResolver;
  /** Lifetime of a sealed requestState (ms): how long a bridged call waits for the client's retry. */
  stateTtlMs: number;
}

/**
 * The stateless (2026-07-28) era as a handler of the exchange pipeline: it claims every POST
 * whose body speaks that revision (and every POST its header checks refuse), and serves it
 * as an exchange. Everything else stays with the stateful era.
 */
export class StatelessEra implements EraHandler {
  /**
   * The decision of the last POST asked about: the pipeline asks `claims` and then, at once,
   * `post` for the same POST. One slot, not a WeakMap entry per request (an insertion and
   * ephemeron work in every collection).
   */
  private decided: { post: ClientPost; decision: EraDecision | StatelessProtocolError } | null = null;
  private readonly exchanges: StatelessExchangeHandler;
  private readonly bridge: StatelessToStatefulBridge;
  private readonly upstreamEras: UpstreamEraResolver;
  private readonly ledger: ExchangeLedger;
  private readonly paramHeaders: DirectParamHeaderCheck;

  constructor(
    private readonly ctx: CoreContext,
    options: StatelessEraOptions,
  ) {
    const ledger = new ExchangeLedger({
      emitter: ctx.emitter,
      stages: ctx.stages,
      newExchangeId: options.newExchangeId,
      logger: ctx.logger,
      replayWindowMs: options.stateTtlMs,
    });
    this.exchanges = new StatelessExchangeHandler({
      ledger,
      sealer: options.sealer,
      limits: ctx.limits,
      logger: ctx.logger,
      held: ctx.held,
    });
    this.bridge = new StatelessToStatefulBridge({
      ctx,
      ledger,
      sealer: options.sealer,
      limits: ctx.limits,
      logger: ctx.logger,
      parkMs: options.stateTtlMs,
    });
    this.upstreamEras = options.upstreamEras;
    this.ledger = ledger;
    this.paramHeaders = new DirectParamHeaderCheck(ledger, ctx.limits);
  }

  claims(post: ClientPost): boolean {
    const decision = this.decide(post);
    return decision instanceof StatelessProtocolError || decision.era === 'stateless';
  }

  async post(post: ClientPost): Promise<Outcome> {
    const decision = this.decide(post);
    // Not kept past its use: the slot would hold the request's body until the next one.
    this.decided = null;
    const frame = post.body.frames[0];
    if (decision instanceof StatelessProtocolError) return refusal(decision, frame?.idJson ?? null);
    if (decision.era !== 'stateless' || !frame)
      throw new Error('StatelessEra.post called for a stateful request');
    const connection = connectionOf(this.ctx, post.connection);
    // The call's signal is the client's own (one per call: node makes each at a cost of
    // microseconds); the call aborts it when it ends early.
    const call: StatelessCall = new ClientStatelessCall(
      post,
      connection.upstream,
      credentialsOf(this.ctx, post),
      frame,
      decision.meta,
    );
    const reply =
      (await this.upstreamEras.eraOf(connection)) === 'stateful'
        ? await this.bridge.handle(connection, call)
        : await this.direct(call);
    switch (reply.type) {
      case 'accepted':
        return { type: 'accepted', status: 202, headers: reply.headers };
      case 'json':
        return { type: 'json', status: reply.status, headers: reply.headers, body: reply.body };
      case 'sse':
        return {
          type: 'stream',
          status: 200,
          headers: reply.headers,
          stream: new IterableClientStream(reply.events, () => post.abort()),
        };
    }
  }

  /** A call to a 2026-07-28 upstream: its `Mcp-Param-*` headers checked, then served as an exchange. */
  private async direct(call: StatelessCall) {
    const refused = await this.paramHeaders.refusalOf(call);
    return refused ? this.ledger.refuse(call, refused) : this.exchanges.handle(call);
  }

  private decide(post: ClientPost): EraDecision | StatelessProtocolError {
    if (this.decided?.post === post) return this.decided.decision;
    let decision: EraDecision | StatelessProtocolError;
    try {
      decision = detectEra({
        httpMethod: 'POST',
        headers: {
          protocolVersion: post.protocolVersion ?? undefined,
          mcpMethod: post.headers['mcp-method'],
          mcpName: post.headers['mcp-name'],
          sessionId: post.sessionId ?? undefined,
        },
        body: post.body.batch ? post.body.frames.map((f) => f.message) : post.body.frames[0]?.message,
      });
    } catch (err) {
      if (!(err instanceof StatelessProtocolError)) throw err;
      decision = err;
    }
    this.decided = { post, decision };
    return decision;
  }
}

/**
 * The upstream credentials of a call, per exchange. Returned, not assigned to a property: an
 * arrow function that gets a name (a property's) costs a defineProperty per call under tsx.
 */
function credentialsOf(ctx: CoreContext, post: ClientPost): StatelessCall['credentials'] {
  return (exchangeId) =>
    ctx.credentials.headersFor({
      identity: post.caller.identity,
      connection: post.connection,
      sessionId: exchangeId,
    });
}

/** A request refused before it became an exchange: the revision's HTTP status and JSON-RPC error. */
function refusal(err: StatelessProtocolError, idJson: string | null): Outcome {
  return {
    type: 'json',
    status: err.httpStatus,
    headers: { 'content-type': 'application/json' },
    body: Buffer.from(JSON.stringify(err.toResponse(idJson)), 'utf8'),
  };
}

/**
 * One 2026-07-28 call as the exchange code reads it. A class, not an object literal with a
 * `signal` getter: V8 keeps a literal that defines an accessor in dictionary mode (a slow
 * object, built by a runtime call), and the exchange reads the call's fields all along. The
 * signal is the client's own, made when first read (see ClientCut): a call decided at once
 * and answered with JSON reads none.
 */
class ClientStatelessCall implements StatelessCall {
  readonly connection: string;
  readonly identity: StatelessCall['identity'];
  readonly sourceIp: string | null;
  readonly userAgent: string | null;
  readonly clientHeaders: StatelessCall['clientHeaders'];
  readonly gone: StatelessCall['gone'];
  readonly abort: StatelessCall['abort'];

  constructor(
    private readonly post: ClientPost,
    readonly upstream: StatelessCall['upstream'],
    readonly credentials: StatelessCall['credentials'],
    readonly frame: StatelessCall['frame'],
    readonly meta: StatelessCall['meta'],
  ) {
    this.connection = post.connection;
    this.identity = post.caller.identity;
    this.sourceIp = post.caller.sourceIp;
    this.userAgent = post.caller.userAgent;
    this.clientHeaders = post.headers;
    this.gone = post.gone;
    this.abort = post.abort;
  }

  get signal(): AbortSignal {
    return this.post.signal;
  }
}
