/**
 * What http/ hands the core, and what the core answers: HTTP is translated to these and back,
 * nothing else of HTTP reaches the core.
 */

import type { Identity } from '@proctor/events';
import type { CallSignal } from '../upstream/port';
import type { ParsedBody } from './json-rpc';
import type { ClientStream } from './sse-stream';

/** Who is calling, from where. */
export interface Caller {
  identity: Identity;
  sourceIp: string | null;
  userAgent: string | null;
}

interface ClientCallBase {
  connection: string;
  caller: Caller;
  /** Mcp-Session-Id the client sent. */
  sessionId: string | null;
  /** MCP-Protocol-Version the client sent. */
  protocolVersion: string | null;
  /** Headers the stateless era reads (Mcp-Method, Mcp-Name), lower-case; never Authorization. */
  headers: Readonly<Record<string, string | undefined>>;
  /** Aborted when the client goes away, or by `abort`. */
  signal: AbortSignal;
  /**
   * The same going away as a CallSignal that makes no AbortSignal (see ClientCut), for what
   * only listens for it; absent, `signal` is listened to.
   */
  gone?: CallSignal;
  /**
   * Aborts `signal`: the core ends the call with it (the call was cancelled, its access ended,
   * the stream the client read was closed), without making a signal of its own for that.
   */
  abort: (reason?: unknown) => void;
}

export interface ClientPost extends ClientCallBase {
  body: ParsedBody;
  /** The body's bytes, forwarded unchanged when no stage changed anything. */
  raw: Buffer;
}

export interface ClientListen extends ClientCallBase {
  lastEventId: string | null;
}

export type ClientDelete = ClientCallBase;

/** The core's answer; http/ writes it. */
export type Outcome =
  | { type: 'accepted'; status: 202; headers: Record<string, string> }
  | { type: 'json'; status: number; headers: Record<string, string>; body: Buffer }
  | {
      type: 'stream';
      status: 200;
      headers: Record<string, string>;
      stream: ClientStream;
      /** A resumption: deliver the events after this position (from Last-Event-ID). */
      resumeAfter?: number;
    }
  | { type: 'empty'; status: number; headers: Record<string, string> };
