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

import type { Identity, ProtocolEra } from '@proctor/events';
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
  /** tools/call: the tool's name and arguments. */
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
  /** Aborted when the client disconnects or the gateway shuts down: a hold must give up then. */
  signal: AbortSignal;
  /** Records events in this session (awaits durability). */
  emit(contents: EventContent[]): Promise<void>;
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
  const args = params.arguments;
  return {
    ...fields,
    method,
    idJson: frame.idJson,
    toolName: frame.toolName,
    arguments:
      method === 'tools/call' && typeof args === 'object' && args !== null && !Array.isArray(args)
        ? (args as Record<string, unknown>)
        : null,
    resourceUri: method.startsWith('resources/') && typeof params.uri === 'string' ? params.uri : null,
    promptName: method === 'prompts/get' && typeof params.name === 'string' ? params.name : null,
    message: frame.message,
  };
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
    const next = await stage.onResponse({ ...outbound, message: current }, ctx);
    if (next === null) {
      if (outbound.kind === 'notification' || outbound.kind === 'stderr') return null;
      // A response or error is owed to its request: dropping it would hang the client.
      continue;
    }
    current = next;
  }
  return current;
}
