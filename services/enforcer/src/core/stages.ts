/**
 * The stage seam: how policy, approval holds and inline masking plug into the pipeline
 * without touching http/. The pipeline runs, in order:
 *
 *   record client→server frame → RequestStage[] (each request) → forward → ResponseStage[]
 *   (each server→client message) → record → deliver
 *
 * ```ts
 * interface RequestStage {
 *   name: string;
 *   // May take its time (an approval hold awaits here); `ctx.signal` aborts when the client goes away.
 *   onRequest(exchange: NormalizedExchange, ctx: StageContext): Promise<RequestVerdict> | RequestVerdict;
 * }
 * type RequestVerdict =
 *   | { action: 'allow' }
 *   | { action: 'deny'; code: number; message: string; data?: unknown }  // answered by the gateway
 * interface ResponseStage {
 *   name: string;
 *   // Returns the message to deliver: the same object (unchanged), a new one, or null to drop it
 *   // (only notifications may be dropped; a response is owed to its request).
 *   onResponse(message: OutboundMessage, ctx: StageContext): Promise<…> | Record<string, unknown> | null;
 * }
 * ```
 *
 * A stage records what it decided with `ctx.emit` (policy_decision, approval, rule_error
 * events) into the same session, so its events sit in sequence between the frames they concern.
 */

import type { Identity, ProtocolEra, SessionEndReason } from '@proctor/events';
import type { EventContent } from './audit-emitter';
import type { JsonRpcFrame } from './json-rpc';

/** One client→server request as every stage sees it, whatever the protocol era. */
export interface NormalizedExchange {
  identity: Identity;
  connection: string;
  era: ProtocolEra;
  protocolVersion: string | null;
  /** The gateway session (stateful) or exchange (stateless) id. */
  sessionId: string;
  method: string;
  /** JSON text of the request id. */
  idJson: string | null;
  /**
   * tools/call: the tool's name and arguments; prompts/get: the prompt's arguments;
   * completion/complete: the arguments already given (`context.arguments`) and the one being
   * completed, so argument rules hold for prompts and their completions too.
   */
  toolName: string | null;
  arguments: Record<string, unknown> | null;
  /** resources/read, resources/subscribe, resources/unsubscribe: the URI. */
  resourceUri: string | null;
  /** prompts/get: the prompt's name. */
  promptName: string | null;
  /** The request exactly as the client sent it (parsed once). */
  message: Record<string, unknown>;
}

export interface StageContext {
  /**
   * Aborted when the client disconnects, cancels the request (notifications/cancelled) or the
   * gateway shuts down: a hold must give up then.
   */
  signal: AbortSignal;
  /** Records events in this session (awaits durability). */
  emit(contents: EventContent[]): Promise<void>;
  /**
   * Sends a notification to the client on this request's own response stream (the POST's SSE
   * stream, stateful; the exchange's response stream, stateless), recorded like every frame
   * before it leaves. Absent where the request has no stream of its own (a batch).
   */
  notify?(message: Record<string, unknown>): Promise<void>;
  /**
   * Present when the client accepts a task for this request (the 2026-07-28 tasks extension):
   * the client is answered now with a working task carrying `statusMessage`, and the stage's
   * verdict, whenever it comes, completes the task (kept `ttlMs` after it ended). A stage that
   * defers no longer needs to answer within the hold limit.
   */
  deferAsTask?(statusMessage: string, ttlMs: number): Promise<void>;
}

/**
 * A StageContext whose `signal` is its source's, read only when a stage reads it (a hold). A
 * class, not an object literal with a `signal` getter: V8 keeps a literal that defines an
 * accessor in dictionary mode, built by a runtime call, and one is made per request.
 */
export class LazySignalStageContext implements StageContext {
  declare notify?: StageContext['notify'];
  declare deferAsTask?: StageContext['deferAsTask'];

  constructor(
    private readonly source: SignalSource,
    readonly emit: StageContext['emit'],
  ) {}

  get signal(): AbortSignal {
    return this.source.signal;
  }
}

/** The progress token the client gave with a request (`params._meta.progressToken`), if any. */
export function progressTokenOf(exchange: NormalizedExchange): string | number | null {
  const params = exchange.message.params as { _meta?: { progressToken?: unknown } } | undefined;
  const token = params?._meta?.progressToken;
  return typeof token === 'string' || typeof token === 'number' ? token : null;
}

/** Why a held request gave up: its session's or exchange's access ended (a grant revoked or run out). */
export class AccessEndedError extends Error {
  override name = 'AccessEndedError';
}

/** How an exchange cut by `signal` ends: `access_revoked` when its access ended, else `otherwise`. */
export function endReasonOf(signal: AbortSignal, otherwise: SessionEndReason): SessionEndReason {
  return signal.aborted && signal.reason instanceof AccessEndedError ? 'access_revoked' : otherwise;
}

/** Whatever carries a signal made on demand: a client call, an AbortController, `{ signal }`. */
export interface SignalSource {
  readonly signal: AbortSignal;
}

/** A request without an id: nothing can cancel it by name; its signal is its caller's. */
class UntrackedRequest {
  constructor(private readonly source: SignalSource) {}

  get signal(): AbortSignal {
    return this.source.signal;
  }

  release(): void {}
}

/**
 * Requests whose stages are still deciding (an approval hold), so a client's
 * notifications/cancelled naming one reaches its stage: the stage's signal aborts.
 */
export class HeldRequests {
  private readonly held = new Map<string, HeldRequest>();

  /**
   * A signal aborted by the source's signal or by a cancellation of this request; call `release` when
   * decided. The signal is made only when read: most stages decide at once and never read it
   * (node makes each AbortSignal at a cost of microseconds).
   */
  track(
    sessionId: string,
    idJson: string | null,
    /** What has the caller's signal (read only when needed: a ClientPost makes it on first read). */
    source: SignalSource,
    /** Aborts `signal` itself, when the request owns it (one signal per call): no linked signal is made. */
    abortOwn?: (reason: unknown) => void,
  ): { readonly signal: AbortSignal; release: () => void } {
    if (idJson === null) return new UntrackedRequest(source);
    const key = `${sessionId} ${idJson}`;
    const request = new HeldRequest(source, this.held, key, abortOwn);
    this.held.set(key, request);
    return request;
  }

  /** Every request of a session still held gives up, with `reason` (the session's access ended). */
  cancelSession(sessionId: string, reason: string): void {
    for (const [key, request] of this.held) {
      if (key.startsWith(`${sessionId} `)) request.abort(new AccessEndedError(reason));
    }
  }

  /** A client→server notifications/cancelled: aborts the held request it names. True when one was held. */
  cancelled(sessionId: string, message: Record<string, unknown>): boolean {
    if (message.method !== 'notifications/cancelled') return false;
    const requestId = (message.params as { requestId?: unknown } | undefined)?.requestId;
    if (typeof requestId !== 'string' && typeof requestId !== 'number') return false;
    const request = this.held.get(`${sessionId} ${JSON.stringify(requestId)}`);
    request?.abort(new Error('the client cancelled the call'));
    return request !== undefined;
  }
}

/**
 * One held request: its signal follows the caller's `source` signal and aborts on its own
 * cancellation. The controller and the link to `source` are made on the first read of
 * `signal` or the first abort, whichever comes first; never when the request owns `source`
 * (`abortOwn` aborts it).
 */
class HeldRequest {
  private controller: AbortController | null = null;
  private forward: (() => void) | null = null;

  constructor(
    private readonly source: SignalSource,
    private readonly held: Map<string, HeldRequest>,
    private readonly key: string,
    private readonly abortOwn?: (reason: unknown) => void,
  ) {
    this.release = () => {
      if (this.forward) this.source.signal.removeEventListener('abort', this.forward);
      if (this.held.get(this.key) === this) this.held.delete(this.key);
    };
  }

  get signal(): AbortSignal {
    return this.abortOwn ? this.source.signal : this.linked().signal;
  }

  abort(reason: unknown): void {
    if (this.abortOwn) this.abortOwn(reason);
    else this.linked().abort(reason);
  }

  /**
   * A property, not a method: callers hand it on as a callback. Assigned in the constructor,
   * where the function gets no name: a named one costs a defineProperty per request under tsx.
   */
  readonly release: () => void;

  private linked(): AbortController {
    if (this.controller) return this.controller;
    const controller = new AbortController();
    this.controller = controller;
    const source = this.source.signal;
    if (source.aborted) controller.abort(source.reason);
    else {
      this.forward = () => controller.abort(source.reason);
      source.addEventListener('abort', this.forward, { once: true });
    }
    return controller;
  }
}

/**
 * Notifications a stage sends while it holds a request, in order, as an async iterable that
 * ends once the stages decided: how the stateless era streams them before the answer.
 */
export class HeldNotifications {
  private readonly queued: string[] = [];
  private wake: (() => void) | null = null;
  private ended = false;
  /** Resolves when the first notification is queued. */
  readonly first: Promise<void>;
  private started!: () => void;

  constructor() {
    this.first = new Promise((resolve) => {
      this.started = resolve;
    });
  }

  push(text: string): void {
    this.queued.push(text);
    this.started();
    this.wake?.();
  }

  end(): void {
    this.ended = true;
    this.wake?.();
  }

  async *drain(): AsyncGenerator<string> {
    for (;;) {
      const next = this.queued.shift();
      if (next !== undefined) {
        yield next;
        continue;
      }
      if (this.ended) return;
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
      this.wake = null;
    }
  }
}

export type RequestVerdict =
  | { action: 'allow' }
  | { action: 'deny'; code: number; message: string; data?: unknown };

export interface RequestStage {
  name: string;
  onRequest(exchange: NormalizedExchange, ctx: StageContext): Promise<RequestVerdict> | RequestVerdict;
}

/** A server→client message before it is recorded and delivered. */
export interface OutboundMessage {
  kind: JsonRpcFrame['kind'];
  message: Record<string, unknown>;
  /** For responses: the request it answers (method, tool), when the gateway saw it. */
  request: { method: string; toolName: string | null } | null;
  sessionId: string;
  identity: Identity;
  connection: string;
}

export interface ResponseStage {
  name: string;
  onResponse(
    outbound: OutboundMessage,
    ctx: StageContext,
  ): Promise<Record<string, unknown> | null> | Record<string, unknown> | null;
}

export interface Stages {
  request: readonly RequestStage[];
  response: readonly ResponseStage[];
}

export const NO_STAGES: Stages = { request: [], response: [] };

/** Builds the normalized view of one client→server request. */
export function normalizeRequest(
  frame: JsonRpcFrame,
  fields: Pick<NormalizedExchange, 'identity' | 'connection' | 'era' | 'protocolVersion' | 'sessionId'>,
): NormalizedExchange {
  const params = (frame.message.params ?? {}) as Record<string, unknown>;
  const method = frame.method ?? '';
  // Each field named, not spread: V8 (node 20) gives an object literal that spreads and then
  // adds properties a map of its own on every call, slow to build and to read everywhere after.
  return {
    identity: fields.identity,
    connection: fields.connection,
    era: fields.era,
    protocolVersion: fields.protocolVersion,
    sessionId: fields.sessionId,
    method,
    idJson: frame.idJson,
    toolName: frame.toolName,
    arguments: argumentsOf(method, params),
    resourceUri:
      method.startsWith('resources/') && typeof params.uri === 'string'
        ? params.uri
        : completionRef(method, params, 'ref/resource', 'uri'),
    promptName:
      method === 'prompts/get' && typeof params.name === 'string'
        ? params.name
        : completionRef(method, params, 'ref/prompt', 'name'),
    message: frame.message,
  };
}

function objectOrNull(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

function argumentsOf(method: string, params: Record<string, unknown>): Record<string, unknown> | null {
  const object = objectOrNull;
  if (method === 'tools/call' || method === 'prompts/get') return object(params.arguments);
  if (method !== 'completion/complete') return null;
  const given = object(object(params.context)?.arguments) ?? {};
  const argument = object(params.argument);
  return typeof argument?.name === 'string' ? { ...given, [argument.name]: argument.value } : given;
}

/**
 * What a completion/complete request completes arguments of (a prompt, or a resource
 * template): rules over that prompt or resource apply to its completions too.
 */
function completionRef(
  method: string,
  params: Record<string, unknown>,
  type: 'ref/prompt' | 'ref/resource',
  key: 'name' | 'uri',
): string | null {
  if (method !== 'completion/complete') return null;
  const ref = params.ref as Record<string, unknown> | null | undefined;
  if (typeof ref !== 'object' || ref === null || ref.type !== type) return null;
  const value = ref[key];
  return typeof value === 'string' ? value : null;
}

/** Runs the request stages in order; the first deny wins. */
export async function runRequestStages(
  stages: readonly RequestStage[],
  exchange: NormalizedExchange,
  ctx: StageContext,
): Promise<RequestVerdict> {
  for (const stage of stages) {
    const verdict = await stage.onRequest(exchange, ctx);
    if (verdict.action === 'deny') return verdict;
  }
  return { action: 'allow' };
}

/**
 * Runs the response stages in order. Returns the message to deliver (the same object when no
 * stage changed it), or null when a stage dropped a notification.
 */
export async function runResponseStages(
  stages: readonly ResponseStage[],
  outbound: OutboundMessage,
  ctx: StageContext,
): Promise<Record<string, unknown> | null> {
  let current: Record<string, unknown> = outbound.message;
  for (const stage of stages) {
    // The same view while no stage changed the message: no copy per stage and message.
    const input = current === outbound.message ? outbound : Object.assign({}, outbound, { message: current });
    const next = await stage.onResponse(input, ctx);
    if (next === null) {
      if (outbound.kind === 'notification' || outbound.kind === 'stderr') return null;
      // A response or error is owed to its request: dropping it would hang the client.
      continue;
    }
    current = next;
  }
  return current;
}
