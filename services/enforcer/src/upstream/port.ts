/**
 * The upstream port: how the gateway core talks to an MCP server, whatever carries it.
 *
 * ```ts
 * interface McpUpstream {
 *   readonly transport: 'streamable-http' | 'stdio';
 *   // POST one JSON-RPC body (a message or a batch, as bytes). The answer is a message stream.
 *   send(call: UpstreamSend): Promise<UpstreamReply>;
 *   // GET: the session's listening stream, or a resumption (lastEventId) of an upstream stream.
 *   listen(call: UpstreamListen): Promise<UpstreamReply>;
 *   // DELETE: ends an upstream session (HTTP DELETE; stdio: kills the process group).
 *   closeSession(call: UpstreamCallBase): Promise<void>;
 *   // Reachability for /readyz: never throws, answers within timeoutMs.
 *   probe(timeoutMs: number): Promise<UpstreamProbe>;
 *   close(): Promise<void>;                       // releases pools / processes
 * }
 * interface UpstreamCallBase {
 *   upstreamSessionId: string | null;             // the upstream's own Mcp-Session-Id (stateful era)
 *   protocolVersion: string | null;               // sent as MCP-Protocol-Version when set
 *   headers: Record<string, string>;              // per-call extra headers: credentials, Mcp-Method …
 *   signal?: CallSignal;                          // aborts the call and any stream it opened (an AbortSignal is one)
 * }
 * interface UpstreamSend extends UpstreamCallBase { body: Buffer }
 * interface UpstreamListen extends UpstreamCallBase { lastEventId: string | null }
 * type UpstreamReply =
 *   | { type: 'accepted'; status; sessionId; headers }                 // 202/204: no body
 *   | { type: 'json'; status; sessionId; headers; body: Buffer }       // one JSON body
 *   | { type: 'sse'; status; sessionId; headers; events: AsyncIterable<UpstreamSseEvent> }
 *   | { type: 'other'; status; sessionId; headers; contentType; body: Buffer } // not MCP (e.g. 405, 404 text)
 * // Errors: UpstreamError with code UPSTREAM_UNREACHABLE | UPSTREAM_TIMEOUT | UPSTREAM_PROTOCOL.
 * ```
 *
 * Opening an upstream session is sending `initialize` with `upstreamSessionId: null`: the reply's
 * `sessionId` names the session from then on (HTTP: the server's Mcp-Session-Id; stdio: the
 * adapter's handle of the spawned process; null when the server keeps no sessions).
 *
 * Credentials: the client's Authorization header is never forwarded (DESIGN.md invariant 7).
 * The core asks a `CredentialProvider` for the headers of every call and passes them in
 * `headers`; the default provider returns the connection's static `upstream.headers`.
 */

import { ProctorError } from '@proctor/errors';
import type { Identity } from '@proctor/events';

/**
 * What aborts an upstream call: an AbortSignal, or anything as small that says whether it
 * aborted and calls its listener objects when it does (the stateful era's `UpstreamCut`: node
 * builds every AbortSignal at a cost of microseconds, and most calls never abort).
 */
export interface CallSignal {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: CallAbortListener, options: { once: true }): void;
  removeEventListener(type: 'abort', listener: CallAbortListener): void;
}

/** A listener object of a CallSignal (no function per call: an object with `handleEvent`). */
export interface CallAbortListener {
  handleEvent(): void;
}

export interface UpstreamCallBase {
  upstreamSessionId: string | null;
  protocolVersion: string | null;
  headers: Record<string, string>;
  signal?: CallSignal;
  /** The gateway session or exchange the call belongs to: a stdio server's stderr is recorded under it. */
  auditSessionId?: string;
  /**
   * Who makes the call (the key of the caller's identity): a stdio process shared by several
   * callers takes a caller's cancellation of a request it sent in another call, never of
   * another caller's.
   */
  caller?: string;
}

export interface UpstreamSend extends UpstreamCallBase {
  /** The JSON-RPC body exactly as it is to be sent (one message or a batch). */
  body: Buffer;
}

export interface UpstreamListen extends UpstreamCallBase {
  lastEventId: string | null;
}

/** One event of an upstream SSE stream: `data` is the JSON text of one message (or empty). */
export interface UpstreamSseEvent {
  id: string | null;
  event: string;
  data: string;
  /** The data as received, when the adapter has it: the core then never decodes and re-encodes it. */
  bytes?: Buffer;
  /** The event's `retry` field: how long (ms) the server asks a client to wait before it reconnects. */
  retry?: number;
}

interface ReplyBase {
  status: number;
  /** The upstream session this reply belongs to or opened, when the upstream named one. */
  sessionId: string | null;
  /** Response headers worth relaying (content-type excluded): cache-control, mcp-protocol-version. */
  headers: Record<string, string>;
}

export type UpstreamReply =
  | (ReplyBase & { type: 'accepted' })
  | (ReplyBase & { type: 'json'; body: Buffer })
  | (ReplyBase & { type: 'sse'; events: AsyncIterable<UpstreamSseEvent> })
  | (ReplyBase & { type: 'other'; contentType: string | null; body: Buffer });

export interface UpstreamProbe {
  reachable: boolean;
  detail: string;
}

export interface McpUpstream {
  readonly transport: 'streamable-http' | 'stdio';
  send(call: UpstreamSend): Promise<UpstreamReply>;
  listen(call: UpstreamListen): Promise<UpstreamReply>;
  closeSession(call: UpstreamCallBase): Promise<void>;
  probe(timeoutMs: number): Promise<UpstreamProbe>;
  close(): Promise<void>;
}

export type UpstreamErrorCode = 'UPSTREAM_UNREACHABLE' | 'UPSTREAM_TIMEOUT' | 'UPSTREAM_PROTOCOL';

const UPSTREAM_HTTP_STATUS: Record<UpstreamErrorCode, number> = {
  UPSTREAM_UNREACHABLE: 502,
  UPSTREAM_TIMEOUT: 504,
  UPSTREAM_PROTOCOL: 502,
};

/** The upstream could not be reached, did not answer in time, or answered outside the protocol. */
export class UpstreamError extends ProctorError<UpstreamErrorCode> {
  constructor(code: UpstreamErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, {
      ...options,
      code,
      httpStatus: UPSTREAM_HTTP_STATUS[code],
      retryable: code !== 'UPSTREAM_PROTOCOL',
    });
  }
}

/** Who is calling, for a credential provider: the verified identity, never the client's token. */
export interface CredentialContext {
  identity: Identity;
  connection: string;
  /** The gateway's session (stateful era) or exchange (stateless era) id. */
  sessionId: string;
}

/**
 * Supplies the headers that authenticate the gateway to an upstream, per session or exchange
 * (a static secret, or a short-lived token minted for this caller). Called before every
 * upstream call; implementations cache as they see fit.
 */
export interface CredentialProvider {
  headersFor(ctx: CredentialContext): Promise<Record<string, string>>;
}

/** The default provider: each connection's static `upstream.headers` from the config. */
export function staticCredentials(headersByConnection: ReadonlyMap<string, Record<string, string>>) {
  const provider: CredentialProvider = {
    async headersFor(ctx) {
      return headersByConnection.get(ctx.connection) ?? {};
    },
  };
  return provider;
}
