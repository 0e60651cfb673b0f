/**
 * The session store port: what the gateway keeps of a stateful-era MCP session, shared by
 * every gateway when several run (Redis adapter) or in one process (memory adapter).
 *
 * ```ts
 * interface SessionStore {
 *   create(record: SessionRecord, limits: { maxPerIdentity: number }): Promise<void>; // throws SessionCapError
 *   get(id: string): Promise<SessionRecord | null>;
 *   // Applies `patch` when the record exists and (if given) its phase is one of `ifPhaseIn`;
 *   // returns the updated record, or null (missing / other phase). Atomic: used to claim an end.
 *   update(id, patch: SessionPatch, ifPhaseIn?: SessionPhase[]): Promise<SessionRecord | null>;
 *   touch(id: string, now: number): Promise<void>;             // lastActive = now (cheap)
 *   remove(id: string): Promise<void>;                          // also forgets the seq counter
 *   listIdle(before: number, limit: number): Promise<SessionRecord[]>; // lastActive < before
 *   countFor(identityKey: string): Promise<number>;             // open sessions of one identity
 *   reserveSeq(id: string, count: number): number | Promise<number>;   // first of `count` seqs
 *   releaseSeq(id: string, first: number, count: number): boolean | Promise<boolean>;
 *   // The gateway mailbox: a message to what only one gateway instance holds.
 *   sendToGateway(gatewayId: string, message: string): Promise<number>; // receivers reached
 *   receiveAsGateway(gatewayId: string, onMessage: (message: string) => void): Promise<() => void>;
 *   taskOrigins?(): TaskOriginStore; // a shared store keeps task origins too (task-origins.ts)
 *   close(): Promise<void>;
 * }
 * ```
 *
 * Records are plain JSON (no Maps, no live objects): the Redis adapter stores them as they are.
 * Sequence numbers: `reserveSeq` hands out a session's gap-free `seq` atomically across gateways
 * (Redis: INCRBY); after a failed append the emitter calls `releaseSeq` with the same range,
 * which gives it back only when it is still the latest reservation (then no gap exists) and
 * returns whether it did. The memory adapter answers both synchronously.
 *
 * The gateway mailbox carries what must reach the one gateway holding something in its memory
 * (a call waiting for a client's answer to an input request) when the client's next request
 * lands on another gateway: Redis PUBLISH to the holder's channel, or a direct call in one
 * process. `sendToGateway` resolves how many gateways listening as `gatewayId` received the
 * message (0: none runs); `receiveAsGateway` resolves once messages sent after it arrive.
 */

import { ProctorError } from '@proctor/errors';
import type { Identity } from '@proctor/events';
import type { TaskOriginStore } from './task-origins';

/** initializing: `initialize` sent, no successful answer yet; established: usable; ending: being closed. */
export type SessionPhase = 'initializing' | 'established' | 'ending';

export interface SessionRecord {
  /** The gateway's Mcp-Session-Id: what the client sees, and the audit key. */
  id: string;
  connection: string;
  identity: Identity;
  /** `issuer subject`: the key of per-identity caps. */
  identityKey: string;
  sourceIp: string | null;
  userAgent: string | null;
  phase: SessionPhase;
  /** Negotiated protocol revision (from the initialize result), or the one the client asked for. */
  protocolVersion: string | null;
  /** The upstream's session id, when it issued one. */
  upstreamSessionId: string | null;
  /** Gateway (gatewayId) that created the session, and its epoch then. */
  createdBy: string;
  createdEpoch: number;
  /**
   * The session's upstream side lives only in the gateway instance that created it (a stdio
   * server process, an upstream session the gateway opened for a bridge): another gateway, or
   * the same one after a restart, cannot serve it. False: any gateway can (see `pinnedHere`).
   */
  pinned: boolean;
  /**
   * A stateful client's session bridged to a 2026-07-28 upstream: what the gateway sends with
   * each of its requests. Kept here so that any gateway serves the session (the upstream keeps
   * none). Null for every other session.
   */
  bridge: BridgeEnvelope | null;
  /** Milliseconds since the Unix epoch. */
  createdAt: number;
  lastActive: number;
}

/** The per-request envelope a bridged stateful client's requests travel with upstream. */
export interface BridgeEnvelope {
  clientCapabilities: Record<string, unknown>;
  clientInfo: { name: string; version: string } | null;
  /** Set by the client's logging/setLevel. */
  logLevel: string | null;
  /** The gateway whose listening stream (GET) of the session is open, if any: resource updates go there. */
  listeningAt?: string | null;
  /** Subscribed resource URI → the gateway holding its upstream subscriptions/listen. */
  resourceListens?: Record<string, string>;
}

export type SessionPatch = Partial<
  Pick<SessionRecord, 'phase' | 'protocolVersion' | 'upstreamSessionId' | 'lastActive' | 'bridge'>
>;

export interface SessionStore {
  create(record: SessionRecord, limits: { maxPerIdentity: number }): Promise<void>;
  get(id: string): Promise<SessionRecord | null>;
  update(id: string, patch: SessionPatch, ifPhaseIn?: readonly SessionPhase[]): Promise<SessionRecord | null>;
  touch(id: string, now: number): Promise<void>;
  remove(id: string): Promise<void>;
  listIdle(before: number, limit: number): Promise<SessionRecord[]>;
  countFor(identityKey: string): Promise<number>;
  reserveSeq(id: string, count: number): number | Promise<number>;
  releaseSeq(id: string, first: number, count: number): boolean | Promise<boolean>;
  sendToGateway(gatewayId: string, message: string): Promise<number>;
  receiveAsGateway(gatewayId: string, onMessage: (message: string) => void): Promise<() => void>;
  /**
   * Where the policy remembers which tool call created a task, when this store is shared with
   * other gateways. Absent: each gateway remembers its own tasks in memory.
   */
  taskOrigins?(): TaskOriginStore;
  close(): Promise<void>;
}

/** The identity already holds its maximum of open sessions. */
export class SessionCapError extends ProctorError<'SESSION_CAP'> {
  constructor(max: number) {
    super(`too many open sessions for this identity (at most ${max})`, {
      code: 'SESSION_CAP',
      httpStatus: 429,
      retryable: true,
    });
  }
}

export function identityKeyOf(identity: Identity): string {
  return `${identity.issuer} ${identity.subject}`;
}

/** Whether a pinned session is held by this very gateway instance (same gatewayId and epoch). */
export function pinnedHere(record: SessionRecord, gatewayId: string, epoch: number): boolean {
  return record.createdBy === gatewayId && record.createdEpoch === epoch;
}
